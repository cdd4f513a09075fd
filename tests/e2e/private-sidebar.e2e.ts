// Issue 15: nothing the mail sidebar shows or is told is observable by the
// page. A hostile script runs before the Gmail fixture's own and tries what the
// audit found: window.find over the sidebar's words, capture-phase key
// listeners while the user types a note, the sidebar's size for a known
// contact and a stranger, and a copy of the sidebar's page framed by itself.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickInUi, evalInUi, focusInUi, queryInUi, textInUi } from './closed-root';
import {
  askBackground,
  eventually,
  extensionPage,
  launch,
  type Session,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';
import { clearKeys, findInPage, KEYLOGGER, keysSeen, surfaceArea } from './hostile';

const HOST = 'rapport-sidebar';
const INBOX = 'https://mail.google.com/mail/u/0/';
const ANNA = 'anna.schmidt@example.com';
const NOTE = 'Bringt zu jedem Termin frische Skizzen mit.';
const TYPED = 'Erklärt Pläne geduldig';

let session: Session;
let setup: Page;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  setup = await extensionPage(session, 'options.html');
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  await askBackground(setup, { type: 'data/delete-all' });
  await askBackground(setup, { type: 'contacts/appreciate', email: ANNA, name: 'Anna', text: NOTE, source: 'options' });
});

async function composeTo(
  email: string,
  name: string,
  draft = 'Sie haben schon wieder nicht geantwortet.',
): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(KEYLOGGER);
  await page.goto(`${INBOX}#inbox`);
  await page.click('[gh="cm"]');
  // The fixture's compose opens addressed to Anna; a stranger takes her chip.
  await page.evaluate(
    ([e, n]) => {
      const chip = document.querySelector('[name="to"] [data-hovercard-id]') as HTMLElement;
      chip.setAttribute('data-hovercard-id', e as string);
      chip.setAttribute('data-name', n as string);
    },
    [email, name],
  );
  await page.locator('div[g_editable="true"]').first().click();
  // A keystroke and its undoing: the sidebar reads the recipients afresh, the draft stays as given.
  await page.keyboard.press('Space');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(draft);
  if (draft) await eventually('a finding', () => queryInUi(page, HOST, '[data-testid="finding"]'), 15_000);
  await eventually('the recipient in the sidebar', async () =>
    (await queryInUi(page, HOST, '[data-testid="contact-email"]'))
      ? (await textInUi(page, HOST, '[data-testid="contact-email"]')) === email
      : false,
  );
  await eventually('the appreciation question', () => queryInUi(page, HOST, '[data-testid="appreciation-prompt"]'));
  return page;
}

