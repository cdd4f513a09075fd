// An independent probe of condescension (dismissive) and point-scoring (being-right),
// written before the rules were widened and never taken from the dev set
// (tests/fixtures/analysis/probe-condescend-{de,en}.jsonl): many surface strategies
// per category (simplicity claims, expected knowledge, "leave it to us", brushing a
// concern off, "calm down", "with all due respect", the writer's years in the trade,
// mocking quotes; repeated recaps, "I warned you", counterfactuals, predictions,
// "for the record", refusing any fault, "I have it in writing"), across trades,
// du/Sie/ihr and registers. Near misses are neutral recaps, the writer's own
// mistakes, expertise offered kindly, "ganz einfach online buchen", reassurance the
// reader asked for. The "second" items were written after the first round of rule
// changes as a fresh check (first reading: de 16/25 and 12/15, en 18/25 and 12/15) and
// then informed a second round; the "third" batch did the same for a third round
// (first reading: de 5/15 and 4/10, en 6/15 and 5/10), and the "fourth" batch of
// friendly uses of the same constructions (first reading: 7 and 9 false alarms of 20)
// hardened the guards. All batches now count as seen:
// the first readings of each fresh batch are the honest measure of reach.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

type Probed = Extract<Category, 'dismissive' | 'being-right'>;
const CATEGORIES: readonly Probed[] = ['dismissive', 'being-right'];
const MIN_RECALL: Record<Language, Record<Probed, number>> = {
  de: { dismissive: 0.8, 'being-right': 0.9 },
  en: { dismissive: 0.8, 'being-right': 0.9 },
};
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  return readFileSync(`tests/fixtures/analysis/probe-condescend-${language}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

describe.each(['de', 'en'] as const)('condescension probe %s', (language) => {
  const items = probes(language);
  const found = (p: Probe) => analyze(p.text, { language }).findings.map((f) => f.category);

  it('has at least 15 constructions, 60 must-flag items and 50 near misses', () => {
    const constructions = new Set(items.filter((p) => p.expect).map((p) => p.id.split('-')[2]));
    expect(constructions.size).toBeGreaterThanOrEqual(15);
    expect(items.filter((p) => p.expect).length).toBeGreaterThanOrEqual(60);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(50);
  });

  it.each(CATEGORIES)('finds enough of the %s items', (category) => {
    const must = items.filter((p) => p.expect && p.category === category);
    const missed = must.filter((p) => !found(p).includes(category));
    const recall = 1 - missed.length / must.length;
    console.info(
      `probe-condescend-${language} ${category}: recall ${recall.toFixed(2)} (${must.length - missed.length}/${must.length})`,
    );
    expect(recall, missed.map((p) => `${p.id}: ${p.text}`).join('\n')).toBeGreaterThanOrEqual(
      MIN_RECALL[language][category],
    );
  });

  it(`flags at most ${MAX_FALSE_ALARMS} near misses`, () => {
    const alarms = items
      .filter((p) => !p.expect)
      .map((p) => ({ p, hits: found(p).filter((c) => (CATEGORIES as readonly Category[]).includes(c)) }))
      .filter((x) => x.hits.length > 0)
      .map((x) => `${x.p.id} [${x.hits.join(', ')}]: ${x.p.text}`);
    console.info(
      `probe-condescend-${language} false alarms: ${alarms.length}${alarms.length ? `\n${alarms.join('\n')}` : ''}`,
    );
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
