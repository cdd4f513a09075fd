// Requests made by construction rather than with "bitte"/"please" or a
// question: conditional and indirect frames ("Es wäre schön, wenn …", "if you
// could …", "I'd be grateful for …"), stated expectations ("Ich erwarte …") and
// imperatives ("Sagen Sie mir …", "Send me …"). The unclear-ask rule counts
// them as an ask. Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

/** Verbs a polite request opens with ("Schicken Sie …", "Rufen Sie …"). */
const SIE_IMPERATIVES =
  'schicken|senden|geben|sagen|nennen|teilen|rufen|melden|prüfen|bestätigen|unterschreiben|überweisen|entscheiden|wählen|lassen|schauen|reichen|leiten|kontaktieren|beachten|füllen|bringen|klären|vereinbaren|buchen|antworten|denken|vergessen|notieren|markieren|korrigieren|ergänzen|schreiben|mailen|informieren';

export const REQUEST_FRAMES: FrameBook = {
  de: [
    {
      id: 'es-waere-schoen-wenn',
      pattern:
        'wäre|wären (es|das) (sehr|wirklich|total|echt) schön|gut|toll|super|prima|hilfreich|nett|klasse|ideal|großartig|wunderbar|praktisch|wichtig (von+=Ihnen|von+dir|von+euch) , wenn|falls|dass',
      hit: 'Es wäre schön, wenn Sie sich bis Donnerstag für eine Variante entscheiden.',
      miss: 'Es wäre schön gewesen, wenn das früher geklappt hätte.',
    },
    {
      id: 'waere-gut-zu',
      // "Es wäre gut, bis Freitag Bescheid zu geben": the wish without "wenn".
      pattern: 'wäre|wären ~3 gut|schön|hilfreich|sinnvoll|ideal|praktisch|wichtig , ~6 zu',
      hit: 'Es wäre gut, uns bis Freitag Bescheid zu geben.',
      miss: 'Es wäre schön gewesen, Sie zu sehen.',
    },
    {
      // Was für die Leserin noch zu tun ist, als Tatsache: „Es ist nur noch Seite 3 zu unterschreiben.“
      id: 'noch-zu-unterschreiben',
      pattern:
        'noch ~0-4 zu unterschreiben|unterzeichnen|ausfüllen|bestätigen|datieren|paraphieren|beglaubigen|gegenzuzeichnen|auszufüllen|zurückzuschicken|zurückzusenden',
      hit: 'Es ist nur noch Seite 3 zu unterschreiben.',
      miss: 'Seite 3 ist zu unterschreiben gewesen, das ist erledigt.',
    },
    {
      // Ein Schritt, den die Leserin erledigt: „Ihre Unterschrift muss beglaubigt werden.“
      id: 'ihre-muss-werden',
      pattern:
        '<yours> ~0-2 muss|müssen ~0-4 unterschrieben|beglaubigt|bezeugt|gegengezeichnet|ausgefüllt|datiert|zurückgeschickt|zurückgesandt|bestätigt werden',
      hit: 'Ihre Unterschrift muss noch von einem Zeugen beglaubigt werden.',
      miss: 'Die Unterschrift muss noch vom Notar beglaubigt werden.',
    },
    {
      id: 'genuegt',
      // What the reader has to do, said as all it takes: "Eine Unterschrift auf Seite 3 genügt."
      pattern: 'genügt|genügen|reicht|reichen (völlig|vollkommen) (aus) $',
      hit: 'Eine Unterschrift auf Seite 3 genügt.',
      miss: 'Eine Unterschrift genügt nicht für den Antrag.',
    },
    {
      id: 'schoen-waere-wenn',
      pattern:
        '^schön|gut|toll|super|prima|hilfreich|ideal|wichtig|praktisch wäre|wären (es) (,) wenn|falls|dass|ein|eine|einen',
      hit: 'Schön wäre, wenn die Fliesen bis Montag verlegt sind.',
      miss: 'Schön war der Abend mit Ihnen und dem Team.',
    },
    {
      id: 'waere-dankbar',
      pattern: 'wäre|wären|würde|würden ~3 dankbar|verbunden|froh',
      hit: 'Ich wäre Ihnen dankbar, wenn die Zahlung bis zum 15. eingeht.',
      miss: 'Wir sind Ihnen für die gute Zusammenarbeit dankbar.',
    },
    {
      id: 'wuerde-mich-freuen',
      pattern: 'würde|würden (ich|wir|es) mich|uns ~2 freuen',
      hit: 'Über eine kurze Nachricht bis Mittwoch würde ich mich freuen.',
      miss: 'Ich habe mich über Ihre Nachricht sehr gefreut.',
    },
    {
      id: 'wenn-sie-koennten',
      pattern: 'wenn|falls <reader> ~8 könnten|würden|könntest|würdest|könntet|würdet',
      hit: 'Wenn Sie mir die Maße bis Freitag schicken könnten, wäre das eine große Hilfe.',
      miss: 'Wenn Sie wüssten, wie sehr wir uns über den Entwurf gefreut haben.',
    },
    {
      id: 'ich-erwarte',
      pattern: '<self> erwarte|erwarten|erbitte|erbitten|benötige|benötigen|bräuchte|bräuchten',
      hit: 'Ich erwarte Ihre Entscheidung bis Ende der Woche.',
      miss: 'Wir hatten erwartet, dass die Treppe mehr Platz braucht.',
    },
    {
      id: 'erwarte-ich',
      pattern: 'erwarte|erwarten|erbitte|erbitten|benötige|benötigen|bräuchte|bräuchten ich|wir',
      hit: 'Bis Freitag benötige ich die unterschriebenen Formulare.',
      miss: 'Wie erwartet hat das Bauamt den Antrag genehmigt.',
    },
    {
      id: 'haette-gern',
      pattern: '<self> hätte|hätten (sehr) gern|gerne',
      hit: 'Ich hätte gern bis Montag die neuen Fotos vom Bad.',
      miss: 'Ich hätte die Pläne gern selbst gezeichnet.',
    },
    {
      id: 'moechte-bitten',
      pattern: 'möchte|möchten|darf|dürfen|dürfte|dürften|muss|müssen|will|wollen|würde|würden ~3 bitten',
      hit: 'Ich möchte Sie bitten, die Rechnung bis Freitag zu prüfen.',
      miss: 'Ich möchte mich für die Verspätung entschuldigen.',
    },
    {
      // What must be done by a date, said of the thing: "Die Wasseruhr muss bis 31. Oktober abgelesen sein".
      id: 'muss-bis-erledigt-sein',
      pattern: 'muss|müssen|sollte|sollten bis|spätestens (spätestens) ~1-8 sein|werden',
      hit: 'Der Zählerstand muss bis spätestens 30. Juni gemeldet sein.',
      miss: 'Der Zählerstand muss nicht gemeldet werden.',
    },
    {
      id: 'imperativ-sie',
      pattern: `^${SIE_IMPERATIVES} =Sie`,
      hit: 'Sagen Sie mir bis Freitag, welche Variante Ihnen lieber ist.',
      miss: 'Sagen wir lieber, der Plan ist fast fertig.',
    },
    // The request after a comma: "Ohne sie geht es nicht, schicken Sie sie mir einfach, sobald …".
    {
      id: 'imperativ-sie-im-satz',
      pattern: `,|;|: ${SIE_IMPERATIVES} =Sie ~3 einfach|gern|gerne|bitte|mir|uns|doch|dann|kurz`,
      hit: 'Das Formular fehlt noch, schicken Sie es mir einfach nächste Woche.',
      miss: 'Das Formular fehlt noch, schicken Sie es ab, oder bringen wir es vorbei?',
    },
    {
      id: 'imperativ-du',
      pattern:
        '^schick|sende|gib|sag|ruf|meld|melde|prüf|prüfe|bestätige|überweis|schau|lass|leite|nimm|denk|check|schreib|entscheide|wähl|such|gebt|sagt|schickt|ruft|meldet|schaut|prüft|schreibt|sendet|wählt|entscheidet|bestätigt mir|uns|bitte|doch|mal|einfach|kurz|bescheid|dich|dir|euch|gern|gerne',
      hit: 'Gib mir einfach bis Sonntag Bescheid, welche Variante dir gefällt.',
      miss: 'Gib acht auf die nassen Stufen im Flur.',
    },
    {
      id: 'warte-auf',
      pattern: '<self> warte|warten (noch) auf <yours>',
      hit: 'Ich warte noch auf Ihre Zusage für den Termin.',
      miss: 'Wir warten auf den Bescheid vom Bauamt.',
    },
    {
      id: 'davon-ausgehen-dass',
      pattern: 'gehe|gehen ~2 davon aus , dass <reader>',
      hit: 'Wir gehen fest davon aus, dass ihr die Skizzen rechtzeitig liefert.',
      miss: 'Wir gehen davon aus, dass das Wetter hält.',
    },
    {
      id: 'freue-mich-ueber-antwort',
      pattern:
        'freue|freuen|freut mich|uns ~2 über ~3 antwort|nachricht|anruf|vorschlag|entscheidung|bestätigung|zusage|feedback|zeilen|info|infos',
      hit: 'Ich freue mich über eine kurze Nachricht von Ihnen.',
      miss: 'Ich freue mich über den schönen Erfolg.',
    },
    {
      id: 'koennten-sie',
      // A question without its question mark: "Könnten Sie mir die Maße schicken."
      pattern:
        '^könnten|würden|könntest|würdest|könntet|würdet|können|kannst|würden =Sie|du|ihr (mir|uns) (bitte|vielleicht|eventuell|kurz|noch)',
      hit: 'Könnten Sie mir bitte die Maße bis Freitag schicken.',
      miss: 'Könnten wir uns das Geld sparen, wäre das schön.',
    },
    {
      id: 'waere-es-moeglich',
      pattern: 'wäre|ist es (eventuell|vielleicht|denn) möglich|machbar',
      hit: 'Wäre es möglich, den Termin auf Donnerstag zu legen.',
      miss: 'Es ist möglich, dass der Termin ausfällt.',
    },
    {
      id: 'freue-mich-auf',
      pattern:
        'freue|freuen mich|uns ~2 auf <yours> ~2 rückmeldung|antwort|nachricht|zusage|entscheidung|feedback|rückruf|einschätzung|vorschläge|unterlagen',
      hit: 'Wir freuen uns schon auf Ihre Einschätzung zum Grundriss.',
      miss: 'Ich freue mich auf den Urlaub im Mai.',
    },
    {
      id: 'rechne-mit',
      pattern: '<self> rechne|rechnen ~2 mit <yours>',
      hit: 'Wir rechnen bis Monatsende mit Ihrer Zahlung.',
      miss: 'Wir rechnen mit etwas Regen am Montag.',
    },
    {
      id: 'sie-muessten-nur',
      pattern: '=Sie|du|ihr müssten|müsstest|müsstet|bräuchten|bräuchtest|bräuchtet ~2 noch|nur|bitte|lediglich',
      hit: 'Sie müssten nur noch die zweite Seite unterschreiben.',
      miss: 'Wir müssten nur noch die zweite Seite drucken.',
    },
    {
      id: 'waeren-sie-so-freundlich',
      pattern: 'wären|wärst|wärt =Sie|du|ihr so freundlich|nett|lieb|gut',
      hit: 'Wären Sie so freundlich, mir die Rechnung erneut zu schicken.',
      miss: 'Sie wären bestimmt eine gute Mieterin.',
    },
    {
      id: 'seien-sie-so-nett',
      pattern: 'seien|sei|seid (=Sie) so nett|freundlich|gut|lieb',
      hit: 'Seien Sie so nett und schicken die Maße bis morgen.',
      miss: 'Seien Sie herzlich willkommen in unserem Büro.',
    },
  ],
  en: [
    {
      id: 'if-you-could',
      pattern: 'if you could|would|can|might (please|kindly)',
      unlessAfter: ['see', 'imagine', 'believe', 'hear', 'have', 'be', 'know', 'tell', 'only', 'not', "n't"],
      hit: 'If you could send the measurements by Friday, that would help a lot.',
      miss: 'If you could see the site now, you would hardly know it.',
    },
    {
      id: 'if-you-are-able',
      pattern: "if you+are|you're able to",
      hit: "If you're able to confirm the date, we can book the crane.",
      miss: 'You are able to park in the yard on Mondays.',
    },
    {
      id: 'would-be-grateful',
      pattern: "i'd|we'd|i+would|we+would be (very|most|really|so|extremely) grateful|thankful|obliged",
      hit: "I'd be grateful for your decision by Thursday.",
      miss: 'We are grateful for your patience with the builders.',
    },
    {
      id: 'would-be-glad-if',
      pattern: "i'd|we'd|i+would|we+would be (very|really|so) glad|happy|delighted if|for",
      hit: 'We would be glad for a short note on the colours.',
      miss: 'We would be happy to help with the move.',
    },
    {
      id: 'would-appreciate',
      pattern: "i'd|we'd|i+would|we+would (really|greatly|very+much) appreciate",
      hit: "I'd appreciate your answer on the tiles by Monday.",
      miss: 'I appreciate your answer on the tiles.',
    },
    {
      id: 'it-would-be-great-if',
      pattern:
        "it+would|it'd|that+would|that'd be (really|very|so|most) great|helpful|good|ideal|wonderful|nice|useful|brilliant|perfect|lovely|fantastic|super if",
      hit: 'It would be great if you could pick one by Thursday.',
      miss: 'It would have been great if the survey had been ready.',
    },
    {
      id: 'it-would-help-if',
      pattern: "it+would|it'd|that+would|that'd help ~3 if",
      hit: 'It would help us a lot if the keys were here by noon.',
      miss: 'That would help us understand the cost of the roof.',
    },
    {
      id: 'i-expect',
      pattern: '<self> (will) expect|require|await',
      hit: 'I expect your decision by the end of the week.',
      miss: 'We expected more rain this week.',
    },
    {
      id: 'i-am-expecting',
      pattern: "i'm|we're|i+am|we+are (still) expecting|awaiting",
      hit: "We're still awaiting the signed copy of the lease.",
      miss: 'They are expecting a baby in spring.',
    },
    {
      id: 'look-forward-to',
      pattern: '<self> (really) look forward to',
      hit: 'We look forward to your thoughts on the draft.',
      miss: 'We look back on a good year with your team.',
    },
    {
      id: 'keep-me-posted',
      pattern: 'keep me|us posted|updated|informed|in+the+loop',
      hit: 'Keep me posted on the permit, please.',
      miss: 'We will keep you posted on the permit.',
    },
    {
      id: 'get-back-to-me',
      pattern: 'get back to me|us',
      hit: 'Could Priya get back to me on the tiles this week?',
      miss: 'We will get back to you on the tiles this week.',
    },
    {
      id: 'imperative',
      pattern:
        '^send|confirm|sign|check|call|ring|reply|forward|approve|choose|pick|tell|return|pay|submit|fill|book|drop|give|make+sure|remember|bring|arrange|decide|let+me|let+us|add|listen|write|review|read|have+a+look|take+a+look',
      unlessAfter: ['care'],
      hit: 'Send me your pick by Thursday.',
      miss: 'Sending the plans took longer than we thought.',
    },
    {
      id: 'kindly',
      pattern: '^kindly',
      hit: 'Kindly return the signed form by Monday.',
      miss: 'You kindly offered to water the plants.',
    },
    {
      id: 'you-might-want-to',
      pattern: 'you might|may want|wish to',
      hit: 'You might want to check the wiring before Friday.',
      miss: 'You might remember the old kitchen.',
    },
    {
      id: 'its-best-to',
      pattern: "it's|it+is|it'd+be|it+would+be best|easiest|simplest to|if",
      hit: "It's best to book a slot when both witnesses can come.",
      miss: "It's best practice in the trade, so nothing to worry about.",
    },
    {
      id: 'feel-free-to',
      pattern: 'feel free to',
      hit: 'Feel free to call me on Monday about the tiles.',
      miss: 'We feel that the tiles are too dark.',
    },
    {
      id: 'ask-you-to',
      pattern: 'ask|asking you to',
      hit: 'May I ask you to sign both copies?',
      miss: 'They did not ask us about the fence.',
    },
    {
      id: 'could-you',
      // A question without its question mark: "Could you send the plans by Friday."
      pattern: '^could|would|can|will you (please|kindly|possibly|just)',
      hit: 'Could you please send the plans by Friday.',
      miss: 'You could see the plans on Friday.',
    },
    {
      id: 'is-it-possible',
      pattern: 'is|would it be possible|feasible|okay|ok|alright to|for|if',
      hit: 'Would it be possible to move the meeting to Thursday?',
      miss: 'It is possible that the meeting moves.',
    },
    {
      id: 'do-let-me-know',
      pattern: 'do|please|just let me|us know',
      hit: 'Do let me know which tiles you prefer.',
      miss: 'They let us down on the tiles.',
    },
    {
      id: 'need-you-to',
      pattern: '<self> (will|would) need|needs you to',
      hit: 'We need you to sign the form before the survey.',
      miss: 'You need to rest before the survey.',
    },
    {
      id: 'you-will-need-to',
      pattern: "you'll|you+will|you+would|you'd need+to|have+to",
      hit: "You'll need to sign both copies.",
      miss: 'You need not sign both copies.',
    },
    {
      id: 'would-you-mind',
      pattern: 'would|do you mind',
      hit: 'Would you mind checking the meter reading?',
      miss: 'We do not mind the noise.',
    },
    {
      id: 'count-on-you',
      pattern: '<self> count|rely|depend on you|your',
      hit: 'We count on your decision by Monday.',
      miss: 'We count the boxes on Monday.',
    },
    {
      id: 'all-we-need',
      // What the reader has to do, said as all it takes: "A signature on page 3 is all we need."
      pattern: 'is|are all (that) we|i|it need|needs|takes',
      hit: 'A signature on page 3 is all we need.',
      miss: 'Is that all we know about the site?',
    },
    {
      // What is left for the reader, said as a fact: "There's one page left to sign."
      id: 'left-to-sign',
      pattern:
        'left|remaining|still (for+you) to sign|initial|date|complete|fill+in|countersign|return|witness|approve|tick',
      hit: "There's just one page left to sign: page 3.",
      miss: 'The pages left to the archive are signed.',
    },
    {
      // A step of a procedure the reader carries out: "your signature needs to be witnessed".
      id: 'yours-needs-to-be',
      pattern:
        '<yours> ~0-2 needs|need|must|has|have to+be|be signed|witnessed|countersigned|initialled|initialed|dated|certified|notarised|notarized|returned|completed|filled+in',
      hit: 'Your signature needs to be witnessed by someone outside the family.',
      miss: 'The signature needs to be witnessed by the notary.',
    },
    {
      id: 'any-chance',
      pattern: 'any chance (that) you',
      hit: 'Any chance you have the old floor plans somewhere?',
      miss: 'There was no chance of rain this week.',
    },
  ],
};
