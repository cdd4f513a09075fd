// Ultimatums: a condition the reader fails to meet plus a sanction the writer
// imposes. The near misses are what a threat detector must leave alone: a
// consequence the reader only needs to know, an offer, the reader's own wish,
// a favour, a reason, a question.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { COMMANDS } from '../../../../lib/analysis/constructions/ultimatum-commands';
import { viewSentence } from '../../../../lib/analysis/document';
import { ultimatumIn } from '../../../../lib/analysis/rules/ultimatum';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

const MUST: Record<Language, readonly string[]> = {
  de: [
    'Holen Sie den Anhänger nicht bis Montag ab, stellen wir ihn auf Ihre Kosten in die Halle.',
    'Liegen mir die Belege bis Mittwoch nicht vor, lege ich die Vertretung nieder.',
    // A passive sanction on the reader's booking: rebooked, given to others.
    'Melden Sie sich bitte bis Donnerstag, sonst wird Ihr Tisch anderweitig vergeben.',
    'Die Vollmacht brauchen wir bis zwölf Uhr, sonst wird der Flug nach Lissabon umgebucht.',
    // A promise withdrawn, goods taken back, the full rent laid on the reader.
    'Kommt die Freigabe nicht bis Monatsende, können wir die Preisgarantie nicht länger aufrechterhalten.',
    'Ist die Schlussrate bis Mittwoch nicht da, bauen wir die Pergola wieder ab.',
    'Steht der Container am Montag wieder im Weg, zahlen Sie die volle Tagesmiete für den Kran.',
    'Bleibt die Wartung auch diesmal aus, stellen wir die Bereitschaft ein.',
    'Schick mir die Quittungen bis Montag, sonst reiche ich die Erklärung mit Schätzwerten ein.',
    'Entweder du lieferst die Fotos am Montag, oder wir beenden die Zusammenarbeit.',
    'Sollte der Betrag am Zwanzigsten nicht auf unserem Konto sein, sehe ich mich gezwungen, die Vertretung niederzulegen.',
    'Sollten Sie erneut ohne Absage fehlen, stellen wir Ihnen eine Ausfallgebühr in Rechnung.',
    'Gelingt es dir nicht, die Pläne bis Freitag zu schicken, lassen wir das Projekt ruhen.',
    'Wenn ihr so weitermacht, können wir uns die Workshops gleich sparen.',
    'Bitte überweisen Sie den Rest bis Ende Mai, andernfalls sperren wir Ihr Kundenkonto.',
    // Contact called off as the sanction.
    'Wenn der Zaun bis Samstag nicht steht, brauchen Sie mich gar nicht mehr anzurufen.',
    'Ohne Freigabe kein Druck am Dienstag – das geht allein auf Ihre Kappe.',
    'Falls bis Freitag keine Zahlung eingeht, leiten wir rechtliche Schritte ein.',
    'Geht die Anzahlung nicht rechtzeitig ein, stornieren wir die Buchung.',
    'Wenn bis Montag nichts kommt, kündigen wir den Wartungsvertrag.',
    'Bitte bestätigen Sie die Buchung bis Freitag. Ansonsten behalten wir die Anzahlung ein.',
    'Wir kündigen den Vertrag, wenn die Rate wieder ausbleibt.',
    'Kommt die Freigabe nicht bis Donnerstag, berechnen wir die Wartezeit zusätzlich.',
    'Falls du die Fotos wieder zu spät schickst, bleibt mir keine andere Wahl, als den Termin zu streichen.',
    'Sollte die Miete weiterhin ausbleiben, sperren wir den Zugang zum Lager.',
    'Reichen Sie die Belege nicht bis zum 10. ein, übernehmen wir keine Haftung für Säumniszuschläge.',
    'Wenn die Schlussrate nicht bis Monatsende da ist, übergebe ich die Forderung meinem Anwalt.',
    'Wenn ihr die Miete wieder zu spät überweist, kündige ich euch fristlos.',
    'Im Falle weiterer Verzögerungen berechnen wir die Standzeiten gesondert.',
    'Ich muss den Stellplatz leider anderweitig vergeben, wenn ich bis morgen nichts höre.',
    'Bitte bestätigen Sie die Reservierung bis Freitag. Ansonsten vergeben wir den Platz weiter.',
    'Falls Sie wieder nicht erscheinen, müssen wir Ihnen die Stunde voll berechnen.',
    'Wenn das so weitergeht, suche ich mir einen anderen Anbieter.',
    'Wenn ihr bis Montag nicht zusagt, geben wir die beiden Zimmer weiter.',
  ],
  en: [
    'If you do not collect him by Monday, we will move him to the back paddock at your cost.',
    // A progressive whose -ing form is also a noun ("offering", "billing") is the verb.
    "Unless the forms are back by Friday, we'll be offering your place to the next patient on the list.",
    'If the scaffold tower is still in the yard on Friday, we will charge the daily hire rate.',
    // The thing left unnamed, or named after "or the": the sanction still reads.
    'Send the consent form back by noon, or it will be rebooked for next month.',
    'Confirm the numbers by Tuesday, or the room will be released to the waiting list.',
    'If the deposit is not in by the 3rd, we can no longer honour the price guarantee.',
    // A request that names what the reader does not need is no wish the 'Otherwise' defaults to.
    "Please cancel the sessions you don't need by Monday. Otherwise we'll have to withdraw your booking rights.",
    // What is reported ('that no inspection was possible') does not negate the sanction.
    'Either you confirm the address by Friday, or we shall close your file and report to your insurer that no visit took place.',
    'Unless the signed forms reach us by noon Friday, I shall close your file and keep the retainer.',
    'Please send the copy by Wednesday; failing that, I will invoice the waiting time as extra hours.',
    'Make sure the alarm code is changed today. Otherwise, we cannot be held liable for any break-in.',
    "If I find another post like that, I'll have to reconsider representing you.",
    'If you skip the filing again, the late fine is on you.',
    'If the balance is not cleared by Monday, we will pull the crew off site.',
    "If the session on the 3rd doesn't go ahead, consider the coaching package closed.",
    'If this happens once more, we will be forced to remove you from our list.',
    'Should you fail to pay the deposit by Friday, the booking will be cancelled.',
    'Absent a reply by Thursday, we will release your slot to another client.',
    'Failing a countersigned quote by Tuesday, we will release the crane booking.',
    'If you do not confirm by Friday, the stall goes to the next family on our list.',
    "If I don't hear back by Monday, I'll hand the matter to our solicitors.",
    'Pay the second invoice this week or we will stop all work on the extension.',
    'We will suspend your account if the invoice remains unpaid.',
    "Either you confirm the plans by Tuesday or I'll withdraw from the project.",
    'If the samples are late again, we will charge the storage fees to you.',
    'Either the crates are collected by Monday, or we invoice you for the storage.',
    'Without the deposit by the 5th, we will give your table to the next couple on the list.',
    'If you miss another appointment, a no-show fee will be added to your account.',
    "If this isn't sorted by the end of the week, I'll take my business elsewhere.",
    'In the event of non-payment, we will refer the account to a collection agency.',
    'If I get no answer this week, I will escalate this to your director.',
    "Please confirm the booking by Friday. Otherwise we'll release the slot on Monday.",
    'Should the invoice remain unpaid, we will add interest at eight per cent.',
    'If the keys are not returned by Monday, the deposit will be kept.',
    "If that happens again, I'll look for another accountant.",
  ],
};

