// An independent probe of the pressure category: ultimatums, immediacy, commands
// at the reader, final notices, guilt levers and repeated reminders, written for
// this test before the rules were broadened (tests/fixtures/analysis/probe-pressure-{de,en}.jsonl).
// Must-not items are near misses: protective advice, medical instructions, warm
// "you must see it", the writer's own deadlines, neutral consequences, "no pressure".
// Items *-b2-* were written after the first broadening as a fresh check (their recall
// before any rule saw them: de 0.60, en 0.67).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const MIN_RECALL: Record<Language, number> = { de: 0.85, en: 0.85 };
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  return readFileSync(`tests/fixtures/analysis/probe-pressure-${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

const flags = (text: string) => analyze(text).findings.some((f) => f.category === 'pressure');

describe.each(['de', 'en'] as const)('pressure probe %s', (language) => {
  const items = probes(language);

  it('has at least 60 must-flag and 50 must-not items', () => {
    expect(items.filter((p) => p.expect).length).toBeGreaterThanOrEqual(60);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(50);
  });

  it(`recall reaches ${MIN_RECALL[language]}`, () => {
    const flagged = items.filter((p) => p.expect);
    const missed = flagged.filter((p) => !flags(p.text));
    const recall = 1 - missed.length / flagged.length;
    console.info(
      `probe pressure ${language}: recall ${recall.toFixed(2)} (${flagged.length - missed.length}/${flagged.length})`,
    );
    expect(recall, `missed: ${missed.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL[language]);
  });

  it(`raises at most ${MAX_FALSE_ALARMS} false alarms on the must-not items`, () => {
    const alarms = items.filter((p) => !p.expect && flags(p.text));
    console.info(`probe pressure ${language} false alarms: ${alarms.length}/${items.filter((p) => !p.expect).length}`);
    expect(alarms.length, `false alarms: ${alarms.map((p) => p.id).join(', ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
