// Sarcasm built from sincere words: each construction needs its second half
// (a situation, a marker, a dig before it); thanks, relief and quoted titles
// alone stay quiet. The data's own examples run through the engine too.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { viewSentence } from '../../../../lib/analysis/document';
import { type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { SARCASM } from '../../../../lib/analysis/rules/sarcasm';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { devFingerprint, sharedRuns } from '../shingles';
import { examples } from './examples';

describe('sarcasm frames, German', () => {
  examples(
    'sarcasm',
    {
      flags: [
        // An exclamation comments on a bare failure; a habit marker marks one; short praise may come first.
        'Herrlich, die Spülmaschine ist undicht.',
        'Die Dachrinne ist wie üblich verstopft.',
        'Wunderbar. Der Gutachter ist nicht erschienen.',
        'Ihr sogenannter „Eilauftrag“ liegt seit Mai.',
        'Na prima, die Haustür klemmt schon wieder.',
        'Respekt, die Steuerbescheide gingen an den falschen Empfänger.',
        'Klasse Leistung, der Server ist mal wieder offline.',
        'Danke auch für die rasche Zusage nach fünf Wochen.',
        'Sehr hilfreich, ein Passwort, das nicht funktioniert.',
        'Wer braucht schon Steckdosen im Büro?',
        'Kein Stress, das ist ja erst meine vierte Nachfrage.',
        'Gratuliere, Sie haben den Anhang diesmal tatsächlich gelesen.',
        'Danke, dass Sie die Unterlagen nach fünf Wochen endlich geschickt haben.',
        'Vielen Dank, dass du nach der dritten Erinnerung doch noch geantwortet hast.',
        'Super, dass Sie den Termin schon wieder vergessen haben.',
        'Toll, dass ihr am Freitag nicht da wart – wir warteten vor verschlossener Tür.',
        'Herzlichen Glückwunsch, Sie haben die Frist zum dritten Mal verpasst.',
        'Danke für die Pläne, die erst am Vorabend der Abgabe kamen.',
        'Wie nett, dass Sie sich nach Wochen endlich melden.',
        'Ich danke Ihnen, dass Sie uns erst hinterher informiert haben.',
        'Was für eine Überraschung: Die Lieferung ist schon wieder nicht da.',
        'Na, wer hätte das geahnt, dass die Bank Kontoauszüge sehen will?',
        'Die Pumpe ist immer noch nicht repariert. Tja, wer hätte damit rechnen können.',
        'Ihre „Verbesserungen“ haben das Dach undicht gemacht.',
        'Die Rechnung kam mit drei Wochen Verspätung. Echt tolle Leistung.',
        'Sie haben den Termin schon wieder abgesagt. Ich bin begeistert.',
        'Ach, Sie haben es ausnahmsweise sogar geschafft, alle Belege abzugeben.',
        'Ein Stern nach zehn Jahren Zusammenarbeit – das ist wirklich fair.',
        'Danke, dass Sie das Angebot ohne Rücksprache weitergegeben haben.',
        'Ganze drei Fotos in zwei Monaten.',
        'Klasse, jetzt dürfen wir alles noch mal planen.',
        'Glückwunsch, Sie haben es geschafft, die Heizung lahmzulegen.',
        'Toll, dass Sie die Fassade ohne Absprache gestrichen haben.',
        'Danke, dass Sie sich nach zwei Monaten auch mal melden.',
        'Super gemacht, jetzt ist der Parkett beschädigt.',
      ],
      quiet: [
        // The same words sincerely: a repair, a thing described, a request, a writer who takes it on, a concession.
        'Herrlich, die undichte Spülmaschine ist repariert.',
        // The bad news is what the reader told: thanks for telling it.
        'Danke, dass Sie gleich Bescheid gesagt haben, dass die Mahnung an die alte Adresse ging.',
        'Wie üblich bitte verstopfte Abflüsse beim Hausmeister melden.',
        'Wunderbar. Der Gutachter ist nicht erschienen, ich rufe ihn gleich an.',
        'Tolle Arbeit, obwohl der Regen Sie drei Tage aufgehalten hat.',
        'Danke für die Zugangsdaten; falls der Link nicht funktioniert, rufe ich an.',
        'Prima, die Haustür schließt wieder.',
        'Respekt, das war eine starke Präsentation.',
        'Glückwunsch zur Eröffnung der neuen Kanzlei!',
        'Lassen Sie sich ruhig Zeit mit der Auswahl der Fliesen.',
        'Schön, dass Sie wieder gesund sind.',
        'Danke, dass Sie so schnell geantwortet haben.',
        'Endlich ist das Dach dicht – danke!',
        'Vielen Dank für Ihre Geduld, die Teile kamen leider drei Tage zu spät.',
        'Danke, dass Sie nach drei Wochen Urlaub gleich angerufen haben.',
        'Herzlichen Glückwunsch zur bestandenen Meisterprüfung!',
        'Anbei das Formular „Bauantrag“ zum Ausfüllen.',
        'Wir haben die Rechnung erst jetzt gesehen, danke für den Hinweis.',
        'Was für eine Überraschung, dass Sie an uns gedacht haben!',
        'Wer hätte gedacht, dass der Umbau so schnell fertig wird!',
        'Super, dass ihr am Ende doch noch kommen konntet.',
        'Danke, dass Sie die Sache nachträglich geklärt haben.',
        'Schön, dass Sie mal wieder vorbeigeschaut haben!',
        'Die Lieferung kam zwei Tage zu spät, aber das Team hat alles gerettet. Großartig!',
        'Ist die Heizung immer noch nicht repariert? Super, dann komme ich morgen.',
        'Ihr „Ja“ zum Entwurf hat uns sehr gefreut.',
        'Im Ordner „Entwürfe“ finden Sie alle Pläne.',
        'Danke, dass Sie den vergessenen Schirm vorbeigebracht haben.',
        'Ich habe den Termin leider vergessen, danke für Ihr Verständnis.',
        'Sie übernehmen die Hälfte der Kosten – das ist wirklich fair.',
        'Toll, nach sechs Wochen Bauzeit ist das Bad fertig!',
        'Ganze zwei Wochen Urlaub liegen vor Ihnen, genießen Sie sie.',
        'Super, dass die Reparatur nach drei Tagen endlich geklappt hat!',
        'Danke, dass Sie in letzter Minute eingesprungen sind!',
        'Vielen Dank, dass Sie trotz der kurzfristigen Änderung so flexibel waren.',
        'Tolle Idee, das machen wir genau so.',
      ],
    },
    { language: 'de' },
  );

  it('spans the ironic clause, quotes the praise and names the situation as written', () => {
    const text = 'Danke, dass Sie nach vier Monaten endlich gezahlt haben – wahnsinnig großzügig.';
    const finding = analyze(text, { language: 'de', uiLanguage: 'de' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'Danke, dass Sie nach vier Monaten endlich gezahlt haben – wahnsinnig großzügig',
    );
    expect(finding?.message).toBe('„Danke“ kann sarkastisch ankommen.');
    expect(finding?.explanation).toContain('„nach vier Monaten endlich“');
  });

  it('ends the praise clause at a single dash before a long comment, so the situation after it is the evidence', () => {
    const text = 'Danke für die Pläne – die Mappe lag dann ganze zwei Wochen zu spät bei uns im Briefkasten.';
    const finding = analyze(text, { language: 'de' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe('Danke für die Pläne');
  });

  it('takes a short punch line after the dash along with the thanks', () => {
    const text = 'Danke für die Pläne – zwei Wochen zu spät.';
    const finding = analyze(text, { language: 'de' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe('Danke für die Pläne – zwei Wochen zu spät');
  });

  it('a tag after the situation gives the thanks before it away', () => {
    const text = 'Danke für Ihre Rezension. Einen Stern für zwei Jahre Betreuung – wie großzügig.';
    const spans = analyze(text, { language: 'de' })
      .findings.filter((f) => f.category === 'sarcasm')
      .map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(['Danke für Ihre Rezension', 'wie großzügig']);
  });

  it('underlines only the word in scare quotes with its possessive, and names it', () => {
    const text = 'Ihre „Verbesserungen“ haben das Dach undicht gemacht.';
    const finding = analyze(text, { language: 'de', uiLanguage: 'de' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe('Ihre „Verbesserungen“');
    expect(finding?.message).toBe('Anführungszeichen um „Verbesserungen“ können spöttisch wirken.');
  });
});

describe('sarcasm frames, English', () => {
  examples(
    'sarcasm',
    {
      flags: [
        // An exclamation comments on a bare failure; a habit marker marks one; short praise may come first.
        'Delightful, the dishwasher is leaking.',
        'The gutter is blocked, as per usual.',
        'Wonderful. The surveyor did not turn up.',
        "Your so-called 'rush job' has been sitting there since May.",
        'Oh great, the alarm is faulty once again.',
        'Nice one, the invoice went to the wrong company.',
        'Much appreciated that you finally called after five weeks.',
        'Really helpful, a password that does not work.',
        'Who needs heating in the office anyway?',
        'No hurry, this is only my third chaser.',
        'Well done on finding the attachment at last.',
        'How considerate of you to raise the fee after we signed.',
        'Thanks for sending the contract three weeks late.',
        'Many thanks for the slides, which arrived the evening before the deadline.',
        'Great that you approved the design after three reminders.',
        'Well done, you missed the survey for the third time.',
        'Thanks for telling the team – after the fact – that the budget was cut.',
        'How kind of you to reply after weeks of silence.',
        'Love that the tiles you ordered are now out of stock.',
        'Thanks for not telling us about the new supplier.',
        'Oh, what a surprise: the courier lost the parcel again.',
        'The boiler has packed in yet again. Who would have guessed.',
        "Every time you 'improve' the layout, the printer rejects it.",
        'The plans arrived a mere four days after the hearing. Brilliant.',
        'You cancelled at the last minute again. Your timing was truly impeccable.',
        'Wow, a whole three pages in two months.',
        'You paid after the second reminder – how generous.',
        'Oh, you even managed to bring the receipts this time.',
        'We were not consulted on the new layout. Lovely.',
        'Wonderful, the invoice is unpaid again.',
        "Great, so we're starting over. Again.",
        'Thanks for changing the plans without asking.',
        'Love how you ignore every email I send.',
        'Thanks for the feedback: all five words of it.',
      ],
      quiet: [
        // The same words sincerely: a repair, a thing described, a request, a writer who takes it on, a concession.
        'Delightful, the leaking dishwasher has been repaired.',
        // The bad news is what the reader told: thanks for telling it.
        'Thanks for telling me at once that the reminder went to our old address.',
        'As usual, please report blocked drains to the caretaker.',
        'Wonderful. The surveyor did not turn up, so I will ring him now.',
        'Great work, although the rain held you up for three days.',
        'Thanks for the login, if the link does not work I will call you.',
        'Great job, the roof is dry and the crew has left.',
        'Congratulations on opening your second shop!',
        'No rush on the invoice, pay it when the house is finished.',
        'Lovely to hear from you, and congratulations on the baby.',
        'Thanks as always for your quick help.',
        'Thanks for staying late to finish the drawings.',
        'Great news — the permit came through after six weeks!',
        'Thanks again for your help with the move.',
        'Thanks so much for your patience; the parts are three weeks late, sorry.',
        'Congratulations on the new office!',
        "Please fill in the 'Bauantrag' form.",
        "Click the 'save' button when you are done.",
        'It was lovely to finally meet you in person.',
        'What a surprise, and such a kind one: thank you for the flowers.',
        'Who would have thought that we finish a month early!',
        'The delivery came two days late, but the team fixed it. Brilliant.',
        'If the parts are still not here on Monday, please call me. Great.',
        'Thanks for your call. I only now saw your email, sorry.',
        'You waived the fee – how generous!',
        'Wow, a whole week off, enjoy!',
        'Great, the parcel arrived yesterday.',
        'I only saw your email today, thanks for the reminder.',
        'Thanks for the quick turnaround, as always.',
        "I could not find your 'email export' function.",
        'Great news, the permit finally came through after weeks!',
        'Thanks for stepping in at the last minute!',
        'Thanks for helping without asking for anything in return.',
        'Brilliant idea, let us do exactly that.',
        // Thanks for more of something good: "another year" is no delay.
        'Thank you for another year of working together!',
        'Thanks for another great season with the team.',
        // Speed before "after" is praise of speed: "so quickly after the quote went out".
        'Lovely to hear back so quickly after our quote went out!',
      ],
    },
    { language: 'en' },
  );

  it('keeps a parenthesis between dashes inside the praise clause', () => {
    const text = 'Thanks for telling the team – after the fact – that the budget was cut.';
    const finding = analyze(text, { language: 'en' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'Thanks for telling the team – after the fact – that the budget was cut',
    );
  });

  it('underlines a short statement with a scare-quoted word whole', () => {
    const text = "Your 'quick' fix arrived today.";
    const finding = analyze(text, { language: 'en' }).findings.find((f) => f.category === 'sarcasm');
    expect(text.slice(finding?.start, finding?.end)).toBe("Your 'quick' fix arrived today");
  });

  it('a short praise after a situation is one finding of its own', () => {
    const text = 'The plans arrived a mere four days after the hearing. Brilliant.';
    const found = analyze(text, { language: 'en' }).findings.filter((f) => f.category === 'sarcasm');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Brilliant.']);
  });
});

// Each entry of the data finds its example and leaves its near miss alone:
// the parts (praise, situations) as frames, the markers and follow-ups through the engine.
const LANGUAGES = ['de', 'en'] as const;

function frameFinds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

const parts = LANGUAGES.flatMap((language) =>
  (['praise', 'situation'] as const).flatMap((kind) =>
    SARCASM[language][kind].map((entry) => [`${language}/${kind}/${entry.id}`, language, entry] as const),
  ),
);
const whole = LANGUAGES.flatMap((language) => [
  ...SARCASM[language].marker.map(
    (e) => [`${language}/marker/${e.id}`, language, e, `sarcasm/marker/${e.id}`] as const,
  ),
  ...SARCASM[language].followUp.map(
    (e) => [`${language}/after/${e.id}`, language, e, `sarcasm/after/${e.id}`] as const,
  ),
]);

describe('sarcasm data', () => {
  it.each(parts)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(frameFinds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(frameFinds(entry, language, entry.miss), entry.miss).toBe(false);
  });

  it.each(whole)('%s fires on its example and not on its near miss', (_, language, entry, ruleId) => {
    const ids = (text: string) => analyze(text, { language }).findings.map((f) => f.ruleId);
    expect(ids(entry.hit), entry.hit).toContain(ruleId);
    expect(ids(entry.miss), entry.miss).not.toContain(ruleId);
  });

  it('has unique ids per part and language', () => {
    for (const language of LANGUAGES) {
      for (const kind of ['praise', 'situation', 'marker', 'followUp'] as const) {
        const ids = SARCASM[language][kind].map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it('shares no five words in a row with the client-mail dev set', () => {
    const fingerprint = devFingerprint();
    const texts = LANGUAGES.flatMap((language) =>
      (['praise', 'situation', 'marker', 'followUp'] as const).flatMap((kind) =>
        SARCASM[language][kind].flatMap((e) => [e.hit, e.miss]),
      ),
    );
    expect(texts.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
  });
});

// Constructions read by the rule itself rather than by a data entry: a verdict before a colon and the failure
// after it, a large amount played down and then thanked, the reader's quality praised next to a failure,
// service verbs in scare quotes, short praise with a tail.
describe('sarcasm constructions of the rule, German', () => {
  examples(
    'sarcasm',
    {
      flags: [
        'Ihr Kundendienst ist wirklich unübertroffen: dreimal angerufen, dreimal aus der Warteschleife geflogen.',
        'Nur 25 Rückfragen zu einer halben Seite Text – danke dafür.',
        'Die Unterlagen fehlen nach der dritten Mahnung immer noch. Ihre Zuverlässigkeit ist wirklich vorbildlich.',
        'Die Heizung ist kalt, obwohl Ihr Monteur sie am Montag „repariert“ hat.',
        'Der Kran stand am falschen Tor, zum zweiten Mal. Super Planung, wirklich.',
        // A reply of a word or two quoted after praise of its depth.
        'Herzlichen Dank für Ihre ausführliche Stellungnahme: „einverstanden“.',
        'Danke für die detaillierte Rückmeldung „geht so“ zu unseren drei Entwürfen.',
        'Vielen Dank für Ihre umfassende Antwort – „mal sehen“.',
        'Danke für dein gründliches Feedback: „ok“.',
        'Merci für Ihre ausführliche Antwort auf meine vier Fragen. Sie bestand aus einem Wort.',
        'Danke, dass Sie uns den Auszug im Mai mitteilen. Wir haben inzwischen September.',
        // Praise for what came at last, then a time as the punch line.
        'Schön, dass die Freigabe endlich da ist – im zweiten Monat nach der Messe.',
        'Wie nett, dass Sie doch noch an unseren Termin gedacht haben – um halb elf, bei einem Termin um zehn.',
        'Danke, dass die Pläne endlich kommen – nach ganzen sieben Wochen.',
        // A verdict closing a sentence that told a situation.
        'Dass die Pläne eine Woche nach dem vereinbarten Termin kommen, ist natürlich ideal.',
        'Die Besprechung findet jetzt ohne uns statt, ist ja wunderbar.',
        'Dass die Zeichnungen schon wieder geändert wurden, ist natürlich prima.',
      ],
      quiet: [
        'Ihr Kundendienst ist wirklich unübertroffen: Anruf um acht, Techniker um zehn.',
        'Nur 25 Euro Aufpreis – danke dafür!',
        'Ihre Zuverlässigkeit ist wirklich vorbildlich. Danke für die pünktliche Lieferung.',
        'Ihre Geduld ist bewundernswert. Entschuldigen Sie, dass die Teile drei Wochen zu spät kommen.',
        'Klicken Sie auf „repariert“, sobald der Auftrag erledigt ist.',
        // Glad news, relief and sincere tips near the new constructions' words.
        'Wow, eine Antwort nach nur zwei Stunden – danke!',
        'Es freut mich sehr, dass die Genehmigung nach drei Monaten endlich da ist.',
        'Sie haben ein Händchen für Farben, danke für den Tipp mit der alten Fuge.',
        // Depth praised next to a quoted title or term, not a reply.
        'Danke für den ausführlichen Bericht zum Thema „Brandschutz“.',
        'Danke für die gründliche Antwort. Sie bestand aus drei klaren Empfehlungen, die wir umsetzen!',
        'Danke, dass Sie uns den Umzug mitteilen. Es ist jetzt Mai, der Vertrag endet also im Juni.',
        'Schön, dass es endlich geklappt hat – am Montag starten wir.',
        'Toll, dass wir endlich einen Termin gefunden haben – am Dienstag um zehn.',
        'Schön, dass die Freigabe endlich da ist – im Mai geht es los!',
        'Die detaillierte Übersicht finden Sie im Ordner „Angebote“.',
        'Ihre ausführliche Rückmeldung zu „Variante B“ hilft uns sehr.',
        'Danke für das gründliche Feedback, das Fazit „sehr gut“ freut uns!',
        // The closing verdict on good news or a plan.
        'Dass die Pläne eine Woche vor dem vereinbarten Termin kommen, ist natürlich ideal.',
        'Die Besprechung findet jetzt mit uns statt, das ist ideal.',
        'Natürlich ersetzen wir die beschädigten Fliesen, das ist ideal für Sie.',
      ],
    },
    { language: 'de' },
  );
});

describe('sarcasm constructions of the rule, English', () => {
  examples(
    'sarcasm',
    {
      flags: [
        'Such a thorough job: the invoice has the wrong client name on every page.',
        'Only 30 comments on a one-page brief. Thank you for keeping it short.',
        'The fitter arrived three hours late yet again. Your punctuality is truly exemplary.',
        "The tap is dripping again, a day after your plumber 'fixed' it.",
        'The hoarding went up at the wrong site, for the second time. Stellar planning, as always.',
        // A reply of a word or two quoted after praise of its depth.
        "Thanks for the detailed feedback: 'fine'.",
        "Many thanks for your thorough response of 'noted' to our twelve-page report.",
        "I appreciate the in-depth comments – 'looks ok'.",
        "Thanks for the comprehensive reply: 'maybe'.",
        'Many thanks for your thorough answer to my six questions. It consisted of a single emoji.',
        "Kind of you to tell us the tenant left in May. It's now September.",
        // Praise for what came at last, then a time as the punch line.
        'Great to finally get sign-off on the summer menu – in the final days of August.',
        'How kind of you to remember the site meeting after all – at eleven, for a ten o’clock start.',
        'Thanks for finally sending the survey – a mere six weeks after the visit.',
        // A verdict closing a sentence that told a situation; a failure that came that way.
        'The drawings arrived a week after the agreed deadline, which is just perfect.',
        'The kickoff went ahead without us, which is great.',
        'Of course the new tiles arrived cracked.',
        'Such attention to detail: the sign has been hung upside down on every door.',
      ],
      quiet: [
        'Such a thorough job: every room has been measured and checked.',
        'Only 12 dollars extra – thank you!',
        'Your punctuality is truly exemplary. Thanks for arriving early.',
        'Your patience is admirable. Sorry that the parts are three weeks late.',
        "Press 'fixed' once the ticket is closed.",
        // Glad news, relief and sincere tips near the new constructions' words.
        'Thanks for replying after three weeks away, I hope the holiday was good.',
        'So glad we could sort out the double charge so quickly.',
        'How thoughtful to send flowers two days after the operation!',
        'You have a real knack for finding the right tiles. Thanks for the tip on the old grout.',
        'Great that you could make it, even with the train delayed by another hour.',
        // Depth praised next to a quoted title or term, not a reply.
        "Thanks for the detailed report on the 'Riverside' project.",
        'Thank you for the detailed answer! It consisted of exactly the figures we needed.',
        "Thanks for telling us about the move. It's now May, so the lease ends next month.",
        'So glad we finally found a date – on Tuesday at ten.',
        'Great to finally have the permit – in March the builders start!',
        'Great news that the survey is finally done – we start on Monday.',
        "The comprehensive guide is in the folder called 'Onboarding'.",
        "Your thorough notes on 'Option B' were very useful!",
        // The closing verdict on good news; a late parcel that has arrived.
        'The drawings arrived a week before the agreed deadline, which is just perfect.',
        'The kickoff went ahead with the whole team, which is great.',
        'Such attention to detail: every sign hangs at the same height.',
        'The delayed parcel has arrived, so we can start on Monday.',
      ],
    },
    { language: 'en' },
  );

  it('reads a failure denied a few words back as praise, so a follow-up stays sincere', () => {
    const sarcasm = (text: string) => analyze(text).findings.filter((f) => f.category === 'sarcasm');
    expect(sarcasm('Sie haben in den letzten Wochen keinen einzigen Termin verpasst. Weiter so!')).toEqual([]);
    expect(sarcasm('Sie haben schon wieder den Termin verpasst. Weiter so!')).toHaveLength(1);
    // "nicht nur" keeps the failure standing.
    expect(sarcasm('Die Lieferung kam nicht nur zu spät, sie war auch falsch. Danke auch!')).toHaveLength(1);
    // "Not once did we have to wait" denies the writer's burden: praise, not a complaint.
    expect(sarcasm('Kein einziges Mal mussten wir auf die Monteure warten. So macht Bauen Freude.')).toEqual([]);
    expect(sarcasm('Kein einziges Mal haben Sie zurückgerufen. So macht Bauen Freude.')).toHaveLength(1);
  });
});

describe('a habit marker beside an absolute', () => {
  const categories = (text: string) => analyze(text).findings.map((f) => f.category);
  // The marker is the generalisation: read once, as an absolute about the reader, not also as sarcasm.
  it.each([
    'Wie immer haben Sie die Belege zu spät geschickt.',
    'Wie immer kamen Ihre Belege zu spät.',
    'Once again, you forgot the signed forms.',
  ])('leaves %j to the absolute', (text) => {
    expect(categories(text)).toContain('absolute');
    expect(categories(text)).not.toContain('sarcasm');
  });
  it('still reads a habit marker with a failure nobody on the reader’s side owns as sarcasm', () => {
    expect(categories('Wie üblich hat niemand von der Spedition angerufen.')).toContain('sarcasm');
  });
});
