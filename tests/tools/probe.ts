// Prints the probe set's recall per category, its misses and its false alarms
// (tests/fixtures/analysis/probe-{de,en}.jsonl); `npx jiti tests/tools/probe.ts [category]`.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';

const CATS = ['blame', 'absolute', 'hedging', 'unclear-ask'];
const only = process.argv[2];
for (const lang of ['de', 'en']) {
  const items = readFileSync(`/work/wt-broaden/tests/fixtures/analysis/probe-${lang}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const line: string[] = [];
  for (const c of CATS) {
    const f = items.filter((p: any) => p.expect && p.category === c);
    const miss = f.filter((p: any) => !analyze(p.text).findings.some((x) => x.category === c));
    line.push(`${c} ${((f.length - miss.length) / f.length).toFixed(2)}`);
    if (!only || only === c) for (const m of miss) console.log(`  MISS ${lang} ${c}: ${m.text.replace(/\n/g, ' | ')}`);
  }
  const q = items.filter((p: any) => !p.expect);
  const fa = q.filter((p: any) => analyze(p.text).findings.some((x) => CATS.includes(x.category)));
  for (const m of fa)
    console.log(
      `  FA ${lang}: ${m.text} -> ${analyze(m.text)
        .findings.filter((x) => CATS.includes(x.category))
        .map((x) => x.category + ':' + x.ruleId)
        .join(',')}`,
    );
  console.log(`${lang}: ${line.join('  ')}  false alarms ${fa.length}/${q.length}`);
}
