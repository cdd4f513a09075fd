// npm run bench:typing — does Rapport make typing slower? Types 2,000
// characters into the Gmail fixture in real Chromium, once with the built
// extension and once without, in the same run, and prints the median and p95
// time from each keystroke to the next frame, their ratio (goal ≤ 1.1×), and
// the long animation frames (> 50 ms) in which the extension's scripts ran
// (goal: 0). Reported, not asserted. Needs `npm run build` first.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH as CHROME, QUIET_FLAGS as FLAGS } from '../e2e/harness';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const TEXT =
  'Hallo Frau Schmidt, wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt. Vielen Dank für Ihre Geduld, ich melde mich morgen. ';
const CHARS = 2_000;

// Runs in the page: keystroke → next frame latency, and long animation frames with their scripts.
const PROBE = () => {
  const w = window as unknown as { __latencies: number[]; __loaf: Array<{ duration: number; sources: string[] }> };
  w.__latencies = [];
  w.__loaf = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        duration: number;
        scripts?: Array<{ sourceURL?: string }>;
      }>) {
        w.__loaf.push({ duration: entry.duration, sources: (entry.scripts ?? []).map((s) => s.sourceURL ?? '') });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Long Animation Frames unsupported: no attribution.
  }
};

async function run(withExtension: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-typing-'));
  const args = withExtension
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...FLAGS]
    : FLAGS;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  try {
    if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const body = await readFile('tests/fixtures/sites/gmail/inbox.html', 'utf8');
    await context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body }),
    );
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.click('[gh="cm"]');
    await page.locator('div[g_editable="true"]').first().click();
    await page.waitForTimeout(500);
    const text = TEXT.repeat(Math.ceil(CHARS / TEXT.length)).slice(0, CHARS);
    await page.keyboard.type(text);
    await page.waitForTimeout(1_000);
    const result = await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __loaf: Array<{ duration: number; sources: string[] }> };
      return { latencies: w.__latencies, loaf: w.__loaf };
    });
    return result;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};

const without = await run(false);
const withExt = await run(true);
const fmt = (n: number) => `${n.toFixed(1)} ms`;
const line = (name: string, r: typeof without) =>
  `${name.padEnd(20)} keystrokes ${String(r.latencies.length).padStart(5)}   median ${fmt(percentile(r.latencies, 50)).padStart(8)}   p95 ${fmt(percentile(r.latencies, 95)).padStart(8)}   long frames > 50 ms: ${r.loaf.filter((l) => l.duration > 50).length}`;
process.stdout.write(`\n${line('without Rapport', without)}\n${line('with Rapport', withExt)}\n`);
process.stdout.write(
  `ratio with/without: median ${(percentile(withExt.latencies, 50) / percentile(without.latencies, 50)).toFixed(2)}×, p95 ${(percentile(withExt.latencies, 95) / percentile(without.latencies, 95)).toFixed(2)}× (goal ≤ 1.1×)\n`,
);
const ours = withExt.loaf.filter((l) => l.duration > 50 && l.sources.some((s) => s.startsWith('chrome-extension://')));
process.stdout.write(`long animation frames in which Rapport's scripts ran: ${ours.length} (goal 0)\n`);
