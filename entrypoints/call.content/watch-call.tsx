// Follows the call page through its states: the card on the pre-join screen,
// the collapsed sidebar in the call, and a report to the background at each
// step (leaving the call opens the question about what was agreed).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installHideShortcut } from '../../lib/dom/hide';
import { createMountSlot } from '../../lib/dom/mount-slot';
import { watchPresence } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import { clip, clipPerson, MAX_TITLE } from '../../lib/messaging/limits';
import { answerPageRequests } from '../../lib/messaging/page-requests';
import { siteState } from '../../lib/settings/model';
import type { CallAdapter, CallState } from '../../lib/sites/types';
import type { PageSettings } from '../../lib/storage/settings';
import { loadSettingsInPage } from '../../lib/ui/page-settings';
import { mountCard, mountInCall } from './mount-call';

interface Seen {
  state: Exclude<CallState, 'other'>;
  key: string;
}

function report(adapter: CallAdapter, seen: Seen) {
  const url = new URL(location.href);
  return send({
    type: 'calls/seen',
    site: adapter.id,
    key: seen.key,
    title: clip(adapter.meetingTitle(document, url) || document.title, MAX_TITLE),
    participants: seen.state === 'ended' ? [] : adapter.participants(document).map(clipPerson),
    state: seen.state,
  });
}

export async function watchCall(ctx: Pick<ContentScriptContext, 'signal'>, adapter: CallAdapter): Promise<void> {
  const settings: PageSettings = await loadSettingsInPage();
  if (siteState(settings, adapter.id).kind !== 'on' || ctx.signal.aborted) return;
  installHideShortcut(document, ctx.signal);
  answerPageRequests(
    {
      callMeeting: () => {
        const url = new URL(location.href);
        const state = adapter.callState(document, url);
        if (state === 'other') return null;
        const key = adapter.meetingKey(url) || url.pathname;
        const title = clip(adapter.meetingTitle(document, url) || document.title, MAX_TITLE);
        return { site: adapter.id, key, title, state };
      },
    },
    ctx.signal,
  );
  const dismissed = new Set<string>();
  let last: Seen | null = null;
  const show = async (seen: Seen, onLost: () => void): Promise<() => void> => {
    const record = await report(adapter, seen).catch((error: unknown) => {
      console.warn('[Rapport] meeting not recorded', error);
      return null;
    });
    const url = new URL(location.href);
    const meeting = { site: adapter.id, key: seen.key };
    // Hidden for this meeting stays hidden, also after a reload.
    if (record?.cardHidden) dismissed.add(seen.key);
    if (seen.state === 'pre-join' && !dismissed.has(seen.key)) {
      const screen = adapter.findPreJoin(document, url);
      // The frame stored the choice; the page only stops showing the card.
      const hide = () => dismissed.add(seen.key);
      if (screen) return mountCard(ctx, screen, { ...meeting, title: screen.meetingTitle }, hide, onLost);
    }
    const title = clip(adapter.meetingTitle(document, url) || document.title, MAX_TITLE);
    if (seen.state === 'in-call') return mountInCall(ctx, adapter, { ...meeting, title }, onLost);
    return () => undefined;
  };

  const slot = createMountSlot<Seen>(
    (seen, _signal, onLost) => show(seen, onLost),
    (error) => console.warn(`[Rapport] ${adapter.id}: call surface failed`, error),
  );

  watchPresence(document.body, ctx.signal, {
    find: () => {
      const url = new URL(location.href);
      const state = adapter.callState(document, url);
      if (state === 'other' || (state === 'pre-join' && dismissed.has(adapter.meetingKey(url) || url.pathname)))
        return null;
      return { state, key: adapter.meetingKey(url) || url.pathname };
    },
    same: (a, b) => a.state === b.state && a.key === b.key,
    onAppear: (seen) => {
      last = seen;
      slot.show(seen);
    },
    onDisappear: slot.clear,
  });
  // Closing the tab or navigating away during the call counts as leaving it.
  window.addEventListener(
    'pagehide',
    () => {
      if (last?.state === 'in-call') report(adapter, { state: 'ended', key: last.key }).catch(() => undefined);
    },
    { signal: ctx.signal },
  );
}
