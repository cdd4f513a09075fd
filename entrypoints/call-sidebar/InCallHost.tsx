// The in-call sidebar in its frame: collapsed by default (the content script
// sizes the frame as the user toggles), with chat coaching while the chat box
// is open (the content script hands its message over, edits go back as offsets).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CallSidebar } from '../../components/call/CallSidebar';
import { ChatFindings } from '../../components/call/ChatFindings';
import { PersonPrompt } from '../../components/call/PersonPrompt';
import { shownCategories } from '../../lib/analysis/sensitivity';
import { markKnown } from '../../lib/contacts/call-brief';
import { send } from '../../lib/messaging/client';
import type { DraftSnapshot } from '../../lib/messaging/surface-types';
import type { PageSettings } from '../../lib/storage/settings';
import { createSaveIds } from '../../lib/ui/save-ids';
import { type MeetingRef, useCallBrief } from '../../lib/ui/use-call-brief';
import { findingActions, useFrameReview } from '../../lib/ui/use-frame-review';
import { sendCommand } from '../../lib/ui/use-surface-link';

export interface InCallHostProps {
  meeting: MeetingRef;
  settings: PageSettings;
  /** The chat message as the content script read it last; null while the chat is closed. */
  chat: DraftSnapshot | null;
}

function ChatCoaching(props: { chat: DraftSnapshot; settings: PageSettings }) {
  const { settings } = props;
  const categories = useMemo(() => shownCategories(settings.sensitivity, settings.disabledCategories), [settings]);
  const draft = useFrameReview(props.chat, settings.disabledRules, categories);
  return (
    <ChatFindings
      findings={draft.wordCount === 0 ? [] : (draft.review?.findings ?? null)}
      verdict={draft.wordCount === 0 ? null : (draft.review?.verdict ?? null)}
      {...findingActions(draft)}
    />
  );
}

export function InCallHost({ meeting, settings, chat }: InCallHostProps) {
  const call = useCallBrief(meeting);
  const [collapsed, setCollapsed] = useState(true);
  const [moment, setMoment] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const saveIds = useRef(createSaveIds()).current;
  useEffect(() => {
    sendCommand({ op: 'size', open: !collapsed }).catch((e: unknown) => console.warn('[Rapport]', e));
  }, [collapsed]);
  const people = call.brief?.people ?? [];
  return (
    <CallSidebar
      collapsed={collapsed}
      people={markKnown(call.brief?.meeting?.participants ?? [], people)}
      appreciation={people.map((person) => (
        <PersonPrompt
          key={person.email || person.name}
          person={person}
          status={call.status[person.email] ?? 'idle'}
          error={call.error}
          onSave={(text) => call.appreciate(person.email, person.name, text)}
          onDismiss={() => call.dismiss(person.email)}
          onSnooze={() => call.snooze(person.email)}
          onConfirm={(yes) => call.confirm(person.email, yes)}
        />
      ))}
      chat={chat && <ChatCoaching chat={chat} settings={settings} />}
      momentStatus={moment}
      onToggle={() => setCollapsed(!collapsed)}
      onMoment={(text) => {
        setMoment('saving');
        const what = `${meeting.site}:${meeting.key}\n${text}`;
        send({ type: 'calls/moment', ...meeting, text, saveId: saveIds.idFor(what) }).then(
          () => {
            saveIds.saved(what);
            setMoment('saved');
          },
          () => setMoment('error'),
        );
      }}
    />
  );
}
