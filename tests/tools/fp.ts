// Which rules fire on the benign half of the eval sets (polite requests, OTHER tweets)?
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';
const counts = new Map<string, { n: number; ex: string }>();
const add = (id: string, ex: string) => { const c = counts.get(id) ?? { n: 0, ex }; c.n++; counts.set(id, c); };
const tweets = readFileSync('../shared/eval/germeval2018-training.tsv', 'utf8').split('\n').filter((l) => l.includes('\t'));
let off = new Map<string, number>();
for (const line of tweets) {
  const [text, label] = line.split('\t');
  const t = (text as string).replace(/@\w+/g, '').replace(/\|LBR\|/g, '\n');
  for (const f of analyze(t, { language: 'de' }).findings) {
    if (label === 'OTHER') add(f.ruleId, t.slice(f.start, f.end) + ' ‖ ' + t.slice(0, 90));
    else off.set(f.ruleId, (off.get(f.ruleId) ?? 0) + 1);
  }
}
console.log('GermEval OTHER top rules (count OTHER / OFFENSE):');
for (const [id, c] of [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, 25)) console.log(c.n, off.get(id) ?? 0, id, '|', c.ex.replace(/\n/g, ' '));
