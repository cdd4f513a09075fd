// Lob, das der nächste Satz zurücknimmt (Prinzip 3: Wertschätzung stehen
// lassen): „Danke für die Pläne. Allerdings fehlt der Keller.“ Nur wenn der
// zweite Satz Arbeit oder Verhalten des Lesers kritisiert; eigene Termine
// („Allerdings bin ich im Urlaub“) und gute Nachrichten bleiben still.
// Syntax: ../pattern.ts.
import type { PraiseTakenBackData } from '../rules/praise-taken-back';
import { PRAISE_WORDS } from '../rules/praise-words';

export const PRAISE_TAKEN_BACK_DE: PraiseTakenBackData = {
  praise: [
    {
      id: 'danke',
      pattern:
        'danke|merci|vielen+dank|herzlichen+dank|besten+dank|vielen+herzlichen+dank|tausend+dank|ich+danke|wir+danken|ich+bedanke|wir+bedanken',
      hit: 'Danke für die neuen Entwürfe.',
      miss: 'Die neuen Entwürfe liegen vor.',
    },
    {
      id: 'lob-wort',
      pattern:
        'großartig|grossartig|hervorragend|toll|super|prima|klasse|gelungen|gelungene|gelungener|durchdacht|hilfreich|überzeugend|beeindruckend|wunderbar|ausgezeichnet|spitze|fantastisch|gute+arbeit|gute+idee|gut+gemacht|gut+gelungen|sehr+gut|richtig+gut|kompliment|respekt|vorbildlich|exzellent|erstklassig',
      hit: 'Ihre Skizzen sind wirklich gelungen.',
      miss: 'Ihre Skizzen sind angekommen.',
    },
    {
      // Lob für Arbeit und Auftreten jenseits der Standardwörter.
      id: 'lob-mehr',
      pattern:
        'schön|@gründlich|@sauber|@ordentlich|@pünktlich|freundlich|kompetent|wertvoll|inspirierend|hübsch|wunderschön|einwandfrei|zufrieden|kreativ|ansprechend|solide|@zuverlässig|engagiert|mühe+gegeben|schätze+=Ihre|schätze+=Ihren|schätzen+=Ihre|schätzen+=Ihren|schätze+deine|schätze+deinen',
      hit: 'Ich schätze Ihren Einsatz sehr.',
      miss: 'Ich schätze, es dauert zwei Wochen.',
    },
    {
      id: 'gefaellt',
      pattern: 'gefällt|gefallen mir|uns (sehr|gut|richtig+gut)',
      hit: 'Der Entwurf gefällt mir sehr.',
      miss: 'Der Entwurf ist mir zugegangen.',
    },
    ...PRAISE_WORDS.de,
  ],
  connectors: [
    // A turn deep in the sentence ("Die Zahlen auf Folie 12 waren allerdings …", "Die Übungen mit der Knete machen
    // Sie zu Hause jedoch kaum") still takes the praise back when a flaw follows.
    { words: ['aber'], within: 10 },
    { words: ['allerdings'], within: 10 },
    { words: ['jedoch'], within: 10 },
    { words: ['dagegen'], within: 5 },
    { words: ['hingegen'], within: 5 },
    { words: ['doch'], within: 1 },
    { words: ['wobei'], within: 1 },
    { words: ['nur'], within: 1 },
    { words: ['leider'], within: 1, needsReader: true },
    // Concessive turns stand after the verb as often as first: „Ich muss dir trotzdem sagen …“.
    { words: ['trotzdem'], within: 7, concessive: true },
    { words: ['dennoch'], within: 7, concessive: true },
    { words: ['nichtsdestotrotz'], within: 1, concessive: true },
    { words: ['schade'], within: 2 },
    // „Einziger Haken: …“ names the flaw itself.
    { words: ['einziger', 'haken'], within: 1, flaw: true },
    { words: ['einziges', 'problem'], within: 1, flaw: true },
    // „Weniger schön war, dass …“ names the flaw as the other half of the praise.
    { words: ['weniger', 'schön'], within: 1, flaw: true },
    { words: ['weniger', 'gut'], within: 1, flaw: true },
    { words: ['weniger', 'erfreulich'], within: 1, flaw: true },
    { words: ['nicht', 'so', 'schön'], within: 1, flaw: true },
    { words: ['andererseits'], within: 2 },
    { words: ['gleichwohl'], within: 1 },
  ],
  problem: [
    {
      id: 'verneinung',
      pattern: '<neg>',
      hit: 'Die Maße stimmen nicht.',
      miss: 'Die Maße stimmen.',
    },
    {
      id: 'mangel',
      pattern:
        'stört|störend|albtraum|alptraum|katastrophal|furchtbar|schrecklich|grauenhaft|misslungen|als+vereinbart|als+besprochen|als+abgesprochen|als+angeboten|unscharf|verschwommen|pixelig|beschädigt|defekt|unpassend|unpräzise|ungenügend|unzureichend|enttäuschend|chaotisch|unsauber|schlampig|schlecht|tippfehler*|rechtschreibfehler*|verzögert|verrutscht|hinkt|im+verzug|überschritten|fehlt|fehlen|immer+noch|noch+immer|übersehen|vergessen|versäumt|falsch|falsche|falschen|fehler*|problem*|unklar|unvollständig|mangelhaft|schwach|schwache|langatmig|unbrauchbar|unleserlich|kaum|schwierig|bedenken|nachbessern|überarbeiten|überarbeitet+werden|hakt|hapert|holpert|passt+nicht|veraltet|unübersichtlich|umständlich|verwirrend|lückenhaft|oberflächlich|ungenau|fehlerhaft|schief|nachgebessert|ignoriert|ignoriert+er|zeitverschwendung|katastrophe|schlechter|wimmelt|niemand|nichts|stürzt|abgestürzt|tropfen|tropft|undicht|inakzeptabel|ständig|dauernd|zu+hoch|widerspricht|widersprechen|widersprüchlich|nach+wie+vor|weicht|weichen|abweichung*|zunichte|schlechte+idee|keine+gute+idee|unsigniert|nicht+unterschrieben|wenig+brauchbar|wenig+hilfreich|wenig+nützlich|wenig+geeignet|ungeeignet|nur+bedingt',
      hit: 'Die Tabelle ist leider lückenhaft.',
      miss: 'Die Tabelle ist vollständig.',
    },
    {
      id: 'ueber-budget',
      pattern: 'weit|deutlich (über|außerhalb) (dem|ihrem|eurem|deinem|unserem) budget|rahmen',
      hit: 'Jedoch liegen alle Modelle weit über Ihrem Budget.',
      miss: 'Jedoch liegen alle Modelle in Ihrem Budget.',
    },
    {
      id: 'sprengt-rahmen',
      pattern: 'sprengt|sprengen|übersteigt|übersteigen|überschreitet|überschreiten ~7 budget|rahmen|kostenrahmen',
      hit: 'Allerdings sprengt die Hälfte der Wünsche unser Budget.',
      miss: 'Allerdings passt die Hälfte der Wünsche in unser Budget.',
    },
    {
      // What strikes the writer is what they criticise („Was mir allerdings auffällt, …“).
      id: 'faellt-auf',
      pattern: 'auffällt|aufgefallen|auffallend',
      hit: 'Was mir allerdings auffällt, sind die vielen offenen Posten.',
      miss: 'Was mir allerdings wichtig ist, sind die offenen Posten.',
    },
    {
      // Done yet again: the repetition is the reproach („Nur habt ihr schon wieder …“).
      id: 'schon-wieder',
      pattern: 'schon+wieder|wieder+einmal|erneut|zum+wiederholten+mal',
      hit: 'Nur habt ihr schon wieder die Liste geändert.',
      miss: 'Nur habt ihr die Liste geändert.',
    },
    {
      // What the reader should have done: „hätten Sie … prüfen sollen“.
      id: 'haette-sollen',
      pattern: 'hätten|hättest|hättet ~5 sollen|müssen',
      hit: 'Die Drainage hätten Sie vorher prüfen sollen.',
      miss: 'Die Drainage haben Sie vorher geprüft.',
    },
    {
      id: 'zu-viel',
      pattern:
        'zu gering|steil|schmal|flach|lang|kurz|teuer|spät|klein|groß|gross|viel|wenig|grell|dunkel|hell|breit|hoch|niedrig|knapp|allgemein|ungenau|langsam|kompliziert|voll|eng',
      hit: 'Die Schrift ist zu klein.',
      miss: 'Die Schrift ist gut lesbar.',
    },
    {
      // A measured "zu" is excess whatever the adjective („etwas zu werblich“, „viel zu verspielt“).
      id: 'etwas-zu',
      pattern: 'etwas+zu|viel+zu|deutlich+zu|bisschen+zu|ziemlich+zu|reichlich+zu|arg+zu',
      hit: 'Sie sind mir aber etwas zu werblich.',
      miss: 'Sie sind uns aber etwas voraus.',
    },
  ],
  good: [
    {
      // „Aber nun zum Organisatorischen: …“: die Wendung geht zur Sache über und nimmt nichts zurück.
      id: 'nun-zum-organisatorischen',
      pattern:
        '^ aber|doch|jetzt|nun|so (nun|jetzt) zum|zur organisatorischen|organisatorischen|geschäftlichen|formalen|praktischen|papierkram|rechnung|abrechnung',
      hit: 'Aber nun zum Papierkram: Die Rechnung hängt an.',
      miss: 'Aber der Papierkram ist unvollständig.',
    },
    {
      // „…, aber es gibt keinerlei Verpflichtung“: die Leserin wird entlastet.
      id: 'keine-verpflichtung',
      pattern: 'kein|keine|keinerlei verpflichtung|pflicht|eile|druck|zwang|muss',
      hit: 'Wir würden uns freuen, wenn Sie vorbeikommen, aber es gibt keinerlei Verpflichtung.',
      miss: 'Wir würden uns freuen, wenn Sie vorbeikommen, aber der Parkplatz ist gesperrt.',
    },
    {
      id: 'gute-nachricht',
      pattern:
        'gute+nachricht|gute+nachrichten|freut|freue|freuen|zum+glück|glücklicherweise|erfreulich*|positiv|gern|gerne|kein+problem|keine+sorge|keine+sorgen|halb+so+wild',
      hit: 'Aber die gute Nachricht: Der Termin steht.',
      miss: 'Aber der Termin wackelt.',
    },
    {
      // Was folgt, wird die Leserin freuen: „Allerdings gibt es eine Änderung, die Ihnen gefallen wird“.
      id: 'wird-ihnen-gefallen',
      pattern: 'gefallen|schmecken|freuen wird|werden|dürfte|dürften',
      hit: 'Danke für die Verlängerung. Allerdings gibt es eine Änderung, die Ihnen gefallen wird: Die Räume sind jetzt frei.',
      miss: 'Danke für die Verlängerung. Allerdings gibt es eine Änderung: Die Räume kosten jetzt mehr.',
    },
    {
      // Bessere Nachricht oder ein anderes Thema nach der Wende: „Aber das Beste kommt noch“, „ganz anderes Thema“.
      id: 'besseres-oder-anderes-thema',
      pattern:
        'das+beste|noch+besser|noch+schöner|anderes+thema|anderen+thema|übrigens|nebenbei|apropos|wo+ich+sie+gerade+habe|wo+ich+dich+gerade+habe',
      hit: 'Danke für die Fotos! Aber das Beste: Die Stadt hat den Anbau genehmigt.',
      miss: 'Danke für die Fotos! Aber der Anbau ist noch nicht genehmigt.',
    },
    {
      // Time given, thanks waved off: „aber keine Eile“, „das war doch selbstverständlich“.
      id: 'keine-eile',
      pattern:
        'keine+eile|kein+stress|kein+druck|eilt+nicht|ruhig+zeit|in+ruhe|nicht+nötig|nicht+notwendig|nicht+der+rede+wert|gern+geschehen|keine+ursache',
      hit: 'Danke für die Belege, aber mit dem Rest hat es keine Eile.',
      miss: 'Danke für die Belege, aber der Rest fehlt.',
    },
    {
      // The writer takes the fault („der Fehler lag bei mir“): wherever it stands, the thanks stay whole.
      id: 'eigener-fehler',
      pattern:
        'meine+schuld|unsere+schuld|mein+fehler|unser+fehler|mein+versehen|unser+versehen|bei+mir+lag|bei+uns+lag',
      hit: 'Danke für den Hinweis, das war allerdings mein Fehler.',
      miss: 'Danke für den Hinweis, das war allerdings Ihr Fehler.',
    },
    {
      id: 'lag-bei-mir',
      pattern: 'lag|lagen ~2 bei mir|uns',
      hit: 'Danke für den Hinweis, der Fehler lag allerdings bei mir.',
      miss: 'Danke für den Hinweis, der Fehler lag allerdings bei Ihnen.',
    },
    {
      id: 'war-selbstverstaendlich',
      pattern: 'war ~2 selbstverständlich|ehrensache',
      hit: 'Danke für die Blumen, aber das war doch selbstverständlich.',
      miss: 'Danke für die Blumen, aber das war doch zu viel.',
    },
    {
      // The credit passed on: „aber das Lob gebührt meinem Team“.
      id: 'lob-gebuehrt',
      pattern: 'lob|dank|anerkennung|verdienst ~2 gebührt|gebühren|verdient',
      hit: 'Danke, aber das Lob gebührt eigentlich unserem Polier.',
      miss: 'Danke, aber das Lob kam zu spät.',
    },
  ],
  demand: [
    {
      // What the writer had asked for is the verdict: „Nur hatten wir ausdrücklich um … gebeten“.
      id: 'gebeten',
      pattern: 'hatte|hatten|ausdrücklich|extra|explizit ~4 gebeten',
      hit: 'Nur hatten wir um die Originale gebeten.',
      miss: 'Nur haben wir die Originale schon erhalten.',
    },
    {
      // The writer's impression of the reader is a verdict: „aber ich habe den Eindruck, dass du …“.
      id: 'eindruck',
      pattern: 'habe|hab|bekomme ~2 eindruck|gefühl',
      hit: 'Aber ich habe den Eindruck, dass du die Aufgaben schleifen lässt.',
      miss: 'Aber ich habe den Termin schon eingetragen.',
    },
    {
      // The writer not understanding the reader's move: „Wobei ich nicht ganz verstehe, warum …“.
      id: 'nicht-verstehen',
      pattern: 'nicht|kaum ~2 verstehe|verstehen|nachvollziehen|nachvollziehbar',
      hit: 'Wobei ich ehrlich gesagt nicht ganz verstehe, warum die Zielgruppe wechselt.',
      miss: 'Wobei ich ehrlich gesagt gut verstehe, warum die Zielgruppe wechselt.',
    },
    {
      // The writer puzzling over the reader's move is a reproach: „Jedoch frage ich mich, warum Sie …“.
      id: 'frage-mich-warum',
      pattern:
        'frage+ich+mich|frage+mich|fragen+wir+uns|fragen+uns|verstehe+ich+nicht|versteh+ich+nicht|ist+mir+nicht+klar|ist+mir+schleierhaft|ist+mir+ein+rätsel ~3 warum|wieso|weshalb|weswegen',
      hit: 'Allerdings frage ich mich schon, warum die Stützen jetzt versetzt sind.',
      miss: 'Allerdings frage ich mich, ob wir den Termin auf Mittwoch legen.',
    },
    {
      // The work is of no use to the writer: „Allerdings nützen uns die Entwürfe wenig, solange …“.
      id: 'nuetzt-nichts',
      pattern: '@nützen|@bringen|@helfen ~1 uns|mir ~5 nichts|wenig|herzlich+wenig|nicht+viel|kaum+etwas',
      hit: 'Allerdings nützen uns die besten Skizzen nichts, wenn die Maße fehlen.',
      miss: 'Allerdings helfen uns die Skizzen schon sehr weiter.',
    },
    {
      id: 'erwartet',
      pattern:
        'erwarte|erwarten|erwartet|vermisse|vermissen|enttäuscht|hätte+mir|hätten+uns|hätte+ich+mir|hätten+wir+uns|wundere+mich|wundern+uns',
      hit: 'Allerdings hätte ich mir mehr Sorgfalt gewünscht.',
      miss: 'Allerdings bin ich nächste Woche im Urlaub.',
    },
    {
      // The writer's surprise at the reader's move („bin ich aber überrascht, dass Sie …“), not a pleasant one.
      id: 'ueberrascht',
      pattern: 'überrascht|verwundert|erstaunt|irritiert|befremdet',
      unlessBefore: ['positiv', 'angenehm', 'freudig'],
      hit: 'Ehrlich gesagt bin ich aber überrascht, dass Sie die Kosten gestrichen haben.',
      miss: 'Ehrlich gesagt bin ich aber positiv überrascht von den Kosten.',
    },
    {
      // The writer raising a point is a verdict, not their own news: „Trotzdem muss ich ansprechen, dass …“.
      id: 'muss-ansprechen',
      pattern: '@müssen ~2 ansprechen|anmerken|erwähnen|festhalten|loswerden|kritisieren|sagen',
      hit: 'Trotzdem muss ich ansprechen, dass die Akten falsch einsortiert sind.',
      miss: 'Trotzdem muss ich morgen früh los.',
    },
    {
      // Die Schreiberin lehnt die Arbeit ab oder nennt, was anders bestellt war.
      id: 'nicht-verwenden',
      pattern:
        'nicht+leben|nicht+akzeptieren|nicht+hinnehmen|nicht+abnehmen|nicht+freigeben|nicht+verwenden|nicht+gebrauchen',
      hit: 'Dennoch können wir mit diesem Ergebnis nicht leben.',
      miss: 'Dennoch können wir mit diesem Ergebnis leben.',
    },
    {
      id: 'anderes-bestellt',
      pattern: 'etwas+anderes|ganz+anderes|etwas+ganz+anderes ~2 bestellt|besprochen|vereinbart|beauftragt|gewollt',
      hit: 'Allerdings hatten wir etwas ganz anderes bestellt.',
      miss: 'Allerdings hatten wir die Fliesen schon bestellt.',
    },
    {
      id: 'nicht-zufrieden',
      pattern: 'nicht|wenig|kaum ~1 zufrieden|glücklich|froh|einverstanden|überzeugt|begeistert',
      hit: 'Allerdings bin ich mit dem Keller nicht glücklich.',
      miss: 'Allerdings bin ich mit dem Keller sehr glücklich.',
    },
  ],
  self: ['ich', 'wir', 'mir', 'uns', 'mich', 'mein', 'meine', 'meinen', 'unser', 'unsere', 'unseren', 'unserem'],
  subject: ['ich', 'wir'],
  reports: [
    'zähle',
    'gezählt',
    'bemerkt',
    'bemerke',
    'bemerken',
    'festgestellt',
    'entdeckt',
    'gesehen',
    'sehe',
    'ansprechen',
    'anmerken',
    'aufgefallen',
  ],
  reader: [
    'sie',
    'er',
    'es',
    'diese',
    'dieser',
    'dieses',
    'ihr',
    'ihre',
    'ihren',
    'ihrem',
    'dein',
    'deine',
    'du',
    'ihnen',
    'euer',
    'eure',
  ],
  patience: ['geduld', 'verständnis', 'nachsicht', 'einladung', 'anfrage', 'interesse', 'wünsche', 'glückwünsche'],
  courtesy: [
    'rückruf',
    'anruf',
    'nachricht',
    'antwort',
    'mail',
    'e-mail',
    'rückmeldung',
    'info',
    'information',
    'hinweis',
  ],
  wish: ['hoffe', 'hoffen', 'wünsche', 'wünschen', 'genießen', 'erholsam*'],
};
