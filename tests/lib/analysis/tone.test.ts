// The tone words as signals: every example goes through segmentation and the
// engine's sentence view; the kind must be found in each `must` sentence and
// in no `mustNot` one.
import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../../lib/analysis/document';
import { TONE, TONE_KINDS, type ToneKind } from '../../../lib/analysis/phrases/tone';
import { segment } from '../../../lib/analysis/segment';
import type { Language } from '../../../lib/analysis/types';

const LANGUAGES: readonly Language[] = ['de', 'en'];

function kindsIn(text: string, language: Language): Set<ToneKind> {
  const found = new Set<ToneKind>();
  for (const paragraph of segment(text).paragraphs)
    for (const sentence of paragraph.sentences) {
      const view = viewSentence(sentence, language, text);
      for (const kind of TONE_KINDS) if (view.signals[kind].length > 0) found.add(kind);
    }
  return found;
}

const cases = (which: 'must' | 'mustNot') =>
  LANGUAGES.flatMap((language) =>
    TONE_KINDS.flatMap((kind) =>
      TONE[language][kind].flatMap((entry) =>
        entry[which].map((text) => [language, kind, text] as [Language, ToneKind, string]),
      ),
    ),
  );

describe('tone signals', () => {
  it.each(cases('must'))('%s %s found in %j', (language, kind, text) => {
    expect(kindsIn(text, language).has(kind)).toBe(true);
  });

  it.each(cases('mustNot'))('%s %s not found in %j', (language, kind, text) => {
    expect(kindsIn(text, language).has(kind)).toBe(false);
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
