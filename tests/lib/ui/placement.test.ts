import { describe, expect, it } from 'vitest';
import { type Box, findRoom, layoutSidebar, NARROW_WINDOW, TAB_SIZE } from '../../../lib/ui/placement';

const view = { width: 1280, height: 800 };
const panel = { minWidth: 260, maxWidth: 320, minHeight: 320, maxHeight: 640 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Gmail at 1280 px: a compose bottom-right, the inbox's sender column left of it. */
const compose = { left: 724, top: 386, width: 540, height: 414 };
const senders = { left: 296, top: 112, width: 200, height: 400 };

describe('findRoom', () => {
  it('docks right of everything when the right edge is free, as tall as allowed', () => {
    const box = findRoom([{ left: 100, top: 100, width: 500, height: 500 }], view, 'right', panel);
    expect(box).toEqual({ left: 1280 - 12 - 320, top: 72, width: 320, height: 640 });
  });

  it('takes the free column nearest the docked edge and covers no obstacle', () => {
    const right = findRoom([compose, senders], view, 'right', panel) as Box;
    const left = findRoom([compose, senders], view, 'left', panel) as Box;
    for (const box of [right, left]) {
      expect(overlaps(box, compose)).toBe(false);
      expect(overlaps(box, senders)).toBe(false);
      expect(box.width).toBeGreaterThanOrEqual(panel.minWidth);
      expect(box.height).toBeGreaterThanOrEqual(panel.minHeight);
    }
    expect(left.left).toBe(12);
  });

  it('finds no room when every column is too narrow or too low', () => {
    expect(findRoom([{ left: 250, top: 70, width: 1010, height: 560 }], view, 'right', panel)).toBeNull();
  });

  it('uses the space below a wide compose when it is tall enough', () => {
    const wide = { left: 644, top: 136, width: 1268, height: 417 };
    const box = findRoom([wide], { width: 1920, height: 1080 }, 'right', panel) as Box;
    expect(box.top).toBe(136 + 417 + 12);
    expect(overlaps(box, wide)).toBe(false);
  });
});

describe('layoutSidebar', () => {
  it('waits as a tab in a window narrower than NARROW_WINDOW, the tab clear of the compose', () => {
    const narrow = { width: NARROW_WINDOW - 76, height: 800 };
    const small = { left: 468, top: 386, width: 540, height: 414 };
    const layout = layoutSidebar([small, senders], narrow, 'right', panel);
    expect(layout.cramped).toBe(true);
    expect(layout.tab.width).toBe(TAB_SIZE);
    expect(overlaps(layout.tab, small)).toBe(false);
    expect(overlaps(layout.tab, senders)).toBe(false);
  });

  it('opens where there is room in a wide window', () => {
    const layout = layoutSidebar([compose, senders], view, 'right', panel);
    expect(layout.cramped).toBe(false);
    expect(overlaps(layout.open, compose)).toBe(false);
  });

  it('puts the tab on the docked side', () => {
    expect(layoutSidebar([], view, 'left', panel).tab.left).toBe(12);
    expect(layoutSidebar([], view, 'right', panel).tab.left).toBe(1280 - 12 - TAB_SIZE);
  });
});
