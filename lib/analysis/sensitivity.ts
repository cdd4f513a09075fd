// How much Rapport points out. "Gentle" keeps to what hurts a relationship
// (blame, harshness, pressure, sarcasm, shouting, being right); "strict" also
// suggests the pause earlier. Categories the user turned off are never shown.
import { CATEGORIES, type Category } from './types';

export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

const GENTLE: ReadonlySet<Category> = new Set([
  'blame',
  'being-right',
  'pressure',
  'dismissive',
  'harsh',
  'shouting',
  'sarcasm',
]);

/** Tension from which the sidebar suggests a pause before sending (it never blocks sending). */
const PAUSE_AT: Record<Sensitivity, number> = { gentle: 75, normal: 60, strict: 45 };

export function shownCategories(sensitivity: Sensitivity, disabled: readonly Category[]): Set<Category> {
  return new Set(CATEGORIES.filter((c) => !disabled.includes(c) && (sensitivity !== 'gentle' || GENTLE.has(c))));
}

export function pauseAt(sensitivity: Sensitivity): number {
  return PAUSE_AT[sensitivity];
}
