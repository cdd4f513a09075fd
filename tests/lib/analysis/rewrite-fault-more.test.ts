// Blame found by the reader-fault construction in more shapes, said from
// the writer's side (lib/analysis/rewrite/fault-de.ts, fault-en.ts): a thing the
// reader lost, advice or an agreement passed over (German), nobody on the reader's side
// calling back, reading or keeping to the rules, something done wrong, and a thing the
// reader forgot to send along; a consequence after a comma kept, mock praise in front left out.
// Sentences written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import { rewritesOf } from './rewrites-of';

const de = (text: string) => rewritesOf(text, 'de', 'blame');
const en = (text: string) => rewritesOf(text, 'en', 'blame');

const OFFERED_DE: Array<[string, string]> = [
  // Lost: the thing in the nominative as what went missing, the time words kept, a way forward asked.
  [
    'Sie haben die Schlüsselkarte für die Tiefgarage zum dritten Mal verloren.',
    'Die Schlüsselkarte für die Tiefgarage ist zum dritten Mal verloren gegangen. Wie können wir sie ersetzen und künftig sicher aufbewahren?',
  ],
  // A masculine object: "den bestellten Musterkoffer" → "Der bestellte Musterkoffer"; the reader's side left out.
  [
    'Ihr Versandteam hat den bestellten Musterkoffer verloren.',
    'Der bestellte Musterkoffer ist verloren gegangen. Wie können wir ihn ersetzen und künftig sicher aufbewahren?',
  ],
  // A time in front keeps the verb second.
  [
    'Heute haben Sie den Generalschlüssel verloren.',
    'Heute ist der Generalschlüssel verloren gegangen. Wie können wir ihn ersetzen und künftig sicher aufbewahren?',
  ],
  // Advice passed over: a joint wish with the object as written, then the reader's view asked.
  [
    'Du hast die Empfehlung deiner Physiotherapeutin einfach ignoriert.',
    'Mir ist wichtig, dass wir die Empfehlung deiner Physiotherapeutin berücksichtigen. Was stand dem aus deiner Sicht im Weg?',
  ],
  // "nicht eingehalten" → "einhalten".
  [
    'Ihr habt die Vorgaben aus dem Brandschutzkonzept nicht eingehalten.',
    'Mir ist wichtig, dass wir die Vorgaben aus dem Brandschutzkonzept einhalten. Was stand dem aus eurer Sicht im Weg?',
  ],
  // "sich entschieden, … zu ignorieren": the same wish.
  [
    'Sie haben sich entschieden, die Warnung des Gutachters zu ignorieren.',
    'Mir ist wichtig, dass wir die Warnung des Gutachters berücksichtigen. Was stand dem aus Ihrer Sicht im Weg?',
  ],
  // Praise before "aber" stands as its own sentence.
  [
    'Die Präsentation war stark, aber die Absprachen aus dem Kickoff habt ihr nicht umgesetzt.',
    'Die Präsentation war stark. Mir ist wichtig, dass wir die Absprachen aus dem Kickoff umsetzen. Was stand dem aus eurer Sicht im Weg?',
  ],
  // Forgot to send along: what the writer still lacks, then the date to fill in.
  [
    'Sie haben vergessen, den Lohnsteuerbescheid beizulegen.',
    'Mir fehlt noch der Lohnsteuerbescheid. Könnten Sie ihn mir bis [Datum] schicken?',
  ],
  [
    'Du hast vergessen, den Mietvertrag mitzubringen.',
    'Mir fehlt noch der Mietvertrag. Könntest du ihn beim nächsten Mal mitbringen?',
  ],
  // Done wrong: the state it is in, the fault kept; a phrase with "für" stays with the verb.
  [
    'Ihr habt das Gerüst an der falschen Hauswand aufgestellt.',
    'Das Gerüst ist an der falschen Hauswand aufgestellt. Könntet ihr das prüfen und mir sagen, wie wir es am besten korrigieren?',
  ],
  [
    'Du hast den Tisch für den falschen Abend reserviert.',
    'Der Tisch ist für den falschen Abend reserviert. Könntest du das prüfen und mir sagen, wie wir es am besten korrigieren?',
  ],
  // A consequence stays as written, after what was not there.
  [
    'Du hast vergessen, die Lohnabrechnung beizulegen, deshalb ist der Kreditantrag liegen geblieben.',
    'Die Lohnabrechnung war nicht dabei, deshalb ist der Kreditantrag liegen geblieben. Könntest du sie mir bis [Datum] schicken?',
  ],
  // Before a wish the consequence stands as a sentence of its own.
  [
    'Ihr habt den Rat unserer Gutachterin ignoriert, und jetzt steht das Wasser im Keller.',
    'Jetzt steht das Wasser im Keller. Mir ist wichtig, dass wir den Rat unserer Gutachterin berücksichtigen. Was stand dem aus eurer Sicht im Weg?',
  ],
  // Mock praise in front goes ("schon wieder" too).
  [
    'Bravo, du hast die Bankkarte schon wieder verloren.',
    'Die Bankkarte ist verloren gegangen. Wie können wir sie ersetzen und künftig sicher aufbewahren?',
  ],
  // Done without agreeing it first: what the writer noticed, the request to agree such steps beforehand.
  [
    'Ihr Einkauf hat die Bestellung eigenmächtig storniert.',
    'Mir ist aufgefallen, dass die Bestellung storniert wurde. Können wir vereinbaren, dass wir solche Schritte künftig vorher kurz abstimmen?',
  ],
  // A "bevor" clause stays as written; "uns" in the draft makes the writer "wir".
  [
    'Euer Hausmeister hat den Heizkörper abgeschraubt, bevor wir das Wasser ablassen konnten.',
    'Uns ist aufgefallen, dass der Heizkörper abgeschraubt wurde, bevor wir das Wasser ablassen konnten. Können wir vereinbaren, dass wir solche Schritte künftig vorher kurz abstimmen?',
  ],
  // Number unclear ("die Firewall"): "man" keeps the object as written; the consequence stands on its own.
  [
    'Offenbar hat jemand aus Ihrem Team die Firewall eigenmächtig abgeschaltet, und seitdem fällt das Netz ständig aus.',
    'Mir ist aufgefallen, dass man die Firewall abgeschaltet hat. Seitdem fällt das Netz ständig aus. Können wir vereinbaren, dass wir solche Schritte künftig vorher kurz abstimmen?',
  ],
  // Nobody on the reader's side called back: what the writer has not had yet, with the side as written.
  [
    'Natürlich hat niemand aus Ihrer Buchhaltung zurückgerufen.',
    'Aus Ihrer Buchhaltung habe ich bisher noch keinen Rückruf bekommen. Könnte sich bis [Datum] jemand bei mir melden?',
  ],
  // Nobody keeps to the rules: a wish for all, the reader's view asked.
  [
    'Niemand aus eurem Team hält sich an die Vorgaben aus dem Handbuch.',
    'Mir ist wichtig, dass wir uns alle an die Vorgaben aus dem Handbuch halten. Was steht dem aus eurer Sicht im Weg?',
  ],
];

