import type { PersonBrief } from '../../lib/contacts/call-brief';
import { isolate, t } from '../../lib/i18n';
import type { Meeting, MeetingPatch } from '../../lib/storage/meetings';
import type { AppreciationStatus } from '../../lib/ui/use-contact-brief';
import { Checklist } from '../call/Checklist';
import { MoodCheck } from '../call/MoodCheck';
import { PersonPrompt } from '../call/PersonPrompt';

export interface CallBriefPanelProps {
  title: string;
  meeting: Meeting | null;
  people: readonly PersonBrief[];
  status: Readonly<Record<string, AppreciationStatus>>;
  error: string | null;
  resetItem: string | null;
  onAppreciate: (email: string, name: string, text: string) => void;
  onDismiss: (email: string) => void;
  onSnooze: (email: string) => void;
  onConfirm: (contact: string, yes: boolean) => void;
  onUpdate: (patch: MeetingPatch) => void;
}

/** The popup's brief for a call: the questions and the checklist first, then mood and the two notes for the call. */
export function CallBriefPanel(props: CallBriefPanelProps) {
  const { title, meeting, people, status, error, resetItem, onAppreciate, onDismiss, onSnooze, onConfirm, onUpdate } =
    props;
  const ask = (person: PersonBrief) => (
    <PersonPrompt
      key={person.email || person.name}
      person={person}
      status={status[person.email] ?? 'idle'}
      error={error}
      onSave={(text) => onAppreciate(person.email, person.name, text)}
      onDismiss={() => onDismiss(person.email)}
      onSnooze={() => onSnooze(person.email)}
      onConfirm={(yes) => onConfirm(person.email, yes)}
    />
  );
  return (
    <section class="rp-brief" data-testid="call-brief" aria-label={t('briefLabel')}>
      <h2 class="rp-page__subtitle">{title ? t('precallMeeting', title) : t('briefLabel')}</h2>
      {meeting && meeting.participants.length > 0 && (
        <p class="rp-muted" data-testid="brief-people">
          {t('precallWith')} {meeting.participants.map((p) => isolate(p.name || p.email)).join(', ')}
        </p>
      )}
      {/* The first question and the checklist come first: visible without scrolling. */}
      {people.slice(0, 1).map(ask)}
      <Checklist short />
      {people.slice(1).map(ask)}
      {meeting && (
        <>
          <MoodCheck mood={meeting.mood} resetItem={resetItem} onMood={(mood) => onUpdate({ mood })} />
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('briefCritical')}</span>
            <input
              class="rp-focusable rp-appreciate__input"
              data-testid="critical-point"
              maxLength={2_000}
              value={meeting.criticalPoint}
              onChange={(event) => onUpdate({ criticalPoint: event.currentTarget.value })}
            />
          </label>
          <label class="rp-settings__row rp-settings__row--stacked">
            <span>{t('briefGoal')}</span>
            <input
              class="rp-focusable rp-appreciate__input"
              data-testid="goal"
              maxLength={2_000}
              value={meeting.goal}
              onChange={(event) => onUpdate({ goal: event.currentTarget.value })}
            />
          </label>
        </>
      )}
    </section>
  );
}
