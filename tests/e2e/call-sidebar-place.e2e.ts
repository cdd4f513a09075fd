// Where the in-call sidebar sits on every call fixture: the tab and the open
// panel clear of the call controls and the meeting's timer, and the open panel
// tall enough to use — whether the controls sit at the bottom (Meet, Zoom,
// Jitsi, Webex) or at the top (Teams).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, overlaps, queryInUi } from './closed-root';
import { eventually, launch, type Session, serveFixture } from './harness';

const SIDEBAR = 'rapport-call-sidebar';

interface CallPage {
  id: string;
  url: string;
  /** What the sidebar must never cover: the controls bar and, where the fixture has one, the timer. */
  keepClear: string[];
}

const CALLS: CallPage[] = [
  { id: 'meet', url: 'https://meet.google.com/qrs-tuvw-xyz', keepClear: ['.bar', '.clock'] },
  { id: 'zoom', url: 'https://us06web.zoom.us/wc/87412345678/join', keepClear: ['.footer__inner'] },
  {
    id: 'teams',
    url: 'https://teams.microsoft.com/v2/',
    keepClear: ['[data-tid="ubar-toolbar-wrapper"]', '[data-tid="call-duration"]'],
  },
  { id: 'jitsi', url: 'https://meet.jit.si/ProjectKickoff', keepClear: ['.toolbox-content-items', '.subject-timer'] },
  {
    id: 'webex',
    url: 'https://acme.webex.com/webappng/sites/acme/meeting/info/8c2f1e4b',
    keepClear: ['[data-test="call_controls_wrap"]'],
  },
];

/** Usable: room for the people, the checklist and a field, at the test's 1280 × 800. */
const MIN_OPEN_HEIGHT = 400;

let session: Session;

beforeAll(async () => {
  session = await launch();
  for (const call of CALLS) await serveFixture(session.context, `${call.url}**`, `${call.id}/in-call.html`);
});

afterAll(() => session?.close());

async function frameBox(page: Page) {
  const box = await page.locator(`iframe[data-rapport-ui="${SIDEBAR}"]`).boundingBox();
  if (!box) throw new Error('no sidebar frame');
  return box;
}

async function expectClear(page: Page, call: CallPage, state: string) {
  const sidebar = await frameBox(page);
  for (const selector of call.keepClear) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, `${selector} in the fixture`).not.toBeNull();
    expect(overlaps(sidebar, box as NonNullable<typeof box>), `${state} sidebar over ${selector}`).toBe(false);
  }
  expect(sidebar.y).toBeGreaterThanOrEqual(0);
  expect(sidebar.y + sidebar.height).toBeLessThanOrEqual(800);
  return sidebar;
}

describe.each(CALLS)('$id', (call) => {
  it('keeps the tab and the open panel clear of the controls and the timer, the panel tall enough to use', async () => {
    const page = await session.context.newPage();
    await page.goto(call.url);
    await eventually('the tab', () => queryInUi(page, SIDEBAR, '[data-testid="call-expand"]'));
    await expectClear(page, call, 'collapsed');
    await clickInUi(page, SIDEBAR, '[data-testid="call-expand"]');
    await eventually('the open panel', () => queryInUi(page, SIDEBAR, '[data-testid="call-sidebar"]'));
    await eventually('the open size', async () => (await frameBox(page)).width > 100);
    const open = await expectClear(page, call, 'open');
    expect(open.height).toBeGreaterThanOrEqual(MIN_OPEN_HEIGHT);
    await page.close();
  });
});
