// Praise in any wording and criticism without a listed flaw word, as the
// sentiment lexicon reads them (lib/analysis/rules/praise-sentiment.ts), and
// the turns the two praise rules learnt with them: the writer's own news kept
// to its clause, concessive turns, a dash before a flaw, thanks that name
// their object at length. Good news, time given, thanks waved off and the
// writer's own fault stay quiet.
import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../../../lib/analysis/document';
import { badAfter, sentimentPraise } from '../../../../lib/analysis/rules/praise-sentiment';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { examples } from './examples';

describe('praise by sentiment, German', () => {
  examples(
    'but-after-praise',
    {
      flags: [
        'Ihre Auswahl der Fliesen ist sehr geschmackvoll, aber die Fugen haben Sie viel zu dunkel gewählt.',
        'Deine Entwürfe sind wirklich sympathisch. Allerdings wirken sie neben dem Logo chaotisch.',
        'Danke für die Liste, da steckt viel Arbeit drin. Allerdings sprengt sie das Budget deutlich.',
        'Die neuen Fotos sind richtig gut geworden. Für die Broschüre sind sie aber zu dunkel, wir drucken matt.',
        'Merci für die schnellen Korrekturen! Allerdings stimmen die Seitenzahlen immer noch nicht.',
        'Ihre Notizen sind sehr gründlich. Wobei manche Ihrer Bemerkungen dem Verfahren eher schaden würden.',
        'Die Farben, die ihr ausgesucht habt, sind wirklich stimmig – allerdings hätte ich mir eine Absprache gewünscht.',
        'Danke, dass ihr so schnell reagiert habt. Trotzdem möchte ich euch bitten, nichts ohne Rücksprache zu ändern.',
        'Danke für die Belege. Nur hatten wir ausdrücklich um die Originale gebeten.',
        'Eure Präsentation war gut strukturiert. Ich muss euch trotzdem sagen, dass die Zahlen falsch sind.',
        'Ihr Tagebuch ist super ausführlich. Was mir allerdings auffällt, ist das ständig ausgelassene Frühstück.',
        'Ich finde es ehrlich bewundernswert, wie du das durchziehst, aber du übernimmst dich dabei.',
        'Es ist nett, dass Sie die Kabel schon selbst verlegt haben. Sie liegen aber direkt an der Wasserleitung, das ist gefährlich.',
        'Eure Texte lesen sich flüssig, gute Arbeit. Sie sind mir aber etwas zu verspielt für die Zielgruppe.',
        'Danke für die Skizzen. Wobei ich nicht verstehe, warum die Treppe jetzt woanders liegt.',
        'Sie haben die Unterlagen vorbildlich sortiert. Für die Steuererklärung sind sie allerdings unvollständig, wir brauchen noch die Spendenbelege.',
        'Danke für die Blumen im Treppenhaus, sehr aufmerksam! Weniger schön war, dass die Mülltonnen wieder im Weg standen.',
        'Es freut mich, wie diszipliniert du trainierst. Trotzdem lässt du das Dehnen ständig weg.',
        'Danke für die flotte Rückmeldung. Ehrlich gesagt bin ich aber überrascht, dass Sie den Termin abgesagt haben.',
        'Ich finde es mutig, wie offen du über deine Zweifel sprichst, aber ich habe den Eindruck, dass du die Übungen schleifen lässt.',
      ],
      quiet: [
        'Danke für die Belege, allerdings brauche ich den Rest erst im Mai – lassen Sie sich ruhig Zeit.',
        'Vielen Dank für die netten Worte, aber das war doch selbstverständlich.',
        'Danke für die Unterlagen, aber mit dem Rest hat es keine Eile.',
        'Danke für Ihre Rückmeldung. Ich muss allerdings zugeben, dass der Fehler bei mir lag.',
        'Ich helfe Ihnen gern, aber ich bin erst ab Montag wieder im Büro.',
        'Ihre Entwürfe sind wunderbar. Trotzdem freuen wir uns auf die nächste Runde.',
        'Es hat geregnet, trotzdem war Ihr Fest ein voller Erfolg.',
        'Ihre Pläne gefallen uns sehr. Allerdings bin ich bis Freitag krank, danach melde ich mich.',
        'Danke für die Fotos. Für die Website sind sie perfekt, wir stellen sie morgen online.',
        'Danke für das Angebot. Leider ist mir bei der Überweisung ein Fehler unterlaufen.',
        'Ihre Idee ist toll, und wir setzen sie gern um.',
        'Danke für die schnelle Antwort, aber das Lob gebührt eigentlich meinem Team.',
        'Schön, dass alles geklappt hat! Wir brauchen allerdings noch Ihre Unterschrift, dann ist alles erledigt.',
        'Ihr Feedback war sehr hilfreich. Allerdings ist unser Drucker kaputt, die Abzüge kommen einen Tag später.',
        'Ich finde es großartig, dass ihr so schnell zugesagt habt, aber wir können frühestens im Mai anfangen.',
        'Danke für die Liste mit Wünschen zum Bad. Aber keine Sorge, das passt alles ins Budget.',
        'Danke für die Antwort. Ehrlich gesagt bin ich aber positiv überrascht von den Kosten.',
        'Bei Marmor sind Adern normal, trotzdem sehen wir uns die Platten gern mit Ihnen an.',
        'Ihre Anfrage klingt spannend, aber ich muss erst mit meinem Team sprechen, bevor ich Ihnen zusage.',
        'Ihr Garten ist wunderschön geworden, aber das Verdienst gebührt eindeutig Ihnen.',
        'Es ist sehr freundlich von Ihnen, uns einzuladen, aber wir sind an dem Samstag verplant.',
        'Viel Erfolg bei Ihrer Prüfung morgen, aber denken Sie bitte an den Ausweis.',
        'Gute Besserung an Ihre Tochter, aber sagen Sie den Termin bitte rechtzeitig ab, falls sie nicht kommen kann.',
      ],
    },
    { language: 'de' },
  );
});

