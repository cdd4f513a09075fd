// Contacts end to end: an appreciation saved in the Gmail sidebar survives a
// browser restart and comes back in the sidebar and in options; saves from
// several pages at once all land; a backup round-trips through options.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusInUi, queryInUi, textInUi, waitForTextInUi } from './closed-root';
import {
  askBackground,
  askPages,
  eventually,
  extensionPage,
  inServiceWorker,
  launch,
  type Session,
  screenshot,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';

const HOST = 'rapport-sidebar';
const INBOX = 'https://mail.google.com/mail/u/0/';
const ANNA = 'anna.schmidt@example.com';
const NOTE = 'Sie stellt die Fragen, an die sonst niemand denkt.';
const CONVERSATION = 'https://mail.google.com/mail/u/3/';

let session: Session;

/** The extension API inside an extension page, for the batch of saves fired without waiting. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

async function start(userDataDir?: string) {
  session = await launch(userDataDir);
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${CONVERSATION}**`, 'gmail/conversation.html', TRUSTED_TYPES_HEADERS);
}

beforeAll(() => start());
afterAll(() => session?.close());

async function compose(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${INBOX}#inbox`);
  await page.click('[gh="cm"]');
  await eventually('the appreciation question', () => queryInUi(page, HOST, '[data-testid="appreciation-prompt"]'));
  return page;
}

describe('appreciations from the sidebar', () => {
  it('saves an answer with Enter and shows it after a browser restart, in the sidebar and in options', async () => {
    const page = await compose();
    const question = await textInUi(page, HOST, '[data-testid="appreciation-prompt"]');
    expect(question.length).toBeGreaterThan(10);
    await focusInUi(page, HOST, '[data-testid="appreciation-input"]');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await waitForTextInUi(
      page,
      HOST,
      '[data-testid="appreciation-saved"]',
      'Saved in the journal of Dr. Anna Schmidt.',
    );
    await page.close();

    const dir = session.userDataDir;
    await session.close({ keepProfile: true });
    await start(dir);

    const again = await compose();
    // The contact's brief comes a moment after the question.
    await eventually('the last note', () => queryInUi(again, HOST, '[data-testid="last-note"]'));
    expect(await textInUi(again, HOST, '[data-testid="last-note"]')).toContain(`“${NOTE}”`);
    // Never the same question twice in a row for the same person.
    expect(await textInUi(again, HOST, '[data-testid="appreciation-prompt"]')).not.toBe(question);
    await again.close();

    const options = await extensionPage(session, 'options.html');
    const anna = await askBackground<{ name: string; appreciations: { text: string; source: string }[] }>(options, {
      type: 'contacts/get',
      id: ANNA,
    });
    expect(anna.name).toBe('Dr. Anna Schmidt');
    expect(anna.appreciations.map((n) => [n.text, n.source])).toEqual([[NOTE, 'sidebar']]);
    await options.close();
  });

  it('loses nothing when several pages save to the same contact at the same moment', async () => {
    const pages = await Promise.all([
      extensionPage(session, 'options.html'),
      extensionPage(session, 'popup.html'),
      extensionPage(session, 'options.html'),
    ]);
    const before = (
      await askBackground<{ appreciations: unknown[] }>(pages[0] as Page, { type: 'contacts/get', id: ANNA })
    ).appreciations.length;
    // Each page fires a batch of 20 saves without waiting; the batches interleave in the background.
    await Promise.all(
      pages.map((page, p) =>
        page.evaluate(
          async ({ p, email }) => {
            const sends = Array.from({ length: 20 }, (_, i) =>
              chrome.runtime.sendMessage({
                channel: 'rapport',
                message: { type: 'contacts/appreciate', email, name: '', text: `page ${p} note ${i}`, source: 'popup' },
              }),
            );
            const replies = await Promise.all(sends);
            if (replies.some((r) => !r.ok)) throw new Error('a save failed');
          },
          { p, email: ANNA },
        ),
      ),
    );
    const anna = await askBackground<{ appreciations: { text: string }[] }>(pages[0] as Page, {
      type: 'contacts/get',
      id: ANNA,
    });
    expect(anna.appreciations.length).toBe(before + 60);
    for (let p = 0; p < 3; p++) {
      for (let i = 0; i < 20; i++) expect(anna.appreciations.some((n) => n.text === `page ${p} note ${i}`)).toBe(true);
    }
    await Promise.all(pages.map((page) => page.close()));
  });

  it('two sidebars saving at the same moment both land', async () => {
    const [a, b] = await Promise.all([compose(), compose()]);
    for (const [page, text] of [
      [a, 'Antwortet immer am selben Tag.'],
      [b, 'Bringt Kuchen zur Baubesprechung.'],
    ] as const) {
      await focusInUi(page, HOST, '[data-testid="appreciation-input"]');
      await page.keyboard.type(text);
    }
    await Promise.all([a.keyboard.press('Enter'), b.keyboard.press('Enter')]);
    await Promise.all(
      [a, b].map((page) =>
        waitForTextInUi(page, HOST, '[data-testid="appreciation-saved"]', 'Saved in the journal of Dr. Anna Schmidt.'),
      ),
    );
    const options = await extensionPage(session, 'options.html');
    const anna = await askBackground<{ appreciations: { text: string }[] }>(options, {
      type: 'contacts/get',
      id: ANNA,
    });
    const texts = anna.appreciations.map((n) => n.text);
    expect(texts).toContain('Antwortet immer am selben Tag.');
    expect(texts).toContain('Bringt Kuchen zur Baubesprechung.');
    await Promise.all([a.close(), b.close(), options.close()]);
  });
});

describe('the options page', () => {
  it('finds the contact by name, email or note, and shows their journal', async () => {
    const options = await extensionPage(session, 'options.html#contacts');
    const search = options.getByTestId('contact-search');
    await search.fill('schmidt');
    await options.getByTestId('contact-row').first().click();
    const editor = options.getByTestId('contact-editor');
    await editor.waitFor();
    expect(await options.getByTestId('journal-entry').filter({ hasText: NOTE }).count()).toBe(1);
    await search.fill('niemand-heisst-so');
    expect(await options.getByTestId('contact-row').count()).toBe(0);
    await search.fill('');
    await screenshot(options, 'options-contacts', { x: 0, y: 0, width: 1280, height: 760 });
    await options.close();
  });

  it('export → delete all → import gives back identical data', async () => {
    const options = await extensionPage(session, 'options.html#data');
    const before = await askBackground<Record<string, unknown>>(options, { type: 'data/export' });
    expect((before.contacts as unknown[]).length).toBeGreaterThan(0);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await options.getByTestId('delete-all-ask').click();
    await options.getByTestId('delete-all-confirm').getByRole('checkbox').check();
    await options.getByTestId('delete-all').click();
    await eventually('everything deleted', async () => {
      const empty = await askBackground<{ contacts: unknown[] }>(options, { type: 'data/export' });
      return empty.contacts.length === 0;
    });

    await options.getByTestId('import').setInputFiles(file);
    await options.getByTestId('import-report').waitFor();
    expect(await options.getByTestId('import-report').textContent()).toContain('New contacts: 1');
    const after = await askBackground<Record<string, unknown>>(options, { type: 'data/export' });
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(JSON.parse(await readFile(file, 'utf8')).contacts).toEqual(before.contacts);
    await options.close();
  });
});

describe('the popup and the compliment menu', () => {
  it("asks about the open compose's recipient and saves the answer with Enter", async () => {
    const mail = await compose();
    const tabId = (await askPages(session, 'compose-recipient'))?.tabId;
    const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-contact').getByText('About Dr. Anna Schmidt').waitFor();
    expect(await popup.getByTestId('last-note').textContent()).toContain('Last time you noted');
    await popup.getByTestId('appreciation-input').fill('Lacht auch bei Terminverschiebungen.');
    await popup.getByTestId('appreciation-input').press('Enter');
    await popup.getByTestId('appreciation-saved').waitFor();
    await screenshot(popup, 'popup-appreciation', { x: 0, y: 0, width: 372, height: 420 });
    const anna = await askBackground<{ appreciations: { text: string; source: string }[] }>(popup, {
      type: 'contacts/get',
      id: ANNA,
    });
    expect(anna.appreciations.at(-1)).toMatchObject({ text: 'Lacht auch bei Terminverschiebungen.', source: 'popup' });
    await Promise.all([mail.close(), popup.close()]);
  });

  it('lets the user pick someone when no compose is open', async () => {
    const popup = await extensionPage(session, 'popup.html');
    await popup.getByTestId('picker-search').fill('schmidt');
    await popup.getByTestId('picker-match').first().click();
    await popup.getByTestId('appreciation-prompt').waitFor();
    await popup.close();
  });

  it('offers "Save as compliment", and the mail page names the author of the selected words', async () => {
    // The entry exists: updating it succeeds (it fails for an unknown id).
    await inServiceWorker(session, "() => chrome.contextMenus.update('rapport-save-compliment', {})");
    await expect(inServiceWorker(session, "() => chrome.contextMenus.update('no-such-entry', {})")).rejects.toThrow();

    const page = await session.context.newPage();
    await page.goto(`${CONVERSATION}#inbox/FMfcgz`);
    await page.evaluate(() => {
      const words = [...document.querySelectorAll('.a3s div')].find((d) => d.textContent?.startsWith('Thank you so'));
      if (!words) throw new Error('no kind words in the fixture');
      document.getSelection()?.selectAllChildren(words);
    });
    const sender = await askPages<{ email: string }>(session, 'selection-sender', 0);
    expect(sender?.answer.email).toBe(ANNA);
    await page.close();
  });
});
