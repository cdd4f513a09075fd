import type { Category } from '../types';

/** What Rapport says about each category, in one UI language. `{match}` is the flagged text. */
export interface CategoryText {
  message: string;
  explanation: string;
}

export interface EngineMessages {
  categories: Record<Category, CategoryText>;
  longSentence: (words: number, limit: number) => string;
  unclearAskNoRequest: string;
  unclearAskNoDate: string;
  formalityMix: (minority: 'sie' | 'du') => string;
  formalityContact: (used: 'sie' | 'du', usual: 'sie' | 'du') => string;
  shoutingCaps: string;
  shoutingMarks: string;
}
