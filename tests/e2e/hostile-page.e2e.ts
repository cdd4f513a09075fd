// A hostile page against the built extension in real Chromium: the attacks of
// the audit behind issue 10, each run as page script (or from the content
// script's world) at the real URLs of the fixtures.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evalInUi, hostSelector, queryInUi, textInUi, uiFrame, waitForTextInUi } from './closed-root';
import {
  askBackground,
  eventually,
  extensionPage,
  launch,
  type Session,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';
import { HOSTILE, lootInPage } from './hostile';

const INBOX = 'https://mail.google.com/mail/u/0/';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const IN_CALL = 'https://meet.google.com/qrs-tuvw-xyz';
const NOTE = 'Hat die Baustelle immer sauber hinterlassen.';
const ANNA = 'anna.schmidt@example.com';

let session: Session;
let setup: Page;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
  await serveFixture(session.context, `${IN_CALL}**`, 'meet/in-call.html');
  setup = await extensionPage(session, 'options.html');
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  await askBackground(setup, { type: 'data/delete-all' });
});

async function hostilePage(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(HOSTILE);
  await page.goto(url);
  return page;
}

async function openCompose(page: Page): Promise<void> {
  await page.click('[gh="cm"]');
  await eventually('the sidebar', () => queryInUi(page, 'rapport-sidebar', '[data-testid="sidebar"]'));
}

/** The user's note about Anna, as the options page saves it. */
const noteAboutAnna = (name: string) =>
  askBackground(setup, { type: 'contacts/appreciate', email: ANNA, name, text: NOTE, source: 'options' });

const contactIds = async () =>
  (await askBackground<{ id: string }[]>(setup, { type: 'contacts/list' })).map((c) => c.id).sort();

