// The background answers by sender: Rapport's own pages may do everything,
// content scripts only the allowlist, anyone else nothing. Walks every type of
// the protocol (every key of the handlers, which the type system keeps complete).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender, withinSize } from '../../../lib/messaging/access';
import { createHandlers } from '../../../lib/messaging/handlers';
import { MAX_ANALYSED_CHARS } from '../../../lib/messaging/limits';
import type { MessageType } from '../../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { addAppreciation, listContacts } from '../../../lib/storage/contacts';
import { readSettings } from '../../../lib/storage/settings';

const SELF = { id: 'rapport-test-id', origin: 'chrome-extension://rapport-test-id/' };
/** A content script on a page that is not even a mail client (WEB.DE's news portal matches *.web.de). */
const CONTENT = { id: SELF.id, url: 'https://web.de/magazine/politik/', tab: { id: 7 }, frameId: 0 };
const OPTIONS = { id: SELF.id, url: 'chrome-extension://rapport-test-id/options.html#data', tab: { id: 8 } };
const POPUP = { id: SELF.id, url: 'chrome-extension://rapport-test-id/popup.html' };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

/** What a content script may ask, written out here so that widening it is a visible change. */
const EXPECTED_CONTENT_TYPES = [
  'calls/seen',
  'contacts/learn-form',
  'settings/page-get',
  'surface/close',
  'surface/draft',
  'surface/marks',
  'surface/open',
];

/** What a granted mail sidebar frame may ask. */
const EXPECTED_FRAME_TYPES = [
  'analysis/rewrites',
  'analysis/run',
  'contacts/appreciate',
  'contacts/brief',
  'contacts/prompt-shown',
  'contacts/snooze',
  'settings/page-get',
  'settings/page-set',
  'surface/command',
];
/** The sidebar page inside a mail tab: granted, or a copy the page framed itself. */
const GRANTED_FRAME = {
  id: SELF.id,
  url: 'chrome-extension://rapport-test-id/mail-sidebar.html',
  tab: { id: 7 },
  frameId: 5,
  documentId: 'granted',
};
const PAGE_FRAMED = { ...GRANTED_FRAME, frameId: 6, documentId: 'copy' };

/** What a granted pre-join card may ask: the meeting's people, mood and answers, nothing of drafts. */
const EXPECTED_CARD_TYPES = [
  'calls/brief',
  'calls/confirm',
  'calls/update',
  'contacts/appreciate',
  'contacts/prompt-shown',
  'contacts/snooze',
  'settings/page-get',
  'settings/page-set',
  'surface/command',
];
/** What a granted in-call sidebar may ask: the card's, the chat message's analysis and moments. */
const EXPECTED_CALL_SIDEBAR_TYPES = [...EXPECTED_CARD_TYPES, 'analysis/rewrites', 'analysis/run', 'calls/moment'];
const CARD_FRAME = {
  ...GRANTED_FRAME,
  url: 'chrome-extension://rapport-test-id/call-card.html',
  frameId: 9,
  documentId: 'card',
};
const CALL_FRAME = {
  ...GRANTED_FRAME,
  url: 'chrome-extension://rapport-test-id/call-sidebar.html',
  frameId: 10,
  documentId: 'call',
};

const ALL_TYPES = Object.keys(createHandlers()) as MessageType[];
const envelope = (type: string, extra: object = {}) => ({ channel: 'rapport', message: { type, ...extra } });

/** The router over handlers that only record being called. */
function spyRouter() {
  const called: string[] = [];
  const spies = Object.fromEntries(
    ALL_TYPES.map((type) => [
      type,
      async () => {
        called.push(type);
        return 'handled';
      },
    ]),
  ) as unknown as Handlers;
  const granted = (raw: { frameId?: number; documentId?: string }) =>
    ([GRANTED_FRAME, CARD_FRAME, CALL_FRAME] as const).flatMap((frame, i) =>
      raw.frameId === frame.frameId && raw.documentId === frame.documentId
        ? [(['mail', 'call-card', 'call-sidebar'] as const)[i]]
        : [],
    )[0] ?? null;
  return { route: createRouter(spies, SELF, granted), called };
}

beforeEach(() => fakeBrowser.reset());

