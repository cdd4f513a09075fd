import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examine } from '../../../lib/analysis/engine';
import { CUES } from '../../../lib/analysis/gauges/cues';
import { readCues } from '../../../lib/analysis/gauges/features';
import {
  STANCE_WEIGHTS,
  stanceFeatures,
  stanceOf,
  unpackStanceWeights,
} from '../../../lib/analysis/gauges/stance-words';
import type { Language } from '../../../lib/analysis/types';
import { namesIn, packStanceWeights } from '../../tools/stance-words-fit';

const sentence = (text: string, language: Language) => {
  const { doc } = examine(text, { language });
  return doc.sentences[0]?.tokens ?? [];
};
const stance = (text: string, language: Language) => stanceOf(sentence(text, language), language);

describe('stance words', () => {
  it('weighs no name of the written mails it was fitted on (a name fits one mail, not a way of speaking)', () => {
    const dir = 'tests/fixtures/analysis';
    for (const language of ['de', 'en'] as const) {
      const texts = readdirSync(dir)
        .filter((f) => /^(mails-.*|friendly-mail)-/.test(f) && f.endsWith(`-${language}.jsonl`))
        .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
        .map((line) => (JSON.parse(line) as { text: string }).text);
      const names = namesIn(texts);
      expect(names.size).toBeGreaterThan(50);
      expect(Object.keys(STANCE_WEIGHTS[language].weights).filter((w) => names.has(w))).toEqual([]);
    }
  });

  it('ships its weights packed by weight and reads them back unchanged', () => {
    const model = {
      de: { bias: -1.5, weights: { frist: 0.4, leider: -0.2, schon: 0.4 } },
      en: { bias: 0.25, weights: { again: 1.1, thanks: -2 } },
    };
    expect(unpackStanceWeights(packStanceWeights(model))).toEqual(model);
    expect(unpackStanceWeights(packStanceWeights(STANCE_WEIGHTS))).toEqual(STANCE_WEIGHTS);
    expect(Object.keys(STANCE_WEIGHTS.de.weights).length).toBeGreaterThan(500);
  });

  it('reads lemmas once each and leaves numbers out', () => {
    const features = stanceFeatures(
      sentence('Sie haben die Rechnung vom 12. März ignoriert und ignorieren sie noch.', 'de'),
      'de',
    );
    expect(features).toContain('ignorieren');
    expect(features.filter((f) => f === 'ignorieren')).toHaveLength(1);
    expect(features.some((f) => /\d/.test(f))).toBe(false);
  });

  it.each([
    [
      'de',
      'Sie ignorieren ständig unsere Hinweise zur Statik.',
      'Danke für Ihre Rückmeldung zur Statik, das hilft uns sehr.',
    ],
    [
      'de',
      'Wer hat Ihnen denn erlaubt, die Wand eigenmächtig zu versetzen?',
      'Gern versetzen wir die Wand am Dienstag nach Ihren Wünschen.',
    ],
    [
      'en',
      'Frankly, nobody on your side ever reads what we send.',
      'Thank you, the drawings arrived safely this morning.',
    ],
    [
      'en',
      'You constantly ignore the checklist, and it is not acceptable.',
      'Happy to go through the checklist together on Thursday.',
    ],
  ] as const)(
    '%s: a reproach reads surer than a friendly line about the same thing',
    (language, reproach, friendly) => {
      expect(stance(reproach, language)).toBeGreaterThan(0.5);
      expect(stance(friendly, language)).toBeLessThan(0.5);
    },
  );

  // Was NaN: the weights were read from a plain object, which answers "constructor" with a function.
  it('reads words that name properties of every object as ordinary words', () => {
    const p = stance('The constructor has a valueOf problem with hasOwnProperty and toString.', 'en');
    expect(Number.isFinite(p)).toBe(true);
  });

  it('gives the gauges the sentence that reads most like a reproach, and nothing for a friendly mail', () => {
    const index = CUES.indexOf('stance-words');
    const read = (text: string) => {
      const { doc, raw } = examine(text);
      return readCues(doc, raw);
    };
    const tense = 'Hi Sam,\n\nthe boards arrived. Frankly, nobody on your side ever reads what we send.\n\nBest,\nAnn';
    const tenseCues = read(tense);
    expect(tenseCues.values[index]).toBeGreaterThan(0);
    const [range] = tenseCues.ranges[index] ?? [];
    expect(tense.slice(range?.start, range?.end)).toBe('Frankly, nobody on your side ever reads what we send.');
    expect(read('Hi Sam,\n\nthank you, the boards arrived safely this morning.\n\nBest,\nAnn').values[index]).toBe(0);
  });
});
