// Where the sidebar goes: beside the compose window, never over it (Gmail's
// composes sit bottom-right, so the free space is usually to their left).

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  /** CSS `right` and `top` in px for a position: fixed panel. */
  right: number;
  top: number;
  /** True when there is no room beside the compose: show only the tab. */
  cramped: boolean;
}

const GAP = 12;
/** Room left for a webmail's own top bar. */
const HEADER = 72;

export function placeBeside(
  compose: Box,
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
): Placement {
  const roomLeft = compose.left - GAP;
  const roomRight = viewport.width - (compose.left + compose.width) - GAP;
  // Start near the top of the page (below a site's header bar) so long lists of findings fit.
  const top = Math.max(GAP, Math.min(compose.top, HEADER, viewport.height - panel.height - GAP));
  if (roomRight >= panel.width + GAP) {
    return { right: GAP, top, cramped: false };
  }
  if (roomLeft >= panel.width + GAP) {
    return { right: viewport.width - compose.left + GAP, top, cramped: false };
  }
  return { right: GAP, top: GAP, cramped: true };
}
