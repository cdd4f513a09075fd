// Pattern data that belongs to one rule (request frames, dates, warm wishes),
// kept in a data module next to it and matched here, sentence by sentence.
// Pattern syntax: ../pattern.ts.

import type { SentenceView } from '../document';
import { fold, markGerman, PatternIndex } from '../pattern';
import type { Language } from '../types';
import { intern, markSentence, type WordInfo } from '../vocabulary';

export interface FrameEntry {
  /** kebab-case, unique within the language. */
  id: string;
  pattern: string;
  /** Not a match when one of these words follows it, right after or one word later ("if you could see", "eilt es nicht"). */
  unlessAfter?: readonly string[];
  /** Not a match when one of these words stands right before it ("nicht immer", "not always"). */
  unlessBefore?: readonly string[];
  /** Not a match when one of these words stands inside it, a particle the pattern skipped („Sorgen Sie bitte dafür“). */
  unlessWithin?: readonly string[];
  /** A sentence the entry must find. */
  hit: string;
  /** A similar sentence it must not. */
  miss: string;
}

export type FrameBook = Record<Language, readonly FrameEntry[]>;

/** Every matcher made, so that a test can compile each book: a rule swallows a bad pattern's error at run time. */
const made: FrameMatcher[] = [];
export const frameMatchers = (): readonly FrameMatcher[] => made;

/** Token indexes (inclusive) of one match in its sentence. */
export interface FrameSpan {
  first: number;
  last: number;
  entry: FrameEntry;
}

/**
 * The required steps of a pattern made of plain words, read from its source:
 * a sentence must hold all words of one alternative of each step ("a+bit|somewhat":
 * "a" and "bit", or "somewhat") for the pattern to match.
 */
export function requiredSteps(pattern: string): string[][][] {
  const steps: string[][][] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    const step = requiredStep(raw);
    if (step) steps.push(step);
  }
  return steps;
}

/** The first of requiredSteps(pattern), or null when it has none: parts after it are not read. */
export function firstRequiredStep(pattern: string): string[][] | null {
  // The parts as requiredSteps splits them, read one at a time: most patterns stop at their first.
  const parts = /\S+/g;
  for (let part = parts.exec(pattern); part; part = parts.exec(pattern)) {
    const step = requiredStep(part[0]);
    if (step) return step;
  }
  return null;
}

/** One part's words, or null when it requires no plain word; data modules repeat parts, so each is read once. */
const requiredParts = new Map<string, string[][] | null>();

/** A part of plain words only: words joined by | and +, each perhaps marked exact (=). */
const PLAIN_PART = /^=?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*(?:[|+]=?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)*$/u;

function requiredStep(raw: string): string[][] | null {
  const known = requiredParts.get(raw);
  if (known !== undefined) return known;
  // One test of the whole part, not one per word: the books spell long word lists.
  const part = raw.charCodeAt(0) === 94 ? raw.slice(1) : raw;
  const step = PLAIN_PART.test(part)
    ? part
        .split('|')
        .map((alternative) => alternative.split('+').map((w) => fold(w.charCodeAt(0) === 61 ? w.slice(1) : w)))
    : null;
  requiredParts.set(raw, step);
  return step;
}

/**
 * An entry's required steps as shared records, read from its pattern when a sentence first holds
 * one of its trigger words: most entries' triggers never occur, and their other parts are never read.
 */
interface Trigger {
  pattern: string;
  steps: WordInfo[][][] | null;
}

/** Whether the sentence marked with `stamp` holds all words of some alternative of every step. */
function holds(trigger: Trigger, stamp: number): boolean {
  trigger.steps ??= requiredSteps(trigger.pattern).map(internedStep);
  return trigger.steps.every((step) => step.some((words) => words.every((info) => info.seen === stamp)));
}

/** The word an alternative is looked up by: its longest, as the rarest ("bit" in "a bit"). */
const keyOf = (words: readonly WordInfo[]) => words.reduce((a, b) => (b.folded.length > a.folded.length ? b : a));

const NONE: FrameSpan[] = [];

/** A required step's words as shared records (requiredSteps shares the steps of equal parts). */
const internedSteps = new WeakMap<string[][], WordInfo[][]>();
function internedStep(step: string[][]): WordInfo[][] {
  let interned = internedSteps.get(step);
  if (!interned) {
    interned = step.map((words) => words.map((w) => intern(w, true)));
    internedSteps.set(step, interned);
  }
  return interned;
}

/**
 * Every matcher's triggers, per language, get an id; each trigger word lists the ids it
 * serves (WordInfo.frames). A sentence's words are read once for the ids they hold, so
 * the thirty-odd matchers a sentence is asked about skip it with one bit test each.
 */
let nextId = 0;
/** Bumped when a matcher files its triggers: a sentence read before lacks their ids. */
let generation = 0;

