// Independent probe sets (tests/fixtures/analysis/probe*-{de,en}.jsonl): sentences
// and short mails written for these tests, not taken from the dev set (a test
// checks no five words are shared), across trades, du/Sie/ihr, registers and
// British and American English. Must-flag items count toward recall per category;
// a must-not item (the same words used warmly, factually or about the writer) is a
// false alarm when any category its set probes fires on it.
//
// Each set was committed before the rules were widened against it, so its first
// reading is the honest measure of how far the rules reach (npm run probes prints
// today's; README and the closing notes keep the first ones). The floors below
// only guard what was reached: later batches in a set (ids *-b2-*, *-f2-*,
// "second", "third" …) were first read fresh, then informed further rounds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

interface ProbeSet {
  /** File name part: probe-<name>-{de,en}.jsonl ('' for probe-{de,en}.jsonl). */
  name: string;
  /** Recall each category must reach, per language. */
  floors: Record<Language, Partial<Record<Category, number>>>;
  /** Must-flag and must-not items the set holds at least, per language. */
  size: [number, number];
  /** Must-not items it may flag, when more than MAX_FALSE_ALARMS are known and kept visible (named below). */
  maxAlarms?: number;
}

const both = (floors: Partial<Record<Category, number>>) => ({ de: floors, en: floors });

const SETS: readonly ProbeSet[] = [
  // First readings, de / en. Base and irony: fitted to their misses (a later base batch read blame 0.60).
  {
    name: '',
    floors: both({ blame: 0.75, absolute: 0.75, hedging: 0.75, 'unclear-ask': 0.75 }),
    size: [160, 40],
  },
  {
    name: 'irony',
    floors: both({ sarcasm: 0.7, 'but-after-praise': 0.7, dismissive: 0.7, 'being-right': 0.7 }),
    size: [100, 40],
  },
  // Praise taken back: 0.48 / 0.42.
  { name: 'praise', floors: both({ 'but-after-praise': 0.8 }), size: [40, 40] },
  // Harsh: 0.67 / 0.60; f2 batch 0.94 / 0.78; f3 batch 0.80 / 0.80.
  { name: 'harsh', floors: { de: { harsh: 0.94 }, en: { harsh: 0.93 } }, size: [60, 50] },
  // Pressure: 0.39 / 0.44; b2 batch 0.60 / 0.67.
  { name: 'pressure', floors: both({ pressure: 0.85 }), size: [60, 50] },
  // Blame 0.46 / 0.52, absolute 0.72 / 0.78.
  {
    name: 'fault',
    floors: { de: { blame: 0.85, absolute: 0.95 }, en: { blame: 0.8, absolute: 0.9 } },
    size: [100, 50],
  },
  // Dismissive 0.08 / 0.10, being-right 0.26 / 0.36; later batches 0.33–0.72.
  { name: 'condescend', floors: both({ dismissive: 0.8, 'being-right': 0.9 }), size: [100, 50] },
  // Sarcasm, fresh batches after the first round: 0.52 / 0.52, 0.40 / 0.47, 0.42 / 0.67.
  { name: 'sarcasm', floors: both({ sarcasm: 0.75 }), size: [60, 50] },
  // Twenty-fourth session: paraphrases of the dev set's tuning quotes (none of its words), written before the
  // rules were widened on them. First readings de / en — sarcasm, dismissive, absolute, praise taken back: 0.67 /
  // 0.72 (fresh second batch 27/29, 27/36); blame, pressure, harsh, being-right: 0.73 / 0.67 (second batch 22/30,
  // 27/30). The held-out half of the dev set did not move with them.
  {
    name: 'para-a',
    floors: {
      de: { sarcasm: 0.85, dismissive: 0.95, absolute: 0.9, 'but-after-praise': 0.95 },
      en: { sarcasm: 0.75, dismissive: 0.95, absolute: 0.85, 'but-after-praise': 0.9 },
    },
    size: [130, 45],
  },
  {
    name: 'para-b',
    floors: {
      de: { blame: 0.95, pressure: 0.9, harsh: 0.9, 'being-right': 0.95 },
      en: { blame: 0.8, pressure: 0.9, harsh: 0.9, 'being-right': 0.9 },
    },
    size: [165, 85],
    // Known, English: "I believe we mentioned … in our last newsletter" (being right), "a minefield for any tenant"
    // (a verdict on a third party's contract), "I did warn the team that you'd be arriving late" (no fault).
    maxAlarms: 3,
  },
  // Hedging and unclear ask, three batches each read before its round: de 33/52, 22/32, 15/28; en 39/52, 24/32,
  // 15/28 (unclear ask reached fewer than half of each fresh batch's mails).
  {
    name: 'para-c',
    floors: { de: { hedging: 0.85, 'unclear-ask': 0.9 }, en: { hedging: 0.9, 'unclear-ask': 0.9 } },
    size: [110, 30],
  },
];

/** Must-not items a set may flag. */
const MAX_FALSE_ALARMS = 2;

function probes(name: string, language: Language): Probe[] {
  return readFileSync(`tests/fixtures/analysis/probe${name ? `-${name}` : ''}-${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

const cases = SETS.flatMap((set) =>
  (['de', 'en'] as const).map((language) => [set.name || 'base', language, set] as const),
);

describe.each(cases)('probe set %s %s', (label, language, set) => {
  const items = probes(set.name, language);
  const floors = set.floors[language];
  const probed = Object.keys(floors) as Category[];
  const found = new Map(items.map((p) => [p, new Set(analyze(p.text).findings.map((f) => f.category))]));

  it(`holds at least ${set.size[0]} must-flag and ${set.size[1]} must-not items`, () => {
    expect(items.filter((p) => p.expect).length).toBeGreaterThanOrEqual(set.size[0]);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(set.size[1]);
  });

  it.each(probed.map((c) => [c]))('finds %s at least as often as its floor', (category) => {
    const flagged = items.filter((p) => p.expect && p.category === category);
    const missed = flagged.filter((p) => !found.get(p)?.has(category));
    const recall = 1 - missed.length / flagged.length;
    console.info(
      `probe ${label} ${language} ${category}: recall ${recall.toFixed(2)} (${flagged.length - missed.length}/${flagged.length})`,
    );
    expect(recall, `missed: ${missed.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(floors[category] as number);
  });

  const maxAlarms = set.maxAlarms ?? MAX_FALSE_ALARMS;
  it(`raises at most ${maxAlarms} false alarms on the must-not items`, () => {
    const alarms = items.filter((p) => !p.expect && probed.some((c) => found.get(p)?.has(c)));
    expect(alarms.length, `false alarms: ${alarms.map((p) => p.id).join(', ')}`).toBeLessThanOrEqual(maxAlarms);
  });
});
