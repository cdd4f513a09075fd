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
  // A fused "you're" in the condition is said "should you … be", the contraction accounted for as dropped.
  [
    'en',
    "If you're late for the fitting again, we will have to charge the full fee.",
    "Should you be late for the fitting again, we would have to charge the full fee. We'd much rather avoid that, so please tell us early if something stands in the way.",
  ],
  // A plural verb in the second clause is spelled as its infinitive ("die Zusatzkosten gehen …"); a reflexive
  // stays before a noun subject ("würde sich die Montage …").
  [
    'de',
    'Wenn die Pläne bis Dienstag nicht hier sind, verschiebt sich die Montage und die Zusatzkosten gehen an Sie.',
    'Könnten Sie dafür sorgen, dass die Pläne bis Dienstag hier sind? Andernfalls würde sich die Montage leider verschieben und die Zusatzkosten würden an Sie gehen. Falls das zeitlich schwierig wird, melden Sie sich bitte – dann finden wir gemeinsam eine Lösung.',
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
    'Die Vollmacht sollte am Dienstag vorliegen. Andernfalls müssten wir leider den Termin absagen.',
  ],
  // Either-or in "du": the imperative where it is the plain stem ("schickst" → "schick").
  [
    'de',
    'Entweder du schickst die Belege heute zurück, oder wir stornieren den Auftrag.',
    'Bitte schick die Belege heute zurück. Andernfalls müssten wir leider den Auftrag stornieren.',
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
  // "shall have no alternative but to" is "would have to" (it once gave "would … have to shall"); the condition
  // is the ask ("Should the fee not arrive" → "make sure the fee arrives").
  [
    'en',
    'Should the fee not arrive within a week, we shall have no alternative but to stop work.',
    "Could you make sure the fee arrives within a week? Otherwise we would have to stop work. If the timing is difficult, please let us know and we'll look at it together.",
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
    "Should it happen again, I would have to call the site owner and we might have to end the contract. I'd much rather avoid that, so please tell me early if something stands in the way.",
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
  // "und sie wird teuer" after the consequence still reads as a threat beside the request (the second reading
  // flags it); the old shape is no longer offered either: none.
  ['de', 'Sind die Fotos bis Freitag nicht da, geht die Sache an unseren Anwalt, und sie wird teuer.'],
  // A harm the writer hands on still reads as the threat in the subjunctive (the second reading says so): none.
  ['en', 'Unless the balance is cleared within ten days, we will pass the account to our debt collectors.'],
];

/**
 * The request first, then the consequence as information (issue 14; blind review: the threat only put in the
 * subjunctive with a stock line after it read as no calmer, "If it's not …, we would …" as broken English).
 * Each row: the sentence, the ask the rewrite must open with, and the consequence's words it must keep after the
 * ask. Sentences written for this test.
 */
const ASK_FIRST: Array<[Language, string, string, string[]]> = [
  // A thing's state asked for ("isn't" → "is"), the sanction after "Otherwise".
  [
    'en',
    "If the stage payment isn't with us by Monday, we'll pull the scaffolding off site.",
    'Could you make sure the stage payment is with us by Monday?',
    ['pull the scaffolding off site'],
  ],
  [
    'en',
    "If the hire van isn't back by 6pm, we'll charge you for a second day.",
    'Could you make sure the hire van is back by 6pm?',
    ['charge you for a second day'],
  ],
  [
    'en',
    "If the invoice hasn't cleared by the 28th, we will suspend the maintenance plan.",
    'Could you make sure the invoice has cleared by the 28th?',
    ['suspend the maintenance plan'],
  ],
  // The reader's own act: "don't sign" → "Could you sign"; "Unless you confirm" → "Could you confirm".
  [
    'en',
    "If you don't sign the consent form by Friday, we will cancel the procedure.",
    'Could you sign the consent form by Friday?',
    ['cancel the procedure'],
  ],
  [
    'en',
    'Unless you confirm the menu by Wednesday, we will cancel the catering order.',
    'Could you confirm the menu by Wednesday?',
    ['cancel the catering order'],
  ],
  // "Unless" with a thing that moves: the clause is asked for as it stands.
  [
    'en',
    'Unless the tenancy form reaches us by the 9th, we will give the room to another student.',
    'Could you make sure the tenancy form reaches us by the 9th?',
    ['give the room to another student'],
  ],
  // A command before "or"/"otherwise" becomes a question.
  [
    'en',
    'Settle the March invoice by the 20th, or we will stop the weekly cleaning.',
    'Could you settle the March invoice by the 20th?',
    ['stop the weekly cleaning'],
  ],
  [
    'en',
    'Please send the signed quote this week, otherwise we will release your installation date.',
    'Could you send the signed quote this week?',
    ['release your installation date'],
  ],
  // The writer's receiving: "make sure I receive"; "hear from you" is "let us know".
  [
    'en',
    "If I don't receive the meter readings by Wednesday, I'll estimate the bill.",
    'Could you make sure I receive the meter readings by Wednesday?',
    ['estimate the bill'],
  ],
  [
    'en',
    "If we don't hear from you by Friday, we will close the ticket.",
    'Could you let us know by Friday?',
    ['close the ticket'],
  ],
  // "Should X not be …": the verb agrees with the subject ("is paid").
  [
    'en',
    'Should the deposit not be paid by the 2nd, we will be forced to cancel the booking.',
    'Could you make sure the deposit is paid by the 2nd?',
    ['cancel the booking'],
  ],
  [
    'en',
    'Unless the keys are back by Sunday, we will charge another week of rent.',
    'Could you make sure the keys are back by Sunday?',
    ['charge another week of rent'],
  ],
  // German: the state the reader sees to ("dass …", the negation gone), the act asked for ("Könnten Sie …?").
  [
    'de',
    'Wenn die Anzahlung nicht bis Freitag eingeht, stornieren wir die Buchung.',
    'Könnten Sie dafür sorgen, dass die Anzahlung bis Freitag eingeht?',
    ['die Buchung stornieren'],
  ],
  [
    'de',
    'Wenn die Pläne nicht bis Dienstag bei uns sind, stoppen wir die Bestellung der Fenster.',
    'Könnten Sie dafür sorgen, dass die Pläne bis Dienstag bei uns sind?',
    ['die Bestellung der Fenster stoppen'],
  ],
  [
    'de',
    'Falls Sie den Nachtrag nicht bis Mittwoch unterschreiben, stoppen wir die Montage.',
    'Könnten Sie den Nachtrag bis Mittwoch unterschreiben?',
    ['die Montage stoppen'],
  ],
  [
    'de',
    'Wenn Sie die Kaution nicht bis zum 1. überweisen, vergeben wir die Wohnung an andere Interessenten.',
    'Könnten Sie die Kaution bis zum 1. überweisen?',
    ['die Wohnung an andere Interessenten vergeben'],
  ],
  // "keine Entscheidung" → "eine Entscheidung": a singular noun, so the article fits.
  [
    'de',
    'Sollten Sie bis Montag keine Entscheidung treffen, vergeben wir den Termin neu.',
    'Könnten Sie bis Montag eine Entscheidung treffen?',
    ['den Termin neu vergeben'],
  ],
  // "du": the infinitive from the verb's lemma ("schickst" → "schicken").
  [
    'de',
    'Wenn du die Unterlagen nicht bis morgen schickst, sage ich den Termin ab.',
    'Könntest du die Unterlagen bis morgen schicken?',
    ['den Termin absagen'],
  ],
  // A verb-first condition: the verb goes to the end of the "dass" clause ("Ist … nicht" → "dass … ist").
  [
    'de',
    'Ist der Vorschuss bis Montag nicht auf unserem Konto, stellen wir die Arbeit an Ihrer Akte ein.',
    'Könnten Sie dafür sorgen, dass der Vorschuss bis Montag auf unserem Konto ist?',
    ['die Arbeit an Ihrer Akte einstellen'],
  ],
  [
    'de',
    'Liegen die Zeugnisse bis Freitag nicht vor, streichen wir Sie von der Bewerberliste.',
    'Könnten Sie dafür sorgen, dass die Zeugnisse bis Freitag vorliegen?',
    ['Sie leider von der Bewerberliste streichen'],
  ],
  // A command before "sonst": "Bitte" in front, in the command's own form of address.
  [
    'de',
    'Zahlen Sie die offene Rate bis zum 15., sonst stellen wir die Wartung ein.',
    'Bitte zahlen Sie die offene Rate bis zum 15.',
    ['die Wartung einstellen'],
  ],
  [
    'de',
    'Schick mir die Belege bis Freitag, sonst reiche ich die Erklärung ohne deine Ausgaben ein.',
    'Bitte schick mir die Belege bis Freitag.',
    ['die Erklärung ohne deine Ausgaben einreichen'],
  ],
  // The writer's receiving: the reader sees to it.
  [
    'de',
    'Wenn ich die Zählerstände nicht bis Mittwoch bekomme, schätze ich den Verbrauch.',
    'Könnten Sie dafür sorgen, dass ich die Zählerstände bis Mittwoch bekomme?',
    ['den Verbrauch schätzen'],
  ],
];

/**
 * Near misses: a repeated act, a positive condition, a plural "keine", a condition with no subject to ask. Whatever
 * is offered must not be a broken ask built from them, nor an English present "if" clause with "would" after it.
 */
const NO_BROKEN_ASK: Array<[Language, string, RegExp]> = [
  ['en', "If you cancel again, I'll charge the full session.", /Could you (?:make sure you )?cancel/],
  [
    'en',
    'If the invoice is still unpaid next week, it goes to our collections team.',
    /make sure the invoice is (?:still )?unpaid/,
  ],
  ['en', "Unless we can agree a better process, we'll review the contract.", /make sure we can agree/],
  ['en', 'Another late payment and we will end the retainer.', /Could you (?:make sure )?another/i],
  ['en', 'If the payment is late once more, we will end the agreement.', /make sure the payment is late/],
  ['en', "If it happens again, we'll have to cancel the contract.", /make sure it happens/],
  ['de', 'Wenn Sie keine Unterlagen schicken, stornieren wir den Auftrag.', /\beine Unterlagen/],
  ['de', 'Wenn Sie erneut nicht erscheinen, berechnen wir den Termin.', /Könnten Sie erneut/],
  ['de', 'Falls wir nichts von Ihnen hören, schließen wir die Akte.', /dass wir (?:etwas|nichts)/],
  ['de', 'Sollte die Zahlung nicht eingehen, stoppen wir die Lieferung.', /dass die Zahlung eingehen\b/],
  ['de', 'Noch eine Absage und wir kündigen den Kurs.', /^Bitte noch/],
  [
    'de',
    'Fehlen Sie ein weiteres Mal ohne Absage, sehen wir uns gezwungen, die Behandlung zu beenden.',
    /Bitte fehlen Sie/,
  ],
  ['de', 'Wenn das noch einmal vorkommt, kündigen wir den Wartungsvertrag.', /dass das noch einmal/],
];

/** An English present "if"/"unless" clause with "would" in the clause after it: the mixed conditional. */
const MIXED = /\b(?:if|unless)\b(?![^.?!,]*\b(?:were|had|did|should)\b)[^.?!]*,\s*(?:\w+\s+){0,4}would\b/i;

describe('ultimatum rewrites: the request first', () => {
  for (const [language, sentence, ask, kept] of ASK_FIRST)
    it(`asks first (${language}): ${sentence}`, () => {
      const offered = rewritesOf(sentence, language, 'pressure');
      const first = offered[0] ?? '';
      expect(first.startsWith(ask)).toBe(true);
      const rest = first.slice(ask.length);
      for (const words of kept) expect(rest).toContain(words);
      // One consistent conditional after the ask, and no stock line after it.
      expect(rest).toMatch(
        language === 'en'
          ? /^ (?:Otherwise|Should that not happen,) \S+ (?:would|couldn't|wouldn't)\b/
          : /^ (?:Andernfalls|Falls nicht,|Bis dahin) (?:müsst|würd|könnt|hätt|wär)/,
      );
      expect(first).not.toMatch(MIXED);
      expect(first).not.toMatch(/rather avoid|gern vermeiden/);
    });
  for (const [language, sentence, broken] of NO_BROKEN_ASK)
    it(`builds no broken ask (${language}): ${sentence}`, () => {
      for (const rewrite of rewritesOf(sentence, language, 'pressure')) {
        expect(rewrite).not.toMatch(broken);
        if (language === 'en') expect(rewrite).not.toMatch(MIXED);
      }
    });
  it('the mixed-conditional check itself catches the shape it is for', () => {
    expect("If it's not with me by 5, the count would have to get done.").toMatch(MIXED);
    expect('Should it not be with me by 5, the count would have to get done.').not.toMatch(MIXED);
  });
});

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
