// Praise taken back (rules 'but-after-praise', 'praise-taken-back'): the praise stands alone and the
// point follows as a sentence of its own. Sentences written for this test; near misses that must get
// no rewrite, or not the broken one an earlier version built.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';
import { rewritesOf } from './rewrites-of';

const DE_NEXT = 'Wollen wir uns das gemeinsam noch einmal ansehen?';
const EN_NEXT = 'Shall we go through it together?';

const OFFERED: Array<[Language, string, string]> = [
  // "bloß"/"nur" before the verb after a comma is the turn; the subject comes first.
  [
    'de',
    'Die Skizzen sind sehr gelungen, bloß fehlt der Keller im Schnitt.',
    `Die Skizzen sind sehr gelungen. Der Keller fehlt im Schnitt. ${DE_NEXT}`,
  ],
  // "leider" as the turn goes with it; the fact stays.
  [
    'de',
    'Danke für den neuen Entwurf, leider passt die Garage nicht auf das Grundstück.',
    `Danke für den neuen Entwurf. Die Garage passt nicht auf das Grundstück. ${DE_NEXT}`,
  ],
  [
    'de',
    'Danke dir für die neuen Grundrisse. Leider passen sie nicht zu unserem Budget.',
    `Danke dir für die neuen Grundrisse. Sie passen nicht zu unserem Budget. ${DE_NEXT}`,
  ],
  // "sind", "war": auxiliaries are finite verbs too.
  [
    'de',
    'Die Präsentation war gelungen, jedoch sind die Rechnungsbeträge unvollständig.',
    `Die Präsentation war gelungen. Die Rechnungsbeträge sind unvollständig. ${DE_NEXT}`,
  ],
  // Adverbs between the verb and its subject stay after the verb.
  [
    'de',
    'Der Garten ist wunderbar geworden. Allerdings fehlen immer noch die Rechnungen für den Rasen.',
    `Der Garten ist wunderbar geworden. Die Rechnungen für den Rasen fehlen immer noch. ${DE_NEXT}`,
  ],
  // A word or a phrase in front, then the verb and its subject: a main clause as it stands.
  [
    'de',
    'Ihr Konzept ist mutig, aber so lässt es sich nicht finanzieren.',
    `Ihr Konzept ist mutig. So lässt es sich nicht finanzieren. ${DE_NEXT}`,
  ],
  [
    'de',
    'Der Vortrag war toll, aber im Saal war es viel zu warm.',
    `Der Vortrag war toll. Im Saal war es viel zu warm. ${DE_NEXT}`,
  ],
  // The turn inside the second clause: that clause becomes a sentence of its own.
  [
    'de',
    'Die Farben sind schön gewählt, die Schrift wirkt allerdings zu klein.',
    `Die Farben sind schön gewählt. Die Schrift wirkt zu klein. ${DE_NEXT}`,
  ],
  // "leider" with a verb after it is a clause, not an ellipsis (it had given "Leider ist das fehlt …").
  [
    'de',
    'Der Plan ist schön, aber leider fehlt die Unterschrift des Statikers.',
    `Der Plan ist schön. Leider fehlt die Unterschrift des Statikers. ${DE_NEXT}`,
  ],
  // Contractions and "half" open a clause.
  [
    'en',
    "The sketches are charming, but they're far too small for the planning office.",
    `The sketches are charming. They're far too small for the planning office. ${EN_NEXT}`,
  ],
  [
    'en',
    'Thanks for the fast delivery; however, half the tiles were cracked.',
    `Thanks for the fast delivery. Half the tiles were cracked. ${EN_NEXT}`,
  ],
  [
    'en',
    "Your slides were clear and well paced; that said, half the charts had last year's numbers.",
    `Your slides were clear and well paced. Half the charts had last year's numbers. ${EN_NEXT}`,
  ],
  // "unfortunately" goes with the turn ("It is unfortunately it …" had been built).
  [
    'en',
    'The garden plan is lovely, but unfortunately it leaves out the shed.',
    `The garden plan is lovely. It leaves out the shed. ${EN_NEXT}`,
  ],
  [
    'en',
    'Thanks for the revised drawings. Unfortunately, they repeat the old mistakes in the stairwell.',
    `Thanks for the revised drawings. They repeat the old mistakes in the stairwell. ${EN_NEXT}`,
  ],
  // A phrase that names the flaw before saying it goes; the point is said plainly.
  [
    'en',
    'The brochure reads well, my only concern is that it is far too long for the fair.',
    `The brochure reads well. It is far too long for the fair. ${EN_NEXT}`,
  ],
  [
    'en',
    'The new menu looks great. The problem is that none of the prices match the till.',
    `The new menu looks great. None of the prices match the till. ${EN_NEXT}`,
  ],
  [
    'en',
    "The flyer looks fantastic. Trouble is, it's missing the opening hours entirely.",
    `The flyer looks fantastic. It's missing the opening hours entirely. ${EN_NEXT}`,
  ],
  [
    'en',
    'The site is beautiful, just one thing: the contact form does not send anything.',
    `The site is beautiful. The contact form does not send anything. ${EN_NEXT}`,
  ],
  // A verdict on a pronoun subject goes lower case after "I don't think".
  [
    'en',
    "Thanks for the spreadsheet, but it's completely useless.",
    `Thanks for the spreadsheet. I don't think it's usable yet. ${EN_NEXT}`,
  ],
];

