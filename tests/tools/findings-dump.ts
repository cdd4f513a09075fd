// npx jiti tests/tools/findings-dump.ts OUT.jsonl: every analysis of the fixture mails and the bench
// drafts (findings, scores, reasons, verdict, stats) and the rewrites of every third mail with
// findings, as JSON lines. For engine changes that must not change a finding: dump before and
// after, then `cmp` the two files. Reads no dev set.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze, rewriteFindings } from '../../lib/analysis';
import { draft } from '../bench/texts';

const FIXTURES = 'tests/fixtures/analysis';
/** Rewrites cost two more readings per finding: a few hundred mails show a change. */
const REWRITTEN = 400;

const texts: string[] = [];
for (const file of readdirSync(FIXTURES).sort()) {
  if (!file.endsWith('.jsonl')) continue;
  for (const line of readFileSync(`${FIXTURES}/${file}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text === 'string') texts.push(text);
  }
}
for (const language of ['de', 'en'] as const)
  for (const size of [300, 3_000]) for (let i = 0; i < 4; i++) texts.push(draft(language, size, 17 + i * 31));

const out: string[] = [];
let rewritten = 0;
texts.forEach((text, n) => {
  const { findings, scores, reasons, verdict, stats, language } = analyze(text);
  out.push(JSON.stringify({ n, findings, scores, reasons, verdict, stats, language }));
  if (n % 3 === 0 && rewritten < REWRITTEN && findings.length > 0) {
    rewritten++;
    out.push(
      JSON.stringify({
        n,
        rewrites: rewriteFindings(
          text,
          {},
          findings.map((_, i) => i),
        ),
      }),
    );
  }
});
writeFileSync(process.argv[2] ?? 'findings-dump.jsonl', `${out.join('\n')}\n`);
process.stdout.write(`${texts.length} texts, ${rewritten} rewritten\n`);
