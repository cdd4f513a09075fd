// After the extension is updated or reloaded, the scripts it left in open
// tabs are orphaned: they can no longer reach the background. Their surfaces
// must go (the new version mounts its own on the next compose) instead of
// staying on the page with "Extension context invalidated".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostSelector, queryInUi } from './closed-root';
import { eventually, GMAIL_HEADERS, inServiceWorker, launch, type Session, serveFixture } from './harness';

const HOST = 'rapport-sidebar';
const INBOX = 'https://mail.google.com/mail/u/0/';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', GMAIL_HEADERS);
});

afterAll(async () => {
  await session?.close();
});

const hostCount = (page: Page) => page.evaluate((s) => document.querySelectorAll(s).length, hostSelector(HOST));

describe('after an extension update', () => {
  it('removes the orphaned sidebar from the open compose within seconds', async () => {
    const page = await session.context.newPage();
    await page.goto(`${INBOX}#inbox`);
    await page.click('[gh="cm"]');
    await eventually('the sidebar', () => queryInUi(page, HOST, '[data-testid="sidebar"]'));
    expect(await hostCount(page)).toBe(1);

    // What an update does to open tabs: the runtime goes, the old scripts stay.
    await inServiceWorker(session, '() => { setTimeout(() => chrome.runtime.reload(), 50); return true; }');
    await page.waitForTimeout(500);
    // The user goes on typing in the orphaned tab.
    await page.locator('div.Am[contenteditable="true"]').first().click();
    await page.keyboard.type('Sie haben schon wieder nicht geantwortet.');
    await eventually('the orphaned sidebar to go', async () => (await hostCount(page)) === 0, 3_000);
    await page.close();
  });
});
