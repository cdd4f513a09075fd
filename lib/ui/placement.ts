// Where the sidebar goes: in free space at the side the user docked it to,
// never over what the site adapter says to keep clear (the compose, its Send
// and Discard, the inbox's sender column). A narrow window or a page with no
// room left shows only the tab. It follows the page's layout only, never what
// the panel shows.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type DockSide = 'left' | 'right';

export interface Viewport {
  width: number;
  height: number;
}

/** The panel's limits: narrower than minWidth or lower than minHeight it would not show four findings. */
export interface PanelSize {
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
}

export interface Layout {
  /** Where the open panel goes; when `cramped`, where it goes when the user opens it anyway. */
  open: Box;
  /** Where the collapsed tab goes. */
  tab: Box;
  /** No room for the panel (or a window narrower than NARROW_WINDOW): the sidebar waits as a tab. */
  cramped: boolean;
}

const GAP = 12;
/** Room left for a webmail's own top bar. */
const HEADER = 72;
/** Below this window width the sidebar waits as a tab until asked. */
export const NARROW_WINDOW = 1100;
export const TAB_SIZE = 48;

const across = (box: Box, left: number, right: number) => box.left < right && left < box.left + box.width;

/** The tallest free run of [top, bottom] between the boxes that cross the column [left, right]. */
function freeRun(obstacles: readonly Box[], left: number, right: number, top: number, bottom: number) {
  const blocks = obstacles.filter((b) => across(b, left, right)).sort((a, b) => a.top - b.top);
  let best = { top, height: 0 };
  let from = top;
  for (const b of blocks) {
    const to = b.top - GAP;
    if (to - from > best.height) best = { top: from, height: to - from };
    from = Math.max(from, b.top + b.height + GAP);
  }
  if (bottom - from > best.height) best = { top: from, height: bottom - from };
  return best;
}

/**
 * The free box for a panel of `size` nearest to the `dock` edge, or null when
 * none fits. Columns run between the view's edges and the obstacles' sides;
 * in each, the tallest free run between the obstacles crossing it.
 */
export function findRoom(
  obstacles: readonly Box[],
  viewport: Viewport,
  dock: DockSide,
  size: PanelSize,
  top = HEADER,
): Box | null {
  const lefts = [GAP, ...obstacles.map((b) => b.left + b.width + GAP)];
  const rights = [viewport.width - GAP, ...obstacles.map((b) => b.left - GAP)];
  const bottom = viewport.height - GAP;
  let best: { box: Box; distance: number } | null = null;
  for (const l of lefts)
    for (const r of rights) {
      if (r - l < size.minWidth || l < 0 || r > viewport.width) continue;
      const width = Math.min(size.maxWidth, r - l);
      const left = dock === 'right' ? r - width : l;
      const run = freeRun(obstacles, left, left + width, top, bottom);
      if (run.height < size.minHeight) continue;
      const box = { left, top: run.top, width, height: Math.min(size.maxHeight, run.height) };
      const distance = dock === 'right' ? viewport.width - (left + width) : left;
      if (!best || distance < best.distance || (distance === best.distance && box.height > best.box.height))
        best = { box, distance };
    }
  return best?.box ?? null;
}

/** The panel and its tab beside the compose, keeping `obstacles` clear where the page leaves room. */
export function layoutSidebar(obstacles: readonly Box[], viewport: Viewport, dock: DockSide, panel: PanelSize): Layout {
  const tabSize = { minWidth: TAB_SIZE, maxWidth: TAB_SIZE, minHeight: TAB_SIZE, maxHeight: TAB_SIZE };
  const edge = dock === 'right' ? viewport.width - GAP - TAB_SIZE : GAP;
  const tab = findRoom(obstacles, viewport, dock, tabSize) ??
    findRoom(obstacles, viewport, dock, tabSize, GAP) ?? { left: edge, top: GAP, width: TAB_SIZE, height: TAB_SIZE };
  const room = findRoom(obstacles, viewport, dock, panel);
  // Opened on request where there is no room: over the page at the docked edge, as narrow as it may be.
  const width = Math.min(panel.minWidth, viewport.width - 2 * GAP);
  const over = {
    left: dock === 'right' ? viewport.width - GAP - width : GAP,
    top: GAP,
    width,
    height: Math.max(TAB_SIZE, Math.min(panel.maxHeight, viewport.height - 2 * GAP)),
  };
  return { open: room ?? over, tab, cramped: !room || viewport.width < NARROW_WINDOW };
}
