import { useEffect, useRef, useState } from 'preact/hooks';
import { CONTACT_KINDS, type Contact, type ContactNote, FORMALITIES } from '../../lib/contacts/model';
import type { ContactSummary } from '../../lib/contacts/summary';
import { t } from '../../lib/i18n';
import type { ContactPatch, NoteList as Journal } from '../../lib/storage/contacts';
import { formalityLabel, kindLabel, languageLabel } from './format';
import { NoteList } from './NoteList';

export interface ContactEditorProps {
  contact: Contact;
  /** Everyone else, to merge with. */
  others: ContactSummary[];
  /** A save, merge or delete is under way: the buttons wait. */
  busy: boolean;
  error: string | null;
  onSave: (patch: ContactPatch) => void;
  onRemoveNote: (list: Journal, note: ContactNote) => void;
  onMerge: (fromId: string) => void;
  onDelete: () => void;
}

type Fields = Pick<Contact, 'name' | 'kind' | 'formality' | 'language' | 'note' | 'tense'>;
const FIELDS = ['name', 'kind', 'formality', 'language', 'note', 'tense'] as const satisfies readonly (keyof Fields)[];
const LANGUAGES = ['de', 'en', 'unknown'] as const satisfies readonly Contact['language'][];

const addressesIn = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** Only what differs from the stored contact goes into the patch. */
export function changesOf(contact: Contact, edits: Partial<Fields>, newAddresses: string): ContactPatch {
  const patch: ContactPatch = {};
  for (const field of FIELDS) {
    const value = edits[field];
    if (value !== undefined && value !== contact[field]) Object.assign(patch, { [field]: value });
  }
  const known = new Set(contact.emails.map((e) => e.toLowerCase()));
  const added = addressesIn(newAddresses).filter((e) => !known.has(e.toLowerCase()));
  if (added.length > 0) patch.addEmails = added;
  return patch;
}

/** One contact: its fields, journal, compliments, merge and delete. Edits start afresh for each person. */
export function ContactEditor(props: ContactEditorProps) {
  return <Editor key={props.contact.id} {...props} />;
}

