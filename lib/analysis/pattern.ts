// A small pattern language over tokens, for phrase data that non-programmers
// can read and edit:
//
//   wie (ich) bereits|schon erwähnt|gesagt    words; a|b alternatives; (x) optional
//   immer|jedes+mal zu spät                   + joins words into one alternative ("jedes mal")
//   sie haben ~3 vergess*                      ~3: up to 3 tokens of any kind; ~1-4: 1 to 4
//   =Sie müssen                                =: exact case ("Sie", not "sie")
//   danke , aber                               punctuation , ! ? . : ; is a token of its own
//   ^das ist falsch $                          ^ sentence start, $ sentence end (before final punctuation)
//   <reader> @vergessen                        <class>: a word class (phrases/classes.ts);
//                                              @word: any form of that lemma (hast, habt, hätten → @haben)
//
// Matching is case-insensitive and treats ß and ss alike (Swiss spelling).
// Up to two particles (<particle>: doch, wirklich, really, just …) may stand
// between any two steps: "das ist doch wirklich kein …" matches "das ist kein".
// Gaps are bounded, so matching stays linear in the text length.

import { markCompoundHeads } from './compounds';
import { lemmaInfo } from './lemmas';
import { CLASSES, WORD_CLASSES, type WordClass } from './phrases/classes';
import { markProgressives } from './progressive';
import { markSeparableVerbs } from './separable';
import { markThirdPersonSie } from './third-person-sie';
import { fold, type Token } from './tokenize';
import type { Language } from './types';
import { intern, markSentence, type WordInfo } from './vocabulary';

export { fold };

interface Word {
  value: string;
  prefix: boolean;
  exact: boolean;
  punct: boolean;
  /** Matches any form of the lemma `value`. */
  lemma?: boolean;
  /** Matches any one word (the nouns after a possessive in <reader>). */
  any?: boolean;
}
/** One or more consecutive words. */
type Alternative = Word[];
interface Step {
  kind: 'step';
  alternatives: Alternative[];
  optional: boolean;
  /** Words in the longest alternative. */
  longest: number;
  /** The one-word alternatives, by kind. */
  one: OneWord;
  /** The alternatives of n ≥ 2 words at [n], with their first words by kind: most tokens start none of them. */
  several: Array<{ alternatives: Alternative[]; first: OneWord } | undefined>;
}
interface Gap {
  kind: 'gap';
  min: number;
  max: number;
}
type Element = Step | Gap;

export interface CompiledPattern {
  source: string;
  elements: Element[];
  anchorStart: boolean;
  anchorEnd: boolean;
  /**
   * For each required step after the first made only of whole words: the
   * words it may start with. A sentence lacking all of one step's words cannot match.
   */
  required: RequiredStep[];
}

/**
 * The words a required step may start with, and whether the sentence marked
 * `stamp` holds one. Patterns share their steps (parsedSteps), so hundreds of
 * patterns naming one word list ask it once per sentence.
 */
export interface RequiredStep {
  words: WordInfo[];
  stamp: number;
  holds: boolean;
}

const requiredSteps = new WeakMap<Alternative[], RequiredStep>();

function requiredOf(alternatives: Alternative[]): RequiredStep {
  let step = requiredSteps.get(alternatives);
  if (!step) {
    step = { words: alternatives.map((a) => intern(fold((a[0] as Word).value), true)), stamp: -1, holds: false };
    requiredSteps.set(alternatives, step);
  }
  return step;
}

export interface PatternMatch {
  /** Token indexes into the sentence, inclusive. */
  first: number;
  last: number;
  /** Character ranges of the text each gap skipped, in order. */
  gaps: Array<[number, number]>;
}

const PUNCT = /^[,!?.:;…]$/;
const ANY: Word = { value: '', prefix: false, exact: false, punct: false, any: true };

/** Alternatives by spelling: the data repeats them across thousands of step lists. Never changed once made. */
const parsedAlternatives = new Map<string, Alternative>();

function parseAlternative(raw: string): Alternative {
  let alternative = parsedAlternatives.get(raw);
  if (!alternative) {
    alternative = raw.includes('+') ? raw.split('+').map(parseWord) : [parseWord(raw)];
    parsedAlternatives.set(raw, alternative);
  }
  return alternative;
}

/**
 * Parsed words, shared by every pattern that spells them alike: the data
 * repeats the same word lists in hundreds of patterns, and the first
 * analyze() after the service worker starts compiles them all. Words are
 * never changed once made.
 */
