import { browser } from '../browser';
import { type LanguagePreference, resolveLanguage, setLanguage, type UiLanguage } from '../i18n';

/** Makes `preference` the language of every `t()` call in this context. */
export function applyLanguage(preference: LanguagePreference): UiLanguage {
  const language = resolveLanguage(preference, browser.i18n.getUILanguage());
  setLanguage(language);
  return language;
}
