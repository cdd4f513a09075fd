import type { Category, ScoreKey, Scores, Verdict } from '../analysis';

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
}

export type Notice = 'changed' | 'failed' | null;
