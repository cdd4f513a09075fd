// The verdict follows the scores: "nothing to adjust" only when the draft reads
// calm and warm enough, never because findings were ignored or missed.
import type { Scores, Verdict } from './types';

/** Tension below this and appreciation at least CALM_APPRECIATION: calm. */
export const CALM_TENSION = 25;
export const CALM_APPRECIATION = 45;
/** Tension from here on: tense. */
export const TENSE_TENSION = 50;

export function verdictOf(scores: Scores): Verdict {
  if (scores.tension >= TENSE_TENSION) return 'tense';
  if (scores.tension < CALM_TENSION && scores.appreciation >= CALM_APPRECIATION) return 'calm';
  return 'review';
}
