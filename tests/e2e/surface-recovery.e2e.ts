// A sidebar frame whose document is gone (reloaded) or whose grant the
// background forgot (the MV3 service worker was stopped) comes back with the
// draft's findings by itself, without the user typing again (issue 15: the
// one-time token was consumed, and the frame stayed empty or stale).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryInUi, uiFrame } from './closed-root';
import {
  askBackground,
  eventually,
  extensionPage,
  launch,
  type Session,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';

const HOST = 'rapport-sidebar';
const CARD = 'rapport-precall';
const INBOX = 'https://mail.google.com/mail/u/0/';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
});

afterAll(async () => {
  await session?.close();
});

async function composeWithFinding(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${INBOX}#inbox`);
  await page.click('[gh="cm"]');
  await page.locator('div[g_editable="true"]').first().click();
  await page.keyboard.type('Sie haben die Unterlagen schon wieder nicht geschickt.');
  await eventually('a finding', () => queryInUi(page, HOST, '[data-testid="finding"]'), 15_000);
  return page;
}

/** Marks the frame's document, so that a fresh document is told apart from the stale one. */
async function markDocument(page: Page, host = HOST): Promise<void> {
  const frame = (await uiFrame(page, host)) as Frame;
  await frame.evaluate(() => {
    (window as unknown as { staleMark: boolean }).staleMark = true;
  });
}

/** A finding shown by a sidebar document other than the marked one. */
async function freshFinding(page: Page, host = HOST, selector = '[data-testid="finding"]'): Promise<boolean> {
  const frame = await uiFrame(page, host);
  if (!frame) return false;
  const fresh = await frame
    .evaluate(() => !(window as unknown as { staleMark?: boolean }).staleMark)
    .catch(() => false);
  return fresh && (await queryInUi(page, host, selector)) !== null;
}

describe('a sidebar frame that lost its grant', () => {
  it('shows the findings again after its document reloads', async () => {
    const page = await composeWithFinding();
    await markDocument(page);
    const frame = (await uiFrame(page, HOST)) as Frame;
    await frame.evaluate(() => location.reload());
    await eventually('findings in the reloaded frame', () => freshFinding(page), 10_000);
    await page.close();
  });

  it('shows the findings again after the service worker was stopped', async () => {
    const page = await composeWithFinding();
    await markDocument(page);
    const cdp = await session.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker?.targetId as string });
    await eventually('findings in a fresh frame', () => freshFinding(page), 15_000);
    // The fresh frame is granted: its answers come from the restarted background.
    expect(await queryInUi(page, HOST, '[data-testid="finding"]')).not.toBeNull();
    await page.close();
  });

  it('shows the pre-join card again after its document reloads', async () => {
    const setup = await extensionPage(session, 'options.html');
    const note = { email: 'anna.schmidt@example.com', name: 'Anna Schmidt', text: 'Mag kurze Termine.' };
    await askBackground(setup, { type: 'contacts/appreciate', ...note, source: 'options' });
    const page = await session.context.newPage();
    await page.goto(PREJOIN);
    const asked = '[data-testid="maybe-yes"]';
    await eventually('the card’s question', () => queryInUi(page, CARD, asked), 15_000);
    await markDocument(page, CARD);
    await ((await uiFrame(page, CARD)) as Frame).evaluate(() => location.reload());
    await eventually('the question in a fresh card', () => freshFinding(page, CARD, asked), 10_000);
    await page.close();
    await setup.close();
  });
});
