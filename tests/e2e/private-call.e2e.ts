// Issue 15 for the call surfaces: nothing the pre-join card or the in-call
// sidebar shows or is told is observable by the Meet page. A hostile script
// runs before the fixture's own and tries what it tried on the mail sidebar:
// window.find over the card's words, capture-phase key listeners while the
// user types an answer or a moment, the card's size for a known contact and a
// stranger, and a copy of the card's page framed by itself.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickInUi, evalInUi, focusInUi, queryInUi, textInUi, uiFrame } from './closed-root';
import { askBackground, eventually, extensionPage, launch, type Session, serveFixture } from './harness';
import { clearKeys, findInPage, KEYLOGGER, keysSeen, surfaceArea } from './hostile';

const CARD = 'rapport-precall';
const SIDEBAR = 'rapport-call-sidebar';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const IN_CALL = 'https://meet.google.com/qrs-tuvw-xyz';
const ANNA = 'anna.schmidt@example.com';
const NOTE = 'Bringt zu jedem Termin frische Skizzen mit.';
const MAYBE = 'Is this Anna Schmidt from your contacts? Rapport shows your notes only once you confirm.';
const TYPED = 'Erklärt Pläne geduldig';

let session: Session;
let setup: Page;

beforeAll(async () => {
  session = await launch();
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

const noteAboutAnna = () =>
  askBackground(setup, {
    type: 'contacts/appreciate',
    email: ANNA,
    name: 'Anna Schmidt',
    text: NOTE,
    source: 'options',
  });

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(KEYLOGGER);
  await page.goto(url);
  return page;
}

/** The pre-join card with Anna confirmed: her question is asked. */
async function cardAskingAnna(): Promise<Page> {
  await noteAboutAnna();
  const page = await open(PREJOIN);
  await eventually('the name-only question', () => queryInUi(page, CARD, '[data-testid="maybe-yes"]'));
  await clickInUi(page, CARD, '[data-testid="maybe-yes"]');
  await eventually('the question about Anna', () => queryInUi(page, CARD, '[data-testid="appreciation-input"]'));
  return page;
}

describe('the pre-join card under a hostile Meet page', () => {
  it('shows the page neither the name-only question nor the question about a contact nor a stored note', async () => {
    await noteAboutAnna();
    const page = await open(PREJOIN);
    await eventually('the name-only question', () => queryInUi(page, CARD, '[data-testid="person-maybe"]'));
    expect(await textInUi(page, CARD, '[data-testid="person-maybe"] p')).toBe(MAYBE);
    // The control: window.find does see the page's own text.
    expect(await findInPage(page, 'Join now')).toBe(true);
    expect(await findInPage(page, MAYBE)).toBe(false);
    await clickInUi(page, CARD, '[data-testid="maybe-yes"]');
    await eventually('the question about Anna', () => queryInUi(page, CARD, '[data-testid="appreciation-prompt"]'));
    await clickInUi(page, CARD, '[data-testid="show-notes"]');
    await eventually('the note', () => queryInUi(page, CARD, '[data-testid="private-notes"]'));
    expect(await textInUi(page, CARD, '[data-testid="private-notes"]')).toContain(NOTE);
    const question = await textInUi(page, CARD, '[data-testid="appreciation-prompt"]');
    expect(question.length).toBeGreaterThan(10);
    expect(await findInPage(page, question)).toBe(false);
    expect(await findInPage(page, NOTE)).toBe(false);
    await page.close();
  });

  it('lets the page log no key while the user types the answer about a contact', async () => {
    const page = await cardAskingAnna();
    await focusInUi(page, CARD, '[data-testid="appreciation-input"]');
    await clearKeys(page);
    await page.keyboard.type(TYPED);
    // The control: the keys did reach the field.
    expect(await evalInUi(page, CARD, '[data-testid="appreciation-input"]', 'function () { return this.value; }')).toBe(
      TYPED,
    );
    expect(await keysSeen(page)).toEqual([]);
    await page.close();
  });

  it('has the same size for a known contact and a stranger', async () => {
    await noteAboutAnna();
    const known = await open(PREJOIN);
    await eventually('the name-only question', () => queryInUi(known, CARD, '[data-testid="person-maybe"]'));
    const knownArea = await surfaceArea(known, CARD);
    await known.close();
    await askBackground(setup, { type: 'data/delete-all' });
    const stranger = await open(PREJOIN);
    await eventually('the card', () => queryInUi(stranger, CARD, '[data-testid="precall-card"]'));
    await stranger.waitForTimeout(1_000);
    expect(await queryInUi(stranger, CARD, '[data-testid="person-maybe"]')).toBeNull();
    const strangerArea = await surfaceArea(stranger, CARD);
    await stranger.close();
    expect(knownArea.hits).toBeGreaterThan(0);
    expect(strangerArea).toEqual(knownArea);
  });

  it('gives a copy of the card that the page frames itself no data', async () => {
    await noteAboutAnna();
    const page = await open(PREJOIN);
    await eventually('the name-only question', () => queryInUi(page, CARD, '[data-testid="person-maybe"]'));
    const src = await page.evaluate(
      (selector) => (document.querySelector(selector) as HTMLIFrameElement | null)?.src ?? '',
      `iframe[data-rapport-ui="${CARD}"]`,
    );
    expect(src).toMatch(/^chrome-extension:\/\//);
    const handle = await page.evaluateHandle((u) => {
      const frame = document.createElement('iframe');
      frame.src = u;
      frame.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:600px';
      document.body.append(frame);
      frame.addEventListener('load', () => {
        for (const guess of ['', 'token', '0'.repeat(32)]) frame.contentWindow?.postMessage({ token: guess }, '*');
      });
      return frame;
    }, src);
    await page.waitForTimeout(2_000);
    const frame = await handle.asElement()?.contentFrame();
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('contacts');
    expect(await frame?.locator('[data-testid="card-locked"]').count()).toBe(1);
    await page.close();
  });
});

describe('the in-call sidebar under a hostile Meet page', () => {
  it('lets the page log no key while the user notes a moment', async () => {
    const page = await open(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    await clickInUi(page, SIDEBAR, '[data-testid="call-expand"]');
    await eventually('the moment field', () => queryInUi(page, SIDEBAR, '[data-testid="moment-input"]'));
    await focusInUi(page, SIDEBAR, '[data-testid="moment-input"]');
    await clearKeys(page);
    await page.keyboard.type(TYPED);
    expect(await evalInUi(page, SIDEBAR, '[data-testid="moment-input"]', 'function () { return this.value; }')).toBe(
      TYPED,
    );
    expect(await keysSeen(page)).toEqual([]);
    await page.close();
  });

  it('shows the page neither the name-only question nor a stored note', async () => {
    await noteAboutAnna();
    const page = await open(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    await clickInUi(page, SIDEBAR, '[data-testid="call-expand"]');
    await eventually('the name-only question', () => queryInUi(page, SIDEBAR, '[data-testid="maybe-yes"]'));
    expect(await findInPage(page, MAYBE)).toBe(false);
    await clickInUi(page, SIDEBAR, '[data-testid="maybe-yes"]');
    await eventually('the notes button', () => queryInUi(page, SIDEBAR, '[data-testid="show-notes"]'));
    await clickInUi(page, SIDEBAR, '[data-testid="show-notes"]');
    await eventually('the note', () => queryInUi(page, SIDEBAR, '[data-testid="private-notes"]'));
    expect(await findInPage(page, NOTE)).toBe(false);
    await page.close();
  });

  it('coaches the chat message in its frame: no finding findable, nothing in CSS.highlights, a copy shows nothing', async () => {
    const page = await open(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    await clickInUi(page, SIDEBAR, '[data-testid="call-expand"]');
    const chat = page.getByRole('textbox', { name: 'Send a message' });
    await chat.click();
    await page.keyboard.type('Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.');
    await eventually(
      'a finding on the chat message',
      () => queryInUi(page, SIDEBAR, '[data-testid="chat-findings"] [data-testid="apply"]'),
      15_000,
    );
    const findings = await textInUi(page, SIDEBAR, '[data-testid="chat-findings"]');
    expect(findings.length).toBeGreaterThan(20);
    // A sentence of what Rapport says about the message, not the message's own words.
    const said = findings.split(/(?<=[.!?])\s*/).find((line) => line.length > 20 && !line.includes('Unterlagen'));
    expect(said, findings).toBeTruthy();
    expect(await findInPage(page, said as string)).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const src = await page.evaluate(
      (selector) => (document.querySelector(selector) as HTMLIFrameElement | null)?.src ?? '',
      `iframe[data-rapport-ui="${SIDEBAR}"]`,
    );
    const copy = await page.evaluateHandle((u) => {
      const frame = document.createElement('iframe');
      frame.src = u;
      document.body.append(frame);
      return frame;
    }, src);
    await page.waitForTimeout(1_500);
    const frame = await copy.asElement()?.contentFrame();
    expect(await frame?.locator('[data-testid="call-locked"]').count()).toBe(1);
    expect(await frame?.locator('[data-testid="call-expand"]').count()).toBe(0);
    await page.close();
  });
});

describe('the call frames from the keyboard', () => {
  /** Alt+Shift+R in the page (which sees that key, as any shortcut): focus on a control in the frame named `host`. */
  async function focusesWithShortcut(page: Page, host: string): Promise<void> {
    await page.keyboard.press('Alt+Shift+KeyR');
    await eventually('focus on a control in the frame', async () => {
      const frame = await uiFrame(page, host);
      return frame?.evaluate(
        () => document.hasFocus() && document.activeElement !== document.body && document.activeElement !== null,
      );
    });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rapport-ui'))).toBe(host);
  }

  it('moves focus into the pre-join card with Alt+Shift+R', async () => {
    await noteAboutAnna();
    const page = await open(PREJOIN);
    await eventually('the card', () => queryInUi(page, CARD, '[data-testid="maybe-yes"]'));
    await focusesWithShortcut(page, CARD);
    await page.close();
  });

  it('moves focus into the in-call sidebar with Alt+Shift+R', async () => {
    const page = await open(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    await focusesWithShortcut(page, SIDEBAR);
    await page.close();
  });
});
