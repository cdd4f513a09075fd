// Whole-sentence rewrites in real Chromium on the built extension, in Gmail's
// plain contenteditable, in Outlook's real roosterjs editor and in Meet's chat
// box (a textarea): the panel shows the sentence struck through and the calmer
// one; "Use this wording" (by click, or Enter on the focused button) puts it in
// place of exactly that sentence, selects its first [gap] to type over, and the
// editor's own Ctrl+Z brings the sentence back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Box, clickInUi, evalInUi, queryInUi, settledReview } from './closed-root';
import {
  contrast,
  eventually,
  launch,
  type Session,
  screenshot,
  serveFile,
  serveFixture,
  TRUSTED_TYPES_HEADERS,
} from './harness';

interface Site {
  id: string;
  url: string;
  fixture: string;
  headers?: Record<string, string>;
  assets?: Array<{ url: string; path: string }>;
  /** Rapport's UI host on the page, and the part of it that lists the findings. */
  host: string;
  panel: string;
  /** Opens the compose (or the chat) and Rapport's panel beside it. */
  open: (page: Page) => Promise<void>;
  editor: string;
}

/** A mail compose: Rapport's sidebar, or its tab when the compose fills the pane. */
const mailSite = (site: Omit<Site, 'host' | 'panel' | 'open'>, button: string): Site => ({
  ...site,
  host: 'rapport-sidebar',
  panel: '[data-testid="sidebar"]',
  open: async (page) => {
    await page.click(button);
    await eventually(
      'the sidebar or its tab',
      async () =>
        (await queryInUi(page, 'rapport-sidebar', '[data-testid="sidebar"]')) ??
        (await queryInUi(page, 'rapport-sidebar', '[data-testid="sidebar-expand"]')),
      15_000,
    );
    if (await queryInUi(page, 'rapport-sidebar', '[data-testid="sidebar-expand"]'))
      await clickInUi(page, 'rapport-sidebar', '[data-testid="sidebar-expand"]');
  },
});

const GMAIL = mailSite(
  {
    id: 'gmail',
    url: 'https://mail.google.com/mail/u/0/',
    fixture: 'gmail/inbox.html',
    headers: TRUSTED_TYPES_HEADERS,
    editor: 'div[g_editable="true"]',
  },
  '[gh="cm"]',
);

const OUTLOOK = mailSite(
  {
    id: 'outlook',
    url: 'https://outlook.office.com/mail/',
    fixture: 'outlook/mailbox.html',
    editor: '[contenteditable="true"][aria-label="Message body"]',
    assets: [
      {
        url: 'https://outlook.office.com/__rapport/rooster-min.js',
        path: 'node_modules/roosterjs/dist/rooster-min.js',
      },
    ],
  },
  'button[aria-label="New mail"]',
);

