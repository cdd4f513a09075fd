// The acceptance corpus for whole-sentence rewrites (tests/fixtures/rewrites, format in
// its README): tense sentences from client mail, each with the calmer rewrite a careful
// editor accepts. It was written by hand before any generator, so these checks guard
// the corpus itself: what a rewrite must keep (facts, digits, the stated consequence,
// marked placeholders), the eight categories and the held-out third of each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANCE_CATEGORIES } from '../../../lib/analysis/rewrite';
import { devFingerprint, sharedRuns } from './shingles';

const DIR = 'tests/fixtures/rewrites';
const LANGUAGES = ['de', 'en'] as const;
const REQUIRED = new Set<string>(['de']);
const CATEGORIES = STANCE_CATEGORIES;
const PER_CATEGORY = 16;

interface Row {
  id: string;
  category: string;
  sentence: string;
  context: string;
  rewrite: string;
  facts: string[];
  consequence: string | null;
  ask: boolean;
  placeholders: string[];
  heldOut: boolean;
}

interface Line {
  where: string;
  row: Row;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Why a parsed line is not a row of the corpus, or null when it is one. */
function shapeProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const o = v as Record<string, unknown>;
  for (const key of ['id', 'category', 'sentence', 'context', 'rewrite']) {
    if (typeof o[key] !== 'string') return `"${key}" is not a string`;
  }
  for (const key of ['facts', 'placeholders']) {
    if (!isStrings(o[key])) return `"${key}" is not a list of strings`;
  }
  for (const key of ['ask', 'heldOut']) {
    if (typeof o[key] !== 'boolean') return `"${key}" is not true or false`;
  }
  if (o.consequence !== null && typeof o.consequence !== 'string') return '"consequence" is neither a string nor null';
  return null;
}

function readCorpus(file: string): { lines: Line[]; problems: string[] } {
  const lines: Line[] = [];
  const problems: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      const where = `${file}:${i + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        problems.push(`${where}: not valid JSON (${(error as Error).message})`);
        return;
      }
      const problem = shapeProblem(parsed);
      if (problem) problems.push(`${where}: ${problem}`);
      else lines.push({ where: `${where} (${(parsed as Row).id})`, row: parsed as Row });
    });
  return { lines, problems };
}

const digitRuns = (text: string) => text.match(/\d+/g) ?? [];
/** The text without case, punctuation, symbols or spacing: what is left when only those differ. */
const bare = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');

/** One message per broken line, so a failure names every offender at once. */
function offenders(lines: Line[], check: (row: Row) => string | null): string[] {
  return lines.flatMap(({ where, row }) => {
    const problem = check(row);
    return problem ? [`${where}: ${problem}`] : [];
  });
}

describe('rewrite acceptance corpus', () => {
  it('the German file is there', () => {
    for (const language of REQUIRED) expect(existsSync(join(DIR, `acceptance-${language}.jsonl`))).toBe(true);
  });

  for (const language of LANGUAGES) {
    const file = join(DIR, `acceptance-${language}.jsonl`);
    if (!existsSync(file)) continue;

    describe(file, () => {
      const { lines, problems } = readCorpus(file);

      it('every line is a JSON object of the documented shape', () => {
        expect(problems).toEqual([]);
        expect(lines.length).toBeGreaterThanOrEqual(CATEGORIES.length * PER_CATEGORY);
      });

      it('ids are unique and read <language>-<category>-<number>', () => {
        const seen = new Map<string, number>();
        for (const { row } of lines) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
        expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
        expect(
          offenders(lines, (row) =>
            row.id.startsWith(`${language}-${row.category}-`) && /-\d+$/.test(row.id) ? null : `id ${row.id}`,
          ),
        ).toEqual([]);
      });

      it(`every category is one of the eight and has at least ${PER_CATEGORY} entries`, () => {
        expect(
          offenders(lines, (row) =>
            (CATEGORIES as readonly string[]).includes(row.category) ? null : `category ${row.category}`,
          ),
        ).toEqual([]);
        const counts = Object.fromEntries(CATEGORIES.map((c) => [c, lines.filter((l) => l.row.category === c).length]));
        for (const category of CATEGORIES) {
          expect(counts[category], `${category} entries`).toBeGreaterThanOrEqual(PER_CATEGORY);
        }
      });

      it('a third of each category is held out (⌊n/3⌋ or ⌈n/3⌉)', () => {
        for (const category of CATEGORIES) {
          const rows = lines.filter((l) => l.row.category === category);
          const held = rows.filter((l) => l.row.heldOut).length;
          const n = rows.length;
          expect([Math.floor(n / 3), Math.ceil(n / 3)], `${category}: ${held} of ${n} held out`).toContain(held);
        }
      });

      it('every fact occurs verbatim in the sentence and in the rewrite', () => {
        expect(
          offenders(lines, (row) => {
            const lost = row.facts.filter((f) => !f.trim() || !row.sentence.includes(f) || !row.rewrite.includes(f));
            return lost.length ? `facts not in both: ${JSON.stringify(lost)}` : null;
          }),
        ).toEqual([]);
      });

      it('every digit run of the sentence occurs in the rewrite', () => {
        expect(
          offenders(lines, (row) => {
            const kept = new Set(digitRuns(row.rewrite));
            const lost = digitRuns(row.sentence).filter((d) => !kept.has(d));
            return lost.length ? `digits lost: ${lost.join(', ')}` : null;
          }),
        ).toEqual([]);
      });

      it('placeholders are in square brackets, occur in the rewrite, and every bracket in it is listed', () => {
        expect(
          offenders(lines, (row) => {
            const bad = row.placeholders.filter((p) => !/^\[[^[\]]+\]$/.test(p) || !row.rewrite.includes(p));
            if (bad.length) return `placeholders not bracketed or not in the rewrite: ${JSON.stringify(bad)}`;
            const unlisted = (row.rewrite.match(/\[[^[\]]*\]/g) ?? []).filter((p) => !row.placeholders.includes(p));
            return unlisted.length ? `brackets in the rewrite not listed: ${JSON.stringify(unlisted)}` : null;
          }),
        ).toEqual([]);
      });

      it('a stated consequence occurs verbatim in the rewrite; every ultimatum states one', () => {
        expect(
          offenders(lines, (row) => {
            if (row.consequence === null) return row.category === 'pressure' ? 'pressure without a consequence' : null;
            if (!row.consequence.trim()) return 'empty consequence (use null)';
            return row.rewrite.includes(row.consequence) ? null : `consequence not in the rewrite: ${row.consequence}`;
          }),
        ).toEqual([]);
      });

      it('the rewrite changes more than case and punctuation', () => {
        expect(
          offenders(lines, (row) => (bare(row.rewrite) === bare(row.sentence) ? 'rewrite equals the sentence' : null)),
        ).toEqual([]);
      });

      it('no five words in a row shared with the client-mail dev set (sentence, context, rewrite)', () => {
        const fingerprint = devFingerprint();
        expect(fingerprint.size).toBeGreaterThan(0);
        expect(
          offenders(lines, (row) => {
            const runs = [row.sentence, row.context, row.rewrite].flatMap((t) => sharedRuns(t, fingerprint));
            return runs.length ? `shares: ${runs.map((r) => `"${r}"`).join(', ')}` : null;
          }),
        ).toEqual([]);
      });
    });
  }
});
