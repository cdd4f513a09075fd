// npm run review-packet -- DIR: a blind review packet for whole-sentence
// rewrites. The generator's first rewrite for rows of the acceptance corpus
// (every held-out row that gets one, then tuning rows up to 40) and the
// editor's versions of the same rows, shuffled with a fixed seed:
// DIR/items.jsonl for the reviewer, DIR/keys.json (which is which) for the
// tally. Prints only counts, never a held-out row.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeWithRewrites } from './eval/with-rewrites';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run review-packet -- DIR\n');
  process.exit(1);
}
const WANTED = 40;
let seed = 20261205;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

interface Row {
  id: string;
  sentence: string;
  context: string;
  rewrite: string;
  heldOut: boolean;
}
interface Item {
  id: string;
  heldOut: boolean;
  language: 'de' | 'en';
  context: string;
  original: string;
  rewrite: string;
  source: 'generator' | 'editor';
}

const generated: Item[] = [];
const edited: Item[] = [];
for (const heldOut of [true, false])
  for (const language of ['de', 'en'] as const) {
    const rows = readFileSync(`tests/fixtures/rewrites/acceptance-${language}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
      .filter((r) => r.heldOut === heldOut);
    for (const row of rows) {
      if (generated.length >= WANTED) break;
      const text = row.context ? `${row.context} ${row.sentence}` : row.sentence;
      const from = text.length - row.sentence.length;
      const first = analyzeWithRewrites(text, { language })
        .findings.filter((f) => f.end > from)
        .flatMap((f) => (f.rewrites ?? []).filter((r) => r.start >= from))[0];
      if (!first) continue;
      const base = { id: row.id, heldOut, language, context: row.context, original: row.sentence };
      generated.push({ ...base, rewrite: first.text === '' ? '(sentence left out)' : first.text, source: 'generator' });
      edited.push({ ...base, rewrite: row.rewrite, source: 'editor' });
    }
  }
const shuffled = [...generated, ...edited]
  .map((item) => ({ item, order: random() }))
  .sort((a, b) => a.order - b.order)
  .map(({ item }, i) => ({ ...item, key: `item-${String(i + 1).padStart(2, '0')}` }));
writeFileSync(
  `${dir}/items.jsonl`,
  `${shuffled.map(({ key, language, context, original, rewrite }) => JSON.stringify({ key, language, context, original, rewrite })).join('\n')}\n`,
);
writeFileSync(
  `${dir}/keys.json`,
  JSON.stringify(shuffled.map(({ key, source, heldOut, id }) => ({ key, source, heldOut, id }))),
);
process.stdout.write(
  `${generated.length} generated (${generated.filter((g) => g.heldOut).length} from the held-out third) and ${edited.length} editor's rewrites written to ${dir}\n`,
);
