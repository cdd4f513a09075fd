// More condescension said with respect, the content kept (lib/analysis/rewrite/dismissive-more.ts).
// Sentences written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const dismissiveRewrites = (text: string, language: Language) => rewritesOf(text, language, 'dismissive');

const OFFERED: Array<[Language, string, string]> = [
  // Work left to "uns": the writer takes care of it (the accusative stays after "um"), with an offer to show how.
  [
    'de',
    'Überlassen Sie die Dachentwässerung bitte uns.',
    'Um die Dachentwässerung kümmern wir uns – sollen wir Ihnen zeigen, worauf es dabei ankommt?',
  ],
  // Left to the professionals, in the du form: they take care of it, nominative plural.
  [
    'de',
    'Die Heizungsplanung überlässt du lieber den Profis.',
    'Um die Heizungsplanung kümmern sich die Profis – soll ich dir zeigen, worauf es dabei ankommt?',
  ],
  // The ihr form.
  [
    'de',
    'Die Fliesenauswahl überlasst ihr besser uns.',
    'Um die Fliesenauswahl kümmern wir uns – sollen wir euch zeigen, worauf es dabei ankommt?',
  ],
  // Not to trouble one's head: "über" + accusative becomes "um" + the same words.
  [
    'de',
    'Über die Nebenkostenabrechnung müssen Sie sich wirklich nicht den Kopf zerbrechen, das ist unsere Sache.',
    'Um die Nebenkostenabrechnung kümmern wir uns – wenn Sie möchten, erklären wir Ihnen gern, worauf es dabei ankommt.',
  ],
  // A slowed-down announcement before a colon: the statement after it, with an offer.
  [
    'de',
    'Noch einmal ganz langsam zum Mitschreiben: Der Zählerstand wird jährlich abgelesen.',
    'Kurz gesagt: Der Zählerstand wird jährlich abgelesen. Wenn etwas offen bleibt, erkläre ich es Ihnen gern genauer.',
  ],
  // A task called child's play before its steps: how it goes.
  [
    'de',
    'Das Anmelden im Kundenportal ist wirklich kein Hexenwerk: Nummer eingeben, Passwort wählen, bestätigen.',
    'Das Anmelden im Kundenportal geht so: Nummer eingeben, Passwort wählen, bestätigen. Wenn es irgendwo hakt, helfe ich Ihnen gern weiter.',
  ],
  [
    'en',
    'Please leave the drainage design to us.',
    "We'll take care of the drainage design – shall we walk you through our approach?",
  ],
  [
    'en',
    'Please leave the roof survey to the surveyors.',
    'The surveyors will take care of the roof survey – shall I walk you through their approach?',
  ],
  [
    'en',
    "Don't worry your head about the insurance paperwork.",
    "I'll take care of the insurance paperwork – happy to explain more if you'd like.",
  ],
  [
    'en',
    'Once more, slowly: the meter is read every spring.',
    "In short: the meter is read every spring. If anything is still unclear, I'm happy to go through it in more detail.",
  ],
  [
    'en',
    "Booking a slot honestly isn't rocket science: pick a day, pick a time, confirm.",
    "Booking a slot works like this: pick a day, pick a time, confirm. If anything gets stuck, I'm happy to help.",
  ],
];

describe('more condescension said with respect', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(dismissiveRewrites(text, language)).toContain(expected);
    });
});

/** Near misses: the shape does not fit cleanly, so none of these moves is offered. */
const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // Left to people described by a relative clause: who takes care of it is not named.
  ['de', 'Die Elektrik überlassen Sie bitte den Leuten, die das gelernt haben.', /kümmern/],
  // No colon and no statement after the announcement: nothing to say plainly.
  ['de', 'Ich erkläre es Ihnen gern noch einmal, diesmal in kleinen Schritten.', /Kurz gesagt/],
  // A name in the announcement is a fact the summary would lose.
  ['de', 'Zum Mitschreiben für Herrn Brandt: Die Abnahme ist am 4. Mai.', /Kurz gesagt/],
  ['en', 'Please leave the wiring to someone who does this for a living.', /take care of/],
  // A second party after "us": not the writer alone.
  ['en', 'Leave the wiring to us and the council.', /take care of/],
  // "it" names nothing to take care of.
  ['en', "Don't worry your head about it.", /take care of/],
];

describe('near misses of the condescension shapes', () => {
  for (const [language, text, forbidden] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const r of dismissiveRewrites(text, language)) expect(r).not.toMatch(forbidden);
    });
});
