// Put-down verdicts said as where the writer stands, with a next step; a refusal stays a
// refusal (lib/analysis/rewrite/discontent.ts). Sentences written for this test; none
// from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const harshRewrites = (text: string, language: Language) => rewritesOf(text, language, 'harsh');

const NEXT_DE = 'Können wir kurz besprechen, wie es besser laufen kann?';
const NEXT_EN = 'Could we talk about how this can go better?';

const OFFERED: Array<[Language, string, string]> = [
  ['de', 'Ihr Kundendienst ist inkompetent.', `Ihr Kundendienst überzeugt mich bisher nicht. ${NEXT_DE}`],
  [
    'de',
    'Die Beratung Ihrer Filiale ist miserabel.',
    `Die Beratung Ihrer Filiale überzeugt mich bisher nicht. ${NEXT_DE}`,
  ],
  // The plural copula gives the plural verb.
  ['de', 'Eure Handwerker sind ahnungslos und unfähig.', `Eure Handwerker überzeugen mich bisher nicht. ${NEXT_DE}`],
  // The past as the perfect: "hat mich nicht überzeugt".
  [
    'de',
    'Die Reinigung im Treppenhaus war grauenhaft.',
    `Die Reinigung im Treppenhaus hat mich nicht überzeugt. ${NEXT_DE}`,
  ],
  // A refusal stays a clear no.
  ['de', 'Das ist völlig inakzeptabel.', 'Das passt für mich so nicht.'],
  [
    'de',
    'Trotzdem ist dieser Kostenvoranschlag nicht akzeptabel.',
    'Trotzdem passt dieser Kostenvoranschlag für mich so nicht.',
  ],
  [
    'de',
    'Euer Umgang mit den Kundendaten ist peinlich.',
    `Euer Umgang mit den Kundendaten überzeugt mich bisher nicht. ${NEXT_DE}`,
  ],
  ['en', 'Your booking team is incompetent.', `I'm not happy with your booking team. ${NEXT_EN}`],
  [
    'en',
    'The quality of the print run is truly abysmal.',
    `I'm not happy with the quality of the print run. ${NEXT_EN}`,
  ],
  ['en', 'Your removal crew were clueless and lazy.', `I wasn't happy with your removal crew. ${NEXT_EN}`],
  ['en', 'Quite frankly, the catering has been shambolic.', `I haven't been happy with the catering. ${NEXT_EN}`],
  ['en', 'This quote is completely unacceptable.', "This quote doesn't work for me."],
  ['en', 'Still, these terms are not acceptable.', "Still, these terms don't work for me."],
  ['en', 'Your call centre is a farce.', `I'm not happy with your call centre. ${NEXT_EN}`],
];

describe('a put-down said as where the writer stands', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(harshRewrites(text, language)).toContain(expected);
    });
});

const MINE: Record<Language, RegExp> = {
  de: /überzeugt mich bisher|überzeugen mich bisher|für mich so nicht|besser laufen kann/,
  en: /happy with|work for (?:me|us)|go better/,
};

const NOT_OFFERED: Array<[Language, string]> = [
  // A predicate with facts in it ("langsam") is not a put-down only.
  ['de', 'Die Website ist langsam und auf dem Handy unbenutzbar.'],
  // The reader as a person is not said to fail to convince.
  ['de', 'Sie sind völlig inkompetent.'],
  ['de', 'Du bist als Trainer unfähig.'],
  // A relative clause in the subject; "frech" of a price means "too high".
  ['de', 'Die Broschüre, die Ihre Agentur gestaltet hat, ist peinlich.'],
  ['de', 'Ihre Rechnung ist frech.'],
  ['de', 'Die Antwort Ihres Vermieters war inakzeptabel.'],
  ['en', 'You are completely incompetent.'],
  ['en', 'Your invoice is outrageous.'],
  ['en', 'The brochure, which your agency designed, is a joke.'],
  // A refusal in the past has no "doesn't work for me" (nor "passt … so nicht").
  ['en', "Your attitude on yesterday's call was unacceptable."],
];

describe('no put-down rewrite where it would not hold', () => {
  for (const [language, text] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of harshRewrites(text, language)) expect(rewrite).not.toMatch(MINE[language]);
    });
});
