import { useState } from 'preact/hooks';
import type { ContactNote } from '../../lib/contacts/model';
import { t } from '../../lib/i18n';

export interface PrivateNotesProps {
  name: string;
  lastNote: ContactNote | null;
  tense: boolean;
}

/** What the user noted about a person stays hidden on call pages (the screen may be shared) until asked for. */
export function PrivateNotes({ name, lastNote, tense }: PrivateNotesProps) {
  const [open, setOpen] = useState(false);
  if (!lastNote && !tense) return null;
  return (
    <div class="rp-private">
      <button
        type="button"
        class="rp-button rp-button--quiet"
        aria-expanded={open}
        data-testid="show-notes"
        onClick={() => setOpen(!open)}
      >
        {open ? t('privateHide') : t('privateShow', name)}
      </button>
      {open && (
        <div data-testid="private-notes">
          {tense && <p class="rp-private__tense">{t('privateTense')}</p>}
          {lastNote && <p>{t('appreciateLastTime', lastNote.text, lastNote.date.slice(0, 10))}</p>}
        </div>
      )}
    </div>
  );
}
