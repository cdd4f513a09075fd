import type { Category, Scores } from '../analysis';

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

export interface Review {
  findings: FindingView[];
  scores: Scores;
}

export type Notice = 'changed' | 'failed' | null;
