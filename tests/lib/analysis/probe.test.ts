// An independent probe of generality: realistic client-mail sentences and short
// mails written for this test, not taken from the dev set, across professions,
// agents, verbs, tenses, word orders, du/Sie and particles
// (tests/fixtures/analysis/probe-{de,en}.jsonl). The constructions were tuned on
// dev mail; this checks that they reach mail they were not fitted to. Must-flag
// items count toward recall per category; must-not items (thanks, the writer's own
// apologies, the reader cleared, neutral reports, offers) are false alarms when
// any probed category fires on them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const CATEGORIES: readonly Category[] = ['blame', 'absolute', 'hedging', 'unclear-ask'];
const MIN_RECALL = 0.75;
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  const file = `tests/fixtures/analysis/probe-${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

const categoriesOf = (text: string) => new Set(analyze(text).findings.map((f) => f.category));

describe.each(['de', 'en'] as const)('probe set %s', (language) => {
  const items = probes(language);

  it('has at least 40 must-flag items per category and 40 must-not items', () => {
    for (const c of CATEGORIES)
      expect(items.filter((p) => p.expect && p.category === c).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(40);
  });

  it.each(CATEGORIES.map((c) => [c]))(`recall of %s is at least ${MIN_RECALL}`, (category) => {
    const flagged = items.filter((p) => p.expect && p.category === category);
    const missed = flagged.filter((p) => !categoriesOf(p.text).has(category));
    const recall = 1 - missed.length / flagged.length;
    console.info(
      `probe ${language} ${category}: recall ${recall.toFixed(2)} (${flagged.length - missed.length}/${flagged.length})`,
    );
    expect(recall, `missed: ${missed.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`raises at most ${MAX_FALSE_ALARMS} false alarms on the must-not items`, () => {
    const quiet = items.filter((p) => !p.expect);
    const alarms = quiet.filter((p) => CATEGORIES.some((c) => categoriesOf(p.text).has(c)));
    console.info(`probe ${language} false alarms: ${alarms.length}/${quiet.length}`);
    expect(alarms.length, `false alarms: ${alarms.map((p) => p.id).join(', ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
