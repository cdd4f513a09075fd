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

/**
 * The height a panel placed at `place` may take: down to the view's bottom or
 * to the first of `obstacles` (other compose windows) below its top that it
 * would cover, at most `max`, at least `min`. It follows the page's layout
 * only, never what the panel shows.
 */
export function roomBelow(
  place: Placement,
  width: number,
  viewport: { width: number; height: number },
  obstacles: readonly Box[],
  limits: { min: number; max: number },
): number {
  const right = viewport.width - place.right;
  const left = right - width;
  let bottom = viewport.height - GAP;
  for (const box of obstacles) {
    const across = box.left < right && left < box.left + box.width;
    if (across && box.top > place.top) bottom = Math.min(bottom, box.top - GAP);
  }
  return Math.max(limits.min, Math.min(limits.max, bottom - place.top));
}

/** A panel of a fixed width beside the compose, as tall as `roomBelow` allows. */
export function placePanel(
  compose: Box,
  others: readonly Box[],
  viewport: { width: number; height: number },
  panel: { width: number; height: number; minHeight: number },
): Placement & { height: number } {
  const place = placeBeside(compose, viewport, panel);
  return {
    ...place,
    height: roomBelow(place, panel.width, viewport, others, { min: panel.minHeight, max: panel.height }),
  };
}
