// Verdicts whose kind says what the work lacks, said as what it could be with
// the step that gets it there (lib/analysis/rewrite/verdict-more.ts). Sentences
// written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const harshRewrites = (text: string, language: Language) => rewritesOf(text, language, 'harsh');

const OFFERED: Array<[Language, string, string]> = [
  [
    'de',
    'Die Verkabelung im Serverschrank ist ein einziger Kabelsalat.',
    'Die Verkabelung im Serverschrank könnte übersichtlicher sein – wollen wir das gemeinsam neu ordnen?',
  ],
  // A verb of seeming stays ("wirken"); two kinds give two comparatives.
  [
    'de',
    'Das Plakat wirkt ziemlich billig und altbacken.',
    'Das Plakat könnte hochwertiger und moderner wirken – wollen wir uns das gemeinsam noch einmal ansehen?',
  ],
  // Plural subject: "könnten"; one comparative for two verdicts of one kind.
  [
    'de',
    'Eure Produktbeschreibungen sind weitschweifig und langatmig.',
    'Eure Produktbeschreibungen könnten kürzer sein – soll ich ein paar Kürzungen vorschlagen?',
  ],
  // Praise before the turn stays as its own sentence.
  [
    'de',
    'Die Malerarbeiten im Flur sind gelungen, aber die Fugen in der Dusche sind schlampig.',
    'Die Malerarbeiten im Flur sind gelungen. Die Fugen in der Dusche könnten sorgfältiger sein – wollen wir uns das gemeinsam noch einmal ansehen?',
  ],
  // Work that is done: what it could have been, and the next time.
  [
    'de',
    'Die Schulungsunterlagen waren wirr und langweilig.',
    'Die Schulungsunterlagen hätten übersichtlicher und lebendiger sein können. Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?',
  ],
  [
    'en',
    'The copy for the spring mailing is long-winded and forgettable.',
    'The copy for the spring mailing could be shorter and more distinctive – shall I suggest some cuts?',
  ],
  [
    'en',
    'Frankly, the new pricing page looks cluttered and dated.',
    'The new pricing page could look clearer and fresher – shall we restructure it together?',
  ],
  [
    'en',
    'You fitted the taps nicely, but the grouting around the basin is sloppy.',
    'You fitted the taps nicely. The grouting around the basin could be neater – shall we go through it together?',
  ],
];

/** Near misses: a person or conduct, a fact in the predicate, a verdict word the kinds do not know. */
const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  ['de', 'Ihr Team ist chaotisch und unstrukturiert.', /könnte|könnten/],
  ['de', 'Die Verkabelung ist ein Kabelsalat aus 40 Jahren.', /könnte/],
  ['de', 'Ihr Umgang mit unseren Anfragen ist chaotisch.', /könnte/],
  ['en', 'Your receptionist is sloppy and disorganised.', /could be/],
  ['en', 'The pitch deck is a patchwork of recycled charts.', /could be/],
  ['en', 'The brochure is a mess on every page.', /could be/],
  ['en', 'The deck was rambling and dull.', /shall I suggest/],
];

describe('verdicts said as what the work could be', () => {
  for (const [language, text, expected] of OFFERED) {
    it(`${language}: ${text}`, () => {
      expect(harshRewrites(text, language)).toContain(expected);
    });
  }
  for (const [language, text, unwanted] of NOT_OFFERED) {
    it(`${language}, none of this kind: ${text}`, () => {
      const rewrites = (harsh: string[]) => harsh.filter((r) => unwanted.test(r));
      expect(rewrites(harshRewrites(text, language))).toEqual([]);
    });
  }
});
