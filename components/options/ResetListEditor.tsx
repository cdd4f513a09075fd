import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ListChange } from '../../lib/storage/settings';
import { RESET_LINE_MAX, RESET_MAX } from '../../lib/ui/reset-defaults';

export interface ResetListEditorProps {
  /** The user's own lines; null: Rapport's suggestions. */
  items: string[] | null;
  /** Rapport's suggestions in the UI language (`defaultResetList()`). */
  defaults: string[];
  /** A line added or removed (starting from the suggestions shown while none is stored); null: back to the suggestions. */
  onChange: (change: ListChange | null) => void;
}

/** What helps the user arrive calm before a call: Rapport's suggestions until they write their own. */
export function ResetListEditor({ items, defaults, onChange }: ResetListEditorProps) {
  const [input, setInput] = useState('');
  const lines = items ?? defaults;
  const full = lines.length >= RESET_MAX;

  return (
    <section class="rp-reset" aria-labelledby="rp-reset-heading" data-testid="reset-list">
      <h2 id="rp-reset-heading" class="rp-page__subtitle">
        {t('optionsResetTitle')}
      </h2>
      <p class="rp-muted">{t('optionsResetIntro')}</p>
      <p class="rp-reset__source" data-testid="reset-source">
        <span class="rp-tag">{items === null ? t('optionsResetSuggestions') : t('optionsResetYours')}</span>
      </p>
      {lines.length === 0 ? (
        <p class="rp-muted">{t('optionsResetEmpty')}</p>
      ) : (
        <ul class="rp-reset__list">
          {lines.map((line, index) => (
            // Lines may repeat; their place is their identity.
            <li key={index} class="rp-reset__item" data-testid="reset-item">
              <span id={`rp-reset-${index}`}>{line}</span>
              <button
                type="button"
                class="rp-button rp-button--quiet"
                aria-describedby={`rp-reset-${index}`}
                onClick={() => onChange({ remove: [line], from: defaults })}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="rp-settings rp-reset__form"
        onSubmit={(event) => {
          event.preventDefault();
          const line = input.trim();
          if (!line || full) return;
          onChange({ add: [line], from: defaults });
          setInput('');
        }}
      >
        <label class="rp-settings__row rp-settings__row--stacked">
          <span>{t('optionsResetAdd')}</span>
          <input
            type="text"
            name="resetLine"
            class="rp-focusable rp-input"
            maxLength={RESET_LINE_MAX}
            autoComplete="off"
            disabled={full}
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="rp-button" disabled={full}>
          {t('optionsResetAddButton')}
        </button>
      </form>
      {full && <p class="rp-muted">{t('optionsResetFull', RESET_MAX)}</p>}
      {items !== null && (
        <button type="button" class="rp-button" data-testid="reset-restore" onClick={() => onChange(null)}>
          {t('optionsResetRestore')}
        </button>
      )}
    </section>
  );
}
