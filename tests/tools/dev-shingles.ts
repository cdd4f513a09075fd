// Run when the dev set changes (`npx jiti tests/tools/dev-shingles.ts`): writes the
// fingerprint of the client-mail dev set, the sorted unique 48-bit hashes of its
// five-word runs, to tests/fixtures/eval/dev-shingles.txt. The fingerprint is
// committed because CI has no ../shared; tests/lib/analysis/dev-overlap.test.ts
// uses it to keep the dev set's wording out of the repository's examples.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { shingles } from '../lib/analysis/shingles';

const DIR = process.env.RAPPORT_EVAL_DIR ?? '../shared/eval';
const SOURCE = `${DIR}/client-mail-dev.jsonl`;
const OUT = 'tests/fixtures/eval/dev-shingles.txt';

if (!existsSync(SOURCE)) {
  process.stderr.write(`${SOURCE} not found (set RAPPORT_EVAL_DIR to the folder that holds it)\n`);
  process.exit(2);
}

const texts = readFileSync(SOURCE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text !== 'string') throw new Error(`${SOURCE}:${i + 1}: no "text"`);
    return row.text;
  });

const hashes = [...new Set(texts.flatMap((text) => shingles(text).map((s) => s.hash)))].sort();
writeFileSync(
  OUT,
  `# Fingerprint of client-mail-dev.jsonl (${texts.length} mails): sorted unique 48-bit hashes (first 12 hex digits of sha1) of every run of five consecutive words (tests/lib/analysis/shingles.ts); written by tests/tools/dev-shingles.ts, read by tests/lib/analysis/dev-overlap.test.ts\n${hashes.join('\n')}\n`,
);
process.stdout.write(`${texts.length} mails, ${hashes.length} five-word runs → ${OUT}\n`);
