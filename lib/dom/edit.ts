import type { TextMap } from './text';

// Replacing a range of a contenteditable so that the editor's own undo
// (Ctrl+Z) reverts it: select the range and insert text the way typing does
// (browser-facts.md: execCommand('insertText') is undoable, fires `input`, and
// no `beforeinput` — editors that keep a model from beforeinput get one first).

export type ReplaceResult = 'replaced' | 'changed' | 'failed';

/**
 * Replaces text[start, end) of the editor (contenteditable via `map`, or a
 * plain-text textarea by offsets) so that its own undo reverts it.
 */
export function replaceInEditor(
  editor: HTMLElement,
  map: TextMap,
  start: number,
  end: number,
  expected: string,
  replacement: string,
  checkpoint: (editor: HTMLElement) => void = () => undefined,
): ReplaceResult {
  if (editor.tagName === 'TEXTAREA') {
    const area = editor as HTMLTextAreaElement;
    if (area.value.slice(start, end) !== expected) return 'changed';
    area.focus();
    area.setSelectionRange(start, end);
    return area.ownerDocument.execCommand('insertText', false, replacement) ? 'replaced' : 'failed';
  }
  const range = map.range(start, end);
  return range ? replaceRange(range, expected, replacement, checkpoint) : 'changed';
}

export function replaceRange(
  range: Range,
  expected: string,
  replacement: string,
  checkpoint: (editor: HTMLElement) => void = () => undefined,
): ReplaceResult {
  // The user may have typed since the analysis: never replace text we did not analyse.
  if (range.toString().replace(/\u00a0/g, ' ') !== expected) return 'changed';
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  const selection = view?.getSelection();
  if (!doc || !view || !selection) return 'failed';
  const editable = (range.startContainer.parentElement ?? range.startContainer) as HTMLElement;
  const host = editable.closest('[contenteditable="true"]') as HTMLElement | null;
  host?.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  const before = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    bubbles: true,
    cancelable: true,
  });
  // An editor that handles the insert itself cancels the event; then look whether it did.
  if (host && !host.dispatchEvent(before)) return range.toString() === expected ? 'failed' : 'replaced';
  if (host) checkpoint(host);
  // execCommand is deprecated but remains the only way to join the editor's undo stack.
  const inserted = doc.execCommand('insertText', false, replacement);
  if (host) checkpoint(host);
  return inserted ? 'replaced' : 'failed';
}

/**
 * Selects text[start, end) of the editor, read afresh into `map`, so that the
 * next keystroke types over it (a rewrite's "[Datum]"). False, selecting
 * nothing, when the text there is not `expected`.
 */
export function selectInEditor(
  editor: HTMLElement,
  map: TextMap,
  start: number,
  end: number,
  expected: string,
): boolean {
  if (map.text.slice(start, end) !== expected) return false;
  if (editor.tagName === 'TEXTAREA') {
    const area = editor as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(start, end);
    return true;
  }
  const range = map.range(start, end);
  const selection = editor.ownerDocument.defaultView?.getSelection();
  if (!range || !selection) return false;
  // Focus first: focusing a contenteditable may move its caret.
  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
