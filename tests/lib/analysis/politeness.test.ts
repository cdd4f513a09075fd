// The politeness strategies as signals: every example of every entry goes
// through segmentation and the engine's sentence view, and the kind must be
// found in each `must` sentence and in no `mustNot` one.
import { describe, expect, it } from 'vitest';
import { indexFor } from '../../../lib/analysis/matching';
import { PatternIndex } from '../../../lib/analysis/pattern';
import { POLITENESS, POLITENESS_KINDS } from '../../../lib/analysis/phrases/politeness';
import { SIGNALS } from '../../../lib/analysis/phrases/signals';
import { segment } from '../../../lib/analysis/segment';
import { exampleCases, kindsIn, LANGUAGES } from './signal-kinds';

describe('politeness signals', () => {
  it.each(exampleCases(POLITENESS, POLITENESS_KINDS, 'must'))('%s %s found in %j', (language, kind, text) => {
    expect(kindsIn(text, language, POLITENESS_KINDS).has(kind)).toBe(true);
  });

  it.each(exampleCases(POLITENESS, POLITENESS_KINDS, 'mustNot'))('%s %s not found in %j', (language, kind, text) => {
    expect(kindsIn(text, language, POLITENESS_KINDS).has(kind)).toBe(false);
  });

  it.each(LANGUAGES)('every %s kind has at least four examples each way', (language) => {
    for (const kind of POLITENESS_KINDS) {
      const entries = POLITENESS[language][kind];
      const must = entries.reduce((n, e) => n + e.must.length, 0);
      const mustNot = entries.reduce((n, e) => n + e.mustNot.length, 0);
      expect(must, `${language} ${kind} must`).toBeGreaterThanOrEqual(4);
      expect(mustNot, `${language} ${kind} mustNot`).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(LANGUAGES)('every %s entry matches one of its own must examples by itself', (language) => {
    for (const kind of POLITENESS_KINDS) {
      for (const entry of POLITENESS[language][kind]) {
        const index = new PatternIndex<true>(language);
        index.add(entry.pattern, true);
        const matched = entry.must.some((text) =>
          segment(text).paragraphs.some((p) =>
            p.sentences.some((s) => {
              let hit = false;
              index.forEachMatch(s.tokens, () => {
                hit = true;
              });
              return hit;
            }),
          ),
        );
        expect(matched, `${language} ${kind} "${entry.pattern}"`).toBe(true);
      }
    }
  });

  it.each(LANGUAGES)('%s signals carry every politeness pattern, and they compile', (language) => {
    for (const kind of POLITENESS_KINDS) {
      const patterns = SIGNALS[language][kind].map((s) => (typeof s === 'string' ? s : s.pattern));
      expect(patterns).toEqual(POLITENESS[language][kind].map((e) => e.pattern));
    }
    expect(() => indexFor(language).compileAll()).not.toThrow();
  });

  it('keeps "please" off the sentence start and direct questions to sentences that ask', () => {
    expect(kindsIn('Bitte rufen Sie an.', 'de', POLITENESS_KINDS).has('please')).toBe(false);
    expect(kindsIn('Rufen Sie bitte an.', 'de', POLITENESS_KINDS).has('please')).toBe(true);
    expect(kindsIn('What is the status?', 'en', POLITENESS_KINDS).has('directQuestion')).toBe(true);
    expect(kindsIn('What is the status is unclear.', 'en', POLITENESS_KINDS).has('directQuestion')).toBe(false);
  });
});
