import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../../lib/analysis';

// The constructions widened after the blame5 batch: a cause whose noun phrase the
// reader's side owns further on ("down to the layouts from your office", "auf die
// Pläne, die Ihr Statiker …"), "liegt an", the reader's part
// reaching the writer late or never ("erst am 14. bei uns eingegangen", "was never
// sent to us", "nicht wie besprochen"), a condition after its past consequence
// ("Das hätten wir uns sparen können, wenn …"), "stünden wir besser da", dates that
// slipped and work not finished as the damage, the fronted "Dass …" effect, and the
// reader's lateness as what "lag daran, dass …" explains; after blame5b: "hängt mit …
// zusammen", "Ursache ist", "traces straight back to", a relative clause that fails in
// the reader's place, "lag uns nicht vor", "hausgemacht", an avoidable damage.
const blamed = (language: Language, text: string) =>
  analyze(text, { language }).findings.filter((f) => f.category === 'blame');

const FLAGS: Record<Language, readonly string[]> = {
  de: [
    'Die Mehrkosten gehen auf die Sonderwünsche aus Ihrem Büro zurück, die erst nach Baubeginn kamen.',
    'Der Terminverzug ist auf die Pläne zurückzuführen, die Ihr Statiker zu spät geliefert hat.',
    'Wegen der fehlerhaften Angaben aus eurer Buchhaltung ist die Erklärung zurückgekommen.',
    'Dank der kurzfristigen Änderungen seitens Ihrer Geschäftsführung ist der Druck um eine Woche gerutscht.',
    'Das Leck im Bad lag am Ende an eurem Installateur.',
    'Dass der Antrag abgelehnt wurde, liegt leider an dir.',
    'Die Lohnunterlagen sind erst am Freitag bei uns eingegangen, deshalb verzögert sich die Auszahlung.',
    'Die Zählerstände erreichten uns erst nach dem Stichtag.',
    'Die unterschriebene Vollmacht wurde uns nie zugeschickt.',
    'Wir konnten nicht abrechnen, da uns die Belege nie übermittelt wurden.',
    'Der Zugang zum Keller wurde nicht wie vereinbart freigehalten.',
    'Hättest du die Schiene nachts getragen, stünde das Gelenk heute besser da.',
    'Das hätten wir vermeiden können, wenn Ihre Hausverwaltung den Wasserschaden gleich gemeldet hätte.',
    'Durch die späte Zusage Ihrerseits ist der Liefertermin nach hinten gerutscht.',
    'Wir sind mit der Bilanz noch nicht fertig, weil eure Buchhaltung die Konten doppelt angelegt hat.',
    'Die Nachzahlung geht auf die Belege zurück, die uns eure Assistentin nie geschickt hat.',
    'Dass wir erst um elf anfangen konnten, lag daran, dass Sie erst um halb elf im Büro waren.',
    'Dank der Nachträge, die euer Bauleiter eingereicht hat, wird das Dach erst im Mai fertig.',
    // After the blame5b batch.
    'Die hohe Nachzahlung hängt mit den Quittungen zusammen, die in Ihrer Praxis nie abgelegt wurden.',
    'Ursache ist der Abfluss, den Ihr Mieter seit Monaten nicht gereinigt hat.',
    'Die Akte lag uns bis zum Termin nicht vor, obwohl wir zweimal nachgefragt hatten.',
    'Die Entzündung ist leider hausgemacht.',
    'Mit der Freigabe, um die wir Sie im März gebeten hatten, wäre der Stillstand vermeidbar gewesen.',
    'Die schwachen Buchungen gehen auf die Preise zurück, die ihr in letzter Minute geändert habt.',
    // Waiting, chasing, a delay placed with them, a genitive owner, an outstanding payment.
    'Wir warten seit zwei Wochen auf eure Druckfreigabe.',
    'Die Verzögerung liegt bei Ihrer Hausverwaltung.',
    'Wir mussten deine Assistentin dreimal an die Vollmacht erinnern.',
    'Ohne die fehlende Zustimmung Ihres Vermieters hätten wir längst angefangen.',
    'Wegen der ausstehenden Anzahlung Ihrerseits ruht die Bestellung.',
    // The reader's part done late, said without naming them.
    'Der Mietvertrag wurde leider zu spät unterschrieben.',
    'Der Zuschuss ist verfallen, weil der Antrag verspätet eingereicht wurde.',
    'Die Kaution ist erst nach Fristablauf eingegangen.',
    // A causal clause whose subject is the reader's thing, late or changing.
    'Wir liegen zurück, weil eure Abnahmen so lange gedauert haben.',
    'Die Rechnung ist höher, weil sich euer Konzept laufend geändert hat.',
    'Die Rückfragen eures Steuerbüros haben den Abschluss aufgehalten.',
  ],
  en: [
    'The extra cost is down to the late changes from your office.',
    'The hold-up traces back to the approvals your legal team sat on for a month.',
    'Owing to the missing sign-off on your side, the order has slipped by a fortnight.',
    'Thanks to the last-minute edits from your marketing people, the print run is delayed.',
    "The statements didn't reach us until the 14th, so the return went in late.",
    'The signed plans only reached us after the tender had closed.',
    'The consent form was never sent to us.',
    "The garage wasn't cleared as we had agreed, so the crew lost half a day.",
    'The project has stalled because of you.',
    "We couldn't finish the audit because your finance team sent the ledgers as phone photos.",
    'The launch slipped because the copy from your agency came in late.',
    'Delivery has slipped because the order details were passed to us by your buyer two weeks late.',
    'The deadline was missed owing to the late answers from your side.',
    "The bank details weren't passed on to us until after the payroll run.",
    'The survey has to be redone because of the wrong measurements from your surveyor.',
    "Your scan isn't ready yet because the contrast form wasn't signed as we had asked.",
    // After the blame5b batch.
    'The low bookings trace straight back to the prices you changed at the eleventh hour.',
    "The reason for the second visit is the form, which wasn't signed in your office.",
    "The flare-up was self-inflicted, I'm afraid.",
    'With the floor plans we asked for in May, the extra survey could have been avoided.',
    "The damp is coming from the drain, which your tenant hasn't cleared in months.",
    'The lockout was triggered by a password that someone in your accounts team had shared.',
    // Waiting, chasing, a delay placed with them, "on your part".
    'We were left waiting a month for your board to approve the budget.',
    'We had to chase your assistant three times for the signed lease.',
    'The delay lies with your procurement team.',
    'Because of the missing measurements on your part, the order slipped.',
    'The contract only came back from your lawyer after the hearing.',
    'We lost the crane slot because the permit was never sent to us.',
    'The bill went up because your scope kept changing.',
    'We are a week behind because your sign-offs took so long.',
    "Your landlord's consent form held the whole order up.",
  ],
};

