// The background's grants for mail sidebar frames: only the frame that
// presents the token its tab's content script was given gets that tab's draft
// and may send commands; a frame the page created itself gets nothing.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RawSender, Sender } from '../../../lib/messaging/access';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';
import type { DraftSnapshot } from '../../../lib/messaging/surface-types';
import { createSurfaces, parseCommand, parseMeeting, type SurfacePort } from '../../../lib/messaging/surfaces';
import { readSettings } from '../../../lib/storage/settings';

const SELF = { id: 'rapport-test-id', origin: 'chrome-extension://rapport-test-id/' };
const CONTENT: Sender = { kind: 'content', url: 'https://mail.google.com/mail/u/0/', tabId: 7, frameId: 0 };
const frameSender = (frameId: number, documentId: string, tabId = 7): RawSender => ({
  id: SELF.id,
  url: `${SELF.origin}mail-sidebar.html`,
  tab: { id: tabId },
  frameId,
  documentId,
});

function fakePort(sender: RawSender) {
  const got: unknown[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const closers: (() => void)[] = [];
  let disconnected = false;
  const port: SurfacePort = {
    name: 'rapport-surface',
    sender,
    postMessage: (m) => got.push(m),
    disconnect: () => {
      disconnected = true;
      for (const c of closers) c();
    },
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: (l) => closers.push(l) },
  };
  return {
    port,
    got,
    say: (m: unknown) => {
      for (const l of listeners) l(m);
    },
    disconnected: () => disconnected,
  };
}

const DRAFT: DraftSnapshot = {
  version: 1,
  text: 'Sie haben schon wieder nicht geantwortet.',
  longDraft: false,
  wordCount: 6,
  recipients: [{ name: 'Anna', email: 'anna@example.org' }],
  repliedTo: null,
  cramped: false,
};

function setup() {
  const told: [number, number, unknown][] = [];
  const surfaces = createSurfaces(async (tabId, frameId, message) => {
    told.push([tabId, frameId, message]);
    return 'replaced';
  });
  return { surfaces, told };
}

