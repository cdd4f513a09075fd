// A fresh profile with the built extension: the welcome page opens by itself,
// shows the real sidebar, card and popup brief on sample data, and the language
// and sites chosen there are the settings every other page reads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, EXTENSION_DIR, eventually, extensionPage, launch, type Session, screenshot } from './harness';

let session: Session;

beforeAll(async () => {
  session = await launch(undefined, undefined, { keepWelcome: true });
});

afterAll(async () => {
  await session?.close();
});

const isWelcome = (page: Page) => page.url() === `chrome-extension://${session.extensionId}/welcome.html`;

/** The previewed sidebar (the real component) on a dark OS: dark, and pictured for the README. */
async function darkSidebarShot(welcome: Page, name: string): Promise<void> {
  await welcome.emulateMedia({ colorScheme: 'dark' });
  const sidebar = welcome.getByTestId('preview-sidebar').getByTestId('sidebar');
  await sidebar.scrollIntoViewIfNeeded();
  const background = await sidebar.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect((r ?? 255) + (g ?? 255) + (b ?? 255), background).toBeLessThan(3 * 80);
  const box = await sidebar.boundingBox();
  if (box) await screenshot(welcome, name, { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 700) });
  await welcome.emulateMedia({ colorScheme: 'light' });
}

describe('the welcome page', () => {
  it('opens on install and previews the real sidebar, card and popup brief', async () => {
    const welcome = await eventually('the welcome tab', async () => session.context.pages().find(isWelcome), 15_000);
    await welcome.getByRole('heading', { name: 'Welcome to Rapport', level: 1 }).waitFor();
    expect(await welcome.getByTestId('welcome-never').textContent()).toContain('no network requests');
    // The components' own markup, not pictures of it.
    const sidebar = welcome.getByTestId('preview-sidebar').getByTestId('sidebar');
    await sidebar.getByTestId('gauge-tension').waitFor();
    expect(await sidebar.getByTestId('finding').count()).toBeGreaterThan(0);
    expect(await welcome.getByTestId('preview-card').getByTestId('precall-card').count()).toBe(1);
    expect(await welcome.getByTestId('preview-popup').getByTestId('call-brief').count()).toBe(1);
    // Previews take no focus: Tab from the language choice never lands in them.
    expect(await welcome.locator('.rp-welcome__preview[inert]').count()).toBe(3);
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await screenshot(welcome, 'welcome-en');
    await darkSidebarShot(welcome, 'sidebar-dark-en');
  });

  it('keeps the language and the sites chosen there', async () => {
    const welcome = session.context.pages().find(isWelcome) as Page;
    await welcome.getByRole('combobox', { name: 'Language of Rapport' }).selectOption('de');
    await welcome.getByRole('heading', { name: 'Willkommen bei Rapport', level: 1 }).waitFor();
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('de');
    // The samples follow the language.
    await eventually('the German sample', async () =>
      (await welcome.getByTestId('preview-sidebar').getByTestId('finding').allTextContents())
        .join(' ')
        .includes('Wie ich schon schrieb'),
    );
    await darkSidebarShot(welcome, 'sidebar-dark-de');
    await welcome.getByRole('checkbox', { name: 'Gmail' }).uncheck();
    await welcome.getByTestId('settings-status').getByText('Gespeichert.').waitFor();

    const settings = await askBackground<{ uiLanguage: string; disabledSites: string[] }>(welcome, {
      type: 'settings/get',
    });
    expect(settings.uiLanguage).toBe('de');
    expect(settings.disabledSites).toEqual(['gmail']);
    // The options page reads the same settings.
    const options = await extensionPage(session, 'options.html#sites');
    await options.getByRole('checkbox', { name: 'Gmail' }).waitFor();
    expect(await options.getByRole('checkbox', { name: 'Gmail' }).isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Outlook' }).first().isChecked()).toBe(true);
    await options.close();
    await welcome.close();
  });

  it('after a minor update leads with what changed since the previous version', async () => {
    const { version } = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    const news = await extensionPage(session, 'welcome.html?from=0.0.9#whats-new');
    const section = news.getByTestId('whats-new');
    await section.getByRole('heading', { name: 'Neu seit Version 0.0.9' }).waitFor();
    // The entry of the installed minor version, in the language chosen above.
    await section.getByRole('heading', { name: `Version ${version.split('.').slice(0, 2).join('.')}` }).waitFor();
    expect(await section.locator('li').count()).toBeGreaterThan(0);
    // Opened without an earlier version, the page shows no changes.
    const plain = await extensionPage(session, 'welcome.html');
    await plain.getByRole('heading', { level: 1 }).waitFor();
    expect(await plain.getByTestId('whats-new').count()).toBe(0);
    await Promise.all([news.close(), plain.close()]);
  });
});
