import type { ContactNote } from '../../lib/contacts/model';
import { t } from '../../lib/i18n';
import { NoteList } from './NoteList';

export interface ComplimentsListProps {
  /** The general collection: compliments whose author Rapport did not know. */
  compliments: ContactNote[];
  onRemove: (note: ContactNote) => void;
}

export function ComplimentsList({ compliments, onRemove }: ComplimentsListProps) {
  return (
    <section class="rp-compliments" aria-labelledby="rp-compliments-heading" data-testid="compliments">
      <h2 id="rp-compliments-heading" class="rp-page__subtitle">
        {t('optionsComplimentsTitle')}
      </h2>
      <p class="rp-muted">{t('optionsComplimentsIntro')}</p>
      <NoteList
        notes={compliments}
        testId="compliment-entry"
        idPrefix="rp-compliment"
        empty={t('optionsComplimentsEmpty')}
        busy={false}
        onRemove={onRemove}
      />
    </section>
  );
}
