// Friendly wording that the blind batches of 2026-12-06 (tests/fixtures/analysis/blind/mix6,
// mix7, mix8, clean7 and later) showed being read as a problem, said again in new sentences: each must stay
// quiet. A single sentence cannot show a whole mail's ask, so "unclear-ask" is judged on
// the short mails below instead.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const SENTENCES = [
  // Twenty-eighth session, from mix28's clean mails: the writer's own tears of joy, a capitalised "NOT" that lifts a
  // duty, the congratulation "you've done it again", a loss made small after praise.
  'Natürlich habe ich bei eurer Rede wieder gelacht, wie immer, wenn ihr zwei euch so anschaut.',
  'Alle Proben sind unauffällig; eine Nachkontrolle ist NICHT nötig.',
  'Good news from the lab: a second test is NOT needed.',
  "You've done it yet again: the exhibition is fully booked for May!",
  'Your cake, though, held up beautifully: the icing only cracked in one corner.',
  // From mix29's clean mails: a query as the writer's question answered, an outcome stressed as good news, the one
  // paper still to send after thanks.
  'Your invoices always arrive on time, and every query we send gets a reply within the hour.',
  'Your timesheets reached us this morning. As usual, they were spotless.',
  'Your planning application has been APPROVED, and the notice is attached.',
  // "obviously" after the reader as subject sees their effort (mix25).
  "The plan is clear, and you've obviously spent real time on the figures.",
  'Thank you for the quick signatures. The only thing still needed is a scanned copy of your passport.',
  // Twenty-sixth session, from clean19–21: an offer to correct a summary, a delay that happened to the reader's
  // installation (not caused by the reader), keys handed over on leaving.
  "If I've got anything wrong in the list, tell me and I'll correct it.",
  'Leider gibt es eine Verzögerung bei Ihrer Wärmepumpe: Der Hersteller liefert das Steuerteil erst im März.',
  'Es gab einen Fehler bei Ihrer Abrechnung, den wir inzwischen korrigiert haben.',
  "Please leave the spare key to us before you set off, and we'll water the plants.",
  // Twenty-third session, from clean19: a third party's account reported, the reader's own words
  // quoted back after a colon, a duty given with what it is for after "For information:".
  'The landlord\'s agent has replied. Their account is that you "left the taps running all weekend". Your photos say otherwise.',
  'Beim ersten Termin haben Sie gesagt: „Ich will morgens im Licht frühstücken.“ Genau darauf bauen die Entwürfe auf.',
  'On our first call you said: "I want the garden to feel wild but tidy." Both plans keep to that.',
  'For information: to appeal the parking fine you must write to the council within 28 days of the notice.',
  // Twentieth session: a foreseen outcome in praise, others who share a problem or loved the same, care
  // about a treatment, points noted and taken up.
  "It doesn't surprise me at all that your guests loved the tart, it looked wonderful.",
  'Two other customers reported the same fault, so it looks like a firmware issue on our side.',
  'Other families loved the new climbing frame too.',
  'Zwei weitere Kunden haben denselben Fehler gemeldet, es liegt wohl an der Software.',
  'Mit der Wurzelbehandlung würde ich an Ihrer Stelle nicht zu lange warten, sonst entzündet sich der Zahn.',
  'Vielen Dank, Ihre Hinweise haben wir zur Kenntnis genommen und in den Entwurf eingearbeitet.',
  "Please don't hesitate to ring us if anything in the quote is unclear.",
  'Plenty of other parents would be delighted to help at the summer fair.',
  // Labels and headings in capitals, a manner praised with a duration, an imperative "keep", the writer as the one
  // who keeps writing, the writer's own careful work before "aber", a third party's offer or plan, a number's comma.
  'Bitte schreiben Sie ZERBRECHLICH auf die Kisten mit dem Porzellan.',
  'Kennzeichnen Sie den Karton bitte mit VORSICHT, dann stellen wir ihn nach oben.',
  'You marked the parcel PRIORITY in the portal, which helped us find it quickly.',
  'Thanks for holding so still for three hours on Saturday, the portrait is nearly done.',
  'Please lower the dose from Friday, and keep noting your readings in the diary.',
  'Apologies for being the one who keeps filling your inbox this week.',
  'Wir prüfen jede Leitung sorgfältig, einen Haarriss können wir aber nie ganz ausschließen.',
  'I read it twice, and I think their offer of £12,500 is frankly low for a role like yours.',
  'Ich habe heute das Bauamt informiert und den Generalunternehmer schriftlich gebeten, die Zufahrt freizuhalten.',
  // clean14: a lapsed hour that does not expire, a priced unit, the writer correcting themselves, a label before a
  // colon, advice with "recommend", acronyms, a statement after a semicolon, work taken up by the press, a promise.
  'Das Paket gilt ein Jahr, und Stunden, die du rechtzeitig absagst, verfallen natürlich nicht.',
  'Jede weitere Runde rechne ich mit 70 Euro pro Stunde ab.',
  'I need to correct something I told you on the phone last week.',
  '2. Petty Cash: three receipts in our sample of 25 had no date on them.',
  'We do recommend replacing it, as the old filling is likely to keep irritating the gum.',
  'Die Köderstationen haben wir gemäß HACCP aufgestellt und im Plan eingetragen.',
  'Die Mehrkosten schätze ich auf 400 Euro; das genaue Angebot kommt von Ihrem Schreiner.',
  'The quote you fought for has already been picked up by three newspapers.',
  'Der vereinbarte Preis bleibt ohne Wenn und Aber bestehen, so haben wir es Ihnen zugesagt.',
  // clean15: loyalty counted, a fault denied, a shortfall of the writer's, a crossed reminder, names in capitals.
  'Schön, dass ihr diesen Sommer schon zum dritten Mal zu uns kommt!',
  'Great to welcome you back for the fifth time this spring!',
  'Sie übersehen wirklich nie eine Kleinigkeit.',
  "You've now trained for ten weeks without missing a single class.",
  "I appreciate that the kitchen is two weeks later than you'd hoped.",
  'Falls du schon überwiesen hast, betrachte diese Nachricht einfach als erledigt.',
  'Euer Rekord bei KERKER 1888 steht übrigens immer noch.',
  'Du kannst auch erst im Herbst einsteigen, ganz wie es sich für dich richtig anfühlt.',
  "The mistake on the invoice was mine, and I'm sorry for the bother.",
  "That must be the fourth time this month I've been spoilt with your lemon cake.",
  'Danke für den schönen Abend, Ihr Vorschlag mit dem Kräutergarten geht mir seitdem nicht aus dem Kopf.',
  // A word stressed in warm thanks; grief.
  "I'm STILL laughing about your toast at the opening.",
  'Wir haben uns RIESIG über eure Karte gefreut.',
  'Es ist schrecklich, dass Sie Ihre Mutter so früh verloren haben.',
  'I was so sorry to hear you lost your old cat last week.',
  'Sorgen Sie bitte dafür, dass die Katze am Dienstag drinnen bleibt.',
  // The writer's own willingness, regret for the reader's wait, loyalty, a habit of praise.
  "I'd obviously be happy to look at the spring accounts as well.",
  'Your son joins the spring group, and that obviously makes us very happy.',
  "I'm sorry you have to wait another week for the replacement glass.",
  "You've been one of our most loyal patients from the very beginning.",
  "You've been coming to the practice for twelve years and you've never once missed a recall.",
  'Hoffentlich kommst du beim nächsten Mal wieder mit auf die Baustellenparty.',
  // Thanks for putting a wrong thing right, or for telling bad news.
  'Danke, dass du die falsche Lieferung so schnell mit dem Händler geklärt hast.',
  'Thanks for letting me know right away that the reminder went to our old address.',
  // Labels and names in capitals.
  'WICHTIG: Der Innenhof ist am Donnerstag gesperrt, der Besucherparkplatz bleibt frei.',
  'IMPORTANT: the car park is closed on Thursday, the side entrance stays open.',
  'Version 2.4 von FLINKBUCH steht ab heute für Sie bereit.',
  'The new TIDEWATCH app is live for your whole team from today.',
  'Die Wartung übernimmt ein Techniker der Firma KALTWERK am Dienstag.',
  // A pending item after "nur", a polite instruction with its reason.
  'Alles gut, nur eine Kleinigkeit: Auf Seite 2 fehlt noch Ihre Unterschrift.',
  "Please make sure you bring the signed form by Tuesday, we can't start without it.",
  // mix8: the reader praised with a habit word, a warm invitation, an offer after "obviously".
  'Ihr seid jedes Mal die herzlichsten Gäste, die unser Hof im ganzen Sommer hat.',
  'You are always the calmest clients we work with, even on moving day.',
  "Next month we're hosting a tasting evening, and you have to bring your partner; we'd love to meet her.",
  'Obviously, if any figure looks odd, we can go through it together before filing.',
  // mix9 and mix11: the writer's own team, a label closing its line, nothing asked, a kindness with "nie".
  'Unser Monteur war pünktlich um acht vor Ort, kam aber nicht in den Keller, weil der Schlüssel fehlte.',
  'Zum Schluss noch eine Kleinigkeit, für heute Abend ist Folgendes WICHTIG:\n',
  'No further action is needed on your side, the update is already live.',
  'The new kettle finally arrived, and we have obviously tested it with great care.',
  'Mit euch zu planen ist einfach schön: Ihr habt nie etwas dagegen, wenn wir früh anrücken.',
  'Noch mal danke für den Tipp an eure Nachbarn – die haben gestern angerufen, und wir streichen dort im Juli die Fassade.',
  // One word in capitals in a health or safety warning is its emphasis.
  'Bei Gasgeruch bitte die Heizung NICHT mehr einschalten und sofort den Notruf wählen.',
  'If the wound looks red or you get a fever, please ring us URGENTLY or go to A&E.',
  'Your HETAS certificate will arrive by post within two weeks.',
  // mix12: a duty of the reader's own cover with its purpose, a deadline whose reason opens the sentence.
  'To make sure the warranty stays valid, you must book the yearly service with a registered fitter.',
  'Damit wir den Bauantrag noch rechtzeitig einreichen können, brauchen wir Ihre Unterschrift, und zwar bis spätestens Freitag.',
  // mix14: a safety rule with "no exceptions", the law as a consequence's source, "obviously" reassuring that
  // things go on, an invitation with "though there's no need".
  'Everyone on the river trip must wear a buoyancy aid at all times, no exceptions.',
  'If the alarm test is not booked by 2 May, we are obliged to inform the landlord, as required by the tenancy regulations.',
  'Obviously your saved playlists carry over automatically after the update.',
  "You're very welcome to come to the unveiling, though of course there's no need.",
  // weak6: the writer taking the fault the sentence names.
  'You were right, the postcode on your delivery note was wrong, and that was our mistake, not yours.',
  'Die Hausnummer auf Ihrem Lieferschein war falsch, das war unser Fehler, nicht Ihrer.',
  // mix13: keeping children and pets from poison, "before" opening a clause, a counterfactual that thanks.
  'Bitte sorgen Sie unbedingt dafür, dass die Kinder und Ihr Hund den Schuppen bis zur Nachkontrolle nicht betreten.',
  'Please make absolutely sure the kids and the cat keep out of the attic until we come back on Monday.',
  'You have to pop in and see the quilt before we hang it in the window.',
  'Had you not rung us at once on Friday, the water would have reached the floorboards – thank you, that call saved a lot.',
  // clean8: congratulations in capitals, sympathy, reassurance, the writer's own supplier blamed.
  'ANGENOMMEN!!! Herzlichen Glückwunsch zum Studienplatz in Freiburg!',
  'CONGRATULATIONS on the new flat!!! We are so happy for you both.',
  'Die schwere Erkrankung Ihrer Frau ist furchtbar, wir verschieben den Termin gern.',
  'Your surgery last month sounds awful, take all the time you need with the forms.',
  'Der Tod Ihres Onkels ist schrecklich, und wir denken an Sie.',
  'There is nothing you need to sign this week, we will send the papers in May.',
  'The leak came from the flat above, and none of it is your fault.',
  'Die Fliesen sind schief verlegt, das war schlampige Arbeit von uns, und wir kommen am Montag.',
  'The supplier sent warped boards, frankly shoddy work on their part, and we have reordered.',
  'That was careless work on my part, and the corrected invoice is attached.',
  'Das ist furchtbar nett von Ihnen, danke für den Kuchen.',
  'Die Narbe sieht sicher schrecklich beängstigend aus, heilt aber gut.',
  'Ein Wasserschaden kurz vor dem Umzug ist wirklich ein furchtbarer Schock.',
  'Rain all week of your anniversary trip is just rotten luck.',
  'Ihr Sohn wird sich also doppelt freuen, das Trikot gibt es gratis dazu.',
  'Das Update dauert zehn Minuten, das war bei Ihrer Kasse noch nie ein Problem.',
  'Mia has made progress every single time we have practised together.',
  'You did exactly the right thing by not opening the attachment.',
  'Wir würden uns freuen, wenn ihr vorbeischaut, aber es gibt keinerlei Verpflichtung.',
  'If the form is late, HMRC issue a fixed penalty, so we will file it this week.',
  'USCIS has asked for two more documents about your employer.',
  'If at some point a shorter session would suit you better, just let me know.',
  'Loose stitches happen to everyone at some point, and we fix them for free.',
  // clean9: symptoms after "bei", codes and warnings in capitals, the writer's own slip, a third party's mess.
  'Bei Schwindel oder starkem Husten melden Sie sich bitte sofort in der Praxis.',
  'Mit dem Gutscheincode FRUEHLING gibt es 15 Prozent auf den nächsten Kurs.',
  'Zur Sicherheit: Wir fragen Sie NIEMALS am Telefon nach Ihrer PIN.',
  'That one was my mistake, no excuses, and the refund is on its way.',
  'Before your first shift, you must complete the food hygiene course.',
  'Der Lieferant hat sich entschuldigt, offen gesagt ist deren Versand gerade ein einziges Chaos.',
  'As I mentioned at the front desk, you can take the second tablet with food.',
  // clean10: warnings about medicine and sockets, weather and burglary, third parties, offers, what the reader reported.
  'Bitte geben Sie ihr auf KEINEN Fall Tabletten für Erwachsene.',
  'Please NEVER plug the heater into the extension socket.',
  'Der Hagel mitten in der Trauung war wirklich unverschämt, aber ihr habt gestrahlt.',
  'A burglary is a horrible experience, and we will change the locks for free today.',
  'Our distributor has been a total mess this month, so thank you for waiting.',
  'Wenn wir euch irgendwie helfen können, meldet euch jederzeit.',
  'Da du erwähnt hast, dass dein Rücken noch zwickt, machen wir heute nur Dehnübungen.',
  // clean11: a comparison with "noch nie", a denied insult, brand names and codes, thanks by a
  // counterfactual, a polite "bitte sorgen Sie dafür", a reminder that crossed a reply, pride, bad timing.
  'Euer Apfelbaum trägt dieses Jahr so viel wie noch nie.',
  'Deine Frage war überhaupt nicht dumm, frag ruhig weiter.',
  "That question wasn't stupid at all, keep them coming.",
  'Kurzer Stand: Die FRITZ!Box 7590 AX im Büro läuft jetzt mit FRITZ!OS 7.57.',
  'The log shows DNS_PROBE_FINISHED_NXDOMAIN on the office laptop.',
  'We could never have managed the move without your help.',
  'Ohne eure Hilfe hätten wir das Fest nie so schön hinbekommen.',
  'Bitte sorgen Sie doch dafür, dass der Hund während des Termins im Garten ist.',
  'Falls sich unsere Mails überschnitten haben, betrachten Sie diese Erinnerung als erledigt.',
  'Obviously you passed with flying colours, well done!',
  'The update you installed was fine; the host went down at that moment, which was just bad timing.',
  // clean12: the client's words quoted back, nothing left to do, a test value, the writer's guarantee, "Sie hat" (her),
  // an unused voucher, "weder … noch", a fault taken on, a brand before an appliance.
  'Sie schrieben, Sie seien mit dem Plan „total überfordert“ – das verstehe ich gut.',
  'Da Sie auf nichts geklickt haben, müssen Sie nichts weiter tun.',
  'Ihre Leberwerte sind in Ordnung, nur der Eisen-Wert ist leider ziemlich schlecht.',
  'Wir ersetzen das Gerät ohne Wenn und Aber.',
  'Die Katze ist eine Diva. Sie hat uns die ganze Zeit mit Verachtung angeschaut.',
  'Soweit ich sehe, haben Sie Ihren Gutschein noch nicht eingelöst.',
  'Sie müssen also weder etwas zahlen noch etwas unterschreiben.',
  "As you didn't open the attachment, there's nothing more you need to do.",
  'That mix-up is entirely on us, nothing in your settings was wrong.',
  'The BOSCH dishwasher arrives on Tuesday with the fitter.',
  // clean8/clean12: a back-reference to a shared occasion that announces a date.
  'As I mentioned at the open evening, the summer concert is on Friday, June 14, in the school hall.',
  "As I mentioned in our last session, I'm on leave from 3 to 17 September.",
  'Wie ich beim Elterngespräch schon erwähnt hatte, beginnt der neue Kurs am 3. März.',
  // clean10/clean12 remainder: praise through a habit (never skipping, a rising lift, a cheering kitchen,
  // no prompting needed) and a benefit pointed out after an as-frame.
  'You never skip your stretches, and it shows in your times.',
  'Your squat keeps climbing every single week.',
  'Every time your booking comes in, the whole bakery cheers.',
  "You've filled in your log every single time and without any prompting.",
  'As I mentioned on our call, you still have about £2,000 of your allowance left to use.',
  'Wie ich im Erstgespräch schon erwähnt hatte, gibt es für Ihre Fenster einen Zuschuss vom Land.',
];

