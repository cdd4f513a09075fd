// Issue 15: a huge draft must not freeze the page. Structural checks in real
// Chromium (the times themselves are printed by `npm run bench:freeze`): the
// sidebar renders a capped number of cards, says the draft was cut, and the
// underlines are capped and only near what the editor shows, following scroll.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalInUi, queryInUi } from './closed-root';
import { eventually, GMAIL_HEADERS, launch, type Session, serveFixture } from './harness';

const HOST = 'rapport-sidebar';
const INBOX = 'https://mail.google.com/mail/u/0/';
/** The editor's height: Gmail scrolls a long draft inside the compose window. */
const VIEW = 300;

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', GMAIL_HEADERS);
});

afterAll(async () => {
  await session?.close();
});

/** Opens a compose and fills its editor with `lines` (one block each), as a paste would. */
async function composeWith(lines: string[]): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${INBOX}#inbox`);
  await page.click('[gh="cm"]');
  await eventually('the sidebar', () => queryInUi(page, HOST, '[data-testid="sidebar"]'));
  await page.evaluate(
    ({ lines, view }) => {
      const editor = document.querySelector<HTMLElement>('div[g_editable="true"]');
      if (!editor) throw new Error('no editor');
      editor.style.maxHeight = `${view}px`;
      editor.style.overflowY = 'auto';
      editor.replaceChildren(
        ...lines.map((line) => {
          const div = document.createElement('div');
          div.textContent = line;
          return div;
        }),
      );
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    { lines, view: VIEW },
  );
  return page;
}

const cards = (page: Page) =>
  evalInUi<number>(
    page,
    HOST,
    '[data-testid="sidebar"]',
    'function () { return this.querySelectorAll("[data-testid=finding]").length; }',
  );

/**
 * The underlines as drawn in Rapport's layer over the editor (the page sees none of them): how
 * many, and how far each lies outside the visible part of the editor, in px (0 inside).
 */
async function underlines(page: Page) {
  const layer = await page.evaluate(() => {
    const frame = document.querySelector('iframe[data-rapport-ui="rapport-underlines"]');
    const editor = document.querySelector('div[g_editable="true"]') as HTMLElement;
    const box = editor.getBoundingClientRect();
    return {
      top: frame?.getBoundingClientRect().top ?? 0,
      view: [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)],
    };
  });
  const marks = await evalInUi<{ y: number; h: number }[]>(
    page,
    'rapport-underlines',
    '.rp-marks',
    'function () { return [...this.querySelectorAll(".rp-mark")].map((m) => ({ y: m.offsetTop, h: m.offsetHeight })); }',
  ).catch(() => []);
  const [top, bottom] = layer.view as [number, number];
  return {
    count: marks.length,
    outside: marks.map((m) => Math.max(top - (layer.top + m.y + m.h), layer.top + m.y - bottom, 0)),
  };
}

describe('a huge draft in Gmail', () => {
  it('1 MB: at most 50 cards and "N more", the cut-off line, capped underlines', async () => {
    const paragraph = 'Das ist falsch. '.repeat(62);
    const page = await composeWith(Array.from({ length: Math.ceil(1_000_000 / paragraph.length) }, () => paragraph));
    await eventually('finding cards', async () => (await cards(page)) > 0, 20_000);
    expect(await cards(page)).toBeLessThanOrEqual(50);
    expect(await queryInUi(page, HOST, '[data-testid="long-draft"]')).not.toBeNull();
    const more = await evalInUi<string>(
      page,
      HOST,
      '[data-testid="more-findings"]',
      'function () { return this.textContent; }',
    );
    expect(more).toMatch(/^\d[\d,]* more findings/);
    const { count, outside } = await underlines(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(200);
    expect(Math.max(...outside)).toBeLessThanOrEqual(2 * VIEW);
    await page.close();
  });

  it('underlines only the findings near what the editor shows, and follows its scroll', async () => {
    // 1,800 harsh verdicts, one a line: under the cut-off, every line a finding.
    const page = await composeWith(Array.from({ length: 1_800 }, () => 'Das ist falsch.'));
    await eventually('underlines', async () => (await underlines(page)).count > 0, 20_000);
    const atTop = await underlines(page);
    expect(atTop.count).toBeLessThan(200);
    expect(Math.max(...atTop.outside)).toBeLessThanOrEqual(2 * VIEW);

    const half = await page.evaluate(() => {
      const editor = document.querySelector('div[g_editable="true"]') as HTMLElement;
      editor.scrollTop = editor.scrollHeight / 2;
      return editor.scrollTop;
    });
    expect(half).toBeGreaterThan(10 * VIEW);
    await eventually('underlines near the new view', async () => {
      const now = await underlines(page);
      return now.count > 0 && Math.max(...now.outside) <= 2 * VIEW;
    });
    await page.close();
  });
});
