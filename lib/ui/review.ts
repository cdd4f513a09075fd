import type { Category, Finding, ScoreKey, Scores, Verdict } from '../analysis';
import { MAX_ANALYSED_CHARS } from '../messaging/limits';

/** A whole-sentence rewrite as the card shows it: the user's words it replaces, and the calmer version. */
export interface RewriteView {
  /** Its place in the finding's rewrites: what applying names. */
  index: number;
  /** The analysed text it replaces (usually the sentence), shown struck through. */
  before: string;
  /** The replacement; gaps the user must fill are bracketed ("[Datum]"). */
  text: string;
}

/** A finding as the sidebar shows it: the analysed words, the advice, the rewrites. */
export interface FindingView {
  /** Stable within one analysis: rule and position. */
  key: string;
  ruleId: string;
  category: Category;
  quote: string;
  message: string;
  explanation: string;
  suggestions: string[];
  /** Whole-sentence rewrites, calmest first. */
  rewrites: RewriteView[];
}

/** A cue behind one score, as "why 72" lists it: its name comes from i18n (`cue_<id>`). */
export interface ReasonView {
  score: ScoreKey;
  cue: string;
  /** How far it moved the score (0–100 scale); positive raises it. */
  points: number;
  /** The user's words from its first range, shortened; null for a cue that is an absence. */
  quote: string | null;
}

export interface Review {
  findings: FindingView[];
  scores: Scores;
  reasons: ReasonView[];
  /** Follows the scores, never the findings shown: ignoring a finding does not calm the draft. */
  verdict: Verdict;
  /** Set when the draft was longer than Rapport reads at once: about this many characters, its start, were analysed. */
  checkedChars?: number;
}

export type Notice = 'changed' | 'failed' | null;

/** Stable within one analysis: rule and position. */
export const findingKey = (f: Pick<Finding, 'ruleId' | 'start'>) => `${f.ruleId}@${f.start}`;

/** A rewrite whose range lies in the analysed text and changes something; others cannot be applied. */
export const usableRewrite = (r: { start: number; end: number; text: string }, text: string) =>
  r.start >= 0 && r.start <= r.end && r.end <= text.length && r.text !== text.slice(r.start, r.end);

/** A finding of the engine as the card shows it, quoting from the analysed `text`. */
export function findingView(f: Finding, text: string): FindingView {
  return {
    key: findingKey(f),
    ruleId: f.ruleId,
    category: f.category,
    quote: text
      .slice(f.start, f.end)
      .trim()
      .replace(/^[,;:.!?\s]+/, ''),
    message: f.message,
    explanation: f.explanation,
    suggestions: f.suggestions,
    rewrites: (f.rewrites ?? []).flatMap((r, index) =>
      usableRewrite(r, text) ? [{ index, before: text.slice(r.start, r.end), text: r.text }] : [],
    ),
  };
}

/** A cut looks back this far for a line break, so the last paragraph read ends whole. */
const CUT_AT_LINE_WITHIN = 2_000;

/**
 * The part of a draft that is analysed: all of it up to MAX_ANALYSED_CHARS, else its
 * start, so that a 1 MB paste never crosses the messaging channel nor the engine.
 */
export function analysedPart(text: string): { text: string; longDraft: boolean } {
  if (text.length <= MAX_ANALYSED_CHARS) return { text, longDraft: false };
  let cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS - 1) + 1;
  if (cut < MAX_ANALYSED_CHARS - CUT_AT_LINE_WITHIN) {
    cut = MAX_ANALYSED_CHARS;
    // Never half an emoji: a low surrogate at the cut goes with its pair.
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
  }
  return { text: text.slice(0, cut), longDraft: true };
}

/** A finding the user ignored in this draft, or a rule they turned off: listed with a restore. */
export interface IgnoredView {
  key: string;
  kind: 'here' | 'rule';
  /** The ignored words (for a rule: those of the finding it was turned off from). */
  quote: string;
  category: Category;
}
