// The project is measured on unseen client mail, so the dev set must not leak into
// the repository: no example, fixture or test string may share a run of five words
// with it. CI has no ../shared, so this reads the committed fingerprint
// (tests/fixtures/eval/dev-shingles.txt, written by tests/tools/dev-shingles.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../../lib/analysis/phrases';
import { POLITENESS } from '../../../lib/analysis/phrases/politeness';
import { sharedRuns, words } from './shingles';

const FINGERPRINT = 'tests/fixtures/eval/dev-shingles.txt';
const MIN_HASHES = 10_000;

interface Sample {
  where: string;
  text: string;
}

function loadFingerprint(): Set<string> {
  if (!existsSync(FINGERPRINT)) {
    throw new Error(`${FINGERPRINT} is missing: run \`npx jiti tests/tools/dev-shingles.ts\` and commit it`);
  }
  const hashes = readFileSync(FINGERPRINT, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const bad = hashes.find((h) => !/^[0-9a-f]{12}$/.test(h));
  if (bad !== undefined) throw new Error(`${FINGERPRINT}: not a 12-digit hex hash: ${JSON.stringify(bad)}`);
  if (hashes.length < MIN_HASHES) {
    throw new Error(
      `${FINGERPRINT} holds ${hashes.length} hashes, fewer than ${MIN_HASHES}: regenerate it from the whole dev set`,
    );
  }
  return new Set(hashes);
}

const listTs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(dir, f));

// Comments first in the alternation, so quotes inside them are never read as strings.
const LITERALS = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`/g;
const ESCAPES: Record<string, string> = { n: '\n', r: '\n', t: '\t' };

/** String literals of five or more words in a TypeScript file; `${…}` counts as a break between words. */
function stringLiterals(file: string): Sample[] {
  const source = readFileSync(file, 'utf8');
  const out: Sample[] = [];
  for (const match of source.matchAll(LITERALS)) {
    const literal = match[0];
    if (literal.startsWith('/')) continue;
    const text = literal
      .slice(1, -1)
      .replace(/\$\{[^}]*\}/g, '\n')
      .replace(/\\u\{?([0-9a-fA-F]{4,6})\}?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/\\([\s\S])/g, (_, c: string) => ESCAPES[c] ?? c);
    if (words(text).length < 5) continue;
    const line = source.slice(0, match.index).split('\n').length;
    out.push({ where: `${file}:${line}`, text });
  }
  return out;
}

/** Where a .jsonl row keeps its text: one mail in `text`, or a parallel pair in `de` and `en`. */
const TEXT_FIELDS = ['text', 'de', 'en'] as const;

function fixtureTexts(dir: string): Sample[] {
  const files = readdirSync(dir).sort();
  const lines = files
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((text, i) => ({ where: `${join(dir, f)}:${i + 1}`, text })),
    );
  const mails = files
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => line.trim())
        .flatMap(({ line, i }) => {
          const row = JSON.parse(line) as Record<string, unknown>;
          const fields = TEXT_FIELDS.filter((field) => typeof row[field] === 'string');
          if (fields.length === 0) {
            throw new Error(`${join(dir, f)}:${i + 1} has none of ${TEXT_FIELDS.map((t) => `"${t}"`).join(', ')}`);
          }
          const id = typeof row.id === 'string' ? row.id : 'no id';
          return fields.map((field) => ({
            where: `${join(dir, f)}:${i + 1} (${id}${field === 'text' ? '' : ` ${field}`})`,
            text: row[field] as string,
          }));
        }),
    );
  return [...lines, ...mails].filter((s) => s.text.trim());
}

function phraseExamples(): Sample[] {
  return Object.entries(PHRASES).flatMap(([language, book]) =>
    Object.entries(book).flatMap(([category, entries]) =>
      entries.flatMap((entry) => [
        { where: `${language}/${category}/${entry.id} hit`, text: entry.hit },
        { where: `${language}/${category}/${entry.id} miss`, text: entry.miss },
      ]),
    ),
  );
}

function politenessExamples(): Sample[] {
  return Object.entries(POLITENESS).flatMap(([language, book]) =>
    Object.entries(book).flatMap(([kind, entries]) =>
      entries.flatMap((entry) =>
        [...entry.must, ...entry.mustNot].map((text) => ({ where: `${language}/politeness/${kind}`, text })),
      ),
    ),
  );
}

const SOURCES: Array<[string, () => Sample[]]> = [
  ['phrase examples (lib/analysis/phrases)', phraseExamples],
  ['politeness examples (lib/analysis/phrases/politeness.ts)', politenessExamples],
  ['string literals in tests/lib/analysis/rules', () => listTs('tests/lib/analysis/rules').flatMap(stringLiterals)],
  ['string literals in tests/lib/analysis', () => listTs('tests/lib/analysis').flatMap(stringLiterals)],
  ['texts in tests/fixtures/analysis', () => fixtureTexts('tests/fixtures/analysis')],
];

describe('no five-word run shared with the client-mail dev set', () => {
  const fingerprint = loadFingerprint();

  it('the shingler sees words, not punctuation or case', () => {
    expect(words('Straße, „Grüße“ — don’t STOP: 3,8 %')).toEqual(['strasse', 'grüsse', "don't", 'stop', '3', '8']);
  });

  it('reads both languages of each parallel pair (de and en of parallel-mails.jsonl)', () => {
    const file = join('tests/fixtures/analysis', 'parallel-mails.jsonl');
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim()).length;
    const read = fixtureTexts('tests/fixtures/analysis').filter((s) => s.where.startsWith(`${file}:`));
    expect(rows).toBeGreaterThan(0);
    expect(read.filter((s) => s.where.endsWith(' de)')).length).toBe(rows);
    expect(read.filter((s) => s.where.endsWith(' en)')).length).toBe(rows);
  });

  it.each(SOURCES)('%s', (_, collect) => {
    const samples = collect();
    expect(samples.length, 'found nothing to check: has the layout changed?').toBeGreaterThan(0);
    const offending = samples
      .map((s) => ({ ...s, runs: sharedRuns(s.text, fingerprint) }))
      .filter((s) => s.runs.length > 0);
    const report = offending.map(
      (s) =>
        `${s.where}: ${JSON.stringify(s.text.length > 160 ? `${s.text.slice(0, 160)}…` : s.text)}\n    shares: ${s.runs.map((r) => `"${r}"`).join(', ')}`,
    );
    expect(offending.length, `texts sharing five words in a row with the dev set:\n${report.join('\n')}`).toBe(0);
  });
});
