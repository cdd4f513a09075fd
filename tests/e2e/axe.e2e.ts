// axe-core on the release build: every extension page and every extension
// frame, each with sample data so its real content shows, in light and dark.
// Serious or critical violations fail the test and are printed rule by rule.
// The surfaces are data: a new page (e.g. onboarding) is one more entry.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, queryInUi, uiFrame } from './closed-root';
import { askBackground, askPages, eventually, extensionPage, launch, type Session, serveFixture } from './harness';

const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const IN_CALL = 'https://meet.google.com/qrs-tuvw-xyz';
const INBOX = 'https://mail.google.com/mail/u/0/';
const NOTE = 'Fragt immer nach, bis alles klar ist.';

interface Surface {
  name: string;
  /** Opens the surface with its content showing; returns the document to check. */
  open: (session: Session) => Promise<{ page: Page; target: Page | Frame }>;
  /** Why the case does not run yet (then it is listed, skipped). */
  skip?: string;
}

/** A frame named `host` in a site fixture, once `ready` is in it. */
async function frameOn(session: Session, url: string, host: string, ready: string, click?: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  if (click) await page.click(click);
  await eventually(`${host} ready`, () => queryInUi(page, host, ready), 15_000);
  const target = await uiFrame(page, host);
  if (!target) throw new Error(`${host} is not an extension frame`);
  return { page, target };
}

/** An extension page opened as a tab, once `ready` has shown its content. */
function tab(path: string, ready: (page: Page) => Promise<unknown>): Surface['open'] {
  return async (session) => {
    const page = await extensionPage(session, path);
    await ready(page);
    return { page, target: page };
  };
}

const pickAnna = (page: Page) => page.getByTestId('picker-search').fill('schmidt');

const SURFACES: Surface[] = [
  {
    name: 'popup (contact picked)',
    // The appreciation question with its "Pause 2 weeks", once named differently from its text.
    open: tab('popup.html', async (page) => {
      await pickAnna(page);
      await page.getByTestId('picker-match').first().click();
      await page.getByTestId('appreciation-prompt').waitFor();
    }),
  },
  {
    name: 'popup (contact picker)',
    open: tab('popup.html', async (page) => {
      await pickAnna(page);
      await page.getByTestId('picker-match').first().waitFor();
    }),
  },
  {
    name: 'popup (call brief)',
    open: async (session) => {
      const meet = await session.context.newPage();
      await meet.goto(PREJOIN);
      const tabId = await eventually('the call tab', async () => (await askPages(session, 'call-meeting'))?.tabId);
      const page = await extensionPage(session, `popup.html?tab=${tabId}`);
      page.once('close', () => void meet.close());
      await page.getByTestId('call-brief').waitFor();
      return { page, target: page };
    },
  },
  {
    name: 'options (general)',
    open: tab('options.html#general', (page) => page.locator('form.rp-settings').waitFor()),
  },
  {
    name: 'options (contacts)',
    open: tab('options.html#contacts', async (page) => {
      await page.getByText('Anna Schmidt').first().click();
      await page.getByText(NOTE).first().waitFor();
    }),
  },
  { name: 'options (sites)', open: tab('options.html#sites', (page) => page.getByTestId('sites').waitFor()) },
  { name: 'welcome', open: tab('welcome.html', (page) => page.getByRole('heading', { level: 1 }).waitFor()) },
  {
    name: 'welcome (what changed)',
    open: tab('welcome.html?from=0.0.9#whats-new', (page) => page.getByRole('heading', { level: 1 }).waitFor()),
  },
  {
    name: 'pre-join card',
    open: (session) => frameOn(session, PREJOIN, 'rapport-precall', '[data-testid="person-maybe"]'),
  },
  {
    name: 'in-call sidebar',
    open: async (session) => {
      const page = await session.context.newPage();
      await page.goto(IN_CALL);
      await eventually('the tab', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]'));
      await clickInUi(page, 'rapport-call-sidebar', '[data-testid="call-expand"]');
      await eventually('the people', () => queryInUi(page, 'rapport-call-sidebar', '[data-testid="call-people"]'));
      const target = await uiFrame(page, 'rapport-call-sidebar');
      if (!target) throw new Error('the in-call sidebar is not an extension frame');
      return { page, target };
    },
  },
  {
    name: 'mail sidebar',
    open: (session) =>
      frameOn(session, `${INBOX}#inbox`, 'rapport-sidebar', '[data-testid="appreciation-prompt"]', '[gh="cm"]'),
  },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let session: Session;
let axeSource: string;

beforeAll(async () => {
  axeSource = await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  session = await launch();
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
  await serveFixture(session.context, `${IN_CALL}**`, 'meet/in-call.html');
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html');
  const setup = await extensionPage(session, 'options.html');
  await askBackground(setup, {
    type: 'contacts/appreciate',
    email: 'anna.schmidt@example.com',
    name: 'Anna Schmidt',
    text: NOTE,
    source: 'options',
  });
  await setup.close();
}, 60_000);

afterAll(() => session?.close());

/** Runs axe in the document (CDP evaluation: the extension's CSP does not apply): all its violations. */
async function violationsIn(target: Page | Frame): Promise<Violation[]> {
  await target.evaluate(axeSource);
  return (await target.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as Violation[];
}

/** The serious and critical violations. */
function serious(violations: Violation[]): Violation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function readable(violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `${v.impact}: ${v.id} — ${v.help}`,
        ...v.nodes.map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      ].join('\n'),
    )
    .join('\n');
}

describe.each([
  { scheme: 'light', language: 'en' },
  { scheme: 'dark', language: 'en' },
  { scheme: 'light', language: 'de' },
] as const)('axe, $scheme, $language', ({ scheme, language }) => {
  beforeAll(async () => {
    const setup = await extensionPage(session, 'options.html');
    await askBackground(setup, { type: 'settings/set', patch: { uiLanguage: language } });
    await setup.close();
  });

  for (const surface of SURFACES) {
    const test = surface.skip ? it.skip : it;
    test(`${surface.name}: no serious or critical violations, lang="${language}"`, async () => {
      const { page, target } = await surface.open(session);
      await page.emulateMedia({ colorScheme: scheme });
      expect(await target.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      // A screen reader reads the UI in the document's language.
      await eventually(`lang="${language}"`, () =>
        target.evaluate((l) => document.documentElement.lang === l, language),
      );
      const left = serious(await violationsIn(target));
      await page.close();
      expect(left, readable(left)).toEqual([]);
    }, 60_000);
  }
});