function Editor({ contact, others, busy, error, onSave, onRemoveNote, onMerge, onDelete }: ContactEditorProps) {
  const [edits, setEdits] = useState<Partial<Fields>>({});
  const [newAddresses, setNewAddresses] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // A saved (or otherwise updated) contact: edits it now holds are no longer changes.
  useEffect(() => {
    setEdits((current) => {
      const left = Object.fromEntries(
        Object.entries(current).filter(([field, value]) => contact[field as keyof Fields] !== value),
      ) as Partial<Fields>;
      return Object.keys(left).length === Object.keys(current).length ? current : left;
    });
    setNewAddresses((text) => (changesOf(contact, {}, text).addEmails ? text : ''));
  }, [contact]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
  }, [confirming]);

  const value = <F extends keyof Fields>(field: F): Fields[F] => (edits[field] ?? contact[field]) as Fields[F];
  const edit = (patch: Partial<Fields>) => setEdits((current) => ({ ...current, ...patch }));
  const patch = changesOf(contact, edits, newAddresses);
  const dirty = Object.keys(patch).length > 0;
  const title = contact.name || contact.emails[0] || contact.id;
  const candidates = others.filter((other) => other.id !== contact.id);

  return (
    <section class="rp-editor" aria-labelledby="rp-editor-heading" aria-busy={busy ? 'true' : undefined}>
      <h2 id="rp-editor-heading" class="rp-page__subtitle">
        {title}
      </h2>
      {error && (
        <p class="rp-page__error" role="alert" data-testid="contact-error">
          {error}
        </p>
      )}
      <form
        class="rp-settings rp-editor__form"
        data-testid="contact-editor"
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty && !busy) onSave(patch);
        }}
      >
        <label class="rp-settings__row rp-settings__row--stacked">
          <span>{t('optionsContactName')}</span>
          <input
            type="text"
            name="name"
            class="rp-focusable rp-input"
            maxLength={200}
            autoComplete="off"
            value={value('name')}
            onInput={(event) => edit({ name: event.currentTarget.value })}
          />
        </label>
        <div class="rp-editor__grid">
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('optionsContactKind')}</span>
            <select
              name="kind"
              class="rp-focusable"
              value={value('kind')}
              onChange={(event) => edit({ kind: event.currentTarget.value as Contact['kind'] })}
            >
              {CONTACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
          </label>
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('optionsContactFormality')}</span>
            <select
              name="formality"
              class="rp-focusable"
              aria-describedby="rp-formality-hint"
              value={value('formality')}
              onChange={(event) => edit({ formality: event.currentTarget.value as Contact['formality'] })}
            >
              {FORMALITIES.map((formality) => (
                <option key={formality} value={formality}>
                  {formalityLabel(formality)}
                </option>
              ))}
            </select>
          </label>
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('optionsContactLanguage')}</span>
            <select
              name="language"
              class="rp-focusable"
              value={value('language')}
              onChange={(event) => edit({ language: event.currentTarget.value as Contact['language'] })}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {languageLabel(language)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id="rp-formality-hint" class="rp-muted rp-editor__hint" data-testid="formality-hint">
          {contact.formalityByHand ? t('optionsContactFormalityByHand') : t('optionsContactFormalityLearned')}{' '}
          {t('optionsContactFormalityHint')}
        </p>
        <label class="rp-settings__row rp-settings__row--stacked">
          <span>{t('optionsContactNote')}</span>
          <textarea
            name="note"
            class="rp-focusable rp-input rp-editor__note"
            rows={4}
            maxLength={5_000}
            value={value('note')}
            onInput={(event) => edit({ note: event.currentTarget.value })}
          />
        </label>
        <label class="rp-settings__row">
          <input
            type="checkbox"
            name="tense"
            class="rp-focusable"
            checked={value('tense')}
            onChange={(event) => edit({ tense: event.currentTarget.checked })}
          />
          <span>{t('optionsContactTense')}</span>
        </label>
        <fieldset class="rp-fieldset">
          <legend>{t('optionsContactAddresses')}</legend>
          <ul class="rp-editor__emails" data-testid="contact-emails">
            {contact.emails.map((email) => (
              <li key={email}>
                <code>{email}</code>
              </li>
            ))}
          </ul>
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('optionsContactAddAddress')}</span>
            <input
              type="text"
              inputMode="email"
              name="addEmail"
              class="rp-focusable rp-input"
              autoComplete="off"
              aria-describedby="rp-address-hint"
              value={newAddresses}
              onInput={(event) => setNewAddresses(event.currentTarget.value)}
            />
          </label>
          <p id="rp-address-hint" class="rp-muted rp-editor__hint">
            {t('optionsContactAddAddressHint')}
          </p>
        </fieldset>
        <div class="rp-editor__actions">
          <button type="submit" class="rp-button rp-button--primary" disabled={busy || !dirty}>
            {t('optionsContactSave')}
          </button>
          <span class="rp-muted" role="status">
            {dirty ? t('optionsContactUnsaved') : ''}
          </span>
        </div>
      </form>

      <section aria-labelledby="rp-journal-heading">
        <h3 id="rp-journal-heading" class="rp-options__h3">
          {t('optionsJournalTitle')}
        </h3>
        <NoteList
          notes={contact.appreciations}
          testId="journal-entry"
          idPrefix="rp-appreciation"
          empty={t('optionsJournalEmpty')}
          busy={busy}
          onRemove={(note) => onRemoveNote('appreciations', note)}
        />
      </section>

      <section aria-labelledby="rp-agreements-heading">
        <h3 id="rp-agreements-heading" class="rp-options__h3">
          {t('optionsAgreementsTitle')}
        </h3>
        <NoteList
          notes={contact.agreements}
          testId="agreement-entry"
          idPrefix="rp-agreement"
          empty={t('optionsAgreementsEmpty')}
          busy={busy}
          onRemove={(note) => onRemoveNote('agreements', note)}
        />
      </section>

      <section aria-labelledby="rp-contact-compliments-heading">
        <h3 id="rp-contact-compliments-heading" class="rp-options__h3">
          {t('optionsContactComplimentsTitle')}
        </h3>
        <NoteList
          notes={contact.compliments}
          testId="compliment-entry"
          idPrefix="rp-contact-compliment"
          empty={t('optionsContactComplimentsEmpty')}
          busy={busy}
          onRemove={(note) => onRemoveNote('compliments', note)}
        />
      </section>

      {candidates.length > 0 && (
        <section aria-labelledby="rp-merge-heading">
          <h3 id="rp-merge-heading" class="rp-options__h3">
            {t('optionsMergeTitle')}
          </h3>
          <p class="rp-muted">{t('optionsMergeIntro')}</p>
          <form
            class="rp-settings rp-editor__merge"
            data-testid="contact-merge"
            onSubmit={(event) => {
              event.preventDefault();
              if (!mergeId || busy) return;
              onMerge(mergeId);
              setMergeId('');
            }}
          >
            <label class="rp-settings__row rp-settings__row--stacked">
              <span>{t('optionsMergeWith')}</span>
              <select
                name="mergeWith"
                class="rp-focusable"
                value={mergeId}
                onChange={(event) => setMergeId(event.currentTarget.value)}
              >
                <option value="">{t('optionsMergeChoose')}</option>
                {candidates.map((other) => (
                  <option key={other.id} value={other.id}>
                    {[other.name, other.emails[0] ?? other.id].filter(Boolean).join(' · ')}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" class="rp-button" disabled={busy || !mergeId}>
              {t('optionsMergeButton')}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="rp-delete-heading" class="rp-danger-zone">
        <h3 id="rp-delete-heading" class="rp-options__h3">
          {t('optionsDeleteContactTitle')}
        </h3>
        {confirming ? (
          <div class="rp-confirm" data-testid="delete-confirm">
            <p>{t('optionsDeleteContactConfirm', title)}</p>
            <button
              type="button"
              class="rp-button rp-button--danger"
              data-testid="delete-contact-yes"
              disabled={busy}
              onClick={onDelete}
            >
              {t('optionsDeleteYes')}
            </button>{' '}
            <button type="button" class="rp-button" ref={cancelRef} onClick={() => setConfirming(false)}>
              {t('optionsCancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="rp-button rp-button--danger"
            data-testid="delete-contact"
            ref={deleteRef}
            disabled={busy}
            onClick={() => {
              asked.current = true;
              setConfirming(true);
            }}
          >
            {t('optionsDeleteContact')}
          </button>
        )}
      </section>
    </section>
  );
}
