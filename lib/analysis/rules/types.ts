import type { Doc, SentenceView } from '../document';
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
  /** The why in the UI language, where it names the user's words; defaults to the category's. */
  explanation?: (m: EngineMessages) => string;
  note?: { de: string; en: string };
  /** The words that gave the problem away, when the finding reaches further (its clause): the message quotes them. */
  cue?: { start: number; end: number };
  /** The rule chose how far the finding reaches (a verdict: its subject and predicate; a word in scare quotes); the clause widening leaves it. */
  ownExtent?: boolean;
  /** How many cues the finding stands for (a shouted sentence: its capitals and its marks); scales its tension. */
  weight?: number;
}

export interface Rule {
  id: string;
  /** Whole-mail rules run after the others and see their findings. */
  phase: 'sentence' | 'mail';
  run: (doc: Doc, earlier: readonly RawFinding[]) => RawFinding[];
}

/** A rule that looks at one sentence at a time. */
export function sentenceRule(id: string, check: (sentence: SentenceView) => RawFinding[]): Rule {
  return { id, phase: 'sentence', run: (doc) => doc.sentences.flatMap((sentence) => check(sentence)) };
}
