// Harsh findings in shapes of their own: a verdict said as a verb, an
// exclamation, a rhetorical question (lib/analysis/rewrite/verdict-shapes.ts).
// Sentences written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const harshRewrites = (text: string, language: Language) => rewritesOf(text, language, 'harsh');

const OFFERED: Array<[Language, string, string]> = [
  // A verdict as a verb: the object stays in its case, the reader's form in the next step.
  [
    'de',
    'Sie haben die Verfugung im Gäste-WC verpfuscht.',
    'Die Verfugung im Gäste-WC sollten wir uns noch einmal gemeinsam ansehen – wann passt es Ihnen?',
  ],
  [
    'de',
    'Ihr habt den Estrich im Keller gründlich verhunzt.',
    'Den Estrich im Keller sollten wir uns noch einmal gemeinsam ansehen – wann passt es euch?',
  ],
  // "Sie haben" at the start of a du-draft is "they": the next step asks in the draft's form.
  [
    'de',
    'Hallo Jonas, die Fliesenleger waren gestern bei mir. Sie haben die Fugen im Bad verpfuscht. Kannst du vorbeikommen?',
    'Die Fugen im Bad sollten wir uns noch einmal gemeinsam ansehen – wann passt es dir?',
  ],
  // An exclamation: the place phrase keeps its dative at the front.
  [
    'de',
    'Was für ein Pfusch an den Dachrinnen!',
    'An den Dachrinnen muss nachgebessert werden – wollen wir uns das gemeinsam ansehen?',
  ],
  ['de', 'So ein Murks!', 'Hier muss nachgebessert werden – wollen wir uns das gemeinsam ansehen?'],
  // The rhetorical question as a real one; the infinitive clause stays as written.
  [
    'de',
    'Was hast du dir dabei gedacht, die Schränke ohne Dübel aufzuhängen?',
    'Wie kam es zu der Entscheidung, die Schränke ohne Dübel aufzuhängen?',
  ],
  ['de', 'Was hast du dir eigentlich dabei gedacht?', 'Kannst du mir kurz erklären, wie es dazu kam?'],
  [
    'de',
    'Was habt ihr euch bei diesem Zeitplan eigentlich gedacht?',
    'Könnt ihr mir kurz erklären, wie es zu diesem Zeitplan kam?',
  ],
  [
    'de',
    'Haben Sie das Leistungsverzeichnis überhaupt gelesen?',
    'Ich habe den Eindruck, dass einige Punkte untergegangen sind – können wir das Leistungsverzeichnis noch einmal gemeinsam durchgehen?',
  ],
  [
    'en',
    'You botched the kitchen install.',
    'The kitchen install needs another look – can we find a time to fix it together?',
  ],
  [
    'en',
    "You've made a complete hash of the welcome emails.",
    'The welcome emails need another look – can we find a time to fix them together?',
  ],
  ['en', 'Such a shambles!', 'This needs sorting out – shall we go through it together?'],
  [
    'en',
    'Do you even read the style guide?',
    'Some points in the style guide seem to have been missed – shall we go through the details together?',
  ],
  [
    'en',
    'What were you thinking with this seating plan?',
    'Could you walk me through the thinking behind this seating plan?',
  ],
  [
    'en',
    'What were you thinking when you cancelled the caterer?',
    'Could you help me understand what happened when you cancelled the caterer?',
  ],
  // "That's not X, that's Y" where X is what the reader delivers: what it falls short of, and a talk.
  [
    'en',
    "That's not bookkeeping, that's guesswork.",
    "That doesn't match what I'd expect from bookkeeping yet – can we talk about what's missing?",
  ],
  [
    'en',
    "This isn't a marketing strategy, it's a wish list.",
    "This doesn't match what I'd expect from a marketing strategy yet – can we talk about what's missing?",
  ],
  [
    'de',
    'Das ist keine Betreuung mehr, das ist Schikane.',
    'Als Betreuung überzeugt mich das nicht mehr – können wir besprechen, was fehlt?',
  ],
];

/** Near misses: a second verb, a "mit"-phrase, a clause after the question, a person as the object. */
const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  ['de', 'Ihr habt die Küche mit diesen Fronten versaut.', /ansehen – wann passt/],
  ['de', 'Sie haben die Frist verschlampt und die Klage verbockt.', /ansehen – wann passt/],
  ['de', 'Was für eine Katastrophe!', /Hier muss/],
  ['de', 'Haben Sie das Protokoll überhaupt gelesen, bevor Sie es verschickt haben?', /untergegangen/],
  ['en', 'You botched it.', /another look/],
  ['en', 'You botched the install and the wiring.', /another look/],
  ['en', 'Do you even know what you are doing?', /seem to have been missed/],
  // X is no service of the reader's: the sentence says something else.
  ['en', "That's not a criticism, it's just a question.", /doesn't match/],
  ['en', "That's not an update, it's a rewrite.", /doesn't match/],
];

describe('harsh shapes said as the thing to look at', () => {
  for (const [language, text, expected] of OFFERED) {
    it(`${language}: ${text}`, () => {
      expect(harshRewrites(text, language)).toContain(expected);
    });
  }
  for (const [language, text, unwanted] of NOT_OFFERED) {
    it(`${language}, none of this kind: ${text}`, () => {
      expect(harshRewrites(text, language).filter((r) => unwanted.test(r))).toEqual([]);
    });
  }
});
