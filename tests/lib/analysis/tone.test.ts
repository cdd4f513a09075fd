// The tone words as signals: every example goes through segmentation and the
// engine's sentence view; the kind must be found in each `must` sentence and
// in no `mustNot` one.
import { describe, expect, it } from 'vitest';
import { TONE, TONE_KINDS } from '../../../lib/analysis/phrases/tone';
import { exampleCases, kindsIn, LANGUAGES } from './signal-kinds';

describe('tone signals', () => {
  it.each(exampleCases(TONE, TONE_KINDS, 'must'))('%s %s found in %j', (language, kind, text) => {
    expect(kindsIn(text, language, TONE_KINDS).has(kind)).toBe(true);
  });

  it.each(exampleCases(TONE, TONE_KINDS, 'mustNot'))('%s %s not found in %j', (language, kind, text) => {
    expect(kindsIn(text, language, TONE_KINDS).has(kind)).toBe(false);
  });

  it.each(LANGUAGES)('every %s kind has at least four examples each way', (language) => {
    for (const kind of TONE_KINDS) {
      const entries = TONE[language][kind];
      expect(
        entries.reduce((n, e) => n + e.must.length, 0),
        `${language} ${kind}`,
      ).toBeGreaterThanOrEqual(4);
      expect(
        entries.reduce((n, e) => n + e.mustNot.length, 0),
        `${language} ${kind}`,
      ).toBeGreaterThanOrEqual(4);
    }
  });
});