const MUST_NOT: Record<Language, readonly string[]> = {
  de: [
    // A delivery taken back for another day is service, not a sanction.
    'Wenn Sie nicht da sind, nehmen wir das Paket wieder mit und stellen es morgen zu.',
    'Ohne Ihre Unterschrift kann das Amt den Antrag nicht bearbeiten.',
    'Falls das Paket bis Freitag nicht ankommt, sag Bescheid, dann frage ich beim Kurier nach.',
    'Falls Sie noch Fragen haben, rufen Sie mich einfach an.',
    'Wenn das Fieber nicht sinkt, rufen Sie bitte sofort an.',
    'Sonst können wir uns auch am Dienstag treffen.',
    'Sonst alles gut bei uns.',
    'Ansonsten wünsche ich ein schönes Wochenende.',
    'Falls Sie den Termin nicht mehr brauchen, stornieren wir ihn kostenlos.',
    'Wenn Sie nicht zufrieden sind, kündigen wir den Vertrag gern vorzeitig.',
    'Falls der Kurs nicht stattfindet, erstatten wir die Gebühr.',
    'Wenn die Wand nicht tragfähig ist, entstehen Mehrkosten.',
    'Falls Sie nicht kommen können, berechnen wir nichts.',
    'Da die Unterlagen nicht vorliegen, verschieben wir den Termin.',
    'Sollte etwas nicht passen, ändern wir es gern.',
    'Wie sonst auch berechnen wir die Anfahrt pauschal.',
    'Wenn Sie den Vertrag nicht verlängern möchten, kündigen wir ihn zum Monatsende.',
    'Wir haben den Auftrag storniert, weil die Teile nicht lieferbar waren.',
    'Sollen wir den Vertrag kündigen, falls die Förderung nicht kommt?',
    'Falls Sie die Rechnung nicht erhalten haben, schicke ich sie gern noch einmal.',
    'Liegen die Unterlagen vor, beginnen wir sofort mit der Prüfung.',
    'Sollte der Maler nicht erscheinen, kündigen wir ihm und suchen einen neuen Betrieb.',
    'Wenn die Lieferung nicht kommt, storniere ich die Bestellung beim Händler.',
    'Falls bis zum Ersten keine Kündigung eingeht, verlängert sich das Abo automatisch.',
    'Bei Verzögerungen informieren wir Sie umgehend.',
    'Im Falle einer Verspätung rufen Sie uns bitte kurz an.',
    'Wenn Sie den Platz behalten wollen, melden Sie sich. Ansonsten vergeben wir ihn weiter.',
    'Ohne Ihre Hilfe hätten wir das Projekt abbrechen müssen, danke!',
    'Falls die Förderbank nicht zahlt, übernehmen wir die Mehrkosten.',
    'Sollte es mit dem Termin nicht klappen, stornieren wir ihn selbstverständlich kostenfrei.',
    'Wenn Sie nicht widersprechen, schließen wir den Vorgang am Freitag ab.',
  ],
  en: [
    'If the courier does not bring it by Monday, we will ask them to refund your postage.',
    "If you're still interested, we'll send the new brochure.",
    "If it's still raining on Saturday, we'll move the tasting indoors.",
    // A choice between two things, no sanction.
    'Send the floor plan or the photos, whichever is easier for you.',
    'The old slot will be rebuilt into a storage bay next spring.',
    'If you would like to extend the booking, let us know. Otherwise the booking ends on 30 May.',
    "If the parcel doesn't arrive by Friday, let me know and I'll chase the courier.",
    'If you have any questions, just give me a call.',
    'Please call us straight away if the swelling does not go down.',
    'Otherwise we can also meet on Tuesday.',
    "Unless you prefer Thursday, I'll book the room for Wednesday.",
    "If you no longer need the slot, we'll release it for someone else.",
    "If you're not happy with the result, we'll redo it free of charge.",
    "If the council doesn't approve the plans, we will revise the drawings.",
    "If you don't file by April, the IRS may charge a penalty.",
    "If you can't make it on Monday, we'll cancel the booking at no cost.",
    'We will not charge for the visit if the part does not fit.',
    'Otherwise all is well here.',
    "If you didn't receive the invoice, I'll send it again.",
    'The council cannot process the application without your signature.',
    "If the weather isn't good, we'll postpone the planting.",
    "Without your feedback we can't finalise the design, so please send it when you can.",
    'We closed the file last week because the sale fell through.',
    'Should we cancel the order if the fabric is not in stock?',
    'If the lift is not working, please use the stairs at the back.',
    "If the supplier doesn't deliver by Monday, we'll cancel the order and source it elsewhere.",
    'If the plumber does not turn up again, we will terminate his contract.',
    "If you don't cancel before the renewal date, the subscription renews automatically.",
    'Should you not wish to proceed, I shall close your file and refund the balance.',
    'If there are any further delays on our side, we will of course waive the fee.',
    'In the event of rain, the garden party moves indoors.',
    'Would the morning slot or the late one suit you better?',
    "If you'd like to keep the slot, just let me know. Otherwise we'll release the slot on Monday.",
    'Without your help we would have had to cancel the launch, thank you!',
    "Unless I hear otherwise, I'll close the ticket on Friday since the issue is fixed.",
    "If the bank doesn't approve the loan, we can pause the project until spring.",
    "If you don't like the colour, we'll repaint it at our cost.",
  ],
};

