import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../../lib/analysis';

// The constructions widened after the blame3 batch: "noch immer nicht", a main
// clause after a colon, "ihr" in a relative clause, the reader's side returning
// something late, long counterfactual conditions, "Das kommt daher, dass …"
// pointing back at a damage, a relative clause whose head deviates or is "too
// wide", the writer getting the reader's part late, short notice, and "the
// update your developer pushed".
const blamed = (language: Language, text: string) =>
  analyze(text, { language }).findings.filter((f) => f.category === 'blame');

const FLAGS: Record<Language, readonly string[]> = {
  de: [
    'Die Nebenkostenbelege haben Sie mir trotz dreier Nachfragen noch immer nicht zukommen lassen.',
    'Das Bad ist fertig: Die Silikonfugen hast du trotz meines Hinweises schon am zweiten Tag belastet.',
    'Der Rasen ist kaputt: Die Mähroboter-Station habt ihr falsch angeschlossen.',
    'Die Leuchten, die ihr online bestellt habt, passen leider nicht in die Deckenausschnitte.',
    'Die Fenster, die Sie selbst ausgewählt haben, weichen vom genehmigten Plan ab.',
    'Die Vollmacht kam von Ihnen erst nach Ablauf der Frist zurück.',
    'Die Unterlagen kamen von dir erst drei Tage nach dem Termin zurück.',
    'Hätten Sie uns die Zählerstände und die Abschlagsbeträge wie besprochen bis Ende März geschickt, wäre die Abrechnung fertig.',
    'Die Wand ist feucht. Das kommt daher, dass Sie nach dem Duschen nie lüften.',
    'Der Keller ist nass. Das liegt vor allem daran, dass Ihr Gartenbauer den Ablauf zugeschüttet hat.',
    'Der Schimmel hat seine Ursache darin, dass Ihr Mieter die Lüftungsanlage abgeschaltet hat.',
    'Ihr Hausmeister hat die Steuerung der Heizung einfach abgebrochen.',
    'Der Fehlerstrom kommt daher, dass Ihr Schwager die Leitung in Eigenregie verlegt hat.',
    'Durch Ihre lückenhaften Angaben mussten wir die Erklärung zweimal einreichen.',
    'Der Entwurf lag fast vier Wochen bei Ihnen, bevor wir eine Antwort bekamen.',
    'Die Fotos haben wir von euch erst am Abend vor dem Druck bekommen.',
    'Wir haben die Belege erst nach der Abgabefrist von Ihnen erhalten.',
    'Die Rechnung, die Ihr Möbelhaus geschickt hat, enthält keine Steuernummer.',
    'Die Zahlen waren mau. Das lag daran, dass ihr die Preise nicht angepasst habt und der Shop offline war.',
    'Die Fliesen sind gesprungen. Das ist darauf zurückzuführen, dass Ihr Fliesenleger den Kleber zu dünn aufgetragen hat.',
    'Sie haben die Tabletten trotz unserer Anleitung auf nüchternen Magen genommen.',
    'Du hast die Wand dunkelblau gestrichen, ohne Rücksprache mit uns.',
    'Ihnen ist bei der Überweisung ein Fehler unterlaufen.',
    'Da haben Sie sich wohl vertan.',
    'Ihr fehlendes Feedback hat den Launch um zwei Wochen verzögert.',
    'Sie haben die Heizung über den Winter ausgeschaltet, und jetzt sind die Rohre geplatzt.',
    'Die Unterlagen, die Ihr Steuerbüro geschickt hat, waren unvollständig.',
    'Ihre Angaben zur Wohnfläche waren leider falsch.',
    'Das Problem entstand, als Ihr Hausmeister den Hauptschalter umlegte.',
    'Sie haben bei der Abrechnung einen Zahlendreher gemacht.',
    'Sie haben den Beratungstermin kurzfristig abgesagt.',
    'Leider hast du die Abgabefrist gerissen.',
    'Der Brief kam zurück, weil Ihre Anschrift unvollständig war.',
    'Sie haben die Kontrolltermine einfach ausfallen lassen.',
    'Ihr habt den Server ohne Backup neu aufgesetzt.',
    'Die Anzahlung, die Sie überwiesen haben, war um 200 Euro zu niedrig.',
  ],
  en: [
    'The site crashed on Friday thanks to the plugin update your freelance developer pushed without testing it.',
    'The outage came from the firmware update your IT provider installed without checking it.',
    'Your payroll provider missed the March deposit, which is why the penalty arrived.',
    "If you'd kept the brace on like we agreed, you wouldn't be back in pain now.",
    'You have cancelled three of the last four sessions with less than a day’s notice.',
    'You cancelled the site visit at very short notice, so the crane hire was wasted.',
    'Your bookkeeper only sent the ledgers after the filing deadline had passed.',
    'Your office returned the forms after the tax deadline.',
    "We didn't get the signed lease from you until the morning of the move.",
    "We didn't receive the floor plans from your architect until the day of the survey.",
    'We only received the bank statements from you after the return was due.',
    'The doors you insisted on ordering from the online shop are too narrow for the frames.',
    'Your cousin rewired the kitchen without a permit, and the circuit keeps tripping.',
    "You didn't do any of the stretches we agreed on.",
    'Your brother-in-law skipped the damp-proof course when he laid the floor.',
    'The damp is mostly because you dried washing indoors all winter. This is a real problem.',
    'You moved the furniture back in, against what we agreed.',
    'Your son turned up without the forms signed.',
    'The boiler your landlord chose is undersized for the flat.',
    'Sales dropped in June because your team switched off the email campaign.',
    "You've made a mistake on the tax form.",
    'Your lack of response has delayed the project by a month.',
    'Your failure to pay on time means the supplier has stopped work.',
    'The fault lies with your installer.',
    'Your figures for the second quarter were wrong.',
    'The leak started when your plumber tightened the old valve.',
    'The deposit you paid was short by £200.',
    'The invoice is overdue because your finance team put it on hold.',
  ],
};

