// How much a sentence reads like criticism, blame or pressure aimed at the
// reader, from its words alone: a logistic model over lemmas,
// fitted by `npm run build:stance-words` on client mail written for this
// project's tests (never on the dev set or the public corpora). It feeds the
// gauges' `stance-words` cue, so tension follows a reproach the rules have no
// construction for; it raises no finding of its own.
import { lemmaInfo } from '../lemmas';
import PACKED from '../lexicon/stance-words.json';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { WordInfo } from '../vocabulary';

const DIGIT = /\d/;

export interface StanceModel {
  bias: number;
  /** Lemma → weight. */
  weights: Readonly<Record<string, number>>;
}

export type StanceWeights = Readonly<Record<Language, StanceModel>>;

/** Numbers say which mail it is (a date, an amount), not how it speaks. */
const counts = (info: WordInfo) => !DIGIT.test(info.folded);

/**
 * The features of one sentence's tokens, each once: its lemmas, what the model and its fitting both read.
 * (Word pairs read a little better on held-back written mail, 0.82–0.85 against 0.80 ROC AUC, but would
 * triple the table shipped in background.js.)
 */
export function stanceFeatures(tokens: readonly Token[], language: Language): string[] {
  const features = new Set<string>();
  for (const token of tokens)
    if (token.info && counts(token.info)) features.add(lemmaInfo(token.info, language).folded);
  return [...features];
}

/** The shipped model as stored: per language, the lemmas of each weight in one line (smaller in background.js). */
export type PackedStanceWeights = Readonly<
  Record<Language, { bias: number; byWeight: Readonly<Record<string, string>> }>
>;

/** A packed model as lemma → weight. */
export function unpackStanceWeights(packed: PackedStanceWeights): StanceWeights {
  const model = (language: Language): StanceModel => {
    const weights: Record<string, number> = {};
    for (const [weight, lemmas] of Object.entries(packed[language].byWeight))
      for (const lemma of lemmas.split(' ')) weights[lemma] = Number(weight);
    return { bias: packed[language].bias, weights };
  };
  return { de: model('de'), en: model('en') };
}

/** The model the gauges read: fitted by `npm run build:stance-words`. */
export const STANCE_WEIGHTS: StanceWeights = unpackStanceWeights(PACKED);

/** Each model's weights as maps (a plain object would answer "constructor" or "valueOf" with a function). */
const tables = new WeakMap<StanceWeights, Partial<Record<Language, Map<string, number>>>>();

function tableOf(weights: StanceWeights, language: Language): Map<string, number> {
  let byLanguage = tables.get(weights);
  if (!byLanguage) {
    byLanguage = {};
    tables.set(weights, byLanguage);
  }
  let table = byLanguage[language];
  if (!table) {
    table = new Map(Object.entries(weights[language].weights));
    byLanguage[language] = table;
  }
  return table;
}

const lookup = (info: WordInfo, language: Language, weights: StanceWeights) =>
  counts(info) ? (tableOf(weights, language).get(lemmaInfo(info, language).folded) ?? 0) : 0;

/** A word's weight by its lemma; the shipped model's is kept on the word's shared record. */
function weightOf(info: WordInfo, language: Language, weights: StanceWeights | undefined): number {
  if (weights) return lookup(info, language, weights);
  const cached = language === 'de' ? info.deStance : info.enStance;
  if (cached !== undefined) return cached;
  const weight = lookup(info, language, STANCE_WEIGHTS);
  if (language === 'de') info.deStance = weight;
  else info.enStance = weight;
  return weight;
}

/** The lemmas a sentence has counted: one that recurs counts once, as in the fitting. */
const counted: WordInfo[] = [];

/** The probability that a sentence reads as a reproach, 0–1. */
export function stanceOf(tokens: readonly Token[], language: Language, weights?: StanceWeights): number {
  let z = (weights ?? STANCE_WEIGHTS)[language].bias;
  counted.length = 0;
  for (const token of tokens) {
    if (!token.info) continue;
    const weight = weightOf(token.info, language, weights);
    if (weight === 0) continue;
    const lemma = lemmaInfo(token.info, language);
    if (counted.includes(lemma)) continue;
    counted.push(lemma);
    z += weight;
  }
  return 1 / (1 + Math.exp(-z));
}
