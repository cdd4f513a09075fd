// Smoke test of the Firefox build in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot load extensions into
// Firefox). The Gmail fixture is served at its real URL by request interception.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
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

/** Rapport's frame `name` in the page (the one it placed, named by data-rapport-ui), or undefined. */
async function frameOf(page: Page, name: string): Promise<Frame | undefined> {
  const src = await page.evaluate(
    (n) => document.querySelector<HTMLIFrameElement>(`iframe[data-rapport-ui="${n}"]`)?.src ?? '',
    name,
  );
  if (!src) return undefined;
  // Puppeteer may name an extension frame about:blank: its own location tells.
  for (const frame of page.frames())
    if ((await frame.evaluate(() => location.href).catch(() => '')) === src) return frame;
  return undefined;
}

/** Room beside Gmail's compose for the open panel (puppeteer's default view leaves only the tab). */
const VIEW = { width: 1280, height: 800 };

const sidebarFrame = (page: Page) => frameOf(page, 'rapport-sidebar');

/** Whether the sidebar frame shows `selector`. */
const inSidebar = async (page: Page, selector: string) =>
  (await sidebarFrame(page))?.evaluate((s) => document.querySelector(s) !== null, selector) ?? false;

describe('Firefox build', () => {
  it('places the sidebar frame on the Gmail fixture, coaches the draft, and goes on close', async () => {
    const body = await readFile('tests/fixtures/sites/gmail/inbox.html', 'utf8');
    const page = await browser.newPage();
    // In front of the welcome tab Firefox opened on install: a background tab's timers are throttled.
    await page.bringToFront();
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
    await page.setViewport(VIEW);
    await page.goto(`${INBOX}#inbox`);
    const host = () =>
      page.evaluate(() => {
        const el = document.querySelector<HTMLIFrameElement>('iframe[data-rapport-ui="rapport-sidebar"]');
        return el ? { extension: el.src.startsWith('moz-extension://'), readable: el.contentDocument !== null } : null;
      });
    expect(await host()).toBeNull();
    await page.click('[gh="cm"]');
    await eventually('the sidebar in the frame', () => inSidebar(page, '[data-testid="sidebar"]'), 15_000);
    // An extension frame: once loaded (before, it is the empty about:blank every new frame starts as), the page cannot read its document.
    expect(await host()).toEqual({ extension: true, readable: false });
    // The draft goes to the background's engine and comes back as underlined findings.
    await page.click('div[g_editable="true"]');
    await page.keyboard.type('As I already said, you never send the plans on time.');
    // Drawn in Rapport's layer over the editor; the page's CSS.highlights stays empty.
    const underlined = async () =>
      (await frameOf(page, 'rapport-underlines'))?.evaluate(() => document.querySelectorAll('.rp-mark').length) ?? 0;
    expect(await eventually('underlined findings', underlined, 15_000)).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await eventually('a finding in the frame', () => inSidebar(page, '[data-testid="finding"]'), 15_000);
    await page.click('.Ha');
    await eventually('the sidebar to go', async () => (await host()) === null);
    expect(outside).toEqual([]);
  });
});

describe('Firefox: the sidebar frame under a hostile page', () => {
  const NOTE = 'Zeichnet jede Skizze mit Liebe zum Detail.';

  it('keeps the keys of a note and every word of the sidebar from the page, and gives a copy it frames nothing', async () => {
    const mail = await hostilePage(`${INBOX}#inbox`, 'gmail/inbox.html');
    await mail.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __keys: string[] }).__keys = log;
      for (const target of [window, document])
        for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'])
          target.addEventListener(type, () => log.push(type), true);
    });
    await mail.click('[gh="cm"]');
    await eventually('the question', () => inSidebar(mail, '[data-testid="appreciation-input"]'), 15_000);
    const frame = (await sidebarFrame(mail)) as Frame;
    const question = await frame.evaluate(
      () => document.querySelector('[data-testid="appreciation-prompt"]')?.textContent?.trim() ?? '',
    );
    expect(question.length).toBeGreaterThan(10);
    await frame.focus('[data-testid="appreciation-input"]');
    await mail.keyboard.type(NOTE);
    await mail.keyboard.press('Enter');
    await eventually('the note saved', () => inSidebar(mail, '[data-testid="appreciation-saved"]'), 15_000);
    expect(await mail.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    const find = (words: string) =>
      mail.evaluate((w) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string): boolean }).find(w);
      }, words);
    expect(await find('Angebot Praxis-Software')).toBe(true);
    expect(await find(NOTE)).toBe(false);
    expect(await find(question)).toBe(false);

    // The page frames the URL it read (Firefox shows it the install UUID) and posts guesses of a token.
    const src = await mail.evaluate(() => {
      const ours = document.querySelector<HTMLIFrameElement>('iframe[data-rapport-ui="rapport-sidebar"]');
      const copy = document.createElement('iframe');
      copy.src = ours?.src ?? '';
      copy.addEventListener('load', () => copy.contentWindow?.postMessage({ rapportToken: 'guess' }, '*'));
      document.body.append(copy);
      return copy.src;
    });
    await new Promise((r) => setTimeout(r, 2_000));
    const hrefs = await Promise.all(mail.frames().map((f) => f.evaluate(() => location.href).catch(() => '')));
    const copies = mail.frames().filter((_, i) => hrefs[i] === src);
    expect(copies.length).toBe(2);
    const texts = await Promise.all(copies.map((f) => f.evaluate(() => document.body.innerText)));
    // One is Rapport's own, granted; the page's copy shows only the neutral empty state.
    expect(texts.filter((t) => t.includes('Nothing to show here.')).length).toBe(1);
    expect(texts.filter((t) => t.includes('Anna')).length).toBe(1);
    await mail.close();
  });
});

