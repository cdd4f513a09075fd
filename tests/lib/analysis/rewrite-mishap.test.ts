// A mishap pinned on the reader said as what happened to the thing, from the
// writer's side, with the next step (lib/analysis/rewrite/mishap.ts). Sentences
// written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const blameRewrites = (text: string, language: Language) => rewritesOf(text, language, 'blame');

const OFFERED: Array<[Language, string, string]> = [
  [
    'de',
    'Sie haben die Haftungsklausel im Werkvertrag übersehen.',
    'Die Haftungsklausel ist im Werkvertrag untergegangen. Wollen wir uns das gemeinsam noch einmal ansehen?',
  ],
  // Two things swapped: the plural takes "sind".
  [
    'de',
    'Du hast die beiden Kundennummern verwechselt, und das Lager hat die Ware falsch verschickt.',
    'Die beiden Kundennummern sind vertauscht, und das Lager hat die Ware falsch verschickt. Könntest du das bis [Datum] korrigieren?',
  ],
  // A third party as receiver keeps its dative after "bei".
  [
    'de',
    'Sie haben der Agentur die falsche Preisliste geschickt.',
    'Bei der Agentur ist die falsche Preisliste angekommen. Könnten Sie das bis [Datum] korrigieren?',
  ],
  // A receiver after "an" stays in its accusative: the thing went there.
  [
    'de',
    'Du hast den Flyer in der falschen Farbe an den Copyshop gegeben.',
    'Der Flyer ist in der falschen Farbe an den Copyshop gegangen. Könntest du das bis [Datum] korrigieren?',
  ],
  // A masculine object takes its nominative; the connector keeps the verb second.
  [
    'de',
    'Leider haben Sie den Wohnungsschlüssel verloren.',
    'Leider ist der Wohnungsschlüssel verloren gegangen. Gern überlege ich mit Ihnen zusammen, wie es jetzt am besten weitergeht.',
  ],
  [
    'de',
    'Ihr habt die Einspruchsfrist verpasst.',
    'Die Einspruchsfrist ist verstrichen. Gern überlege ich mit euch zusammen, wie es jetzt am besten weitergeht.',
  ],
  [
    'en',
    'You overlooked the penalty clause in the supply contract.',
    'The penalty clause slipped through in the supply contract. Shall we go through it together?',
  ],
  [
    'en',
    'You emailed me the wrong draft of the floor plan.',
    'The wrong draft of the floor plan reached me. Could you correct it by [date]?',
  ],
  [
    'en',
    'Your assistant lost the signed delivery notes.',
    "The signed delivery notes went missing. I'm happy to talk through with you how best to go on from here.",
  ],
  [
    'en',
    'Unfortunately you missed the deadline for the grant application.',
    "Unfortunately the deadline for the grant application has passed. I'm happy to talk through with you how best to go on from here.",
  ],
];

describe('a mishap said as what happened to the thing', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(blameRewrites(text, language)).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // An office's filing goes to an authority, not to the writer: no "bei mir angekommen".
  ['de', 'Ihr Lohnbüro hat das falsche Formular eingereicht.', /angekommen/],
  ['en', 'You filed the wrong form with the council.', /reached me/],
  // "vom Statiker" after the new verb would read as its doer.
  ['de', 'Sie haben die Pläne vom Statiker übersehen.', /untergegangen/],
  // After "die" with no adjective the number of an unknown noun is unclear: no "ist/sind" guessed.
  ['de', 'Sie haben die Belege übersehen.', /untergegangen/],
  // "an der …" is a place, not a receiver; "gegeben" with no receiver says nowhere the thing went.
  ['de', 'Du hast die falsche Vorlage an der Kasse gegeben.', /gegangen|angekommen/],
  ['de', 'Du hast die falsche Vorlage gegeben.', /gegangen|angekommen/],
  // A second verb of the reader's would be left without its subject.
  ['en', 'Your firm missed the deadline and lost the appeal.', /passed/],
  // Only swapped things in the plural: "Die Adresse ist vertauscht" is no German sentence of a mix-up.
  ['de', 'Sie haben die Adresse verwechselt.', /vertauscht/],
  // A deadline only: an appointment does not "verstreichen".
  ['de', 'Sie haben die Sprechstunde verpasst.', /verstrichen/],
];

describe('no mishap rewrite where it would not hold', () => {
  for (const [language, text, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of blameRewrites(text, language)) expect(rewrite).not.toMatch(unwanted);
    });
});
