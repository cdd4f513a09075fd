import type { Category } from '../types';

/** How the form is written in a message. */
export const form = (f: 'sie' | 'du'): string => (f === 'sie' ? 'Sie' : 'du');

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
