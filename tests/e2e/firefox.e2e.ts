// Smoke test of the Firefox build in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot load extensions into
// Firefox). The Gmail fixture is served at its real URL by request interception.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './harness';
import { HOSTILE, lootInPage } from './hostile';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** RAPPORT_FIREFOX_EXTENSION_DIR runs these against another build (e.g. an earlier commit's). */
const EXTENSION = resolve(process.env.RAPPORT_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
const INBOX = 'https://mail.google.com/mail/u/0/';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';

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
        const el = document.querySelector('[data-rapport-ui="rapport-sidebar"]');
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

/** A page at `url` answered with the fixture, with the hostile script running before its own. */
async function hostilePage(url: string, fixture: string): Promise<Page> {
  const body = await readFile(`tests/fixtures/sites/${fixture}`, 'utf8');
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = request.url();
    if (target.startsWith(url)) void request.respond({ status: 200, contentType: 'text/html', body });
    else if (target.startsWith('data:') || target.startsWith('moz-extension:')) void request.continue();
    else void request.abort();
  });
  await page.evaluateOnNewDocument(HOSTILE);
  await page.goto(url);
  return page;
}

/** Whether the surface's host has a layout box (everything Rapport shows lives inside it). */
const visible = (page: Page, name: string) =>
  page.evaluate((selector) => {
    const host = document.querySelector(selector);
    return host ? host.checkVisibility() && host.getClientRects().length > 0 : null;
  }, `[data-rapport-ui="${name}"], ${name}`);

async function toggle(page: Page) {
  await page.mouse.click(5, 5);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyH');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

describe('Firefox: a hostile page', () => {
  it('claims the old element names first and still finds no root of the sidebar or the card', async () => {
    const mail = await hostilePage(`${INBOX}#inbox`, 'gmail/inbox.html');
    await mail.click('[gh="cm"]');
    await eventually('the sidebar', () => visible(mail, 'rapport-sidebar'), 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(await mail.evaluate(lootInPage, 'Rapport')).toMatchObject({ roots: 0, rootText: '', openRoots: 0 });
    await mail.close();
    const card = await hostilePage(PREJOIN, 'meet/prejoin.html');
    await eventually('the card', () => visible(card, 'rapport-precall'), 15_000);
    expect(await card.evaluate(lootInPage, 'Before you join')).toEqual({
      roots: 0,
      rootText: '',
      openRoots: 0,
      inDocument: false,
    });
    await card.close();
  });

  it('Alt+Shift+H leaves the sidebar and the card no layout box, and shows them again', async () => {
    const mail = await hostilePage(`${INBOX}#inbox`, 'gmail/inbox.html');
    await mail.click('[gh="cm"]');
    await eventually('the sidebar', () => visible(mail, 'rapport-sidebar'), 15_000);
    await toggle(mail);
    await eventually('the sidebar hidden', async () => (await visible(mail, 'rapport-sidebar')) === false);
    await toggle(mail);
    await eventually('the sidebar shown', () => visible(mail, 'rapport-sidebar'));
    await mail.close();
    const card = await hostilePage(PREJOIN, 'meet/prejoin.html');
    await eventually('the card', () => visible(card, 'rapport-precall'), 15_000);
    await toggle(card);
    await eventually('the card hidden', async () => (await visible(card, 'rapport-precall')) === false);
    await toggle(card);
    await eventually('the card shown', () => visible(card, 'rapport-precall'));
    await card.close();
  });
});
