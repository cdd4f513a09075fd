// Phrase data: what to flag, what to offer instead, and one example that must
// trigger the entry and one near miss that must not (tests/lib/analysis/
// phrases.test.ts runs both through the engine). Pattern syntax: ../pattern.ts.

export type PhraseCategory =
  | 'blame'
  | 'absolute'
  | 'being-right'
  | 'pressure'
  | 'hedging'
  | 'dismissive'
  | 'harsh'
  | 'sarcasm'
  | 'but-after-praise';

export interface PhraseEntry {
  /** kebab-case, unique within the language. */
  id: string;
  pattern: string;
  /**
   * Replacements for exactly the matched text, grammatical in place (German case,
   * gender and verb position included). {1}, {2} … insert what the pattern's gaps
   * skipped. '' deletes the match. Leave out when no rewrite is safe: advice only.
   */
  suggestions?: string[];
  /** Harmless when one of these words stands right before the match ("nicht immer"). */
  unlessBefore?: string[];
  /** Harmless when one of these words follows the match. */
  unlessAfter?: string[];
  /** Harmless in a warm sentence with no bad word ("that obviously makes us very happy"). */
  unlessWarm?: boolean;
  /** Harmless in a sentence that gives the reader a condition or a purpose ("To make sure your claim is covered, you must …"). */
  unlessAdvised?: boolean;
  /** Harmless when one of these words stands later in the sentence ("Obviously the old links will still work"). */
  unlessLater?: string[];
  /** Harmless when one of these words stands earlier in the sentence ("none of it is your fault"). */
  unlessEarlier?: string[];
  /** Harmless when one of these words stands inside the match (another entry reads that shape). */
  unlessWithin?: string[];
  /** A more specific message than the category's, in both UI languages. */
  note?: { de: string; en: string };
  /** A sentence that must trigger this entry. */
  hit: string;
  /** A similar sentence that must not. */
  miss: string;
}

export type PhraseBook = Record<PhraseCategory, readonly PhraseEntry[]>;
