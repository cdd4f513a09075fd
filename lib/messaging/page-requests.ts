// The one question the background asks a page: who wrote the selected text.
// Answered by the mail content script of the frame the selection is in.
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

export function answerSelectionSender(read: () => Recipient | null, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const m = message as { channel?: unknown; type?: unknown } | null;
    if (m?.channel !== PAGE_CHANNEL || m.type !== 'selection-sender') return undefined;
    return Promise.resolve(read());
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
