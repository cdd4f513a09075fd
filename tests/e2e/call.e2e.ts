import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boxInUi,
  clickInUi,
  hostSelector,
  overlaps,
  queryInUi,
  settledChat,
  textInUi,
  waitForTextInUi,
} from './closed-root';
import {
  askBackground,
  askPages,
  eventually,
  extensionPage,
  launch,
  type Session,
  screenshot,
  serveFixture,
} from './harness';

const HOST = 'rapport-precall';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const PREJOIN_DE = 'https://meet.google.com/xyz-abcd-efg';
const IN_CALL = 'https://meet.google.com/qrs-tuvw-xyz';
const LOOKALIKE = 'https://meet.google.co/abc-defg-hij';
/** A meeting whose card the user hides (kept hidden across reloads). */
const HIDDEN = 'https://meet.google.com/hid-ecar-dxx';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
  await serveFixture(session.context, `${HIDDEN}**`, 'meet/prejoin.html');
  await serveFixture(session.context, `${PREJOIN_DE}**`, 'meet/prejoin-de.html');
  await serveFixture(session.context, `${IN_CALL}**`, 'meet/in-call.html');
  await serveFixture(session.context, `${LOOKALIKE}**`, 'meet/prejoin.html');
});

afterAll(async () => {
  await session?.close();
});

async function cardExists(page: Page): Promise<boolean> {
  return page.evaluate((name) => document.querySelector(name) !== null, hostSelector(HOST));
}

function joinButton(page: Page, name: RegExp) {
  return page.getByRole('button', { name });
}

describe('pre-join card on the Meet fixture', () => {
  it('appears beside the join button without covering it, and goes on join', async () => {
    const page = await session.context.newPage();
    await page.goto(PREJOIN);
    await eventually('the card', () => queryInUi(page, HOST, '[data-testid="precall-card"]'));
    expect(await page.evaluate((name) => document.querySelector(name)?.shadowRoot, hostSelector(HOST))).toBeNull();
    expect(await textInUi(page, HOST, 'h2')).toBe('Before you join');
    expect(await textInUi(page, HOST, '.rp-card__meeting')).toContain('abc-defg-hij');

    const join = joinButton(page, /^Join now$/);
    const joinBox = await join.boundingBox();
    const cardBox = await boxInUi(page, HOST, '[data-testid="precall-card"]');
    expect(joinBox).not.toBeNull();
    expect(overlaps(cardBox, joinBox as NonNullable<typeof joinBox>)).toBe(false);
    await screenshot(page, 'precall-meet');

    await join.click();
    await eventually('the card to go', async () => !(await cardExists(page)));
    await page.close();
  });

  it('can be hidden for this meeting, also after a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(HIDDEN);
    await eventually('the card', () => queryInUi(page, HOST, '[data-testid="precall-dismiss"]'));
    await clickInUi(page, HOST, '[data-testid="precall-dismiss"]');
    await eventually('the card to go', async () => !(await cardExists(page)));
    await page.waitForTimeout(300);
    expect(await cardExists(page)).toBe(false);
    // Hidden for this meeting, also after a reload.
    await page.reload();
    await joinButton(page, /^Join now$/).waitFor();
    await page.waitForTimeout(1000);
    expect(await cardExists(page)).toBe(false);
    await page.close();
  });

  it('works with the German, signed-out pre-join screen', async () => {
    const page = await session.context.newPage();
    await page.goto(PREJOIN_DE);
    await eventually('the card', () => queryInUi(page, HOST, '[data-testid="precall-card"]'));
    await page.close();
  });

  it('stays away during a call and on hosts the manifest does not match', async () => {
    const inCall = await session.context.newPage();
    await inCall.goto(IN_CALL);
    const lookalike = await session.context.newPage();
    await lookalike.goto(LOOKALIKE);
    await joinButton(lookalike, /^Join now$/).waitFor();
    await lookalike.waitForTimeout(1500);
    expect(await cardExists(inCall)).toBe(false);
    expect(await cardExists(lookalike)).toBe(false);
    await inCall.close();
    await lookalike.close();
  });
});

