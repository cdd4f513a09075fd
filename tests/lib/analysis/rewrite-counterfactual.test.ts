// Counterfactual blame said from the writer's side, the stated consequence kept,
// with the next step (lib/analysis/rewrite/counterfactual.ts). Sentences written
// for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Category, Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const rewrites = (text: string, language: Language, category: Category = 'blame') =>
  rewritesOf(text, language, category);

const OFFERED: Array<[Language, string, string, Category?]> = [
  // Something to be handed over: what the writer would have had; the dative names the writer ("mir" → ich).
  [
    'de',
    'Hätten Sie mir die Schlüssel für das Lager wie besprochen am Montag gegeben, wäre die Inventur schon abgeschlossen.',
    'Hätte ich die Schlüssel für das Lager wie besprochen am Montag gehabt, wäre die Inventur schon abgeschlossen. Gern überlege ich mit Ihnen zusammen, wie es jetzt am besten weitergeht.',
  ],
  // "Wenn …, hättest": the verb stays last; "uns" → wir; the offer addresses the reader as the sentence did.
  [
    'de',
    'Wenn du uns die Fotos rechtzeitig geschickt hättest, wäre der Katalog pünktlich in Druck gegangen.',
    'Wenn wir die Fotos rechtzeitig gehabt hätten, wäre der Katalog pünktlich in Druck gegangen. Gern überlegen wir mit dir zusammen, wie es jetzt am besten weitergeht.',
  ],
  // Advice not taken: the condition goes, the consequence is said as what is the case now.
  [
    'de',
    'Hättet ihr auf unsere Empfehlung gehört, wäre die Heizung jetzt warm.',
    'Leider ist die Heizung jetzt nicht warm. Gern überlege ich mit euch zusammen, wie es jetzt am besten weitergeht.',
  ],
  [
    'de',
    'Hätten Sie auf mich gehört, wäre die Heizung jetzt warm.',
    'Leider ist die Heizung jetzt nicht warm. Gern überlege ich mit Ihnen zusammen, wie es jetzt am besten weitergeht.',
    'being-right',
  ],
  [
    'en',
    'Had you emailed me the floor plans before the survey, the quote would have been ready on Tuesday.',
    "I had hoped for the floor plans before the survey; with them, the quote would have been ready on Tuesday. I'm happy to talk through with you how best to go on from here.",
  ],
  [
    'en',
    'If you had followed our advice, the garden wall would not have collapsed.',
    "Unfortunately, the garden wall has collapsed. I'm happy to talk through with you how best to go on from here.",
  ],
  // "would still be" → "is no longer"; a draft that speaks of "us" offers as "we".
  [
    'en',
    'Had you listened to us, the launch would still be on track.',
    "Unfortunately, the launch is no longer on track. We're happy to talk through with you how best to go on from here.",
    'being-right',
  ],
  [
    'en',
    'Had you taken my advice, the tenants would not be complaining about the heating.',
    "Unfortunately, the tenants are complaining about the heating. I'm happy to talk through with you how best to go on from here.",
  ],
  // Not read: what the writer's text says, and that it may have got lost; a masculine object in the nominative.
  [
    'de',
    'Hätten Sie den Aushang gelesen, wüssten Sie von der Sperrung.',
    'Der Aushang erwähnt auch die Sperrung – vielleicht ist das untergegangen. Wollen wir das kurz gemeinsam durchgehen?',
  ],
  [
    'en',
    'Had you read my handover note, you would have known about the alarm code.',
    'My handover note mentions the alarm code – perhaps that got lost among everything else. Shall we go through this together?',
  ],
  [
    'en',
    "If you'd read the tenancy agreement, you'd know the deposit is held for 30 days.",
    'The tenancy agreement says the deposit is held for 30 days – perhaps that got lost among everything else. Shall we go through this together?',
  ],
];

describe('a counterfactual said from the writer’s side', () => {
  for (const [language, text, expected, category] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(rewrites(text, language, category)).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // A receiver in the dative ("der Bank") or a place the thing was sent to: "gehabt" would not carry them.
  ['de', 'Hätten Sie der Bank die Unterlagen geschickt, wäre der Kredit längst bewilligt.', /gehabt/],
  ['de', 'Hätten Sie die Rechnung an die neue Adresse geschickt, wäre sie nicht verloren gegangen.', /gehabt/],
  ['en', "If you'd sent us the signed forms by post, the claim would be settled.", /hoped for/],
  // A second clause in the consequence is not taken apart; a bare place ("hier") states nothing.
  ['de', 'Hätten Sie meinen Rat befolgt, hätten wir die Fenster im Sommer getauscht und nicht im Winter.', /^Leider/],
  ['de', 'Hätten Sie auf mich gehört, wären wir jetzt nicht hier.', /^Leider/],
  // "vom"/"von dem" hides the gender the accusative would need; a consequence about what the reader saw is no fact to cite.
  ['de', 'Hätten Sie das Protokoll gelesen, wüssten Sie vom Termin.', /erwähnt/],
  ['en', 'Had you read my report, you would have seen this coming.', /mentions|says/],
  // "None of this" has no plain fact to state.
  ['en', 'None of this would have happened if you had taken my advice.', /^Unfortunately/],
];

describe('no counterfactual rewrite where it would not hold', () => {
  for (const [language, text, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of rewrites(text, language)) expect(rewrite).not.toMatch(unwanted);
    });
});