const parsedWords = new Map<string, Word>();
/** The alternatives of each <class>, per language. */
const parsedClasses = new Map<string, Alternative[]>();
/** Whole steps ("geschickt|gesendet|…"), per language: a data module spells one list into many patterns. */
const parsedSteps: Record<Language, Map<string, Alternative[]>> = { de: new Map(), en: new Map() };

function stepAlternatives(body: string, language: Language): Alternative[] {
  const steps = parsedSteps[language];
  const known = steps.get(body);
  if (known) return known;
  const alternatives: Alternative[] = [];
  for (const alt of body.split('|')) {
    // A <class> starts with '<': the test on the first character spares most alternatives the regex.
    if (alt.charCodeAt(0) === 60 && /^<[a-z]+>$/.test(alt))
      alternatives.push(...classAlternatives(alt.slice(1, -1), language));
    else alternatives.push(parseAlternative(alt));
  }
  steps.set(body, alternatives);
  return alternatives;
}

/** The alternatives a <class> stands for in a language; <reader> adds a possessive with one or two words after it. */
function classAlternatives(name: string, language: Language): Alternative[] {
  const key = `${language}:${name}`;
  const known = parsedClasses.get(key);
  if (known) return known;
  const alternatives = expandClass(name, language);
  parsedClasses.set(key, alternatives);
  return alternatives;
}

function expandClass(name: string, language: Language): Alternative[] {
  if (!(WORD_CLASSES as readonly string[]).includes(name)) throw new Error(`unknown class <${name}>`);
  const book = CLASSES[language];
  const own = book[name as WordClass].words.map(parseAlternative);
  if (name !== 'reader') return own;
  const possessives = book.yours.words.map(parseWord);
  return [
    ...own,
    ...possessives.flatMap((p) => [
      [p, ANY],
      [p, ANY, ANY],
    ]),
  ];
}

function parseWord(raw: string): Word {
  const known = parsedWords.get(raw);
  if (known) return known;
  const word = readWord(raw);
  parsedWords.set(raw, word);
  return word;
}

function readWord(raw: string): Word {
  if (raw.startsWith('@') && raw.length > 1) {
    const lemma = raw.slice(1);
    if (!/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(lemma)) throw new Error(`bad lemma "${raw}"`);
    return { value: fold(lemma), prefix: false, exact: false, punct: false, lemma: true };
  }
  const exact = raw.startsWith('=');
  const body = exact ? raw.slice(1) : raw;
  const prefix = body.endsWith('*') && body.length > 1;
  const word = prefix ? body.slice(0, -1) : body;
  if (PUNCT.test(word)) return { value: word, prefix: false, exact: false, punct: true };
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’:*·_-]*$/u.test(word)) throw new Error(`bad word "${raw}"`);
  return { value: exact ? word : fold(word), prefix, exact, punct: false };
}

/** A pattern's words split at blanks, its anchors taken off. */
function splitSource(source: string): { parts: string[]; anchorStart: boolean; anchorEnd: boolean } {
  const parts = source.trim().split(/\s+/);
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0] === '^') {
    anchorStart = true;
    parts.shift();
  } else if (parts[0]?.startsWith('^')) {
    anchorStart = true;
    parts[0] = parts[0].slice(1);
  }
  if (parts[parts.length - 1] === '$') {
    anchorEnd = true;
    parts.pop();
  }
  return { parts, anchorStart, anchorEnd };
}

/** A step's alternatives and whether it is optional, or a gap: what indexing a pattern needs. */
type Part = { kind: 'step'; alternatives: Alternative[]; optional: boolean } | Gap;

function parsePart(part: string, language: Language): Part {
  const gap = /^~(\d+)(?:-(\d+))?$/.exec(part);
  if (gap) {
    const [min, max] = gap[2] === undefined ? [0, Number(gap[1])] : [Number(gap[1]), Number(gap[2])];
    if (max > 8 || min > max) throw new Error(`gap "${part}" must lie within 0..8`);
    return { kind: 'gap', min, max };
  }
  const optional = part.startsWith('(') && part.endsWith(')');
  return { kind: 'step', optional, alternatives: stepAlternatives(optional ? part.slice(1, -1) : part, language) };
}

/** Elements by spelling, per language: patterns repeat parts, and elements are never changed once made. */
const parsedElements: Record<Language, Map<string, Element>> = { de: new Map(), en: new Map() };

function parseElement(part: string, language: Language): Element {
  const known = parsedElements[language].get(part);
  if (known) return known;
  const parsed = parsePart(part, language);
  let longest = 0;
  if (parsed.kind === 'step') for (const a of parsed.alternatives) if (a.length > longest) longest = a.length;
  const element: Element =
    parsed.kind === 'gap'
      ? parsed
      : { ...parsed, longest, one: oneWordOf(parsed.alternatives), several: severalOf(parsed.alternatives) };
  parsedElements[language].set(part, element);
  return element;
}

