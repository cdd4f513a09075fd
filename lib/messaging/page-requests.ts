// What Rapport's other contexts ask a page's content scripts: who wrote the selected
// text (background, for a compliment); who the open compose is for, which
// meeting or which built-in site the tab shows (popup). Answered by the
// content script of the frame concerned.
import { browser } from '../browser';
import type { Recipient } from '../sites/types';

const PAGE_CHANNEL = 'rapport-page';

/** One question to a tab's content scripts; null when none answers or the answer is not of the expected shape. */
function ask<T>(tabId: number, type: string, valid: (answer: T) => boolean, frameId?: number): Promise<T | null> {
  const sending =
    frameId === undefined
      ? browser.tabs.sendMessage(tabId, { channel: PAGE_CHANNEL, type })
      : browser.tabs.sendMessage(tabId, { channel: PAGE_CHANNEL, type }, { frameId });
  return sending
    .then((answer) => {
      const a = answer as T | null;
      return a && valid(a) ? a : null;
    })
    .catch(() => null);
}

const isRecipient = (r: Recipient) => typeof r.email === 'string' && typeof r.name === 'string';

export function askSelectionSender(tabId: number, frameId: number): Promise<Recipient | null> {
  return ask(tabId, 'selection-sender', isRecipient, frameId);
}

/** The first recipient of a compose open in that tab, whichever frame holds it. */
export function askComposeRecipient(tabId: number): Promise<Recipient | null> {
  return ask(tabId, 'compose-recipient', isRecipient);
}

/** The meeting a call tab shows, for the popup's brief. */
export interface CallTab {
  site: string;
  key: string;
  title: string;
  state: 'pre-join' | 'in-call' | 'ended';
}

export function askCallMeeting(tabId: number): Promise<CallTab | null> {
  return ask(
    tabId,
    'call-meeting',
    (m: CallTab) => typeof m.site === 'string' && typeof m.key === 'string' && typeof m.title === 'string',
  );
}

/** The built-in site a tab shows, for the popup's "Not on this site" and "Pause for an hour". */
export interface PageSite {
  site: string;
}

export function askPageSite(tabId: number): Promise<PageSite | null> {
  return ask(tabId, 'page-site', (a: PageSite) => typeof a.site === 'string');
}

/** The popup changed whether Rapport works on the tab's site: every frame's script looks again. */
export function tellSiteChanged(tabId: number): Promise<void> {
  return browser.tabs
    .sendMessage(tabId, { channel: PAGE_CHANNEL, type: 'site-changed' })
    .then(() => undefined)
    .catch(() => undefined);
}

export interface PageAnswers {
  selectionSender?: () => Recipient | null;
  /** null: this frame has no compose (another frame may answer). */
  composeRecipient?: () => Recipient | null;
  /** null: this frame shows no call (Zoom's client sits in an iframe). */
  callMeeting?: () => CallTab | null;
  /** null: not a built-in site (the user's own webmail or Jitsi). */
  pageSite?: () => PageSite | null;
  siteChanged?: () => void;
}

export function answerPageRequests(answers: PageAnswers, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const m = message as { channel?: unknown; type?: unknown } | null;
    if (m?.channel !== PAGE_CHANNEL) return undefined;
    if (m.type === 'selection-sender' && answers.selectionSender) return Promise.resolve(answers.selectionSender());
    if (m.type === 'site-changed') {
      answers.siteChanged?.();
      return undefined;
    }
    // Frames with nothing to say stay silent, so the one that knows answers.
    const answer =
      m.type === 'compose-recipient'
        ? answers.composeRecipient?.()
        : m.type === 'call-meeting'
          ? answers.callMeeting?.()
          : m.type === 'page-site'
            ? answers.pageSite?.()
            : null;
    return answer ? Promise.resolve(answer) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
