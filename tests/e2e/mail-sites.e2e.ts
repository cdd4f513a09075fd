// Every mail adapter on its fixture, in real Chromium at the site's real URL:
// the sidebar mounts when compose opens; a tense sentence gets findings after
// the idle delay; a rewrite changes exactly the matched words; Ctrl+Z restores
// them; the recipients appear on the contact card; closing the compose
// removes the sidebar. Gmail has its own, longer file (mail.e2e.ts).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, evalInUi, hostSelector, queryInUi, textInUi } from './closed-root';
import { eventually, launch, type Session, screenshot, serveFile, serveFixture } from './harness';

const HOST = 'rapport-sidebar';

interface Site {
  id: string;
  url: string;
  fixture: string;
  /** Opens a compose; omitted when the fixture opens with one. */
  open?: string;
  /** The editor, in the page or in an iframe given by `frame`. */
  editor: string;
  frame?: string;
  close: string;
  recipient: { name: string; email: string };
  /** A tense sentence in the site's usual language, and a rule it triggers that offers a rewrite. */
  sentence: string;
  rule: string;
  /** Files the fixture loads from the site's origin (a real editor library). */
  assets?: Array<{ url: string; path: string }>;
}

const ROOSTER = { path: 'node_modules/roosterjs/dist/rooster-min.js' };

const SITES: Site[] = [
  {
    id: 'outlook',
    url: 'https://outlook.office.com/mail/',
    fixture: 'outlook/mailbox.html',
    open: 'button[aria-label="New mail"]',
    editor: '[contenteditable="true"][aria-label="Message body"]',
    close: '#discardCompose',
    recipient: { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
    sentence: 'As I already said, you never send the plans on time.',
    rule: 'en/being-right/as-i-already-said',
    assets: [{ url: 'https://outlook.office.com/__rapport/rooster-min.js', ...ROOSTER }],
  },
  {
    id: 'proton',
    url: 'https://mail.proton.me/u/0/inbox',
    fixture: 'proton/inbox.html',
    open: '[data-testid="sidebar:compose"]',
    frame: 'iframe[data-testid="rooster-iframe"]',
    editor: '#rooster-editor',
    close: '[data-testid="composer:close-button"]',
    recipient: { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
    sentence: 'As I already said, you never send the plans on time.',
    rule: 'en/being-right/as-i-already-said',
    assets: [{ url: 'https://mail.proton.me/__rapport/rooster-min.js', ...ROOSTER }],
  },
  {
    id: 'gmx',
    url: 'https://3c.gmx.net/mail/client/home',
    fixture: 'gmx/mailbox.html',
    open: '[data-webdriver="emailLink"]',
    frame: 'iframe.cke_wysiwyg_frame',
    editor: 'body#body',
    close: 'button[name="composeHeader:buttonCancel"]',
    recipient: { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
    sentence: 'Wie bereits erwähnt, haben Sie die Pläne schon wieder nicht geschickt.',
    rule: 'de/being-right/wie-bereits-erwaehnt',
  },
  {
    id: 'webde',
    url: 'https://3c.web.de/mail/client/home',
    fixture: 'webde/mailbox.html',
    open: '[data-webdriver="emailLink"]',
    frame: 'iframe.cke_wysiwyg_frame',
    editor: 'body#body',
    close: 'button[name="composeHeader:buttonCancel"]',
    recipient: { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
    sentence: 'Wie bereits erwähnt, haben Sie die Pläne schon wieder nicht geschickt.',
    rule: 'de/being-right/wie-bereits-erwaehnt',
  },
  {
    id: 'yahoo',
    url: 'https://mail.yahoo.com/d/folders/1',
    fixture: 'yahoo/inbox.html',
    open: 'a[data-test-id="compose-button"]',
    editor: 'div[data-test-id="rte"]',
    close: 'button[title="Discard draft"]',
    recipient: { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
    sentence: 'As I already said, you never send the plans on time.',
    rule: 'en/being-right/as-i-already-said',
  },
];

let session: Session;

beforeAll(async () => {
  session = await launch();
  for (const site of SITES) {
    await serveFixture(session.context, `${site.url}**`, site.fixture);
    for (const asset of site.assets ?? []) await serveFile(session.context, asset.url, asset.path, 'text/javascript');
  }
});

afterAll(async () => {
  await session?.close();
});

async function editorFrame(page: Page, site: Site): Promise<Frame | Page> {
  if (!site.frame) return page;
  const handle = await page.waitForSelector(site.frame);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${site.id}: no frame for ${site.frame}`);
  return frame;
}

describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_, site) => {
  it('coaches the draft: findings, rewrite in place, Ctrl+Z, contact card, gone on close', async () => {
    const page = await session.context.newPage();
    await page.goto(site.url);
    if (site.open) await page.click(site.open);
    // A compose that fills the pane leaves no room beside it: Rapport waits as a tab.
    const tab = await eventually(
      'the sidebar or its tab',
      async () =>
        (await queryInUi(page, HOST, '[data-testid="sidebar"]')) ??
        (await queryInUi(page, HOST, '[data-testid="sidebar-expand"]')),
      15_000,
    );
    expect(tab).toBeTruthy();
    if (await queryInUi(page, HOST, '[data-testid="sidebar-expand"]'))
      await clickInUi(page, HOST, '[data-testid="sidebar-expand"]');
    await eventually('the sidebar', () => queryInUi(page, HOST, '[data-testid="sidebar"]'));
    expect(await page.evaluate((name) => document.querySelector(name)?.shadowRoot, hostSelector(HOST))).toBeNull();

    const frame = await editorFrame(page, site);
    const editor = frame.locator(site.editor).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${site.sentence}`);
    const finding = `[data-rule="${site.rule}"]`;
    await eventually(`${site.rule}`, () => queryInUi(page, HOST, finding), 15_000);
    expect(await textInUi(page, HOST, '[data-testid="contact-name"]')).toBe(site.recipient.name);
    await screenshot(page, `sidebar-${site.id}`);

    const before = await editor.innerText();
    // Findings are one line each; the rewrites show on expand.
    await clickInUi(page, HOST, `${finding} [data-testid="finding-head"]`);
    const label = await evalInUi<string>(
      page,
      HOST,
      `${finding} [data-testid="apply"]`,
      'function () { return this.textContent.trim(); }',
    );
    await clickInUi(page, HOST, `${finding} [data-testid="apply"]`);
    await eventually('the rewrite', async () => (await editor.innerText()) !== before);
    const after = await editor.innerText();
    expect(after.toLowerCase()).toContain(label.toLowerCase());
    // Only the matched words changed: the rest of the draft is as typed.
    const tail = site.sentence.slice(site.sentence.indexOf(',') + 1);
    expect(after).toContain(tail);

    await editor.click();
    await page.keyboard.press('Control+z');
    await eventually('undo', async () => (await editor.innerText()) === before);

    // Opened over a full-pane compose on request, the panel folds away again before the compose is closed.
    if (await queryInUi(page, HOST, '[data-testid="sidebar-collapse"]')) {
      await clickInUi(page, HOST, '[data-testid="sidebar-collapse"]');
      // The frame's size follows a moment later (the content script sets it): the tab's, before Discard is clicked.
      await eventually('the tab', () =>
        page.evaluate(
          (name) => (document.querySelector(name)?.getBoundingClientRect().width ?? 0) <= 48,
          hostSelector(HOST),
        ),
      );
    }
    await page.click(site.close);
    await eventually('the sidebar to go', () =>
      page.evaluate((name) => document.querySelector(name) === null, hostSelector(HOST)),
    );
    await page.close();
  });
});