/** The in-call sidebar coaches Meet's chat box, a plain textarea. */
const MEET_CHAT: Site = {
  id: 'meet',
  url: 'https://meet.google.com/qrs-tuvw-xyz',
  fixture: 'meet/in-call.html',
  host: 'rapport-call-sidebar',
  panel: '[data-testid="chat-findings"]',
  open: async (page) => {
    await eventually('the tab', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
    await clickInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]');
    await eventually('the sidebar', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-sidebar"]'));
  },
  editor: 'textarea[aria-label="Send a message"]',
};

interface Case {
  name: string;
  site: Site;
  /** The draft around the sentence: what must stay as typed. */
  lead: string;
  sentence: string;
  tail: string;
  /** The rewrite to use: the first whose text starts so. */
  rewrite: string;
  /** Whether the rewrite holds a [gap] that is selected after applying. */
  gap: boolean;
  /** Applied by Enter on the focused button instead of a click. */
  keyboard?: boolean;
  scheme: 'light' | 'dark';
  /** Curated screenshots `<shots>-before` (the card) and `<shots>-after` (the rewrite in place, its gap selected). */
  shots?: string;
}

const CASES: Case[] = [
  {
    name: 'German being-right sentence in Gmail, by click',
    site: GMAIL,
    scheme: 'light',
    lead: 'Liebe Frau Schmidt, danke für Ihre Nachricht. ',
    sentence: 'Wie bereits erwähnt, benötigen wir die unterschriebene Vollmacht bis Freitag.',
    tail: ' Viele Grüße',
    rewrite: 'Wir benötigen die unterschriebene Vollmacht bis Freitag',
    gap: false,
  },
  {
    name: 'English being-right sentence in Outlook (roosterjs), by Enter',
    site: OUTLOOK,
    scheme: 'dark',
    lead: 'Hi Anna, thanks for the update. ',
    sentence: 'As I already said, we need the signed form by Friday.',
    tail: ' Best, Sam',
    rewrite: 'We need the signed form by Friday',
    gap: false,
    keyboard: true,
  },
  {
    name: 'German being-right sentence in the Meet chat box (a textarea), by click',
    site: MEET_CHAT,
    scheme: 'light',
    lead: 'Kurz noch. ',
    sentence: 'Wie bereits erwähnt, benötigen wir die unterschriebene Vollmacht bis Freitag.',
    tail: ' Danke!',
    rewrite: 'Wir benötigen die unterschriebene Vollmacht bis Freitag',
    gap: false,
  },
  {
    name: 'German blame sentence in Gmail: the [Datum] gap selected, by Enter',
    site: GMAIL,
    scheme: 'dark',
    lead: 'Liebe Frau Schmidt, danke für Ihre Nachricht. ',
    sentence: 'Sie haben die Unterlagen nicht geschickt.',
    tail: ' Viele Grüße',
    rewrite: 'Ich habe die Unterlagen noch nicht erhalten.',
    gap: true,
    keyboard: true,
    shots: 'sidebar-gmail-rewrite-de',
  },
  {
    name: 'English blame sentence in Outlook (roosterjs): the [date] gap selected, by click',
    site: OUTLOOK,
    scheme: 'light',
    lead: 'Hi Anna, thanks for the update. ',
    sentence: "You didn't send the invoices.",
    tail: ' Best, Sam',
    rewrite: "I haven't received the invoices yet.",
    gap: true,
  },
  {
    name: 'German blame sentence in the Meet chat box: the [Wochentag] gap in the second sentence, by Enter',
    site: MEET_CHAT,
    scheme: 'dark',
    lead: 'Hallo Anna. ',
    sentence: 'Sie haben die Pläne zu spät geschickt.',
    tail: ' Danke!',
    rewrite: 'Ich habe die Pläne zu spät erhalten.',
    gap: true,
    keyboard: true,
  },
];

let session: Session;

beforeAll(async () => {
  session = await launch();
  for (const site of [GMAIL, OUTLOOK, MEET_CHAT]) {
    await serveFixture(session.context, `${site.url}**`, site.fixture, site.headers);
    for (const asset of site.assets ?? []) await serveFile(session.context, asset.url, asset.path, 'text/javascript');
  }
});

afterAll(async () => {
  await session?.close();
});

/** The editor's text as the user sees it, non-breaking spaces as spaces. */
const editorText = (page: Page, site: Site) =>
  page
    .locator(site.editor)
    .first()
    .evaluate((el) =>
      (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).replace(/\u00a0/g, ' ').trim(),
    );

/** What the user has selected: in a textarea its own selection, elsewhere the page's. */
const selectedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLTextAreaElement
      ? el.value.slice(el.selectionStart, el.selectionEnd)
      : (window.getSelection()?.toString() ?? '');
  });

/**
 * Scrolls the finding card with the focused rewrite button into view inside
 * the panel and returns a clip from the panel's gauges (the word count) down,
 * across the card and the compose (or chat) it coaches.
 */
