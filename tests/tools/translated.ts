// `npm run translated [-- de|en [category]]`: how many rule examples of one
// language, translated, are found in the other (tests/tools/translated-examples.ts).
// With a source language (and a category) the translations missed are listed.
import { carried, carriedShares, translatedRows } from './translated-examples';

const [onlyFrom, onlyCategory] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(`${line}\n`);
const results = carried(translatedRows());
for (const [key, s] of carriedShares(results))
  out(`${key.padEnd(28)} ${s.same}/${s.n} (${((100 * s.same) / s.n).toFixed(0)} %)`);
if (onlyFrom) {
  for (const r of results) {
    if (r.same || r.row.from !== onlyFrom || (onlyCategory && r.row.categories[0] !== onlyCategory)) continue;
    const to = r.row.from === 'de' ? 'en' : 'de';
    out(
      `  MISS ${r.row.id} ${r.row.categories.join(',')} → ${r.found.join(',') || 'nothing'}: ${r.row[to]}  (${r.row[r.row.from]})`,
    );
  }
}
