// The two sides a browser bench compares: Debian's Chromium with the built
// extension and without it, each on the Gmail fixture served at its real URL,
// with the bench's probe running in the page before its own scripts.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_PATH, closeWelcome, QUIET_FLAGS } from '../e2e/harness';

const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface GmailBrowser {
  context: BrowserContext;
  /** The inbox, loaded, with no compose open yet. */
  page: Page;
  close: () => Promise<void>;
}

export async function openGmail(withExtension: boolean, probe: () => void): Promise<GmailBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-'));
  const args = withExtension
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_FLAGS]
    : QUIET_FLAGS;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (withExtension) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // Left open, the welcome tab would keep the Gmail tab in the background.
      await closeWelcome(context, new URL(worker.url()).host);
    }
    const body = await readFile('tests/fixtures/sites/gmail/inbox.html', 'utf8');
    await context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body }),
    );
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    return { context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
