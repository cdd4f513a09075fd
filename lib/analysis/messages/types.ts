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
  /** Options laid out, then a shrug instead of a question ("Anyway, something to think about."). */
  unclearAskChoice: string;
  /** Every ask in the mail leaves open what, who or when. */
  unclearAskVague: string;
  /** {match} is the word of the minority form as the user wrote it ("dir", "Ihnen"). */
  formalityMix: (minority: 'sie' | 'du') => string;
  /** {match} is the word of the form the user does not usually write to this contact. */
  formalityContact: (used: 'sie' | 'du') => string;
  shoutingCaps: string;
  shoutingMarks: string;
  /** Capitals and stacked marks in one sentence. */
  shoutingBoth: string;
  /** The connector as the user wrote it ("allerdings", "that said"). */
  butAfterPraise: (connector: string) => string;
  butAfterPraiseWhy: (connector: string) => string;
  /** Praise taken back at the start of the next sentence ("Danke für die Pläne. Allerdings …"). */
  butAfterPraiseNextWhy: (connector: string) => string;
  /** Thanks or praise next to a situation that weighs on the reader, quoted as written ("nach drei Wochen"). */
  sarcasmSituationWhy: (situation: string) => string;
  /** A word of the reader's put in scare quotes, without its marks. */
  sarcasmQuotes: (word: string) => string;
  sarcasmQuotesWhy: (word: string) => string;
  /** A condition tied to a sanction; {match} is the sanction's words. */
  ultimatum: string;
  ultimatumWhy: string;
}
