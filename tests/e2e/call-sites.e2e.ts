// Every call site's fixtures at the real addresses: the card on the pre-join
// screen beside its join button (never over it), no card in the call, where
// the collapsed sidebar tab waits and names the other people once opened.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInUi, clickInUi, overlaps, queryInUi, settledChat, textInUi } from './closed-root';
import { eventually, launch, type Session, screenshot, serveFixture } from './harness';

interface Site {
  id: string;
  prejoin: string;
  inCall: string;
  /** The join button's selector in the pre-join fixture. */
  join: string;
  /** Names the in-call fixture shows for the other people. */
  people: string[];
}

const SITES: Site[] = [
  {
    id: 'zoom',
    prejoin: 'https://app.zoom.us/wc/87412345678/join?fromPWA=1',
    inCall: 'https://us06web.zoom.us/wc/87412345678/join',
    join: 'button.preview-join-button',
    people: ['Anna Schmidt', 'Jonas Weber'],
  },
  {
    id: 'teams',
    prejoin: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTFh%40thread.v2/0',
    inCall: 'https://teams.microsoft.com/v2/',
    join: '[data-tid="prejoin-join-button"]',
    people: ['Anna Schmidt', 'Jonas Weber'],
  },
  {
    id: 'jitsi',
    prejoin: 'https://meet.jit.si/WeeklyPlanning',
    inCall: 'https://meet.jit.si/ProjectKickoff',
    join: '[data-testid="prejoin.joinMeeting"]',
    people: ['Anna Schmidt', 'Jonas Weber'],
  },
  {
    id: 'webex',
    prejoin: 'https://acme.webex.com/meet/anna.schmidt',
    inCall: 'https://acme.webex.com/webappng/sites/acme/meeting/info/8c2f1e4b',
    join: '[data-test="join-button"]',
    people: ['Anna Schmidt', 'Jonas Weber'],
  },
];

let session: Session;

beforeAll(async () => {
  session = await launch();
  for (const site of SITES) {
    await serveFixture(session.context, `${site.prejoin.split('?')[0]}**`, `${site.id}/prejoin.html`);
    await serveFixture(session.context, `${site.inCall}**`, `${site.id}/in-call.html`);
  }
});

afterAll(() => session?.close());

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

describe.each(SITES)('$id', (site) => {
  it('shows the card on the pre-join screen beside the join button, without covering it', async () => {
    const page = await open(site.prejoin);
    await eventually('the card', () => queryInUi(page, 'rapport-precall', '[data-testid="precall-card"]'));
    const join = await page.locator(site.join).first().boundingBox();
    const card = await boxInUi(page, 'rapport-precall', '[data-testid="precall-card"]');
    expect(join).not.toBeNull();
    expect(overlaps(card, join as NonNullable<typeof join>)).toBe(false);
    expect(await textInUi(page, 'rapport-precall', '[data-testid="checklist"]')).toContain(
      'Name the difficult point early.',
    );
    await screenshot(page, `precall-${site.id}`);
    await page.close();
  });

  it('shows no card in the call; the collapsed tab opens on the people in it', async () => {
    const page = await open(site.inCall);
    await eventually('the tab', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
    expect(await page.evaluate(() => document.querySelector('[data-rapport-ui="rapport-precall"]'))).toBeNull();
    await clickInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]');
    await eventually('the people', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-people"]'));
    const people = await textInUi(page, 'rapport-call-sidebar', '[data-testid="call-people"]');
    for (const name of site.people) expect(people).toContain(name);
    expect(people).not.toContain('Sam Taylor');
    await page.close();
  });
});

describe('zoom inside its iframe#webclient', () => {
  it('shows the card in the client frame, not on the outer page', async () => {
    const outer = 'https://app.zoom.us/wc/87412345678/start';
    await session.context.route(outer, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Zoom</title><iframe id="webclient" src="https://app.zoom.us/wc/87412345678/join?fromPWA=1" style="width:100%;height:760px;border:0"></iframe>',
      }),
    );
    const page = await open(outer);
    const client = await eventually('the client frame', async () =>
      page.frames().find((f) => f.url().includes('/join')),
    );
    await eventually('the card in the frame', () =>
      client.evaluate(() => document.querySelector('[data-rapport-ui="rapport-precall"]') !== null || null),
    );
    expect(await page.evaluate(() => document.querySelector('[data-rapport-ui="rapport-precall"]'))).toBeNull();
    await page.close();
  });
});

describe.each([
  { id: 'teams', box: '[data-tid="ckeditor"]' },
  { id: 'zoom', box: '.tiptap[contenteditable="true"]' },
])('$id chat box (a rich-text editor)', ({ id, box }) => {
  it('gets findings for the message being typed, and a rewrite applies in place', async () => {
    const site = SITES.find((s) => s.id === id) as Site;
    const page = await open(site.inCall);
    await eventually('the tab', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
    await clickInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]');
    const editor = page.locator(box).first();
    await editor.click();
    await page.keyboard.type('Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.');
    await eventually(
      'a rewrite for the chat message',
      () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="chat-findings"] [data-testid="apply"]'),
      15_000,
    );
    await settledChat(page, 'rapport-call-sidebar');
    await clickInUi(page, 'rapport-call-sidebar', '[data-testid="chat-findings"] [data-testid="apply"]');
    await eventually('the rewrite in the chat box', async () => !(await editor.innerText()).startsWith('Wie bereits'));
    expect((await editor.innerText()).trim()).toMatch(/, haben Sie die Unterlagen schon wieder nicht geschickt\.$/);
    await page.close();
  });
});
