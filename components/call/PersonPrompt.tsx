import type { PersonBrief } from '../../lib/contacts/call-brief';
import { t } from '../../lib/i18n';
import type { AppreciationStatus } from '../../lib/ui/use-contact-brief';
import { AppreciationPrompt } from '../sidebar/AppreciationPrompt';
import { PrivateNotes } from './PrivateNotes';

export interface PersonPromptProps {
  person: PersonBrief;
  status: AppreciationStatus;
  error: string | null;
  onSave: (text: string) => void;
  onDismiss: () => void;
  onSnooze: () => void;
  /** "Maybe this is …": yes links the participant to the contact for this meeting, no keeps them a stranger. */
  onConfirm: (yes: boolean) => void;
}

/**
 * The appreciation question about one person on a call page: answerable for a
 * known contact, a question to think about for someone Rapport does not know.
 * What the user noted before stays behind a click (the screen may be shared).
 */
export function PersonPrompt({ person, status, error, onSave, onDismiss, onSnooze, onConfirm }: PersonPromptProps) {
  const { brief } = person;
  if (person.maybe) {
    // A name alone may be a stranger: nothing of the contact shows, nothing is saved to them, until the user says.
    return (
      <div class="rp-person rp-person--maybe" data-testid="person-maybe">
        <p>{t('callMaybe', person.name)}</p>
        <button type="button" class="rp-button" data-testid="maybe-yes" onClick={() => onConfirm(true)}>
          {t('callMaybeYes')}
        </button>{' '}
        <button
          type="button"
          class="rp-button rp-button--quiet"
          data-testid="maybe-no"
          onClick={() => onConfirm(false)}
        >
          {t('callMaybeNo')}
        </button>
      </div>
    );
  }
  if (!person.email) {
    return brief.prompt ? (
      <p class="rp-card__prompt" data-testid="appreciation-prompt">
        {brief.prompt.text}
      </p>
    ) : null;
  }
  return (
    <div class="rp-person" data-testid="person-prompt" data-email={person.email}>
      <AppreciationPrompt
        question={brief.prompt?.text ?? null}
        name={person.name}
        lastNote={null}
        status={status}
        error={error}
        onSave={onSave}
        onDismiss={onDismiss}
        onSnooze={onSnooze}
      />
      <PrivateNotes name={person.name} lastNote={brief.lastNotes[0] ?? null} tense={brief.tense} />
    </div>
  );
}
