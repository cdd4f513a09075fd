// Measures what the mail sidebar must keep clear in the page (every compose
// window, and what the site adapter names: Send, Discard, the inbox's sender
// column) and lays the panel and its tab out around it.
import type { MailAdapter, MailCompose } from '../sites/types';
import { type DockSide, type Layout, layoutSidebar } from '../ui/placement';
import { FRAME_SIZES } from './frame-surface';

const boxOf = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

/** Where the page leaves room: never over a compose window, its Send and Discard, or the inbox's sender column. */
export function sidebarLayout(adapter: MailAdapter, compose: MailCompose, dock: DockSide): Layout {
  const doc = compose.root.ownerDocument;
  const view = doc.defaultView;
  return layoutSidebar(
    [...adapter.findComposes(doc).map((c) => c.root), ...(adapter.keepClear?.(doc, compose) ?? [])]
      .map(boxOf)
      .filter((box) => box.width > 0 && box.height > 0),
    { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
    dock,
    FRAME_SIZES.open,
  );
}
