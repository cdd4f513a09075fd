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

export interface PageAnswers {
  selectionSender: () => Recipient | null;
  /** null: this frame has no compose (another frame may answer). */
  composeRecipient: () => Recipient | null;
}

export function answerPageRequests(answers: PageAnswers, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const m = message as { channel?: unknown; type?: unknown } | null;
    if (m?.channel !== PAGE_CHANNEL) return undefined;
    if (m.type === 'selection-sender') return Promise.resolve(answers.selectionSender());
    if (m.type === 'compose-recipient') {
      const recipient = answers.composeRecipient();
      // Frames without a compose stay silent, so the one with it answers.
      return recipient ? Promise.resolve(recipient) : undefined;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
