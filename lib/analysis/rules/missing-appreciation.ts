// A tense draft (blame, verdicts, pressure …) with no thanks, acknowledgement
// or warm wish anywhere: the appreciation prompt belongs here. One strain on
// the relationship is enough (a lone absolute or shouted word scores ~22);
// hedges, long sentences and unclear asks cost clarity, not tension.
import type { Doc } from '../document';
import { tensionOf } from '../scores';
import { warmthOf } from './appreciation';
import type { Rule } from './types';

export const TENSE_DRAFT = 18;

export const missingAppreciation: Rule = {
  id: 'missing-appreciation',
  phase: 'mail',
  run(doc: Doc, earlier) {
    if (tensionOf(earlier) < TENSE_DRAFT || warmthOf(doc).thanked > 0) return [];
    const anchor = doc.greeting ?? doc.sentences[0];
    if (!anchor) return [];
    return [
      {
        ruleId: 'missing-appreciation',
        category: 'missing-appreciation',
        start: anchor.start,
        end: anchor.end,
        suggestions: [],
      },
    ];
  },
};
