// npm run bench:typing — does Rapport make typing slower? Types 2,000
// characters into the Gmail fixture in real Chromium, once with the built
// extension and once without, in the same run, and prints the median and p95
// time from each keystroke to the next frame, their ratio (goal ≤ 1.1×), and
// the long animation frames (> 50 ms) of each run. Which scripts ran in a long
// frame cannot be told here: Chromium 156 lists no extension content script in
// a LoAF entry's scripts[] (npm run bench:freeze attributes time from a
// DevTools trace instead). Reported, not asserted. Needs `npm run build` first.
import { openGmail } from './gmail-browser';

const TEXT =
  'Hallo Frau Schmidt, wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt. Vielen Dank für Ihre Geduld, ich melde mich morgen. ';
const CHARS = 2_000;

// Runs in the page: keystroke → next frame latency, and long animation frames.
const PROBE = () => {
  const w = window as unknown as { __latencies: number[]; __loaf: Array<{ duration: number }> };
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
      for (const entry of list.getEntries()) w.__loaf.push({ duration: entry.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Long Animation Frames unsupported: none counted.
  }
};

async function run(withExtension: boolean) {
  const { page, close } = await openGmail(withExtension, PROBE);
  try {
    await page.click('[gh="cm"]');
    await page.locator('div[g_editable="true"]').first().click();
    await page.waitForTimeout(500);
    const text = TEXT.repeat(Math.ceil(CHARS / TEXT.length)).slice(0, CHARS);
    await page.keyboard.type(text);
    await page.waitForTimeout(1_000);
    const result = await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __loaf: Array<{ duration: number }> };
      return { latencies: w.__latencies, loaf: w.__loaf };
    });
    return result;
  } finally {
    await close();
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
