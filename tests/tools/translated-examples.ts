// The rule examples of one language, translated into the other by helper
// sessions (tests/fixtures/analysis/translated-examples.jsonl, see the .md
// beside it): each row is an example that fires in its own language, and the
// question is whether the same reproach, said as a professional says it in the
// other language, is found there too. A category one language catches and the
// other does not is a construction missing on one side.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';
import { STANCE_CATEGORIES } from '../../lib/analysis/rewrite';
import type { Language } from '../../lib/analysis/types';

export const TRANSLATED = 'tests/fixtures/analysis/translated-examples.jsonl';

export interface TranslatedRow {
  id: string;
  /** The language the example was written in (a rule's example there). */
  from: Language;
  de: string;
  en: string;
  /** The stance categories the example's own language finds in it. */
  categories: string[];
}

export interface Carried {
  row: TranslatedRow;
  /** The stance categories found in the translation. */
  found: string[];
  /** One of the original's categories is found in the translation. */
  same: boolean;
}

/** The categories a rule example is read in: the stance categories, and hedges. */
const STANCE: ReadonlySet<string> = new Set([...STANCE_CATEGORIES, 'hedging']);

export function translatedRows(path = TRANSLATED): TranslatedRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TranslatedRow);
}

/** Each translation read in its language: which stance categories carry over. */
export function carried(rows: readonly TranslatedRow[]): Carried[] {
  return rows.map((row) => {
    const to: Language = row.from === 'de' ? 'en' : 'de';
    const found: string[] = [
      ...new Set(
        analyze(row[to], { language: to })
          .findings.map((f) => f.category)
          .filter((c) => STANCE.has(c)),
      ),
    ];
    return { row, found, same: row.categories.some((c) => found.includes(c)) };
  });
}

/** Per direction (de→en, en→de) and per first category: rows, and those carried over. */
export function carriedShares(results: readonly Carried[]): Map<string, { n: number; same: number }> {
  const shares = new Map<string, { n: number; same: number }>();
  const count = (key: string, same: boolean) => {
    const s = shares.get(key) ?? { n: 0, same: 0 };
    s.n++;
    if (same) s.same++;
    shares.set(key, s);
  };
  for (const r of results) {
    const direction = `${r.row.from}→${r.row.from === 'de' ? 'en' : 'de'}`;
    count(direction, r.same);
    count(`${direction} ${r.row.categories[0]}`, r.same);
  }
  return shares;
}