/** Compiles a pattern for one language (classes and lemmas differ by language; default German). */
export function compilePattern(source: string, language: Language = 'de'): CompiledPattern {
  const { parts, anchorStart, anchorEnd } = splitSource(source);
  const elements = parts.map((part) => parseElement(part, language));
  const first = elements[0];
  if (first?.kind !== 'step' || elements[elements.length - 1]?.kind !== 'step') {
    throw new Error(`pattern "${source}" must start and end with a word or punctuation`);
  }
  if (!elements.some((e) => e.kind === 'step' && !e.optional))
    throw new Error(`pattern "${source}" has no required step`);
  const required = elements
    .slice(1)
    .filter((e): e is Step => e.kind === 'step' && !e.optional)
    .filter((step) => step.alternatives.every((a) => plainWord(a[0] as Word)))
    .map((step) => requiredOf(step.alternatives));
  return { source, elements, anchorStart, anchorEnd, required };
}

/**
 * What an index needs to file a pattern: its anchor and first two elements. The
 * rest is compiled when a sentence that holds the words its source requires
 * (sketchOf) first offers the pattern a start, so the first analyze() after the
 * service worker starts compiles a small part of the data, not all of it.
 */
type Head = {
  anchorStart: boolean;
  /** The second part as written, read only where the first could key a pair (its words matter only then). */
  secondPart: string | undefined;
} & (
  | { first: Extract<Part, { kind: 'step' }>; keys: null; single: false }
  /**
   * A first part of whole words and lemmas only: the folded first word of each alternative, the
   * key it is filed under ('@' kept on a lemma), unparsed; `single` when every alternative is one
   * whole word (then a pair may key the pattern).
   */
  | { first: null; keys: string[]; single: boolean }
);

/**
 * A part of whole words and lemmas only ("danke|dank", "=Sie", "not+sure|unsure",
 * "@wirken|sieht"), each valid as readWord reads it and no prefix, class or
 * punctuation: most patterns start and go on so, and most of their words never
 * occur in a draft, so filing them by their folded spellings spares the first
 * analyze() parsing them. Each word starts the part or follows one | or +. The
 * word classes are written once: V8 builds each Unicode property class anew when it
 * compiles a regex (on creation and again on its first two uses), and spelled out
 * per alternative they cost 8 ms, not 3, for creating it and testing the books'
 * 4,144 first parts.
 */
