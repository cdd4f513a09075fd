// The in-call sidebar on the page: collapsed by default, clear of the call
// controls, with chat coaching while the chat box is open.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CallSidebar } from '../../components/call/CallSidebar';
import { ChatFindings } from '../../components/call/ChatFindings';
import { PersonPrompt } from '../../components/call/PersonPrompt';
import { shownCategories } from '../../lib/analysis/sensitivity';
import { watchPresence } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import { chatCompose } from '../../lib/sites/call/chat';
import type { CallAdapter, MailCompose } from '../../lib/sites/types';
import type { PageSettings } from '../../lib/storage/settings';
import { createSaveIds } from '../../lib/ui/save-ids';
import { type MeetingRef, useCallBrief } from '../../lib/ui/use-call-brief';
import { useDraftReview } from '../../lib/ui/use-draft-review';

export interface InCallHostProps {
  adapter: CallAdapter;
  meeting: MeetingRef;
  settings: PageSettings;
  signal: AbortSignal;
}

function ChatCoaching(props: {
  adapter: CallAdapter;
  compose: MailCompose;
  settings: PageSettings;
  signal: AbortSignal;
}) {
  const chat = useMemo(() => chatCompose(props.adapter), [props.adapter]);
  const { settings } = props;
  const categories = useMemo(() => shownCategories(settings.sensitivity, settings.disabledCategories), [settings]);
  const draft = useDraftReview(chat, props.compose, settings.disabledRules, props.signal, categories);
  return (
    <ChatFindings
      findings={draft.wordCount === 0 ? [] : (draft.review?.findings ?? null)}
      verdict={draft.wordCount === 0 ? null : (draft.review?.verdict ?? null)}
      notice={draft.notice}
      canUndo={draft.canUndo}
      onApply={draft.apply}
      onApplyRewrite={draft.applyRewrite}
      onIgnore={draft.ignore}
      onDisableRule={draft.disableRule}
      onUndo={draft.undo}
      onHover={draft.hover}
    />
  );
}

export function InCallHost({ adapter, meeting, settings, signal }: InCallHostProps) {
  const call = useCallBrief(meeting);
  const [chat, setChat] = useState<MailCompose | null>(null);
  useEffect(() => {
    // The chat box comes and goes with the chat panel.
    const compose = chatCompose(adapter);
    watchPresence(document.body, signal, {
      find: () => compose.findComposes(document)[0] ?? null,
      same: (a, b) => a.editor === b.editor,
      onAppear: setChat,
      onDisappear: () => setChat(null),
    });
  }, [adapter, signal]);
  const [collapsed, setCollapsed] = useState(true);
  const [moment, setMoment] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const saveIds = useRef(createSaveIds()).current;
  const [bottom, setBottom] = useState(96);
  useEffect(() => {
    // Stay above the call controls, whatever their height.
    const place = () => {
      const bar = adapter.controls(document)?.getBoundingClientRect();
      setBottom(bar ? Math.max(16, window.innerHeight - bar.top + 8) : 96);
    };
    place();
    window.addEventListener('resize', place, { signal });
  }, [adapter, signal, collapsed]);
  const people = call.brief?.people ?? [];
  const known = new Set(people.filter((p) => p.email && !p.maybe).map((p) => p.name));
  return (
    <div class="rp-call-dock" style={{ bottom: `${bottom}px` }}>
      <CallSidebar
        collapsed={collapsed}
        people={(call.brief?.meeting?.participants ?? []).map((p) => ({ ...p, known: known.has(p.name) }))}
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
        chat={chat && <ChatCoaching adapter={adapter} compose={chat} settings={settings} signal={signal} />}
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
    </div>
  );
}
