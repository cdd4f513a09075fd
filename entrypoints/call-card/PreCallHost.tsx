// The pre-join card in its frame: people, the question, mood, checklist.
import { PersonPrompt } from '../../components/call/PersonPrompt';
import { PreCallCard } from '../../components/precall/PreCallCard';
import { markKnown } from '../../lib/contacts/call-brief';
import type { PageSettings } from '../../lib/storage/settings';
import { resetItem } from '../../lib/ui/reset-item';
import { type MeetingRef, useCallBrief } from '../../lib/ui/use-call-brief';

export interface PreCallHostProps {
  meeting: MeetingRef;
  title: string;
  settings: PageSettings;
  onDismiss: () => void;
  onTurnOff: () => void;
}

export function PreCallHost({ meeting, title, settings, onDismiss, onTurnOff }: PreCallHostProps) {
  const call = useCallBrief(meeting);
  const people = call.brief?.people ?? [];
  const focus = people[0];
  return (
    <PreCallCard
      meetingTitle={title}
      people={markKnown(call.brief?.meeting?.participants ?? [], people)}
      appreciation={
        focus && (
          <PersonPrompt
            person={focus}
            status={call.status[focus.email] ?? 'idle'}
            error={call.error}
            onSave={(text) => call.appreciate(focus.email, focus.name, text)}
            onDismiss={() => call.dismiss(focus.email)}
            onSnooze={() => call.snooze(focus.email)}
            onConfirm={(yes) => call.confirm(focus.email, yes)}
          />
        )
      }
      mood={{
        mood: call.brief?.meeting?.mood ?? null,
        resetItem: resetItem(settings),
        onMood: (mood) => call.update({ mood }),
      }}
      onDismiss={onDismiss}
      onTurnOff={onTurnOff}
    />
  );
}
