// The spike of issue 15: what a hostile mail page can learn about an extension
// frame (an iframe whose src is an extension page), in Chromium (MV3) and in
// Firefox ESR (MV2 and MV3). The trial extension is plain JS in
// tests/fixtures/frame-trial/ (no build of the product); docs/extension-frames.md
// says what each check means for Rapport's design.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import puppeteer, { type Browser, type Frame as FirefoxFrame, type Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, eventually, GMAIL_HEADERS, QUIET_FLAGS } from './harness';

const TRIAL = resolve('tests/fixtures/frame-trial');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const INBOX = 'https://mail.google.com/mail/u/0/';
const OTHER = 'https://other.example/';
/** Shown only inside the frame, and only when the background grants it. */
const SECRET_WORD = 'Zephyrine';
const TYPED = 'geheim';

/**
 * Gmail's CSP plus a frame-src in the manner of Gmail's own (its origins and some
 * Google hosts, no extension scheme): extension frames must load regardless.
 */
const HEADERS = {
  ...GMAIL_HEADERS,
  'content-security-policy': `${GMAIL_HEADERS['content-security-policy']}; frame-src 'self' https://accounts.google.com https://apis.google.com https://*.googleusercontent.com https://docs.google.com https://drive.google.com`,
};

/**
 * The hostile page's script, before its own: capture-phase listeners for keys,
 * input, focus and messages on window and document, every iframe src it sees
 * appear, and every size a ResizeObserver reports for an iframe.
 */