const LITERAL_PART = /^(?![|+])(?:(?:^|[|+])(?:=?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’:·_-]*|@[\p{L}][\p{L}\p{M}'’-]*))+$/u;

/** The folded first word of each alternative of a LITERAL_PART ('@' kept on a lemma), as the parsed step has them. */
function literalKeys(raw: string): string[] {
  return raw.split('|').map((alternative) => {
    const plus = alternative.indexOf('+');
    const w = plus < 0 ? alternative : alternative.slice(0, plus);
    const code = w.charCodeAt(0);
    if (code === 64) return `@${fold(w.slice(1))}`;
    return fold(code === 61 ? w.slice(1) : w);
  });
}

function headOf(source: string, language: Language): Head {
  const { parts, anchorStart } = splitSource(source);
  const raw = parts[0];
  if (raw !== undefined && LITERAL_PART.test(raw)) {
    const single = !raw.includes('+') && !raw.includes('@');
    return { anchorStart, first: null, keys: literalKeys(raw), single, secondPart: parts[1] };
  }
  const first = raw === undefined ? undefined : parsePart(raw, language);
  if (first?.kind !== 'step') throw new Error(`pattern "${source}" must start and end with a word or punctuation`);
  return { anchorStart, first, keys: null, single: false, secondPart: parts[1] };
}

/** A literal whole word: what the indexes and the sentence prefilter can key on. */
function plainWord(w: Word): boolean {
  return !w.punct && !w.prefix && !w.lemma && !w.any;
}

/**
 * What a German sentence's tokens carry beyond their words, marked once per sentence: a separated
 * verb's lemma, a compound's last noun, a "Sie" that is her. Patterns and frame triggers read them.
 */
export function markGerman(tokens: readonly Token[]): void {
  // Each marks a sentence once (its own WeakSet); the matchers a rule asks about one sentence
  // in a row pass the same tokens, which need not be looked up three times again.
  if (tokens === lastGerman) return;
  markSeparableVerbs(tokens);
  markCompoundHeads(tokens);
  markThirdPersonSie(tokens);
  lastGerman = tokens;
}
/** The sentence markGerman marked last. */
let lastGerman: readonly Token[] | null = null;

/** The language of the index being matched (set per sentence by forEachMatch). */
let matchLanguage: Language = 'de';

function wordMatches(w: Word, token: Token | undefined): boolean {
  if (!token) return false;
  if (w.punct) return !token.word && token.holds(w.value);
  if (!token.word) return false;
  if (w.any) return true;
  if (w.lemma)
    return (
      (token.lemma ?? lemmaInfo(token.info as WordInfo, matchLanguage)).folded === w.value ||
      (token.head !== undefined && lemmaInfo(token.head, matchLanguage).folded === w.value)
    );
  if (w.exact) return token.text === w.value && token.thirdPerson !== true;
  if (w.prefix) return token.folded.startsWith(w.value);
  return token.folded === w.value || token.head?.folded === w.value;
}

const particleSets: Partial<Record<Language, Set<string>>> = {};

/** Whether the token is a particle that may stand inside a phrase. */
function isParticle(token: Token | undefined): boolean {
  if (!token?.word) return false;
  let set = particleSets[matchLanguage];
  if (!set) {
    set = new Set(CLASSES[matchLanguage].particle.words.filter((w) => !w.includes('+')).map((w) => fold(w)));
    particleSets[matchLanguage] = set;
  }
  return set.has(token.folded);
}

// Gap bounds of the match being tried, reused across attempts: most attempts
// fail, and a failed attempt should allocate nothing. A stack of `gapCount`
// entries (setting an array's length costs a runtime call per attempt).
const gapStarts: number[] = [];
const gapEnds: number[] = [];
let gapCount = 0;

/** Tries to match `pattern` starting exactly at token `at`. */
function matchAt(pattern: CompiledPattern, tokens: readonly Token[], at: number): PatternMatch | null {
  if (pattern.anchorStart) {
    for (let i = 0; i < at; i++) if (tokens[i]?.word) return null;
  }
  gapCount = 0;
  const last = walk(pattern, tokens, 0, at, at - 1);
  if (last < at) return null;
  const gaps: Array<[number, number]> = [];
  for (let g = 0; g < gapCount; g++) gaps.push([gapStarts[g] as number, gapEnds[g] as number]);
  return { first: at, last, gaps };
}

/** Depth-first over the pattern's elements; returns the index of the last matched token, or -1. */
function walk(pattern: CompiledPattern, tokens: readonly Token[], e: number, i: number, last: number): number {
  const elements = pattern.elements;
  if (e === elements.length) {
    if (pattern.anchorEnd) for (let k = i; k < tokens.length; k++) if (tokens[k]?.word) return -1;
    return last;
  }
  const element = elements[e] as Element;
  if (element.kind === 'gap') {
    for (let skip = element.min; skip <= element.max && i + skip <= tokens.length; skip++) {
      const gapStart = tokens[i]?.start ?? 0;
      gapStarts[gapCount] = gapStart;
      gapEnds[gapCount] = skip > 0 ? (tokens[i + skip - 1]?.end ?? gapStart) : gapStart;
      gapCount++;
      const end = walk(pattern, tokens, e + 1, i + skip, skip > 0 ? i + skip - 1 : last);
      if (end >= 0) return end;
      gapCount--;
    }
    return -1;
  }
  // Between two steps, up to two particles may be skipped ("doch wirklich").
  if (e > 0 && elements[e - 1]?.kind === 'step' && isParticle(tokens[i])) {
    const end = walkStep(pattern, tokens, e, i, last);
    if (end >= 0) return end;
    const one = walkStep(pattern, tokens, e, i + 1, last);
    if (one >= 0) return one;
    return isParticle(tokens[i + 1]) ? walkStep(pattern, tokens, e, i + 2, last) : -1;
  }
  return walkStep(pattern, tokens, e, i, last);
}

/** The one-word alternatives of a step, by kind: one set lookup instead of a scan of dozens of words. */
interface OneWord {
  words: Set<string>;
  exact: Set<string>;
  lemmas: Set<string>;
  prefixes: string[];
  puncts: string[];
  any: boolean;
}

/** Patterns share their steps' alternatives (parsedSteps), so this is built once per distinct list. */
const oneWords = new WeakMap<Alternative[], OneWord>();

function oneWordOf(alternatives: Alternative[]): OneWord {
  const known = oneWords.get(alternatives);
  if (known) return known;
  const one: OneWord = { words: new Set(), exact: new Set(), lemmas: new Set(), prefixes: [], puncts: [], any: false };
  for (const alternative of alternatives) {
    const w = alternative[0] as Word;
    if (alternative.length !== 1) continue;
    if (w.punct) one.puncts.push(w.value);
    else if (w.any) one.any = true;
    else if (w.lemma) one.lemmas.add(w.value);
    else if (w.exact) one.exact.add(w.value);
    else if (w.prefix) one.prefixes.push(w.value);
    else one.words.add(w.value);
  }
  oneWords.set(alternatives, one);
  return one;
}

const severals = new WeakMap<Alternative[], Step['several']>();

function severalOf(alternatives: Alternative[]): Step['several'] {
  const known = severals.get(alternatives);
  if (known) return known;
  const byLength: Alternative[][] = [];
  for (const alternative of alternatives) {
    if (alternative.length < 2) continue;
    const list = byLength[alternative.length];
    if (list) list.push(alternative);
    else byLength[alternative.length] = [alternative];
  }
  const several: Step['several'] = [];
  for (const [n, list] of byLength.entries()) {
    // oneWordOf reads the one-word alternatives: the first words, each as an alternative of its own.
    if (list) several[n] = { alternatives: list, first: oneWordOf(list.map((a) => [a[0] as Word])) };
  }
  severals.set(alternatives, several);
  return several;
}

function oneWordMatches(one: OneWord, token: Token | undefined): boolean {
  if (!token) return false;
  // A token's text is sliced from the draft when asked for: only ask where a punctuation or exact word may match.
  if (!token.word) {
    if (one.puncts.length === 0) return false;
    for (const p of one.puncts) if (token.holds(p)) return true;
    return false;
  }
  const folded = token.folded;
  if (one.any || one.words.has(folded)) return true;
  if (one.exact.size > 0 && one.exact.has(token.text) && token.thirdPerson !== true) return true;
  const head = token.head;
  if (head !== undefined && one.words.has(head.folded)) return true;
  if (one.lemmas.size > 0) {
    if (one.lemmas.has((token.lemma ?? lemmaInfo(token.info as WordInfo, matchLanguage)).folded)) return true;
    if (head !== undefined && one.lemmas.has(lemmaInfo(head, matchLanguage).folded)) return true;
  }
  for (const p of one.prefixes) if (folded.startsWith(p)) return true;
  return false;
}

/** Matches step `e` exactly at token `i`, then the rest of the pattern. */
function walkStep(pattern: CompiledPattern, tokens: readonly Token[], e: number, i: number, last: number): number {
  const element = pattern.elements[e] as Step;
  // Longest alternative first, so "jedes+mal" wins over "jedes"; each length is tried once.
  for (let n = element.longest; n >= 1; n--) {
    let matched = false;
    if (n === 1) matched = oneWordMatches(element.one, tokens[i]);
    else {
      const group = element.several[n];
      if (group && oneWordMatches(group.first, tokens[i]))
        for (const alternative of group.alternatives) {
          matched = true;
          for (let k = 0; k < n && matched; k++) matched = wordMatches(alternative[k] as Word, tokens[i + k]);
          if (matched) break;
        }
    }
    if (!matched) continue;
    const end = walk(pattern, tokens, e + 1, i + n, i + n - 1);
    if (end >= 0) return end;
  }
  return element.optional ? walk(pattern, tokens, e + 1, i, last) : -1;
}

/** Sketched steps by spelling: data modules repeat a part in many patterns. */
const sketchedSteps = new Map<string, RequiredStep | null>();

/**
 * Some of the required steps compilePattern would find, read from the source
 * alone: parts after the first that are neither optional, gaps nor classes and
 * whose alternatives all start with a literal word. Each is a step of the
 * compiled pattern's `required` with the same words, so a sentence that fails
 * the sketch fails the pattern, and the pattern need not be compiled for it.
 */
function sketchOf(source: string): RequiredStep[] {
  const steps: RequiredStep[] = [];
  for (const part of splitSource(source).parts.slice(1)) {
    let step = sketchedSteps.get(part);
    if (step === undefined) {
      step = sketchStep(part);
      sketchedSteps.set(part, step);
    }
    if (step) steps.push(step);
  }
  return steps;
}

function sketchStep(part: string): RequiredStep | null {
  if (part.startsWith('(') || part.startsWith('~') || part.includes('<')) return null;
  const words: WordInfo[] = [];
  for (const alternative of part.split('|')) {
    const plus = alternative.indexOf('+');
    const raw = plus < 0 ? alternative : alternative.slice(0, plus);
    // As readWord reads it: a lemma, a prefix or punctuation is no literal word.
    const body = raw.startsWith('=') ? raw.slice(1) : raw;
    if (raw.startsWith('@') || (body.endsWith('*') && body.length > 1) || PUNCT.test(body)) return null;
    words.push(intern(fold(body), true));
  }
  return { words, stamp: -1, holds: false };
}

/** The candidates of a word that starts no pattern of an index. */
const NO_ENTRIES: readonly never[] = [];

/** Each PatternIndex caches its candidate lists at its own index of WordInfo.candidates. */
let nextSlot = 0;

interface Entry<T> {
  source: string;
  anchorStart: boolean;
  /** Null until a sentence that may match first offers the pattern a start. */
  pattern: CompiledPattern | null;
  /** Required steps read from the source before it is compiled (sketchOf); null until first needed. */
  sketch: RequiredStep[] | null;
  value: T;
  /** Names the entry in a compile error ("de/blame/you-forgot"). */
  label: string;
  stamp: number;
  /** Its place among the index's entries: lists hold entries in the order they were added. */
  order: number;
  /**
   * For a pattern that starts with literal words: its second part, unread until a sentence first
   * holds one of those words (undefined: none; null: read, or not such a pattern).
   */
  second: string | undefined | null;
  /** The folded first words of the second step when it is literal too, which file the entry by the pair (read with `second`). */
  pair: string[] | null;
}

/**
 * Patterns indexed by how they can start: a whole word, a word prefix (by its
 * first two letters), or punctuation. Each token tries only its few candidates.
 */
export class PatternIndex<T> {
  constructor(private readonly language: Language = 'de') {}

  private byWord = new Map<string, Entry<T>[]>();
  private byLemma = new Map<string, Entry<T>[]>();
  private byPrefix3 = new Map<string, Entry<T>[]>();
  private byPrefix2 = new Map<string, Entry<T>[]>();
  private byPunct: Entry<T>[] = [];
  /** Entries keyed by a pair of words, by the first, then the second. */
  private pairs = new Map<WordInfo, Map<WordInfo, Entry<T>[]>>();
  /**
   * Entries that start with literal words, by those words, before their second part is read: a
   * pair of literal words files them in `pairs`, anything else in `byWord`. Read when a sentence
   * first holds the word (most first words of the data never occur in a draft); the lists come
   * out as an eager filing makes them, in the order the entries were added.
   */
  private unread = new Map<string, Entry<T>[]>();
  private anywhere: Entry<T>[] = [];
  /** Entries of `anywhere` anchored at the sentence start: tried only up to its first word. */
  private anywhereAtStart: Entry<T>[] = [];

  // An entry is filed only while it is added, so a second key of its own can only meet it last in a list.
  private static push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  }

  /** Files a pattern (its source; compiled on first use) under the words it can start with. */
  add(source: string, value: T, label = source): void {
    // Candidate lists are cached on words once matching starts.
    if (this.sealed) throw new Error('PatternIndex: add() after matching began');
    let head: Head;
    try {
      head = headOf(source, this.language);
    } catch (error) {
      throw new Error(`${label}: ${(error as Error).message}`);
    }
    const { first } = head;
    // Two literal steps in a row ("you failed", "=Sie müssen") are indexed by the pair, so a
    // common first word ("you", "Sie") does not try every pattern it starts; whether the second
    // step is literal is read with the first word's first occurrence (resolve).
    const literal =
      first === null
        ? head.single
        : !first.optional && first.alternatives.every((a) => a.length === 1 && plainWord(a[0] as Word));
    const entry: Entry<T> = {
      source,
      anchorStart: head.anchorStart,
      pattern: null,
      sketch: null,
      value,
      label,
      stamp: -1,
      order: this.entries.length,
      second: literal ? head.secondPart : null,
      pair: null,
    };
    this.entries.push(entry);
    if (first === null) {
      // As the parsed step would be filed: single words to be read with the word, else by each first word or lemma.
      for (const key of head.keys) {
        if (literal) PatternIndex.push(this.unread, key, entry);
        else if (key.charCodeAt(0) === 64) PatternIndex.push(this.byLemma, key.slice(1), entry);
        else PatternIndex.push(this.byWord, key, entry);
      }
      return;
    }
    if (literal) {
      for (const a of first.alternatives) {
        const w = a[0] as Word;
        PatternIndex.push(this.unread, w.exact ? fold(w.value) : w.value, entry);
      }
      return;
    }
    if (first.optional) {
      (head.anchorStart ? this.anywhereAtStart : this.anywhere).push(entry);
      return;
    }
    for (const alternative of first.alternatives) {
      const head = alternative[0] as Word;
      if (head.lemma) {
        PatternIndex.push(this.byLemma, head.value, entry);
      } else if (head.any) {
        this.anywhere.push(entry);
      } else if (head.punct) {
        if (this.byPunct[this.byPunct.length - 1] !== entry) this.byPunct.push(entry);
      } else if (head.prefix) {
        // Keyed by the first three letters (two for short prefixes): "da*" must not try "danke*".
        if (head.value.length < 2) this.anywhere.push(entry);
        else PatternIndex.push(head.value.length >= 3 ? this.byPrefix3 : this.byPrefix2, head.value.slice(0, 3), entry);
      } else {
        PatternIndex.push(this.byWord, head.exact ? fold(head.value) : head.value, entry);
      }
    }
  }

  /** Calls `found` for every match in one sentence's tokens. */
  forEachMatch(tokens: readonly Token[], found: (match: PatternMatch, value: T) => void): void {
    this.sealed = true;
    matchLanguage = this.language;
    if (this.language === 'de') markGerman(tokens);
    else markProgressives(tokens);
    this.sentence = markSentence(tokens);
    let firstWord = -1;
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens[i] as Token).word) {
        firstWord = i;
        break;
      }
    }
    this.firstWord = firstWord;
    // Most words start nothing in an index: empty lists and an empty pair map are not asked.
    const anywhere = this.anywhere.length > 0 ? this.possibleIn(this.anywhere) : NO_ENTRIES;
    const atStart = this.anywhereAtStart.length > 0;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      const info = token.info;
      this.stamp++;
      const list = info ? this.candidates(info) : this.byPunct;
      if (list.length > 0) this.tryAll(list, tokens, at, found);
      // A lemma the sentence decided (a separable verb) is not in the word's cached candidates.
      if (token.lemma) this.tryAll(this.byLemma.get(token.lemma.folded), tokens, at, found);
      // A compound starts what its last noun starts ("Montagetermin" what "termin" does).
      const head = token.head;
      if (head) this.tryAll(this.candidates(head), tokens, at, found);
      // Pairs are keyed by adjacent words; up to two particles may stand between them.
      const pairs = info && this.pairs.size > 0 ? (this.pairs.get(info) ?? (head && this.pairs.get(head))) : undefined;
      for (let k = at + 1; pairs && k <= at + 3; k++) {
        const next = tokens[k];
        if (next?.info) this.tryAll(pairs.get(next.info), tokens, at, found);
        if (next?.head) this.tryAll(pairs.get(next.head), tokens, at, found);
        if (!isParticle(next)) break;
      }
      if (anywhere.length > 0) this.tryAll(anywhere, tokens, at, found);
      if (atStart && at <= firstWord) this.tryAll(this.anywhereAtStart, tokens, at, found);
    }
  }

  private sealed = false;

  /**
   * Files the entries waiting under a word (unread) as an eager filing would have: by the pair
   * when their second step is literal, else under the word, each list in the order entries were added.
   */
  private resolve(word: string): void {
    const waiting = this.unread.get(word);
    if (!waiting) return;
    // Read every second part before filing any: a broken one throws each time the word comes, as before.
    for (const entry of waiting) if (entry.second !== null) this.readSecond(entry, entry.second);
    this.unread.delete(word);
    const byWord: Entry<T>[] = [];
    for (const entry of waiting) {
      if (!entry.pair) {
        byWord.push(entry);
        continue;
      }
      const key1 = intern(word, true);
      let inner = this.pairs.get(key1);
      if (!inner) {
        inner = new Map();
        this.pairs.set(key1, inner);
      }
      for (const b of entry.pair) {
        const key2 = intern(b, true);
        const list = inner.get(key2);
        if (!list) inner.set(key2, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    }
    if (byWord.length === 0) return;
    // Merged by the order added with the entries filed under the word at once (their first step is not all literal).
    const filed = this.byWord.get(word);
    if (!filed) {
      this.byWord.set(word, byWord);
      return;
    }
    const merged: Entry<T>[] = [];
    let i = 0;
    let j = 0;
    while (i < filed.length || j < byWord.length) {
      const a = filed[i];
      const b = byWord[j];
      if (b === undefined || (a !== undefined && a.order < b.order)) {
        merged.push(a as Entry<T>);
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    this.byWord.set(word, merged);
  }

  /** Reads whether an entry's second step is literal too, which files it by the pair. */
  private readSecond(entry: Entry<T>, raw: string | undefined): void {
    // Whole words (the parts most patterns go on with) need no parsing: their first words are the keys.
    if (raw !== undefined && LITERAL_PART.test(raw)) {
      const keys = literalKeys(raw);
      // A lemma is no plain word: such a step keys no pair.
      if (keys.every((key) => key.charCodeAt(0) !== 64)) entry.pair = keys;
      entry.second = null;
      return;
    }
    let second: Part | undefined;
    try {
      second = raw === undefined ? undefined : parsePart(raw, this.language);
    } catch (error) {
      throw new Error(`${entry.label}: ${(error as Error).message}`);
    }
    if (second?.kind === 'step' && !second.optional && second.alternatives.every((a) => plainWord(a[0] as Word)))
      entry.pair = second.alternatives.map((a) => fold((a[0] as Word).value));
    entry.second = null;
  }

  /** This index's slot in WordInfo.candidates. */
  private readonly slot = nextSlot++;

  /** The entries that may start at a word (whole-word and prefix matches), cached on the word. */
  private candidates(info: WordInfo): readonly Entry<T>[] {
    const cached = info.candidates?.[this.slot] as readonly Entry<T>[] | undefined;
    if (cached) return cached;
    const word = info.folded;
    if (this.unread.size > 0) this.resolve(word);
    const lemma = this.byLemma.size > 0 ? lemmaInfo(info, this.language).folded : '';
    const lists = [
      this.byWord.get(word),
      lemma ? this.byLemma.get(lemma) : undefined,
      word.length >= 3 ? this.byPrefix3.get(word.slice(0, 3)) : undefined,
      this.byPrefix2.get(word.slice(0, 2)),
    ].filter((l) => l !== undefined);
    // Lists are not changed once matching began (add() refuses): a word with one list shares it.
    const list = lists.length === 0 ? NO_ENTRIES : lists.length === 1 ? (lists[0] as Entry<T>[]) : lists.flat();
    info.candidates ??= [];
    info.candidates[this.slot] = list;
    return list;
  }

  private sentence = -1;
  /** Index of the sentence's first word: patterns anchored at ^ start nowhere later. */
  private firstWord = -1;

  /** False when the sentence lacks every word of some required step. */
  private possible(required: readonly RequiredStep[]): boolean {
    const sentence = this.sentence;
    for (const step of required) {
      if (step.stamp !== sentence) {
        step.stamp = sentence;
        step.holds = false;
        for (const info of step.words) {
          if (info.seen === sentence) {
            step.holds = true;
            break;
          }
        }
      }
      if (!step.holds) return false;
    }
    return true;
  }

  /**
   * The entries of a list whose words the sentence holds, as tryAll would find them: for a list
   * tried at every token (anywhere), read once per sentence, not once per token.
   */
  private possibleIn(list: readonly Entry<T>[]): readonly Entry<T>[] {
    const kept: Entry<T>[] = [];
    for (const entry of list) {
      if (!entry.pattern) entry.sketch ??= sketchOf(entry.source);
      if (this.possible(entry.pattern ? entry.pattern.required : (entry.sketch as RequiredStep[]))) kept.push(entry);
    }
    return kept;
  }

  private compile(entry: Entry<T>): CompiledPattern {
    try {
      entry.pattern = compilePattern(entry.source, this.language);
    } catch (error) {
      throw new Error(`${entry.label}: ${(error as Error).message}`);
    }
    return entry.pattern;
  }

  /** Every entry added, in order: for compileAll. */
  private readonly entries: Entry<T>[] = [];

  /** Compiles every pattern now: for tests that check the data, not for matching. */
  compileAll(): void {
    for (const entry of this.entries) if (!entry.pattern) this.compile(entry);
  }

  /** Bumped per token: an entry listed under two keys is tried once per token. */
  private stamp = 0;

  private tryAll(
    list: readonly Entry<T>[] | undefined,
    tokens: readonly Token[],
    at: number,
    found: (match: PatternMatch, value: T) => void,
  ): void {
    if (!list) return;
    for (const entry of list) {
      if (entry.stamp === this.stamp) continue;
      entry.stamp = this.stamp;
      if (entry.anchorStart && at > this.firstWord) continue;
      let pattern = entry.pattern;
      if (!pattern) {
        // Most patterns offered a start lack a word the sentence needs: they wait to be compiled.
        entry.sketch ??= sketchOf(entry.source);
        if (!this.possible(entry.sketch)) continue;
        pattern = this.compile(entry);
      }
      if (!this.possible(pattern.required)) continue;
      const match = matchAt(pattern, tokens, at);
      if (match) found(match, entry.value);
    }
  }
}
