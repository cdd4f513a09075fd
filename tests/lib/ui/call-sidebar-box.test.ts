import { describe, expect, it } from 'vitest';
import { callSidebarBox, type Rect } from '../../../lib/ui/call-sidebar-box';

const HEIGHT = 800;
const clear = (box: { top: number; height: number }, bar: Rect) =>
  box.top + box.height <= bar.top || box.top >= bar.bottom;

describe('callSidebarBox', () => {
  it('puts the tab just above controls at the bottom and opens up to the header band', () => {
    const bar: Rect = { top: 720, bottom: 800 };
    const tab = callSidebarBox(HEIGHT, bar, false);
    expect(clear(tab, bar)).toBe(true);
    expect(tab.top + tab.height).toBe(712);
    const open = callSidebarBox(HEIGHT, bar, true);
    expect(clear(open, bar)).toBe(true);
    expect(open).toMatchObject({ top: 72, height: 640, width: 300 });
  });

  it('goes below controls at the top (Teams), never over them, and opens to a usable height', () => {
    const bar: Rect = { top: 0, bottom: 64 };
    const tab = callSidebarBox(HEIGHT, bar, false);
    expect(clear(tab, bar)).toBe(true);
    expect(tab.top).toBe(72);
    const open = callSidebarBox(HEIGHT, bar, true);
    expect(clear(open, bar)).toBe(true);
    expect(open.height).toBeGreaterThanOrEqual(700);
    expect(open.top + open.height).toBeLessThanOrEqual(HEIGHT);
  });

  it('leaves room for controls it could not find', () => {
    expect(callSidebarBox(HEIGHT, null, true)).toMatchObject({ top: 72, height: 800 - 96 - 8 - 72 });
    expect(callSidebarBox(HEIGHT, null, false).top).toBe(800 - 96 - 8 - 48);
  });

  it('never gives a negative height or top in a tiny window', () => {
    const open = callSidebarBox(100, { top: 40, bottom: 100 }, true);
    expect(open.height).toBeGreaterThanOrEqual(0);
    expect(callSidebarBox(30, { top: 20, bottom: 30 }, false).top).toBeGreaterThanOrEqual(0);
  });
});
