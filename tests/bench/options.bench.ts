// npm run bench:options — Rapport's memory at scale, in real Chromium with the
// built extension: 5,000 contacts with 10 appreciations each are written to
// storage.local the way the background stores them; the bench prints the bytes
// they take (getBytesInUse), how long the options page takes to list them, and
// the time from a keystroke in the contact search to the next painted frame
// (median, p95), next to a naive filter over the same contacts in the same page
// (lower-casing all fields on every keystroke, no rendering) as the peer.
// Reported, not asserted. Needs `npm run build` first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, closeWelcome, QUIET_FLAGS } from '../e2e/harness';

const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** The extension API as the bench reaches it from inside an extension page. */
declare const chrome: {
  storage: {
    local: {
      clear(): Promise<void>;
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};
const CONTACTS = 5_000;
const NOTES = 10;
const QUERIES = [
  'm',
  'mü',
  'müll',
  'müller',
  'schmidt',
  'anna',
  'bauherr',
  'example.org',
  'zz-nobody',
  'kü',
  'we',
  'x',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

/** Runs in an extension page: writes the contacts as `lib/storage/contacts.ts` stores them. */
const SEED = async ({ contacts, notes }: { contacts: number; notes: number }) => {
  const first = [
    'Anna',
    'Jonas',
    'Lena',
    'Mehmet',
    'Sophie',
    'Lukas',
    'Marie',
    'Felix',
    'Emma',
    'Paul',
    'Jürgen',
    'Zoë',
  ];
  const last = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Küster'];
  const sentence =
    'Hat beim Ortstermin zugehört, bevor sie etwas vorgeschlagen hat, und am nächsten Morgen die Pläne mit klaren Fragen zurückgeschickt.';
  // The layout of lib/storage/contacts.ts (store version 4): records, the alias map and the name map.
  const names: Record<string, string[]> = {};
  const items: Record<string, unknown> = { contactsVersion: 4, contactAliases: {}, contactNames: names };
  for (let i = 0; i < contacts; i++) {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    const id = `person${i}@kunde${i % 97}.example.org`;
    const folded = name.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
    names[folded] = [...(names[folded] ?? []), id];
    const appreciations = Array.from({ length: notes }, (_, n) => ({
      text: `${sentence} (${n + 1})`,
      date: new Date(Date.UTC(2026, 0, 1 + n, 9)).toISOString(),
      source: 'sidebar',
    }));
    items[`contact:${id}`] = {
      v: 2,
      id,
      name,
      emails: [id],
      kind: i % 5 === 0 ? 'supplier' : 'client',
      formality: i % 3 === 0 ? 'du' : 'sie',
      formalityByHand: false,
      sends: [],
      language: 'de',
      note: i % 7 === 0 ? 'Bauherr, bevorzugt Telefon am Vormittag.' : '',
      tense: i % 50 === 0,
      appreciations,
      compliments: [],
      agreements: [],
      lastContacted: null,
      prompts: { recent: [], snoozedUntil: null },
    };
  }
  await chrome.storage.local.clear();
  await chrome.storage.local.set(items);
  return chrome.storage.local.getBytesInUse(null);
};

/** Runs in the options page: keystroke → next painted frame after the list updated. */
const SEARCH = async (queries: string[]) => {
  const input = document.querySelector('[data-testid="contact-search"]') as HTMLInputElement;
  const count = document.querySelector('[data-testid="contact-count"]') as HTMLElement;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const times: number[] = [];
  const lines = new Set<string>();
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      times.push(performance.now() - start);
      lines.add(count.textContent ?? '');
    }
  }
  // A search that never changed the list measured nothing.
  if (lines.size < 4) throw new Error(`the list hardly changed: ${[...lines].join(' | ')}`);
  return times;
};

/** The peer: what a search without an index does on every keystroke (no rendering). */
const NAIVE = async (queries: string[]) => {
  const all = (await chrome.storage.local.get(null)) as Record<
    string,
    { name?: string; emails?: string[]; note?: string }
  >;
  const contacts = Object.entries(all)
    .filter(([k]) => k.startsWith('contact:'))
    .map(([, c]) => c);
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const start = performance.now();
      const q = query.toLowerCase();
      const hits = contacts.filter((c) =>
        [c.name ?? '', ...(c.emails ?? []), c.note ?? ''].join('\n').toLowerCase().normalize('NFD').includes(q),
      );
      times.push(performance.now() - start);
      found += hits.length;
    }
  }
  return found > 0 ? times : [];
};

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-options-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_FLAGS],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await closeWelcome(context, id);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html#data`);
    const bytes = await page.evaluate(SEED, { contacts: CONTACTS, notes: NOTES });

    await page.goto('about:blank');
    const start = Date.now();
    await page.goto(`chrome-extension://${id}/options.html#contacts`);
    await page.getByTestId('contact-row').first().waitFor({ timeout: 60_000 });
    const listed = Date.now() - start;
    const countLine = await page.getByTestId('contact-count').textContent();
    const searches = await page.evaluate(SEARCH, QUERIES);
    const naive = await page.evaluate(NAIVE, QUERIES);
    const memory = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );

    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    say(`contacts: ${CONTACTS} × ${NOTES} appreciations`);
    say(
      `storage.local in use: ${mb(bytes)} (${(bytes / CONTACTS / 1024).toFixed(2)} KB per contact; the default quota without unlimitedStorage is 10 MB)`,
    );
    say(`options page: ${listed} ms from navigation to the listed contacts ("${countLine}"); JS heap ${mb(memory)}`);
    say(
      `search, keystroke → painted list (${searches.length} keystrokes): median ${ms(median(searches))}, p95 ${ms(p95(searches))}`,
    );
    say(`peer, naive filter without rendering: median ${ms(median(naive))}, p95 ${ms(p95(naive))}`);
    say(`ratio rendered search / naive filter (median): ${(median(searches) / median(naive)).toFixed(2)}×`);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
