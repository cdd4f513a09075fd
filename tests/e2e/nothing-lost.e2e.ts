// Two options pages open at once, each showing the settings as they were when
// it loaded: a change in one must not undo the other's (the lists change by
// add/remove inside the background's serialized write, not by whole lists).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, extensionPage, launch, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

interface Stored {
  disabledRules: string[];
  disabledCategories: string[];
  disabledSites: string[];
}

const rule = (page: Page, id: string) =>
  page.getByTestId('disabled-rule').filter({ hasText: id }).getByRole('button', { name: 'Turn on again' });

describe('two options pages changing different entries of one list at the same moment', () => {
  it('keep both changes', async () => {
    const seed = await extensionPage(session, 'options.html#general');
    await seed.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledRules: ['de/hedging/eigentlich', 'en/shouting/caps'] } }),
    );
    await seed.close();

    const [one, two] = [
      await extensionPage(session, 'options.html#rules'),
      await extensionPage(session, 'options.html#rules'),
    ];
    for (const page of [one, two]) await page.getByTestId('disabled-rule').nth(1).waitFor();
    await Promise.all([rule(one, 'de/hedging/eigentlich').click(), rule(two, 'en/shouting/caps').click()]);
    await Promise.all([
      one.getByRole('checkbox', { name: 'Hedging' }).uncheck(),
      two.getByRole('checkbox', { name: 'Long sentences' }).uncheck(),
    ]);
    await Promise.all([
      one.goto(one.url().replace('#rules', '#sites')),
      two.goto(two.url().replace('#rules', '#sites')),
    ]);
    await Promise.all([
      one.getByRole('checkbox', { name: 'Gmail' }).uncheck(),
      two.getByRole('checkbox', { name: 'GMX' }).uncheck(),
    ]);
    // Each page has seen its own answer before the settings are read back.
    await Promise.all([
      one.getByRole('checkbox', { name: 'Gmail' }).and(one.locator(':not(:checked)')).waitFor(),
      two.getByRole('checkbox', { name: 'GMX' }).and(two.locator(':not(:checked)')).waitFor(),
    ]);

    const settings = await askBackground<Stored>(one, { type: 'settings/get' });
    expect(settings.disabledRules).toEqual([]);
    expect([...settings.disabledCategories].sort()).toEqual(['hedging', 'long-sentence']);
    expect([...settings.disabledSites].sort()).toEqual(['gmail', 'gmx']);
    await one.close();
    await two.close();
  });
});

describe('a damaged list of records kept aside', () => {
  it('is shown under Your data and survives the next record kept aside', async () => {
    const seed = await extensionPage(session, 'options.html#general');
    await seed.evaluate(() => chrome.storage.local.set({ quarantine: { note: 'damaged by hand' } }));
    const page = await extensionPage(session, 'options.html#data');
    const records = page.getByTestId('quarantine-record');
    await records.first().waitFor();
    expect(await records.allTextContents()).toEqual([expect.stringContaining('quarantine-unreadable-')]);

    // Unreadable settings are kept aside: the next record goes into a new list, the damaged one stays.
    await seed.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'fr' } }));
    await askBackground(seed, { type: 'settings/get' });
    await page.reload();
    await records.nth(1).waitFor();
    expect(await records.allTextContents()).toEqual([
      expect.stringContaining('settings'),
      expect.stringContaining('quarantine-unreadable-'),
    ]);
    expect(await page.getByRole('alert').count()).toBe(0);
    await seed.close();
    await page.close();
  });
});
