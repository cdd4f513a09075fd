import type { PhraseEntry } from '../types';

// Verallgemeinerungen über die andere Person (Prinzip 1: Wertschätzung).
//
// „immer“, „nie“ und „jedes Mal“ sind in freundlicher Post häufig („Sie
// erreichen mich immer“, „wie immer gern“, „Sie sind nie allein“). Die Einträge
// verlangen deshalb die Leserin als Handelnde UND ein Verb oder eine Ergänzung,
// die einen Vorwurf trägt (zu spät, vergessen, ändern …).
// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@-Verben: jede
// Form). Nicht <reader>: in „Ihre Termine verschieben wir immer …“ steht vorn
// ein Objekt, und die Pluralform gleicht der von „wir“.
const WHO = '=Sie|du|ihr';
// Verben, deren Wiederholung ein Vorwurf ist („Sie vergessen jedes Mal …“).
const FAULT =
  '@vergessen|@verpassen|@übersehen|@ignorieren|@verwechseln|@verschieben|@ändern|@überziehen|@überschreiten|@unterbrechen|@ausweichen|@absagen';
const LATE =
  'zu+spät|viel+zu+spät|verspätet|zu+kurzfristig|sehr+kurzfristig|in+letzter+minute|auf+den+letzten+drücker|last-minute|unpünktlich|kurz+vor+knapp';
const ALWAYS =
  'immer|ständig|dauernd|jedes+mal|stets|grundsätzlich|regelmäßig|schon+wieder|wieder+einmal|mal+wieder|wie+immer';
const CONSTANTLY = 'ständig|dauernd|andauernd|pausenlos|ununterbrochen|permanent|laufend|in+einem+fort';
// Lob und Service: „Sie sind ständig erreichbar“, „Sie haben laufend Zugriff“.
const NOT_AFTER_CONSTANTLY = [
  'informiert',
  'erreichbar',
  'auf',
  'aktuell',
  'aktualisiert',
  'betreut',
  'begleitet',
  'verfügbar',
  'willkommen',
  'da',
  'im',
  'unter',
  'zugriff',
  'zugang',
  'für',
];
// „Sie haben nie Grund zur Sorge“, „Sie sind nie allein“, „Sie zahlen nie mehr als …“.
const NOT_AFTER_NEVER = [
  // "Du hast nie etwas dagegen, wenn …": never minds, a kindness.
  'dagegen',
  'allein',
  'alleine',
  'grund',
  'anlass',
  'sorge',
  'sorgen',
  'angst',
  'probleme',
  'ärger',
  'um',
  'enttäuscht',
  'gezögert',
  'verlegen',
  'mehr',
  'doppelt',
  'extra',
  'umsonst',
  'vergeblich',
  'ungelegen',
  'warten',
  'hängen',
  'im',
  'zuviel',
  'aufpreis',
];
const LEAD =
  'leider|bisher|bislang|trotzdem|dennoch|jedoch|aber|offenbar|anscheinend|nun|jetzt|damals|doch|,|bis+heute|in+all+den+jahren';

