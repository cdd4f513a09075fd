import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, focusInUi, queryInUi, waitForTextInUi } from './closed-root';
import { eventually, extensionPage, launch, type Session, serveFixture, TRUSTED_TYPES_HEADERS } from './harness';

// Everything Rapport does stays in the browser: during a full scenario the
// only requests are to the extension itself and to the routed fixture pages.
const ROUTED = ['https://mail.google.com/mail/u/0/', 'https://meet.google.com/abc-defg-hij'];

let session: Session;
const seen: string[] = [];

beforeAll(async () => {
  session = await launch();
  const record = (request: Request) => seen.push(request.url());
  session.context.on('request', record);
  session.context.on('requestfailed', (request) => seen.push(`FAILED ${request.url()}`));
  await serveFixture(session.context, `${ROUTED[0]}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${ROUTED[1]}**`, 'meet/prejoin.html');
});

afterAll(async () => {
  await session?.close();
});

describe('network', () => {
  it('sends nothing anywhere during a full scenario', async () => {
    const mail = await session.context.newPage();
    await mail.goto(`${ROUTED[0]}#inbox`);
    await mail.click('[gh="cm"]');
    await mail.locator('div[g_editable="true"]').first().click();
    await mail.keyboard.type('Vielen Dank für Ihre Geduld.');
    await waitForTextInUi(mail, 'rapport-sidebar', '[data-testid="word-count"]', '5 words in your draft');
    await eventually('the question', () => queryInUi(mail, 'rapport-sidebar', '[data-testid="appreciation-input"]'));
    await focusInUi(mail, 'rapport-sidebar', '[data-testid="appreciation-input"]');
    await mail.keyboard.type('Immer geduldig.');
    await mail.keyboard.press('Enter');
    await eventually('the saved note', () => queryInUi(mail, 'rapport-sidebar', '[data-testid="appreciation-saved"]'));
    await clickInUi(mail, 'rapport-sidebar', '[data-testid="sidebar-collapse"]');

    const meet = await session.context.newPage();
    await meet.goto(ROUTED[1] as string);
    await eventually('the card', () => queryInUi(meet, 'rapport-precall', '[data-testid="precall-card"]'));

    const popup = await extensionPage(session, 'popup.html');
    await popup.getByRole('checkbox').first().check();
    const options = await extensionPage(session, 'options.html#general');
    await options.getByRole('combobox').selectOption('de');
    await options.getByRole('status').getByText('Gespeichert.').waitFor();
    // A backup is a download from the page itself, not a request.
    await options.evaluate(() => {
      location.hash = 'data';
    });
    await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);

    const origin = `chrome-extension://${session.extensionId}/`;
    // Content-script CSS comes from a per-session dynamic id (use_dynamic_url);
    // ours is the only extension loaded, so any chrome-extension: URL is ours.
    const allowed = (url: string) => url.startsWith('chrome-extension://') || ROUTED.some((r) => url.startsWith(r));
    // The recorder must see the fixtures and the extension's pages, or it records nothing at all.
    expect(seen.some((url) => url.startsWith(ROUTED[0] as string))).toBe(true);
    expect(seen.some((url) => url.startsWith(origin))).toBe(true);
    expect(seen.filter((url) => !allowed(url))).toEqual([]);
  });
});
