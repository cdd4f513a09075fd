// More shapes of pressure: verb-first conditions whose consequence befalls the
// reader or the plan, a condition after "Please note that", "keep … and …",
// a last notice running into its sanction, the end of the work on the spot,
// a cost pinned on the reader, reproaches in hindsight. The near misses use
// the same words for news, care, offers and thanks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import type { Language } from '../../../../lib/analysis/types';

const MUST: Record<Language, readonly string[]> = {
  de: [
    'Kommt die Freigabe morgen wieder nicht, ist der Drucktermin für mich erledigt.',
    'Fehlt das Gutachten am Freitag immer noch, lasse ich die Einspruchsfrist einfach verstreichen.',
    'Sagst du noch einmal so spät ab, berechne ich dir die Stunde in voller Höhe.',
    'Kurz und klar: Bleiben die Daten wieder aus, übernehmen wir für den Termin keine Gewähr.',
    'Bei einer weiteren unangekündigten Absage werden wir Sie nicht mehr als Kundin führen können.',
    'Bitte bündeln Sie die Änderungswünsche. Andernfalls rechnen wir jede weitere Runde nach Aufwand ab.',
    'Wenn ihr weiterhin ohne Vorbereitung kommt, sehe ich keinen Sinn darin, die Beratung fortzuführen.',
    'Mach die Übungen bitte zu Hause, sonst brauchen wir über eine Verlängerung gar nicht erst zu sprechen.',
    'Dies ist die letzte Mahnung, bevor wir die Forderung an ein Inkassobüro übergeben.',
    'Die Nachzahlung trägst dann du, nicht ich.',
    'Die Verantwortung für den Schaden liegt dann allein bei Ihnen.',
    'Sie hätten den Vertrag ohne Rücksprache nicht unterschreiben dürfen.',
    'Das hättest du nicht einfach ohne mich einreichen dürfen.',
    'Ich erwarte allerdings, dass die Baustelle ab sofort abends abgeschlossen wird.',
    'Das ist das letzte Mal, dass wir eine Nachtschicht kostenlos übernehmen.',
    'Ich gebe euch noch bis Dienstag Zeit, danach vergebe ich den Auftrag an jemand anderen.',
    'Solange der Restbetrag offen ist, arbeiten wir nicht weiter.',
    'Noch so eine Nummer, und ich bin raus.',
    'Ist das Honorar bis Ende März nicht da, sehe ich mich nicht in der Lage, weiterzuarbeiten.',
    'Meldet ihr euch bis zum 20. nicht, geht die Forderung an unseren Anwalt.',
    'Machst du das noch einmal, war es das mit uns.',
    'Entweder das Geld ist am Montag da, oder die Baustelle bleibt zu.',
    'So etwas lasse ich mir nicht länger gefallen.',
    'Ab nächster Woche gilt: Wer ohne Absage fehlt, verliert den Termin.',
    'Beim nächsten Zwischenfall berechnen wir den Einsatz nach Aufwand und nicht mehr pauschal.',
    'Kommen die Zahlen bis Montag nicht, musst du dir einen anderen Berater suchen.',
    'Fehlt die Vollmacht weiter, verschieben wir den Termin auf unbestimmte Zeit.',
    'Die Leerfahrt müssen wir dir dann trotzdem berechnen.',
    'Du hättest mir vorher Bescheid geben müssen.',
    'Bitte bedenken Sie, dass bei weiterem Verzug die Sache an unser Inkassobüro geht.',
    'Bis der Vorschuss überwiesen ist, halten wir die Gutachten zurück.',
    'Tut sich bis Ende Juni nichts, werde ich Konsequenzen ziehen.',
    'Kommt die Vollmacht nicht, entscheiden wir anhand der uns vorliegenden Zahlen.',
    'Wir haben wirklich lange genug gewartet.',
    'Ich bin nicht länger bereit, noch länger auf die Unterlagen zu warten.',
    'Lasst das bitte nicht wieder vorkommen.',
    'Dir wurde mehrfach gesagt, dass der Schlüssel in den Kasten gehört.',
    'Weil wir seit Wochen nichts von Ihnen gehört haben, schließen wir den Vorgang zum Quartalsende.',
    'Ehrlich gesagt: Kommt das noch einmal vor, sind wir fertig miteinander.',
    'Ist um acht keiner vor Ort, wird Ihnen die Leerfahrt berechnet.',
    'Der Rabatt gilt bis zum 10., danach steigen die Preise wieder.',
    'Euer Schweigen lässt uns kaum eine andere Wahl.',
    'Wir sind an einem Punkt, an dem ich eine klare Zusage brauche.',
  ],
  en: [
    "If the retainer isn't paid by Friday, we're handing your start date to the next project on our list.",
    'Either you send the figures by Thursday or we stop right there.',
    "Clear the loft by Monday or we're packing up and charging you for the wasted trip.",
    'Please note that any further late cancellations will result in a cancellation fee.',
    "Keep ignoring the invoices and we'll have to pass the account to collections.",
    "One more breach like this and we'll end the maintenance contract.",
    "If the attendance doesn't improve, I don't see the point of continuing these sessions.",
    'This is your final notice before we refer the debt to a collection agency.',
    'Any delays caused by the missing copy are on you.',
    'The late filing penalty will be yours to pay.',
    "You shouldn't have posted the screenshots in the group chat.",
    'You ought to have kept the receipts for the whole year.',
    "That's the last time we rework the layout for free.",
    "It's the last time I'll waive the call-out charge.",
    'Otherwise the cost of the second visit is on you.',
    'You have until Friday; after that the booking is cancelled.',
    'Skip another session and your place will be offered to the waiting list.',
    "Pull that again and we're done.",
    "If the retainer isn't topped up, we're no longer in a position to keep working on the case.",
    "If there's no word from you by the 9th, the account goes to our collections team.",
    "If the transfer doesn't arrive, we'll take further action.",
    'Either the keys are returned today or the account stays frozen.',
    'Unless the deposit arrives, no further sessions will be booked.',
    "We can't keep waiting forever on the signed plans.",
    'Failure to respond will leave us no choice but to close the file.',
    'Going forward, missed appointments will be charged in full.',
    'The next time it happens, the visit will be billed at our out-of-hours rate.',
    "We need them by Friday, or I'll have to file on estimates.",
    "If the plans aren't back by Monday, you'll have to live with the delay.",
    "Sign the change order today, otherwise we'll have to re-scope the job.",
    'No brief by Tuesday, no shoot on Friday.',
    'The remaining balance is now due immediately.',
    "Don't let that happen again, please.",
    'This has dragged on long enough.',
    "We're not willing to keep working for nothing.",
    "I can't hold your booking open beyond Friday.",
    "You've been reminded three times to lock the side gate.",
    "The launch date is the 3rd, and it won't move.",
    'Until the overdue deposit is paid, the keys will be withheld.',
    "Quick note: skip the next review and we'll assume you've gone with a different studio.",
    "Since we still haven't heard back, we will be closing the file on Friday.",
    'Please settle the invoice this week, as otherwise the hosting will be suspended.',
    'Should the balance remain unsettled, our solicitors will be instructed.',
    'Your silence leaves us little choice.',
    "We've come to the point where I need a firm answer.",
  ],
};