const QUIET: Record<Language, readonly string[]> = {
  de: [
    'Die Unterlagen aus Ihrem Büro sind am Montag bei uns eingegangen, vielen Dank.',
    'Die Verzögerung lag nicht an Ihnen, sondern am Lieferanten.',
    'Dank der schnellen Freigabe aus Ihrem Haus können wir schon morgen drucken.',
    'Die Verzögerung geht auf einen Lieferengpass beim Hersteller zurück.',
    'Es liegt ganz an Ihnen, wann wir starten.',
    'Die Vollmacht wurde uns gestern zugeschickt, herzlichen Dank.',
    'Die Belege wurden uns noch nicht übermittelt, das hat aber bis Ende des Monats Zeit.',
    'Wir würden uns freuen, wenn Sie am Montag Zeit hätten.',
    'Es wäre schön, wenn ihr beim Richtfest dabei wärt.',
    'Wir sind noch nicht fertig, weil unser Statiker krank ist.',
    'Ihre Zahlung ist am Freitag bei uns eingegangen.',
    'Das hat mit Ihren Unterlagen nichts zu tun, die Rückfrage kam vom Finanzamt.',
    'Der Schlüssel wurde wie besprochen beim Nachbarn hinterlegt.',
    'Hätten Sie am Donnerstag Zeit, stünde einem Treffen nichts im Weg.',
    'Da Sie im Urlaub waren, haben wir den Termin verschoben.',
    'Unser Bericht wurde nicht wie zugesagt fertig, das tut mir leid.',
    'Dass wir so gut vorankommen, liegt an dir.',
    'Da Sie erst ab Montag Zeit haben, starten wir am Dienstag.',
    'Die Akte liegt uns noch nicht vor, das eilt aber nicht.',
    'Das wäre vermeidbar gewesen, wenn wir früher nachgefragt hätten.',
    'Die Belege sind erst am Montag bei uns eingegangen, aber das ist völlig in Ordnung.',
    'Der Erfolg hängt mit Ihrem Einsatz zusammen.',
    'Wir warten gespannt auf Ihre Rückmeldung.',
    'Wir warten seit drei Wochen auf die Genehmigung der Stadt.',
    'Dank der Zustimmung Ihres Vermieters können wir schon im Mai anfangen.',
    'Der Antrag wurde von uns zu spät eingereicht, das tut mir leid.',
    'Die Kaution ist schon vor Fristablauf eingegangen, danke.',
    'Wir sind schnell fertig geworden, weil Ihr Team ständig erreichbar war.',
    'Die Kosten sind höher, weil Ihre Küche größer ist.',
    'Ihre Fragen haben uns nicht aufgehalten, im Gegenteil.',
  ],
  en: [
    'The documents from your office arrived on Monday, thank you.',
    'Thanks to the quick answers from your team, we are ahead of schedule.',
    'The delay is down to a backlog at the council.',
    'How we proceed is entirely down to you.',
    'The signed forms were sent to us yesterday, many thanks.',
    "The forms haven't been sent to us yet, but there's no rush.",
    'It would be lovely if you could join us for the handover.',
    "We're not done yet because our engineer is off sick.",
    'Your payment reached us on Friday.',
    'This has nothing to do with your paperwork; the query came from the tax office.',
    'The key was left with your neighbour as we agreed.',
    "We didn't get the permit until Friday because the council was short-staffed.",
    'If your files reach us after the 5th, we simply file the following week.',
    'Since you were away, we postponed the meeting to Thursday.',
    "Our report wasn't finished as promised, and I'm sorry about that.",
    'That we got this far so quickly is down to you.',
    "The files reached us late, but that's perfectly fine.",
    "If you hadn't replied so quickly, we'd still be waiting.",
    "That could have been avoided if we had checked sooner; I'm sorry.",
    'The reason we enjoy this project is the team, which we are proud of.',
    'The good results trace straight back to the effort you put in.',
    'We are looking forward to hearing from your team.',
    'We had to chase the council three times for the permit.',
    'The delay lies with the supplier, not with you.',
    'The permit was never sent to us by the council, so we chased them.',
    'We finished early because your team kept us informed.',
    'The costs are higher because your kitchen is bigger.',
    'Your questions never held us up at all.',
    // A problem denied is no damage: the cause is credit.
    'Not a single issue came up at the audit, which is entirely down to your careful ledgers.',
  ],
};

describe('reader-fault after the blame5 batch', () => {
  for (const language of ['de', 'en'] as const) {
    it.each(FLAGS[language])(`flags (${language}) %j`, (text) => {
      expect(blamed(language, text).length).toBeGreaterThan(0);
    });
    it.each(QUIET[language])(`leaves (${language}) %j alone`, (text) => {
      expect(blamed(language, text).map((f) => text.slice(f.start, f.end))).toEqual([]);
    });
  }
});
