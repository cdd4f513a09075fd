// The verdict follows the scores: "nothing to adjust" only when the draft reads
// calm and warm enough, never because findings were ignored or missed.
import type { Scores, Verdict } from './types';

// Tension is the expected severity a coach would give, on 0–100 (30 ≈ 0.9 of
// 3). Chosen on the dev set's tuning half and the project's friendly mail:
// below 30 holds 99 % of clean tuning mails and 98 % of friendly mails and 1 %
// of damaging or hostile ones (severity ≥ 2); from 45 on holds 92 % of those
// and no clean or friendly mail. Appreciation below 40 is a cold draft.
/** Tension below this and appreciation at least CALM_APPRECIATION: calm. */
export const CALM_TENSION = 30;
export const CALM_APPRECIATION = 40;
/** Tension from here on: tense. */
export const TENSE_TENSION = 45;

export function verdictOf(scores: Scores): Verdict {
  if (scores.tension >= TENSE_TENSION) return 'tense';
  if (scores.tension < CALM_TENSION && scores.appreciation >= CALM_APPRECIATION) return 'calm';
  return 'review';
}