const MAILS = [
  // A vague time inside an opening condition is an open invitation, not a vague ask (mix28).
  'Sehr geehrter Herr Albers,\n\nder Verkauf Ihrer Jolle ist abgeschlossen, der Kaufpreis ist heute auf Ihrem Konto eingegangen. Es war mir eine Freude.\n\nFalls Sie irgendwann wieder ein Segelboot suchen, melden Sie sich einfach.\n\nBeste Grüße\nJana Ohlsen',
  // An ihr- or Sie-imperative of writing with "einfach" is the ask (mix16).
  'Liebe Mia, lieber Tom,\n\nleider muss ich unser Treffen am Mittwoch verschieben, das tut mir leid. Ich könnte euch Freitag um 16 Uhr oder Montag um 9 Uhr anbieten. Schreibt mir einfach, was euch besser passt.\n\nDanke für euer Verständnis!\nLea',
  // Mails that open on glad news with "!!!" or wonder (clean8, clean10).
  'Hi Priya,\n\nWE HAVE A BUYER!!! The couple from Sunday offered the full asking price this morning.\n\nMany thanks for keeping the flat so lovely for every viewing. Can we talk through the next steps on Thursday at 5?\n\nBest\nOwen',
  'Liebe Frau Brandt,\n\nwas für ein Abend!!! Ich denke immer noch an die Rede Ihres Vaters.\n\nDanke, dass wir dabei sein durften. Die Fotos schicke ich Ihnen bis Freitag, passt das?\n\nHerzliche Grüße\nMia',
  // The writer's side owning what went wrong: an agentless passive there is their report, not a charge (clean14).
  'Sehr geehrter Herr Demir,\n\nvielen Dank für Ihre Nachricht und die Fotos. Es tut mir sehr leid, dass Ihr Sekretär beim Umzug beschädigt wurde.\n\nIch habe mit dem Team gesprochen. Der Sekretär wurde nicht wie vereinbart in Decken verpackt. Wir übernehmen die Reparatur beim Restaurator komplett.\n\nPasst Ihnen ein Abholtermin am Dienstag?\n\nMit freundlichen Grüßen\nLena Brandt',
  'Hallo Nils,\n\ndanke für das Gespräch! Hier die Übersicht:\n\nWAS WIR BIS ZUM 3. JUNI LIEFERN\n– zwei Entwürfe\n– ein Moodboard\n\nWAS WIR VON DIR BRAUCHEN\n– die Logos als SVG\n\nPasst dir Dienstag für den nächsten Call?\n\nViele Grüße\nMara',
  // A decision given all the time it needs has no date to name (mix11).
  'Sehr geehrte Frau Lenz,\n\nmein herzliches Beileid. Lassen Sie sich mit der Auswahl bitte alle Zeit, die Sie brauchen. Es gibt dafür keine Frist. Wenn es Ihnen hilft, bringe ich gern Muster vorbei.\n\nMit stillem Gruß\nJonas Brand',
  // Options offered leave the choice with the reader: that is the ask.
  'Dear Mr Lowe,\n\nthank you for your enquiry. I am fully booked this week, so I cannot promise the survey this week. Two of our assessors are also away on a training course until the middle of next week, which is why the diary looks so full at the moment.\n\nI can offer you two options instead: I could survey the house next week, or I can put you in touch with my colleague Dana Reid, who has time right now.\n\nKind regards,\nPia',
  'Sehr geehrte Frau Quast,\n\nherzlichen Dank für die Anfrage zum Gutachten. Diese Woche bin ich leider ausgebucht, daher kann ich das Gutachten diese Woche nicht zusagen. Zwei Kollegen sind außerdem bis Mitte nächster Woche auf einer Fortbildung, deshalb ist der Kalender gerade so voll.\n\nIch kann Ihnen zwei Möglichkeiten anbieten: Entweder sehe ich mir das Haus nächste Woche an, oder ich vermittle Sie an meine Kollegin Frau Reis, die gerade Zeit hat.\n\nFreundliche Grüße\nPia Roth',
  // "But" turning to better news, not taking the thanks back.
  'Hi Tom,\n\nthanks so much for the kind words about the kitchen! But the best part is still to come: your neighbour has asked us to fit hers too.\n\nSee you on Friday,\nAnna',
  'Hallo Frau Berg,\n\nvielen Dank für das schöne Lob zur Küche! Aber das Beste kommt noch: Ihre Nachbarin möchte ihre auch von uns.\n\nViele Grüße\nAnna',
  // A missing paper with what it is needed for tells the reader what to send (mix13).
  'Sehr geehrter Herr Kraus,\n\nIhr Antrag auf Zuschuss für die Dachsanierung ist bei uns eingegangen. Es fehlt noch der Kostenvoranschlag des Dachdeckers. Ohne diesen Voranschlag kann der Antrag nicht abschließend geprüft werden. Bei Fragen erreichen Sie mich montags bis mittwochs.\n\nMit freundlichen Grüßen\nPetra Lohse',
  // "The only thing missing" after praise is a paper still to send, not a flaw.
  'Hi Mr Doyle,\n\ncongratulations on the new studio, what wonderful news! The only thing missing is a scan of your lease, which you can send whenever it suits.\n\nBest wishes,\nMaya',
];

