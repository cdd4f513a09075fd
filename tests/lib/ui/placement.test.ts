import { describe, expect, it } from 'vitest';
import { placeBeside, roomBelow } from '../../../lib/ui/placement';

const viewport = { width: 1280, height: 800 };
const panel = { width: 280, height: 180 };

function overlaps(a: { left: number; top: number; width: number; height: number }, b: typeof a): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeBeside', () => {
  it('docks left of a bottom-right compose window without touching it', () => {
    const compose = { left: 720, top: 330, width: 540, height: 470 };
    const p = placeBeside(compose, viewport, panel);
    expect(p.cramped).toBe(false);
    const box = { left: viewport.width - p.right - panel.width, top: p.top, width: panel.width, height: panel.height };
    expect(overlaps(box, compose)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
  });

  it('uses the right edge when the compose sits left (inline reply)', () => {
    const compose = { left: 100, top: 200, width: 700, height: 400 };
    const p = placeBeside(compose, viewport, panel);
    expect(p).toMatchObject({ right: 12, cramped: false });
  });

  it('folds to the tab when there is no room on either side', () => {
    const p = placeBeside({ left: 20, top: 100, width: 1240, height: 600 }, viewport, panel);
    expect(p.cramped).toBe(true);
  });

  it('keeps the panel inside the viewport vertically', () => {
    const p = placeBeside({ left: 720, top: 760, width: 540, height: 40 }, viewport, panel);
    expect(p.top + panel.height).toBeLessThanOrEqual(viewport.height);
  });
});

describe('roomBelow', () => {
  const view = { width: 1280, height: 800 };
  const limits = { min: 200, max: 600 };
  const place = { right: 12, top: 72, cramped: false };

  it('reaches down to the view’s bottom, at most max', () => {
    expect(roomBelow(place, 300, view, [], limits)).toBe(600);
    expect(roomBelow(place, 300, { width: 1280, height: 500 }, [], limits)).toBe(500 - 12 - 72);
  });

  it('stops above another compose it would cover, never below min', () => {
    const other = { left: 724, top: 340, width: 540, height: 460 };
    expect(roomBelow(place, 300, view, [other], limits)).toBe(340 - 12 - 72);
    // Beside the panel, not under it: no limit.
    expect(roomBelow(place, 300, view, [{ ...other, left: 100, width: 500 }], limits)).toBe(600);
    expect(roomBelow(place, 300, view, [{ ...other, top: 150 }], limits)).toBe(200);
  });
});
