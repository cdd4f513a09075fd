// The gauges as calibrated estimates: a logistic model per score over the
// cues of ./cues.ts, with the weights tests/tools/train.ts fits (weights.json).
// Tension is the expected severity a coach would give (0 fine … 3 hostile,
// an ordinal model with one threshold per step) on 0–100; appreciation and
// clarity are the chance a coach finds the draft warm, and clear, enough.
// Every cue's contribution is kept, so the UI can say why a score is what it is.
import type { Reason, ScoreKey, Scores } from '../types';
import { CUES } from './cues';
import type { CueReadings } from './features';
import WEIGHTS from './weights.json';

export interface ScoreModel {
  /** Intercepts of the client-mail corpus: three steps of severity for tension, one otherwise. */
  intercepts: readonly number[];
  /** Per cue id; a cue missing here weighs 0. */
  weights: Readonly<Record<string, number>>;
}

export interface GaugeWeights {
  cues: readonly string[];
  /** Cues whose value enters as is (0/1); the others as log(1 + value). */
  binary: readonly string[];
  scores: Readonly<Record<ScoreKey, ScoreModel>>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's transform of a raw cue value: counts and sums with diminishing returns. */
export function transform(value: number, binary: boolean): number {
  return binary ? (value > 0 ? 1 : 0) : Math.log1p(Math.max(0, value));
}

/** A score from the linear part z: the mean of the step probabilities, 0–100. */
export function scoreOf(model: ScoreModel, z: number): number {
  let sum = 0;
  for (const b of model.intercepts) sum += sigmoid(b + z);
  return (100 * sum) / model.intercepts.length;
}

export interface Gauged {
  scores: Scores;
  reasons: Reason[];
}

/** Below this many points a cue is no reason worth showing. */
const MIN_POINTS = 0.5;

/** The weights as vectors in the order of CUES, worked out once per weights object (not per draft). */
interface Prepared {
  binary: boolean[];
  weights: Record<ScoreKey, number[]>;
}
const prepared = new WeakMap<GaugeWeights, Prepared>();

function prepare(weights: GaugeWeights): Prepared {
  const known = prepared.get(weights);
  if (known) return known;
  const binary = new Set(weights.binary);
  const vector = (model: ScoreModel) => CUES.map((cue) => model.weights[cue] ?? 0);
  const made: Prepared = {
    binary: CUES.map((cue) => binary.has(cue)),
    weights: {
      tension: vector(weights.scores.tension),
      appreciation: vector(weights.scores.appreciation),
      security: vector(weights.scores.security),
    },
  };
  prepared.set(weights, made);
  return made;
}

export function gauge(readings: CueReadings, weights: GaugeWeights = WEIGHTS as GaugeWeights): Gauged {
  const { binary, weights: vectors } = prepare(weights);
  const x = CUES.map((_, i) => transform(readings.values[i] as number, binary[i] as boolean));
  const scores = { tension: 0, appreciation: 0, security: 0 } as Scores;
  const reasons: Reason[] = [];
  for (const key of ['tension', 'appreciation', 'security'] as const) {
    const model = weights.scores[key];
    const w = vectors[key];
    let z = 0;
    for (let i = 0; i < CUES.length; i++) z += (w[i] as number) * (x[i] as number);
    const score = scoreOf(model, z);
    scores[key] = Math.round(score);
    const mine: Reason[] = [];
    for (let i = 0; i < CUES.length; i++) {
      const weight = w[i] as number;
      const contribution = weight * (x[i] as number);
      if (contribution === 0) continue;
      const points = score - scoreOf(model, z - contribution);
      if (Math.abs(points) < MIN_POINTS) continue;
      mine.push({
        score: key,
        cue: CUES[i] as string,
        value: readings.values[i] as number,
        weight,
        points: Math.round(points * 10) / 10,
        ranges: readings.ranges[i] ?? [],
      });
    }
    mine.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    reasons.push(...mine);
  }
  return { scores, reasons };
}
