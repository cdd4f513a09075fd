// Where the in-call sidebar goes: at the left edge, in the band of the screen
// the call controls leave free. Most sites keep their controls at the bottom;
// Teams keeps them (with the meeting timer) at the top, so the band is below.

export interface Rect {
  top: number;
  bottom: number;
}

export interface SidebarBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const CALL_SIDEBAR_SIZES = { collapsed: { width: 48, height: 48 }, open: { width: 300 } } as const;

const GAP = 8;
const LEFT = 12;
/** Room left for a site's own header (title, timer) when the controls are at the bottom. */
const HEADER = 72;
/** Where the controls are assumed to start when the site's bar is not found. */
const NO_BAR = 96;

/**
 * The sidebar's box in a viewport `height` tall with the controls bar at `bar` (null: not found).
 * Collapsed, the tab waits beside the controls; open, the panel fills the free band.
 */
export function callSidebarBox(height: number, bar: Rect | null, open: boolean): SidebarBox {
  const atTop = bar !== null && bar.top + bar.bottom < height;
  const start = atTop ? bar.bottom + GAP : HEADER;
  const end = atTop ? height - GAP : (bar ? bar.top : height - NO_BAR) - GAP;
  const band = Math.max(0, end - start);
  if (open) return { left: LEFT, top: start, width: CALL_SIDEBAR_SIZES.open.width, height: band };
  const { width, height: tab } = CALL_SIDEBAR_SIZES.collapsed;
  return { left: LEFT, top: Math.max(0, atTop ? start : end - tab), width, height: tab };
}