const SPY = `(() => {
  const spy = { events: [], srcs: [], heights: [] };
  window.__spy = spy;
  const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focus', 'blur', 'focusin', 'focusout', 'message'];
  for (const type of types)
    for (const target of [window, document])
      target.addEventListener(type, (e) => {
        let data = e.key ?? e.data ?? '';
        try { data = typeof data === 'string' ? data : JSON.stringify(data); } catch { data = String(data); }
        spy.events.push({ type, data });
      }, true);
  const sizes = new ResizeObserver((entries) => { for (const e of entries) spy.heights.push(e.contentRect.height); });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'IFRAME') { spy.srcs.push(n.src); sizes.observe(n); }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Spy {
  events: { type: string; data: string }[];
  srcs: string[];
  heights: number[];
}

/** What the page's script can read of the frame and of its own document. */
function pageView(word: string) {
  const frame = document.querySelector<HTMLIFrameElement>('iframe[data-trial]');
  if (!frame) return null;
  let location = 'readable';
  try {
    void frame.contentWindow?.location.href;
  } catch (error) {
    location = (error as Error).name;
  }
  return {
    src: frame.src,
    height: frame.offsetHeight,
    rectHeight: frame.getBoundingClientRect().height,
    // window.find is non-standard; TypeScript's DOM types leave it out.
    found: (window as unknown as { find(text: string): boolean }).find(word),
    highlights: CSS.highlights.size,
    location,
    contentDocument: frame.contentDocument === null ? null : 'readable',
    activeElement: document.activeElement?.nodeName ?? null,
    spy: (window as unknown as { __spy: Spy }).__spy,
  };
}

/**
 * The page sees the box the content script gave the frame (every size it observed is that
 * one, whatever the frame rendered) and nothing of its words, highlights or document.
 */
function expectOnlyTheBox(seen: ReturnType<typeof pageView>) {
  expect(
    seen && {
      sizes: [seen.height, seen.rectHeight, ...new Set(seen.spy.heights)],
      found: seen.found,
      highlights: seen.highlights,
      location: seen.location,
      contentDocument: seen.contentDocument,
    },
  ).toEqual({ sizes: [400, 400, 400], found: false, highlights: 0, location: 'SecurityError', contentDocument: null });
}

const noteHasFocus = () => document.hasFocus() && document.activeElement?.id === 'note';
const searchHasFocus = () => document.activeElement?.getAttribute('name') === 'q';
/** The key and input events among what the page's listeners caught. */
const keysAndInput = (events: Spy['events'] = []) => events.filter((e) => /^key|input$/.test(e.type));

/** Focuses the page's last tabbable element (the trial frame comes after it in tab order). */
function focusLastTabbable() {
  const tabbable = [
    ...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), textarea, [tabindex]'),
  ].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
  tabbable.at(-1)?.focus();
  return document.activeElement?.outerHTML.slice(0, 40) ?? '';
}
const pageFocus = () => document.activeElement?.outerHTML.slice(0, 40) ?? '';
const visibility = () => document.getElementById('visible')?.textContent ?? '';

/** The page frames `urls` itself and posts a guessed token into each, as an attacker would. */
function frameFromPage(urls: string[]) {
  for (const url of urls) {
    const frame = document.createElement('iframe');
    frame.className = 'attack';
    frame.src = url;
    frame.onload = () => frame.contentWindow?.postMessage({ trialToken: 'guessed' }, '*');
    document.body.append(frame);
  }
}

/** What the trial frame shows: its status, the secret if granted, and the sender the background saw. */
function frameView() {
  const text = (id: string) => document.getElementById(id)?.textContent ?? '';
  return {
    href: location.href,
    status: text('status') || null,
    secret: text('secret'),
    sender: text('sender') ? JSON.parse(text('sender')) : null,
    messages: text('messages') ? (JSON.parse(text('messages')) as { data: string; origin: string }[]) : [],
  };
}
type FrameView = ReturnType<typeof frameView>;

/** The subframes that run the trial page (an error page or an empty frame shows no status), with what they show. */
async function trialFrames<F>(frames: F[], read: (frame: F) => Promise<FrameView>) {
  const all: (FrameView & { frame: F })[] = [];
  for (const frame of frames.slice(1)) {
    const view = await read(frame).catch(() => null);
    if (view?.status) all.push({ ...view, frame });
  }
  return all;
}

/** A trial extension directory: the shared scripts plus one browser's manifest. */
async function trialExtension(variant: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `rapport-frame-trial-${variant}-`));
  await cp(join(TRIAL, 'shared'), dir, { recursive: true });
  await cp(join(TRIAL, variant, 'manifest.json'), join(dir, 'manifest.json'));
  return dir;
}

const inbox = () => readFile('tests/fixtures/sites/gmail/inbox.html', 'utf8');

describe('Chromium MV3: extension frames on a mail page', () => {
  let context: BrowserContext;
  let extensionDir: string;
  let profile: string;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    extensionDir = await trialExtension('chrome-mv3');
    profile = await mkdtemp(join(tmpdir(), 'rapport-frame-trial-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
    const body = await inbox();
    await context.route(`${INBOX}**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: HEADERS, body }),
    );
    await context.route(`${OTHER}**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>other</p>' }),
    );
    page = await context.newPage();
    await page.addInitScript(SPY);
    await page.goto(`${INBOX}#inbox`);
  });

  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  });

  /** The trial frames of a page with what they show (Playwright reaches cross-origin frames). */
  const views = (target: Page) => trialFrames(target.frames(), (frame: Frame) => frame.evaluate(frameView));
  const placed = async () => (await views(page)).find((v) => v.href.endsWith('/frame.html') && v.status === 'granted');

  it('loads under a frame-src without chrome-extension:, and the background answers the tab it knows', async () => {
    const view = await eventually('the granted frame', placed);
    expect(view.secret).toContain(SECRET_WORD);
    // The frame document runs at the static id even though the page loaded it by a dynamic URL.
    expect(view.href).toBe(`chrome-extension://${extensionId}/frame.html`);
    expect(view.sender).toMatchObject({
      tabUrl: `${INBOX}#inbox`,
      url: `chrome-extension://${extensionId}/frame.html`,
      origin: `chrome-extension://${extensionId}`,
      documentLifecycle: 'active',
      extensionId,
      ancestorOrigins: ['https://mail.google.com'],
    });
    expect(view.sender.tabId).toBeGreaterThan(0);
    expect(view.sender.frameId).toBeGreaterThan(0);
    expect(view.sender.documentId).toMatch(/^[0-9A-F]{32}$/);
    // Chromium has no runtime.getFrameId: a content script cannot name its frame to the background.
    expect(await page.getAttribute('iframe[data-trial]', 'data-get-frame-id')).toBe('undefined');
  });

  it('shows the page a dynamic URL, its own fixed size, and no words, highlights or document', async () => {
    await eventually('the granted frame', placed);
    const seen = await page.evaluate(pageView, SECRET_WORD);
    expect(seen).not.toBeNull();
    // use_dynamic_url: the src names a per-session id, not the extension id.
    expect(seen?.src).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/frame\.html$/);
    expect(seen?.src).not.toContain(extensionId);
    expect(seen?.spy.srcs).toEqual([seen?.src]);
    expectOnlyTheBox(seen);
  });

  it('keeps keys typed in the frame from the page’s capture listeners; the page sees only that focus left', async () => {
    const view = await eventually('the granted frame', placed);
    const before = (await page.evaluate(pageView, SECRET_WORD))?.spy.events.length ?? 0;
    await view.frame.locator('#note').click();
    await page.keyboard.type(TYPED);
    expect(await view.frame.locator('#note').inputValue()).toBe(TYPED);
    const seen = await page.evaluate(pageView, SECRET_WORD);
    expect(seen?.activeElement).toBe('IFRAME');
    const events = seen?.spy.events.slice(before) ?? [];
    expect(events.filter((e) => e.type !== 'message')).toEqual([{ type: 'blur', data: '' }]);
    // The token went to the frame's window only: no message reached the page.
    expect(seen?.spy.events.filter((e) => e.type === 'message')).toEqual([]);
  });

  it('moves focus into the frame by a shortcut and back to the editor by Escape, no key seen inside', async () => {
    const view = await eventually('the granted frame', placed);
    await page.focus('input[name="q"]');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await eventually('focus in the note', () => view.frame.evaluate(noteHasFocus));
    const before = (await page.evaluate(pageView, SECRET_WORD))?.spy.events.length ?? 0;
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    await eventually('focus back in the search field', () => page.evaluate(searchHasFocus));
    expect(await view.frame.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value)).toMatch(
      /x$/,
    );
    expect(keysAndInput((await page.evaluate(pageView, SECRET_WORD))?.spy.events.slice(before))).toEqual([]);
  });

  it('lets Tab from the page’s last field enter the frame and Shift+Tab return', async () => {
    const view = await eventually('the granted frame', placed);
    const last = await page.evaluate(focusLastTabbable);
    await page.keyboard.press('Tab');
    expect(await view.frame.evaluate(noteHasFocus)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(pageFocus)).toBe(last);
  });

  it('tells the frame (IntersectionObserver v2) when the page makes it transparent or covers it', async () => {
    const view = await eventually('the granted frame', placed);
    const seen = () => view.frame.evaluate(visibility);
    await eventually('visible', async () => (await seen()) === 'true');
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[data-trial]');
      if (frame) frame.style.opacity = '0.5';
    });
    await eventually('not visible when half transparent', async () => (await seen()) === 'false');
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[data-trial]');
      if (frame) frame.style.opacity = '';
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText = 'position:fixed;right:0;bottom:0;width:320px;height:400px;z-index:2147483647';
      document.documentElement.append(cover);
    });
    await eventually('not visible under a transparent cover', async () => (await seen()) === 'false');
    await page.evaluate(() => document.getElementById('cover')?.remove());
    await eventually('visible again', async () => (await seen()) === 'true');
  });

  it('delivers a page’s postMessage into the frame, marked with the page’s origin', async () => {
    const view = await eventually('the granted frame', placed);
    await page.evaluate(() =>
      document.querySelector<HTMLIFrameElement>('iframe[data-trial]')?.contentWindow?.postMessage('from page', '*'),
    );
    await eventually('the message in the frame', async () =>
      (await view.frame.evaluate(frameView)).messages.some((m) => m.data === '"from page"'),
    );
    const { messages } = await view.frame.evaluate(frameView);
    expect(new Set(messages.map((m) => m.origin))).toEqual(new Set(['https://mail.google.com']));
  });

  it('lets the mail page frame a URL it read or knows, but refuses the static URL of a dynamic resource', async () => {
    const { src } = (await page.evaluate(pageView, SECRET_WORD)) ?? { src: '' };
    const denied: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('Denying load')) denied.push(m.text());
    });
    await page.evaluate(frameFromPage, [
      src,
      `chrome-extension://${extensionId}/frame.html`,
      `chrome-extension://${extensionId}/static.html`,
    ]);
    const refused = async () => (await views(page)).filter((v) => v.status === 'refused');
    const attacks = await eventually('the page’s own frames to ask', async () => {
      const found = await refused();
      return found.length === 2 ? found : null;
    });
    // Both loaded (the mail host is in `matches`) and asked with the guessed token: refused.
    expect(attacks.map((v) => v.href).sort()).toEqual([
      `chrome-extension://${extensionId}/frame.html`,
      `chrome-extension://${extensionId}/static.html`,
    ]);
    expect(attacks.every((v) => v.secret === '')).toBe(true);
    expect(page.frames().filter((f) => f.url().startsWith('chrome-error://')).length).toBe(1);
    expect(denied).toEqual([
      `Denying load of chrome-extension://${extensionId}/frame.html. Resources must be listed in the web_accessible_resources manifest key in order to be loaded by pages outside the extension.`,
    ]);
  });

  it('refuses every extension frame on a host outside `matches`', async () => {
    const other = await context.newPage();
    await other.goto(OTHER);
    const { src } = (await page.evaluate(pageView, SECRET_WORD)) ?? { src: '' };
    await other.evaluate(frameFromPage, [
      src,
      `chrome-extension://${extensionId}/frame.html`,
      `chrome-extension://${extensionId}/static.html`,
    ]);
    await eventually(
      'three error pages',
      async () => other.frames().filter((f) => f.url().startsWith('chrome-error://')).length === 3,
    );
    expect(await views(other)).toEqual([]);
    await other.close();
  });

  it('gives a second mail tab of the same session the same dynamic id', async () => {
    const second = await context.newPage();
    await second.goto(`${INBOX}#inbox`);
    const src = await eventually('the second frame', () =>
      second.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[data-trial]')?.src),
    );
    expect(src).toBe((await page.evaluate(pageView, SECRET_WORD))?.src);
    await second.close();
  });
});

