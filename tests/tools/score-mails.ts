// `npm run score-mails -- <file.jsonl> [...]`: fresh mails written in the dev
// set's format ({ id, lang, text, expect, severity, spans }) scored exactly as
// `npm run eval` scores the dev set — a finding counts only on the quote a coach
// would underline — with every miss and false finding listed. For independent
// mail batches written before the rules that they test are widened.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';
import { type Graded, gaugeFigures, gaugeLine } from './eval/client-mail';
import { type DevMail, type MailScore, recallByCategory, scoreMail } from './eval/metrics';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npm run score-mails -- <file.jsonl> [...]\n');
  process.exit(2);
}
const out = (line: string) => process.stdout.write(`${line}\n`);

/** Over every file given: the findings on a coach's mark and the clean mails flagged. */
const total = { hits: 0, findings: 0, clean: 0, cleanFlagged: 0 };

for (const file of files) {
  const mails = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevMail);
  const scores: MailScore[] = [];
  const graded: Graded[] = [];
  let hits = 0;
  let findings = 0;
  let clean = 0;
  let cleanFlagged = 0;
  const lines: string[] = [];
  for (const mail of mails) {
    const analysis = analyze(mail.text, { uiLanguage: 'en' });
    graded.push({ mail, scores: analysis.scores, verdict: analysis.verdict });
    const s = scoreMail(mail, analysis.findings);
    scores.push(s);
    findings += s.findings.length;
    hits += s.findings.filter((f) => f.hit).length;
    if (mail.expect.length === 0) {
      clean++;
      if (s.findings.length > 0) cleanFlagged++;
    }
    const missed = s.expected.filter((e) => !e.found);
    const wrong = s.findings.filter((f) => !f.hit);
    if (missed.length === 0 && wrong.length === 0) continue;
    lines.push(`  ${mail.id}`);
    for (const m of missed) lines.push(`    miss   ${m.category.padEnd(20)} ${m.why ?? ''} ${JSON.stringify(m.quote)}`);
    for (const f of wrong) lines.push(`    false  ${f.category.padEnd(20)} ${f.why ?? ''} ${JSON.stringify(f.quote)}`);
  }
  total.hits += hits;
  total.findings += findings;
  total.clean += clean;
  total.cleanFlagged += cleanFlagged;
  out(`${file}: ${mails.length} mails`);
  const categories = [...recallByCategory(scores).entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [category, r] of categories)
    out(`  ${category.padEnd(22)} n=${String(r.n).padStart(3)}  ${(r.found / r.n).toFixed(2)}`);
  const macro = categories.reduce((sum, [, r]) => sum + r.found / r.n, 0) / Math.max(1, categories.length);
  out(
    `  macro recall ${macro.toFixed(2)}   precision per finding ${findings ? (hits / findings).toFixed(2) : '–'} (${hits}/${findings})   clean mails with any finding ${cleanFlagged}/${clean}`,
  );
  out(gaugeLine(gaugeFigures(graded)));
  if (!process.argv.includes('--summary')) for (const line of lines) out(line);
}
if (files.length > 1)
  out(
    `all ${files.length} files: findings on a mark ${total.hits}/${total.findings}   clean mails with any finding ${total.cleanFlagged}/${total.clean}`,
  );
