// The confidence gate: a finding the mail around it makes unlikely — a lone
// reading in a warm mail — is not shown. Friendly mail flagged for nothing
// costs more than a miss (users uninstall tools that nag), and on mail the
// rules were never read against, most such false alarms stand alone among
// thanks and good news. A logistic model over ./features.ts; its weights
// (gate-weights.json) come from `npm run train:gate`, which reads the findings
// the engine gave each blind batch at its first reading
// (tests/fixtures/gate/first-readings.jsonl).
import type { Doc } from '../document';
import type { CueReadings } from '../gauges/features';
import { isTense } from '../rules/missing-appreciation';
import type { RawFinding } from '../rules/types';
import { GATE_FEATURES, GATED, gateFeatures } from './features';
import WEIGHTS from './gate-weights.json';

export interface GateWeights {
  features: readonly string[];
  intercept: number;
  weights: readonly number[];
  /** A finding whose confidence is below this is not shown. */
  threshold: number;
}

const MODEL = WEIGHTS as GateWeights;

/** Weights fitted for other features would misread every row: then the gate keeps everything (a test fails first). */
export const modelMatches = (model: GateWeights): boolean =>
  model.features.join() === GATE_FEATURES.map(([name]) => name).join() && model.weights.length === GATE_FEATURES.length;

/** The chance, per finding, that a coach would mark it (0–1); `cues` is readCues(doc, …) (its cues that are no findings are read). */
export function confidences(
  doc: Doc,
  findings: readonly RawFinding[],
  cues: CueReadings,
  model: GateWeights = MODEL,
): number[] {
  if (findings.length === 0) return [];
  return gateFeatures(doc, findings, cues).map((row) => {
    let z = model.intercept;
    for (let k = 0; k < row.length; k++) z += (row[k] as number) * (model.weights[k] as number);
    return 1 / (1 + Math.exp(-z));
  });
}

/** The findings the gate keeps, in order; the prompt for appreciation only while what is kept still strains the draft. */
export function keepConfident(
  doc: Doc,
  findings: RawFinding[],
  cues: CueReadings,
  model: GateWeights = MODEL,
): RawFinding[] {
  if (!modelMatches(model) || !findings.some((f) => GATED.has(f.category))) return findings;
  const p = confidences(doc, findings, cues, model);
  const kept = findings.filter((f, i) => !GATED.has(f.category) || (p[i] as number) >= model.threshold);
  if (kept.length === findings.length || isTense(kept)) return kept;
  return kept.filter((f) => f.category !== 'missing-appreciation');
}
