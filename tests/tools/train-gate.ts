// npm run train:gate: fits the confidence gate (lib/analysis/gate/gate-weights.json).
// Data: the findings the engine gave each blind batch when it was first read,
// before any rule was fixed on it (tests/fixtures/gate/first-readings.jsonl,
// one row per mail with findings: the batch file, the commit read at, the
// findings' categories and ranges), labelled against the coach's spans as
// `npm run eval` scores them: a hit is 1; a finding on a clean mail, or on a
// problem mail far from every coach's mark, is 0; a finding at a mark but of
// another category or extent is left out. The features are read by today's
// engine (lib/analysis/gate/features.ts). Model: logistic regression, each
// weight kept on its feature's sign, full-batch gradient descent on
// standardised features, fixed iterations, weights rounded: deterministic.
// It prints, batch by batch left out, what each threshold would have kept.
// `npm test` never trains.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { examine } from '../../lib/analysis/engine';
import { GATE_FEATURES, GATED, gateFeatures } from '../../lib/analysis/gate/features';
import type { GateWeights } from '../../lib/analysis/gate/index';
import { readCues } from '../../lib/analysis/gauges/features';
import type { RawFinding } from '../../lib/analysis/rules/types';
import type { Category } from '../../lib/analysis/types';
import { type DevMail, scoreMail } from './eval/metrics';

const FIXTURES = 'tests/fixtures/analysis';
const OUT = 'lib/analysis/gate/gate-weights.json';
const READINGS = 'tests/fixtures/gate/first-readings.jsonl';
const ITERATIONS = 3000;
const RATE = 0.5;
const L2 = 1;
/** Chosen on the batches left out one at a time (printed below): about a fifth fewer clean mails flagged for two per cent of the coach's marks. */
const THRESHOLD = 0.3;

interface Reading {
  id: string;
  file: string;
  commit: string;
  /** Category, range, and the finding's weight where it is not 1. */
  findings: Array<[Category, number, number, number?]>;
}

interface Row {
  batch: string;
  mail: string;
  clean: boolean;
  x: number[];
  /** 1 hit, 0 false alarm, null left out (a finding the gate never judges, or at a mark in another category or extent). */
  y: 1 | 0 | null;
  category: Category;
  hit: boolean;
  /** Indexes of the coach's marks this finding alone finds. */
  covers: number[];
}

function readRows(): Row[] {
  const mails = new Map<string, DevMail>();
  const files = new Set<string>();
  const readings = readFileSync(READINGS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Reading);
  for (const r of readings) {
    if (files.has(r.file)) continue;
    files.add(r.file);
    for (const l of readFileSync(`${FIXTURES}/${r.file}`, 'utf8').split('\n').filter(Boolean)) {
      const m = JSON.parse(l) as DevMail;
      mails.set(m.id, m);
    }
  }
  const rows: Row[] = [];
  for (const r of readings) {
    const mail = mails.get(r.id);
    if (!mail) throw new Error(`first-readings: no mail ${r.id} in ${r.file}`);
    const findings: RawFinding[] = r.findings.map(([category, start, end, weight]) => ({
      ruleId: '',
      category,
      start,
      end,
      suggestions: [],
      ...(weight === undefined ? {} : { weight }),
    }));
    const { doc } = examine(mail.text, { language: mail.lang });
    const x = gateFeatures(doc, findings, readCues(doc, []));
    const score = scoreMail(mail, findings);
    findings.forEach((f, i) => {
      const s = score.findings[i] as (typeof score.findings)[number];
      const clean = mail.expect.length === 0;
      const y = !GATED.has(f.category) ? null : s.hit ? 1 : clean || s.why === 'unrelated' ? 0 : null;
      const covers = scoreMail(mail, [f])
        .expected.map((e, k) => (e.found ? k : -1))
        .filter((k) => k >= 0);
      rows.push({
        batch: r.file.replace(/-(de|en)\.jsonl$/, ''),
        mail: r.id,
        clean,
        category: f.category,
        hit: s.hit,
        x: x[i] as number[],
        y,
        covers,
      });
    });
  }
  return rows;
}

