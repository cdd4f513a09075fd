// What Rapport's other contexts ask a mail page: who wrote the selected text
// (background, for a compliment), and who the open compose is for (popup).
// Answered by the mail content script of the frame concerned.
import { browser } from '../browser';
import type { Recipient } from '../sites/types';

const PAGE_CHANNEL = 'rapport-page';

export function askSelectionSender(tabId: number, frameId: number): Promise<Recipient | null> {
  return browser.tabs
    .sendMessage(tabId, { channel: PAGE_CHANNEL, type: 'selection-sender' }, { frameId })
    .then((answer) => {
      const r = answer as Recipient | null;
      return r && typeof r.email === 'string' && typeof r.name === 'string' ? r : null;
    })
    .catch(() => null);
}

/** The first recipient of a compose open in that tab, whichever frame holds it. */
export function askComposeRecipient(tabId: number): Promise<Recipient | null> {
  return browser.tabs
    .sendMessage(tabId, { channel: PAGE_CHANNEL, type: 'compose-recipient' })
    .then((answer) => {
      const r = answer as Recipient | null;
      return r && typeof r.email === 'string' && typeof r.name === 'string' ? r : null;
    })
    .catch(() => null);
}

/** The meeting a call tab shows, for the popup's brief. */
export interface CallTab {
  site: string;
  key: string;
  title: string;
  state: 'pre-join' | 'in-call' | 'ended';
}

export function askCallMeeting(tabId: number): Promise<CallTab | null> {
  return browser.tabs
    .sendMessage(tabId, { channel: PAGE_CHANNEL, type: 'call-meeting' })
    .then((answer) => {
      const m = answer as CallTab | null;
      return m && typeof m.site === 'string' && typeof m.key === 'string' && typeof m.title === 'string' ? m : null;
    })
    .catch(() => null);
}

export interface PageAnswers {
  selectionSender?: () => Recipient | null;
  /** null: this frame has no compose (another frame may answer). */
  composeRecipient?: () => Recipient | null;
  /** null: this frame shows no call (Zoom's client sits in an iframe). */
  callMeeting?: () => CallTab | null;
}

export function answerPageRequests(answers: PageAnswers, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const m = message as { channel?: unknown; type?: unknown } | null;
    if (m?.channel !== PAGE_CHANNEL) return undefined;
    if (m.type === 'selection-sender' && answers.selectionSender) return Promise.resolve(answers.selectionSender());
    // Frames with nothing to say stay silent, so the one that knows answers.
    const answer =
      m.type === 'compose-recipient'
        ? answers.composeRecipient?.()
        : m.type === 'call-meeting'
          ? answers.callMeeting?.()
          : null;
    return answer ? Promise.resolve(answer) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