describe('Firefox ESR: extension frames on a mail page, MV2 and MV3', () => {
  let browser: Browser;
  const dirs: string[] = [];
  let page: FirefoxPage;

  /** A page at `url` answered with `body`; the extension's own loads pass, everything else is refused. */
  async function open(url: string, body: string, headers: Record<string, string> = {}): Promise<FirefoxPage> {
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const target = request.url();
      if (target.startsWith(url)) void request.respond({ status: 200, contentType: 'text/html', headers, body });
      else if (/^(moz-extension|data|about):/.test(target)) void request.continue();
      else void request.abort();
    });
    await tab.evaluateOnNewDocument(SPY);
    await tab.goto(url);
    return tab;
  }

  /** Trial frames of a tab (puppeteer's BiDi frames report about:blank as URL, so each is asked). */
  const views = (tab: FirefoxPage) => trialFrames(tab.frames(), (frame: FirefoxFrame) => frame.evaluate(frameView));
  const placed = async (variant: string) => {
    const src = await page.evaluate(
      (v) => document.querySelector<HTMLIFrameElement>(`iframe[data-trial="${v}"]`)?.src,
      variant,
    );
    return (await views(page)).find((v) => v.href === src && v.status === 'granted');
  };

  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    for (const variant of ['firefox-mv2', 'firefox-mv3']) {
      const dir = await trialExtension(variant);
      dirs.push(dir);
      await browser.installExtension(dir);
    }
    page = await open(INBOX, await inbox(), HEADERS);
  });

  afterAll(async () => {
    await browser?.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['firefox-mv2', 'frame-trial-mv2@rapport.invalid'],
    ['firefox-mv3', 'frame-trial-mv3@rapport.invalid'],
  ])('%s: loads under the frame-src, the install UUID is in src, getFrameId names the frame', async (variant, id) => {
    const view = await eventually(`the granted ${variant} frame`, () => placed(variant), 15_000);
    expect(view.secret).toContain(SECRET_WORD);
    const uuid = view.href.match(/^moz-extension:\/\/([0-9a-f-]{36})\/frame\.html$/)?.[1];
    expect(uuid).toBeTruthy();
    expect(view.sender).toMatchObject({
      url: `moz-extension://${uuid}/frame.html`,
      origin: `moz-extension://${uuid}`,
      extensionId: id,
      ancestorOrigins: ['https://mail.google.com'],
      // MV2 without host permissions gets no tab URL; MV3 lists the mail host.
      tabUrl: variant === 'firefox-mv3' ? INBOX : null,
      documentLifecycle: null,
    });
    expect(view.sender.documentId).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
    // The page reads the very URL (use_dynamic_url has no effect in Firefox MV3).
    const attrs = await page.evaluate((v) => {
      const frame = document.querySelector<HTMLIFrameElement>(`iframe[data-trial="${v}"]`);
      return { src: frame?.src, getFrameId: frame?.dataset.getFrameId, frameId: frame?.dataset.frameId };
    }, variant);
    expect(attrs.src).toBe(`moz-extension://${uuid}/frame.html`);
    // runtime.getFrameId exists and agrees with the sender's frameId: the background can bind the frame.
    expect(attrs.getFrameId).toBe('function');
    expect(Number(attrs.frameId)).toBe(view.sender.frameId);
  });

  it('shows the page a fixed size and no words, highlights, document or keys', async () => {
    const view = await eventually('the granted MV2 frame', () => placed('firefox-mv2'), 15_000);
    await eventually('the granted MV3 frame', () => placed('firefox-mv3'), 15_000);
    // Both trial frames sit in the same corner: the page moves MV3's aside so the click reaches MV2's.
    await page.evaluate(() => {
      const mv3 = document.querySelector<HTMLIFrameElement>('iframe[data-trial="firefox-mv3"]');
      if (mv3) mv3.style.right = '400px';
    });
    const before = (await page.evaluate(pageView, SECRET_WORD))?.spy.events.length ?? 0;
    await (await view.frame.$('#note'))?.click();
    await page.keyboard.type(TYPED);
    expect(await view.frame.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value)).toBe(TYPED);
    const seen = await page.evaluate(pageView, SECRET_WORD);
    expectOnlyTheBox(seen);
    expect(seen?.activeElement).toBe('IFRAME');
    const events = seen?.spy.events.slice(before) ?? [];
    // Focus and blur, never a key or an input event.
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !['focus', 'blur'].includes(e.type))).toEqual([]);
    expect(seen?.spy.events.filter((e) => e.type === 'message')).toEqual([]);
  });

  it('moves focus into a frame by a shortcut and back to the editor by Escape, no key seen inside', async () => {
    await page.focus('input[name="q"]');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    // Both trial extensions answer the shortcut; the frame placed last ends up with focus.
    const focused = await eventually('focus in a note', async () => {
      for (const view of await views(page)) if (await view.frame.evaluate(noteHasFocus)) return view;
      return null;
    });
    const before = (await page.evaluate(pageView, SECRET_WORD))?.spy.events.length ?? 0;
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    await eventually('focus back in the search field', () => page.evaluate(searchHasFocus));
    expect(await focused.frame.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value)).toMatch(
      /x$/,
    );
    expect(keysAndInput((await page.evaluate(pageView, SECRET_WORD))?.spy.events.slice(before))).toEqual([]);
  });

  it('lets Tab from the page’s last field enter a frame and Shift+Tab return; no isVisible', async () => {
    const last = await page.evaluate(focusLastTabbable);
    await page.keyboard.press('Tab');
    const entered = await eventually('focus in a note', async () => {
      for (const view of await views(page)) if (await view.frame.evaluate(noteHasFocus)) return view;
      return null;
    });
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.evaluate(pageFocus)).toBe(last);
    // Firefox does not implement IntersectionObserver v2: a frame cannot learn it is covered.
    expect(await entered.frame.evaluate(visibility)).toBe('undefined');
  });

  it('delivers a page’s postMessage into the frames with the same origin as the content script’s token', async () => {
    const granted = [await placed('firefox-mv2'), await placed('firefox-mv3')];
    await page.evaluate(() => {
      for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-trial]'))
        frame.contentWindow?.postMessage('from page', '*');
    });
    for (const view of granted) {
      const messages = await eventually('the message in the frame', async () => {
        const { messages } = (await view?.frame.evaluate(frameView)) ?? { messages: [] };
        return messages.some((m) => m.data === '"from page"') ? messages : null;
      });
      expect(messages.some((m) => m.data.includes('trialToken'))).toBe(true);
      expect(new Set(messages.map((m) => m.origin))).toEqual(new Set(['https://mail.google.com']));
    }
  });

  it('lets any page frame the MV2 frame by its UUID; MV3 `matches` keeps other hosts out', async () => {
    const srcs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-trial]')].map((f) => [f.dataset.trial, f.src]),
    );
    const urls = Object.fromEntries(srcs) as Record<string, string>;
    const targets = Object.values(urls).flatMap((url) => [url, url.replace('frame.html', 'static.html')]);
    await page.evaluate(frameFromPage, targets);
    const other = await open(OTHER, '<!doctype html><p>other</p>');
    await other.evaluate(frameFromPage, targets);
    const refused = async (tab: FirefoxPage) => (await views(tab)).filter((v) => v.status === 'refused');
    // On the mail host all four load (both variants) and are refused for the guessed token.
    const onMail = await eventually('four refused frames on the mail page', async () => {
      const found = await refused(page);
      return found.length === 4 ? found : null;
    });
    expect(onMail.map((v) => v.href).sort()).toEqual([...targets].sort());
    // On another host only MV2's load; MV3's stay empty.
    const mv2 = [urls['firefox-mv2'], urls['firefox-mv2']?.replace('frame.html', 'static.html')];
    await eventually('MV2 frames on the other host', async () => (await refused(other)).length === 2);
    await new Promise((r) => setTimeout(r, 500));
    expect((await views(other)).map((v) => v.href).sort()).toEqual(mv2.sort());
    await other.close();
  });
});