const QUIET: Record<Language, readonly string[]> = {
  de: [
    'Die Belege haben Sie uns schon vollständig zukommen lassen, vielen Dank.',
    'Das Bad ist fertig: Die Fugen können Sie ab Montag belasten.',
    'Die Leuchten, die ihr ausgesucht habt, passen wunderbar zur Decke.',
    'Die Fenster, die Sie ausgewählt haben, entsprechen genau dem Plan.',
    'Die Vollmacht kam von Ihnen pünktlich zurück, danke.',
    'Sie kommen erst nach Ihrem Urlaub zurück, das passt uns gut.',
    'Hätten Sie am Donnerstag oder Freitag nach der Mittagspause kurz Zeit, könnten wir telefonieren?',
    'Die Wand ist trocken. Das kommt daher, dass Sie so regelmäßig lüften.',
    'Das liegt daran, dass wir den Termin verschoben haben.',
    'Die gute Raumluft hat ihre Ursache darin, dass die Lüftung jetzt läuft.',
    'Sie können den Vorgang jederzeit abbrechen.',
    'Die Unterlagen liegen bei Ihnen, melden Sie sich gern mit Fragen.',
    'Der Entwurf lag drei Wochen bei uns, weil unser Statiker krank war.',
    'Die Fotos haben wir von euch schon am Montag bekommen, super.',
    'Wir haben die Belege von der Bank erst nach der Frist erhalten.',
    'Ihr habt die Terrasse in Eigenregie wunderbar gepflastert!',
    'Die Rechnung, die Ihr Autohaus geschickt hat, ist vollständig und korrekt.',
    'Die Zahlen waren prima. Das lag daran, dass ihr so gründlich vorbereitet habt.',
    'Sie haben die Tabletten genau nach unserer Anleitung genommen.',
    'Sie haben keinen Fehler gemacht, die Zahlen stimmen.',
    'Uns ist ein Fehler unterlaufen, nicht Ihnen.',
    'Die Verantwortung für die Bauleitung liegt bei Ihnen als Bauherr.',
    'Sie haben die Heizung eingeschaltet, und jetzt ist es schön warm.',
    'Der Schaden entstand, als der Sturm das Dach abdeckte.',
    'Falls Ihnen ein Fehler auffällt, sagen Sie mir bitte Bescheid.',
    'Sie haben uns erst gestern beauftragt, deshalb beginnen wir nächste Woche.',
    'Sie haben den Termin kurzfristig zugesagt, vielen Dank.',
    'Der Brief kam an, weil Ihre Anschrift vollständig war.',
    'Sie haben vor dem Update ein Backup gemacht, sehr gut.',
    'Die Anzahlung, die Sie überwiesen haben, ist gut angekommen.',
    'Die Küche, die ihr geplant habt, ist zu schön, um wahr zu sein.',
    'Das hilft wenig, falls die Werte, die Sie notiert haben, unvollständig sind.',
  ],
  en: [
    'The site is faster thanks to the plugin update your developer installed last week.',
    "If you'd like the brace adjusted, just pop in any afternoon.",
    "If you'd rather keep the brace, that is fine with us.",
    'You can cancel a session with less than a day’s notice if you are unwell.',
    'We received the ledgers from your bookkeeper well before the deadline.',
    'We got the signed lease from you on Monday, thank you.',
    "We didn't get the lease from the landlord until Friday.",
    'The doors you picked look lovely in the hallway, and the frames fit them too.',
    'Your cousin did a lovely job on the kitchen shelves.',
    "You didn't do anything wrong; the form was confusing.",
    'Your payroll provider sent the March deposit on time.',
    'Only after the survey will we know the final price.',
    'Your office sent the forms well before the deadline.',
    'This is because we changed the supplier in spring.',
    'The new tiles you chose arrive on Tuesday.',
    'You missed nothing important at the meeting.',
    'You moved the furniture back in, just as we agreed.',
    'The boiler your landlord chose is ideal for the flat.',
    'Sales rose in June because your team launched the email campaign.',
    'You made a great call on the flooring.',
    'We made a mistake on your invoice, sorry.',
    'Your work has held up well through the winter.',
    'The responsibility for insurance lies with you as the owner.',
    'The project started when you called us in March.',
    'Your quick reply delayed nothing, we were still waiting on the council.',
    'If you made a mistake on the form, just send a new one.',
    'The cake you brought was too good to share.',
    'The deposit you paid was shortly refunded in full.',
  ],
};

describe('reader-fault after the blame3 batch', () => {
  for (const language of ['de', 'en'] as const) {
    it.each(FLAGS[language])(`flags (${language}) %j`, (text) => {
      expect(blamed(language, text).length).toBeGreaterThan(0);
    });
    it.each(QUIET[language])(`leaves (${language}) %j alone`, (text) => {
      expect(blamed(language, text)).toEqual([]);
    });
  }
});
