// The user's own webmail, end to end: allowed in the options page, the mail
// content script is registered at run time, and the generic adapter coaches a
// Roundcube compose. Uses the test-only build (`wxt build --mode e2e`), which
// grants the test host up front: a headless browser cannot answer the
// permission prompt. Everything else is the release code path.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, hostSelector, queryInUi, textInUi } from './closed-root';
import { eventually, extensionPage, launch, type Session, serveFixture } from './harness';

const E2E_DIR = resolve('.output/chrome-mv3-e2e');
const HOST = 'rapport-sidebar';
const URL = 'https://webmail.example.org/?_task=mail&_action=compose';

let session: Session;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
  session = await launch(undefined, E2E_DIR);
  await serveFixture(session.context, 'https://webmail.example.org/**', 'generic/roundcube.html');
  // Registered later, so it takes precedence for its path.
  await serveFixture(session.context, 'https://webmail.example.org/plain/**', 'generic/roundcube-plain.html');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('own webmail', () => {
  it('stays out of a domain the user has not allowed', async () => {
    const page = await session.context.newPage();
    await page.goto(URL);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate((name) => document.querySelector(name) !== null, hostSelector(HOST))).toBe(false);
    await page.close();
  });

  it('coaches the draft once the user allows the domain in options', async () => {
    const options = await extensionPage(session, 'options.html#sites');
    await options.getByRole('textbox', { name: 'Webmail address' }).fill('https://webmail.example.org/roundcube/');
    await options.getByRole('button', { name: 'Allow on this site' }).click();
    await options.getByText('https://webmail.example.org', { exact: true }).waitFor();

    const page = await session.context.newPage();
    await page.goto(URL);
    await eventually(
      'the sidebar',
      () => queryInUi(page, HOST, '[data-testid="sidebar"], [data-testid="sidebar-expand"]'),
      15_000,
    );
    const frame = page.frameLocator('#composebody_ifr');
    await frame.locator('body').click();
    await page.keyboard.type('As I already said, you never send the plans on time.');
    // A compose that fills the page leaves no room beside it: Rapport waits as a tab.
    if (await queryInUi(page, HOST, '[data-testid="sidebar-expand"]'))
      await clickInUi(page, HOST, '[data-testid="sidebar-expand"]');
    await eventually(
      'a finding',
      () => queryInUi(page, HOST, '[data-rule="en/being-right/as-i-already-said"]'),
      15_000,
    );
    expect(await textInUi(page, HOST, '[data-testid="contact-name"]')).toBe('Dr. Anna Schmidt');
    await page.close();
  });

  it('coaches a plain-text compose too: rewrite in the textarea, Ctrl+Z restores it', async () => {
    const page = await session.context.newPage();
    await page.goto('https://webmail.example.org/plain/?_task=mail&_action=compose');
    const area = page.locator('textarea#composebody');
    await area.click();
    await page.keyboard.type('As I already said, you never send the plans on time.');
    await eventually(
      'the sidebar',
      () => queryInUi(page, HOST, '[data-testid="sidebar"], [data-testid="sidebar-expand"]'),
      15_000,
    );
    if (await queryInUi(page, HOST, '[data-testid="sidebar-expand"]'))
      await clickInUi(page, HOST, '[data-testid="sidebar-expand"]');
    const finding = '[data-rule="en/being-right/as-i-already-said"]';
    await eventually('a finding', () => queryInUi(page, HOST, finding), 15_000);
    const before = await area.inputValue();
    await clickInUi(page, HOST, `${finding} [data-testid="finding-head"]`);
    await clickInUi(page, HOST, `${finding} [data-testid="apply"]`);
    await eventually('the rewrite', async () => (await area.inputValue()) !== before);
    expect(await area.inputValue()).toMatch(/^As we discussed, you never send the plans on time\.$/);
    await area.click();
    await page.keyboard.press('Control+z');
    // On a time-out, show what the undo left in the textarea.
    let now = '';
    await eventually('undo', async () => {
      now = await area.inputValue();
      return now === before;
    }).catch(() => expect(now).toBe(before));
    await page.close();
  });
});
