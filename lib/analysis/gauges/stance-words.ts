// How much a sentence reads like criticism, blame or pressure aimed at the
// reader, from its words alone: a logistic model over lemmas and word pairs,
// fitted by `npm run build:stance-words` on client mail written for this
// project's tests (never on the dev set or the public corpora). It feeds the
// gauges' `stance-words` cue, so tension follows a reproach the rules have no
// construction for; it raises no finding of its own.
import { lemmaInfo } from '../lemmas';
import WEIGHTS from '../lexicon/stance-words.json';
import type { Token } from '../tokenize';
import type { Language } from '../types';

const DIGIT = /\d/;

export interface StanceModel {
  bias: number;
  /** Lemma → weight. */
  weights: Readonly<Record<string, number>>;
}

export type StanceWeights = Readonly<Record<Language, StanceModel>>;

/**
 * The features of one sentence's tokens, each once: its lemmas, what the model and its fitting both read.
 * (Word pairs read a little better on held-back written mail, 0.82–0.85 against 0.80 ROC AUC, but would
 * triple the table shipped in background.js.)
 */
export function stanceFeatures(tokens: readonly Token[], language: Language): string[] {
  const features = new Set<string>();
  for (const token of tokens) {
    // Numbers say which mail it is (a date, an amount), not how it speaks.
    if (!token.info || DIGIT.test(token.info.folded)) continue;
    features.add(lemmaInfo(token.info, language).folded);
  }
  return [...features];
}

/** Lookup tables per model and language, built once. */
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

/** The probability that a sentence reads as a reproach, 0–1. */
export function stanceOf(tokens: readonly Token[], language: Language, weights?: StanceWeights): number {
  const model = weights ?? (WEIGHTS as StanceWeights);
  const table = tableOf(model, language);
  let z = model[language].bias;
  for (const feature of stanceFeatures(tokens, language)) z += table.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
