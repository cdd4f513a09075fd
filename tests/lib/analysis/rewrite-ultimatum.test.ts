// Ultimatums the rewrite once passed over, now said as a consequence the writer
// would rather avoid (the condition, the deadline, the amount and the sanction
// stay), and near misses of the same shapes that must get no rewrite. Sentences
// written for this test (none from the dev set).
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const DE_WAY_OUT_ICH = 'Das möchte ich gern vermeiden – geben Sie mir bitte Bescheid, falls etwas dazwischenkommt.';
const DE_WAY_OUT_WIR = 'Das möchten wir gern vermeiden – geben Sie uns bitte Bescheid, falls etwas dazwischenkommt.';
const EN_WAY_OUT_I = "I'd much rather avoid that, so please tell me early if something stands in the way.";
const EN_WAY_OUT_WE = "We'd much rather avoid that, so please tell us early if something stands in the way.";

const OFFERED: Array<[Language, string, string]> = [
  // A plural verb in the second clause is spelled as its infinitive ("die Zusatzkosten gehen …"); a reflexive
  // stays before a noun subject ("würde sich die Montage …").
  [
    'de',
    'Wenn die Pläne bis Dienstag nicht hier sind, verschiebt sich die Montage und die Zusatzkosten gehen an Sie.',
    `Wenn die Pläne bis Dienstag nicht hier sind, würde sich die Montage leider verschieben und die Zusatzkosten würden an Sie gehen. ${DE_WAY_OUT_ICH}`,
  ],
  // "widrigenfalls" opens the sanction as "sonst" does.
  [
    'de',
    'Wir brauchen das Gutachten bis Donnerstag, widrigenfalls verschiebt sich die Verhandlung auf Ihre Kosten.',
    `Wir brauchen das Gutachten bis Donnerstag, widrigenfalls würde sich die Verhandlung leider auf Ihre Kosten verschieben. ${DE_WAY_OUT_WIR}`,
  ],
  // The sanction first, the condition after: past a "gezwungen, … zu …" clause, after a fronted time, with a noun as subject.
  [
    'de',
    'Wir sehen uns gezwungen, die Lieferung zurückzuhalten, wenn die Anzahlung nicht eingeht.',
    `Wir müssten leider die Lieferung zurückhalten, wenn die Anzahlung nicht eingeht. ${DE_WAY_OUT_WIR}`,
  ],
  [
    'de',
    'Ab dem 1. Juli sperren wir den Zugang, falls die Lizenz nicht verlängert wird.',
    `Ab dem 1. Juli müssten wir leider den Zugang sperren, falls die Lizenz nicht verlängert wird. ${DE_WAY_OUT_WIR}`,
  ],
  [
    'de',
    'Die Akte geht Ende des Monats an unsere Anwältin, wenn bis dahin nichts passiert.',
    `Die Akte würde leider Ende des Monats an unsere Anwältin gehen, wenn bis dahin nichts passiert. ${DE_WAY_OUT_ICH}`,
  ],
  // Either-or with a thing as subject: what is needed, said of the thing, then the consequence.
  [
    'de',
    'Entweder die Vollmacht liegt am Dienstag vor, oder wir sagen den Termin ab.',
    `Die Vollmacht sollte am Dienstag vorliegen. Andernfalls müssten wir leider den Termin absagen. ${DE_WAY_OUT_WIR}`,
  ],
  // Either-or in "du": the imperative where it is the plain stem ("schickst" → "schick").
  [
    'de',
    'Entweder du schickst die Belege heute zurück, oder wir stornieren den Auftrag.',
    'Bitte schick die Belege heute zurück. Andernfalls müssten wir leider den Auftrag stornieren. Das möchten wir gern vermeiden – gib uns bitte Bescheid, falls etwas dazwischenkommt.',
  ],
  // "keine andere Wahl, als … zu …": the act the writer would be left with.
  [
    'de',
    'Bleibt die Rate wieder aus, bleibt mir keine andere Wahl, als den Vertrag zu kündigen.',
    `Bleibt die Rate wieder aus, müsste ich leider den Vertrag kündigen. ${DE_WAY_OUT_ICH}`,
  ],
  // Each further occurrence as the condition; "leider" before a subject that is new.
  [
    'de',
    'Jede weitere Umplanung stellen wir Ihnen nach Aufwand in Rechnung.',
    `Jede weitere Umplanung müssten wir Ihnen leider nach Aufwand in Rechnung stellen. ${DE_WAY_OUT_WIR}`,
  ],
  [
    'de',
    'Für jede Woche Verzug fällt eine Pauschale von 200 Euro an.',
    `Für jede Woche Verzug würde leider eine Pauschale von 200 Euro anfallen. ${DE_WAY_OUT_ICH}`,
  ],
  // "wird teuer" is "werden" itself: it stays as the infinitive.
  [
    'de',
    'Sind die Fotos bis Freitag nicht da, geht die Sache an unseren Anwalt, und sie wird teuer.',
    `Sind die Fotos bis Freitag nicht da, würde die Sache leider an unseren Anwalt gehen, und sie würde teuer werden. ${DE_WAY_OUT_ICH}`,
  ],
  // A harm's noun as the cue ("… an unsere Anwältin") after an opening "Bei …": the sanction starts at its verb.
  [
    'de',
    'Bei Zahlungsverzug über den 12. Mai hinaus geht die Akte an unsere Anwältin.',
    `Bei Zahlungsverzug über den 12. Mai hinaus würde die Akte leider an unsere Anwältin gehen. ${DE_WAY_OUT_ICH}`,
  ],
  // An adjective after the opening "Bei …" is no verb: the sanction still starts at the cue's own verb.
  [
    'de',
    'Bei einer weiteren Absage ohne neuen Termin streichen wir Sie von der Warteliste.',
    `Bei einer weiteren Absage ohne neuen Termin müssten wir Sie leider von der Warteliste streichen. ${DE_WAY_OUT_WIR}`,
  ],
  // "und nicht mehr im Rahmen …" contrasts two phrases of one verb: no second verb, no negated sanction.
  [
    'de',
    'Beim nächsten Vorfall dieser Art berechnen wir die Wiederherstellung nach Aufwand und nicht mehr im Rahmen der Pauschale.',
    `Beim nächsten Vorfall dieser Art müssten wir leider die Wiederherstellung nach Aufwand und nicht mehr im Rahmen der Pauschale berechnen. ${DE_WAY_OUT_WIR}`,
  ],
  // A reason after a dash stays as it is.
  [
    'de',
    'Noch ein verpasster Termin, und ich streiche dich aus dem Kurs – die Warteliste ist lang.',
    'Noch ein verpasster Termin, und ich müsste dich leider aus dem Kurs streichen – die Warteliste ist lang. Das möchte ich gern vermeiden – gib mir bitte Bescheid, falls etwas dazwischenkommt.',
  ],
  // "shall have no alternative but to" is "would have to" (it once gave "would … have to shall").
  [
    'en',
    'Should the fee not arrive within a week, we shall have no alternative but to stop work.',
    `Should the fee not arrive within a week, we would have to stop work. ${EN_WAY_OUT_WE}`,
  ],
  // A hyphenated word keeps its parts for the guard ("Non-payment").
  [
    'en',
    'Non-payment will result in the closure of your trade account.',
    `Non-payment would unfortunately mean the closure of your trade account. ${EN_WAY_OUT_I}`,
  ],
  // "Failing this", "The next time …", "Any further …", "Another … and we …" open the sanction as a condition does.
  [
    'en',
    'Failing this, we will store the tiles at your cost.',
    `Failing this, we would have to store the tiles at your cost. ${EN_WAY_OUT_WE}`,
  ],
  [
    'en',
    'The next time the alarm goes off at night, the call-out will be billed at the weekend rate.',
    `The next time the alarm goes off at night, the call-out would have to be billed at the weekend rate. ${EN_WAY_OUT_I}`,
  ],
  [
    'en',
    'Any further changes will be charged at our hourly rate.',
    `Any further changes would have to be charged at our hourly rate. ${EN_WAY_OUT_I}`,
  ],
  [
    'en',
    'Another late cancellation and we will close your account.',
    `Another late cancellation and we would have to close your account. ${EN_WAY_OUT_WE}`,
  ],
  // A thing as the subject of a future: regret makes it information ("would unfortunately stop").
  [
    'en',
    'Failing that, deliveries will pause from the first of the month.',
    `Failing that, deliveries would unfortunately pause from the first of the month. ${EN_WAY_OUT_I}`,
  ],
  // "may have to" in a second clause becomes "might have to".
  [
    'en',
    'If it happens again, I will have to call the site owner and we may have to end the contract.',
    `If it happens again, I would have to call the site owner and we might have to end the contract. ${EN_WAY_OUT_I}`,
  ],
];

