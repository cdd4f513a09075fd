// The verdict lexicon (../lexicon/verdicts.*.ts) compiled once per language:
// its words by their folded form, its entries of several words, and the context
// lists that decide degree and target. `lookup` finds the entry a token is a
// form of.
import { lemmasOf } from '../lemma';
import { LEXICONS, type VerdictKind } from '../lexicon';
import type { Degree } from '../lexicon/types';
import { fold, PatternIndex } from '../pattern';
import { CLASSES } from '../phrases/classes';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { WordInfo } from '../vocabulary';

export interface VerdictWord {
  /** The entry as the lexicon writes it: what the finding's rule id names. */
  lemma: string;
  degree: Degree;
  kind: VerdictKind;
  predicateOnly: boolean;
}

/** Words of a context list: single words (some case-exact, "=Sie") and sequences ("alles+andere+als"). */
class Words {
  private readonly folded = new Set<string>();
  private readonly exact = new Set<string>();
  private readonly sequences: string[][] = [];

  constructor(words: readonly string[]) {
    for (const raw of words) {
      if (raw.includes('+')) this.sequences.push(raw.split('+').map(fold));
      else if (raw.startsWith('=')) this.exact.add(raw.slice(1));
      else this.folded.add(fold(raw));
    }
  }

  has(token: Token | undefined): boolean {
    if (!token?.word) return false;
    return this.exact.size > 0 && this.exact.has(token.text) ? true : this.folded.has(token.folded);
  }

  /** Whether a folded single word (not a case-exact one) is listed. */
  hasFolded(word: string): boolean {
    return this.folded.has(word);
  }

  /** Words of a sequence or single word ending at word index `end` (0 when none). */
  endingAt(tokens: readonly Token[], end: number): number {
    if (this.has(tokens[end])) return 1;
    for (const sequence of this.sequences) {
      let k = end;
      let ok = true;
      for (let s = sequence.length - 1; s >= 0 && ok; s--, k--)
        ok = tokens[k]?.word === true && tokens[k]?.folded === sequence[s];
      if (ok) return sequence.length;
    }
    return 0;
  }

  /** Words of a sequence or single word starting at `start` (0 when none). */
  startingAt(tokens: readonly Token[], start: number): number {
    for (const sequence of this.sequences) {
      let ok = true;
      for (let s = 0; s < sequence.length && ok; s++) ok = tokens[start + s]?.folded === sequence[s];
      if (ok) return sequence.length;
    }
    return this.has(tokens[start]) ? 1 : 0;
  }
}

export interface Compiled {
  words: Map<string, VerdictWord>;
  /** The entries of several words, by their pattern (found by the sentence's pattern pass). */
  phrases: Map<string, VerdictWord>;
  sympathy: PatternIndex<true>;
  /** Per shared word record (vocabulary.ts), so a word is looked up once and the cache goes with the vocabulary. */
  cache: WeakMap<WordInfo, VerdictWord | null>;
  negators: Words;
  praiseDeniers: Words;
  notDenying: Words;
  intensifiers: Words;
  softeners: Words;
  litotes: Words;
  partly: Words;
  farFrom: Words;
  copulas: Words;
  judging: Words;
  readerPronouns: Words;
  readerPossessives: Words;
  selfPronouns: Words;
  selfPossessives: Words;
  pointers: Words;
  external: Words;
  reported: Words;
  conditions: Words;
  hypothetical: Words;
  gradable: Words;
  boundaries: Words;
  articles: Words;
  prepositions: Words;
  people: Words;
  receiving: Words;
  thirdParties: Words;
  apologies: Words;
  notExternalAfter: Words;
  ownedByReader: Words;
  misfortune: Words;
  bygone: Words;
  thanks: Words;
  topics: Words;
  work: readonly string[];
  /** External words long enough to end a German compound ("Arbeitswoche", "Wetterlage"). */
  externalParts: readonly string[];
  afterNoun: Words | null;
  /** Words that may stand between a verdict and what points at it ("mir sehr peinlich"). */
  light: Words;
  paired: Map<string, string>;
}

const compiled: Partial<Record<Language, Compiled>> = {};

