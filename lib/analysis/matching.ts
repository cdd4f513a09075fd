// One pattern index per language holding the phrase data (findings), the
// verdict lexicon's entries of several words and the signals (thanks, asks,
// dates …), so each sentence is walked once.
import { type VerdictPattern, verdictPatterns } from './lexicon';
import { fold, PatternIndex } from './pattern';
import { PHRASES } from './phrases';
import { POLITENESS_KINDS } from './phrases/politeness';
import { SIGNALS, type Signals } from './phrases/signals';
import { TONE_KINDS } from './phrases/tone';
import type { PhraseCategory, PhraseEntry } from './phrases/types';
import type { Language } from './types';

export type SignalKind = keyof Signals;

const SIGNAL_KINDS: readonly SignalKind[] = [
  'appreciation',
  'ask',
  'deadline',
  'date',
  'praise',
  'formal',
  'familiar',
  'edge',
  'softener',
  ...POLITENESS_KINDS,
  ...TONE_KINDS,
];

export interface PhraseHit {
  kind: 'phrase';
  category: PhraseCategory;
  entry: PhraseEntry;
  unlessBefore: Set<string>;
  unlessAfter: Set<string>;
  unlessLater: Set<string>;
  unlessEarlier: Set<string>;
  unlessWithin: Set<string>;
}
/** An entry of several words from the verdict lexicon (lexicon/), judged by rules/verdict.ts. */
export interface VerdictHit {
  kind: 'verdict';
  entry: VerdictPattern;
}
export interface SignalHit {
  kind: 'signal';
  signal: SignalKind;
  /** Words that cancel the match when they follow it ("Liebe Grüße" is no greeting). */
  unlessAfter?: ReadonlySet<string>;
}
export type Hit = PhraseHit | VerdictHit | SignalHit;

let indexes: Partial<Record<Language, PatternIndex<Hit>>> = {};

/** Most phrase entries have no unlessBefore, unlessAfter, unlessLater, unlessEarlier or unlessWithin: they share one empty set (only read). */
const NO_WORDS: Set<string> = new Set();
const wordSet = (words: readonly string[] | undefined): Set<string> =>
  words && words.length > 0 ? new Set(words.map(fold)) : NO_WORDS;

function build(language: Language): PatternIndex<Hit> {
  const index = new PatternIndex<Hit>(language);
  for (const signal of SIGNAL_KINDS) {
    for (const source of SIGNALS[language][signal]) {
      if (typeof source === 'string') index.add(source, { kind: 'signal', signal }, `${language}/signal/${signal}`);
      else {
        const hit: SignalHit = { kind: 'signal', signal, unlessAfter: new Set(source.unlessAfter.map(fold)) };
        index.add(source.pattern, hit, `${language}/signal/${signal}`);
      }
    }
  }
  for (const [category, entries] of Object.entries(PHRASES[language]) as Array<
    [PhraseCategory, readonly PhraseEntry[]]
  >) {
    for (const entry of entries) {
      index.add(
        entry.pattern,
        {
          kind: 'phrase',
          category,
          entry,
          unlessBefore: wordSet(entry.unlessBefore),
          unlessAfter: wordSet(entry.unlessAfter),
          unlessLater: wordSet(entry.unlessLater),
          unlessEarlier: wordSet(entry.unlessEarlier),
          unlessWithin: wordSet(entry.unlessWithin),
        },
        `${language}/${category}/${entry.id}`,
      );
    }
  }
  for (const entry of verdictPatterns(language))
    index.add(contracted(entry.lemma, language), { kind: 'verdict', entry }, `${language}/verdict "${entry.lemma}"`);
  return index;
}

/** An English entry that opens on "not" also reads the copula's contraction: "isn't fit for purpose". */
const contracted = (pattern: string, language: Language): string =>
  language === 'en' && pattern.startsWith('not ')
    ? `not|isn't|aren't|wasn't|weren't|ain't ${pattern.slice(4)}`
    : pattern;

export function indexFor(language: Language): PatternIndex<Hit> {
  const cached = indexes[language];
  if (cached) return cached;
  const index = build(language);
  indexes = { ...indexes, [language]: index };
  return index;
}