// The same words without the purpose, or behind a purpose that is only emphasis, still press.
/** Near the new exceptions, what must still be caught. */
const STILL_CAUGHT: readonly [string, string][] = [
  ['Every time we agree on a layout, your team changes it again.', 'absolute'],
  ["You've changed the layout yet again: another proof to redo.", 'absolute'],
  ['Einen kostenlosen Ersatz wird es NICHT geben.', 'shouting'],
  ['You query every single line of our invoices.', 'absolute'],
  // "they" standing for the reader's things named in the sentence before (mix29).
  ['Your timesheets reached us this morning. As usual, they were two days late.', 'absolute'],
  ['Your application has been REJECTED because the form was unsigned.', 'shouting'],
  ['The fact is that you left the taps running all weekend, and the ceiling below came down.', 'blame'],
  ['I wrote to you FOUR TIMES about the gutter.', 'shouting'],
  ['Das ist WIRKLICH nicht in Ordnung, ich habe die Stelle extra markiert.', 'shouting'],
  ['You ignore our reminders and keep moving the meeting.', 'absolute'],
  ['Thanks for keeping the crew waiting for three hours this morning.', 'sarcasm'],
  ['Your quote of £4,200 is frankly poor value.', 'harsh'],
  ['Die Unterlagen wurden nicht wie vereinbart eingereicht.', 'blame'],
  ['Jede weitere Verzögerung berechnen wir mit 50 Euro pro Tag.', 'pressure'],
  ['I told you this would happen.', 'being-right'],
  ['You probably picked that up on some forum.', 'dismissive'],
  ['Die Rechnung ist ohne Wenn und Aber zu begleichen.', 'pressure'],
  ['Toll, dass die Rechnung zum vierten Mal falsch ist.', 'sarcasm'],
  ['Sie vergessen ständig die Belege.', 'blame'],
  ['Thanks for sending the plans a week later than we agreed.', 'sarcasm'],
  ['Damit betrachte ich die Angelegenheit als erledigt.', 'pressure'],
  ['I am STILL waiting for your reply.', 'shouting'],
  ['Great, you NEVER reply.', 'shouting'],
  ['Sie haben den Schlüssel schon wieder verloren.', 'blame'],
  // Mails that open on "!!!" in anger still shout.
  ['Hallo Herr Kurz,\n\nDIE PLÄNE FEHLEN IMMER NOCH!!! Ich warte seit drei Wochen.\n\nGruß\nM. Vogt', 'shouting'],
  ['Hi Tom,\n\nTHIRD REMINDER!!! The invoice from March is still open.\n\nRegards\nAnna', 'shouting'],
  ['Hi Sam,\n\nCall me TODAY!!! The client is furious about the delay.\n\nJo', 'shouting'],
];

const STILL_PRESSING = [
  'You must book the yearly service with a registered fitter by the end of the month.',
  'Damit das klar ist: Ihre Unterschrift brauchen wir noch, und zwar bis spätestens Freitag.',
  'Bevor ich die Küche bestelle, müsst ihr euch für eine Arbeitsplatte entscheiden, und zwar bis Montag.',
];

describe('friendly wording the blind batches tripped over', () => {
  it.each(STILL_PRESSING.map((s) => [s]))('still reads %j as pressure', (text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('pressure');
  });

  it.each(STILL_CAUGHT.map(([s, c]) => [s, c]))('still reads %j as %s', (text, category) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain(category);
  });

  it.each(SENTENCES.map((s) => [s]))('leaves %j alone', (text) => {
    const found = analyze(text).findings.filter((f) => f.category !== 'unclear-ask');
    expect(found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it.each(MAILS.map((m) => [m]))('leaves the mail %j alone', (text) => {
    const found = analyze(text).findings;
    expect(found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
