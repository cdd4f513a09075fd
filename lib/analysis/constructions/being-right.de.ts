// Rechthaben, deutsche Wörter: wer (ich, wir, meine Mail) was (warnen, raten,
// sagen …) wann gesagt hat, und was die Rückschau harmlos macht. Jeder Eintrag hat
// einen Satz, den er finden muss, und einen, den er nicht finden darf.
import type { BeingRightData } from './being-right';

export const BEING_RIGHT_DE: BeingRightData = {
  warn: [
    'warnen',
    'vorwarnen',
    'abraten',
    'raten',
    'anraten',
    'empfehlen',
    'vorhersagen',
    'vorhergesagt',
    'voraussagen',
    'prognostizieren',
    'prophezeien',
    'hinweisen',
    'nahelegen',
    'andeuten',
    'markieren',
    'vermerken',
    'festhalten',
    'anmahnen',
    'befürchten',
    'betonen',
    'ansprechen',
    'anmerken',
    'thematisieren',
    'benennen',
    'vorrechnen',
    'aufzählen',
    'aufzeigen',
    'klarstellen',
    'anregen',
    'plädieren',
  ],
  foretold: [
    'warnen',
    'vorwarnen',
    'abraten',
    'vorhersagen',
    'vorhergesagt',
    'voraussagen',
    'prognostizieren',
    'prophezeien',
  ],
  say: [
    'sagen',
    'erwähnen',
    'erklären',
    'erläutern',
    'schreiben',
    'mitteilen',
    'schildern',
    'ausführen',
    'darlegen',
    'beschreiben',
    'informieren',
    'stehen',
    // The lemma table keeps these preterites of "stehen" as they are.
    'stand',
    'standen',
  ],
  framed: [],
  // "vereinbart": the lemma table keeps the participle as it is.
  plain: [
    // „obwohl ich Ihnen die Verbindung mit Puffer angeboten hatte“: an offer held up against what happened.
    'vorschlagen',
    'anbieten',
    'bitten',
    'vereinbaren',
    'vereinbart',
    'besprechen',
    'sprechen',
    'abstimmen',
    'durchsprechen',
    'durchspielen',
  ],
  phrasal: [
    { lemma: 'legen', with: ['herz'] },
    { lemma: 'geben', with: ['weg'] },
    { lemma: 'bringen', with: ['tisch', 'sprache'] },
    { lemma: 'machen', with: ['aufmerksam'] },
    { lemma: 'geben', with: ['bedenken'] },
    { lemma: 'äussern', with: ['bedenken', 'zweifel', 'sorge', 'sorgen'] },
  ],
  danger: ['risiko', 'risiken', 'gefahr', 'gefahren', 'problem', 'bedenken', 'einwand', 'einwände', 'schwachstelle'],
  pastForms: [
    'stand',
    'standen',
    'schrieb',
    'schrieben',
    'riet',
    'rieten',
    'wies',
    'wiesen',
    'sprach',
    'sprachen',
    'hielt',
    'hielten',
    'gab',
    'gaben',
  ],
  self: ['ich', 'wir'],
  aux: ['habe', 'hab', 'hatte', 'haben', 'hatten', 'war', 'waren', 'wurde', 'wurden'],
  reader: ['=Sie', '=Ihnen', 'dich', 'dir', 'euch'],
  others: [
    'ihm',
    '=ihnen',
    'nachbarn',
    'team',
    'kollegen',
    'kollegin',
    'rechnung',
    'amt',
    'bank',
    'vermieter',
    'lieferanten',
    'träger',
    'firma',
    'behörde',
    'gemeinde',
    'versicherung',
    'verwaltung',
    'handwerker',
    'hersteller',
    'spedition',
    'gericht',
    'kasse',
  ],
  strong: [
    {
      // „…, obwohl ich Ihnen gesagt habe, dass …“, „nicht ohne Grund vorgeschlagen“: the warning set against what happened.
      id: 'obwohl',
      pattern: 'obwohl|obgleich|obschon|wenngleich|nicht+ohne+grund|aus+gutem+grund',
      hit: 'Die Fuge ist gerissen, obwohl ich Ihnen gesagt habe, dass sie aushärten muss.',
      miss: 'Die Fuge ist gerissen, und ich habe Ihnen gesagt, wie wir sie ausbessern.',
    },
    {
      id: 'seite',
      pattern: 'auf|unter|in seite|punkt|ziffer|abschnitt|folie|position|absatz',
      hit: 'Das stand in unserem Konzept auf Seite 6.',
      miss: 'Das stand in unserem Konzept.',
    },
    {
      id: 'bestaetigt',
      pattern: 'bestätigt|bestätigte|bestätigen|bewahrheitet|beweist|belegt',
      hit: 'Der Bescheid bestätigt, was ich vorgerechnet hatte.',
      miss: 'Der Bescheid zeigt, was ich vorgerechnet hatte.',
    },
    {
      id: 'genau',
      pattern: 'genau|exakt|ausgerechnet|just',
      hit: 'Genau diesen Punkt hatte ich angesprochen.',
      miss: 'Diesen Punkt hatte ich angesprochen.',
    },
    {
      id: 'ausdruecklich',
      pattern:
        'ausdrücklich|eindringlich|unmissverständlich|mehrfach|mehrmals|wiederholt|zweimal|dreimal|viermal|x-mal|extra|eigens|schriftlich',
      hit: 'Ich habe das ausdrücklich erwähnt.',
      miss: 'Ich habe das erwähnt.',
    },
    {
      id: 'damals',
      pattern: 'damals|seinerzeit|von+anfang+an|von+beginn+an|im+vorfeld|vorab|rechtzeitig|frühzeitig|gleich+zu+beginn',
      hit: 'Das hatten wir damals gesagt.',
      miss: 'Das hatten wir gesagt.',
    },
    {
      id: 'erster-letzter-termin',
      pattern: 'beim|im|am|bei+der|in+der|nach+dem|nach+der ersten|letzten|vorigen|vorherigen',
      hit: 'Das habe ich beim ersten Besuch erwähnt.',
      miss: 'Das habe ich beim Besuch erwähnt.',
    },
    {
      id: 'vom-datum',
      pattern:
        'vom ~0-1 (.) januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter',
      hit: 'Das steht in der Schätzung vom Februar.',
      miss: 'Das steht in der Schätzung.',
    },
    {
      id: 'wie-sie-wissen',
      pattern: 'wie =Sie|du|ihr ~0-1 @wissen',
      hit: 'Wie du weißt, hatte ich das gesagt.',
      miss: 'Ich weiß, dass ich das gesagt hatte.',
    },
    {
      id: 'erinnern',
      pattern: '@erinnern|zur+erinnerung|wissen+sie+noch|weisst+du+noch',
      hit: 'Wie Sie sich erinnern, war das so.',
      miss: 'Wie Sie wissen, war das so.',
    },
  ],
  weak: [
    {
      id: 'beim',
      pattern: 'beim|bei+der|bei+dem|während+der|während+des|während+unseres|während+unserer',
      hit: 'Das habe ich Ihnen beim Einsetzen gesagt.',
      miss: 'Das habe ich Ihnen gesagt.',
    },
    {
      id: 'eigenes-dokument-oder-treffen',
      pattern: 'in|im|aus|bei|beim|am|nach meiner|meinem|meinen|unserer|unserem|unseren',
      hit: 'Das stand in unserem Angebot.',
      miss: 'Das stand im Angebot.',
    },
    {
      id: 'schon',
      pattern: 'bereits|schon|vorher|zuvor|früher|vorhin',
      hit: 'Das habe ich schon gesagt.',
      miss: 'Das habe ich gesagt.',
    },
    {
      id: 'monat',
      pattern:
        'im|anfang|ende|mitte januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter',
      hit: 'Das habe ich im März gesagt.',
      miss: 'Das habe ich am Montag gesagt.',
    },
    {
      id: 'vor-wochen',
      pattern: 'vor ~0-2 wochen|monaten|jahren|tagen|langem',
      hit: 'Das habe ich vor drei Wochen gesagt.',
      miss: 'Das habe ich heute gesagt.',
    },
    {
      id: 'letzte-woche',
      pattern: 'letzte|letzten|vergangene|vergangenen woche|monat|jahr|jahres|monats|sommer|herbst|winter|frühjahr',
      hit: 'Das habe ich letzte Woche gesagt.',
      miss: 'Das habe ich diese Woche gesagt.',
    },
    {
      id: 'anlass',
      pattern:
        'bei|beim|während|in der|dem ~0-1 planung|besprechung|begehung|besichtigung|abgabe|abnahme|aufmass|schulung|sitzung|termin|besuch|gespräch|telefonat|rundgang|vorgespräch|erstgespräch|kick-off',
      hit: 'Das habe ich bei der Begehung gesagt.',
      miss: 'Das habe ich Ihnen gesagt.',
    },
    {
      id: 'vor-anlass',
      pattern:
        'vor ~0-1 beginn|baubeginn|klageerhebung|vertragsschluss|unterschrift|auftragserteilung|start|projektstart',
      hit: 'Das habe ich vor Baubeginn gesagt.',
      miss: 'Das habe ich vor Ort gesagt.',
    },
  ],
  asFrame: [
    {
      id: 'der-punkt-den-ich',
      pattern:
        'punkt|risiko|problem|thema|frage|gefahr|szenario|einwand|stelle|fehler|mangel , (auf|vor|an|über) den|das|die|dem|der|was ich|wir',
      hit: 'Das ist genau der Punkt, den ich angesprochen hatte.',
      miss: 'Das ist der Punkt, an dem Sie weitermachen können.',
    },
    {
      id: 'wie-ich',
      pattern: 'wie|so+wie ich|wir|von+mir|von+uns|in|im',
      hit: 'Wie ich sagte, ist das so.',
      miss: 'Wie geht es Ihnen?',
    },
    {
      id: 'wie-partizip',
      pattern:
        '^wie schon|bereits ~0-6 gesagt|erwähnt|geschrieben|erklärt|erläutert|festgehalten|ausgeführt|angemerkt|betont|vermerkt',
      hit: 'Wie schon beim Termin gesagt: Das reicht nicht.',
      miss: 'Wie gesagt reicht das.',
    },
  ],
  owning: [
    {
      id: 'haette-muessen',
      pattern: 'hätte|hätten ~0-8 müssen|sollen|können',
      hit: 'Ich hätte Sie früher darauf hinweisen müssen.',
      miss: 'Ich habe Sie früher darauf hingewiesen.',
    },
    {
      id: 'fehler',
      pattern:
        'versäumt|vergessen|entschuldigen|entschuldige|entschuldigung|mein+fehler|unser+fehler|meine+kappe|unsere+kappe|tut+mir+leid|tut+uns+leid',
      hit: 'Ich habe leider vergessen, Sie darauf hinzuweisen.',
      miss: 'Ich habe Sie darauf hingewiesen.',
    },
    {
      // Der Hinweis kam nie an: „wollte es Ihnen sagen, habe Sie aber nicht erreicht“.
      id: 'nicht-erreicht',
      pattern: 'nicht+erreicht|nicht+erreichen|niemanden+erreicht|mailbox|anrufbeantworter|nicht+durchgekommen',
      hit: 'Ich wollte Ihnen die Mehrkosten am Telefon erklären, habe Sie aber nicht erreicht.',
      miss: 'Ich habe Ihnen die Mehrkosten am Telefon erklärt.',
    },
  ],
  handover: [
    {
      id: 'anbei',
      pattern:
        'anbei|beigefügt|im+anhang|hier+noch+einmal|hier+nochmal|hier+nochmals|hier+die|hier+der|hier+das|hier+ist|hier+sind',
      hit: 'Ich hatte es im März geschrieben; hier noch einmal die Adresse.',
      miss: 'Ich hatte es im März geschrieben.',
    },
    {
      // „Wie erwähnt, gibt es für Ihre Dachdämmung einen Zuschuss“: ein Vorteil, auf den hingewiesen wird.
      id: 'zuschuss',
      pattern:
        'gibt+es|steht+ihnen|stehen+ihnen|bekommen+sie|erhalten+sie ~0-6 zuschuss|förderung|erstattung|rabatt|bonus|gutschrift|freibetrag|zu',
      hit: 'Wie ich schon erwähnt hatte, gibt es für Ihre Dämmung einen Zuschuss.',
      miss: 'Wie ich schon erwähnt hatte, fehlt noch Ihre Unterschrift.',
    },
  ],
  kind: [
    {
      id: 'beruhigung',
      pattern:
        'keine+eile|kein+problem|gern|gerne|schön|freue|freuen|freut|gefreut|herzlich|danke|dank|kostenlos|toll|super|begeistert|wunderbar|gratuliere|gratulieren|glückwunsch',
      hit: 'Wie ich schon sagte, hat es keine Eile.',
      miss: 'Wie ich schon sagte, reicht das nicht.',
    },
  ],
  foreseen: [
    {
      id: 'hat-mich-nicht-ueberrascht',
      pattern: '@haben mich|uns ~0-5 nicht|wenig|kaum|keineswegs überrascht|gewundert',
      hit: 'Ehrlich gesagt hat mich das Ergebnis nicht überrascht.',
      miss: 'Ehrlich gesagt hat mich das Ergebnis sehr überrascht.',
    },
    {
      id: 'ueberrascht-mich-nicht',
      pattern:
        'überrascht|überraschte|wundert|wunderte mich|uns (ehrlich+gesagt|offen+gesagt|daher|deshalb|deswegen|also|insofern|somit|auch) nicht|wenig|kaum|keineswegs',
      hit: 'Die Reaktion überrascht mich ehrlich gesagt nicht.',
      miss: 'Die Reaktion überrascht mich sehr.',
    },
    {
      id: 'war-absehbar',
      pattern: 'war|ist|waren|wäre|schien absehbar|vorhersehbar|vorauszusehen|zu+erwarten|abzusehen',
      hit: 'Dass das passiert, war absehbar.',
      miss: 'Dass das passiert, war nicht absehbar.',
    },
    {
      id: 'kommt-nicht-ueberraschend',
      pattern: 'kommt|kommen|kam|kamen ~0-3 nicht|wenig|kaum überraschend|unerwartet',
      hit: 'Die Zahlen kommen daher nicht überraschend.',
      miss: 'Die Zahlen kommen überraschend.',
    },
  ],
  record: [
    {
      id: 'fuers-protokoll',
      pattern:
        '^(nur|einfach|also) fürs+protokoll|für+das+protokoll|zur+klarstellung|zur+richtigstellung|um+das+klarzustellen|um+es+klarzustellen|damit+kein+missverständnis+entsteht|damit+keine+missverständnisse+entstehen|damit+das+klar+ist',
      hit: 'Zur Richtigstellung: Die Maße stammen aus Ihrer Skizze.',
      miss: 'Das Protokoll der Sitzung liegt bei.',
    },
  ],
  credit: [
    {
      // "hätten wir mit der Klappe aus unserem Angebot vermeiden können": the writer's offer would have spared it.
      id: 'mit-unserem-vermieden',
      pattern:
        'hätte|hätten|hättest|hättet|wäre|wären ~0-6 mit|durch ~0-6 unser*|mein* ~0-8 ~0-4 vermeiden|verhindern|vermieden|verhindert|sparen|gespart|erspart',
      hit: 'Den Schaden hätten Sie mit der Pumpe aus unserem Angebot vermeiden können.',
      miss: 'Den Schaden hätten wir früher bemerken können, das tut mir leid.',
    },
    {
      id: 'waere-damit-kein-thema',
      pattern:
        'wäre|wären|hätte|hätten ~0-3 damit|so|dann ~0-3 kein|keine|nicht|nie ~0-2 thema|problem|nötig|passiert|entstanden|gewesen',
      hit: 'Die Nachzahlung wäre damit kein Thema gewesen.',
      miss: 'Die Nachzahlung ist damit erledigt.',
    },
    {
      id: 'haetten-sie-unser',
      pattern:
        'hätten|hättest|hättet|wären|wärst|wärt =Sie|du|ihr ~0-8 unser*|mein*|empfohlen*|angeboten*|vorgeschlagen* ~0-8 ~0-4 nicht|kein|keine|keinen|nie|besser|günstiger',
      hit: 'Hätten Sie die Dämmung aus unserem Angebot genommen, wäre die Wand jetzt nicht nass.',
      miss: 'Hätten Sie nächste Woche Zeit für einen Termin bei uns?',
    },
    {
      id: 'wenn-sie-unser',
      pattern:
        'wenn|falls =Sie|du|ihr ~0-8 unser*|mein* ~0-6 hätten|hättest|hättet|wären|wärst|gefolgt ~0-8 ~0-2 nicht|kein|keine|keinen|nie',
      hit: 'Wenn ihr unsere Variante genommen hättet, gäbe es jetzt keine Risse.',
      miss: 'Wenn Sie unsere Variante genommen haben, melden Sie sich.',
    },
    {
      id: 'waere-damals-guenstiger',
      pattern:
        'wäre|wären|hätte|hätten ~0-3 damals|seinerzeit|rechtzeitig ~0-4 günstiger|billiger|besser|einfacher|schneller|sicherer',
      hit: 'Ein Austausch wäre damals deutlich günstiger gewesen.',
      miss: 'Ein Austausch ist jetzt deutlich günstiger.',
    },
  ],
};
