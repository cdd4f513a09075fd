// Click-jacking: a page can make Rapport's frame transparent (or cover it) and
// lure the user into clicking it under a decoy. Chromium vouches for what the
// user can see (IntersectionObserver v2, docs/extension-frames.md): the frame
// ignores clicks while the browser says it is not fully visible.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, queryInUi } from './closed-root';
import { eventually, GMAIL_HEADERS, launch, type Session, serveFixture } from './harness';

const HOST = 'rapport-sidebar';
const INBOX = 'https://mail.google.com/mail/u/0/';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', GMAIL_HEADERS);
});

afterAll(async () => {
  await session?.close();
});

const setOpacity = (page: Page, opacity: string) =>
  page.evaluate(
    ([selector, value]) => {
      for (const frame of document.querySelectorAll<HTMLElement>(selector)) frame.style.opacity = value;
    },
    [`iframe[data-rapport-ui="${HOST}"]`, opacity] as const,
  );

describe('a page that makes the sidebar transparent to steal clicks', () => {
  it('gets no click through while the frame is not fully visible, and the user does once it is', async () => {
    const page = await session.context.newPage();
    await page.goto(`${INBOX}#inbox`);
    await page.click('[gh="cm"]');
    await eventually('the sidebar', () => queryInUi(page, HOST, '[data-testid="sidebar-collapse"]'));

    await setOpacity(page, '0.05');
    await page.waitForTimeout(400);
    await clickInUi(page, HOST, '[data-testid="sidebar-collapse"]');
    await page.waitForTimeout(400);
    expect(await queryInUi(page, HOST, '[data-testid="sidebar-collapse"]')).not.toBeNull();

    await setOpacity(page, '');
    await page.waitForTimeout(400);
    await clickInUi(page, HOST, '[data-testid="sidebar-collapse"]');
    await eventually('the collapsed tab', () => queryInUi(page, HOST, '[data-testid="sidebar-expand"]'));
    await page.close();
  });
});
