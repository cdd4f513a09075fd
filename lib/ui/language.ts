import { browser } from '../browser';
import { type LanguagePreference, resolveLanguage, setLanguage, type UiLanguage } from '../i18n';

/**
 * The browser's languages in order of preference: the content languages the
 * user ranked (navigator.languages, also in the service worker), then the
 * browser's own UI locale.
 */
export function browserLocales(): string[] {
  return [...(globalThis.navigator?.languages ?? []), browser.i18n.getUILanguage()];
}

/** Makes `preference` the language of every `t()` call in this context. */
export function applyLanguage(preference: LanguagePreference): UiLanguage {
  const language = resolveLanguage(preference, browserLocales());
  setLanguage(language);
  return language;
}