/** A page at `url` answered with the fixture, with the hostile script running before its own. */
async function hostilePage(url: string, fixture: string): Promise<Page> {
  const body = await readFile(`tests/fixtures/sites/${fixture}`, 'utf8');
  const page = await browser.newPage();
  await page.bringToFront();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = request.url();
    if (target.startsWith(url)) void request.respond({ status: 200, contentType: 'text/html', body });
    else if (target.startsWith('data:') || target.startsWith('moz-extension:')) void request.continue();
    else void request.abort();
  });
  await page.evaluateOnNewDocument(HOSTILE);
  await page.setViewport(VIEW);
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

describe('Firefox: the extension pages', () => {
  /** Its own location, which puppeteer may report as about:blank for an extension page. */
  const href = (page: Page) => page.evaluate(() => location.href).catch(() => '');
  /** The welcome tab Firefox opened on install: its address gives the add-on's moz-extension:// origin. */
  const welcomeTab = () =>
    eventually(
      'the welcome tab',
      async () => {
        for (const page of await browser.pages())
          if (/^moz-extension:\/\/[^/]+\/welcome\.html$/.test(await href(page))) return page;
        return undefined;
      },
      15_000,
    );
  /** WebDriver may not navigate a tab to an add-on page, so the welcome page opens it (tabs.create). */
  const pageOf = async (path: string) => {
    const url = await (await welcomeTab()).evaluate((p) => {
      const api = (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } })
        .browser;
      const target = new URL(p, location.href).href;
      // Not awaited: its answer is an object of the add-on's realm, which WebDriver cannot hand back.
      void api.tabs.create({ url: target });
      return target;
    }, path);
    return eventually(`${path} open`, async () => {
      for (const page of await browser.pages()) if ((await href(page)) === url) return page;
      return undefined;
    });
  };
  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
  const saved = (page: Page, message: string) =>
    eventually(`"${message}"`, async () => (await text(page, '[data-testid="settings-status"]')) === message);

  it('opens the welcome page on install, with the real previews, and keeps the language and a site chosen there', async () => {
    const welcome = await welcomeTab();
    await eventually('the heading', async () => (await text(welcome, 'h1')) === 'Welcome to Rapport');
    for (const selector of [
      '[data-testid="preview-sidebar"] [data-testid="sidebar"] [data-testid="gauge-tension"]',
      '[data-testid="preview-card"] [data-testid="precall-card"]',
      '[data-testid="preview-popup"] [data-testid="call-brief"]',
    ])
      expect(await welcome.$(selector), selector).not.toBeNull();
    await welcome.select('select[name="uiLanguage"]', 'de');
    await eventually('German', async () => (await text(welcome, 'h1')) === 'Willkommen bei Rapport');
    await welcome.click('input[name="site"][value="zoom"]');
    await saved(welcome, 'Gespeichert.');
    // Read back where the options page reads them.
    const options = await pageOf('options.html#sites');
    await eventually('the sites', () => options.$('input[name="site"][value="zoom"]'));
    expect(await options.$eval('input[name="site"][value="zoom"]', (el) => (el as HTMLInputElement).checked)).toBe(
      false,
    );
    expect(await options.$eval('input[name="site"][value="gmail"]', (el) => (el as HTMLInputElement).checked)).toBe(
      true,
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    await options.close();
  });

  it('renders the options and the popup as tabs, and a setting saved in one is read by the other', async () => {
    const options = await pageOf('options.html#general');
    await eventually('the general settings', () => options.$('select[name="uiLanguage"]'));
    await options.select('select[name="uiLanguage"]', 'en');
    await eventually('English', async () => (await text(options, 'h1')) === 'Rapport settings');
    await options.click('input[name="sidebarCollapsed"]');
    await saved(options, 'Saved.');
    const popup = await pageOf('popup.html');
    await eventually('the popup', async () => (await text(popup, 'h1')) === 'Rapport');
    await eventually('the setting from the options', () =>
      popup.$eval('input[name="sidebarCollapsed"]', (el) => (el as HTMLInputElement).checked),
    );
    // And back: unticked in the popup, unticked in the options after a reload.
    await popup.click('input[name="sidebarCollapsed"]');
    await saved(popup, 'Saved.');
    // Reloaded by the page itself: WebDriver may not navigate an add-on page. A mark on the old document
    // tells the new one apart; plain evaluate() while it reloads (an element handle caught mid-reload
    // left an unhandled rejection inside puppeteer under Firefox).
    await options.evaluate(() => {
      (window as unknown as { rapportOld?: boolean }).rapportOld = true;
      setTimeout(() => location.reload(), 0);
    });
    const settled = () =>
      options
        .evaluate(() => {
          const old = (window as unknown as { rapportOld?: boolean }).rapportOld === true;
          const box = document.querySelector<HTMLInputElement>('input[name="sidebarCollapsed"]');
          return !old && document.readyState === 'complete' && box !== null && !box.checked;
        })
        .catch(() => false);
    await eventually('the setting from the popup', settled);
    await Promise.all([popup.close(), options.close()]);
  });
});
