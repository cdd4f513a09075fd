// The path of browser.runtime.sendMessage minus the browser: a structured clone
// each way, with the sender the browser would report.

import type { RawSender } from '../../../lib/messaging/access';
import type { Transport } from '../../../lib/messaging/client';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';
import { SURFACE_PORT, type SurfaceKind } from '../../../lib/messaging/surface-types';
import { createSurfaces, type SurfacePort } from '../../../lib/messaging/surfaces';

export const SELF = { id: 'rapport-test-id', origin: 'chrome-extension://rapport-test-id/' };
/** The mail content script on Gmail, in tab 7. */
export const MAIL_PAGE: RawSender = { id: SELF.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } };
/** The call content script on Meet, in tab 9. */
export const CALL_PAGE: RawSender = { id: SELF.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9 } };
/** The in-call sidebar's frame in that tab, once the background granted it. */
export const CALL_FRAME: RawSender = {
  id: SELF.id,
  url: `${SELF.origin}call-sidebar.html`,
  tab: { id: 9 },
  frameId: 4,
  documentId: 'call-frame',
};
/** The mail sidebar's frame in tab 7, once the background granted it. */
export const MAIL_FRAME: RawSender = {
  id: SELF.id,
  url: `${SELF.origin}mail-sidebar.html`,
  tab: { id: 7 },
  frameId: 3,
  documentId: 'mail-frame',
};
/** Rapport's options page. */
export const OPTIONS_PAGE: RawSender = { id: SELF.id, url: `${SELF.origin}options.html` };

/** A transport to fresh handlers (no meetings remembered), as seen from `sender`. */
export function transportFrom(
  sender: RawSender,
  handlers = createHandlers(),
  // By default only the two frames hold a grant (lib/messaging/surfaces.ts).
  granted = (raw: RawSender): SurfaceKind | null =>
    raw === CALL_FRAME ? 'call-sidebar' : raw === MAIL_FRAME ? 'mail' : null,
): Transport {
  const route = createRouter(handlers, SELF, granted);
  return async (envelope) => structuredClone(await route(structuredClone(envelope), sender));
}

/** The meeting the call's content script opened the in-call sidebar for. */
export const CALL_MEETING = { site: 'meet', key: 'abc-defg-hij', title: 'Abnahme' };

/**
 * The call's content script and its in-call sidebar, to the same fresh handlers;
 * the frame is granted the way the browser would: it presents the token its
 * page's content script was handed for CALL_MEETING. The popup (an extension
 * page) may ask about any meeting.
 */
export function callTransports(): { page: Transport; frame: Transport; popup: Transport } {
  const surfaces = createSurfaces(async () => 'done');
  const handlers = createHandlers(surfaces);
  const { token } = surfaces.open(
    { kind: 'content', url: CALL_PAGE.url ?? '', tabId: 9, frameId: 0 },
    'call-sidebar',
    CALL_MEETING,
  );
  const said: ((message: unknown) => void)[] = [];
  const port: SurfacePort = {
    name: SURFACE_PORT,
    sender: CALL_FRAME,
    postMessage: () => undefined,
    disconnect: () => undefined,
    onMessage: { addListener: (l) => said.push(l) },
    onDisconnect: { addListener: () => undefined },
  };
  surfaces.connect(port, SELF);
  for (const listener of said) listener({ token });
  return {
    page: transportFrom(CALL_PAGE, handlers, surfaces.granted),
    frame: transportFrom(CALL_FRAME, handlers, surfaces.granted),
    popup: transportFrom(OPTIONS_PAGE, handlers, surfaces.granted),
  };
}
