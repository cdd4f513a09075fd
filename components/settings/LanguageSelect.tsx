import { type LanguagePreference, t } from '../../lib/i18n';

const LANGUAGE_LABELS = { auto: 'languageAuto', de: 'languageDe', en: 'languageEn' } as const;

export interface LanguageSelectProps {
  value: LanguagePreference;
  onChange: (uiLanguage: LanguagePreference) => void;
}

/** Rapport's UI language: like the browser, German or English (options and welcome page). */
export function LanguageSelect({ value, onChange }: LanguageSelectProps) {
  return (
    <label class="rp-settings__row rp-settings__row--stacked">
      <span>{t('settingsLanguage')}</span>
      <select
        name="uiLanguage"
        class="rp-focusable"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LanguagePreference)}
      >
        {(Object.keys(LANGUAGE_LABELS) as LanguagePreference[]).map((language) => (
          <option key={language} value={language}>
            {t(LANGUAGE_LABELS[language])}
          </option>
        ))}
      </select>
    </label>
  );
}
