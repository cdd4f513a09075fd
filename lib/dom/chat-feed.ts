// The call's chat box, fed to the in-call sidebar's frame like a compose
// (lib/dom/compose-feed.ts): the content script reads it and carries out the
// frame's edits by offsets; what Rapport says about the message stays in the frame.

import { send } from '../messaging/client';
import { chatCompose } from '../sites/call/chat';
import type { CallAdapter } from '../sites/types';
import { feedCompose } from './compose-feed';
import { watchPresence } from './watch';

/**
 * The chat box comes and goes with the chat panel: while it is there, its
 * message goes to the frame as a draft (no recipients), and the frame's edits
 * come back as offsets. Nothing is underlined in the chat box.
 */
export function feedChat(adapter: CallAdapter, frame: HTMLElement, signal: AbortSignal): void {
  const chat = chatCompose(adapter);
  let feeding: AbortController | null = null;
  watchPresence(document.body, signal, {
    find: () => chat.findComposes(document)[0] ?? null,
    same: (a, b) => a.editor === b.editor,
    onAppear: (compose) => {
      feeding = new AbortController();
      signal.addEventListener('abort', () => feeding?.abort(), { signal: feeding.signal });
      feedCompose(chat, compose, feeding.signal, { frame, cramped: () => false });
    },
    onDisappear: () => {
      feeding?.abort();
      feeding = null;
      send({ type: 'surface/draft', draft: null }).catch(() => undefined);
    },
  });
}
