// Every phrase entry's own example must trigger it, its near miss must not,
// and applying any of its suggestions must leave a text it no longer flags there.
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../lib/analysis';
import { compilePattern } from '../../../lib/analysis/pattern';
import { PHRASES } from '../../../lib/analysis/phrases';
import type { PhraseCategory, PhraseEntry } from '../../../lib/analysis/phrases/types';
import { apply } from './apply';

const rows = (Object.entries(PHRASES) as Array<[Language, Record<PhraseCategory, readonly PhraseEntry[]>]>).flatMap(
  ([language, book]) =>
    (Object.entries(book) as Array<[PhraseCategory, readonly PhraseEntry[]]>).flatMap(([category, entries]) =>
      entries.map((entry) => ({ language, category, entry, ruleId: `${language}/${category}/${entry.id}` })),
    ),
);

describe('phrase data', () => {
  it.each(['de', 'en'] as const)('%s has a real inventory: at least 300 patterns, 20 in every category', (language) => {
    const mine = rows.filter((r) => r.language === language);
    expect(mine.length).toBeGreaterThanOrEqual(300);
    for (const [category, entries] of Object.entries(PHRASES[language])) {
      expect(entries.length, `${language}/${category}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('is well formed: kebab-case ids unique per language, patterns compile, no duplicate patterns', () => {
    for (const language of ['de', 'en'] as const) {
      const mine = rows.filter((r) => r.language === language);
      const ids = mine.map((r) => r.entry.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        `${language} duplicate ids`,
      ).toEqual([]);
      const patterns = mine.map((r) => r.entry.pattern.trim().toLowerCase());
      expect(
        patterns.filter((p, i) => patterns.indexOf(p) !== i),
        `${language} duplicate patterns`,
      ).toEqual([]);
      for (const { entry, ruleId } of mine) {
        expect(entry.id, ruleId).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(() => compilePattern(entry.pattern), ruleId).not.toThrow();
        expect(entry.hit.trim(), ruleId).not.toBe('');
        expect(entry.miss.trim(), ruleId).not.toBe('');
        expect(entry.hit, ruleId).not.toBe(entry.miss);
        const suggestions = entry.suggestions ?? [];
        expect(new Set(suggestions).size, `${ruleId} duplicate suggestions`).toBe(suggestions.length);
        expect(suggestions.length, `${ruleId}: at most three rewrites`).toBeLessThanOrEqual(3);
      }
    }
  });

  it.each(rows.map((r) => [r.ruleId, r] as const))('%s fires on its example', (_, { language, entry, ruleId }) => {
    const found = analyze(entry.hit, { language }).findings.filter((f) => f.ruleId === ruleId);
    expect(found.length, `"${entry.hit}" should trigger ${ruleId}`).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.ruleId, r] as const))(
    '%s stays quiet on its near miss',
    (_, { language, entry, ruleId }) => {
      const found = analyze(entry.miss, { language }).findings.filter((f) => f.ruleId === ruleId);
      expect(found, `"${entry.miss}" must not trigger ${ruleId}`).toEqual([]);
    },
  );

  it.each(rows.filter((r) => r.entry.suggestions?.length).map((r) => [r.ruleId, r] as const))(
    '%s: each rewrite resolves the finding',
    (_, { language, entry, ruleId }) => {
      const finding = analyze(entry.hit, { language }).findings.find((f) => f.ruleId === ruleId);
      expect(finding).toBeDefined();
      if (!finding) return;
      for (const suggestion of finding.suggestions) {
        const fixed = apply(entry.hit, finding, suggestion);
        const again = analyze(fixed, { language }).findings.filter(
          (f) => f.ruleId === ruleId && f.start === finding.start,
        );
        expect(again, `"${fixed}" still triggers ${ruleId}`).toEqual([]);
        expect(fixed, 'no doubled spaces').not.toMatch(/ {2}| [,.!?]/);
      }
    },
  );
});
