// An independent probe of the reader-fault categories (blame, absolute): sentences
// written before the rules were tuned, across fifteen or more constructions per
// category (fault verbs, negated duties, the reader's side as agent, consequences,
// "thanks to your …", rhetorical questions, "again", passives, fault nouns,
// counterfactuals, frequency words of every kind), professions, du/Sie/ihr and
// British and American English (tests/fixtures/analysis/probe-fault-{de,en}.jsonl).
// Must-not items (the writer's own fault, the reader cleared, neutral reports,
// offers, "always happy to help") are false alarms when blame or absolute fires.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';

interface Probe {
  id: string;
  category: string;
  expect: boolean;
  text: string;
}

const CATEGORIES: readonly Category[] = ['blame', 'absolute'];
const MIN_RECALL: Record<Language, Record<string, number>> = {
  de: { blame: 0.85, absolute: 0.95 },
  en: { blame: 0.8, absolute: 0.9 },
};
const MAX_FALSE_ALARMS = 2;

function probes(language: Language): Probe[] {
  const file = `tests/fixtures/analysis/probe-fault-${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Probe);
}

const categoriesOf = (text: string) => new Set(analyze(text).findings.map((f) => f.category));

describe.each(['de', 'en'] as const)('fault probe set %s', (language) => {
  const items = probes(language);

  it('has at least 60 must-flag items per category and 50 must-not items', () => {
    for (const c of CATEGORIES)
      expect(items.filter((p) => p.expect && p.category === c).length).toBeGreaterThanOrEqual(60);
    expect(items.filter((p) => !p.expect).length).toBeGreaterThanOrEqual(50);
  });

  it.each(CATEGORIES.map((c) => [c]))('recall of %s reaches its floor', (category) => {
    const flagged = items.filter((p) => p.expect && p.category === category);
    const missed = flagged.filter((p) => !categoriesOf(p.text).has(category));
    const recall = 1 - missed.length / flagged.length;
    console.info(
      `fault probe ${language} ${category}: recall ${recall.toFixed(2)} (${flagged.length - missed.length}/${flagged.length})`,
    );
    expect(recall, `missed: ${missed.map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(
      MIN_RECALL[language][category] ?? 1,
    );
  });

  it(`raises at most ${MAX_FALSE_ALARMS} false alarms on the must-not items`, () => {
    const quiet = items.filter((p) => !p.expect);
    const alarms = quiet.filter((p) => CATEGORIES.some((c) => categoriesOf(p.text).has(c)));
    console.info(`fault probe ${language} false alarms: ${alarms.length}/${quiet.length}`);
    expect(alarms.length, `false alarms: ${alarms.map((p) => p.id).join(', ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
});
