// Smoke test of the Firefox build in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot load extensions into
// Firefox). The Gmail fixture is served at its real URL by request interception.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = resolve('.output/firefox-mv2');
const INBOX = 'https://mail.google.com/mail/u/0/';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(EXTENSION);
});

afterAll(async () => {
  await browser?.close();
});

describe('Firefox build', () => {
  it('mounts the sidebar in a closed shadow root on the Gmail fixture, coaches the draft, and goes on close', async () => {
    const body = await readFile('tests/fixtures/sites/gmail/inbox.html', 'utf8');
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(INBOX)) void request.respond({ status: 200, contentType: 'text/html', body });
      else if (url.startsWith('data:') || url.startsWith('moz-extension:')) void request.continue();
      else {
        outside.push(url);
        void request.abort();
      }
    });
    await page.goto(`${INBOX}#inbox`);
    const host = () =>
      page.evaluate(() => {
        const el = document.querySelector('rapport-sidebar');
        return el ? { open: el.shadowRoot !== null } : null;
      });
    expect(await host()).toBeNull();
    await page.click('[gh="cm"]');
    expect(await eventually('the sidebar host', host, 15_000)).toEqual({ open: false });
    // The draft goes to the background's engine and comes back as underlined findings.
    await page.click('div[g_editable="true"]');
    await page.keyboard.type('As I already said, you never send the plans on time.');
    const underlined = () => page.evaluate(() => CSS.highlights.get('rapport-finding')?.size ?? 0);
    expect(await eventually('underlined findings', underlined, 15_000)).toBeGreaterThan(0);
    await page.click('.Ha');
    await eventually('the sidebar to go', async () => (await host()) === null);
    expect(outside).toEqual([]);
  });
});