describe('the mail sidebar under a hostile Gmail page', () => {
  it('shows the page none of its words through window.find', async () => {
    const page = await composeTo(ANNA, 'Dr. Anna Schmidt');
    await eventually('the last note', () => queryInUi(page, HOST, '[data-testid="last-note"]'));
    const question = await textInUi(page, HOST, '[data-testid="appreciation-prompt"]');
    await clickInUi(page, HOST, '[data-testid="finding"] [data-testid="finding-head"]');
    const message = await textInUi(page, HOST, '[data-testid="finding"] .rp-finding__message');
    expect(question.length).toBeGreaterThan(10);
    expect(message.length).toBeGreaterThan(10);
    // The control: window.find does see the page's own text.
    expect(await findInPage(page, 'Angebot Praxis-Software')).toBe(true);
    expect(await findInPage(page, NOTE)).toBe(false);
    expect(await findInPage(page, question)).toBe(false);
    expect(await findInPage(page, message)).toBe(false);
    await page.close();
  });

  it('lets the page log no key while the user types into the appreciation field', async () => {
    const page = await composeTo(ANNA, 'Dr. Anna Schmidt');
    await focusInUi(page, HOST, '[data-testid="appreciation-input"]');
    await clearKeys(page);
    await page.keyboard.type(TYPED);
    // The control: the keys did reach the field.
    expect(await evalInUi(page, HOST, '[data-testid="appreciation-input"]', 'function () { return this.value; }')).toBe(
      TYPED,
    );
    const typed = await keysSeen(page);
    expect(typed).toEqual([]);
    await page.close();
  });

  it('moves focus into the frame with Alt+Shift+R and back to the editor with Escape, which the page never sees', async () => {
    const page = await composeTo(ANNA, 'Dr. Anna Schmidt');
    await clearKeys(page);
    await page.keyboard.press('Alt+Shift+KeyR');
    // The draft leads: focus lands on the first finding.
    await eventually('focus in the frame', () =>
      evalInUi<boolean>(
        page,
        HOST,
        '[data-testid="finding-head"]',
        'function () { return document.activeElement === this && document.hasFocus(); }',
      ),
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    // Tab moves on inside the frame, as in any panel.
    await page.keyboard.press('Tab');
    expect(
      await evalInUi<boolean>(
        page,
        HOST,
        '[data-testid="finding-head"]',
        'function () { return document.activeElement !== this; }',
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await eventually('focus back in the editor', () =>
      page.evaluate(() => document.activeElement?.getAttribute('g_editable') === 'true'),
    );
    const seen = await keysSeen(page);
    expect(seen.filter((k) => /Escape|Tab/.test(k))).toEqual([]);
    await page.close();
  });

  it('has the same size for a known contact and a stranger', async () => {
    // An empty draft: the sidebar is as short as it gets, so a last note would change its height.
    const known = await composeTo(ANNA, 'Dr. Anna Schmidt', '');
    await eventually('the last note', () => queryInUi(known, HOST, '[data-testid="last-note"]'));
    const knownArea = await surfaceArea(known, HOST);
    await known.close();
    const stranger = await composeTo('kim.stranger@example.net', 'Kim Stranger', '');
    expect(await queryInUi(stranger, HOST, '[data-testid="last-note"]')).toBeNull();
    const strangerArea = await surfaceArea(stranger, HOST);
    await stranger.close();
    expect(knownArea.hits).toBeGreaterThan(0);
    expect(strangerArea).toEqual(knownArea);
  });

  it('underlines the draft without telling the page which words: its CSS.highlights stays empty', async () => {
    const page = await composeTo(ANNA, 'Dr. Anna Schmidt');
    const marks = () =>
      evalInUi<number>(page, 'rapport-underlines', '.rp-marks', 'function () { return this.children.length; }').catch(
        () => 0,
      );
    expect(await eventually('underlines in Rapport’s layer', marks)).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The layer lets every click through to the editor beneath.
    expect(
      await page.evaluate(() => {
        const layer = document.querySelector('iframe[data-rapport-ui="rapport-underlines"]') as HTMLElement;
        const r = layer.getBoundingClientRect();
        return document.elementFromPoint(r.left + 5, r.top + 5)?.getAttribute('g_editable');
      }),
    ).toBe('true');
    // A copy the page frames itself draws nothing.
    const copy = await page.evaluateHandle(() => {
      const ours = document.querySelector('iframe[data-rapport-ui="rapport-underlines"]') as HTMLIFrameElement;
      const frame = document.createElement('iframe');
      frame.src = ours.src;
      document.body.append(frame);
      return frame;
    });
    await page.waitForTimeout(1_500);
    const frame = await copy.asElement()?.contentFrame();
    expect(await frame?.evaluate(() => document.querySelectorAll('.rp-mark').length)).toBe(0);
    await page.close();
  });

  it('gives a copy of the sidebar that the page frames itself no data', async () => {
    const page = await composeTo(ANNA, 'Dr. Anna Schmidt');
    await eventually('the last note', () => queryInUi(page, HOST, '[data-testid="last-note"]'));
    const src = await page.evaluate(
      (selector) => (document.querySelector(selector) as HTMLIFrameElement | null)?.src ?? '',
      `iframe[data-rapport-ui="${HOST}"]`,
    );
    expect(src).toMatch(/^chrome-extension:\/\//);
    const guessed = `chrome-extension://${session.extensionId}/mail-sidebar.html`;
    for (const url of [src, guessed]) {
      const handle = await page.evaluateHandle((u) => {
        const frame = document.createElement('iframe');
        frame.src = u;
        frame.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:600px';
        document.body.append(frame);
        // The page posts guesses of a token, as a page could.
        frame.addEventListener('load', () => {
          for (const guess of ['', 'token', '0'.repeat(32)]) frame.contentWindow?.postMessage({ token: guess }, '*');
        });
        return frame;
      }, url);
      await page.waitForTimeout(2_000);
      const frame = await handle.asElement()?.contentFrame();
      const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
      expect(text).not.toContain(NOTE);
      expect(text).not.toContain('Anna');
      expect(text).not.toContain('geantwortet');
      if (url === src) expect(await frame?.locator('[data-testid="sidebar-locked"]').count()).toBe(1);
      await handle.dispose();
    }
    await page.close();
  });
});
