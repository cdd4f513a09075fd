// Sarcasm said plainly (sarcasm.ts): scare quotes give way to a neutral word, or come off a word that is
// the user's to keep with a next step after it. Sentences written for this test; near misses that must
// get no rewrite of that kind.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';
import { rewritesOf } from './rewrites-of';

const DE_NEXT = 'Wollen wir kurz besprechen, wie es weitergeht?';
const EN_NEXT = 'Shall we talk about how to go on from here?';

const OFFERED: Array<[Language, string, string]> = [
  // A doubted word in plain single quotes gives way to a neutral one, or goes when it is an adjective.
  [
    'en',
    "Your 'final' layout for the brochure came in on Tuesday.",
    'Your latest layout for the brochure came in on Tuesday.',
  ],
  [
    'en',
    "Your 'small tweak' shifted the columns on the invoice sheet.",
    'Your change shifted the columns on the invoice sheet.',
  ],
  [
    'en',
    "After your 'quick check', the gate motor made a grinding noise.",
    'After your check, the gate motor made a grinding noise.',
  ],
  [
    'en',
    "The 'cheap' gutters you ordered cracked in the first frost.",
    'The gutters you ordered cracked in the first frost.',
  ],
  [
    'en',
    "The shower leaks again, a week after the fitter 'fixed' it.",
    'The shower leaks again, a week after the fitter worked on it.',
  ],
  // A word in German or double quotes is the user's: it stays, without its marks, and a next step follows.
  [
    'de',
    'Ihre „Korrektur“ am Angebot hat den Rabatt von 8 % gestrichen.',
    `Ihre Korrektur am Angebot hat den Rabatt von 8 % gestrichen. ${DE_NEXT}`,
  ],
  [
    'de',
    'Deine „Reparatur“ an der Pumpe hat nur drei Tage gehalten.',
    `Deine Reparatur an der Pumpe hat nur drei Tage gehalten. ${DE_NEXT}`,
  ],
  [
    'en',
    'The login error has been "fixed" twice since May.',
    `The login error has been fixed twice since May. ${EN_NEXT}`,
  ],
];

/** Near misses: no rewrite that keeps the quoted word's contradiction or mocks on. */
const NOT_PLAIN: Array<[Language, string, RegExp]> = [
  // An adjective in German quotes must stay, and the rest contradicts it: nothing plain to offer.
  ['de', 'Ihre „sorgfältige“ Abrechnung enthielt vier Rechenfehler.', /sorgfältige Abrechnung/],
  ['de', 'Eure „kurze Abstimmung“ hat den ganzen Vormittag gedauert.', /kurze Abstimmung/],
  // A noun not known to be neutral keeps its marks.
  ['de', 'Ihr „Konzept“ für die Feier passt auf einen Bierdeckel.', /Ihr Konzept für/],
  // Mock thanks before the quote: swapping the word would leave the thanks mocking.
  ['en', "Thanks for the 'final' floor plan, the fourth one this month.", /latest/],
  // A word not known to be neutral is not swapped.
  ['en', "Your 'strategy' for the launch was a single slide.", /Your strategy for the launch/],
];

describe('scare quotes said plainly', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(rewritesOf(text, language, 'sarcasm')).toContain(expected);
    });
  for (const [language, text, wrong] of NOT_PLAIN)
    it(`${language} near miss: ${text}`, () => {
      for (const r of rewritesOf(text, language, 'sarcasm')) expect(r).not.toMatch(wrong);
    });
});

describe('"Great, another …" said plainly', () => {
  const offered: Array<[string, string]> = [
    [
      'Marvellous, another parcel without a delivery note.',
      `This is another parcel without a delivery note. ${EN_NEXT}`,
    ],
    [
      'Fantastic, yet another reminder about the scaffold fee.',
      `This is another reminder about the scaffold fee. ${EN_NEXT}`,
    ],
  ];
  for (const [text, expected] of offered)
    it(text, () => {
      expect(rewritesOf(text, 'en', 'sarcasm')).toContain(expected);
    });
  // A second clause or too little after "another": not this shape.
  for (const text of ['Great, another site visit, another missing ladder.', 'Wonderful, another invoice.'])
    it(`near miss: ${text}`, () => {
      for (const r of rewritesOf(text, 'en', 'sarcasm')) expect(r).not.toMatch(/^This is another/);
    });
});