describe('who may ask the background what', () => {
  it('walks a protocol of the expected size', () => {
    expect(ALL_TYPES.length).toBeGreaterThan(30);
    for (const type of EXPECTED_CONTENT_TYPES) expect(ALL_TYPES).toContain(type);
  });

  it.each(ALL_TYPES)('%s: content script only if allowlisted, extension pages always, others never', async (type) => {
    const { route, called } = spyRouter();
    const fromContent = await route(envelope(type), CONTENT);
    if (EXPECTED_CONTENT_TYPES.includes(type)) expect(fromContent).toEqual({ ok: true, value: 'handled' });
    else expect(fromContent).toEqual({ ok: false, error: `${type} is not allowed from this context` });

    expect(await route(envelope(type), OPTIONS)).toEqual({ ok: true, value: 'handled' });
    expect(await route(envelope(type), POPUP)).toEqual({ ok: true, value: 'handled' });
    expect(await route(envelope(type), OTHER_EXTENSION)).toMatchObject({ ok: false });
    expect(await route(envelope(type), undefined)).toMatchObject({ ok: false });

    const fromFrame = await route(envelope(type), GRANTED_FRAME);
    if (EXPECTED_FRAME_TYPES.includes(type)) expect(fromFrame).toEqual({ ok: true, value: 'handled' });
    else expect(fromFrame).toMatchObject({ ok: false });
    // The same page, framed by the mail page itself: nothing.
    expect(await route(envelope(type), PAGE_FRAMED)).toMatchObject({ ok: false });
    // The call's frames: each its own list.
    const fromCard = await route(envelope(type), CARD_FRAME);
    if (EXPECTED_CARD_TYPES.includes(type)) expect(fromCard).toEqual({ ok: true, value: 'handled' });
    else expect(fromCard).toMatchObject({ ok: false });
    const fromCall = await route(envelope(type), CALL_FRAME);
    if (EXPECTED_CALL_SIDEBAR_TYPES.includes(type)) expect(fromCall).toEqual({ ok: true, value: 'handled' });
    else expect(fromCall).toMatchObject({ ok: false });

    const expectedCalls =
      2 +
      Number(EXPECTED_CONTENT_TYPES.includes(type)) +
      Number(EXPECTED_FRAME_TYPES.includes(type)) +
      Number(EXPECTED_CARD_TYPES.includes(type)) +
      Number(EXPECTED_CALL_SIDEBAR_TYPES.includes(type));
    expect(called).toEqual(Array(expectedCalls).fill(type));
  });

  it('refuses unknown types from every sender, without calling anything', async () => {
    const { route, called } = spyRouter();
    for (const sender of [CONTENT, OPTIONS, OTHER_EXTENSION]) {
      for (const type of ['nope', 'toString', '__proto__', 'constructor', 'data/export ']) {
        expect(await route(envelope(type), sender)).toMatchObject({
          ok: false,
          error: expect.stringMatching(/Unknown/),
        });
      }
    }
    expect(called).toEqual([]);
  });

  it('a content script cannot export, change settings or delete: the audit’s three calls', async () => {
    const route = createRouter(createHandlers(), SELF);
    await addAppreciation({ email: 'anna@example.org', name: 'Anna', text: 'Always on time', source: 'sidebar' });
    const exported = await route(envelope('data/export'), CONTENT);
    expect(exported).toMatchObject({ ok: false });
    expect(JSON.stringify(exported)).not.toContain('Always on time');
    expect(await route(envelope('settings/set', { patch: { disabledSites: ['gmail'] } }), CONTENT)).toMatchObject({
      ok: false,
    });
    expect(await route(envelope('data/delete-all'), CONTENT)).toMatchObject({ ok: false });
    expect((await readSettings()).disabledSites).toEqual([]);
    expect((await listContacts()).map((c) => c.id)).toEqual(['anna@example.org']);
    // The options page still may.
    expect(await route(envelope('data/export'), OPTIONS)).toMatchObject({ ok: true });
  });

  it('bounds payload sizes: a huge note or draft is refused before any handler runs', async () => {
    const { route, called } = spyRouter();
    const note = { email: 'a@example.org', name: 'A', text: 'x'.repeat(200_000), source: 'sidebar' };
    expect(await route(envelope('contacts/appreciate', note), GRANTED_FRAME)).toEqual({
      ok: false,
      error: 'contacts/appreciate: too large',
    });
    const draft = { text: 'y'.repeat(2_000_000), options: {} };
    expect(await route(envelope('analysis/run', draft), GRANTED_FRAME)).toMatchObject({ ok: false });
    const recipients = { text: 'Hallo', options: {}, recipients: Array(200_000).fill('a@example.org') };
    expect(await route(envelope('analysis/run', recipients), GRANTED_FRAME)).toMatchObject({ ok: false });
    expect(called).toEqual([]);
    // The page side sends at most the first MAX_ANALYSED_CHARS; the background holds a page to that too.
    const long = { text: 'Das ist falsch.\n'.repeat(MAX_ANALYSED_CHARS / 10), options: {} };
    expect(await route(envelope('analysis/run', long), GRANTED_FRAME)).toMatchObject({ ok: false });
    expect(await route(envelope('analysis/rewrites', { ...long, indexes: [0] }), GRANTED_FRAME)).toMatchObject({
      ok: false,
    });
    // A normal draft goes through.
    expect(await route(envelope('analysis/run', { text: 'Hallo', options: {} }), GRANTED_FRAME)).toMatchObject({
      ok: true,
    });
  });
});

describe('classifySender', () => {
  it('knows extension pages by their origin, content scripts by the rest', () => {
    expect(classifySender(OPTIONS, SELF).kind).toBe('extension');
    expect(classifySender(POPUP, SELF).kind).toBe('extension');
    expect(classifySender(CONTENT, SELF)).toEqual({ kind: 'content', url: CONTENT.url, tabId: 7, frameId: 0 });
    // The options page opened in a tab is the top frame: an extension page.
    expect(classifySender({ ...OPTIONS, frameId: 0 }, SELF).kind).toBe('extension');
    // An extension page inside a tab's frame is a frame, granted only when the background says so.
    expect(classifySender(GRANTED_FRAME, SELF)).toMatchObject({ kind: 'frame', tabId: 7, frameId: 5, granted: false });
    expect(classifySender(GRANTED_FRAME, SELF, () => 'mail')).toMatchObject({
      kind: 'frame',
      granted: true,
      surface: 'mail',
    });
    expect(classifySender(OTHER_EXTENSION, SELF).kind).toBe('foreign');
    expect(classifySender(undefined, SELF).kind).toBe('foreign');
    // A page whose URL merely contains the extension's origin is still a page.
    expect(classifySender({ id: SELF.id, url: `https://evil.example/?${SELF.origin}` }, SELF).kind).toBe('content');
  });
});

describe('withinSize', () => {
  it('counts text and entries, and stops early', () => {
    expect(withinSize({ a: 'xx', b: ['y', 'z'] }, 20)).toBe(true);
    expect(withinSize({ a: 'x'.repeat(30) }, 20)).toBe(false);
    expect(withinSize(Array(1_000_000).fill(0), 1_000)).toBe(false);
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 10_000; i++) node = node.next = {} as Record<string, unknown>;
    expect(withinSize(deep, 100)).toBe(false);
  });
});
