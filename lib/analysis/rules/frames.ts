// Pattern data that belongs to one rule (request frames, dates, warm wishes),
// kept in a data module next to it and matched here, sentence by sentence.
// Pattern syntax: ../pattern.ts.
import type { SentenceView } from '../document';
import { compilePattern, fold, PatternIndex } from '../pattern';
import type { Language } from '../types';
import { intern, markSentence, type WordInfo } from '../vocabulary';

export interface FrameEntry {
  /** kebab-case, unique within the language. */
  id: string;
  pattern: string;
  /** Not a match when one of these words follows it, right after or one word later ("if you could see", "eilt es nicht"). */
  unlessAfter?: readonly string[];
  /** A sentence the entry must find. */
  hit: string;
  /** A similar sentence it must not. */
  miss: string;
}

export type FrameBook = Record<Language, readonly FrameEntry[]>;

/** Token indexes (inclusive) of one match in its sentence. */
export interface FrameSpan {
  first: number;
  last: number;
  entry: FrameEntry;
}

/**
 * The required steps of a pattern made of plain words, read from its source:
 * a sentence must hold one word of each for the pattern to match.
 */
export function requiredWords(pattern: string): string[][] {
  const steps: string[][] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    const part = raw.replace(/^\^/, '');
    if (part === '' || part === '$' || part.startsWith('~') || part.startsWith('(')) continue;
    const words = part.split('|').map((alternative) => (alternative.split('+')[0] as string).replace(/^=/, ''));
    if (words.every((w) => /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u.test(w))) steps.push(words.map(fold));
  }
  return steps;
}

const NONE: FrameSpan[] = [];

export class FrameMatcher {
  private readonly indexes: Partial<Record<Language, PatternIndex<FrameEntry>>> = {};
  /** Per language and entry: the words of each required step, one of which a sentence must hold. */
  private readonly required: Partial<Record<Language, WordInfo[][][]>> = {};

  constructor(
    private readonly name: string,
    private readonly book: FrameBook,
  ) {}

  private index(language: Language): PatternIndex<FrameEntry> {
    const cached = this.indexes[language];
    if (cached) return cached;
    const index = new PatternIndex<FrameEntry>(language);
    for (const entry of this.book[language]) {
      try {
        index.add(compilePattern(entry.pattern, language), entry);
      } catch (error) {
        throw new Error(`${this.name} ${language}/${entry.id}: ${(error as Error).message}`);
      }
    }
    this.indexes[language] = index;
    this.required[language] = this.book[language].map((e) =>
      requiredWords(e.pattern).map((step) => step.map((w) => intern(w, true))),
    );
    return index;
  }

  /** Whether some entry can match in this sentence: most sentences lack a word each of them needs. */
  private mayMatch(sentence: SentenceView): boolean {
    const stamp = markSentence(sentence.tokens);
    return (this.required[sentence.language] ?? []).some((steps) =>
      steps.every((step) => step.some((info) => info.seen === stamp)),
    );
  }

  /** The frames found in one sentence, in order. */
  spans(sentence: SentenceView): readonly FrameSpan[] {
    const index = this.index(sentence.language);
    if (!this.mayMatch(sentence)) return NONE;
    const spans: FrameSpan[] = [];
    const { tokens } = sentence;
    index.forEachMatch(tokens, (match, entry) => {
      if (entry.unlessAfter) {
        const after = tokens
          .slice(match.last + 1)
          .filter((t) => t.word)
          .slice(0, 2);
        if (after.some((t) => entry.unlessAfter?.some((w) => fold(w) === t.folded))) return;
      }
      spans.push({ first: match.first, last: match.last, entry });
    });
    return spans;
  }

  has(sentence: SentenceView): boolean {
    return this.spans(sentence).length > 0;
  }
}
