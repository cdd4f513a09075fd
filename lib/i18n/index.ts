// All UI text goes through here. The source is the extension's own
// _locales/<lang>/messages.json (also read by the browser for the manifest),
// bundled so the language can change at runtime: browser.i18n cannot switch.
import de from '../../assets/public/_locales/de/messages.json';
import en from '../../assets/public/_locales/en/messages.json';
import { obliqueName } from '../contacts/names';

export type UiLanguage = 'de' | 'en';
export type LanguagePreference = 'auto' | UiLanguage;
export type MessageKey = keyof typeof en;
/** Keys that come in `_one`/`_other` pairs; pass the base to `plural`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? B : never }[MessageKey];

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, Entry>;

export const CATALOGS: Record<UiLanguage, Catalog> = { de, en };
export const UI_LANGUAGES: readonly UiLanguage[] = ['de', 'en'];

let current: UiLanguage = 'en';
const listeners = new Set<(language: UiLanguage) => void>();

/**
 * The user's choice, else the first German or English entry of the browser's
 * locales in order of preference (content languages first); English when none is.
 */
export function resolveLanguage(
  preference: LanguagePreference,
  browserLocales: string | readonly string[],
): UiLanguage {
  if (preference !== 'auto') return preference;
  const locales = typeof browserLocales === 'string' ? [browserLocales] : browserLocales;
  for (const locale of locales) {
    const lower = locale.toLowerCase();
    if (lower.startsWith('de')) return 'de';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function setLanguage(language: UiLanguage): void {
  current = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` with every language set from now on; returns the unsubscribe. */
export function onLanguage(listener: (language: UiLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLanguage(): UiLanguage {
  return current;
}

/**
 * Text that can change the direction of what follows it: explicit bidi controls
 * (an unclosed U+202E turns the rest of the line around) and right-to-left letters.
 */
const DIRECTIONAL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Names and notes come from mails and from the user; inside a first-strong
 * isolate (U+2068 … U+2069) their direction stays theirs and every control
 * they leave open ends with them. Plain text is returned as it is.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}

/** A placeholder named *_dat, *_acc or *_gen holds a person's name in that German case ("Zu $NAME_DAT$"). */
const OBLIQUE = /_(?:dat|acc|gen)$/;

/** The substitutions with each name that fills an oblique slot inflected ("Herr" → "Herrn"). */
function inflect(entry: Entry, substitutions: readonly (string | number)[]): readonly (string | number)[] {
  const inflected = [...substitutions];
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const slot = /^\$([1-9])$/.exec(content);
    const index = Number(slot?.[1]) - 1;
    if (slot && OBLIQUE.test(name) && typeof inflected[index] === 'string')
      inflected[index] = obliqueName(inflected[index] as string);
  }
  return inflected;
}

/** Chrome's messages.json semantics: $NAME$ → placeholder content, $1..$9 → substitutions, $$ → $. */
export function format(entry: Entry, raw: readonly (string | number)[]): string {
  const substitutions = inflect(entry, raw);
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : isolate(String(substitutions[Number(d) - 1] ?? '')),
  );
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  return entry ? format(entry, substitutions) : key;
}

export function plural(base: PluralKey, count: number): string {
  const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count.toLocaleString(current));
}
