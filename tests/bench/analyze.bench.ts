// npm run bench: analyze() on English and German drafts of 300, 3,000 and
// 30,000 words, and on the same English texts, in the same run, write-good and
// alex. Prints medians, the ratios against the peers, the cost of 10× more
// text, and the number of findings (so a run that skips work shows).
// Budgets (issue 11): 300 words ≤ 1 ms; ≥ 4× faster than write-good at every
// size; 10× more text ≤ 13× more time; the first analyze() in a fresh process
// ≤ 150 ms. Issue 13: the gauges (reading their cues and the model) add
// ≤ 0.3 ms to a 300-word analysis. Issue 14: whole-sentence rewrites ≤ 2 ms
// per finding. Reported, not asserted.
import { execFileSync } from 'node:child_process';
import { text as alex } from 'alex';
import { Bench } from 'tinybench';
import writeGood from 'write-good';
import { analyze } from '../../lib/analysis';
import { examine, recheck } from '../../lib/analysis/engine';
import { readCues } from '../../lib/analysis/gauges/features';
import { gauge } from '../../lib/analysis/gauges/model';
import { REWRITE_CATEGORIES, rewritesFor, voiceOf } from '../../lib/analysis/rewrite';
import { draft } from './texts';

const SIZES = [300, 3_000, 30_000] as const;
const VARIANTS = 4;

type Tool = 'rapport' | 'write-good' | 'alex';
const tools: Record<Tool, (text: string) => number> = {
  rapport: (text) => analyze(text).findings.length,
  'write-good': (text) => writeGood(text).length,
  alex: (text) => alex(text).messages.length,
};

interface Row {
  language: 'de' | 'en';
  size: number;
  tool: Tool;
  median: number;
  findings: number;
}

async function measure(language: 'de' | 'en', size: number, tool: Tool): Promise<Row> {
  const texts = Array.from({ length: VARIANTS }, (_, i) => draft(language, size, 17 + i * 31));
  let findings = 0;
  let turn = 0;
  const bench = new Bench({ time: size >= 30_000 ? 3_000 : 1_500, warmup: true });
  bench.add(`${tool} ${language} ${size}`, () => {
    findings = tools[tool](texts[turn++ % VARIANTS] as string);
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !('latency' in result)) throw new Error(`${tool} ${size}: no result`);
  return { language, size, tool, median: result.latency.p50, findings };
}

const rows: Row[] = [];
for (const size of SIZES) {
  for (const [language, tool] of [
    ['en', 'rapport'],
    ['de', 'rapport'],
    ['en', 'write-good'],
    ['en', 'alex'],
  ] as const) {
    rows.push(await measure(language, size, tool));
  }
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const find = (language: string, size: number, tool: Tool) =>
  rows.find((r) => r.language === language && r.size === size && r.tool === tool) as Row;

process.stdout.write('\nmedian time per draft (findings in the last draft)\n');
process.stdout.write(
  'words    rapport en        rapport de        write-good en      alex en            vs write-good  vs alex\n',
);
for (const size of SIZES) {
  const en = find('en', size, 'rapport');
  const de = find('de', size, 'rapport');
  const wg = find('en', size, 'write-good');
  const ax = find('en', size, 'alex');
  const cell = (r: Row) => `${fmt(r.median)} (${r.findings})`.padEnd(18);
  const vsWriteGood = `${(wg.median / en.median).toFixed(1)}×`;
  const ratios = `${vsWriteGood.padEnd(15)}${(ax.median / en.median).toFixed(1)}×`;
  process.stdout.write(`${String(size).padEnd(8)} ${cell(en)}${cell(de)}${cell(wg)} ${cell(ax)} ${ratios}\n`);
}
for (const language of ['en', 'de'] as const) {
  const [a, b, c] = SIZES.map((s) => find(language, s, 'rapport').median) as [number, number, number];
  process.stdout.write(
    `rapport ${language}: 10× text costs ${(b / a).toFixed(1)}× (300→3,000) and ${(c / b).toFixed(1)}× (3,000→30,000)\n`,
  );
}
const small = find('en', 300, 'rapport').median;

// The gauges alone on drafts already examined: a shallow copy of the Doc per
// call, so nothing cached per draft (the sentiment reading) is reused.
for (const language of ['en', 'de'] as const) {
  const examined = Array.from({ length: VARIANTS }, (_, i) => examine(draft(language, 300, 17 + i * 31)));
  let turn = 0;
  const bench = new Bench({ time: 1_500, warmup: true });
  bench.add(`gauges ${language}`, () => {
    const { doc, raw } = examined[turn++ % VARIANTS] as (typeof examined)[number];
    gauge(readCues({ ...doc }, raw));
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  const median = result && 'latency' in result ? result.latency.p50 : Number.NaN;
  const whole = find(language, 300, 'rapport').median;
  process.stdout.write(
    `gauges ${language}, 300 words: ${fmt(median)} of ${fmt(whole)} (${((100 * median) / whole).toFixed(0)} %); budget ≤ 0.3 ms: ${median <= 0.3 ? 'met' : 'MISSED'}\n`,
  );
}
process.stdout.write(`budget 300 words < 1 ms: ${small < 1 ? 'met' : 'MISSED'} (${fmt(small)})\n`);

// Whole-sentence rewrites (issue 14): per stance finding of the drafts, the
// strategies, the guard and the two second readings together.
{
  const cases = (['de', 'en'] as const).flatMap((language) =>
    Array.from({ length: VARIANTS }, (_, i) => examine(draft(language, 3_000, 5 + i * 13))).flatMap(({ doc, raw }) =>
      raw.filter((f) => REWRITE_CATEGORIES.has(f.category)).map((f) => ({ doc, f, voice: voiceOf(doc) })),
    ),
  );
  let turn = 0;
  const bench = new Bench({ time: 1_500, warmup: true });
  bench.add('rewrites per finding', () => {
    const { doc, f, voice } = cases[turn++ % cases.length] as (typeof cases)[number];
    rewritesFor(doc, f, voice, recheck);
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  const median = result && 'latency' in result ? result.latency.p50 : Number.NaN;
  const p99 = result && 'latency' in result ? result.latency.p99 : Number.NaN;
  process.stdout.write(
    `rewrites per stance finding (${cases.length} findings, de+en): median ${fmt(median)}, p99 ${fmt(p99)}; budget ≤ 2 ms: ${median <= 2 ? 'met' : 'MISSED'}\n`,
  );
}

// The first analyze() in a fresh process (a service worker just started), median of three processes.
const colds = [0, 1, 2].map(() => {
  const out = execFileSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'tests/bench/first-analyze.ts'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { first: number; second: number };
});
const cold = colds.map((c) => c.first).sort((a, b) => a - b)[1] as number;
const warm = colds.map((c) => c.second).sort((a, b) => a - b)[1] as number;
process.stdout.write(
  `first analyze() of a 600-word de+en draft in a fresh process: ${fmt(cold)} (then ${fmt(warm)}); budget 150 ms: ${cold <= 150 ? 'met' : 'MISSED'}\n`,
);
