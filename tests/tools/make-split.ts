// Run once (`jiti tests/tools/make-split.ts`) to freeze the split of the client-mail
// dev set into a tuning and a held-out half, stratified by language and category:
// items are taken rarest label first and each goes to the half that has fewer of
// its labels so far (ties: fewer items, then tuning). The result is committed as
// tests/fixtures/eval/client-mail-split.json; npm run eval reads it and never
// re-splits, so the held-out half stays unseen by tuning.
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = process.env.RAPPORT_EVAL_DIR ?? '../shared/eval';
const OUT = 'tests/fixtures/eval/client-mail-split.json';

interface Row {
  id: string;
  lang: string;
  expect: string[];
}

const rows: Row[] = readFileSync(`${DIR}/client-mail-dev.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const labels = (r: Row) => (r.expect.length ? r.expect : ['clean']).map((c) => `${r.lang}:${c}`);
const total = new Map<string, number>();
for (const r of rows) for (const l of labels(r)) total.set(l, (total.get(l) ?? 0) + 1);
const rarity = (r: Row) => Math.min(...labels(r).map((l) => total.get(l) ?? 0));
const ordered = [...rows].sort((a, b) => rarity(a) - rarity(b) || a.id.localeCompare(b.id));

const halves = { tuning: [] as string[], 'held-out': [] as string[] };
const counts = { tuning: new Map<string, number>(), 'held-out': new Map<string, number>() };
for (const r of ordered) {
  const load = (h: keyof typeof halves) => labels(r).reduce((s, l) => s + (counts[h].get(l) ?? 0), 0);
  const diff = load('tuning') - load('held-out');
  const half: keyof typeof halves =
    diff < 0
      ? 'tuning'
      : diff > 0
        ? 'held-out'
        : halves.tuning.length <= halves['held-out'].length
          ? 'tuning'
          : 'held-out';
  halves[half].push(r.id);
  for (const l of labels(r)) counts[half].set(l, (counts[half].get(l) ?? 0) + 1);
}
for (const h of Object.values(halves)) h.sort();
writeFileSync(
  OUT,
  `${JSON.stringify({ source: 'client-mail-dev.jsonl', method: 'stratified by language and category, rarest label first', ...halves }, null, 2)}\n`,
);
process.stdout.write(`tuning ${halves.tuning.length}, held-out ${halves['held-out'].length} → ${OUT}\n`);
for (const l of [...total.keys()].sort())
  process.stdout.write(`${l.padEnd(26)} ${counts.tuning.get(l) ?? 0} / ${counts['held-out'].get(l) ?? 0}\n`);
