// An independent probe of sarcasm, written before the rules were tuned on it and
// not taken from the dev set (tests/fixtures/analysis/probe-sarcasm-{de,en}.jsonl):
// about twenty constructions (thanks or praise next to the reader's lateness or
// failure, "great timing", ironic markers, interjections, mock politeness, scare
// quotes, "a new record", one-word verdicts after bad news, "what a surprise",
// "so much for", cost digs …) across trades, du/Sie and registers, plus friendly
// near misses: thanks after the writer's own delay, sincere praise, "of course" as
// a yes, "as always" in a kind sentence, quoted button names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const MIN_RECALL: Record<Language, number> = { de: 0.75, en: 0.75 };
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  const file = `tests/fixtures/analysis/probe-sarcasm-${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

const sarcastic = (p: Probe, language: Language) =>
  analyze(p.text, { language }).findings.some((f) => f.category === 'sarcasm');

describe.each(['de', 'en'] as const)('sarcasm probe %s', (language) => {
  const items = probes(language);

  it('has at least 60 must-flag items and 50 must-not items', () => {
    expect(items.filter((p) => p.expect).length).toBeGreaterThanOrEqual(60);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(50);
  });

  it(`finds at least ${MIN_RECALL[language] * 100} percent of the must-flag items`, () => {
    const must = items.filter((p) => p.expect);
    const missed = must.filter((p) => !sarcastic(p, language));
    const recall = 1 - missed.length / must.length;
    console.info(
      `probe-sarcasm-${language}: recall ${recall.toFixed(2)} (${must.length - missed.length}/${must.length})`,
    );
    expect(recall, missed.map((p) => `${p.id}: ${p.text}`).join('\n')).toBeGreaterThanOrEqual(MIN_RECALL[language]);
  });

  it(`flags at most ${MAX_FALSE_ALARMS} must-not items`, () => {
    const alarms = items.filter((p) => !p.expect && sarcastic(p, language)).map((p) => `${p.id}: ${p.text}`);
    console.info(
      `probe-sarcasm-${language} false alarms: ${alarms.length}${alarms.length ? `\n${alarms.join('\n')}` : ''}`,
    );
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
