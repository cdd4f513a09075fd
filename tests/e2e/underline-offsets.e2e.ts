// The underline layer (an extension frame over the editor) draws each mark on
// the words it flags: in Gmail, whose editor is in the page, and in GMX, whose
// editor is a same-origin iframe (CKEditor), where the boxes are measured in
// that frame's view and moved by the iframe's offset (lib/dom/underline-layer.ts).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiFrame } from './closed-root';
import { eventually, launch, type Session, serveFixture } from './harness';

interface Site {
  id: string;
  url: string;
  fixture: string;
  open: string;
  /** The editor, in the page or in the iframe `frame`. */
  editor: string;
  frame?: string;
}

const SITES: Site[] = [
  {
    id: 'gmail',
    url: 'https://mail.google.com/mail/u/0/',
    fixture: 'gmail/inbox.html',
    open: '[gh="cm"]',
    editor: 'div[g_editable="true"]',
  },
  {
    id: 'gmx',
    url: 'https://3c.gmx.net/mail/client/home',
    fixture: 'gmx/mailbox.html',
    open: '[data-webdriver="emailLink"]',
    frame: 'iframe.cke_wysiwyg_frame',
    editor: 'body#body',
  },
];

const PHRASE = 'Wie bereits erwähnt';
const SENTENCE = `${PHRASE}, fehlen die Pläne noch.`;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

let session: Session;

beforeAll(async () => {
  session = await launch();
  for (const site of SITES) await serveFixture(session.context, `${site.url}**`, site.fixture);
});

afterAll(async () => {
  await session?.close();
});

/** The marks the layer draws, in the page's view. */
async function marksInPage(page: Page): Promise<Rect[]> {
  const layer = await uiFrame(page, 'rapport-underlines');
  if (!layer) return [];
  const origin = (await (await layer.frameElement()).boundingBox()) ?? { x: 0, y: 0 };
  const inLayer = await layer
    .evaluate(() =>
      [...document.querySelectorAll('.rp-mark:not(.rp-mark--focus)')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      }),
    )
    .catch(() => [] as Rect[]);
  return inLayer.map((r) => ({ ...r, x: r.x + origin.x, y: r.y + origin.y }));
}

/** The phrase's first line box in the page's view, measured in the editor's own document. */
async function phraseInPage(page: Page, editorDoc: Frame | Page, site: Site): Promise<Rect> {
  const inEditor = await editorDoc.evaluate(
    ([selector, phrase]) => {
      const editor = document.querySelector(selector as string) as HTMLElement;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(phrase as string) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (phrase as string).length);
        const r = range.getClientRects()[0] as DOMRect;
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      }
      throw new Error('phrase not in the editor');
    },
    [site.editor, PHRASE],
  );
  if (!site.frame) return inEditor;
  const host = (await page.locator(site.frame).boundingBox()) as { x: number; y: number };
  return { ...inEditor, x: inEditor.x + host.x, y: inEditor.y + host.y };
}

describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_, site) => {
  it('draws the mark on the flagged words', async () => {
    const page = await session.context.newPage();
    await page.goto(site.url);
    await page.click(site.open);
    const editorDoc: Frame | Page = site.frame
      ? ((await (await page.waitForSelector(site.frame)).contentFrame()) as Frame)
      : page;
    await editorDoc.locator(site.editor).first().click();
    await page.keyboard.type(SENTENCE);
    const marks = await eventually(
      'underlines',
      async () => {
        const found = await marksInPage(page);
        return found.length > 0 ? found : null;
      },
      15_000,
    );
    const phrase = await phraseInPage(page, editorDoc, site);
    // A mark starts where the phrase's words start, on their line; one of the marks there (findings
    // may overlap) is about as wide as the phrase.
    const there = marks.filter((m) => Math.abs(m.x - phrase.x) <= 2 && Math.abs(m.y - phrase.y) <= 2);
    expect(there.length, `no mark at ${JSON.stringify(phrase)} among ${JSON.stringify(marks)}`).toBeGreaterThan(0);
    const widths = there.map((m) => Math.abs(m.w - phrase.w));
    expect(Math.min(...widths), JSON.stringify({ phrase, marks })).toBeLessThan(12);
    await page.close();
  });
});
