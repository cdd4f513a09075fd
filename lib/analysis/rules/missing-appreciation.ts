// A tense draft (blame, verdicts, pressure …) with no thanks, acknowledgement
// or warm wish anywhere: the appreciation prompt belongs here. One strain on
// the relationship is enough (a lone absolute or shouted word scores ~22);
// hedges, long sentences and unclear asks cost clarity, not tension. Thanks
// the draft means ironically ("Danke auch für die pünktliche Lieferung – nach
// drei Wochen") are no appreciation.
import type { Doc } from '../document';
import { tensionOf } from '../scores';
import { warmthOf } from './appreciation';
import type { Rule } from './types';

export const TENSE_DRAFT = 18;

export const missingAppreciation: Rule = {
  id: 'missing-appreciation',
  phase: 'mail',
  run(doc: Doc, earlier) {
    if (tensionOf(earlier) < TENSE_DRAFT) return [];
    // Thanks in a sarcastic sentence, or right before one ("Danke für die Bewertung. Ein Stern – wirklich fair."), are ironic.
    const ironic = earlier.filter((f) => f.category === 'sarcasm');
    const thanking = new Set(warmthOf(doc).thanking);
    const sentences = doc.sentences;
    const sincere = sentences.some((s, i) => {
      if (!thanking.has(s)) return false;
      const next = sentences[i + 1];
      const end = next && next.paragraph === s.paragraph ? next.end : s.end;
      return !ironic.some((f) => f.start < end && s.start < f.end);
    });
    if (sincere) return [];
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
