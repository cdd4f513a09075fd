// `npm run probes [-- <set> [category]]`: recall per category and false alarms
// for every independent probe set (tests/fixtures/analysis/probe*-{de,en}.jsonl),
// sentences and short mails written for the tests, not taken from the dev set.
// A must-not item is a false alarm when any category its set probes fires on it.
// With a set name ("praise", "ask" …) its misses and false alarms are listed.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const DIR = 'tests/fixtures/analysis';
const [onlySet, onlyCategory] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(`${line}\n`);
const categoriesOf = (text: string): ReadonlySet<string> => new Set(analyze(text).findings.map((f) => f.category));

const sets = readdirSync(DIR)
  .map((file) => /^probe(?:-([a-z]+))?-(de|en)\.jsonl$/.exec(file))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: `${DIR}/${m[0]}`, name: m[1] ?? 'base', language: m[2] as string }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.language.localeCompare(b.language));

for (const set of sets) {
  if (onlySet && onlySet !== set.name) continue;
  const items = readFileSync(set.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
  const probed = [...new Set(items.filter((p) => p.expect).map((p) => p.category))].sort();
  const found = new Map(items.map((p) => [p, categoriesOf(p.text)]));
  const parts = probed.map((c) => {
    const flagged = items.filter((p) => p.expect && p.category === c);
    const missed = flagged.filter((p) => !found.get(p)?.has(c));
    if (onlySet && (!onlyCategory || onlyCategory === c))
      for (const m of missed) out(`  MISS ${c} ${m.id}: ${m.text.replace(/\n/g, ' | ')}`);
    return `${c} ${(1 - missed.length / flagged.length).toFixed(2)} (n=${flagged.length})`;
  });
  const quiet = items.filter((p) => !p.expect);
  const alarms = quiet.filter((p) => probed.some((c) => found.get(p)?.has(c)));
  if (onlySet) for (const a of alarms) out(`  FALSE ALARM ${a.id}: ${a.text.replace(/\n/g, ' | ')}`);
  out(`${set.name.padEnd(10)} ${set.language}  ${parts.join('  ')}  false alarms ${alarms.length}/${quiet.length}`);
}