describe('praise and point apart', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(rewritesOf(text, language, 'but-after-praise')).toContain(expected);
    });
});

/** All rewrites of any finding in the draft (none may be the broken text). */
const allRewrites = (text: string, language: Language) =>
  analyzeWithRewrites(text, { language }).findings.flatMap((f) => (f.rewrites ?? []).map((r) => r.text));

describe('near misses', () => {
  it('de: a point that gives credit is no taking-back: nothing to look at together', () => {
    expect(
      rewritesOf('Schön, dass es geklappt hat, aber das war wirklich nur Teamarbeit.', 'de', 'but-after-praise'),
    ).toEqual([]);
  });
  it('de: "sie" (they) would open the point as "Sie" in a draft that says "Sie" to the reader', () => {
    const text = 'Vielen Dank für die neuen Grundrisse. Leider passen sie nicht zu unserem Budget.';
    for (const r of rewritesOf(text, 'de', 'but-after-praise')) expect(r).not.toMatch(/\. Sie passen/);
  });
  it('de: a sweeping verdict split off alone is not offered; softened it may be', () => {
    const out = rewritesOf('Die Fliesen sind schön, aber die Fugen sind eine Katastrophe.', 'de', 'but-after-praise');
    for (const r of out) expect(r).not.toMatch(/Katastrophe/);
  });
  it('en: a sweeping verdict split off alone is not offered', () => {
    for (const r of allRewrites('You did a great job on the patio, but the edging is sloppy.', 'en'))
      expect(r).not.toMatch(/sloppy/);
  });
  it('de: a second clause without a verb of its own stays no sentence', () => {
    for (const r of allRewrites('Das Team war freundlich, die Montage selbst aber mangelhaft.', 'de'))
      expect(r).not.toMatch(/\. Die Montage selbst mangelhaft/);
  });
  it('de: a phrase after the subject is not left behind for the verb', () => {
    for (const r of allRewrites(
      'Klasse Arbeit beim Umbau! Nur funktioniert seitdem der Drucker im Flur nicht mehr.',
      'de',
    ))
      expect(r).not.toMatch(/funktioniert seitdem im Flur/);
  });
  it('de: "leider" with a verb borrows no copula', () => {
    for (const r of allRewrites('Der Plan ist schön, aber leider fehlt die Unterschrift des Statikers.', 'de'))
      expect(r).not.toMatch(/ist das fehlt/);
  });
  it('en: "unfortunately" with a clause borrows no copula', () => {
    for (const r of allRewrites('The plan is lovely, but unfortunately it misses the garage.', 'en'))
      expect(r).not.toMatch(/It is unfortunately/);
  });
  it('en: an aside that is no clause does not become a sentence', () => {
    const text = 'Thanks for the notes. To be honest, though, each round brings new requests that undo the last.';
    for (const r of allRewrites(text, 'en')) expect(r).not.toMatch(/To be honest\./);
  });
  it('en: "only" before a number restricts; it is no turn to drop', () => {
    for (const r of allRewrites('The shoot looked fun. Only two of the photos are sharp.', 'en'))
      expect(r).not.toMatch(/(?:^|\. )Two of the photos/);
  });
});
