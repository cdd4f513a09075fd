// Every frame book any rule builds a matcher for, found through the matchers
// themselves: a rule swallows a pattern that does not compile (the page must
// not break), so a bad pattern would otherwise silence the whole rule unseen.
import { describe, expect, it } from 'vitest';
import '../../../../lib/analysis';
import { viewSentence } from '../../../../lib/analysis/document';
import { compilePattern } from '../../../../lib/analysis/pattern';
import { type FrameEntry, FrameMatcher, frameMatchers } from '../../../../lib/analysis/rules/frames';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

const LANGUAGES = ['de', 'en'] as const;
/** Books whose near misses the rule tells apart by the situation around the frame (sarcasm.test.ts checks them). */
const CONTEXT_DECIDES = new Set(['sarcasm', 'sarcasm follow-up']);

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

describe('every frame book a rule matches with', () => {
  const matchers = [...frameMatchers()];

  it('is reached through the rules (the list is not empty)', () => {
    expect(matchers.length).toBeGreaterThan(40);
  });

  it.each(matchers.flatMap((m) => LANGUAGES.map((language) => [m.name, language, m] as const)))(
    '%s %s compiles',
    (_, language, matcher) => {
      for (const entry of matcher.book[language])
        expect(() => compilePattern(entry.pattern, language), `${language}/${entry.id}`).not.toThrow();
    },
  );

  it('finds every entry’s example and leaves its near miss alone', () => {
    const wrong: string[] = [];
    for (const matcher of matchers)
      for (const language of LANGUAGES)
        for (const entry of matcher.book[language]) {
          if (!finds(entry, language, entry.hit))
            wrong.push(`${matcher.name} ${language}/${entry.id} misses: ${entry.hit}`);
          if (!CONTEXT_DECIDES.has(matcher.name) && finds(entry, language, entry.miss))
            wrong.push(`${matcher.name} ${language}/${entry.id} finds: ${entry.miss}`);
        }
    expect(wrong).toEqual([]);
  });
});
