// Rapport's own "what helps me reset" list, shown until the user writes theirs
// (Settings.resetList === null); always in the current UI language.
import { type MessageKey, t } from '../i18n';

export const RESET_DEFAULT_KEYS = [
  'optionsResetDefault1',
  'optionsResetDefault2',
  'optionsResetDefault3',
  'optionsResetDefault4',
  'optionsResetDefault5',
] as const satisfies readonly MessageKey[];

/** The most lines the settings keep (lib/storage/settings.ts checks the same). */
export const RESET_MAX = 30;
/** The longest line the settings keep. */
export const RESET_LINE_MAX = 200;

export function defaultResetList(): string[] {
  return RESET_DEFAULT_KEYS.map((key) => t(key));
}
