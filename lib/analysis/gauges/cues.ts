// The whitelist of cues the gauges are built from, each with a fixed sign per
// score: +1 may only raise the score, -1 only lower it, 0 has no say. Training
// (tests/tools/train.ts) keeps every weight on its sign, so a cue can never
// turn into its opposite because a corpus happened to reward it. The
// politeness cues follow Danescu-Niculescu-Mizil et al. (2013), read in both
// languages. Note that tension rises with +1; appreciation and clarity
// (`security`) are better when higher.
import { CATEGORIES, type Category, type ScoreKey } from '../types';

export type Sign = -1 | 0 | 1;
export type CueSigns = Readonly<Record<ScoreKey, Sign>>;

const s = (tension: Sign, appreciation: Sign, security: Sign): CueSigns => ({ tension, appreciation, security });

/** What each finding category may do to each score. */
const FINDING_SIGNS: Record<Category, CueSigns> = {
  blame: s(1, -1, 0),
  absolute: s(1, -1, 0),
  'being-right': s(1, -1, 0),
  pressure: s(1, -1, 0),
  hedging: s(0, 0, -1),
  dismissive: s(1, -1, 0),
  harsh: s(1, -1, 0),
  shouting: s(1, -1, 0),
  sarcasm: s(1, -1, 0),
  'but-after-praise': s(1, -1, 0),
  'long-sentence': s(0, 0, -1),
  'unclear-ask': s(0, 0, -1),
  'formality-mix': s(1, -1, -1),
  'missing-appreciation': s(1, -1, 0),
};

export const CUE_SIGNS = {
  ...(Object.fromEntries(CATEGORIES.map((c) => [`finding:${c}`, FINDING_SIGNS[c]])) as Record<
    `finding:${Category}`,
    CueSigns
  >),
  // Politeness strategies.
  gratitude: s(-1, 1, 0),
  deference: s(-1, 1, 0),
  // Greetings are the form of a mail, not its warmth: every client mail has one, a chat line none.
  greet: s(0, 0, 0),
  apology: s(-1, 1, 0),
  please: s(-1, 1, 0),
  'please-start': s(1, 0, 0),
  indirect: s(-1, 0, 0),
  hedge: s(-1, 0, -1),
  counterfactual: s(-1, 1, 0),
  indicative: s(-1, 0, 0),
  'direct-start': s(1, 0, 0),
  'second-start': s(1, 0, 0),
  'first-start': s(-1, 0, 0),
  'direct-question': s(1, -1, 0),
  'first-plural': s(-1, 1, 0),
  factuality: s(1, 0, 0),
  // Sentiment words, negation and intensifiers read as VADER does.
  'negative-words': s(1, -1, 0),
  /** Words of valence −2 or worse: insults and contempt weigh apart from everyday trouble ("Fehler", "late"). */
  'strong-negative-words': s(1, -1, 0),
  'positive-words': s(-1, 1, 0),
  /** Sentences that address the reader and carry negative words: criticism aimed at them. */
  'reader-negative': s(1, -1, 0),
  /** The sentence whose words read most like a reproach (gauges/stance-words.ts), beyond any rule's finding. */
  'stance-words': s(1, -1, 0),
  // Tone words: a reproach of repetition, urgency, absolute intensifiers (phrases/tone.ts).
  repetition: s(1, -1, 0),
  urgency: s(1, -1, 0),
  intensifier: s(1, 0, 0),
  stance: s(1, -1, 0),
  // Loudness. (The engine's older edge and softener signals are left out: the
  // politeness cues above read the same in both languages, they did not.)
  caps: s(1, -1, 0),
  exclamations: s(1, 0, 0),
  // Structure.
  'greeting-line': s(0, 0, 0),
  named: s(0, 1, 0),
  ask: s(0, 0, 1),
  'dated-ask': s(0, 0, 1),
  'no-ask': s(0, 0, -1),
  questions: s(0, 0, 1),
  length: s(0, 0, -1),
} as const satisfies Record<string, CueSigns>;

export type Cue = keyof typeof CUE_SIGNS;
export const CUES = Object.keys(CUE_SIGNS) as Cue[];
