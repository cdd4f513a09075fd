// The popup's "Not on this site" and "Pause for an hour" for the current tab:
// the mail content script on the Gmail fixture takes its sidebar away at once
// and brings it back when the site is on again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostSelector, queryInUi } from './closed-root';
import {
  askBackground,
  askPages,
  eventually,
  extensionPage,
  launch,
  type Session,
  screenshot,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';

const INBOX = 'https://mail.google.com/mail/u/0/';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const HOST = 'rapport-sidebar';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
});

afterAll(async () => {
  await session?.close();
});

const sidebarPlaced = (page: Page) =>
  page.evaluate((selector) => document.querySelector(selector) !== null, hostSelector(HOST));

describe('the popup controls Rapport on the tab’s site', () => {
  it('"Not on this site" and "Pause for an hour" take the sidebar away at once; on again brings it back', async () => {
    const mail = await session.context.newPage();
    await mail.goto(`${INBOX}#inbox`);
    await mail.click('[gh="cm"]');
    await eventually('the sidebar', () => queryInUi(mail, HOST, '[data-testid="sidebar"]'), 15_000);

    const tabId = (await askPages<{ site: string }>(session, 'page-site'))?.tabId;
    const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 372, height: 600 });
    const state = popup.getByTestId('site-state');
    await state.getByText('Rapport runs on Gmail.').waitFor();
    await screenshot(popup, 'popup-site', { x: 0, y: 0, width: 372, height: 600 });

    // The buttons' names are their visible text.
    await popup.getByRole('button', { name: 'Not on this site', exact: true }).click();
    await state.getByText('Rapport is off on Gmail.').waitFor();
    await eventually('the sidebar gone', async () => !(await sidebarPlaced(mail)));
    const off = await askBackground<{ disabledSites: string[] }>(popup, { type: 'settings/get' });
    expect(off.disabledSites).toEqual(['gmail']);
    // A new compose stays without Rapport while the site is off.
    await mail.click('.Ha');
    await mail.click('[gh="cm"]');
    await mail.locator('div[g_editable="true"]').first().waitFor();
    await mail.waitForTimeout(800);
    expect(await sidebarPlaced(mail)).toBe(false);

    await popup.getByRole('button', { name: 'Turn on again', exact: true }).click();
    await state.getByText('Rapport runs on Gmail.').waitFor();
    await eventually('the sidebar back', () => queryInUi(mail, HOST, '[data-testid="sidebar"]'), 15_000);

    const before = Date.now();
    await popup.getByRole('button', { name: 'Pause for an hour', exact: true }).click();
    await state.getByText(/^Rapport is paused on Gmail until /).waitFor();
    await eventually('the sidebar gone for the pause', async () => !(await sidebarPlaced(mail)));
    const paused = await askBackground<{ pausedSites: Record<string, string> }>(popup, { type: 'settings/get' });
    const until = Date.parse(paused.pausedSites.gmail ?? '');
    expect(until - before).toBeGreaterThan(59 * 60_000);
    expect(until - before).toBeLessThan(61 * 60_000);

    await popup.getByRole('button', { name: 'Resume now', exact: true }).click();
    await state.getByText('Rapport runs on Gmail.').waitFor();
    await eventually(
      'the sidebar back after the pause',
      () => queryInUi(mail, HOST, '[data-testid="sidebar"]'),
      15_000,
    );
    expect((await askBackground<{ pausedSites: object }>(popup, { type: 'settings/get' })).pausedSites).toEqual({});
    await Promise.all([popup.close(), mail.close()]);
  });

  it('takes the pre-join card away on a call page and brings it back', async () => {
    const meet = await session.context.newPage();
    await meet.goto(PREJOIN);
    await eventually('the card', () => queryInUi(meet, 'rapport-precall', '[data-testid="precall-card"]'), 15_000);
    const placed = () =>
      meet.evaluate((selector) => document.querySelector(selector) !== null, hostSelector('rapport-precall'));
    const tabId = (await askPages<{ site: string }>(session, 'page-site'))?.tabId;
    const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
    const state = popup.getByTestId('site-state');
    await state.getByText('Rapport runs on Google Meet.').waitFor();
    await popup.getByRole('button', { name: 'Pause for an hour', exact: true }).click();
    await state.getByText(/^Rapport is paused on Google Meet until /).waitFor();
    await eventually('the card gone', async () => !(await placed()));
    await popup.getByRole('button', { name: 'Resume now', exact: true }).click();
    await eventually('the card back', () => queryInUi(meet, 'rapport-precall', '[data-testid="precall-card"]'), 15_000);
    await Promise.all([popup.close(), meet.close()]);
  });

  it('shows no site control where the tab is not a site Rapport works on', async () => {
    const popup = await extensionPage(session, 'popup.html');
    await popup.locator('form.rp-settings').waitFor();
    expect(await popup.getByTestId('site-control').count()).toBe(0);
    await popup.close();
  });
});