const NOT_OFFERED_DE: Array<[string, RegExp]> = [
  // The writer's own advice: "dass wir meinen Rat berücksichtigen" would have the writer heed it.
  ['Sie haben meinen Rat zur Dämmung ignoriert.', /dass wir/],
  // A date or a person passed over is no advice; a count stays with the habit.
  ['Sie haben die Frist zum dritten Mal ignoriert.', /dass wir/],
  ['Sie haben mich beim Meeting ignoriert.', /dass wir/],
  // Lost without going missing: a client, a case.
  ['Sie haben den Mandanten verloren.', /verloren gegangen/],
  ['Ihre Kanzlei hat den Prozess verloren.', /verloren gegangen/],
  // Forgot to pay: nothing the writer lacks.
  ['Sie haben vergessen, die Rechnung zu bezahlen.', /fehlt noch/],
  // A state only where the act's result stays with the thing: "ist … verwendet", "ist … geschickt" is no German.
  ['Sie haben das falsche Formular verwendet.', /ist verwendet/],
  ['Ihr Sekretariat hat die falsche Fassung der Satzung geschickt.', /ist geschickt/],
  // A reason after it ("weil …") or a person in the middle: not said as what was noticed.
  ['Sie haben die Wand eigenmächtig gestrichen, weil es Ihnen gefiel.', /aufgefallen/],
  ['Ihr habt die Fliesen eigenmächtig bei einem anderen Händler bestellt.', /aufgefallen/],
  // A choice said wrong is a verdict, no mix-up to correct.
  ['Sie haben die falsche Entscheidung getroffen.', /korrigieren/],
  // What was done wrong beside what it caused reads as the same reproach (as in rewrite.test.ts); a clause with
  // "obwohl" is no consequence.
  [
    'Die Steckdosen hat Ihr Elektriker an der falschen Wand montiert, deshalb mussten wir die Küche umplanen.',
    /montiert/,
  ],
  ['Ihr habt den Zaun auf die falsche Seite gestellt, obwohl wir es besprochen hatten.', /korrigieren/],
  // Nobody on the reader's side: only a call not returned, only rules kept to.
  ['Niemand aus Ihrem Büro hat die Unterlagen zurückgeschickt.', /Rückruf|Rückmeldung/],
  ['Niemand aus Ihrem Team hält sich an mich.', /dass wir uns alle/],
];

