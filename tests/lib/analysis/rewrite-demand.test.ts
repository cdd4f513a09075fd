// Demands and urgent needs said as requests with their date (lib/analysis/rewrite/demand.ts):
// the writer's need as "Könnte ich … bekommen?" / "Could I have …?", a demand on a
// dass-clause as "Mir ist wichtig, dass …" / "It's important to me that …", an
// imperative with urgency as a question with a date to fill in. Sentences written for
// this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const pressureRewrites = (text: string, language: Language) => rewritesOf(text, language, 'pressure');

const NEEDS: Array<[Language, string, string]> = [
  // "zurück" joins the new verb; the urgency becomes the date to fill in where it stood.
  ['de', 'Ich brauche die Stromrechnung sofort zurück.', 'Könnte ich die Stromrechnung bis [Datum] zurückbekommen?'],
  [
    'de',
    'Wir benötigen Ihre Maßangaben für die Einbauküche umgehend.',
    'Könnten wir Ihre Maßangaben für die Einbauküche bis [Datum] bekommen?',
  ],
  // An urgent adjective goes; the date follows the thing asked for.
  [
    'de',
    'Wir verlangen eine sofortige Stellungnahme zur Verzögerung.',
    'Wir bitten um eine Stellungnahme zur Verzögerung bis [Datum].',
  ],
  [
    'de',
    'Ich verlange die Erstattung der Anzahlung von 300 Euro.',
    'Ich bitte um die Erstattung der Anzahlung von 300 Euro.',
  ],
  // A fronted date moves behind the subject; "spätestens" only sharpens it.
  [
    'de',
    'Bis spätestens Donnerstag erwarte ich die Fotos vom Dachboden.',
    'Könnte ich bis Donnerstag die Fotos vom Dachboden bekommen?',
  ],
  // "will … sehen" keeps its infinitive; the closing-off tail goes.
  [
    'de',
    'Ich will die korrigierten Entwürfe bis morgen Mittag sehen, keine Ausreden mehr.',
    'Könnte ich die korrigierten Entwürfe bis morgen Mittag sehen?',
  ],
  [
    'de',
    'Ich brauche Ihre Unterschrift unter dem Mietvertrag sofort.',
    'Könnte ich Ihre Unterschrift unter dem Mietvertrag bis [Datum] bekommen?',
  ],
  ['en', 'I need the stamped delivery note back ASAP.', 'Could I have the stamped delivery note back by [date]?'],
  // "an immediate apology" → "an apology": the article still fits the next word.
  [
    'en',
    'We demand an immediate apology from your warehouse.',
    "We'd be grateful for an apology from your warehouse by [date].",
  ],
  [
    'en',
    'I require the signed tenancy agreement by Friday at the latest.',
    'Could I have the signed tenancy agreement by Friday?',
  ],
  ['en', 'We insist on a refund of the £80 booking fee.', 'Could we have a refund of the £80 booking fee?'],
  [
    'en',
    'I want the revised menu on my desk by noon, no excuses.',
    'Could I have the revised menu on my desk by noon?',
  ],
  [
    'en',
    'I must insist on receiving the boiler certificate by 12 June at the latest.',
    'Could I have the boiler certificate by 12 June?',
  ],
  [
    'en',
    'We require the completed risk assessment by Monday at the latest.',
    'Could we have the completed risk assessment by Monday?',
  ],
];

const FRAMES: Array<[Language, string, string]> = [
  [
    'de',
    'Ich bestehe darauf, dass die Fenster auf Ihre Kosten ausgetauscht werden.',
    'Mir ist wichtig, dass die Fenster auf Ihre Kosten ausgetauscht werden.',
  ],
  [
    'de',
    'Ich muss darauf bestehen, dass die Belege vor dem 10. März bei mir sind.',
    'Mir ist wichtig, dass die Belege vor dem 10. März bei mir sind.',
  ],
  [
    'de',
    'Ich bestehe darauf, dass der Kostenvoranschlag schriftlich nachgereicht wird.',
    'Können wir uns darauf verständigen, dass der Kostenvoranschlag schriftlich nachgereicht wird?',
  ],
  // The writer as "wir": "Uns ist wichtig".
  [
    'de',
    'Wir bestehen darauf, dass die Mängelliste vollständig abgearbeitet wird.',
    'Uns ist wichtig, dass die Mängelliste vollständig abgearbeitet wird.',
  ],
  [
    'de',
    'Wir müssen darauf bestehen, dass die Unterlagen vollständig bei uns eingehen.',
    'Uns ist wichtig, dass die Unterlagen vollständig bei uns eingehen.',
  ],
  [
    'de',
    'Ich erwarte, dass Sie die Rechnung bis Monatsende begleichen.',
    'Mir ist wichtig, dass Sie die Rechnung bis Monatsende begleichen.',
  ],
  [
    'en',
    'I insist that the damaged tiles are replaced at your expense.',
    "It's important to me that the damaged tiles are replaced at your expense.",
  ],
  [
    'en',
    'We must insist that every invoice quotes the purchase order number from now on.',
    "It's important to us that every invoice quotes the purchase order number from now on.",
  ],
  [
    'en',
    'I must insist that the scaffolding is down by Friday.',
    'Can we agree that the scaffolding is down by Friday?',
  ],
  ['en', 'We insist that the rehearsal starts on time.', "It's important to us that the rehearsal starts on time."],
  [
    'en',
    'I insist that the choir notes reach me before Thursday.',
    "It's important to me that the choir notes reach me before Thursday.",
  ],
  [
    'en',
    'I must insist that the samples are back with us by the 3rd.',
    'Can we agree that the samples are back with us by the 3rd?',
  ],
];

