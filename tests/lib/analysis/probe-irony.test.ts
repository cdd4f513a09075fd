// An independent probe of the irony family (sarcasm, praise taken back, condescension,
// point-scoring): client-mail sentences written for this test, none taken from the dev
// set, across trades, du/Sie, particles and positions, plus friendly near misses
// (thanks with a delay mentioned, real congratulations, praise then logistics, a kind
// explanation). It measures how far the constructions reach beyond the mails they were
// tuned on: each category must find ≥ 70 % of its items, and at most two near misses
// per language may get a finding of the family.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const FAMILY: readonly Category[] = ['sarcasm', 'but-after-praise', 'dismissive', 'being-right'];
const MIN_RECALL = 0.7;
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  const file = `tests/fixtures/analysis/probe-irony-${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

describe.each(['de', 'en'] as const)('irony probe %s', (language) => {
  const items = probes(language);
  const found = (p: Probe) => analyze(p.text, { language }).findings.map((f) => f.category);

  it('has at least 30 items per category and 40 near misses', () => {
    for (const c of FAMILY)
      expect(items.filter((p) => p.expect && p.category === c).length, c).toBeGreaterThanOrEqual(30);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(40);
  });

  it.each(FAMILY)(`finds at least ${MIN_RECALL * 100} percent of the %s items`, (category) => {
    const must = items.filter((p) => p.expect && p.category === category);
    const missed = must.filter((p) => !found(p).includes(category));
    const recall = 1 - missed.length / must.length;
    console.info(
      `probe-irony-${language} ${category}: recall ${recall.toFixed(2)} (${must.length - missed.length}/${must.length})`,
    );
    expect(recall, missed.map((p) => `${p.id}: ${p.text}`).join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`flags at most ${MAX_FALSE_ALARMS} friendly near misses`, () => {
    const alarms = items
      .filter((p) => !p.expect)
      .map((p) => ({ p, hits: found(p).filter((c) => FAMILY.includes(c)) }))
      .filter((x) => x.hits.length > 0)
      .map((x) => `${x.p.id} [${x.hits.join(', ')}]: ${x.p.text}`);
    console.info(
      `probe-irony-${language} false alarms: ${alarms.length}${alarms.length ? `\n${alarms.join('\n')}` : ''}`,
    );
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
