import type { ContactNote } from '../../lib/contacts/model';
import { t } from '../../lib/i18n';
import { formatDate, newestFirst, sourceLabel } from './format';

export interface NoteListProps {
  notes: readonly ContactNote[];
  /** data-testid of each entry. */
  testId: string;
  /** Unique per page: the remove buttons point at their note's text with it. */
  idPrefix: string;
  empty: string;
  busy: boolean;
  onRemove: (note: ContactNote) => void;
}

/** Notes newest first, each with its date, where it came from, the mail it was saved from, and a remove button. */
export function NoteList({ notes, testId, idPrefix, empty, busy, onRemove }: NoteListProps) {
  if (notes.length === 0) return <p class="rp-muted">{empty}</p>;
  return (
    <ul class="rp-notes">
      {newestFirst(notes).map((note, i) => (
        <li key={`${note.date}|${note.text}`} class="rp-note" data-testid={testId}>
          <p class="rp-note__text" id={`${idPrefix}-${i}`}>
            {note.text}
          </p>
          <p class="rp-note__meta rp-muted">
            <time dateTime={note.date}>{formatDate(note.date)}</time> · {sourceLabel(note.source)}
            {note.title && <> · {t('optionsComplimentIn', note.title)}</>}
          </p>
          <button
            type="button"
            class="rp-button rp-button--quiet"
            aria-describedby={`${idPrefix}-${i}`}
            disabled={busy}
            onClick={() => onRemove(note)}
          >
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
