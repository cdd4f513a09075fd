import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ContactNote } from '../../lib/contacts/model';
import { getLanguage, t } from '../../lib/i18n';

export interface AppreciationPromptProps {
  /** Null when the user snoozed questions about this person or none is left. */
  question: string | null;
  /** How the user calls them. */
  name: string;
  lastNote: ContactNote | null;
  status: 'idle' | 'saving' | 'saved' | 'dismissed' | 'error';
  error: string | null;
  onSave: (text: string) => void;
  onDismiss: () => void;
  onSnooze: () => void;
}

const day = (iso: string) => new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium' }).format(new Date(iso));

/** "Find one thing you appreciate" about this contact, answered in one line; Enter saves it to their journal. */
export function AppreciationPrompt(props: AppreciationPromptProps) {
  const { question, name, lastNote, status, error, onSave, onDismiss, onSnooze } = props;
  const [text, setText] = useState('');
  // Several prompts can share one page (one per person in a call).
  const inputId = useId();
  // Saving replaces the form: focus moves to what replaced it, never back to the page's body.
  const saved = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status === 'saved' && saved.current?.ownerDocument.activeElement === saved.current?.ownerDocument.body)
      saved.current?.focus();
  }, [status]);
  if (status === 'dismissed' || (!question && !lastNote && status !== 'saved')) return null;
  return (
    <section class="rp-appreciate" aria-label={t('appreciateTitle')} data-testid="appreciation">
      {lastNote && (
        <p class="rp-appreciate__last" data-testid="last-note">
          {t('appreciateLastTime', lastNote.text, day(lastNote.date))}
        </p>
      )}
      {status === 'saved' ? (
        <p class="rp-appreciate__saved" role="status" data-testid="appreciation-saved" tabIndex={-1} ref={saved}>
          {t('appreciateSaved', name)}
        </p>
      ) : (
        question && (
          <form
            class="rp-appreciate__form"
            onSubmit={(event) => {
              event.preventDefault();
              if (text.trim()) onSave(text);
            }}
          >
            <label class="rp-appreciate__question" for={inputId} data-testid="appreciation-prompt">
              {question}
            </label>
            <input
              id={inputId}
              class="rp-focusable rp-appreciate__input"
              data-testid="appreciation-input"
              maxLength={2_000}
              value={text}
              placeholder={t('appreciatePlaceholder')}
              onInput={(event) => setText(event.currentTarget.value)}
            />
            {error && (
              <p class="rp-appreciate__error" role="alert">
                {t('appreciateFailed', error)}
              </p>
            )}
            <div class="rp-appreciate__actions">
              <button
                type="submit"
                class="rp-button rp-button--primary"
                data-testid="appreciation-save"
                disabled={status === 'saving' || !text.trim()}
              >
                {t('appreciateSave')}
              </button>
              <button type="button" class="rp-button" data-testid="appreciation-dismiss" onClick={onDismiss}>
                {t('appreciateNotNow')}
              </button>
              <button
                type="button"
                class="rp-button rp-button--quiet"
                data-testid="appreciation-snooze"
                aria-label={t('appreciateSnoozeLabel', name)}
                title={t('appreciateSnooze', name)}
                onClick={onSnooze}
              >
                {t('appreciateSnoozeShort')}
              </button>
            </div>
          </form>
        )
      )}
    </section>
  );
}
