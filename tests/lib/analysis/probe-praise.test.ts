// An independent probe of praise taken back (tests/fixtures/analysis/probe-praise-{de,en}.jsonl),
// written before the praise lexicon was widened and not taken from the dev set:
// praise in many words (Chapeau, kudos, "man merkt, wie viel Arbeit …", "you
// nailed …"), turned by a connector in the same or the next sentence. Must-not
// items keep both halves (good news, logistics, the writer's own apology or
// schedule, "aber" that praises further).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  expect: boolean;
  text: string;
}

const MIN_RECALL = 0.8;
const MAX_FALSE_ALARMS = 2;

const probes = (language: Language): Probe[] =>
  readFileSync(`tests/fixtures/analysis/probe-praise-${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);

const takesBack = (text: string) => analyze(text).findings.some((f) => f.category === 'but-after-praise');

describe.each(['de', 'en'] as const)('praise probe %s', (language) => {
  const items = probes(language);

  it('has at least 40 must-flag and 40 must-not items', () => {
    expect(items.filter((p) => p.expect).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(40);
  });

  it(`finds at least ${MIN_RECALL} of the praise taken back`, () => {
    const flagged = items.filter((p) => p.expect);
    const missed = flagged.filter((p) => !takesBack(p.text));
    const recall = 1 - missed.length / flagged.length;
    console.info(
      `probe-praise ${language}: recall ${recall.toFixed(2)} (${flagged.length - missed.length}/${flagged.length})`,
    );
    expect(recall, `missed: ${missed.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`raises at most ${MAX_FALSE_ALARMS} false alarms`, () => {
    const alarms = items.filter((p) => !p.expect && takesBack(p.text));
    console.info(`probe-praise ${language} false alarms: ${alarms.length}`);
    expect(alarms.length, `false alarms: ${alarms.map((p) => p.id).join(', ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