describe('mock thanks said from the writer’s side (sarcasm-more.ts)', () => {
  const offered: Array<[Language, string, string]> = [
    [
      'en',
      'Thanks for sending the floor plans at 11pm the night before.',
      'The floor plans reached me at 11pm the night before. Could we agree on dates for the next steps?',
    ],
    [
      'en',
      'Many thanks for passing on the surveyor’s invoice a mere nine days after it came.',
      'The surveyor’s invoice reached me nine days after it came. Could we agree on dates for the next steps?',
    ],
    [
      'de',
      'Nett von Ihnen, dass Sie sich nach drei Wochen melden.',
      'Ihre Nachricht kam nach drei Wochen – können wir künftig schneller in Kontakt bleiben?',
    ],
    [
      'de',
      'Danke, dass Sie sich nach nur elf Tagen zurückmelden.',
      'Ihre Nachricht kam nach elf Tagen – können wir künftig schneller in Kontakt bleiben?',
    ],
    [
      'de',
      'Toll, dass du nach gerade mal zwei Monaten antwortest.',
      'Deine Antwort kam nach zwei Monaten – können wir künftig schneller in Kontakt bleiben?',
    ],
    [
      'en',
      'Lovely to finally get your go-ahead on the tile samples – in November.',
      'Your go-ahead on the tile samples reached me in November. Could we agree on dates for the next steps?',
    ],
    [
      'en',
      'Congratulations on missing the permit deadline for the third year running.',
      'The permit deadline was missed for the third year running. Could we plan together how to avoid that next time?',
    ],
    [
      'en',
      'Well done on losing the spare keys to the workshop yet again.',
      'The spare keys to the workshop were lost again. Could we plan together how to avoid that next time?',
    ],
    [
      'en',
      'Well done for sending the old invoice to the wrong tenant, again.',
      'The old invoice went to the wrong tenant again. Could we plan together how to avoid that next time?',
    ],
    [
      'en',
      'How kind of you to answer after only five weeks.',
      'Your reply came after five weeks. Could we keep in closer touch from now on?',
    ],
    [
      'de',
      'Vielen Dank, dass du den Mietvertrag drei Tage nach der Frist unterschrieben hast.',
      'Den Mietvertrag habe ich drei Tage nach der Frist unterschrieben zurückbekommen – können wir für das nächste Mal einen Termin vereinbaren?',
    ],
    [
      'de',
      'Super, dass Sie uns die Schlussrechnung erst nach neun Wochen schicken.',
      'Die Schlussrechnung haben wir nach neun Wochen erhalten – können wir für das nächste Mal einen Termin vereinbaren?',
    ],
    [
      'de',
      'Klasse, schon wieder eine Lieferung ohne den bestellten Sockel.',
      'Das ist wieder eine Lieferung ohne den bestellten Sockel. Wollen wir kurz besprechen, wie es weitergeht?',
    ],
    [
      'de',
      'Beeindruckend – der vierte abgesagte Termin in diesem Quartal.',
      'Das ist der vierte abgesagte Termin in diesem Quartal. Wollen wir kurz besprechen, wie es weitergeht?',
    ],
  ];
  for (const [language, text, expected] of offered)
    it(`${language}: ${text}`, () => {
      expect(rewritesOf(text, language, 'sarcasm')).toContain(expected);
    });
  // Where it went is no time; a second clause after the time; no time at all.
  const near: Array<[Language, string, RegExp]> = [
    ['en', 'Thanks for sending the quote to the wrong client.', /reached/],
    ['de', 'Danke, dass Sie sich nach drei Wochen melden, wie versprochen.', /kam nach/],
    // No repetition named: the mishap said once is not this shape; a second clause after the time.
    ['en', 'Well done on missing the handover.', /was missed/],
    ['en', 'Nice of you to reply after two weeks, as promised.', /Your reply came/],
    // No time given, or a verb of handing over not known.
    ['de', 'Toll, dass Sie die Rechnung nach vier Wochen ändern.', /erhalten/],
    // A verb in the phrase, an accusative, a plural after "die": not "Das ist …".
    ['de', 'Prima, jetzt fehlen die Hälfte der Türgriffe.', /^Das ist/],
    ['de', 'Toll, noch einen Termin verschoben.', /^Das ist/],
  ];
  for (const [language, text, wrong] of near)
    it(`${language} near miss: ${text}`, () => {
      for (const r of rewritesOf(text, language, 'sarcasm')) expect(r).not.toMatch(wrong);
    });
  // Sincere thanks with no situation: no sarcasm finding at all, so nothing to rewrite.
  const sincere: Array<[Language, string]> = [
    ['en', 'Thanks for sending the drawings, really helpful.'],
    ['en', 'Great to get the drawings, they look sharp.'],
    ['de', 'Danke, dass Sie uns die Rechnung geschickt haben.'],
  ];
  for (const [language, text] of sincere)
    it(`${language} finds no sarcasm: ${text}`, () => {
      const found = analyzeWithRewrites(text, { language }).findings.filter((f) => f.category === 'sarcasm');
      expect(found).toEqual([]);
    });
});
