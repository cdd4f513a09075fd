// The draft's underlines as an extension frame laid over the editor, which
// takes no pointer events: the content script measures where the flagged words
// are and the background hands the boxes to the frame, which draws them. The
// page sees the layer's box (the editor's visible part), never which words are
// flagged (CSS.highlights, which it can read, stays empty).
import { send } from '../messaging/client';
import { MAX_MARKS, type MarkBox } from '../messaging/surface-types';
import { placeExtensionFrame } from './frame-surface';

export interface UnderlineLayer {
  /** Draws the line boxes of `ranges`, and of `focus` emphasised. */
  draw(ranges: readonly Range[], focus: Range | null): void;
  remove(): void;
}

export function createUnderlineLayer(doc: Document, editor: HTMLElement, token: string): UnderlineLayer {
  const { frame, style, unregister } = placeExtensionFrame(doc, {
    page: 'mail-underlines.html',
    name: 'rapport-underlines',
    token,
    title: '',
  });
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  style.setProperty('pointer-events', 'none', 'important');
  style.setProperty('z-index', '2147482999', 'important');

  return {
    draw(ranges, focus) {
      // An editor in a same-origin iframe (GMX, Proton) measures in that frame's view.
      const view = editor.ownerDocument.defaultView;
      const host = editor.ownerDocument === doc ? null : view?.frameElement?.getBoundingClientRect();
      const dx = host?.left ?? 0;
      const dy = host?.top ?? 0;
      const e = editor.getBoundingClientRect();
      const left = Math.max(e.left + dx, 0);
      const top = Math.max(e.top + dy, 0);
      const right = Math.min(e.right + dx, doc.defaultView?.innerWidth ?? 0);
      const bottom = Math.min(e.bottom + dy, doc.defaultView?.innerHeight ?? 0);
      const width = Math.max(right - left, 0);
      const height = Math.max(bottom - top, 0);
      style.setProperty('left', `${left}px`, 'important');
      style.setProperty('top', `${top}px`, 'important');
      style.setProperty('width', `${width}px`, 'important');
      style.setProperty('height', `${height}px`, 'important');
      const boxesOf = (list: readonly Range[]) => {
        const boxes: MarkBox[] = [];
        for (const range of list)
          for (const r of range.getClientRects()) {
            const x = r.left + dx - left;
            const y = r.top + dy - top;
            // Only what shows inside the layer; the rest is cut off by it anyway.
            if (r.width === 0 || x + r.width < 0 || y + r.height < 0 || x > width || y > height) continue;
            if (boxes.length < MAX_MARKS) boxes.push({ x, y, w: r.width, h: r.height });
          }
        return boxes;
      };
      send({ type: 'surface/marks', marks: { boxes: boxesOf(ranges), focus: boxesOf(focus ? [focus] : []) } }).catch(
        (error: unknown) => console.warn('[Rapport] no underlines', error),
      );
    },
    remove() {
      unregister();
      frame.remove();
    },
  };
}