describe('German reader-fault blame: lost, passed over, forgot to send, done wrong, nobody on their side', () => {
  for (const [text, expected] of OFFERED_DE)
    it(text, () => {
      expect(de(text)).toContain(expected);
    });
  for (const [text, forbidden] of NOT_OFFERED_DE)
    it(`not: ${text}`, () => {
      for (const r of de(text)) expect(r).not.toMatch(forbidden);
    });
});

const OFFERED_EN: Array<[string, string]> = [
  // Lost: the thing as what went missing, the way forward asked.
  [
    'You managed to lose the parking permits.',
    'The parking permits have gone missing. How can we replace them and keep them safe from now on?',
  ],
  [
    'Your office has lost the signed consent form.',
    'The signed consent form has gone missing. How can we replace it and keep it safe from now on?',
  ],
  // Simple past with its time: "went missing last week".
  [
    'You lost the gate remote last week.',
    'The gate remote went missing last week. How can we replace it and keep it safe from now on?',
  ],
  // Done wrong: the act as an event, the fault kept, a joint fix asked.
  [
    'You addressed the invitation to the wrong venue.',
    'The invitation was addressed to the wrong venue. Could you check this and let me know how we can put it right?',
  ],
  // "of" belongs to the thing; "again" goes.
  [
    "You've uploaded the wrong draft of the brochure again.",
    'The wrong draft of the brochure has been uploaded. Could you check this and let me know how we can put it right?',
  ],
  [
    'You entered the delivery dates incorrectly.',
    'The delivery dates were entered incorrectly. Could you check this and let me know how we can put it right?',
  ],
  // Forgot to send along: what the writer does not have yet, the date to fill in.
  ['You forgot to include the site photos.', "I don't have the site photos yet. Could you send them over by [date]?"],
  [
    'You forgot to bring the insurance card.',
    "I don't have the insurance card yet. Could you bring it along next time?",
  ],
  // Nobody on the reader's side: the writer unsure it reaches them, or not heard back yet.
  [
    'Nobody on your side ever reads the handover notes.',
    "I'm not sure the handover notes are reaching anyone on your side. What would make them more useful for you?",
  ],
  [
    'Sadly nobody on your team bothered to read the agenda.',
    "I'm not sure the agenda reached anyone on your team. What would make it more useful for you?",
  ],
  [
    'No one from your finance department has called us back.',
    "We haven't heard back from anyone in your finance department yet. Could someone get back to us by [date]?",
  ],
  // A consequence stays after what was not there.
  [
    'You forgot to enclose the title deeds, so the bank froze the transfer.',
    "The title deeds weren't enclosed, so the bank froze the transfer. Could you send them over by [date]?",
  ],
  // Mock praise in front goes.
  [
    'Nice work, you booked the van for the wrong weekend.',
    'The van was booked for the wrong weekend. Could you check this and let me know how we can put it right?',
  ],
];

const NOT_OFFERED_EN: Array<[string, RegExp]> = [
  // Lost without going missing.
  ['You lost the client.', /gone missing|went missing/],
  ['Your team lost the tender.', /gone missing|went missing/],
  // Forgot to pay: nothing the writer lacks.
  ['You forgot to pay the invoice.', /don't have/],
  // "it" names nothing the writer could ask for.
  ['You forgot to attach it.', /don't have/],
  // Nobody: "anything" is no one thing; forms returned are not a call.
  ['Nobody on your side reads anything I send.', /not sure/],
  ['Nobody from your office returned the signed forms.', /heard back/],
  // A choice said wrong is a verdict, no mix-up to put right; a wrong act beside what it caused stays the reproach.
  ['You chose the wrong supplier.', /put it right/],
  ['However, you printed the invitations with the wrong date, so now we have to reprint them.', /were printed/],
  // A verb with no clear participle is left alone.
  ['You put the boxes in the wrong room.', /put it right/],
];

describe('English reader-fault blame: lost, done wrong, forgot to send, nobody on their side', () => {
  for (const [text, expected] of OFFERED_EN)
    it(text, () => {
      expect(en(text)).toContain(expected);
    });
  for (const [text, forbidden] of NOT_OFFERED_EN)
    it(`not: ${text}`, () => {
      for (const r of en(text)) expect(r).not.toMatch(forbidden);
    });
});