async function framing(page: Page, site: Site): Promise<Box> {
  const panel = await evalInUi<{ x: number; top: number; right: number; bottom: number }>(
    page,
    site.host,
    '[data-testid="apply-rewrite"]:focus',
    `function () {
      const card = this.closest('[data-testid="finding"]');
      card.scrollIntoView({ block: 'nearest' });
      const panel = card.closest(${JSON.stringify(site.panel)}).getBoundingClientRect();
      const box = card.getBoundingClientRect();
      const count = card.getRootNode().querySelector('[data-testid="word-count"]');
      const top = count ? Math.min(count.getBoundingClientRect().top, box.top) : box.top;
      return { x: panel.x, top: Math.max(panel.top, top), right: panel.right, bottom: box.bottom };
    }`,
  );
  const compose = await page
    .locator(site.editor)
    .first()
    .evaluate((el) => {
      const r = (el.closest('[role="dialog"]') ?? el).getBoundingClientRect();
      return { x: r.x, top: r.top, right: r.right, bottom: r.bottom };
    });
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 800 };
  const pad = 12;
  const x = Math.max(0, Math.floor(Math.min(panel.x, compose.x) - pad));
  const y = Math.max(0, Math.floor(Math.min(panel.top, compose.top) - pad));
  const right = Math.min(width, Math.ceil(Math.max(panel.right, compose.right) + pad));
  const bottom = Math.min(height, Math.ceil(Math.max(panel.bottom, compose.bottom) + pad));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Focuses the "Use this wording" button of the first rewrite whose text starts
 * with `prefix` (as Tab would reach it) and returns what the card shows; null while there is none
 * (then the mail sidebar's next finding is expanded for the next look).
 */
function focusRewrite(page: Page, site: Site, prefix: string) {
  return evalInUi<{ before: string; text: string; label: string; gaps: string[] } | null>(
    page,
    site.host,
    site.panel,
    `function () {
      for (const option of this.querySelectorAll('[data-testid="rewrite"]')) {
        const text = option.querySelector('ins').textContent;
        if (!text.startsWith(${JSON.stringify(prefix)})) continue;
        // The sentence is struck through once per card, in its first option.
        const card = option.closest('[data-testid="finding"]');
        const button = option.querySelector('[data-testid="apply-rewrite"]');
        button.focus();
        return {
          before: card.querySelector('del').textContent,
          text,
          label: button.getAttribute('aria-label'),
          gaps: [...option.querySelectorAll('mark')].map((m) => m.textContent),
        };
      }
      // The mail sidebar shows a finding's rewrites on expand: open the next finding and look again.
      const heads = this.querySelectorAll('[data-testid="finding-head"]');
      if (heads.length > 0) {
        window.rapportTry = ((window.rapportTry ?? -1) + 1) % heads.length;
        const head = heads[window.rapportTry];
        if (head.getAttribute('aria-expanded') !== 'true') head.click();
      }
      return null;
    }`,
  );
}

describe('a whole-sentence rewrite goes in place of the sentence, its gap is selected, Ctrl+Z restores the sentence', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const { site } = c;
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: c.scheme });
    await page.goto(site.url);
    await site.open(page);

    const editor = page.locator(site.editor).first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`${c.lead}${c.sentence}${c.tail}`);
    const before = await editorText(page, site);
    expect(before).toContain(`${c.lead}${c.sentence}${c.tail}`.trim());
    // A rewrite focused in the findings of half the draft is re-rendered away when the whole draft's arrive.
    if (site.host === 'rapport-sidebar') await settledReview(page, site.host);

    const shown = await eventually(
      `a rewrite starting "${c.rewrite}"`,
      () => focusRewrite(page, site, c.rewrite),
      15_000,
    );
    // The card shows the whole sentence it replaces, and names its button by the visible text and the rewrite.
    expect(shown.before).toBe(c.sentence);
    expect(
      shown.label.startsWith(
        await evalInUi<string>(
          page,
          site.host,
          '[data-testid="apply-rewrite"]:focus',
          'function () { return this.textContent; }',
        ),
      ),
    ).toBe(true);
    expect(shown.label).toContain(shown.text);
    expect(shown.gaps.length > 0).toBe(c.gap);

    // Legible in the page's color scheme: text ≥ 4.5:1, the gap's dashed frame ≥ 3:1.
    const colors = await evalInUi<Record<string, string>>(
      page,
      site.host,
      '[data-testid="apply-rewrite"]:focus',
      `function () {
        const css = (el, prop) => (el ? getComputedStyle(el)[prop] : '');
        const option = this.closest('[data-testid="rewrite"]');
        const mark = option.querySelector('mark');
        return {
          surface: css(option, 'backgroundColor'),
          sentence: css(option.closest('[data-testid="finding"]').querySelector('del'), 'color'),
          rewrite: css(option.querySelector('ins'), 'color'),
          gap: css(mark, 'color'),
          gapSurface: css(mark, 'backgroundColor'),
          gapFrame: css(mark, 'borderTopColor'),
          button: css(this, 'color'),
          buttonSurface: css(this, 'backgroundColor'),
        };
      }`,
    );
    expect(contrast(colors.sentence ?? '', colors.surface ?? '')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.rewrite ?? '', colors.surface ?? '')).toBeGreaterThanOrEqual(7);
    expect(contrast(colors.button ?? '', colors.buttonSurface ?? '')).toBeGreaterThanOrEqual(4.5);
    if (c.gap) {
      expect(contrast(colors.gap ?? '', colors.gapSurface ?? '')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.gapFrame ?? '', colors.surface ?? '')).toBeGreaterThanOrEqual(3);
    }
    const clip = c.shots ? await framing(page, site) : undefined;
    if (c.shots) await screenshot(page, `${c.shots}-before`, clip);

    if (c.keyboard) await page.keyboard.press('Enter');
    else await clickInUi(page, site.host, '[data-testid="apply-rewrite"]:focus');
    await eventually('the rewrite in the editor', async () => (await editorText(page, site)) !== before);
    // Exactly the sentence changed: the rest of the draft is as typed.
    expect(await editorText(page, site)).toBe(before.replace(c.sentence, shown.text));

    const selected = await selectedText(page);
    if (c.gap) expect(selected).toBe(shown.gaps[0]);
    else expect(selected).toBe('');
    // A gap to fill keeps the focus in the editor: the next keystrokes go to the draft. Without one the
    // mail sidebar keeps it (issue 16: focus stays in the panel after every action).
    const inPanel = !c.gap && site.host === 'rapport-sidebar';
    await eventually('the focus where it belongs', async () =>
      inPanel
        ? await page.evaluate((host) => document.activeElement?.getAttribute('data-rapport-ui') === host, site.host)
        : await editor.evaluate((el) => el.contains(document.activeElement)),
    );
    if (c.shots) await screenshot(page, `${c.shots}-after`, clip);

    if (c.gap) {
      // The gap is a real editor selection: typing replaces it.
      const applied = await editorText(page, site);
      await page.keyboard.type('15. Mai');
      expect(await editorText(page, site)).toBe(applied.replace(shown.gaps[0] ?? '∅', '15. Mai'));
      // Undo takes the typing back first (roosterjs word by word), then the rewrite.
      for (let i = 0; i < 4 && (await editorText(page, site)) !== applied; i++) {
        await page.keyboard.press('Control+z');
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await editorText(page, site)).toBe(applied);
    }
    if (inPanel) {
      // Escape takes the keyboard back to the draft, where Ctrl+Z undoes the rewrite.
      await page.keyboard.press('Escape');
      await eventually('the editor focused', () => editor.evaluate((el) => el.contains(document.activeElement)));
    }
    await page.keyboard.press('Control+z');
    await eventually('undo', async () => (await editorText(page, site)) === before);
    await page.close();
  });
});