describe('sidebar frame grants', () => {
  it('grants the frame that presents its tab’s token, once, and hands it the draft', async () => {
    const { surfaces, told } = setup();
    const { token } = surfaces.open(CONTENT);
    surfaces.draft(CONTENT, DRAFT);
    const frame = fakePort(frameSender(5, 'doc-a'));
    surfaces.connect(frame.port, SELF);
    // The page's guesses come first: nothing.
    frame.say({ token: 'guess' });
    frame.say({ token: '' });
    expect(frame.got).toEqual([]);
    expect(surfaces.granted(frameSender(5, 'doc-a'))).toBeNull();
    frame.say({ token });
    expect(frame.got).toEqual([{ granted: true }, { draft: DRAFT }]);
    expect(surfaces.granted(frameSender(5, 'doc-a'))).toBe('mail');
    // Another document in the same frame (the page changed its src) is not granted.
    expect(surfaces.granted(frameSender(5, 'doc-b'))).toBeNull();

    // The token is spent: a copy the page framed with it gets nothing.
    const copy = fakePort(frameSender(6, 'doc-c'));
    surfaces.connect(copy.port, SELF);
    copy.say({ token });
    expect(copy.got).toEqual([]);
    expect(surfaces.granted(frameSender(6, 'doc-c'))).toBeNull();

    // Later drafts follow on the port; commands go to the content script's frame, checked.
    surfaces.draft(CONTENT, { ...DRAFT, version: 2 });
    expect(frame.got).toHaveLength(3);
    const from: Sender = { kind: 'frame', url: '', tabId: 7, frameId: 5, granted: true };
    expect(await surfaces.command(from, { op: 'undo' })).toBe('replaced');
    expect(told).toEqual([[7, 0, { channel: 'rapport-surface', command: { op: 'undo' } }]]);
    await expect(surfaces.command({ ...from, frameId: 6 }, { op: 'undo' })).rejects.toThrow(/no sidebar/);
  });

  it('refuses a token from another tab, and ports that are not frames', () => {
    const { surfaces } = setup();
    const { token } = surfaces.open(CONTENT);
    const elsewhere = fakePort(frameSender(5, 'doc-a', 8));
    surfaces.connect(elsewhere.port, SELF);
    elsewhere.say({ token });
    expect(elsewhere.got).toEqual([]);
    const top = fakePort({ ...frameSender(0, 'doc-t') });
    surfaces.connect(top.port, SELF);
    expect(top.disconnected()).toBe(true);
    const page = fakePort({ id: SELF.id, url: 'https://mail.google.com/', tab: { id: 7 }, frameId: 3 });
    surfaces.connect(page.port, SELF);
    expect(page.disconnected()).toBe(true);
  });

  it('forgets the grant when the frame goes, and the surface when the compose closes', () => {
    const { surfaces } = setup();
    const { token } = surfaces.open(CONTENT);
    const frame = fakePort(frameSender(5, 'doc-a'));
    surfaces.connect(frame.port, SELF);
    frame.say({ token });
    frame.port.disconnect();
    expect(surfaces.granted(frameSender(5, 'doc-a'))).toBeNull();
    // A newer compose in the same frame opened before the old one's close arrived: it stays.
    const newer = surfaces.open(CONTENT).token;
    surfaces.close(CONTENT, token);
    expect(() => surfaces.draft(CONTENT, DRAFT)).not.toThrow();
    surfaces.close(CONTENT, newer);
    expect(() => surfaces.draft(CONTENT, DRAFT)).toThrow(/No sidebar/);
  });

  it('hands the underline layer its boxes only, and gives it no rights', () => {
    const { surfaces } = setup();
    const { underlines } = surfaces.open(CONTENT);
    const layer = fakePort(frameSender(9, 'doc-l'));
    surfaces.connect(layer.port, SELF);
    layer.say({ token: underlines });
    surfaces.draft(CONTENT, DRAFT);
    surfaces.marks(CONTENT, { boxes: [{ x: 1, y: 2, w: 3, h: 4 }], focus: [] });
    expect(layer.got).toEqual([{ granted: true }, { marks: { boxes: [{ x: 1, y: 2, w: 3, h: 4 }], focus: [] } }]);
    // The layer may ask the background nothing.
    expect(surfaces.granted(frameSender(9, 'doc-l'))).toBeNull();
    expect(() => surfaces.marks(CONTENT, { boxes: [{ x: 1 } as never], focus: [] })).toThrow(/boxes/);
  });

  it('keeps drafts and commands bounded and typed', () => {
    const { surfaces } = setup();
    surfaces.open(CONTENT);
    expect(() => surfaces.draft(CONTENT, { ...DRAFT, text: 'x'.repeat(40_000) })).toThrow(/at most/);
    expect(() => surfaces.draft(CONTENT, { ...DRAFT, version: -1 })).toThrow();
    expect(
      parseCommand({ op: 'replace', version: 1, start: 0, end: 3, text: 'Hi', select: null, extra: 'x' } as never),
    ).toEqual({ op: 'replace', version: 1, start: 0, end: 3, text: 'Hi', select: null });
    expect(() => parseCommand({ op: 'eval' } as never)).toThrow(/Unknown/);
    expect(() =>
      parseCommand({ op: 'underline', version: 1, spans: Array(30_001).fill({ start: 0, end: 1 }), addressForm: null }),
    ).toThrow();
  });
});

describe('call frame grants', () => {
  const MEETING = { site: 'meet', key: 'abc-defg-hij', title: 'Abnahme' };

  it('hands the granted card its meeting, names its kind, and never a mail draft', () => {
    const { surfaces } = setup();
    const { token } = surfaces.open(CONTENT, 'call-card', MEETING);
    const card = fakePort(frameSender(5, 'doc-card'));
    surfaces.connect(card.port, SELF);
    card.say({ token });
    expect(card.got).toEqual([{ granted: true }, { meeting: MEETING }]);
    expect(surfaces.granted(frameSender(5, 'doc-card'))).toBe('call-card');
  });

  it('gives the in-call sidebar the chat message and takes it back when the chat closes', () => {
    const { surfaces } = setup();
    const { token } = surfaces.open(CONTENT, 'call-sidebar', MEETING);
    const sidebar = fakePort(frameSender(5, 'doc-call'));
    surfaces.connect(sidebar.port, SELF);
    sidebar.say({ token });
    surfaces.draft(CONTENT, DRAFT);
    surfaces.draft(CONTENT, null);
    expect(sidebar.got).toEqual([{ granted: true }, { meeting: MEETING }, { draft: DRAFT }, { draft: null }]);
    expect(surfaces.granted(frameSender(5, 'doc-call'))).toBe('call-sidebar');
  });

  it('wants a bounded meeting for a call surface and a known kind', () => {
    const { surfaces } = setup();
    expect(() => surfaces.open(CONTENT, 'call-card')).toThrow(/meeting/);
    expect(() => surfaces.open(CONTENT, 'popup' as never, MEETING)).toThrow(/kind/);
    expect(parseMeeting('call-card', { ...MEETING, title: 'x'.repeat(5_000) })?.title.length).toBeLessThanOrEqual(
      2_000,
    );
    expect(parseMeeting('mail', MEETING)).toBeNull();
    expect(parseCommand({ op: 'dismiss', extra: 1 } as never)).toEqual({ op: 'dismiss' });
  });
});