export function compile(language: Language): Compiled {
  const cached = compiled[language];
  if (cached) return cached;
  const { lexicon, context } = LEXICONS[language];
  const words = new Map<string, VerdictWord>();
  const phrases = new Map<string, VerdictWord>();
  const predicateOnly = new Set(lexicon.predicateOnly.map(fold));
  const add = (entries: Readonly<Record<string, Degree>>, kind: VerdictKind) => {
    for (const [lemma, degree] of Object.entries(entries)) {
      const word: VerdictWord = { lemma, degree, kind, predicateOnly: predicateOnly.has(fold(lemma)) };
      if (kind === 'phrase' || lemma.includes(' ')) phrases.set(lemma, word);
      else words.set(fold(lemma), word);
    }
  };
  add(lexicon.adjectives, 'adjective');
  add(lexicon.nouns, 'noun');
  add(lexicon.phrases, 'phrase');
  add(lexicon.deniedPraise, 'praise');
  const sympathy = new PatternIndex<true>(language);
  for (const source of context.sympathy) sympathy.add(source, true, `${language}/sympathy`);
  const light = [...CLASSES[language].particle.words, ...CLASSES[language].intens.words];
  const result: Compiled = {
    words,
    phrases,
    sympathy,
    cache: new WeakMap(),
    negators: new Words(context.negators),
    praiseDeniers: new Words(context.praiseDeniers),
    notDenying: new Words(context.notDenying),
    intensifiers: new Words(context.intensifiers),
    softeners: new Words(context.softeners),
    litotes: new Words(context.litotes),
    partly: new Words(context.partly),
    farFrom: new Words(context.farFrom),
    copulas: new Words(context.copulas),
    judging: new Words(context.judging),
    readerPronouns: new Words(context.readerPronouns),
    readerPossessives: new Words(context.readerPossessives),
    selfPronouns: new Words(context.selfPronouns),
    selfPossessives: new Words(context.selfPossessives),
    pointers: new Words(context.pointers),
    external: new Words(context.external),
    reported: new Words(context.reported),
    conditions: new Words(context.conditions),
    hypothetical: new Words(context.hypothetical),
    gradable: new Words(context.gradable),
    boundaries: new Words(context.boundaries),
    articles: new Words(context.articles),
    prepositions: new Words(context.prepositions),
    people: new Words(context.people),
    receiving: new Words(context.receiving),
    thirdParties: new Words(context.thirdParties),
    apologies: new Words(context.apologies),
    notExternalAfter: new Words(context.notExternalAfter),
    ownedByReader: new Words(context.ownedByReader),
    misfortune: new Words(context.misfortune),
    bygone: new Words(context.bygone),
    thanks: new Words(context.thanks),
    topics: new Words(context.topics),
    work: context.work.map(fold),
    // Misfortunes count as whole words only: "Kooperation" is no "Operation".
    externalParts: context.external
      .map(fold)
      .filter((w) => w.length >= 5 && !context.misfortune.some((m) => fold(m) === w)),
    afterNoun: context.afterNoun.length > 0 ? new Words(context.afterNoun) : null,
    light: new Words(light),
    paired: new Map(Object.entries(context.paired).map(([k, v]) => [fold(k), fold(v)])),
  };
  compiled[language] = result;
  return result;
}

// Inflection endings tried when neither the word nor its lemma is in the
// lexicon: German adjective endings and degrees, English adverbs and degrees.
const ENDINGS: Record<Language, ReadonlyArray<[string, string]>> = {
  de: [
    ['sten', ''],
    ['ster', ''],
    ['stes', ''],
    ['stem', ''],
    ['ste', ''],
    ['eren', ''],
    ['erer', ''],
    ['eres', ''],
    ['erem', ''],
    ['ere', ''],
    ['er', ''],
    ['en', ''],
    ['em', ''],
    ['es', ''],
    ['e', ''],
    ['n', ''],
    ['s', ''],
  ],
  en: [
    ['ily', 'y'],
    ['ier', 'y'],
    ['iest', 'y'],
    ['ly', ''],
    ['er', ''],
    ['est', ''],
    ['es', ''],
    ['s', ''],
  ],
};

/** The lexicon word a token is a form of, if any. */
export function lookup(c: Compiled, token: Token, language: Language): VerdictWord | null {
  const info = token.info as WordInfo;
  const cached = c.cache.get(info);
  if (cached !== undefined) return cached;
  const folded = info.folded;
  let found = c.words.get(folded) ?? null;
  if (!found) for (const lemma of lemmasOf(folded, language)) found ??= c.words.get(lemma) ?? null;
  if (!found) {
    for (const [ending, replacement] of ENDINGS[language]) {
      if (folded.length > ending.length + 3 && folded.endsWith(ending)) {
        found = c.words.get(folded.slice(0, -ending.length) + replacement) ?? null;
        if (found) break;
      }
    }
  }
  c.cache.set(info, found);
  return found;
}
