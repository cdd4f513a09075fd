// The page side of one compose and its sidebar frame: reads the draft and the
// recipients through the site adapter after a pause in typing (never in an IME
// composition), hands them to the background for the frame, and carries out
// the frame's commands in the editor: underlines (offsets only, drawn in an
// extension frame over the editor), replacements
// through the editor's own undo, undo, focus. It never learns what Rapport
// says about the draft nor anything stored about people.
import { quotedSender } from '../analysis/quote-header';
import { send } from '../messaging/client';
import type { CommandResult, DraftSnapshot, EditorCommand } from '../messaging/surface-types';
import type { MailAdapter, MailCompose } from '../sites/types';
import { analysedPart } from '../ui/review';
import { learnFormOnSend, readDraft as read, readRecipients } from './compose-read';
import { countWordsInSlices } from './count-words';
import { replaceInEditor, selectInEditor } from './edit';
import { keepFrameFocus } from './frame-focus';
import { followNearView } from './highlights';
import { pageTheme } from './page-theme';
import { answerCommands } from './surface-commands';
import type { TextMap } from './text';
import { createUnderlineLayer } from './underline-layer';
import { whenTypingPauses } from './watch';

/** Reading waits for a pause in typing; never on every keystroke. */
const IDLE_MS = 300;
/** Steady typing is read this often, so that the count and "reading" follow at once. */
const MAX_WAIT_MS = 600;

export interface FeedOptions {
  /** The sidebar's frame in the page. */
  frame: HTMLElement;
  /** The one-time token of the underline layer (surface/open); without it nothing is underlined (a call's chat box). */
  underlines?: string;
  /** Places the sidebar anew and tells whether it has no room beside the compose. */
  cramped: () => boolean;
  /** The frame asks to open or collapse; without it the surface's own listener answers. */
  onSize?: (open: boolean) => void;
  /**
   * After an edit the user asked for in the frame, focus goes back to the frame (the
   * mail sidebar: its next control is the undo); without it, it stays in the editor
   * (a call's chat box: the message is sent next).
   */
  panelKeepsFocus?: boolean;
  /** The user docked the sidebar to the other side. */
  onDock?: (side: 'left' | 'right') => void;
}

/** Feeds the compose to its frame until `signal` aborts; returns how to send a fresh reading now. */
export function feedCompose(
  adapter: MailAdapter,
  compose: MailCompose,
  signal: AbortSignal,
  options: FeedOptions,
): () => void {
  const editor = compose.editor;
  let version = 0;
  /** The reading the frame's commands refer to. */
  let current: { version: number; map: TextMap } | null = null;
  let addressForm: 'sie' | 'du' | null = null;
  let underlines: AbortController | null = null;
  const layer = options.underlines ? createUnderlineLayer(document, editor, options.underlines) : null;
  /** The ranges underlined now, and the one the pointer is on in the sidebar. */
  let near: Range[] = [];
  let focus: Range | null = null;

  const readNow = () => {
    const map = read(adapter, compose);
    if (!map) return;
    const mine = ++version;
    current = { version: mine, map };
    const { text, longDraft } = analysedPart(map.text);
    const theme = pageTheme(document, compose.root);
    // A light page keeps the frame light (its document then says so too: a differing scheme paints an opaque backdrop).
    options.frame.style.setProperty('color-scheme', theme === 'light' ? 'light' : 'light dark', 'important');
    countWordsInSlices(
      map.text,
      () => mine !== version || signal.aborted,
      (wordCount) => {
        const draft: DraftSnapshot = {
          version: mine,
          text,
          longDraft,
          wordCount,
          recipients: readRecipients(adapter, compose),
          repliedTo: quotedSender(map.text),
          cramped: options.cramped(),
          theme,
        };
        send({ type: 'surface/draft', draft }).catch((error: unknown) =>
          console.warn('[Rapport] the sidebar did not get the draft', error),
        );
      },
    );
  };

  const at = (v: number) => (current && current.version === v ? current.map : null);

  const carryOut = (command: EditorCommand): CommandResult | undefined => {
    switch (command.op) {
      case 'underline': {
        const map = at(command.version);
        if (!map) return 'changed';
        addressForm = command.addressForm;
        underlines?.abort();
        underlines = new AbortController();
        followNearView(editor, command.spans, map.range, underlines.signal, (ranges) => {
          near = ranges;
          layer?.draw(near, focus);
        });
        return 'done';
      }
      case 'hover': {
        const map = at(command.version);
        focus = map && command.span ? map.range(command.span.start, command.span.end) : null;
        layer?.draw(near, focus);
        return 'done';
      }
      case 'replace': {
        const map = at(command.version);
        if (!map) return 'changed';
        const result = keepFrameFocus(
          options.frame,
          () =>
            replaceInEditor(
              editor,
              map,
              command.start,
              command.end,
              map.text.slice(command.start, command.end),
              command.text,
              (e) => adapter.undoCheckpoint?.(e),
            ),
          (done) => !options.panelKeepsFocus || (done === 'replaced' && command.select !== null),
        );
        if (result === 'replaced' && command.select) {
          // The text changed: the gap is found through a fresh map of the editor.
          const fresh = read(adapter, compose);
          const { start, end } = command.select;
          const gap = command.text.slice(start - command.start, end - command.start);
          if (fresh) selectInEditor(editor, fresh, start, end, gap);
        }
        readNow();
        return result;
      }
      case 'undo': {
        const undone = keepFrameFocus(
          options.frame,
          () => {
            editor.focus();
            return editor.ownerDocument.execCommand('undo');
          },
          () => !options.panelKeepsFocus,
        );
        readNow();
        return undone ? 'done' : 'failed';
      }
      case 'focus-editor':
        editor.focus();
        return 'done';
      case 'size':
        if (!options.onSize) return undefined;
        options.onSize(command.open);
        return 'done';
      case 'dock':
        if (!options.onDock) return undefined;
        options.onDock(command.side);
        readNow();
        return 'done';
      case 'dismiss':
        return undefined;
    }
  };

  answerCommands(signal, carryOut);

  // Never read (or replace) in the middle of an IME composition.
  whenTypingPauses(editor, signal, IDLE_MS, readNow, MAX_WAIT_MS);
  learnFormOnSend(adapter, compose, () => addressForm, signal);
  // The pointer back on the page ends the emphasis of the finding it pointed at in the frame
  // (the frame is not told when the pointer leaves it).
  document.addEventListener(
    'mouseover',
    (event) => {
      if (event.target !== options.frame && focus) {
        focus = null;
        layer?.draw(near, focus);
      }
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    underlines?.abort();
    layer?.remove();
  });
  readNow();
  return readNow;
}
