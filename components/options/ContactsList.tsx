import { useMemo, useState } from 'preact/hooks';
import type { ContactSummary } from '../../lib/contacts/summary';
import { getLanguage, plural, t } from '../../lib/i18n';
import { buildSearchIndex, searchContacts } from '../../lib/ui/contact-search';
import { formatNumber, kindLabel } from './format';

export interface ContactsListProps {
  contacts: ContactSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** How many rows the list shows at first, and how many more each "Show more" adds. */
export const PAGE = 50;

/** "12 of 250 contacts": the plural form follows the total. */
function countLine(shown: number, total: number): string {
  const form = new Intl.PluralRules(getLanguage()).select(total) === 'one' ? 'one' : 'other';
  return t(`optionsContactsCount_${form}`, formatNumber(shown), formatNumber(total));
}

/** All contacts, searchable as one types; a row per person opens them in the editor. */
export function ContactsList({ contacts, selectedId, onSelect }: ContactsListProps) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const index = useMemo(() => buildSearchIndex(contacts), [contacts]);
  const { matches, total } = useMemo(() => searchContacts(index, query, limit), [index, query, limit]);

  return (
    <section class="rp-contacts" aria-labelledby="rp-contacts-heading" data-testid="contacts-list">
      <h2 id="rp-contacts-heading" class="rp-page__subtitle">
        {t('optionsContactsTitle')}
      </h2>
      {contacts.length === 0 ? (
        <p class="rp-muted" data-testid="contacts-empty">
          {t('optionsContactsNone')}
        </p>
      ) : (
        <>
          <label class="rp-settings__row rp-settings__row--stacked rp-contacts__search">
            <span>{t('optionsContactsSearch')}</span>
            <input
              type="search"
              name="contactSearch"
              class="rp-focusable rp-input"
              data-testid="contact-search"
              autoComplete="off"
              aria-describedby="rp-contacts-hint"
              value={query}
              onInput={(event) => {
                setQuery(event.currentTarget.value);
                setLimit(PAGE);
              }}
            />
          </label>
          <p id="rp-contacts-hint" class="rp-muted rp-contacts__hint">
            {t('optionsContactsSearchHint')}
          </p>
          <p class="rp-contacts__count" role="status" aria-live="polite" data-testid="contact-count">
            {countLine(total, contacts.length)}
          </p>
          {total === 0 && <p class="rp-muted">{t('optionsContactsNoMatch', query.trim())}</p>}
          <ul class="rp-contacts__list">
            {matches.map((contact) => (
              <li key={contact.id}>
                <button
                  type="button"
                  class="rp-contact-row rp-focusable"
                  data-testid="contact-row"
                  data-id={contact.id}
                  aria-current={contact.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(contact.id)}
                >
                  <span class="rp-contact-row__name">
                    {contact.name || contact.emails[0] || contact.id}
                    {contact.tense && <span class="rp-tag rp-tag--tense">{t('optionsContactsTense')}</span>}
                  </span>
                  {contact.name && contact.emails[0] && (
                    <span class="rp-contact-row__email rp-muted">{contact.emails[0]}</span>
                  )}
                  <span class="rp-contact-row__meta rp-muted">
                    {[
                      kindLabel(contact.kind),
                      plural('optionsContactsAppreciations', contact.appreciations),
                      contact.compliments > 0 ? plural('optionsContactsCompliments', contact.compliments) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {matches.length < total && (
            <button
              type="button"
              class="rp-button"
              data-testid="contacts-more"
              onClick={() => setLimit((n) => n + PAGE)}
            >
              {t('optionsContactsMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