export const absolute: readonly PhraseEntry[] = [
  // Gegenstücke zu englischen Einträgen, die übersetzt unerkannt blieben (translated-examples.jsonl).
  {
    id: 'jedes-einzelne-mal',
    pattern: 'jedes einzelne|verdammte|verflixte|blöde mal',
    hit: 'Jedes einzelne Mal ist die Abrechnung falsch.',
    miss: 'Jedes Mal freuen wir uns auf Ihren Besuch.',
  },
  {
    // „Die Rechnung ist schon wieder falsch“: die Wiederholung eines Fehlers, wessen auch immer.
    id: 'schon-wieder-falsch',
    pattern: 'schon+wieder|wieder+einmal|mal+wieder ~0-2 zu+spät|falsch|fehlerhaft|unvollständig|verspätet',
    unlessBefore: ['ich', 'wir', 'bin', 'sind'],
    hit: 'Die Abrechnung ist schon wieder falsch.',
    miss: 'Die Abrechnung ist wieder vollständig.',
  },
  {
    id: 'bei-ihnen-passiert-das-immer',
    pattern: 'bei <reader> ~0-3 passiert|passieren|dauert|dauern ~0-2 immer|ständig|dauernd|jedes+mal',
    unlessWarm: true,
    hit: 'Bei Ihrem Team passiert das ständig.',
    miss: 'Bei Ihrem Team melden wir uns am Montag.',
  },
  {
    id: 'stimmt-immer-etwas-nicht',
    pattern: '@stimmen ~0-2 immer|ständig|jedes+mal|dauernd|grundsätzlich irgendetwas|irgendwas|etwas|was nicht',
    hit: 'Mit den Stundenzetteln stimmt immer irgendetwas nicht.',
    miss: 'Mit den Stundenzetteln stimmt alles, danke.',
  },
  {
    id: 'unmoeglich-zu-erreichen',
    pattern: `${WHO} @sein ~0-3 unmöglich|nie|praktisch+nie|so+gut+wie+nie zu erreichen`,
    hit: 'Sie sind unter der Woche unmöglich zu erreichen.',
    miss: 'Sie sind unter der Woche gut zu erreichen.',
  },
  {
    id: 'sind-sie-unmoeglich-zu-erreichen',
    pattern: `@sein ${WHO} ~0-3 unmöglich|nie|praktisch+nie|so+gut+wie+nie zu erreichen`,
    hit: 'Unter der Woche sind Sie unmöglich zu erreichen.',
    miss: 'Unter der Woche sind Sie gut zu erreichen.',
  },
  {
    id: 'sie-haben-die-angewohnheit',
    pattern: '<reader> ~0-2 @haben (so) (eine|die) angewohnheit|tendenz|neigung|marotte',
    unlessWarm: true,
    hit: 'Sie haben die Angewohnheit, die Pläne nach der Freigabe zu ändern.',
    miss: 'Sie haben die Pläne nach der Freigabe geändert.',
  },
  {
    id: 'derselbe-zirkus',
    pattern:
      'derselbe|dasselbe|dieselbe|der+gleiche|das+gleiche|die+gleiche zirkus|theater|drama|leier|spielchen|trauerspiel|affentheater|tanz',
    hit: 'Jeden Monat derselbe Zirkus mit den Stundenzetteln.',
    miss: 'Jeden Monat derselbe Ablauf mit den Stundenzetteln.',
  },
  {
    id: 'sie-immer-zu-spaet',
    pattern: `=Sie @sein|@kommen|@liefern|@antworten|@melden|@zahlen|@bezahlen|@schicken|@reagieren|@sagen|@geben ~3 ${ALWAYS} ~2 ${LATE}`,
    hit: 'Sie sind immer zu spät mit den Unterlagen.',
    miss: 'Sie sind diesmal leider etwas spät dran.',
  },
  {
    id: 'immer-sind-sie-zu-spaet',
    pattern: `immer|jedes+mal|ständig|dauernd|stets @sein|@kommen|@liefern|@melden|@zahlen|@schicken ${WHO} ~3 ${LATE}|unvollständig`,
    hit: 'Jedes Mal kommen Sie zu spät zur Baustellenbesprechung.',
    miss: 'Jedes Mal kommen Sie mit guter Laune zur Baustellenbesprechung.',
  },
  {
    id: 'du-immer-zu-spaet',
    pattern: `du|ihr @sein|@kommen|@liefern|@antworten|@melden|@zahlen|@schicken|@sagen ~3 ${ALWAYS} ~2 ${LATE}`,
    hit: 'Du meldest dich immer erst in letzter Minute.',
    miss: 'Du kannst dich immer melden, auch in letzter Minute.',
  },
  {
    id: 'wie-immer-zu-spaet',
    pattern: `wie immer|üblich|gewohnt|jedes+mal|so+oft ~3 ${LATE}|unvollständig|fehlerhaft|nach+der+frist|nach+ablauf`,
    unlessBefore: ['nicht'],
    hit: 'Die Zahlung kam wie immer zu spät.',
    miss: 'Die Zahlung kam wie immer pünktlich, vielen Dank.',
  },
  {
    id: 'wie-immer-nicht',
    pattern: 'wie immer|üblich nicht|kein|keine|keinen|nichts|erst|niemand|ohne',
    unlessAfter: [
      'einmal',
      'mal',
      'eile',
      'hektik',
      'sorge',
      'sorgen',
      'problem',
      'probleme',
      'frage',
      'angst',
      'wahr',
      'kosten',
      'gebühren',
      'gebühr',
      'aufpreis',
      'anzahlung',
      'vorkasse',
      'mehrkosten',
      'wartezeit',
      'wartezeiten',
      'stress',
      'umstände',
      'verpflichtung',
      'zu',
      'auszusetzen',
    ],
    hit: 'Von Ihnen kam wie immer keine Antwort.',
    miss: 'Wie immer gern, und melden Sie sich jederzeit.',
  },
  {
    id: 'sie-nie',
    pattern:
      '=Sie @haben|@sein|@melden|@antworten|@halten|@reagieren (uns|mir|mich|sich|das|es|ja|doch|leider|wirklich|bisher|bislang|überhaupt|einfach|auch) nie|niemals',
    unlessBefore: ['noch', 'fast'],
    unlessAfter: [...NOT_AFTER_NEVER, 'zu'],
    hit: 'Sie haben nie auf meine Fragen geantwortet.',
    miss: 'Sie haben uns noch nie enttäuscht.',
  },
  {
    id: 'sie-nie-verben',
    pattern:
      '=Sie @zahlen|@bezahlen|@lesen|@hören|@zuhören|@rufen|@zurückrufen|@anrufen|@denken|@liefern|@schicken|@beantworten|@informieren|@kommen|@erscheinen|@sagen|@bestätigen ~2 nie|niemals',
    unlessAfter: [
      ...NOT_AFTER_NEVER,
      'viel',
      'spät',
      'kurz',
      'nein',
      'drauf',
      'für',
      'etwas',
      'gebühren',
      'versandkosten',
    ],
    hit: 'Sie rufen nie zurück, wenn ich Ihnen auf die Mailbox spreche.',
    miss: 'Sie zahlen nie mehr als den vereinbarten Festpreis.',
  },
  {
    id: 'haben-sie-nie',
    pattern: `${LEAD} @haben ${WHO} ~3 nie|niemals ~3 geantwortet|reagiert|gemeldet|bezahlt|gezahlt|zurückgerufen|angerufen|beantwortet|informiert|geliefert|geschickt|eingehalten|gehalten|gelesen|beachtet|zugehört|bestätigt`,
    hit: 'Bisher haben Sie nie pünktlich bezahlt.',
    miss: 'Bisher haben Sie immer pünktlich bezahlt, danke dafür.',
  },
  {
    id: 'nie-melden-sie-sich',
    pattern: `nie|niemals @melden|@antworten|@reagieren|@zahlen|@bezahlen|@rufen|@halten|@lesen|@hören|@liefern|@informieren|@denken|@sagen ${WHO}`,
    unlessBefore: ['noch', 'fast'],
    unlessAfter: ['mehr', 'drauf', 'viel', 'spät', 'extra', 'doppelt', 'für'],
    hit: 'Nie melden Sie sich rechtzeitig, wenn sich etwas ändert.',
    miss: 'Nie zahlen Sie mehr als den vereinbarten Preis.',
  },
  {
    id: 'du-nie',
    pattern:
      'du|ihr @haben|@sein|@melden|@antworten|@halten|@reagieren|@lesen|@rufen|@zurückrufen|@zahlen|@hören|@zuhören|@denken (mir|mich|uns|dich|euch|das|es|ja|doch|leider|wirklich|einfach|auch|an|zu) nie|niemals',
    unlessBefore: ['noch', 'fast'],
    unlessAfter: [...NOT_AFTER_NEVER, 'viel', 'spät', 'kurz'],
    hit: 'Du hörst mir nie richtig zu.',
    miss: 'Du bist nie allein mit deinen Fragen.',
  },
  {
    // "Du ziehst nie etwas durch", "Sie bringen nie etwas zu Ende": nothing ever done, said of the person.
    id: 'nie-etwas-zu-ende',
    pattern: `${WHO} @durchziehen|@erledigen|@fertigmachen|@fertigstellen|@abschließen|@bringen|@machen|@halten|@umsetzen|@zurückgeben|@aufräumen|@lernen (ja|doch|halt|eben|einfach|wirklich) nie|niemals etwas|irgendwas|irgendetwas`,
    unlessAfter: ['falsch', 'kaputt', 'schief', 'umsonst', 'extra', 'doppelt'],
    hit: 'Ihr bringt nie etwas zu Ende.',
    miss: 'Ihr macht nie etwas falsch, wenn ihr nachfragt.',
  },
  {
    id: 'sie-haben-nicht-einmal',
    pattern: `${WHO} @haben ~3 nicht+einmal|nicht+mal|nicht+ein+einziges+mal|kein+einziges+mal|nicht+ein+einziges|kein+einziges|keine+einzige|keinen+einzigen`,
    unlessAfter: ['stunde', 'minute', 'minuten', 'tag', 'tage', 'woche', 'wochen', 'halb'],
    hit: 'Sie haben sich kein einziges Mal gemeldet.',
    miss: 'Sie haben sich gleich am ersten Tag gemeldet.',
  },
  {
    id: 'sie-kein-einziges-mal',
    pattern: `${WHO} @sein|@melden|@antworten|@reagieren|@zahlen|@liefern|@kommen|@rufen ~5 kein+einziges+mal|nicht+ein+einziges+mal`,
    hit: 'Sie waren in diesem Jahr kein einziges Mal pünktlich.',
    miss: 'Sie waren in diesem Jahr jedes Mal pünktlich.',
  },
  {
    id: 'jedes-mal-dasselbe',
    pattern:
      'jedes+mal|immer dasselbe|das+gleiche|dasselbe+spiel|das+gleiche+spiel|dasselbe+theater|das+gleiche+theater|die+gleiche+leier|dieselbe+leier mit|bei ihnen|dir|euch|diesen|dieser|diesem|den|der|dem|deinen|deiner|deinem',
    hit: 'Es ist jedes Mal dasselbe mit diesen Lieferungen.',
    miss: 'Jedes Mal freue ich mich über Ihre Post.',
  },
  {
    // „Jedes Quartal dasselbe Spiel“: die Wiederholung selbst ist der Vorwurf, auch ohne „Sie“.
    id: 'jedes-quartal-dasselbe-spiel',
    pattern:
      'jedes+mal|jedes+jahr|jedes+quartal|jeden+monat|jede+woche|immer+wieder|immer dasselbe+spiel|das+gleiche+spiel|dasselbe+theater|das+gleiche+theater|die+gleiche+leier|dieselbe+leier|das+gleiche+lied|dasselbe+lied',
    hit: 'Jeden Monat das gleiche Spiel mit den Stundenzetteln.',
    miss: 'Jeden Monat ein neues Spiel für die Kinder.',
  },
  {
    id: 'immer-dasselbe-satz',
    pattern:
      '^(es|das) (ist|war) (doch|aber|wirklich) jedes+mal|immer|ständig (wieder) dasselbe|das+gleiche|dasselbe+spiel|das+gleiche+spiel|dasselbe+theater|das+gleiche+theater|die+gleiche+leier|dieselbe+leier $',
    hit: 'Es ist doch immer das Gleiche.',
    miss: 'Wir bestellen jedes Mal dasselbe.',
  },
  {
    id: 'immer-wieder-sie',
    pattern: `immer+wieder|ständig|dauernd|andauernd|permanent|jedes+mal (aufs+neue) @vergessen|@verpassen|@übersehen|@ignorieren|@verschieben|@ändern|@unterbrechen|@widersprechen|@verwechseln|@überschreiten|@versäumen|@beschweren|@überziehen|@verlangen ${WHO}`,
    unlessBefore: ['nicht', 'wie'],
    hit: 'Immer wieder vergessen Sie die Anlagen.',
    miss: 'Wie immer sind Sie herzlich eingeladen.',
  },
  {
    id: 'sie-staendig',
    pattern: `=Sie @ändern|@rufen|@schreiben|@fragen|@melden|@schicken|@verschieben|@unterbrechen|@widersprechen|@vergessen|@beschweren|@haken|@wollen|@verlangen|@kritisieren|@mischen|@zweifeln|@sagen|@werfen|@drängen|@nörgeln|@meckern ~2 ${CONSTANTLY}`,
    unlessBefore: ['wir', 'ich', 'uns', 'damit', 'sodass'],
    unlessAfter: NOT_AFTER_CONSTANTLY,
    hit: 'Sie ändern ständig Ihre Meinung zur Fassade.',
    miss: 'Sie sind ständig erreichbar, das schätzen wir sehr.',
  },
  {
    id: 'du-staendig',
    pattern: `du|ihr @ändern|@rufen|@schreiben|@fragen|@melden|@schicken|@verschieben|@unterbrechen|@widersprechen|@vergessen|@kommen|@beschweren|@sein|@haben|@wollen|@machen|@verlangen|@kritisieren|@stellen|@sagen ~2 ${CONSTANTLY}`,
    // "du hast mir ständig den Rücken freigehalten" is thanks; habit-about-reader (with its kind words) still finds "du änderst ständig den Plan".
    unlessAfter: [...NOT_AFTER_CONSTANTLY, 'den'],
    hit: 'Du verschiebst ständig unsere Termine.',
    miss: 'Du bist ständig erreichbar, das ist super.',
  },
  {
    id: 'sie-vergessen-immer',
    pattern: `=Sie ${FAULT} ~3 immer|jedes+mal|grundsätzlich|regelmäßig|immer+wieder|jedes+einzelne+mal|stets`,
    unlessBefore: ['wir', 'ich', 'uns'],
    hit: 'Sie vergessen jedes Mal die Belege für die Fahrtkosten.',
    miss: 'Wir vergessen Sie nicht und melden uns jedes Mal rechtzeitig.',
  },
  {
    id: 'du-vergisst-immer',
    pattern: `du|ihr ${FAULT}|@widersprechen|@beschweren ~3 immer|jedes+mal|grundsätzlich|schon+wieder|wieder+einmal|erneut|abermals|immer+wieder|stets`,
    hit: 'Du vergisst schon wieder die Quittungen.',
    miss: 'Ich vergesse schon wieder die Quittungen.',
  },
  {
    id: 'sie-schon-wieder-verb',
    pattern: `=Sie ${FAULT}|@widersprechen|@beschweren|@stornieren ~3 schon+wieder|wieder+einmal|erneut|abermals`,
    unlessBefore: ['wir', 'ich', 'uns'],
    hit: 'Sie ändern die Pläne schon wieder.',
    miss: 'Wir ändern die Pläne gern noch einmal für Sie.',
  },
  {
    id: 'sie-haben-schon-wieder-geaendert',
    pattern: `${WHO} @haben ~3 schon+wieder|wieder+einmal|erneut|abermals ~3 geändert|verschoben|abgesagt|storniert|umgeworfen|überzogen|überschritten|verwechselt|umgeplant`,
    hit: 'Sie haben den Termin schon wieder verschoben.',
    miss: 'Wir haben den Termin auf Ihren Wunsch verschoben.',
  },
  {
    id: 'haben-sie-schon-wieder-geaendert',
    pattern: `@haben ${WHO} ~3 schon+wieder|wieder+einmal|erneut|abermals ~3 geändert|verschoben|abgesagt|storniert|umgeworfen|überzogen|überschritten|verwechselt|umgeplant`,
    unlessBefore: ['wir', 'ich', 'und'],
    hit: 'Jetzt haben Sie die Farbe schon wieder geändert.',
    miss: 'Jetzt haben wir die Farbe wie gewünscht geändert.',
  },
  {
    id: 'sie-immer-erst-nach-mahnung',
    pattern: `${WHO} @melden|@zahlen|@bezahlen|@reagieren|@antworten|@liefern|@schicken|@rufen|@kommen ~3 immer|jedes+mal|grundsätzlich|stets|ständig erst ~4 mahnung|mahnungen|erinnerung|erinnerungen|nachfrage|nachfragen|nachhaken|drängen|aufforderung`,
    hit: 'Sie zahlen immer erst nach der dritten Mahnung.',
    miss: 'Sie zahlen immer sofort nach Rechnungseingang.',
  },
  {
    id: 'bei-ihnen-immer',
    pattern:
      'bei =Ihnen|dir|euch ~3 immer|ständig|jedes+mal|dauernd|andauernd ~2 etwas|was|irgendwas|irgendetwas|probleme|ärger|ausreden|änderungen|verzögerungen|chaos|durcheinander',
    unlessAfter: ['los', 'neues', 'schönes', 'zu', 'leckeres', 'spannendes'],
    hit: 'Bei Ihnen gibt es ständig Verzögerungen.',
    miss: 'Bei Ihnen ist immer etwas los, das gefällt mir.',
  },
  {
    // „Bei euch dauert alles ewig“: alles über die Seite der Leserin, in beiden Wortstellungen.
    id: 'bei-ihnen-alles-ewig',
    pattern: 'bei <reader> ~3 alles|jede+kleinigkeit ~3 ewig|ewigkeiten|eine+ewigkeit|in+die+länge',
    hit: 'Bei Ihnen dauert wirklich alles ewig.',
    miss: 'Bei Ihnen ist alles in zwei Wochen fertig.',
  },
  {
    id: 'alles-ewig-bei-ihnen',
    pattern: 'alles|jede+kleinigkeit ~3 bei <reader> ~3 ewig|ewigkeiten|eine+ewigkeit',
    hit: 'Alles dauert bei euch ewig.',
    miss: 'Alles dauert beim Amt ewig.',
  },
  {
    // „Sie beschweren sich über alles“: Kritik an allem statt an einer Sache.
    id: 'sie-beschweren-sich-ueber-alles',
    pattern: `${WHO} @beschweren|@beklagen|@meckern|@nörgeln|@aufregen ~3 über alles|jede+kleinigkeit|jedes+detail`,
    hit: 'Sie beschweren sich wirklich über jede Kleinigkeit.',
    miss: 'Sie beschweren sich zu Recht über die Verzögerung.',
  },
  {
    id: 'sie-kritisieren-alles',
    pattern: `${WHO} @kritisieren|@bemängeln|@beanstanden|@hinterfragen|@zerpflücken ~2 alles|jede+kleinigkeit|jedes+detail`,
    hit: 'Ihr kritisiert jedes Detail am Entwurf.',
    miss: 'Ihr kritisiert die Farbe am Entwurf.',
  },
  {
    id: 'mit-ihnen-immer-probleme',
    pattern:
      'mit =Ihnen|dir|euch ~3 immer|ständig|jedes+mal|dauernd|andauernd|nur ~2 probleme|ärger|diskussionen|theater|stress|schwierigkeiten|scherereien|chaos',
    hit: 'Mit Ihnen gibt es jedes Mal Diskussionen über die Rechnung.',
    miss: 'Mit Ihnen hatten wir nie Probleme, danke für die Zusammenarbeit.',
  },
  {
    id: 'bei-ihnen-klappt-nie',
    pattern: 'bei|mit =Ihnen|dir|euch @klappen|@funktionieren|@laufen|@gehen ~2 nie|niemals|nichts|gar+nichts',
    unlessAfter: ['schief', 'verloren', 'daneben', 'kaputt', 'unter'],
    hit: 'Bei Ihnen klappt nie etwas auf Anhieb.',
    miss: 'Bei Ihnen geht nie etwas schief, das ist großartig.',
  },
  {
    id: 'auf-sie-kein-verlass',
    pattern: 'auf =Sie|dich|euch @sein (eben|leider|einfach|ja|halt|wirklich|wohl) kein|nie|wenig verlass',
    hit: 'Auf Sie ist einfach kein Verlass.',
    miss: 'Auf Sie ist immer Verlass, danke.',
  },
  {
    id: 'nie-auf-sie-verlassen',
    pattern: 'nie|niemals|kaum|nicht|kein+bisschen ~1 auf =Sie|dich|euch verlassen',
    hit: 'Man kann sich nie auf Sie verlassen.',
    miss: 'Man kann sich immer auf Sie verlassen.',
  },
  {
    id: 'ihnen-nie-recht-machen',
    pattern: '=Ihnen|dir|euch ~4 nie|nichts|niemals|nicht ~1 recht machen',
    hit: 'Man kann es Ihnen einfach nie recht machen.',
    miss: 'Wir möchten es Ihnen recht machen.',
  },
  {
    id: 'typisch-sie',
    pattern: 'typisch (für) =Sie|dich|euch',
    unlessAfter: ['als'],
    hit: 'Das ist mal so typisch für Sie.',
    miss: 'Typisch für Sie als Bauherrin ist die Frage nach der Finanzierung.',
  },
  {
    id: 'mal-wieder-typisch',
    pattern: 'mal+wieder|wieder+mal|wieder+einmal typisch',
    hit: 'Das ist mal wieder typisch!',
    miss: 'Das ist ein typisches Problem bei Altbauten.',
  },
  {
    id: 'typisch-satz',
    pattern: '^(echt|wie|so|einfach) typisch $',
    hit: 'Echt typisch.',
    miss: 'Echt typisch für Altbauten ist die hohe Decke.',
  },
  {
    id: 'muss-man-ihnen-alles-dreimal-sagen',
    pattern:
      '@müssen|@sollen ~3 =Ihnen|dir|euch ~3 zweimal|dreimal|x-mal|hundertmal|tausendmal|mehrfach|doppelt|jedes+mal|immer ~2 sagen|erklären|schreiben|erinnern',
    hit: 'Muss man Ihnen denn alles dreimal sagen?',
    miss: 'Ich erkläre Ihnen gern alles noch einmal.',
  },
  {
    id: 'jedes-mal-muss-ich',
    pattern:
      'jedes+mal|immer|ständig @müssen ich|wir ~4 =Sie|=Ihnen|dich|dir|euch ~3 erinnern|hinterherlaufen|nachlaufen|bitten|auffordern|mahnen|anrufen|nachfragen|hinterhertelefonieren|anmahnen',
    hit: 'Jedes Mal muss ich Sie an die Unterlagen erinnern.',
    miss: 'Jedes Mal freue ich mich, Sie zu sehen.',
  },
  {
    id: 'sie-brauchen-ewig',
    pattern: `${WHO} @brauchen (immer|jedes+mal|ständig|wieder|stets|aber|wirklich|ja|leider) ewig|ewigkeiten|eine+ewigkeit`,
    hit: 'Sie brauchen immer ewig für eine Antwort.',
    miss: 'Sie brauchen nicht lange zu warten.',
  },
  {
    id: 'sie-haben-ewig-gebraucht',
    pattern: `${WHO} @haben ~2 ewig|ewigkeiten|eine+ewigkeit gebraucht|gedauert`,
    hit: 'Sie haben ewig gebraucht, um den Vertrag zu unterschreiben.',
    miss: 'Wir haben ewig gebraucht, bitte entschuldigen Sie.',
  },
  {
    id: 'sie-denken-nur-an-sich',
    pattern: `${WHO} @denken ~2 immer|nur|immer+nur|ständig|stets|ausschließlich|bloß an sich|dich|euch`,
    hit: 'Sie denken immer nur an sich.',
    miss: 'Sie denken immer an alles, danke.',
  },
  {
    id: 'sie-alles-falsch',
    pattern: `${WHO} ~3 alles|immer|ständig|jedes+mal|grundsätzlich ~1 falsch`,
    unlessBefore: ['wir', 'ich', 'uns'],
    hit: 'Sie machen grundsätzlich alles falsch.',
    miss: 'Sie können dabei nichts falsch machen.',
  },
  {
    id: 'sie-wollen-immer',
    pattern: `${WHO} @wollen|@erwarten|@verlangen ~2 immer|ständig|grundsätzlich|jedes+mal|dauernd ~2 alles|sofort|gleich|extrawürste|extrawurst|sonderwünsche|sonderbehandlung|rabatt|das+letzte+wort`,
    hit: 'Sie wollen immer alles sofort.',
    miss: 'Sie wollen den Entwurf bis Freitag, das passt gut.',
  },
  {
    id: 'sie-tun-immer-so',
    pattern: `${WHO} @tun ~2 immer|ständig|jedes+mal|gern|gerne|dauernd so , als`,
    hit: 'Sie tun immer so, als wäre das unsere Schuld.',
    miss: 'Sie tun uns einen großen Gefallen, danke.',
  },
  {
    id: 'sie-haben-immer-eine-ausrede',
    pattern: `${WHO} @haben ~2 immer|ständig|jedes+mal|stets|dauernd ~2 ausrede|ausreden|ausflüchte|einwände|einwand|sonderwünsche|extrawünsche|was+auszusetzen|etwas+auszusetzen|was+zu+meckern|etwas+zu+meckern|eine+entschuldigung`,
    hit: 'Sie haben immer eine Ausrede parat.',
    miss: 'Sie haben immer eine gute Idee parat.',
  },
  {
    id: 'ihr-ewiges',
    pattern:
      '<yours> ständigen|ständiges|dauerndes|dauernden|dauernde|ewiges|ewigen|ewige|andauerndes|andauernden|andauernde',
    unlessAfter: [
      'wohnsitz',
      'vertretung',
      'unterstützung',
      'bereitschaft',
      'begleitung',
      'treue',
      'einsatz',
      'engagement',
    ],
    hit: 'Ihre ständigen Änderungswünsche kosten uns viel Zeit.',
    miss: 'Ihre ständige Erreichbarkeit hat uns sehr geholfen.',
  },
  {
    id: 'wie-immer-nichts-von-ihnen',
    pattern: 'wie immer|üblich|gewohnt ~2 nichts|keine|kein|keinerlei ~2 von =Ihnen|dir|euch',
    hit: 'Wie immer kam nichts von Ihnen.',
    miss: 'Wie immer kam eine nette Karte von Ihnen.',
  },
  {
    id: 'sie-immer-erst',
    pattern: `${WHO} @schicken|@senden|@liefern|@melden|@antworten|@zahlen|@bezahlen|@überweisen|@reagieren|@absagen|@abgeben|@einreichen|@zurückrufen|@bestätigen ~4 immer|jedes+mal|ständig|stets|grundsätzlich|regelmäßig erst`,
    hit: 'Sie schicken uns die Belege jedes Mal erst nach Fristende.',
    miss: 'Wir schicken Ihnen die Belege jedes Mal erst nach der Prüfung.',
  },
  {
    id: 'ihr-team-immer',
    // Ein Possessiv als Handelnde, Verb im Singular („Ihr Büro verschiebt …“).
    pattern:
      '<reader> vergisst|verpasst|übersieht|ignoriert|missachtet|verschiebt|ändert|überzieht|unterbricht|sagt+ab ~3 <freq>',
    unlessAfter: ['etwas', 'was', 'einen', 'eine', 'ein'],
    hit: 'Ihre Assistenz verschiebt unsere Termine ständig.',
    miss: 'Unsere Assistenz verschiebt Ihre Termine nur nach Absprache.',
  },
  {
    // „Immer dasselbe: …“, „jedes Mal dieselbe Ausrede“: das Verhalten der Leserin als Dauerzustand.
    id: 'immer-dasselbe',
    pattern:
      'immer|jedes+mal|jedesmal|ständig dasselbe|das+gleiche|dieselbe|die+gleiche|derselbe|der+gleiche|dasselbe+spiel|die+alte (ausrede|leier|geschichte|spiel|lied|theater|problem)',
    hit: 'Immer dasselbe: Die Belege kommen am letzten Tag.',
    miss: 'Wir nehmen jedes Jahr dieselbe Sorte, weil sie so gut schmeckt.',
  },
  {
    // „Bei Ihnen stehen jeden Abend die Spülmaschinen voll“: der Zustand bei der Leserin als Dauerzustand.
    id: 'bei-ihnen-jeden-abend',
    pattern: '^ bei =Ihnen|euch|dir ~0-4 <freq>|jeden+abend|jeden+tag|jeden+morgen|jede+woche|jedes+wochenende',
    unlessWarm: true,
    hit: 'Bei Ihnen stehen jeden Abend die Kartons im Flur.',
    miss: 'Bei Ihnen ist es jedes Mal so gemütlich, danke!',
  },
];
