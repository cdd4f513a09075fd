// npm run first-readings -- FILE…: appends what today's engine finds in blind batches (files in
// tests/fixtures/analysis/, in the dev set's format) to tests/fixtures/gate/first-readings.jsonl,
// the confidence gate's training data. Run it on a new batch before any rule is changed for it:
// the gate must learn from what the rules say about mail they were never read against. Every
// reading is recorded, before the gate holds any back; mails without findings are left out.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { examine } from '../../lib/analysis/engine';
import type { DevMail } from './eval/metrics';

const FIXTURES = resolve('tests/fixtures/analysis');
const OUT = 'tests/fixtures/gate/first-readings.jsonl';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run first-readings -- tests/fixtures/analysis/blind/<batch>-de.jsonl …\n');
  process.exit(1);
}
const known = new Set(
  readFileSync(OUT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
let added = 0;
for (const file of files) {
  const path = relative(FIXTURES, resolve(file)).split('\\').join('/');
  if (path.startsWith('..')) throw new Error(`${file} is not under tests/fixtures/analysis`);
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const mail = JSON.parse(line) as DevMail;
    if (known.has(mail.id)) throw new Error(`${mail.id} was read before: a first reading is taken once`);
    const findings = examine(mail.text, { language: mail.lang }).raw.map((f) =>
      f.weight === undefined || f.weight === 1 ? [f.category, f.start, f.end] : [f.category, f.start, f.end, f.weight],
    );
    if (findings.length === 0) continue;
    appendFileSync(OUT, `${JSON.stringify({ id: mail.id, file: path, commit, findings })}\n`);
    added++;
  }
}
process.stdout.write(`${added} mails with findings added to ${OUT} (read at ${commit}); run npm run train:gate\n`);
