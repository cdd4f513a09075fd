import { CATEGORIES } from '../../lib/analysis/types';
import { t } from '../../lib/i18n';
import type { ListChanges, Sensitivity, Settings } from '../../lib/storage/settings';
import { categoryLabel } from './format';

export interface RulesPanelProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Categories and rules turned off or on again: entries added and removed, never the whole list. */
  onListChange: (changes: ListChanges) => void;
}

// Listed here, not imported: a value import from lib/storage would pull storage into the component.
// The Record makes the compiler insist on every level, in this order.
const LEVELS = Object.keys({ gentle: true, normal: true, strict: true } satisfies Record<
  Sensitivity,
  true
>) as Sensitivity[];

/** How much Rapport points out: sensitivity, kinds of finding, and single rules turned off. */
export function RulesPanel({ settings, onChange, onListChange }: RulesPanelProps) {
  const off = new Set<string>(settings.disabledCategories);
  return (
    <section class="rp-rules" aria-labelledby="rp-rules-heading" data-testid="rules">
      <h2 id="rp-rules-heading" class="rp-page__subtitle">
        {t('optionsRulesTitle')}
      </h2>
      <form class="rp-settings" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="rp-fieldset">
          <legend>{t('optionsSensitivity')}</legend>
          {LEVELS.map((level) => (
            <div key={level} class="rp-choice">
              <label class="rp-settings__row rp-choice__label">
                <input
                  type="radio"
                  name="sensitivity"
                  value={level}
                  class="rp-focusable"
                  aria-describedby={`rp-sensitivity-${level}`}
                  checked={settings.sensitivity === level}
                  onChange={() => onChange({ sensitivity: level })}
                />
                <span>{t(`optionsSensitivity_${level}`)}</span>
              </label>
              <p id={`rp-sensitivity-${level}`} class="rp-muted rp-choice__hint">
                {t(`optionsSensitivityHint_${level}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset class="rp-fieldset">
          <legend>{t('optionsCategories')}</legend>
          <p class="rp-muted rp-choice__hint">{t('optionsCategoriesHint')}</p>
          <ul class="rp-checklist">
            {CATEGORIES.map((category) => (
              <li key={category}>
                <label class="rp-settings__row">
                  <input
                    type="checkbox"
                    name="category"
                    value={category}
                    class="rp-focusable"
                    checked={!off.has(category)}
                    onChange={(event) =>
                      onListChange({
                        disabledCategories: event.currentTarget.checked ? { remove: [category] } : { add: [category] },
                      })
                    }
                  />
                  <span>{categoryLabel(category)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </form>
      <section aria-labelledby="rp-disabled-rules-heading">
        <h3 id="rp-disabled-rules-heading" class="rp-options__h3">
          {t('optionsDisabledRules')}
        </h3>
        {settings.disabledRules.length === 0 ? (
          <p class="rp-muted">{t('optionsDisabledRulesNone')}</p>
        ) : (
          <ul class="rp-rules__off">
            {settings.disabledRules.map((rule) => (
              <li key={rule} data-testid="disabled-rule">
                <code id={`rp-rule-${rule}`}>{rule}</code>{' '}
                <button
                  type="button"
                  class="rp-button rp-button--quiet"
                  aria-describedby={`rp-rule-${rule}`}
                  onClick={() => onListChange({ disabledRules: { remove: [rule] } })}
                >
                  {t('optionsTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
