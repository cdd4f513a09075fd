// Launches Debian's Chromium with the built extension and serves the site
// fixtures at the sites' real URLs, so the manifest's own `matches` decide
// where the content scripts run.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** RAPPORT_EXTENSION_DIR runs the e2e tests against another build (e.g. an earlier commit's, to see a test fail). */
export const EXTENSION_DIR = resolve(process.env.RAPPORT_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIXTURES = resolve('tests/fixtures/sites');
const SCREENSHOTS = resolve('tests/e2e/__screenshots__');

/** Chromium on a closed network: no background traffic, no first-run UI, no GPU in a VM. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--lang=en-US',
];

const extensionFlags = (dir: string) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  ...QUIET_FLAGS,
];

/** Gmail's headers as of 2026: nonce-based scripts and enforced Trusted Types. */
export const GMAIL_HEADERS = {
  'content-security-policy':
    "script-src 'nonce-rapport-fixture' 'unsafe-inline' 'strict-dynamic' 'report-sample'; object-src 'none'; base-uri 'self'",
  'content-security-policy-report-only': "require-trusted-types-for 'script'",
} as const;
/** Enforced separately, as Gmail does, so a Trusted Types violation breaks the page. */
export const TRUSTED_TYPES_HEADERS = {
  ...GMAIL_HEADERS,
  'content-security-policy': `${GMAIL_HEADERS['content-security-policy']}; require-trusted-types-for 'script'; trusted-types 'none'`,
};

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/**
 * A fresh profile installs the extension, which opens its welcome tab (lib/onboarding): it is
 * closed unless a test keeps it, so that it never takes the foreground from a test's page (a
 * background tab gets no IntersectionObserver v2 visibility, which the frames' click guard
 * reads, and throttled timers, which the benches would measure).
 */
export async function closeWelcome(context: BrowserContext, extensionId: string): Promise<void> {
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  const tab =
    context.pages().find((p) => p.url() === welcome) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url() === welcome, timeout: 10_000 }).catch(() => null));
  await tab?.close();
}

/** The built extension in a fresh (or the given) profile; see closeWelcome. */
export async function launch(
  userDataDir?: string,
  extensionDir = EXTENSION_DIR,
  { keepWelcome = false } = {},
): Promise<Session> {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'rapport-e2e-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: extensionFlags(extensionDir),
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!userDataDir && !keepWelcome) await closeWelcome(context, extensionId);
  return {
    context,
    extensionId,
    userDataDir: dir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Answers every request to `urlGlob` with the fixture file (relative to tests/fixtures/sites). */
export async function serveFixture(
  context: BrowserContext,
  urlGlob: string,
  fixture: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const body = await readFile(join(FIXTURES, fixture), 'utf8');
  await context.route(urlGlob, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }),
  );
}

/** Answers `urlGlob` with a file from the project (e.g. an editor library from node_modules that a fixture loads). */
export async function serveFile(
  context: BrowserContext,
  urlGlob: string,
  path: string,
  contentType: string,
): Promise<void> {
  const body = await readFile(resolve(path));
  await context.route(urlGlob, (route) => route.fulfill({ status: 200, contentType, body }));
}

export async function extensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Saves under tests/e2e/__screenshots__/ and, for `npm run screenshots`, to the curated folder. */
export async function screenshot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  const curated = process.env.RAPPORT_SCREENSHOTS;
  if (curated) {
    await mkdir(curated, { recursive: true });
    await copyFile(file, join(curated, `${name}.png`));
  }
}

/** WCAG 2 contrast ratio of two computed rgb() colors. */
export function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Resolves when `check` returns a truthy value; fails with `what` after `timeout` ms. */
export async function eventually<T>(what: string, check: () => Promise<T>, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
/** The extension API as a test reaches it from inside an extension page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<Reply> } };

/** Asks the background from an extension page, as Rapport's own pages do; rejects with its error. */
export function askBackground<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (m) => {
    const reply = await chrome.runtime.sendMessage({ channel: 'rapport', message: m });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }, message) as Promise<T>;
}

/** Runs a function (given as source) in the extension's service worker. */
export function inServiceWorker<T>(session: Session, source: string): Promise<T> {
  const [worker] = session.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(`(${source})()`) as Promise<T>;
}

/**
 * Sends a page request (lib/messaging/page-requests.ts) to every tab and returns the first
 * answer with its tab id: without the "tabs" permission tabs carry no URL to pick one by.
 */
export function askPages<T>(
  session: Session,
  type: string,
  frameId?: number,
): Promise<{ tabId: number; answer: T } | null> {
  const options = frameId === undefined ? '' : `, { frameId: ${frameId} }`;
  return inServiceWorker(
    session,
    `async () => {
      for (const tab of await chrome.tabs.query({})) {
        const answer = await chrome.tabs
          .sendMessage(tab.id, { channel: 'rapport-page', type: ${JSON.stringify(type)} }${options})
          .catch(() => null);
        if (answer) return { tabId: tab.id, answer };
      }
      return null;
    }`,
  );
}