describe('a page that claims the names of Rapport’s elements first', () => {
  it('finds no root of the mail sidebar, though it shows the last note', async () => {
    await noteAboutAnna('Anna');
    const page = await hostilePage(`${INBOX}#inbox`);
    await openCompose(page);
    await eventually('the last note in the sidebar', async () =>
      (await queryInUi(page, 'rapport-sidebar', '[data-testid="last-note"]'))
        ? (await textInUi(page, 'rapport-sidebar', '[data-testid="last-note"]')).includes(NOTE)
        : false,
    );
    expect(await page.evaluate(lootInPage, NOTE)).toEqual({ roots: 0, rootText: '', openRoots: 0, inDocument: false });
    await page.close();
  });

  it('finds no root of the pre-join card or the in-call sidebar', async () => {
    await noteAboutAnna('Anna Schmidt');
    const card = await hostilePage(PREJOIN);
    await eventually('the card', () => queryInUi(card, 'rapport-precall', '[data-testid="person-maybe"]'));
    expect(await card.evaluate(lootInPage, 'Anna Schmidt')).toMatchObject({ roots: 0, rootText: '', openRoots: 0 });
    await card.close();
    const call = await hostilePage(IN_CALL);
    await eventually('the tab', () => queryInUi(call, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
    expect(await call.evaluate(lootInPage, NOTE)).toEqual({ roots: 0, rootText: '', openRoots: 0, inDocument: false });
    await call.close();
  });
});

describe('Alt+Shift+H', () => {
  const cdps = new WeakMap<Page, CDPSession>();
  const cdp = async (page: Page) => {
    const known = cdps.get(page);
    if (known) return known;
    const created = await page.context().newCDPSession(page);
    cdps.set(page, created);
    return created;
  };

  /** Whether the surface has a layout box, takes focus and is in the accessibility tree (a frame's own, for a frame). */
  async function presence(page: Page, host: string, focusable: string, marker: string) {
    const frame = await uiFrame(page, host);
    // A frame's document keeps its own layout while the frame is hidden: its box in the page is what shows.
    const box = frame
      ? 0
      : await evalInUi<number>(page, host, focusable, 'function () { return this.getClientRects().length; }');
    const hostBox = await page.evaluate(
      (s) => document.querySelector(s)?.getClientRects().length ?? -1,
      hostSelector(host),
    );
    const focused = await evalInUi<boolean>(
      page,
      host,
      focusable,
      'function () { this.focus(); return this.getRootNode().activeElement === this; }',
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const tree = frame ? await page.context().newCDPSession(frame) : await cdp(page);
    const { nodes } = (await tree.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored?: boolean; name?: { value?: unknown } }[];
    };
    const accessible = nodes.some((n) => !n.ignored && String(n.name?.value ?? '').includes(marker));
    return { box: box > 0 || hostBox > 0, focused, accessible };
  }

  const shown = { box: true, focused: true, accessible: true };
  const hidden = { box: false, focused: false, accessible: false };

  async function toggle(page: Page) {
    await page.mouse.click(5, 5);
    await page.keyboard.press('Alt+Shift+KeyH');
  }

  it('hides the mail sidebar entirely and shows it again', async () => {
    const page = await hostilePage(`${INBOX}#inbox`);
    await openCompose(page);
    const check = () => presence(page, 'rapport-sidebar', '[data-testid="sidebar-collapse"]', 'Collapse Rapport');
    expect(await check()).toEqual(shown);
    await toggle(page);
    await eventually('hidden', async () => JSON.stringify(await check()) === JSON.stringify(hidden));
    // A page's own synthetic shortcut does not show it again.
    await page.evaluate(() =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyH', bubbles: true }),
      ),
    );
    expect(await check()).toEqual(hidden);
    await toggle(page);
    await eventually('shown', async () => JSON.stringify(await check()) === JSON.stringify(shown));
    await page.close();
  });

  it('hides the pre-join card and the in-call sidebar, and shows them again', async () => {
    const card = await hostilePage(PREJOIN);
    await eventually('the card', () => queryInUi(card, 'rapport-precall', '[data-testid="precall-card"]'));
    const checkCard = () => presence(card, 'rapport-precall', '[data-testid="mood-3"]', 'Before you join');
    expect(await checkCard()).toEqual(shown);
    await toggle(card);
    await eventually('the card hidden', async () => JSON.stringify(await checkCard()) === JSON.stringify(hidden));
    await toggle(card);
    await eventually('the card shown', async () => JSON.stringify(await checkCard()) === JSON.stringify(shown));
    await card.close();

    const call = await hostilePage(IN_CALL);
    await eventually('the tab', () => queryInUi(call, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
    const checkCall = () =>
      presence(call, 'rapport-call-sidebar', '[data-testid="call-expand"]', 'Open Rapport for this call');
    expect(await checkCall()).toEqual(shown);
    await toggle(call);
    await eventually('the tab hidden', async () => JSON.stringify(await checkCall()) === JSON.stringify(hidden));
    await toggle(call);
    await eventually('the tab shown', async () => JSON.stringify(await checkCall()) === JSON.stringify(shown));
    await call.close();
  });
});

describe('what a page can make Rapport write', () => {
  const sieDraft = 'Liebe Frau Schmidt, können Sie mir die Pläne bis Freitag schicken?';

  async function composeWithDraft(page: Page) {
    await openCompose(page);
    await page.locator('div[g_editable="true"]').first().click();
    await page.keyboard.type(sieDraft);
    await eventually(
      'the analysis',
      () => queryInUi(page, 'rapport-sidebar', '[data-testid="gauge-security"]'),
      15_000,
    );
    await page.waitForTimeout(400);
  }

  it('learns nothing from a script’s clicks on Send or from a send to 2,000 people; a user’s send teaches', async () => {
    const page = await hostilePage(`${INBOX}#inbox`);
    await composeWithDraft(page);
    // Merely showing an address in a compose creates no contact.
    expect(await contactIds()).toEqual([]);
    await page.evaluate(() => {
      const send = document.querySelector<HTMLElement>('.Up .aoO');
      send?.click();
      send?.click();
    });
    await page.waitForTimeout(1_000);
    expect(await contactIds()).toEqual([]);

    await composeWithDraft(page);
    await page.evaluate(() => {
      const chip = document.querySelector('[data-hovercard-id]');
      for (let i = 0; i < 2_000; i++) {
        const copy = chip?.cloneNode(true) as HTMLElement;
        copy.setAttribute('data-hovercard-id', `person${i}@example.org`);
        chip?.parentElement?.append(copy);
      }
    });
    await page.click('.Up .aoO');
    await page.waitForTimeout(1_000);
    expect(await contactIds()).toEqual([]);

    await composeWithDraft(page);
    await page.click('.Up .aoO');
    await eventually('the learned contact', async () => (await contactIds()).join() === ANNA);
    await page.close();
  });
});

describe('the content script’s lifetime', () => {
  it('posts nothing that names the extension, and a page’s forged start event does not end it', async () => {
    const page = await hostilePage(`${INBOX}#inbox`);
    await openCompose(page);
    const messages = await page.evaluate(
      () => (window as unknown as { __attack: { messages: string[] } }).__attack.messages,
    );
    expect(messages.filter((m) => m.includes(session.extensionId) || m.includes('wxt'))).toEqual([]);
    await page.evaluate((id) => {
      for (const name of ['mail', 'call'])
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
            detail: { contentScriptName: name, messageId: 'forged' },
          }),
        );
    }, session.extensionId);
    await page.locator('div[g_editable="true"]').first().click();
    await page.keyboard.type('eins zwei drei');
    await waitForTextInUi(page, 'rapport-sidebar', '[data-testid="word-count"]', '3 words in your draft');
    await page.click('img.Ha[aria-label="Save & close"]');
    await openCompose(page);
    await page.close();
  });
});

describe('storage from the content script’s world', () => {
  it('is refused: reading and writing go through the background only', async () => {
    await noteAboutAnna('Anna');
    const page = await hostilePage(`${INBOX}#inbox`);
    await openCompose(page);
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const isolated = await eventually('the content script’s world', async () =>
      contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')),
    );
    const attempt = async (expression: string) => {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: isolated.id,
        awaitPromise: true,
        returnByValue: true,
      });
      return String(result.value);
    };
    const read = await attempt(
      `chrome.storage.local.get(null).then((all) => 'read ' + JSON.stringify(all).length, (e) => 'refused: ' + e.message)`,
    );
    expect(read).toMatch(/^refused/);
    const write = await attempt(`chrome.storage.local.clear().then(() => 'cleared', (e) => 'refused: ' + e.message)`);
    expect(write).toMatch(/^refused/);
    expect(await contactIds()).toEqual([ANNA]);
    await page.close();
  });
});