describe('a granted frame acting for its page', () => {
  it('turns off the site of the page it was placed on, and no other', async () => {
    fakeBrowser.reset();
    const surfaces = createSurfaces(async () => 'done');
    const route = createRouter(createHandlers(surfaces), SELF, surfaces.granted);
    const page: RawSender = { id: SELF.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9 }, frameId: 0 };
    const opened = (await route(
      {
        channel: 'rapport',
        message: {
          type: 'surface/open',
          kind: 'call-card',
          meeting: { site: 'meet', key: 'abc-defg-hij', title: 'Abnahme' },
        },
      },
      page,
    )) as { ok: true; value: { token: string } };
    const card = { ...frameSender(5, 'card-doc', 9), url: `${SELF.origin}call-card.html` };
    const port = fakePort(card);
    surfaces.connect(port.port, SELF);
    port.say({ token: opened.value.token });
    const ask = (disableSite: string) =>
      route({ channel: 'rapport', message: { type: 'settings/page-set', disableSite } }, card);
    expect(await ask('gmail')).toMatchObject({ ok: false, error: 'A page can turn off only its own site' });
    expect(await ask('meet')).toMatchObject({ ok: true });
    expect((await readSettings()).disabledSites).toEqual(['meet']);
  });
});

describe('a call frame asks only about its own meeting', () => {
  it('refuses calls/* about another meeting key or site, and answers about its own', async () => {
    fakeBrowser.reset();
    const surfaces = createSurfaces(async () => 'done');
    const route = createRouter(createHandlers(surfaces), SELF, surfaces.granted);
    const page: RawSender = { id: SELF.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9 }, frameId: 0 };
    const own = { site: 'meet', key: 'abc-defg-hij' };
    const opened = (await route(
      {
        channel: 'rapport',
        message: { type: 'surface/open', kind: 'call-sidebar', meeting: { ...own, title: 'Abnahme' } },
      },
      page,
    )) as { ok: true; value: { token: string } };
    const frame = { ...frameSender(5, 'call-doc', 9), url: `${SELF.origin}call-sidebar.html` };
    const port = fakePort(frame);
    surfaces.connect(port.port, SELF);
    port.say({ token: opened.value.token });
    const ask = (type: string, about: { site: string; key: string }, extra: object) =>
      route({ channel: 'rapport', message: { type, ...about, ...extra } }, frame);
    const other = { site: 'meet', key: 'zzz-yyyy-xxx' };
    const elsewhere = { site: 'zoom', key: 'abc-defg-hij' };
    for (const about of [other, elsewhere]) {
      expect(await ask('calls/brief', about, { language: 'de' })).toMatchObject({ ok: false, error: /own meeting/ });
      expect(await ask('calls/update', about, { patch: { mood: 3 } })).toMatchObject({
        ok: false,
        error: /own meeting/,
      });
      expect(await ask('calls/moment', about, { text: 'Zusage für Mai' })).toMatchObject({
        ok: false,
        error: /own meeting/,
      });
      expect(await ask('calls/confirm', about, { contact: 'a@example.org', yes: true })).toMatchObject({
        ok: false,
        error: /own meeting/,
      });
    }
    expect(await ask('calls/brief', own, { language: 'de' })).toMatchObject({ ok: true });
  });
});

describe('the toggle shortcut', () => {
  it('goes to the granted mail sidebar of the tab it was pressed in, and to no other', () => {
    const { surfaces } = setup();
    const { token } = surfaces.open(CONTENT);
    const frame = fakePort(frameSender(5, 'doc-a'));
    surfaces.connect(frame.port, SELF);
    expect(surfaces.toggle(7)).toBe(false);
    frame.say({ token });
    expect(surfaces.toggle(8)).toBe(false);
    expect(surfaces.toggle(7)).toBe(true);
    expect(frame.got).toContainEqual({ toggle: true });
  });
});
