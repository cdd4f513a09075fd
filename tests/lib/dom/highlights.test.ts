import { describe, expect, it } from 'vitest';
import { MAX_UNDERLINES, rangesNear } from '../../../lib/dom/highlights';

// Layout is the browser's (tests/e2e/freeze.e2e.ts); here a fake range per span
// stands at y = 2 × its start, one 16px line high, as text flows down the editor.
const spans = Array.from({ length: 5_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));

function layout() {
  const made: number[] = [];
  const range = (start: number, end: number) => {
    made.push(start);
    if (start === 30_000) return null; // offsets no text node holds
    return {
      start,
      end,
      getBoundingClientRect: () => ({ top: start * 2, bottom: start * 2 + 16 }),
    } as unknown as Range;
  };
  return { made, range };
}

const startOf = (r: Range) => (r as unknown as { start: number }).start;

describe('rangesNear', () => {
  it('builds ranges only for the spans within the band, finding them by bisection', () => {
    const { made, range } = layout();
    const found = rangesNear(spans, range, { top: 40_000, bottom: 41_000 });
    expect(found.map(startOf)).toEqual(Array.from({ length: 51 }, (_, i) => (2_000 + i) * 10));
    // The spans before the band are skipped in a few probes, not measured one by one.
    expect(made.length).toBeLessThan(51 + 2 * 2 * Math.ceil(Math.log2(spans.length)));
  });

  it('underlines at most MAX_UNDERLINES spans however many are in view', () => {
    const { range } = layout();
    const found = rangesNear(spans, range, { top: -1e9, bottom: 1e9 });
    expect(found).toHaveLength(MAX_UNDERLINES);
    expect(found.map(startOf)).toEqual(spans.slice(0, MAX_UNDERLINES).map((s) => s.start));
    expect(MAX_UNDERLINES).toBeLessThanOrEqual(200);
  });

  it('skips spans with no range and finds none outside the text', () => {
    const { range } = layout();
    expect(rangesNear(spans, range, { top: 59_998, bottom: 60_030 }).map(startOf)).toEqual([30_010]);
    expect(rangesNear(spans, range, { top: 200_000, bottom: 300_000 })).toEqual([]);
    expect(rangesNear([], range, { top: 0, bottom: 1_000 })).toEqual([]);
  });
});
