// A tense draft (blame, verdicts, pressure …) with no thanks, acknowledgement
// or warm wish anywhere: the appreciation prompt belongs here. One strain on
// the relationship is enough (a lone absolute or shouted word); praise taken
// back or a du/Sie mix alone is not; hedges, long sentences and unclear asks
// cost clarity, not warmth. Thanks
// the draft means ironically ("Danke auch für die pünktliche Lieferung – nach
// drei Wochen") are no appreciation.
import { type Doc, type SentenceView, sentenceAt } from '../document';
import { clauseAround } from '../extent';
import type { Category } from '../types';
import { warmthOf } from './appreciation';
import type { RawFinding, Rule } from './types';

/** How much one finding of a category strains the relationship. */
const STRAIN: Partial<Record<Category, number>> = {
  blame: 30,
  harsh: 30,
  sarcasm: 25,
  'being-right': 22,
  pressure: 20,
  absolute: 18,
  dismissive: 18,
  shouting: 15,
  'but-after-praise': 10,
  'formality-mix': 5,
};
const TENSE_DRAFT = 12;

/**
 * Findings whose words can carry a warm word without warmth: "Dem Caterer erkläre ich das gern
 * zum dritten Mal", "I'd be happy to remind you", "Schön ist anders". Blame and praise taken
 * back are left out: "Thanks for the plans, but …" still thanks.
 */
const COLD: ReadonlySet<Category> = new Set(['dismissive', 'being-right', 'pressure', 'harsh']);

/**
 * Warm words that offer a service or soften a request, and so thank no one: "Gerne kalkulieren wir Ihnen …",
 * "I'm happy to quote for …", "We would be grateful if …", "Schön wäre, wenn …". "Gern geschehen", "happy to hear"
 * and "grateful for" still answer the reader.
 */
const OFFERING = new Set(['gern', 'gerne', 'happy']);
const REQUESTING = new Set(['grateful', 'dankbar', 'schön']);
const IF = new Set(['if', 'wenn', 'falls', 'sofern', 'wäre', 'wären']);
const WARM_AFTER_OFFER = new Set(['geschehen', 'hear', 'see', 'read', 'learn', 'know', 'welcome', 'have', 'say']);

function servesOnly(sentence: SentenceView, i: number): boolean {
  const t = sentence.tokens[i];
  if (!t) return false;
  const next = (k: number) => sentence.tokens.slice(i + 1).filter((x) => x.word)[k]?.folded ?? '';
  if (OFFERING.has(t.folded)) return !(WARM_AFTER_OFFER.has(next(0)) || WARM_AFTER_OFFER.has(next(1)));
  return REQUESTING.has(t.folded) && (IF.has(next(0)) || IF.has(next(1)));
}

const strainOf = (findings: readonly RawFinding[]) =>
  findings.reduce((sum, f) => sum + (STRAIN[f.category] ?? 0) * (f.weight ?? 1), 0);

/** Whether the findings strain the draft enough to ask for appreciation (what is shown, once the gate has judged). */
export const isTense = (findings: readonly RawFinding[]): boolean => strainOf(findings) >= TENSE_DRAFT;

export const missingAppreciation: Rule = {
  id: 'missing-appreciation',
  phase: 'mail',
  run(doc: Doc, earlier) {
    if (!isTense(earlier)) return [];
    // Thanks in a sarcastic sentence, or right before one ("Danke für die Bewertung. Ein Stern – wirklich fair."), are ironic.
    const ironic = earlier.filter((f) => f.category === 'sarcasm');
    // Findings are widened to their clause only after every rule ran: read each one's clause here.
    const cold = earlier
      .filter((f) => COLD.has(f.category))
      .map((f) => {
        const sentence = sentenceAt(doc, f.start);
        return sentence ? clauseAround(sentence, f.start, f.end) : f;
      });
    const thanking = new Set(warmthOf(doc).thanking);
    const sentences = doc.sentences;
    const sincere = sentences.some((s, i) => {
      if (!thanking.has(s)) return false;
      const next = sentences[i + 1];
      const end = next && next.paragraph === s.paragraph ? next.end : s.end;
      if (ironic.some((f) => f.start < end && s.start < f.end)) return false;
      // A sentence warm only by words inside such a finding (a wish has no word listed: it stays warm).
      const listed = s.signals.appreciation;
      const warm = listed
        .filter((i) => !servesOnly(s, i))
        .map((i) => s.tokens[i])
        .filter((t) => t !== undefined);
      if (listed.length > 0 && warm.length === 0) return false;
      return warm.length === 0 || warm.some((t) => !cold.some((f) => f.start <= t.start && t.end <= f.end));
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
