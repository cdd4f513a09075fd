// Store screenshots at the stores' size (1280×800): one German set (German UI,
// German draft, German site) and one English set. Each shot checks that
// Rapport's surfaces speak only the set's language. `npm run screenshots`
// also copies them to assets/store/<lang>/ (RAPPORT_STORE_SCREENSHOTS).
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, queryInUi, uiFrame } from './closed-root';
import { askBackground, eventually, extensionPage, GMAIL_HEADERS, launch, type Session, serveFixture } from './harness';

type Lang = 'de' | 'en';
const SIZE = { width: 1280, height: 800 };
const SHOTS = resolve('tests/e2e/__screenshots__');

/** Per language: the site fixtures in that language, a draft of ours and the words it is flagged for. */
const SETS: Record<
  Lang,
  { inbox: string; fixture: string; prejoin: string; meet: string; draft: string; flagged: string }
> = {
  de: {
    inbox: 'https://mail.google.com/mail/u/1/',
    fixture: 'gmail/inbox-de.html',
    prejoin: 'meet/prejoin-de.html',
    meet: 'https://meet.google.com/xyz-abcd-efg',
    draft:
      'Hallo Herr Weber,\nwie bereits erwähnt, fehlen die Pläne für das Obergeschoss schon wieder. Schicken Sie mir die Unterlagen bis Freitag, sonst müssen wir den Termin verschieben!!!\nGrüße',
    flagged: 'wie bereits erwähnt',
  },
  en: {
    inbox: 'https://mail.google.com/mail/u/0/',
    fixture: 'gmail/inbox.html',
    prejoin: 'meet/prejoin.html',
    meet: 'https://meet.google.com/abc-defg-hij',
    draft:
      'Hi Anna,\nas I already said, the drawings for the upper floor are missing yet again. Send me the documents by Friday, or we will have to move the date!!!\nRegards',
    flagged: 'as I already said',
  },
};

const messages = (lang: Lang) =>
  JSON.parse(readFileSync(`assets/public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
/** UI strings that differ between the languages, without placeholders: their presence tells the UI's language. */
const uiStrings = (lang: Lang, other: Lang) => {
  const theirs = messages(other);
  return Object.entries(messages(lang))
    .filter(([key, { message }]) => !message.includes('$') && message.length >= 6 && theirs[key]?.message !== message)
    .map(([, { message }]) => message);
};
/** How many UI strings of each language a surface shows. */
function languagesIn(text: string): Record<Lang, number> {
  return {
    de: uiStrings('de', 'en').filter((s) => text.includes(s)).length,
    en: uiStrings('en', 'de').filter((s) => text.includes(s)).length,
  };
}

async function surfaceText(page: Page, host: string): Promise<string> {
  const frame = await eventually(`the ${host} frame`, () => uiFrame(page, host), 20_000);
  return frame.evaluate(() => document.body.innerText);
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function shoot(page: Page, lang: Lang, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const file = join(SHOTS, `store-${lang}-${name}.png`);
  await page.screenshot({ path: file });
  expect(pngSize(file)).toEqual(SIZE);
  const store = process.env.RAPPORT_STORE_SCREENSHOTS;
  if (store) {
    await mkdir(join(store, lang), { recursive: true });
    await copyFile(file, join(store, lang, `${name}.png`));
  }
}

describe.each(['de', 'en'] as const)('store screenshots, %s', (lang) => {
  const set = SETS[lang];
  let session: Session;
  let setup: Page;

  beforeAll(async () => {
    session = await launch();
    await serveFixture(session.context, `${set.inbox}**`, set.fixture, GMAIL_HEADERS);
    await serveFixture(session.context, `${set.meet}**`, set.prejoin);
    setup = await extensionPage(session, 'options.html');
    await askBackground(setup, { type: 'settings/set', patch: { uiLanguage: lang } });
    const notes = {
      de: ['Denkt bei jeder Planänderung die Kosten gleich mit.', 'Antwortet auch auf knifflige Fragen am selben Tag.'],
      en: ['Thinks of the cost of every change to the plans.', 'Answers even tricky questions the same day.'],
    }[lang];
    for (const [i, person] of [
      ['anna.schmidt@example.com', 'Anna Schmidt'],
      ['jonas.weber@example.de', 'Jonas Weber'],
    ].entries())
      await askBackground(setup, {
        type: 'contacts/appreciate',
        email: person[0],
        name: person[1],
        text: notes[i],
        source: 'sidebar',
      });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('mail: the sidebar beside a Gmail compose with a tense draft', async () => {
    const page = await session.context.newPage();
    await page.goto(`${set.inbox}#inbox`);
    if (lang === 'en') await page.click('[gh="cm"]');
    const editor = page.locator('div[g_editable="true"]').first();
    await editor.click();
    await page.keyboard.type(set.draft);
    // Where the compose leaves no free column the sidebar waits as a tab: opened as a user would.
    const tab = '[data-testid="sidebar-expand"]';
    await eventually('the open sidebar', async () => {
      if (await queryInUi(page, 'rapport-sidebar', tab)) await clickInUi(page, 'rapport-sidebar', tab);
      return queryInUi(page, 'rapport-sidebar', '[data-testid="sidebar"]');
    });
    const text = await eventually(
      'the findings',
      async () => {
        const shown = await surfaceText(page, 'rapport-sidebar');
        return shown.includes(set.flagged) ? shown : null;
      },
      20_000,
    );
    const seen = languagesIn(text);
    expect(seen[lang]).toBeGreaterThan(2);
    expect(seen[lang === 'de' ? 'en' : 'de']).toBe(0);
    await page.waitForTimeout(300);
    await shoot(page, lang, '1-mail');
    await page.close();
  });

  it('call: the card on Meet’s pre-join screen', async () => {
    const page = await session.context.newPage();
    await page.goto(set.meet);
    // The German pre-join screen lists no names before joining: wait for the card's text itself.
    const text = await eventually(
      'the card',
      async () => {
        const shown = await surfaceText(page, 'rapport-precall');
        return languagesIn(shown)[lang] > 2 ? shown : null;
      },
      20_000,
    );
    expect(languagesIn(text)[lang === 'de' ? 'en' : 'de']).toBe(0);
    await page.waitForTimeout(300);
    await shoot(page, lang, '2-call');
    await page.close();
  });

  it('options: contacts and their journals', async () => {
    const page = await extensionPage(session, 'options.html#contacts');
    await page.getByText('Jonas Weber').first().waitFor();
    const seen = languagesIn(await page.locator('body').innerText());
    expect(seen[lang]).toBeGreaterThan(2);
    expect(seen[lang === 'de' ? 'en' : 'de']).toBe(0);
    await shoot(page, lang, '3-contacts');
    await page.close();
  });

  it('privacy: the statement, in the same language', async () => {
    const page = await extensionPage(session, 'privacy.html');
    await page.getByTestId('privacy-page').waitFor();
    expect(await page.locator('h1').innerText()).toBe(lang === 'de' ? 'Datenschutz' : 'Privacy');
    await shoot(page, lang, '4-privacy');
    await page.close();
  });
});