function fitGate(rows: readonly Row[]): GateWeights {
  const used = rows.filter((r) => r.y !== null);
  const n = GATE_FEATURES.length;
  const mean = new Array<number>(n).fill(0);
  const sd = new Array<number>(n).fill(0);
  for (const r of used) for (let k = 0; k < n; k++) mean[k] = (mean[k] as number) + (r.x[k] as number) / used.length;
  for (const r of used)
    for (let k = 0; k < n; k++)
      sd[k] = (sd[k] as number) + ((r.x[k] as number) - (mean[k] as number)) ** 2 / used.length;
  for (let k = 0; k < n; k++) sd[k] = Math.sqrt(sd[k] as number) + 1e-9;
  const z = used.map((r) => r.x.map((v, k) => (v - (mean[k] as number)) / (sd[k] as number)));
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(n).fill(0);
    let gb = 0;
    z.forEach((row, i) => {
      let s = b;
      for (let k = 0; k < n; k++) s += (row[k] as number) * (w[k] as number);
      const g = 1 / (1 + Math.exp(-s)) - ((used[i] as Row).y as number);
      for (let k = 0; k < n; k++) grad[k] = (grad[k] as number) + g * (row[k] as number);
      gb += g;
    });
    for (let k = 0; k < n; k++) {
      let next = (w[k] as number) - RATE * (((grad[k] as number) + L2 * (w[k] as number)) / used.length);
      const sign = (GATE_FEATURES[k] as (typeof GATE_FEATURES)[number])[1];
      if (sign > 0) next = Math.max(0, next);
      if (sign < 0) next = Math.min(0, next);
      w[k] = next;
    }
    b -= (RATE * gb) / used.length;
  }
  // Back to the raw features' scale, so the engine reads them as they are.
  const weights = w.map((wk, k) => wk / (sd[k] as number));
  const intercept = b - w.reduce((s, wk, k) => s + (wk * (mean[k] as number)) / (sd[k] as number), 0);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    features: GATE_FEATURES.map(([name]) => name),
    intercept: round(intercept),
    weights: weights.map(round),
    threshold: THRESHOLD,
  };
}

const confidence = (model: GateWeights, x: readonly number[]) =>
  1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * (model.weights[k] as number), model.intercept)));

const say = (line: string) => process.stdout.write(`${line}\n`);

const rows = readRows();
const batches = [...new Set(rows.map((r) => r.batch))];
say(
  `${rows.length} findings in ${batches.length} batches: ${rows.filter((r) => r.y === 1).length} hits, ${rows.filter((r) => r.y === 0).length} false alarms, ${rows.filter((r) => r.y === null).length} left out`,
);
// Each batch read by weights fitted without it.
const held = new Map<Row, number>();
for (const batch of batches) {
  const model = fitGate(rows.filter((r) => r.batch !== batch));
  for (const r of rows) if (r.batch === batch) held.set(r, confidence(model, r.x));
}
say('threshold  clean mails flagged  coach marks found  precision (batches left out one at a time)');
for (const t of [0, 0.2, 0.3, 0.4, 0.5]) {
  const kept = rows.filter((r) => !GATED.has(r.category) || (held.get(r) as number) >= t);
  const flagged = new Set(kept.filter((r) => r.clean).map((r) => r.mail)).size;
  const found = new Set(kept.flatMap((r) => r.covers.map((k) => `${r.mail}#${k}`))).size;
  const hits = kept.filter((r) => r.hit).length;
  say(
    `${t.toFixed(1).padEnd(10)} ${String(flagged).padEnd(20)} ${String(found).padEnd(18)} ${(hits / Math.max(1, kept.length)).toFixed(2)}`,
  );
}
const model = fitGate(rows);
writeFileSync(
  OUT,
  `${JSON.stringify({ trained: `npm run train:gate: ${rows.length} first-reading findings of ${batches.length} blind batches; ${ITERATIONS} iterations, rate ${RATE}, l2 ${L2}`, ...model }, null, 2)}\n`,
);
// In the repository's own format, so a refit that changes nothing leaves no diff.
execFileSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'format', '--write', OUT], {
  stdio: 'ignore',
});
say(`wrote ${OUT}`);