const IMPERATIVES: Array<[Language, string, string]> = [
  ['de', 'Schick mir die Zugangsdaten sofort.', 'Könntest du mir die Zugangsdaten bis [Datum] schicken?'],
  // A call has no date to be done by: "so bald wie möglich".
  ['de', 'Ruf mich bitte umgehend zurück.', 'Könntest du mich so bald wie möglich zurückrufen?'],
  [
    'de',
    'Bitte überweist den Mitgliedsbeitrag unverzüglich.',
    'Könntet ihr den Mitgliedsbeitrag bis [Datum] überweisen?',
  ],
  [
    'de',
    'Bitte senden Sie uns die Vollmacht umgehend zurück.',
    'Könnten Sie uns die Vollmacht bis [Datum] zurücksenden?',
  ],
  // The object fronted before the verb comes after "Könnten Sie".
  ['de', 'Die Kaution überweisen Sie bitte sofort.', 'Könnten Sie die Kaution bis [Datum] überweisen?'],
  // A command in the future or with "haben … zu" keeps its own date.
  [
    'de',
    'Sie werden uns die Schlüssel bis Samstag zurückgeben.',
    'Könnten Sie uns die Schlüssel bis Samstag zurückgeben?',
  ],
  [
    'de',
    'Sie haben die Bauzeichnungen bis Dienstag vorzulegen.',
    'Könnten Sie die Bauzeichnungen bis Dienstag vorlegen?',
  ],
  ['en', 'Please send the signed consent form immediately.', 'Could you send the signed consent form by [date]?'],
  [
    'en',
    'Please pay the outstanding membership fee without further delay.',
    'Could you pay the outstanding membership fee by [date]?',
  ],
  ['en', 'Kindly return the hired costumes forthwith.', 'Could you return the hired costumes by [date]?'],
  ['en', 'Please call me back right away.', 'Could you call me back as soon as you can?'],
  ['en', 'You will return the studio keys by Saturday.', 'Could you return the studio keys by Saturday?'],
  [
    'en',
    'I must ask you to return the loan equipment without further delay.',
    'Could you return the loan equipment by [date]?',
  ],
];

for (const [name, cases] of [
  ['a need or a demand said as a request', NEEDS],
  ['a demand on a dass-clause said as what matters to the writer', FRAMES],
  ['an urgent imperative said as a question with a date', IMPERATIVES],
] as const)
  describe(name, () => {
    for (const [language, text, expected] of cases)
      it(`${language}: ${text}`, () => {
        expect(pressureRewrites(text, language)).toContain(expected);
      });
  });

const MINE: Record<Language, RegExp> = {
  de: /Könnte ich|Könnten wir|bitten? um|Mir ist|Uns ist|verständigen|so bald wie|Könntest du|Könntet ihr/,
  en: /Could (?:I|we) have|grateful for|important to (?:me|us)|Can we agree|as soon as you can|by \[date\]/,
};

const NOT_OFFERED: Array<[Language, string]> = [
  // A person asked for is no thing to get.
  ['de', 'Ich brauche Ihren Elektriker sofort auf der Baustelle.'],
  // A consequence stays with the ultimatum rewrites.
  ['de', 'Ich erwarte, dass Sie die Übungen täglich machen, sonst bringt die Therapie nichts.'],
  ['de', 'Wir verlangen die Zahlung bis Freitag, andernfalls schalten wir einen Anwalt ein.'],
  // "ab sofort" is no haste; two acts of the reader joined are left as they are.
  ['de', 'Ich erwarte aber, dass die Kinder ab sofort pünktlich abgeholt werden.'],
  ['de', 'Ich erwarte, dass ihr das Protokoll lest und unterschreibt.'],
  // The writer's own promise is no imperative.
  ['de', 'Wir kümmern uns sofort darum.'],
  ['en', 'I need your surveyor on site immediately.'],
  // A gerund is the writer's own act.
  ['en', 'I insist on paying for the flowers myself!'],
  ['en', 'We require payment within seven days, otherwise we will stop the work.'],
  ['en', 'I need you here by eight, no excuses.'],
  // "stop" takes no date to be done by.
  ['en', 'Please stop calling my mobile immediately.'],
];

describe('no request where the demand is not a plain one', () => {
  for (const [language, text] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of pressureRewrites(text, language)) expect(rewrite).not.toMatch(MINE[language]);
    });
});
