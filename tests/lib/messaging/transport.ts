// The path of browser.runtime.sendMessage minus the browser: a structured clone
// each way, with the sender the browser would report.

import type { RawSender } from '../../../lib/messaging/access';
import type { Transport } from '../../../lib/messaging/client';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';

export const SELF = { id: 'rapport-test-id', origin: 'chrome-extension://rapport-test-id/' };
/** The mail content script on Gmail, in tab 7. */
export const MAIL_PAGE: RawSender = { id: SELF.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } };
/** The call content script on Meet, in tab 9. */
export const CALL_PAGE: RawSender = { id: SELF.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9 } };
/** Rapport's options page. */
export const OPTIONS_PAGE: RawSender = { id: SELF.id, url: `${SELF.origin}options.html` };

/** A transport to fresh handlers (no meetings remembered), as seen from `sender`. */
export function transportFrom(sender: RawSender): Transport {
  const route = createRouter(createHandlers(), SELF);
  return async (envelope) => structuredClone(await route(structuredClone(envelope), sender));
}
