// Sentences longer than readers comfortably act on. German runs longer than
// English in ordinary business prose, so its limit is higher.
import type { Doc } from '../document';
import type { Language } from '../types';
import type { RawFinding, Rule } from './types';

export const LONG_SENTENCE_WORDS: Record<Language, number> = { de: 35, en: 30 };

export const longSentence: Rule = {
  id: 'long-sentence',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    for (const sentence of doc.sentences) {
      const limit = LONG_SENTENCE_WORDS[sentence.language];
      if (sentence.words <= limit) continue;
      findings.push({
        ruleId: 'long-sentence',
        category: 'long-sentence',
        start: sentence.start,
        end: sentence.end,
        suggestions: [],
        message: (m) => m.longSentence(sentence.words, limit),
      });
    }
    return findings;
  },
};