interface Read {
  generation: number;
  /** Bit `id` set: the sentence holds a trigger word of matcher `id`. */
  bits: Uint32Array;
}

/** Per sentence (its tokens), weakly held: every rule asks its matchers about each sentence. */
const reads = new WeakMap<readonly unknown[], Read>();
let lastTokens: readonly unknown[] | null = null;
let lastRead: Read | null = null;

function triggersIn(tokens: SentenceView['tokens']): Uint32Array {
  if (tokens === lastTokens && lastRead?.generation === generation) return lastRead.bits;
  let read = reads.get(tokens);
  if (read?.generation !== generation) {
    const bits = new Uint32Array((nextId + 31) >> 5);
    for (const token of tokens) {
      const ids = token.info?.frames;
      if (ids) for (const id of ids) bits[id >> 5] = (bits[id >> 5] as number) | (1 << (id & 31));
      const headIds = token.head?.frames;
      if (headIds) for (const id of headIds) bits[id >> 5] = (bits[id >> 5] as number) | (1 << (id & 31));
    }
    read = { generation, bits };
    reads.set(tokens, read);
  }
  lastTokens = tokens;
  lastRead = read;
  return read.bits;
}

export class FrameMatcher {
  private readonly indexes: Partial<Record<Language, PatternIndex<FrameEntry>>> = {};
  /**
   * Per language: each entry's required steps, keyed by the longest word of each
   * alternative of its first step, so a sentence is checked from its own words, not
   * against every entry. Null when some entry requires no plain word: then every
   * sentence may match.
   */
  private readonly triggers: Partial<Record<Language, Map<WordInfo, Trigger[]> | null>> = {};
  /** The id of each language's triggers (readTriggers). */
  private readonly ids: Partial<Record<Language, number>> = {};

  constructor(
    readonly name: string,
    readonly book: FrameBook,
  ) {
    made.push(this);
  }

  private index(language: Language): PatternIndex<FrameEntry> {
    const cached = this.indexes[language];
    if (cached) return cached;
    const index = new PatternIndex<FrameEntry>(language);
    for (const entry of this.book[language]) index.add(entry.pattern, entry, `${this.name} ${language}/${entry.id}`);
    this.indexes[language] = index;
    return index;
  }

  /** The triggers of a language, built on its first sentence; the index waits for a sentence that may match. */
  private triggersOf(language: Language): Map<WordInfo, Trigger[]> | null {
    const cached = this.triggers[language];
    if (cached !== undefined) return cached;
    let triggers: Map<WordInfo, Trigger[]> | null = new Map();
    for (const entry of this.book[language]) {
      const step = firstRequiredStep(entry.pattern);
      if (!step) {
        triggers = null;
        break;
      }
      const trigger: Trigger = { pattern: entry.pattern, steps: null };
      for (const info of new Set(internedStep(step).map(keyOf))) {
        const list = triggers.get(info);
        if (list) list.push(trigger);
        else triggers.set(info, [trigger]);
      }
    }
    this.triggers[language] = triggers;
    if (triggers) {
      const id = nextId++;
      this.ids[language] = id;
      for (const info of triggers.keys()) {
        if (info.frames) info.frames.push(id);
        else info.frames = [id];
      }
      generation++;
    }
    return triggers;
  }

  /** Whether some entry can match in this sentence: most sentences lack a word each of them needs. */
  private mayMatch(sentence: SentenceView): boolean {
    const triggers = this.triggersOf(sentence.language);
    if (triggers === null) return true;
    const id = this.ids[sentence.language] as number;
    if (sentence.language === 'de') markGerman(sentence.tokens);
    if (((triggersIn(sentence.tokens)[id >> 5] as number) & (1 << (id & 31))) === 0) return false;
    const stamp = markSentence(sentence.tokens);
    for (const token of sentence.tokens) {
      const candidates = token.info ? triggers?.get(token.info) : undefined;
      if (candidates) for (const trigger of candidates) if (holds(trigger, stamp)) return true;
      const byHead = token.head ? triggers?.get(token.head) : undefined;
      if (byHead) for (const trigger of byHead) if (holds(trigger, stamp)) return true;
    }
    return false;
  }

  /** The frames found in one sentence, in order. */
  spans(sentence: SentenceView): readonly FrameSpan[] {
    if (!this.mayMatch(sentence)) return NONE;
    const index = this.index(sentence.language);
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
      const before = tokens[match.first - 1];
      if (entry.unlessBefore && before?.word && entry.unlessBefore.some((w) => fold(w) === before.folded)) return;
      if (
        entry.unlessWithin &&
        tokens
          .slice(match.first, match.last + 1)
          .some((t) => t.word && entry.unlessWithin?.some((w) => fold(w) === t.folded))
      )
        return;
      spans.push({ first: match.first, last: match.last, entry });
    });
    return spans;
  }

  has(sentence: SentenceView): boolean {
    return this.spans(sentence).length > 0;
  }
}
