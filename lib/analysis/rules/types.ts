import type { Doc } from '../document';
import type { EngineMessages } from '../messages/types';
import type { Category } from '../types';

/** A finding before it is put into the caller's UI language. */
export interface RawFinding {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  suggestions: string[];
  /** The message in the UI language; defaults to the category's message with {match}. */
  message?: (m: EngineMessages) => string;
  note?: { de: string; en: string };
}

export interface Rule {
  id: string;
  /** Whole-mail rules run after the others and see their findings. */
  phase: 'sentence' | 'mail';
  run: (doc: Doc, earlier: readonly RawFinding[]) => RawFinding[];
}
