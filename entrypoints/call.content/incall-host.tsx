// The in-call sidebar on the page: collapsed by default, clear of the call
// controls, with chat coaching while the chat box is open.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CallSidebar } from '../../components/call/CallSidebar';
import { PersonPrompt } from '../../components/call/PersonPrompt';
import { FindingCard } from '../../components/sidebar/FindingCard';
import { watchPresence } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import { chatCompose } from '../../lib/sites/call/chat';
import type { CallAdapter, MailCompose } from '../../lib/sites/types';
import type { Settings } from '../../lib/storage/settings';
import { type MeetingRef, useCallBrief } from '../../lib/ui/use-call-brief';
import { useDraftReview } from '../../lib/ui/use-draft-review';

export interface InCallHostProps {
  adapter: CallAdapter;
  meeting: MeetingRef;
  settings: Settings;
  signal: AbortSignal;
}

function ChatCoaching({
  adapter,
  compose,
  settings,
  signal,
}: {
  adapter: CallAdapter;
  compose: MailCompose;
  settings: Settings;
  signal: AbortSignal;
}) {
  const chat = useMemo(() => chatCompose(adapter), [adapter]);
  const draft = useDraftReview(chat, compose, settings.disabledRules, signal);
  const findings = draft.review?.findings ?? [];
  return (
    <ul class="rp-group__list" data-testid="chat-findings">
      {findings.map((finding) => (
        <FindingCard
          key={finding.key}
          finding={finding}
          onApply={draft.apply}
          onIgnore={draft.ignore}
          onDisableRule={draft.disableRule}
          onHover={draft.hover}
        />
      ))}
    </ul>
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
  const known = new Set(people.filter((p) => p.email).map((p) => p.name));
  const focus = people[0];
  return (
    <div class="rp-call-dock" style={{ bottom: `${bottom}px` }}>
      <CallSidebar
        collapsed={collapsed}
        people={(call.brief?.meeting?.participants ?? []).map((p) => ({ ...p, known: known.has(p.name) }))}
        appreciation={
          focus && (
            <PersonPrompt
              person={focus}
              status={call.status[focus.email] ?? 'idle'}
              error={call.error}
              onSave={(text) => call.appreciate(focus.email, focus.name, text)}
              onDismiss={() => call.dismiss(focus.email)}
              onSnooze={() => call.snooze(focus.email)}
            />
          )
        }
        chat={chat && <ChatCoaching adapter={adapter} compose={chat} settings={settings} signal={signal} />}
        momentStatus={moment}
        onToggle={() => setCollapsed(!collapsed)}
        onMoment={(text) => {
          setMoment('saving');
          send({ type: 'calls/moment', ...meeting, text }).then(
            () => setMoment('saved'),
            () => setMoment('error'),
          );
        }}
      />
    </div>
  );
}
