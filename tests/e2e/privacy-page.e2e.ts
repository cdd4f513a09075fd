// The privacy statement inside the built extension: PRIVACY.md's section in the
// UI language, as the user reads it, reached from the options page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section } from '../../lib/ui/markdown';
import { markdownWords, squash } from '../markdown-words';
import { askBackground, eventually, extensionPage, launch, type Session } from './harness';

const PRIVACY = readFileSync('PRIVACY.md', 'utf8');
const expected = (heading: string) => markdownWords(section(PRIVACY, heading));
const visible = async (page: Page) => {
  await page.getByTestId('privacy-page').waitFor();
  return squash(await page.getByTestId('privacy-page').innerText());
};

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('privacy page', () => {
  it('shows the English section of PRIVACY.md word for word in an English browser', async () => {
    const page = await extensionPage(session, 'privacy.html');
    expect(expected('Privacy').length).toBeGreaterThan(1000);
    expect(await visible(page)).toBe(expected('Privacy'));
    expect(await page.locator('h1').innerText()).toBe('Privacy');
    expect(await page.title()).toBe('Rapport: privacy');
    await page.close();
  });

  it('follows the UI language chosen in the settings', async () => {
    const options = await extensionPage(session, 'options.html');
    await askBackground(options, { type: 'settings/set', patch: { uiLanguage: 'de' } });
    const page = await extensionPage(session, 'privacy.html');
    expect(await visible(page)).toBe(expected('Datenschutz'));
    await eventually('lang="de"', () => page.evaluate(() => document.documentElement.lang === 'de'));
    await askBackground(options, { type: 'settings/set', patch: { uiLanguage: 'en' } });
    await page.close();
    await options.close();
  });

  it('is linked from the options page', async () => {
    const options = await extensionPage(session, 'options.html');
    const link = options.getByTestId('privacy-link');
    await link.waitFor();
    const [page] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/privacy.html');
    expect(await visible(page)).toBe(expected('Privacy'));
    await page.close();
    await options.close();
  });
});