const MUST_NOT: Record<Language, readonly string[]> = {
  de: [
    'Kommt der Maler nicht wie geplant, rufen Sie mich kurz an.',
    'Ist die Rechnung schon bezahlt, ist dieses Schreiben für Sie erledigt.',
    'Falls die Lieferung später kommt, verschieben wir die Montage einfach um einen Tag.',
    'Bitte schicken Sie uns alle weiteren Wünsche gesammelt, dann planen wir die nächste Runde.',
    'Wenn es regnet, hat es wenig Sinn, heute die Fassade zu streichen.',
    'Sonst alles klar bei euch?',
    'Dies ist die letzte Seite, bevor der Anhang mit den Plänen beginnt.',
    'Die Entscheidung liegt ganz bei Ihnen, wir unterstützen beide Varianten.',
    'Die Anfahrt zahlen dann wir, das ist für uns selbstverständlich.',
    'Wir hätten den Antrag nicht so spät einreichen dürfen, das tut mir leid.',
    'Ich erwarte, dass die Genehmigung Ende Mai kommt, und melde mich dann.',
    'Das ist das letzte Mal, dass wir uns vor der Übergabe sehen.',
    'Eine Sache noch: Haben Sie die Schlüssel schon, sind wir am Montag um acht da.',
    'Sie hätten übrigens Anspruch auf eine Erstattung gehabt, das korrigiere ich gern.',
    'Fehlen Ihnen noch Unterlagen, melden wir uns gern mit einer Liste.',
    'Am Freitag bin ich raus aus dem Büro, ab Montag wieder erreichbar.',
    'Solange die Tür offen ist, arbeiten wir im Flur nicht weiter.',
    'Entweder wir treffen uns Dienstag oder Mittwoch, ganz wie es Ihnen passt.',
    'Ich bin bis Donnerstag im Urlaub, danach melde ich mich sofort bei Ihnen.',
    'Das lasse ich mir gern noch einmal von Ihnen erklären.',
    'Ich weiß nicht, wer zu spät kommt, aber wir fangen pünktlich an.',
    'Sie können sich gern einen anderen Termin aussuchen.',
    'Wir hätten Sie früher informieren müssen, das tut mir leid.',
    'Die Leerfahrt berechnen wir dir natürlich nicht.',
    'Lassen Sie den Putz lange genug trocknen, bevor Sie streichen.',
    'Der Anstieg zum Haus zieht sich am Ende ein wenig.',
    'Ich bin gern bereit, weiter mit Ihnen an dem Konzept zu arbeiten.',
    'Wir können Ihren Termin gern noch bis Freitag freihalten.',
    'Da wir alle Unterlagen erhalten haben, schließen wir den Vorgang jetzt ab.',
    'Wir sind jetzt an dem Punkt, wo die Leitung in die Wand geht.',
    'Das Angebot gilt bis Freitag, danach sinken die Preise sogar.',
  ],
  en: [
    'If the parcel has not arrived by Friday, we will chase the courier for you.',
    'We stop here for lunch and carry on at two.',
    'Either Tuesday or Thursday works, so pick whichever suits you.',
    "Keep the receipts; we'll sort the claim together.",
    'This is the final slide before the break.',
    'The next round of coffee is on you, after last time!',
    'The final choice of tiles will be yours to make.',
    'You ought to have received the keys by now; let me know if not.',
    "Oh, you shouldn't have, the flowers are lovely!",
    'This is the last time we meet before the handover, so bring any questions.',
    'If nothing changes in the plan, we will start on Monday as agreed.',
    'Please note that the office is closed on Friday.',
    'Call 999 straight away if the bleeding does not stop.',
    'If the form arrives after the 10th, the office will process it next month.',
    'One more thing: the parking permit is in the blue folder.',
    "I'm away until Monday; after that I'll call you about the tiles.",
    'Keep the receipts and we can claim the VAT back together.',
    "Do the stretches twice a day and you'll be finished with physio by May.",
    'Either the blue or the green tiles would look lovely in there.',
    'If the rash does not settle, we will take further tests next week.',
    'Failure of the pump is covered by the warranty.',
    'Going forward, new appointments can be booked online.',
    'No worries, no rush with the forms.',
    "If you'd rather not wait, we can release the date to you today.",
    'The balance falls due a month after handover.',
    "Don't worry if it happens again; just give us a ring.",
    'Let the plaster dry long enough before painting.',
    'I can hold your booking open until Friday if that helps.',
    "As we've now received everything, we will be closing the file with a final summary.",
    "We're at the point where the pipe enters the wall.",
    "Miss the bus and we'll assume you're coming by car.",
  ],
};

const pressure = (text: string, language: Language) =>
  analyze(text, { language }).findings.filter((f) => f.category === 'pressure');

describe.each(['de', 'en'] as const)('pressure shapes (%s)', (language) => {
  it('has at least 15 examples each way', () => {
    expect(MUST[language].length).toBeGreaterThanOrEqual(15);
    expect(MUST_NOT[language].length).toBeGreaterThanOrEqual(15);
  });

  it.each(MUST[language].map((t) => [t]))('flags %j', (text) => {
    const found = pressure(text, language);
    expect(found.length, text).toBeGreaterThan(0);
    // The span carries the threat or the reproach, not one word of it.
    const span = text.slice((found[0] as (typeof found)[0]).start, (found[0] as (typeof found)[0]).end);
    expect(span.split(/\s+/).length, span).toBeGreaterThanOrEqual(3);
  });

  it.each(MUST_NOT[language].map((t) => [t]))('leaves %j alone', (text) => {
    expect(pressure(text, language).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});
