// The engine's contract (../shared/design.md): analyze(text, options) → Analysis.

export type Language = 'de' | 'en';
export type DetectedLanguage = Language | 'other';

export const CATEGORIES = [
  'blame',
  'absolute',
  'being-right',
  'pressure',
  'hedging',
  'dismissive',
  'harsh',
  'shouting',
  'sarcasm',
  'but-after-praise',
  'long-sentence',
  'unclear-ask',
  'formality-mix',
  'missing-appreciation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Formality = 'sie' | 'du' | 'unknown';

export interface ContactHints {
  /** How the user usually addresses this contact (German). */
  formality?: Formality;
  /** The contact's name as the user would write it, e.g. "Frau Schmidt" or "Anna". */
  name?: string;
}

export interface AnalyzeOptions {
  /** Skip detection and treat the draft as this language. */
  language?: Language;
  /** Language of messages and explanations; default: the draft's language (English for 'other'). */
  uiLanguage?: Language;
  contact?: ContactHints;
}

/**
 * A calmer version of the user's own sentence (or two): its own range, usually
 * wider than the finding's. Facts the writer did not give are bracketed
 * placeholders ("[Datum]", "[date]") that the editor selects after applying.
 */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  message: string;
  /** Why, in one line tied to a principle. */
  explanation: string;
  /** Replacement texts for text.slice(start, end); empty where only advice fits. */
  suggestions: string[];
  /** The words that gave the problem away, when the finding reaches further (its clause); what the message quotes. */
  cue?: { start: number; end: number };
  /** Whole-sentence rewrites (lib/analysis/rewrite): one to three, calmest first. */
  rewrites?: Rewrite[];
}

export interface Scores {
  /** Clarity: an ask, a next step, dates, short sentences, no hedging (0–100, higher is better). */
  security: number;
  /** Warmth: thanks, acknowledgement, the name, no blame or condescension (0–100, higher is better). */
  appreciation: number;
  /** Risk to either need: blame, absolutes, being right, pressure, harshness … (0–100, higher is worse). */
  tension: number;
}

export type ScoreKey = keyof Scores;

/** A cue that moved one score: the model's explanation of "why 72" (lib/analysis/gauges). */
export interface Reason {
  score: ScoreKey;
  /** Language-neutral cue id from lib/analysis/gauges/cues.ts, e.g. 'finding:blame', 'gratitude'. */
  cue: string;
  /** The cue's value in this draft (a count or a lexicon sum, before the model's transform). */
  value: number;
  /** The model's weight for the cue and this score (its sign is fixed per cue). */
  weight: number;
  /** How far the cue moved the score, in points of 0–100: positive raises the score. */
  points: number;
  /** The user's words that carry the cue, in text order; empty for a cue that is an absence ("no greeting"). */
  ranges: Array<{ start: number; end: number }>;
}

/**
 * What the scores say about the draft as a whole: 'calm' (nothing to adjust:
 * tension low and appreciation fine), 'review' (worth a second look) or
 * 'tense' (likely to hurt the relationship). Follows the scores, never the
 * number of findings shown.
 */
export type Verdict = 'calm' | 'review' | 'tense';

export interface Stats {
  words: number;
  sentences: number;
  /** Words in the part that was analysed (without quoted replies and signature). */
  analysedWords: number;
  longestSentenceWords: number;
  questions: number;
  /** How a German draft addresses the reader: learned per recipient when the mail is sent. */
  addressForm: 'sie' | 'du' | 'mixed' | null;
}

export interface Analysis {
  language: DetectedLanguage;
  findings: Finding[];
  scores: Scores;
  /** The cues behind each score, strongest first per score. */
  reasons: Reason[];
  verdict: Verdict;
  stats: Stats;
}