describe('praise by sentiment, English', () => {
  examples(
    'but-after-praise',
    {
      flags: [
        'Your choice of tiles is really tasteful and bold, but the grout colour you picked does not match at all.',
        "You've clearly been practising, your balance is much better. Having said that, you're still skipping the warm-up.",
        'I appreciate you having a go at the router settings on your own over the long weekend, but now none of the printers connect.',
        "I'm grateful for the timeline you put together. However, it contains remarks that could seriously damage your case.",
        "Thanks for the quick turnaround. The figures, though, contradict the ones in last month's report.",
        'I love how committed you have been since the operation! Still, cycling up hills this early is a bad idea.',
        "Appreciate the detailed brief. But the deadline you've set leaves no room for testing.",
        'The new floor plan is a big step up, but the kitchen is still too cramped.',
        'Your notes are really thorough, thank you! What jumps out, though, is that the invoices are nearly all late.',
        'Thanks for sending the paperwork. We did ask specifically for the signed copies, however, and these are unsigned.',
        'The measurements were a real help, thank you. They are a bit off, though, in the bathroom.',
        'Your board pitch was well prepared and clear. Nonetheless, you came across as impatient with the finance director.',
        'You showed up to every class this month, which I really admire. The only thing is, you keep skipping the stretching.',
        'The colours you picked are lovely – however, I would have liked to be asked before the walls were painted.',
        'Thanks for the wish list for the loft. That said, several items are well beyond the budget we agreed.',
        "The copy reads really nicely. It's a bit too salesy for our readers, however.",
        'Thanks for the flowers in the stairwell, very thoughtful! Less great was that the bins were blocking the door again.',
        'The way you handled the landlord was brave. And yet you signed the new lease without reading it.',
        'Thank you for the account of the meeting. It differs from the minutes on three points, however.',
      ],
      quiet: [
        'Thanks for the documents, but honestly there is no rush on the rest.',
        'Thanks, but there is no need to apologise, these things happen.',
        'It was a pleasure, though my team deserves most of the credit.',
        'Great work on the draft! However, I am travelling next week, so Tom will answer questions.',
        "I'm happy to help, but I won't be back in the office until Monday.",
        'Thanks for the update. However, good news: the parts arrived this morning.',
        "Love the new signage. Unfortunately I can't make the launch, but I'll visit soon.",
        'The budget was tight, yet your team delivered something wonderful.',
        'Thanks for flagging the typo – the mistake was mine, though, not yours.',
        "Brilliant news about the approval! We'll still need your signature on page two.",
        'I wish I could help you, but I know very little about heat pumps.',
        'Thanks so much for the coffee and cake on site, though you really did not have to.',
        'The weather was awful, but you still came out to the site visit, thank you.',
        'We looked at several options. Having said that, the one you picked is the best value.',
        'Your feedback was really useful. However, the printer has broken down, so the proofs will be a day late.',
        'Many thanks for nominating me. I have a question, though: when does the vote close?',
        "Thank you for the quick deposit! The final bill won't be issued until July, though, after the snagging.",
        "The prints are ready and they're lovely. The online gallery won't open until Friday, however, as we're updating it.",
        'Your garden turned out beautifully, though the credit really belongs to you and your husband.',
        "It's lovely of you to invite us, but we're already booked that Saturday.",
        'Good luck with your driving test tomorrow, but do remember to bring your licence.',
        'Have a great holiday with your family, but please send the signed contract before you leave.',
      ],
    },
    { language: 'en' },
  );
});

function sentence(text: string, language: Language) {
  const first = segment(text).paragraphs[0]?.sentences[0];
  if (!first) throw new Error('no sentence');
  return viewSentence(first, language, text);
}

describe('sentimentPraise', () => {
  it.each([
    ['de', 'Ihre Auswahl ist sehr geschmackvoll.'],
    ['de', 'Ich finde es ehrlich, wie du darüber sprichst.'],
    ['en', 'I love how motivated you have been.'],
    ['en', 'Your notes are brilliant.'],
  ] as const)('reads praise of the reader in %s: %j', (language, text) => {
    expect(sentimentPraise(sentence(text, language))).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['de', 'Die Auswahl ist sehr geschmackvoll.'],
    ['de', 'Ich helfe Ihnen gern.'],
    ['de', 'Ihre Auswahl ist nicht schön.'],
    ['en', 'I would love to help you.'],
    ['en', 'Was your weekend wonderful?'],
    ['en', 'I wish I could help you.'],
  ] as const)('reads no praise in %s: %j', (language, text) => {
    expect(sentimentPraise(sentence(text, language))).toBe(-1);
  });
});

describe('badAfter', () => {
  it('counts a bad word about the reader or their work', () => {
    expect(badAfter(sentence('However, it could damage your case.', 'en'), 0)).toBe(true);
    expect(badAfter(sentence('Wobei Ihre Bemerkungen eher schaden würden.', 'de'), 0)).toBe(true);
  });

  it('leaves the writer’s news, regret and negated bad words alone', () => {
    expect(badAfter(sentence('However, the printer has broken down.', 'en'), 0)).toBe(false);
    expect(badAfter(sentence('Unfortunately, I am sick this week, sorry for your wait.', 'en'), 0)).toBe(false);
    expect(badAfter(sentence('Aber keine Sorge, Ihre Pläne sind kein Problem.', 'de'), 0)).toBe(false);
  });
});
