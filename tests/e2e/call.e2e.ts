import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInUi, clickInUi, overlaps, queryInUi, textInUi } from './closed-root';
import { eventually, launch, type Session, screenshot, serveFixture } from './harness';

const HOST = 'rapport-precall';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const PREJOIN_DE = 'https://meet.google.com/xyz-abcd-efg';
const IN_CALL = 'https://meet.google.com/qrs-tuvw-xyz';
const LOOKALIKE = 'https://meet.google.co/abc-defg-hij';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
  await serveFixture(session.context, `${PREJOIN_DE}**`, 'meet/prejoin-de.html');
  await serveFixture(session.context, `${IN_CALL}**`, 'meet/in-call.html');
  await serveFixture(session.context, `${LOOKALIKE}**`, 'meet/prejoin.html');
});

afterAll(async () => {
  await session?.close();
});

async function cardExists(page: Page): Promise<boolean> {
  return page.evaluate((name) => document.querySelector(name) !== null, HOST);
}

function joinButton(page: Page, name: RegExp) {
  return page.getByRole('button', { name });
}

describe('pre-join card on the Meet fixture', () => {
  it('appears beside the join button without covering it, and goes on join', async () => {
    const page = await session.context.newPage();
    await page.goto(PREJOIN);
    await eventually('the card', () => queryInUi(page, HOST, '[data-testid="precall-card"]'));
    expect(await page.evaluate((name) => document.querySelector(name)?.shadowRoot, HOST)).toBeNull();
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

  it('can be dismissed for this meeting', async () => {
    const page = await session.context.newPage();
    await page.goto(PREJOIN);
    await eventually('the card', () => queryInUi(page, HOST, '[data-testid="precall-dismiss"]'));
    await clickInUi(page, HOST, '[data-testid="precall-dismiss"]');
    await eventually('the card to go', async () => !(await cardExists(page)));
    await page.waitForTimeout(300);
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