/** How many sentences the construction itself reads as ultimatums. */
function constructions(text: string, language: Language): number {
  const views = segment(text)
    .paragraphs.flatMap((p) => p.sentences)
    .map((s) => viewSentence(s, language, text));
  return views.filter((view, i) => ultimatumIn(view, views[i - 1]) !== null).length;
}

const ultimatums = (text: string, language: Language) =>
  analyze(text, { language }).findings.filter((f) => f.ruleId.endsWith('/pressure/ultimatum'));

describe.each(['de', 'en'] as const)('ultimatum (%s)', (language) => {
  it('has at least 15 examples each way', () => {
    expect(MUST[language].length).toBeGreaterThanOrEqual(15);
    expect(MUST_NOT[language].length).toBeGreaterThanOrEqual(15);
  });

  it.each(MUST[language].map((t) => [t]))('flags %j as one ultimatum with condition and sanction', (text) => {
    expect(constructions(text, language), text).toBe(1);
    // In the findings it may stand under a phrase entry that starts at the same word ("andernfalls sperren wir").
    const found = analyze(text, { language }).findings.filter((f) => f.category === 'pressure');
    expect(found.length, text).toBe(1);
    const f = found[0] as (typeof found)[number];
    const span = text.slice(f.start, f.end);
    // The span holds the threat, not just a word of it; the message quotes the user's words.
    expect(span.split(/\s+/).length, span).toBeGreaterThanOrEqual(4);
    expect(f.category).toBe('pressure');
    expect(f.cue && text.slice(f.cue.start, f.cue.end).length).toBeGreaterThan(0);
    const quoted = f.message.match(/[„“"](.+?)[“”"]/)?.[1] ?? '';
    expect(quoted.length, f.message).toBeGreaterThan(0);
    expect(text.includes(quoted.replace(/\s*…\s*/g, ' ').split(' ')[0] as string), f.message).toBe(true);
  });

  it.each(MUST_NOT[language].map((t) => [t]))('leaves %j alone', (text) => {
    expect(constructions(text, language), text).toBe(0);
    const found = analyze(text, { language }).findings.filter((f) => f.category === 'pressure');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe('ultimatum span', () => {
  it('reaches from the condition to the end of the sanction clause, and over the short zu-infinitive it announces', () => {
    const text = 'Sollten Sie noch einmal nicht erscheinen, sehen wir uns gezwungen, die Behandlung zu beenden.';
    const [f] = ultimatums(text, 'de');
    expect(f && text.slice(f.start, f.end)).toBe(text.slice(0, -1));
    const long =
      'Sollten Sie nicht zahlen, sehen wir uns gezwungen, die Sache nach all den Monaten und Mahnungen nun einem Anwalt zu übergeben.';
    const [g] = ultimatums(long, 'de');
    expect(g && long.slice(g.start, g.end)).toBe('Sollten Sie nicht zahlen, sehen wir uns gezwungen');
  });

  it('starts at a short request before "sonst"', () => {
    const text = 'Schick mir die Belege bis Montag, sonst reiche ich mit Schätzwerten ein.';
    const [f] = ultimatums(text, 'de');
    expect(f && text.slice(f.start, f.end)).toBe(text.slice(0, -1));
  });

  it('starts at the connective when the condition is a request before it', () => {
    const text = "Please return the keys by Friday, otherwise we'll keep the deposit.";
    const [f] = ultimatums(text, 'en');
    expect(f && text.slice(f.start, f.end)).toBe("otherwise we'll keep the deposit");
  });

  it('starts at "entweder" in an either-or', () => {
    const text = 'Entweder Sie zahlen bis Freitag, oder wir stellen die Lieferung ein.';
    const [f] = ultimatums(text, 'de');
    expect(f && text.slice(f.start, f.end)).toBe(text.slice(0, -1));
  });

  it('ignores ultimatums in quoted replies', () => {
    const text = 'Danke, ich kümmere mich darum.\n\n> Sollte die Rate nicht kommen, kündigen wir den Vertrag.';
    expect(ultimatums(text, 'de')).toEqual([]);
  });
});

describe('a deadline next to an ultimatum', () => {
  it('is part of the pressure', () => {
    const text =
      'Sehr geehrter Herr Brandt,\n\nich erwarte die Pläne bis spätestens Freitag. Sollten sie nicht kommen, kündige ich den Vertrag.\n\nGrüße';
    const demand = analyze(text).findings.filter((f) => f.ruleId === 'de/pressure/ultimatum-demand');
    expect(demand.map((f) => text.slice(f.start, f.end))).toEqual(['ich erwarte die Pläne bis spätestens Freitag']);
  });

  it('is part of the pressure next to a last notice', () => {
    const text =
      'Hello Mr Price,\n\nThis is our final reminder. We expect the revised drawings back by Friday noon.\n\nRegards, Ana';
    const demand = analyze(text).findings.filter((f) => f.ruleId === 'en/pressure/ultimatum-demand');
    expect(demand.map((f) => text.slice(f.start, f.end))).toEqual([
      'We expect the revised drawings back by Friday noon',
    ]);
  });

  it('is a plain deadline without one', () => {
    const text = 'Hello Ms Kerr,\n\nwe expect the survey report by Monday. I will send you a summary then.\n\nBest, Jo';
    expect(analyze(text).findings.filter((f) => f.category === 'pressure')).toEqual([]);
  });
});

// Commands at the reader (constructions/ultimatum-commands.ts): each entry fires on its
// example and not on its near miss; advice in the same sentence keeps it quiet.
describe('commands at the reader', () => {
  const pressure = (text: string, language: Language) =>
    analyze(text, { language }).findings.filter((f) => f.category === 'pressure');

  for (const language of ['de', 'en'] as const) {
    for (const entry of COMMANDS[language].commands) {
      it(`${language}/${entry.id} fires on its example and not on its near miss`, () => {
        expect(pressure(entry.hit, language).length, entry.hit).toBeGreaterThan(0);
        expect(pressure(entry.miss, language), entry.miss).toEqual([]);
      });
    }
    for (const entry of COMMANDS[language].advice) {
      it(`${language}/${entry.id} turns a command into advice`, () => {
        expect(pressure(entry.hit, language), entry.hit).toEqual([]);
        expect(pressure(entry.miss, language).length, entry.miss).toBeGreaterThan(0);
      });
    }
  }

  it('leaves protective prohibitions and relief alone', () => {
    for (const [text, language] of [
      ['You must not sign anything from their side before I have read it.', 'en'],
      ['You only need to sign page two, we will do the rest.', 'en'],
      ['Sie müssen nichts unterschreiben, das erledigen wir.', 'de'],
      ['Rufen Sie bitte sofort an, falls die Wunde wieder blutet.', 'de'],
      // A safety instruction names its condition with "bei …" or "at the first sign of …".
      ['Bei Schwindel bitte sofort hinsetzen und die Praxis anrufen.', 'de'],
      ['Bei Gasgeruch verlassen Sie bitte sofort das Haus.', 'de'],
      ['At the first sign of a rash, stop the cream immediately and ring us.', 'en'],
    ] as const)
      expect(pressure(text, language), text).toEqual([]);
  });
});
