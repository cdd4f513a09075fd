// The same mail in German and English gets comparable gauges: within ±10
// points on every score and the same verdict (tests/fixtures/analysis/
// parallel-mails.jsonl: 40 pairs written for this test, see the .md beside it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

interface Pair {
  id: string;
  kind: 'warm' | 'neutral' | 'firm' | 'tense' | 'hostile' | 'unclear';
  de: string;
  en: string;
}

const pairs = readFileSync('tests/fixtures/analysis/parallel-mails.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

const TOLERANCE = 10;

describe('gauges in German and English', () => {
  it('has at least 30 pairs to compare', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pairs.map((p) => [p.id, p.kind, p] as const))(
    '%s (%s): same verdict, scores within ±10',
    (_id, _kind, pair) => {
      const de = analyze(pair.de, { language: 'de' });
      const en = analyze(pair.en, { language: 'en' });
      const show = `de ${JSON.stringify(de.scores)} ${de.verdict}, en ${JSON.stringify(en.scores)} ${en.verdict}`;
      expect(en.verdict, show).toBe(de.verdict);
      for (const key of ['tension', 'appreciation', 'security'] as const) {
        expect(Math.abs(de.scores[key] - en.scores[key]), `${key}: ${show}`).toBeLessThanOrEqual(TOLERANCE);
      }
    },
  );

  it('orders the kinds by tension in both languages: hostile above tense above the calm kinds', () => {
    for (const lang of ['de', 'en'] as const) {
      const mean = (kind: Pair['kind']) => {
        const mine = pairs.filter((p) => p.kind === kind);
        return mine.reduce((s, p) => s + analyze(p[lang], { language: lang }).scores.tension, 0) / mine.length;
      };
      expect(mean('hostile'), lang).toBeGreaterThan(mean('tense'));
      for (const calm of ['warm', 'neutral', 'unclear'] as const)
        expect(mean('tense'), `${lang} ${calm}`).toBeGreaterThan(mean(calm) + 15);
    }
  });
});
