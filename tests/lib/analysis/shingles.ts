// Five-word shingles: how we tell that a text shares a run of five words with the
// client-mail dev set without keeping the dev set in the repository. Words are
// Unicode letters, marks and digits (apostrophes kept inside a word), lower case,
// ß as ss; punctuation and line breaks only separate words. Each run of five
// consecutive words is hashed to 48 bits (the first 12 hex digits of its sha1).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function words(text: string): string[] {
  const normal = text.normalize('NFC').toLowerCase().replace(/ß/g, 'ss');
  return (normal.match(WORD) ?? []).map((w) => w.replace(/[’ʼ]/g, "'"));
}

export function shingleHash(run: readonly string[]): string {
  return createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of five consecutive words in the text, with its hash. */
export function shingles(text: string): Array<{ hash: string; run: string }> {
  const w = words(text);
  const out: Array<{ hash: string; run: string }> = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const run = w.slice(i, i + SHINGLE_WORDS);
    out.push({ hash: shingleHash(run), run: run.join(' ') });
  }
  return out;
}

/** The five-word runs of `text` whose hash is in `fingerprint`, each once. */
export function sharedRuns(text: string, fingerprint: ReadonlySet<string>): string[] {
  return [
    ...new Set(
      shingles(text)
        .filter((s) => fingerprint.has(s.hash))
        .map((s) => s.run),
    ),
  ];
}

/** The committed fingerprint of the dev set (tests/tools/dev-shingles.ts writes it). */
export function devFingerprint(): Set<string> {
  return new Set(
    readFileSync('tests/fixtures/eval/dev-shingles.txt', 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
