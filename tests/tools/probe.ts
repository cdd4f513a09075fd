// Prints the probe set's recall per category, its misses and its false alarms
// (tests/fixtures/analysis/probe-{de,en}.jsonl), for the whole set and for the
// second batch (ids *-b2-*) written after the first broadening:
// `npx jiti tests/tools/probe.ts [category]`.
import { readFileSync } from 'node:fs';
import { analyze, type Category } from '../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const CATEGORIES: readonly Category[] = ['blame', 'absolute', 'hedging', 'unclear-ask'];
const only = process.argv[2];
const out = (line: string) => process.stdout.write(`${line}\n`);
const categoriesOf = (text: string) => new Set(analyze(text).findings.map((f) => f.category));

function summary(label: string, items: readonly Probe[], list: boolean): void {
  const parts: string[] = [];
  for (const c of CATEGORIES) {
    const flagged = items.filter((p) => p.expect && p.category === c);
    const missed = flagged.filter((p) => !categoriesOf(p.text).has(c));
    parts.push(`${c} ${(1 - missed.length / flagged.length).toFixed(2)}`);
    if (list && (!only || only === c)) for (const m of missed) out(`  MISS ${c}: ${m.text.replace(/\n/g, ' | ')}`);
  }
  const quiet = items.filter((p) => !p.expect);
  const alarms = quiet.filter((p) => CATEGORIES.some((c) => categoriesOf(p.text).has(c)));
  if (list) for (const m of alarms) out(`  FALSE ALARM: ${m.text}`);
  out(`${label}: ${parts.join('  ')}  false alarms ${alarms.length}/${quiet.length}`);
}

for (const language of ['de', 'en'] as const) {
  const items = readFileSync(`tests/fixtures/analysis/probe-${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
  summary(`${language} all`, items, true);
  summary(
    `${language} batch 2`,
    items.filter((p) => p.id.includes('-b2-')),
    false,
  );
}
