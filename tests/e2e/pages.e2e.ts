import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryInUi } from './closed-root';
import {
  eventually,
  extensionPage,
  launch,
  type Session,
  screenshot,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('form.rp-settings').waitFor();
}

describe('popup and options pages', () => {
  it('render their settings and share them through the background', async () => {
    const popup = await extensionPage(session, 'popup.html');
    await ready(popup);
    await expect(popup.locator('h1').textContent()).resolves.toBe('Rapport');
    const toggle = popup.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await popup.getByRole('status').getByText('Saved.').waitFor();

    const options = await extensionPage(session, 'options.html#general');
    await ready(options);
    expect(await options.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' }).isChecked()).toBe(true);

    // Written in options, read in the popup after a reload.
    await options.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' }).uncheck();
    await options.getByRole('status').getByText('Saved.').waitFor();
    await popup.reload();
    await ready(popup);
    expect(await popup.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' }).isChecked()).toBe(false);
    await popup.close();
    await options.close();
  });

  it('switches the UI language at runtime and keeps it', async () => {
    const options = await extensionPage(session, 'options.html#general');
    await ready(options);
    await options.getByRole('combobox', { name: 'Language of Rapport' }).selectOption('de');
    // The page re-renders in German without a reload.
    await options.getByRole('heading', { name: 'Rapport-Einstellungen' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');

    const popup = await extensionPage(session, 'popup.html');
    await ready(popup);
    await popup.getByRole('checkbox', { name: 'Mail-Seitenleiste eingeklappt starten' }).waitFor();
    await options.getByRole('combobox', { name: 'Sprache von Rapport' }).selectOption('auto');
    await options.getByRole('heading', { name: 'Rapport settings' }).waitFor();
    await popup.close();
    await options.close();
  });

  it('adds own webmail only for a secure, new address, and explains a refusal', async () => {
    const options = await extensionPage(session, 'options.html#sites');
    await options.getByRole('textbox', { name: 'Webmail address' }).waitFor();
    const field = options.getByRole('textbox', { name: 'Webmail address' });
    const add = options.getByRole('button', { name: 'Allow on this site' });
    await field.fill('http://webmail.example.org');
    await add.click();
    await options.getByRole('alert').getByText('Rapport only works on https addresses.').waitFor();
    await field.fill('mail.google.com');
    await add.click();
    await options.getByRole('alert').getByText('Rapport already supports this site').waitFor();
    expect(await options.getByText('No own webmail yet.').isVisible()).toBe(true);
    await screenshot(options, 'options-own-webmail', { x: 0, y: 0, width: 1280, height: 640 });
    await options.close();
  });

  it('keeps settings across a browser restart and applies them in the mail sidebar', async () => {
    const options = await extensionPage(session, 'options.html#general');
    await ready(options);
    await options.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' }).check();
    await options.getByRole('status').getByText('Saved.').waitFor();
    await session.close({ keepProfile: true });

    session = await launch(session.userDataDir);
    const again = await extensionPage(session, 'options.html#general');
    await ready(again);
    expect(await again.getByRole('checkbox', { name: 'Start the mail sidebar collapsed' }).isChecked()).toBe(true);

    await serveFixture(session.context, 'https://mail.google.com/**', 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
    const mail = await session.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox');
    await mail.click('[gh="cm"]');
    await eventually('the collapsed tab', () => queryInUi(mail, 'rapport-sidebar', '[data-testid="sidebar-expand"]'));
    expect(await queryInUi(mail, 'rapport-sidebar', '[data-testid="sidebar"]')).toBeNull();
  });
});
