import type { PersonBrief } from '../../lib/contacts/call-brief';
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
}

/**
 * The appreciation question about one person on a call page: answerable for a
 * known contact, a question to think about for someone Rapport does not know.
 * What the user noted before stays behind a click (the screen may be shared).
 */
export function PersonPrompt({ person, status, error, onSave, onDismiss, onSnooze }: PersonPromptProps) {
  const { brief } = person;
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