describe('the call brief, the in-call sidebar and the note after the call', () => {
  const SIDEBAR = 'rapport-call-sidebar';

  it('asks whether a name is the contact, then asks about them (notes behind a click) and stores the mood', async () => {
    const setup = await extensionPage(session, 'options.html');
    await askBackground(setup, {
      type: 'contacts/appreciate',
      email: 'anna.schmidt@example.com',
      name: 'Anna Schmidt',
      text: 'Behält bei Mehrkosten die Ruhe.',
      source: 'sidebar',
    });
    const page = await session.context.newPage();
    await page.goto(PREJOIN);
    // Meet shows names, no addresses: the same name may be a stranger, so nothing of Anna's shows before the user says.
    await waitForTextInUi(
      page,
      HOST,
      '[data-testid="person-maybe"] p',
      'Is this Anna Schmidt from your contacts? Rapport shows your notes only once you confirm.',
    );
    expect(await textInUi(page, HOST, '[data-testid="participants"]')).toBe('With: Anna Schmidt, Jonas Weber');
    expect(await queryInUi(page, HOST, '[data-testid="show-notes"]')).toBeNull();
    await clickInUi(page, HOST, '[data-testid="maybe-yes"]');
    await waitForTextInUi(
      page,
      HOST,
      '[data-testid="participants"]',
      'With: Anna Schmidt (in your contacts), Jonas Weber',
    );
    expect(await textInUi(page, HOST, '[data-testid="appreciation-prompt"]')).toContain('Anna Schmidt');
    // The note is private: hidden until the user asks.
    expect(await queryInUi(page, HOST, '[data-testid="private-notes"]')).toBeNull();
    await clickInUi(page, HOST, '[data-testid="show-notes"]');
    expect(await textInUi(page, HOST, '[data-testid="private-notes"]')).toContain('Behält bei Mehrkosten die Ruhe.');
    await clickInUi(page, HOST, '[data-testid="show-notes"]');

    await clickInUi(page, HOST, '[data-testid="mood-2"]');
    await eventually('a reset line', () => queryInUi(page, HOST, '[data-testid="reset-item"]'));
    const brief = await askBackground<{ meeting: { mood: number } }>(setup, {
      type: 'calls/brief',
      site: 'meet',
      key: 'abc-defg-hij',
      language: 'en',
    });
    expect(brief.meeting.mood).toBe(2);
    await screenshot(page, 'precall-meet');

    // The toolbar popup for this tab: the full brief, question and checklist visible without scrolling.
    const tabId = (await askPages(session, 'call-meeting'))?.tabId;
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 372, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('call-brief').waitFor();
    expect(await popup.getByTestId('brief-people').textContent()).toBe('With: Anna Schmidt, Jonas Weber');
    await screenshot(popup, 'popup-call-brief', { x: 0, y: 0, width: 372, height: 600 });
    for (const id of ['person-prompt', 'checklist']) {
      const box = await popup.getByTestId(id).first().boundingBox();
      expect(box && box.y + box.height, id).toBeLessThanOrEqual(600);
    }
    await popup.getByTestId('critical-point').fill('Die Mehrkosten für die Fenster');
    await popup.getByTestId('critical-point').press('Tab');
    await eventually('the critical point saved', async () => {
      const b = await askBackground<{ meeting: { criticalPoint: string } }>(setup, {
        type: 'calls/brief',
        site: 'meet',
        key: 'abc-defg-hij',
        language: 'en',
      });
      return b.meeting.criticalPoint === 'Die Mehrkosten für die Fenster';
    });
    await Promise.all([popup.close(), page.close(), setup.close()]);
  });

  it('keeps a collapsed tab in the call that opens clear of the controls and coaches the chat message', async () => {
    const page = await session.context.newPage();
    await page.goto(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    expect(await queryInUi(page, SIDEBAR, '[data-testid="call-sidebar"]')).toBeNull();
    expect(await cardExists(page)).toBe(false);
    await clickInUi(page, SIDEBAR, '[data-testid="call-expand"]');
    await eventually('the sidebar', () => queryInUi(page, SIDEBAR, '[data-testid="call-sidebar"]'));
    const sidebar = await boxInUi(page, SIDEBAR, '[data-testid="call-sidebar"]');
    for (const label of ['Leave call', 'Turn off microphone', 'Chat with everyone']) {
      const control = await page.getByRole('button', { name: label, exact: true }).boundingBox();
      expect(overlaps(sidebar, control as NonNullable<typeof control>), label).toBe(false);
    }
    // A new meeting: the user says once that this Anna Schmidt is their contact.
    await eventually('the question about the name', () => queryInUi(page, SIDEBAR, '[data-testid="maybe-yes"]'));
    await clickInUi(page, SIDEBAR, '[data-testid="maybe-yes"]');
    await eventually('the question about Anna', () => queryInUi(page, SIDEBAR, '[data-testid="person-prompt"]'));

    const chat = page.getByRole('textbox', { name: 'Send a message' });
    await chat.click();
    await page.keyboard.type('Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.');
    await eventually(
      'a finding on the chat message',
      () => queryInUi(page, SIDEBAR, '[data-testid="chat-findings"] [data-testid="apply"]'),
      15_000,
    );
    await settledChat(page, SIDEBAR);
    await screenshot(page, 'call-sidebar-meet');
    const before = await chat.inputValue();
    await clickInUi(page, SIDEBAR, '[data-testid="chat-findings"] [data-testid="apply"]');
    await eventually('the rewrite in the chat box', async () => (await chat.inputValue()) !== before);
    expect(await chat.inputValue()).toMatch(/, haben Sie die Unterlagen schon wieder nicht geschickt\.$/);
    expect(await chat.inputValue()).not.toMatch(/^Wie bereits erwähnt/);

    // "Note this moment" goes to the known participant's journal.
    await clickInUi(page, SIDEBAR, '[data-testid="moment-input"]');
    await page.keyboard.type('Wir nehmen Variante B.');
    await page.keyboard.press('Enter');
    await waitForTextInUi(page, SIDEBAR, '[data-testid="moment-status"]', "Noted, with today's date.");
    await page.close();
  });

  it('asks after the call what was agreed, and keeps it in the journal shown in options', async () => {
    const page = await session.context.newPage();
    await page.goto(IN_CALL);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    // Leaving: Meet shows "You left the meeting" at the same address.
    await page.route(`${IN_CALL}?left`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', path: 'tests/fixtures/sites/meet/ended.html' }),
    );
    await page.goto(`${IN_CALL}?left`);

    const popup = await extensionPage(session, 'popup.html');
    await popup.getByTestId('after-call').waitFor();
    await popup.getByTestId('agreement-input').fill('Abnahme am 3. Dezember; Anna schickt das Protokoll.');
    await popup.getByTestId('agreement-save').click();
    expect(await popup.getByTestId('after-call-saved').textContent()).toBe('Saved in 1 journal.');

    const options = await extensionPage(session, 'options.html#contacts');
    await options.getByTestId('contact-search').fill('anna');
    await options.getByTestId('contact-row').first().click();
    await options.getByTestId('agreement-entry').filter({ hasText: 'Abnahme am 3. Dezember' }).waitFor();
    expect(await options.getByTestId('agreement-entry').filter({ hasText: 'Wir nehmen Variante B.' }).count()).toBe(1);
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});
