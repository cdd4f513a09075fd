import { useMemo, useState } from 'preact/hooks';
import type { ContactSummary } from '../../lib/contacts/summary';
import { t } from '../../lib/i18n';
import { buildSearchIndex, searchContacts } from '../../lib/ui/contact-search';

export interface ContactPickerProps {
  contacts: readonly ContactSummary[];
  onPick: (contact: ContactSummary) => void;
}

const SHOWN = 5;

/** "Who do you want to prepare for?": a search over the contacts, a few matches to pick from. */
export function ContactPicker({ contacts, onPick }: ContactPickerProps) {
  const index = useMemo(() => buildSearchIndex(contacts), [contacts]);
  const [query, setQuery] = useState('');
  const { matches } = searchContacts(index, query, SHOWN);
  if (contacts.length === 0) return <p class="rp-muted">{t('popupNoContacts')}</p>;
  return (
    <div class="rp-picker" data-testid="contact-picker">
      <label class="rp-settings__row rp-settings__row--stacked">
        <span>{t('popupPickContact')}</span>
        <input
          type="search"
          class="rp-focusable rp-input"
          data-testid="picker-search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      {query.trim() && (
        <ul class="rp-picker__list">
          {matches.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="rp-button rp-picker__item"
                data-testid="picker-match"
                onClick={() => onPick(c)}
              >
                <bdi>{c.name || c.emails[0]}</bdi> <span class="rp-muted">{c.name ? c.emails[0] : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
