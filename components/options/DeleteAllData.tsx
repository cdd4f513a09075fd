import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface DeleteAllDataProps {
  busy: boolean;
  onDeleteAll: () => void;
}

/** Deleting everything asks twice, in place: the user ticks that they mean it before the button works. */
export function DeleteAllData({ busy, onDeleteAll }: DeleteAllDataProps) {
  const [confirming, setConfirming] = useState(false);
  const [sure, setSure] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const checkRef = useRef<HTMLInputElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) checkRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="rp-delete-all-heading" class="rp-danger-zone">
      <h3 id="rp-delete-all-heading" class="rp-options__h3">
        {t('optionsDeleteAllTitle')}
      </h3>
      {confirming ? (
        <div class="rp-confirm" data-testid="delete-all-confirm">
          <p>{t('optionsDeleteAllWarning')}</p>
          <label class="rp-settings__row">
            <input
              type="checkbox"
              name="deleteAllSure"
              class="rp-focusable"
              ref={checkRef}
              checked={sure}
              onChange={(event) => setSure(event.currentTarget.checked)}
            />
            <span>{t('optionsDeleteAllCheck')}</span>
          </label>
          <button
            type="button"
            class="rp-button rp-button--danger"
            data-testid="delete-all"
            disabled={!sure || busy}
            onClick={() => {
              if (sure) onDeleteAll();
            }}
          >
            {t('optionsDeleteAllConfirm')}
          </button>{' '}
          <button
            type="button"
            class="rp-button"
            onClick={() => {
              setConfirming(false);
              setSure(false);
            }}
          >
            {t('optionsCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="rp-button rp-button--danger"
          data-testid="delete-all-ask"
          ref={askRef}
          disabled={busy}
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
        >
          {t('optionsDeleteAll')}
        </button>
      )}
    </section>
  );
}