const NOT_OFFERED: Array<[Language, string]> = [
  // The reader is the subject after the verb: "Die Mehrkosten" is the object, no sanction of the writer's.
  ['de', 'Die Mehrkosten tragen Sie, wenn die Pläne nicht rechtzeitig kommen.'],
  // "keine andere Wahl" with no act after it has nothing to say in the subjunctive.
  ['de', 'Bleibt die Zahlung aus, bleibt uns keine andere Wahl.'],
  // "gibst" has an imperative of its own shape ("gib"), not the stem: no request is built.
  ['de', 'Entweder du gibst mir die Zahlen bis Montag, oder ich kündige den Vertrag.'],
  // A second consequence after the dash is no reason: it would stay in the indicative.
  ['de', 'Noch ein Ausfall, und wir streichen Sie von der Liste – dann zahlen Sie den vollen Preis.'],
  // "und nicht mehr pauschal": an adverb, not a phrase, after the contrast; not attempted.
  ['de', 'Beim nächsten Ausfall dieser Art berechnen wir die Anfahrt nach Aufwand und nicht mehr pauschal.'],
  // The writer's own "I will close …" before the reader's consequence would stay indicative: no mixed moods.
  ['en', "If it is not settled, I will shut our file on it and you'll have to deal with the bank yourself."],
  // "may" without "have to" has no plain conditional.
  ['en', 'If it happens again, we may stop the sessions.'],
  // A harm the writer hands on still reads as the threat in the subjunctive (the second reading says so): none.
  ['en', 'Unless the balance is cleared within ten days, we will pass the account to our debt collectors.'],
];

describe('ultimatum rewrites', () => {
  for (const [language, sentence, expected] of OFFERED)
    it(`offers (${language}): ${sentence}`, () => {
      expect(rewritesOf(sentence, language, 'pressure')).toContain(expected);
    });
  for (const [language, sentence] of NOT_OFFERED)
    it(`offers none (${language}): ${sentence}`, () => {
      expect(rewritesOf(sentence, language, 'pressure')).toEqual([]);
    });
});
