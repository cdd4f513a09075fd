// The same reproach is found in both languages: the rule examples of each
// language, translated into the other (tests/fixtures/analysis/translated-examples.jsonl,
// see the .md beside it), are found there in one of their categories at least
// as often as the floors say. `npm run translated -- de` lists what English misses.
import { describe, expect, it } from 'vitest';
import { carried, carriedShares, translatedRows } from '../../tools/translated-examples';

const rows = translatedRows();
const shares = carriedShares(carried(rows));

// The floors keep what holds; raise them as constructions close gaps (README, "How good is it").
const FLOORS: Record<string, number> = { 'de→en': 0.74, 'en→de': 0.66 };

describe('rule examples translated into the other language', () => {
  it('holds over a thousand rows per direction, each with both languages and a category', () => {
    for (const from of ['de', 'en'] as const) expect(rows.filter((r) => r.from === from).length).toBeGreaterThan(1000);
    for (const r of rows) expect(r.de.trim() && r.en.trim() && r.categories.length > 0, r.id).toBeTruthy();
  });

  it.each(Object.entries(FLOORS))('%s: the category carries over in at least %s of the rows', (direction, floor) => {
    const s = shares.get(direction);
    expect(s).toBeDefined();
    expect((s?.same ?? 0) / (s?.n ?? 1)).toBeGreaterThanOrEqual(floor);
  });
});
