// Checks for frame books a rule keeps to itself: every entry finds its example
// and leaves its near miss alone, and no example shares five words in a row
// with the client-mail dev set (the shared books are checked in frames.test.ts).
import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../../../lib/analysis/document';
import { type FrameBook, type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { devFingerprint, sharedRuns } from '../shingles';

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

export function describeFrameBooks(title: string, books: Record<string, FrameBook>): void {
  const entries = Object.entries(books).flatMap(([name, book]) =>
    (['de', 'en'] as const).flatMap((language) =>
      book[language].map((entry) => [`${name} ${language}/${entry.id}`, language, entry] as const),
    ),
  );
  describe(title, () => {
    it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
      expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
      expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
    });
    it('shares no five words in a row with the client-mail dev set', () => {
      const fingerprint = devFingerprint();
      const texts = entries.flatMap(([, , e]) => [e.hit, e.miss]);
      expect(texts.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
    });
  });
}
