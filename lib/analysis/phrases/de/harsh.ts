import type { PhraseEntry } from '../types';

// Urteile statt Information (Prinzip 2: klar, aber respektvoll).
// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@-Verben: jede Form).
const WHO = '=Sie|du|ihr';
// Wer als Maßstab für schlechte Arbeit herhält: "wie von einem Praktikanten", "jeder Azubi hätte …".
const NOVICE =
  'hausarbeit*|schularbeit*|schulaufsatz*|schülerzeitung*|laie|laien|anfänger*|azubi*|auszubildende*|praktikant*|schüler*|erstklässler*|grundschüler*|lehrling*|kind|kinder|kindes|kinderzeichnung*|fünfjährig*|erstsemester*|neffe|neffen|nichte';
// Entsetzen über die Leserin oder ihr Tun: "Ich bin entsetzt über Ihre …".
const SHOCKED =
  'entsetzt|fassungslos|schockiert|empört|erschüttert|bestürzt|angewidert|erbost|sprachlos|maßlos+enttäuscht|zutiefst+enttäuscht|bitter+enttäuscht|schwer+enttäuscht|extrem+enttäuscht|äußerst+enttäuscht|masslos+enttäuscht';
// Was die Leserin leisten sollte und was ihr abgesprochen wird: "Das ist keine Beratung, das ist …".
const SERVICE =
  'beratung|service|kundenservice|support|hilfe|unterstützung|feedback|konzept|planung|lösung|strategie|leistung|arbeit|handwerk|qualität|kommunikation|betreuung|entschuldigung|antwort|erklärung|design|sanierung|renovierung|reparatur|korrektur|lektorat|übersetzung|buchhaltung|fortschritt|kompromiss|zusammenarbeit|kundenorientierung|angebot|vorschlag|entwurf|text|analyse|gutachten|dienstleistung|kundendienst';

// Was im "so …" einer rhetorischen Frage das Urteil trägt: "Wie kann man so schlampig arbeiten?"
const SO_BAD =
  'schief|krumm|schlampig|schludrig|nachlässig|unachtsam|gedankenlos|fahrlässig|schlecht|dumm|dreist|unverschämt|unprofessionell|stümperhaft|ignorant|falsch|blind|naiv|kurzsichtig|respektlos|rücksichtslos|lieblos|oberflächlich|unzuverlässig';

export const harsh: readonly PhraseEntry[] = [
  // Gegenstücke zu englischen Einträgen, die übersetzt unerkannt blieben (translated-examples.jsonl).
  {
    id: 'verschwenden-meine-zeit',
    pattern: `${WHO} @verschwenden|@vergeuden ~0-4 meine|unsere zeit`,
    hit: 'Sie verschwenden mit diesen Rückfragen meine Zeit.',
    miss: 'Sie verschwenden keine Zeit, wir haben alles vorbereitet.',
  },
  {
    id: 'reissen-sie-sich-zusammen',
    pattern: 'reißen|reiß|reißt =Sie|dich|euch ~0-1 sich|dich|euch (mal|endlich|bitte|jetzt) zusammen',
    hit: 'Reißen Sie sich bitte zusammen.',
    miss: 'Reißen Sie die alte Tapete bitte vorsichtig ab.',
  },
  {
    id: 'muss-sich-zusammenreissen',
    pattern: '<reader> ~0-2 muss|müssen|musst|müsst|sollte|sollten|solltest|solltet sich|dich|euch ~0-2 zusammenreißen',
    hit: 'Ihr Team muss sich endlich zusammenreißen.',
    miss: 'Ihr Team muss sich endlich nicht mehr um die Heizung kümmern.',
  },
  {
    id: 'machen-sie-einfach-ihre-arbeit',
    pattern:
      'machen|tun =Sie|mach|tu|macht|tut ~0-2 einfach|endlich|bitte =Ihren|deinen|euren|=Ihre|deine|eure job|arbeit',
    hit: 'Bitte machen Sie einfach Ihre Arbeit.',
    miss: 'Bitte machen Sie in Ruhe Ihre Arbeit, wir warten gern.',
  },
  {
    id: 'ich-habe-es-satt',
    pattern: 'ich|wir @haben ~0-2 es|das ~0-2 satt|gründlich+satt|so+satt',
    hit: 'Ich habe es gründlich satt, dieser Rechnung hinterherzulaufen.',
    miss: 'Ich habe es geschafft, die Rechnung heute zu begleichen.',
  },
  {
    id: 'wie-koennen-sie-es-wagen',
    pattern: 'wie ~0-3 es|sich wagen',
    hit: 'Wie können Sie es wagen, uns das zu berechnen?',
    miss: 'Wir können es wagen, im März zu pflanzen.',
  },
  {
    id: 'zum-teufel',
    pattern: 'zum teufel|henker|kuckuck',
    hit: 'Was zum Teufel ist mit der Lieferung passiert?',
    miss: 'Was ist mit der Lieferung passiert?',
  },
  {
    id: 'wer-um-himmels-willen',
    pattern: 'wer|was|wie|warum|wieso|weshalb ~0-3 um himmels|gottes willen',
    hit: 'Wer um Himmels willen hat diese Farben freigegeben?',
    miss: 'Um Himmels willen, geht es Ihnen gut nach dem Sturz?',
  },
  {
    id: 'ich-bin-wuetend',
    pattern: 'ich|wir @sein ~0-4 wütend|stinksauer|fuchsteufelswild|außer+mir|außer+uns|stocksauer',
    hit: 'Ich bin wegen der Verzögerung absolut wütend.',
    miss: 'Ich bin wegen der Verzögerung etwas besorgt.',
  },
  {
    id: 'firma-sollte-sich-schaemen',
    pattern: '<yours> ~1-2 sollte|sollten|solltest|solltet|müsste|müssten sich|dich|euch ~0-4 schämen',
    hit: 'Ihre Firma sollte sich für diesen Service schämen.',
    miss: 'Ihre Firma sollte sich für diesen Service bewerben.',
  },
  {
    id: 'vorschlag-ergibt-keinen-sinn',
    pattern: '<reader> ~0-3 @ergeben|@machen (überhaupt|absolut|schlicht|einfach|null|wirklich) keinen sinn',
    hit: 'Ihr Vorschlag ergibt überhaupt keinen Sinn.',
    miss: 'Ihr Vorschlag ergibt für uns viel Sinn.',
  },
  {
    id: 'was-ist-mit-ihnen-los',
    pattern: 'was ist|war (denn) (eigentlich) (nur) mit <reader> los',
    hit: 'Was ist eigentlich mit Ihrem Team los?',
    miss: 'Was ist mit Ihrem Team geplant?',
  },
  {
    id: 'werden-sie-erwachsen',
    pattern: 'werden|werd|werdet =Sie (endlich|mal|doch) erwachsen',
    hit: 'Werden Sie endlich erwachsen.',
    miss: 'Werden Sie am Montag erwartet?',
  },
  {
    id: 'jetzt-reicht-es',
    pattern: 'jetzt|nun reicht|langt es ,|!|.',
    // "Ab jetzt reicht es, wenn Sie …": from now on that will do.
    unlessBefore: ['ab'],
    unlessAfter: ['wenn', 'dass', 'falls', 'für'],
    hit: 'Jetzt reicht es, wir brauchen die Pläne heute.',
    miss: 'Jetzt reicht ein kurzer Anruf, dann ist alles geklärt.',
  },
  {
    id: 'fass-zum-ueberlaufen',
    pattern: 'fass ~0-2 zum überlaufen',
    hit: 'Diese Verzögerung bringt das Fass zum Überlaufen.',
    miss: 'Das Regenfass läuft im Herbst manchmal über.',
  },
  {
    id: 'haette-selbst-ein-besseres',
    pattern: 'hätte|hätten ich|wir ~0-2 selbst|selber ein|eine|einen besseres|bessere|besseren',
    hit: 'Ehrlich gesagt hätte ich selbst ein besseres Logo entwerfen können.',
    miss: 'Ehrlich gesagt hätte ich selbst kein schöneres Logo entwerfen können.',
  },
  {
    id: 'das-nennen-sie',
    pattern: 'das|dies|so+was|sowas nennen|nennst|nennt =Sie|du|ihr',
    hit: 'Das nennen Sie eine fertige Küche?',
    miss: 'Wie nennen Sie die Farbe, die Sie ausgesucht haben?',
  },
  {
    id: 'ist-das-wirklich-das-beste',
    pattern: 'ist|war das wirklich|ernsthaft|tatsächlich|etwa das+beste|alles , was',
    hit: 'Ist das wirklich das Beste, was Ihr Studio zustande bringt?',
    miss: 'Ist das das Beste für Sie, wenn wir am Montag kommen?',
  },
  {
    id: 'keine-ausreden-mehr',
    pattern: 'keine ausreden|ausflüchte mehr',
    hit: 'Keine Ausreden mehr, die Dateien sind überfällig.',
    miss: 'Keine Sorge, die Dateien sind unterwegs.',
  },
  // Die Arbeit der Leserin als unbrauchbar für jeden: „Mit solchen Dateien kann keine Druckerei der Welt arbeiten.“
  {
    id: 'mit-solchen-kann-niemand',
    pattern:
      'mit+solchen|mit+solchem|mit+solcher|mit+so+einem|mit+so+einer|mit+so+was|mit+sowas ~0-2 kann|könnte niemand|keiner|kein|keine ~0-4 arbeiten|anfangen|drucken|bauen|rechnen',
    hit: 'Mit solchen Plänen kann kein Handwerker der Welt arbeiten.',
    miss: 'Mit den neuen Plänen kann jeder Handwerker gut arbeiten.',
  },
  {
    id: 'das-ist-falsch',
    pattern:
      '^das|dies ist|war (völlig|komplett|total|einfach|schlicht|schlichtweg|absolut|grund) falsch|grundfalsch|verkehrt',
    suggestions: ['das stimmt so nicht'],
    hit: 'Das ist falsch.',
    miss: 'Das ist falsch verbunden, die Nummer hat sich geändert.',
    unlessAfter: ['verbunden', 'herum', 'rum', 'eingestellt', 'abgelegt', 'einsortiert'],
  },
  {
    id: 'so-geht-das-nicht',
    pattern: 'so geht|läuft das nicht',
    hit: 'So geht das nicht weiter.',
    miss: 'So geht das am schnellsten.',
  },
  {
    id: 'voellig-daneben',
    pattern: 'völlig|komplett|total|absolut|voll|weit daneben',
    hit: 'Mit dieser Schätzung liegen Ihre Leute völlig daneben.',
    miss: 'Die Schätzung weicht um etwa zehn Prozent ab.',
  },
  {
    id: 'voellig-falsch',
    pattern: 'völlig|komplett|total|absolut|schlicht|schlichtweg|sachlich|nachweislich|glatt falsch|verkehrt',
    suggestions: ['nicht korrekt'],
    unlessAfter: ['verbunden'],
    hit: 'Ihre Berechnung ist völlig falsch.',
    miss: 'Ihre Berechnung ist nicht korrekt, die Mehrwertsteuer fehlt.',
  },
  {
    id: 'grundfalsch',
    pattern: 'grundfalsch|grundverkehrt|hanebüchen',
    hit: 'Ihre Annahme ist grundfalsch.',
    miss: 'Ihre Annahme trifft nicht zu, die Förderung gilt erst ab 2025.',
  },
  {
    id: 'sie-liegen-falsch',
    pattern: `${WHO} @liegen ~5 falsch|daneben`,
    hit: 'Sie liegen mit Ihrer Einschätzung völlig falsch.',
    miss: 'Sie liegen mit Ihrer Einschätzung richtig.',
  },
  {
    id: 'liegen-sie-falsch',
    pattern: `@liegen ${WHO} ~2 falsch|daneben`,
    hit: 'Da liegen Sie falsch.',
    miss: 'Da liegen Sie richtig, das ist die beste Variante.',
  },
  {
    id: 'sie-irren-sich',
    pattern: `${WHO} @irren|@täuschen sich|dich|euch (gewaltig|gründlich|sehr|da)`,
    hit: 'Sie irren sich gewaltig.',
    miss: 'Falls ich mich irre, korrigieren Sie mich bitte.',
  },
  {
    id: 'irren-sie-sich',
    pattern: 'da|hier|dann|darin|damit irren|täuschen =Sie sich',
    hit: 'Da irren Sie sich.',
    miss: 'Da haben Sie recht.',
  },
  {
    id: 'dumm',
    pattern: 'dumm|dumme|dummer|dummes|dummen|dümmer|dümmste*|dummheit|dummheiten|dummkopf',
    unlessBefore: ['keine', 'kein', 'keinen'],
    unlessAfter: ['gelaufen', 'frage', 'fragen'],
    hit: 'Das war eine dumme Entscheidung.',
    miss: 'Es gibt keine dummen Fragen, melden Sie sich jederzeit.',
  },
  {
    id: 'bloed',
    pattern: 'bescheuert*|bekloppt*|behämmert*|beknackt*',
    hit: 'Die Idee ist einfach bescheuert.',
    miss: 'Die Idee ist nicht ganz ausgereift.',
  },
  {
    id: 'idiot',
    pattern:
      'idiot|idioten|idiotin|idiotisch*|vollidiot*|depp|deppen|trottel|schwachkopf|vollpfosten|volltrottel|versager|versagerin|nichtskönner*|hohlkopf|armleuchter',
    hit: 'Ihr Bauleiter ist ein Idiot.',
    miss: 'Ihr Bauleiter ist gerade im Urlaub.',
  },
  {
    id: 'schwachsinn',
    pattern: 'schwachsinn|schwachsinnig*|blödsinn|blödsinnig*|bullshit|humbug|mumpitz|hirnrissig*|hirnverbrannt*',
    hit: 'Das ist doch Schwachsinn.',
    miss: 'Das ist ein Missverständnis, ich erkläre es gern.',
  },
  {
    id: 'quatsch',
    pattern: 'quatsch|unfug|unsinn|nonsens',
    unlessBefore: ['ach', 'keinen', 'wäre'],
    hit: 'Ihr Einwand ist Unfug.',
    miss: 'Ach Quatsch, das ist doch kein Problem!',
  },
  {
    id: 'was-soll-das',
    pattern: '^was soll|sollte das (denn) (bitte|eigentlich|überhaupt) $',
    hit: 'Was soll das denn?',
    miss: 'Was soll das Fenster ungefähr kosten?',
  },
  {
    id: 'gehts-noch',
    pattern: "^geht's|gehts|geht+es (eigentlich|denn) noch $",
    hit: "Geht's noch?",
    miss: 'Geht es Ihnen wieder besser?',
  },
  {
    id: 'sind-sie-noch-bei-trost',
    pattern: `@sein ${WHO} ~2 (noch) (ganz) bei trost|sinnen`,
    hit: 'Sind Sie noch bei Trost?',
    miss: 'Sind Sie noch bei der Arbeit?',
  },
  {
    id: 'sie-haben-keine-ahnung',
    pattern: `${WHO} @haben ~2 keine|null|keinerlei ahnung|plan`,
    unlessAfter: ['wie', 'was', 'welche', 'wieviel', 'wann', 'wo', 'ob'],
    hit: 'Sie haben offensichtlich keine Ahnung von Statik.',
    miss: 'Falls Sie keine Ahnung haben, wo der Zähler ist, helfe ich gern.',
  },
  {
    id: 'haben-sie-keine-ahnung',
    pattern: `@haben ${WHO} ~2 keine|null|keinerlei ahnung|plan`,
    unlessAfter: ['wann', 'wo', 'wie', 'ob', 'wer'],
    hit: 'Davon haben Sie offenbar keine Ahnung.',
    miss: 'Haben Sie eine Ahnung, wann die Lieferung kommt?',
  },
  {
    id: 'wissen-nicht-wovon-sie-reden',
    pattern:
      '=Sie wissen|haben ~2 nicht|keine+ahnung|keinen+schimmer ~1 , wovon|was =Sie (da) (überhaupt|eigentlich) reden|sprechen|schreiben|erzählen',
    hit: 'Sie wissen nicht, wovon Sie reden.',
    miss: 'Ich verstehe gut, wovon Sie sprechen.',
  },
  {
    id: 'gelogen',
    pattern: 'gelogen|lüge|lügen+sie|lügner|lügnerin|lügenmärchen|unwahrheit|unwahrheiten',
    unlessBefore: ['wäre', 'nicht'],
    hit: 'Das ist gelogen.',
    miss: 'Das stimmt so nicht ganz, ich schicke Ihnen die Belege.',
  },
  {
    id: 'laecherlich',
    pattern: 'lächerlich*',
    unlessAfter: ['günstig', 'gering', 'geringen', 'geringer', 'wenig', 'billig', 'einfach', 'leicht', 'klein'],
    hit: 'Ihr Angebot ist lächerlich.',
    miss: 'Der Aufpreis ist lächerlich gering, das machen wir gern mit.',
  },
  {
    id: 'absurd',
    pattern: 'absurd*|grotesk*|irrwitzig*|aberwitzig*',
    unlessAfter: [
      'gestiegen',
      'hoch',
      'hohe',
      'hohen',
      'hoher',
      'teuer',
      'viel',
      'viele',
      'lang',
      'lange',
      'gering',
      'niedrig',
      'schnell',
    ],
    hit: 'Diese Forderung ist absurd.',
    miss: 'Diese Forderung können wir leider nicht erfüllen.',
  },
  {
    id: 'skandal',
    pattern: 'skandal|skandalös*|ungeheuerlich*|empörend*|haarsträubend*|dreistigkeit',
    hit: 'Ihr Vorgehen ist ein Skandal.',
    miss: 'Ihr Vorgehen hat uns überrascht, lassen Sie uns darüber sprechen.',
  },
  {
    id: 'nicht-zu-fassen',
    pattern: 'nicht zu fassen',
    unlessAfter: ['wie'],
    hit: 'Das ist doch nicht zu fassen!',
    miss: 'Das ist kaum zu glauben, wie schnell das ging!',
  },
  {
    id: 'unter-aller-sau',
    pattern: 'unter aller sau|kanone|würde|wuerde',
    hit: 'Die Arbeit ist unter aller Kanone.',
    miss: 'Die Arbeit ist noch nicht abgeschlossen.',
  },
  {
    id: 'das-ist-das-letzte',
    pattern: '^das ist ~2 das letzte|allerletzte $',
    hit: 'Das ist ja wirklich das Letzte.',
    miss: 'Das ist das letzte Mal, dass wir den Termin verschieben müssen.',
  },
  {
    id: 'schaemen-sie-sich',
    pattern: 'schämen =Sie sich',
    hit: 'Schämen Sie sich!',
    miss: 'Ich schäme mich ein wenig für die Verspätung.',
  },
  {
    id: 'sie-sollten-sich-schaemen',
    pattern: '=Sie sollten|sollen|müssten sich ~3 schämen',
    hit: 'Sie sollten sich schämen.',
    miss: 'Sie sollten sich keine Sorgen machen.',
  },
  {
    id: 'sollten-sie-sich-schaemen',
    pattern: 'sollten|sollen|müssten =Sie sich ~3 schämen',
    hit: 'Eigentlich sollten Sie sich für dieses Angebot schämen.',
    miss: 'Eigentlich sollten Sie sich für dieses Angebot Zeit nehmen.',
  },
  {
    id: 'was-fuer-ein-chaos',
    pattern: 'was für ein|eine ~1 desaster|saustall|sauhaufen|witz|trauerspiel|armutszeugnis',
    hit: 'Was für ein Saustall!',
    miss: 'Was für ein schöner Tag!',
  },
  {
    // „So wird das mit der Prüfung nichts“: das Vorhaben der Leserin vorab für gescheitert erklärt.
    id: 'so-wird-das-nichts',
    pattern: 'so|also wird|werden das|es ~0-6 nichts|nix $',
    hit: 'Ehrlich gesagt: So wird das mit der Abgabe im März nichts.',
    miss: 'So wird das mit der Abgabe im März nichts Neues für Sie sein.',
  },
  {
    id: 'das-ist-ein-witz',
    pattern: 'das|dies ist|wäre ~3 ein (schlechter) witz|scherz|hohn|armutszeugnis|affront|schlag+ins+gesicht',
    hit: 'Das ist ja wohl ein Witz.',
    miss: 'Das war nur ein Scherz, keine Sorge.',
  },
  {
    id: 'schimpfwoerter',
    pattern:
      'beschissen*|scheiße|scheiss|scheisse|scheiß|scheißegal|kacke|verarsche|verarscht|arsch|arschloch|arschlöcher',
    hit: 'Der Service ist beschissen.',
    miss: 'Der Service ist ausbaufähig, hier sind meine Vorschläge.',
  },
  {
    id: 'nase-voll',
    pattern: 'die nase (gestrichen) voll',
    hit: 'Ich habe die Nase voll von diesen Ausreden.',
    miss: 'Ich habe die Unterlagen vollständig erhalten.',
  },
  {
    id: 'mir-reichts',
    pattern: "mir|uns reicht's|reichts|reicht+es jetzt|endgültig|langsam|wirklich|allmählich",
    hit: "Mir reicht's jetzt endgültig.",
    miss: 'Mir reicht ein kurzer Anruf am Montag.',
  },
  {
    id: 'jetzt-reichts',
    pattern: "jetzt|nun reicht's|reichts|reicht+es aber|endgültig|wirklich|mir|uns",
    hit: 'Jetzt reicht es aber.',
    miss: 'Jetzt reicht es zeitlich gerade noch für die Lieferung.',
  },
  {
    id: 'es-reicht',
    pattern: '^es reicht (jetzt) (endgültig|langsam|wirklich) $',
    hit: 'Es reicht jetzt.',
    miss: 'Es reicht, wenn Sie die Kopie mitbringen.',
  },
  {
    id: 'halten-sie-mich-fuer-bloed',
    pattern: 'halten =Sie mich|uns ~1 für blöd|dumm|bescheuert|naiv|einen+idioten|idioten|bekloppt',
    hit: 'Halten Sie mich eigentlich für blöd?',
    miss: 'Halten Sie mich bitte auf dem Laufenden.',
  },
  {
    id: 'wollen-sie-mich-veraeppeln',
    pattern:
      'wollen|möchten =Sie mich|uns ~2 veräppeln|verarschen|verschaukeln|verkohlen|hinhalten|auf+den+arm+nehmen|für+dumm+verkaufen|an+der+nase+herumführen',
    hit: 'Wollen Sie mich veräppeln?',
    miss: 'Wollen Sie mich am Montag anrufen?',
  },
  {
    id: 'sie-verstehen-gar-nichts',
    pattern: `${WHO} @verstehen|@kapieren|@begreifen (einfach|offenbar|wohl|anscheinend|wirklich) (gar|überhaupt|rein) nichts`,
    hit: 'Sie verstehen offenbar gar nichts.',
    miss: 'Sie verstehen sicher, dass wir erst die Genehmigung brauchen.',
  },
  {
    id: 'sie-haben-versagt',
    pattern: `${WHO} @haben ~3 versagt`,
    hit: 'Sie haben bei diesem Projekt versagt.',
    miss: 'Sie haben bei diesem Projekt großartig unterstützt.',
  },
  {
    id: 'ihr-team-hat-versagt',
    pattern:
      'team|büro|firma|mitarbeiter|mitarbeiterin|abteilung|kanzlei|agentur|bauleitung|leute|praxis hat|haben ~4 versagt',
    hit: 'Ihr Team hat auf ganzer Linie versagt.',
    miss: 'Ihr Team hat auf ganzer Linie überzeugt.',
  },
  {
    id: 'zeitverschwendung',
    pattern: 'zeitverschwendung|geldverschwendung|verschwendete+zeit',
    hit: 'Das Treffen war reine Zeitverschwendung.',
    miss: 'Das Treffen war kurz, aber sehr ergiebig.',
  },
  {
    id: 'nicht-ihr-ernst',
    // The negation belongs to the idiom, so it is part of the match (a denied insult before it is not).
    pattern: 'nicht|kaum|das =Ihr ernst',
    hit: 'Das ist doch nicht Ihr Ernst!',
    miss: 'Ich nehme Ihr Anliegen sehr ernst.',
  },
  {
    id: 'kann-doch-nicht-wahr-sein',
    pattern: 'kann|darf doch (wohl) (echt) nicht wahr sein',
    hit: 'Das kann doch nicht wahr sein!',
    miss: 'Das kann gut sein, ich prüfe es gleich.',
  },
  {
    id: 'was-haben-sie-sich-dabei-gedacht',
    pattern: `was @haben ${WHO} sich|dir|euch (eigentlich|denn|bitte|bloß|nur) (dabei|damit) gedacht`,
    hit: 'Was haben Sie sich dabei gedacht?',
    miss: 'Was haben Sie sich für die Küche vorgestellt?',
  },
  {
    id: 'wie-kann-man-nur',
    pattern: 'wie kann|konnte|können|konnten =Sie|man nur|bloß',
    hit: 'Wie konnten Sie nur so einen Fehler machen?',
    miss: 'Wie können wir Sie am besten unterstützen?',
  },
  {
    id: 'lernen-sie-erst-mal',
    pattern: 'lernen =Sie ~2 erst+mal|erstmal|erst+einmal (,) wie|lesen|rechnen|schreiben|zuhören|zuzuhören',
    hit: 'Lernen Sie erst mal, wie man einen Vertrag liest.',
    miss: 'Lernen Sie unser Team beim Sommerfest kennen.',
  },
  {
    id: 'grenzt-an',
    pattern:
      'grenzt|grenzte|grenzen an ~1 betrug|frechheit|unverschämtheit|wucher|nötigung|sabotage|arbeitsverweigerung|vorsatz|erpressung|körperverletzung|dreistigkeit',
    hit: 'Ihre Rechnung grenzt an Betrug.',
    miss: 'Das Grundstück grenzt an einen Park.',
  },
  {
    id: 'abzocke',
    pattern: 'abzocke|abzocker|abzockerei|abgezockt|halsabschneider*|nepp|wucherpreis*|wucher',
    hit: 'Ihr Honorar ist reine Abzocke.',
    miss: 'Unser Honorar richtet sich nach der HOAI.',
  },
  // Neu mit dem Harsh-Probeset: Konstruktionen statt Einzelsätzen.
  {
    // Entsetzen über die Güte einer Arbeit: wer sie gemacht hat, steht nicht dabei und ist doch gemeint.
    id: 'entsetzt-ueber-die-qualitaet',
    pattern: `ich|wir @sein ~2 ${SHOCKED} über|von ~2 qualität|ausführung|arbeitsweise|verarbeitung|umsetzung|arbeit|leistung`,
    hit: 'Ich bin entsetzt über die Ausführung im Treppenhaus.',
    miss: 'Ich bin begeistert von der Ausführung im Treppenhaus.',
  },
  {
    id: 'entsetzt-ueber-sie',
    pattern: `ich|wir @sein ~2 ${SHOCKED} über|von|wie ~4 <yours>|=Sie|du|ihr|euch|dich|=Ihnen|dir`,
    unlessAfter: ['nachricht', 'nachrichten', 'diagnose', 'verlust', 'unfall', 'erkrankung', 'krankheit'],
    hit: 'Wir sind schockiert über Ihren Umgang mit unseren Unterlagen.',
    miss: 'Wir sind schockiert über die Preise für Baumaterial.',
  },
  {
    id: 'ihr-tun-hat-mich-entsetzt',
    pattern:
      '<yours> ~3 @haben mich|uns ~2 schockiert|entsetzt|empört|erschüttert|fassungslos+gemacht|sprachlos+gemacht|angewidert|verärgert',
    hit: 'Ihre letzte Rechnung hat uns ehrlich gesagt empört.',
    miss: 'Ihre letzte Nachricht hat uns sehr gefreut.',
  },
  {
    id: 'wie-von-einem-praktikanten',
    pattern: `@aussehen|@wirken|@lesen|@klingen|@arbeiten|aus ~3 wie|als (ob|hätte|hätten) ~3 ${NOVICE}`,
    hit: 'Der Flyer wirkt, als hätte ihn ein Praktikant am ersten Tag gebastelt.',
    miss: 'Der Flyer wirkt frisch und freundlich.',
  },
  {
    // Die Arbeit wie von jemandem gemacht, der es nie gelernt oder dabei geschlafen hat: „bei dem der Autor beim
    // Schreiben eingeschlafen ist“, „von jemandem entworfen, der noch nie online bestellt hat“.
    id: 'von-jemandem-der-nie',
    pattern:
      'von+jemandem|von+leuten geschrieben|entworfen|gemacht|gebaut|geplant|gezeichnet|zusammengestellt|zusammengeschustert , der|die ~0-3 nie|noch+nie|keine+ahnung',
    hit: 'Das Formular ist von jemandem entworfen, der noch nie eine Steuererklärung gemacht hat.',
    miss: 'Das Formular ist von jemandem entworfen, der seit Jahren Steuererklärungen macht.',
  },
  {
    id: 'beim-schreiben-eingeschlafen',
    pattern: 'beim+schreiben|beim+tippen|beim+entwerfen|beim+zeichnen|beim+planen|dabei ~0-1 eingeschlafen|eingenickt',
    hit: 'Der Text klingt, als wäre die Autorin beim Tippen eingeschlafen.',
    miss: 'Der Text klingt, als hätte die Autorin beim Tippen viel Spaß gehabt.',
  },
  {
    // Ohne Aufbau, mit Nachdruck: „ein Sammelsurium ohne jeden roten Faden“ (schlicht „kein roter Faden“ sagt man auch
    // über den eigenen Vortrag).
    id: 'ohne-roten-faden',
    pattern: 'ohne+jeden|ohne+jeglichen|ohne+erkennbaren|fehlt+jeder|fehlt+jeglicher roten|rote faden',
    hit: 'Der Bericht springt hin und her, ohne jeden roten Faden.',
    miss: 'Der Bericht folgt einem klaren roten Faden.',
  },
  {
    id: 'schlechter-als-jeder-praktikant',
    pattern: `schlechter|schwächer|mieser|schlampiger|unprofessioneller als ~3 ${NOVICE}`,
    hit: 'Das Layout ist schlampiger als jede Schülerzeitung.',
    miss: 'Das Layout ist übersichtlicher als unser altes.',
  },
  {
    id: 'jeder-azubi-haette-besser',
    pattern: `${NOVICE} hätte|hätten|hätt ~4 besser|ordentlicher|sauberer|schneller|professioneller|gründlicher`,
    hit: 'Ein Lehrling hätte die Fugen sauberer gesetzt.',
    miss: 'Ein Lehrling hätte bei uns einen festen Ansprechpartner.',
  },
  {
    id: 'haette-ich-als-laie-besser',
    pattern: `hätte|hätten ~3 als ${NOVICE} ~3 besser|ordentlicher|sauberer|schneller`,
    hit: 'Die Skizze hätte ich als Anfänger ordentlicher hinbekommen.',
    miss: 'Als Anfänger hätte ich gern eine kurze Einführung.',
  },
  {
    id: 'wer-hat-sich-das-ausgedacht',
    pattern:
      'wer hat|hätte|haben sich ~3 bitte|eigentlich|denn|ernsthaft|bloß|nur ~3 ausgedacht|einfallen+lassen|erdacht',
    hit: 'Wer hat sich diese Menüführung eigentlich ausgedacht?',
    miss: 'Wer hat sich den schönen Namen ausgedacht?',
  },
  {
    id: 'wer-hat-das-verbrochen',
    pattern: 'wer hat|haben ~4 verbrochen|verzapft|verbockt|verpfuscht|verhunzt',
    hit: 'Wer hat diese Tabelle verbrochen?',
    miss: 'Wer hat diese Tabelle erstellt?',
  },
  {
    id: 'was-hast-du-dir-dabei-gedacht',
    pattern: `was @haben ${WHO} sich|dir|euch ~3 bei ~4 gedacht`,
    hit: 'Was hast du dir bei dieser Farbwahl bloß gedacht?',
    miss: 'Was haben Sie sich für den Termin gedacht?',
  },
  {
    id: 'haben-sie-ueberhaupt-ahnung',
    pattern: `@haben ${WHO} ~1 überhaupt|auch+nur (eine|einen|irgendeine|irgendeinen|den+leisesten|die+geringste) ahnung|plan|schimmer`,
    hit: 'Habt ihr überhaupt einen Plan, wie man so ein Dach deckt?',
    miss: 'Habt ihr schon einen Plan für das Wochenende?',
  },
  {
    id: 'wissen-sie-ueberhaupt-was-sie-tun',
    pattern: `@wissen ${WHO} ~1 überhaupt|eigentlich (,) was ${WHO} ~2 tun|tut|tust|machen|macht|machst`,
    hit: 'Wissen Sie eigentlich, was Sie da machen?',
    miss: 'Wissen Sie schon, wann Sie kommen?',
  },
  {
    id: 'wissen-sie-ueberhaupt-was',
    pattern: `@wissen ${WHO} überhaupt (,) was|wovon|wie|worum ${WHO}`,
    hit: 'Weißt du überhaupt, wovon du da schreibst?',
    miss: 'Weißt du schon, wie du anreist?',
  },
  {
    id: 'soll-das-ernsthaft-sein',
    pattern: 'soll|sollte|sollen das|dies|es|die|der ~3 ernsthaft|ernstlich|allen+ernstes|im+ernst ~5 sein',
    hit: 'Soll das allen Ernstes die Endfassung sein?',
    miss: 'Soll das Treffen am Montag sein?',
  },
  {
    id: 'das-ist-keine-beratung-das-ist',
    pattern: `das|dies @sein kein|keine|keinen ${SERVICE} (mehr) , das|dies|sondern|es @sein|ist`,
    unlessAfter: ['nur', 'lediglich', 'bloß', 'einfach', 'eher', 'erst', 'noch', 'unser', 'unsere', 'mein', 'meine'],
    hit: 'Das ist keine Planung, das ist Raterei.',
    miss: 'Das ist kein Angebot, das ist nur eine erste Schätzung.',
  },
  {
    // Die rhetorische Frage nach dem Wie, mit dem Urteil im "so …": "Wie kann man so schief mauern?"
    id: 'wie-kann-man-so',
    pattern: `wie kann|konnte|können|konnten|kannst|könnt ${WHO}|man|jemand ~5 so ${SO_BAD}`,
    hit: 'Wie kann man eine Wand so schief verputzen?',
    miss: 'Wie kann man so schnell einen Termin bekommen?',
  },
  {
    // "Soll das ein Witz sein?": die Frage, die keine ist.
    id: 'soll-das-ein-witz-sein',
    pattern: 'soll|sollte das|dies|es (etwa|wohl|jetzt|hier) ein|eine witz|scherz|witzveranstaltung sein',
    hit: 'Soll das etwa ein Witz sein?',
    miss: 'Das soll ein Witz sein, keine Sorge.',
  },
  {
    // "Haben Sie das überhaupt gelesen?": der Vorwurf, nicht hingesehen zu haben.
    id: 'haben-sie-ueberhaupt-gelesen',
    pattern: `@haben ${WHO} ~4 überhaupt|auch+nur|je ~2 gelesen|durchgelesen|angesehen|angeschaut|geprüft|getestet|kontrolliert|nachgerechnet|zugehört`,
    hit: 'Hast du den Plan überhaupt gelesen, bevor du bestellt hast?',
    miss: 'Haben Sie den Plan schon gelesen?',
  },
  {
    // Die knappe Abfuhr als ganzer Satz: "Das geht gar nicht."
    id: 'das-geht-gar-nicht',
    pattern: '^das|so geht (ja|wirklich|echt|so) gar|überhaupt nicht $',
    hit: 'Das geht gar nicht. Bitte rufen Sie mich an.',
    miss: 'Das geht gar nicht so schnell, wie Sie denken.',
  },
  {
    // Die knappe Abfuhr als ganzer Satz: "So nicht."
    id: 'so-nicht',
    pattern: '^so (aber|jedenfalls|bitte|definitiv|sicher) nicht $',
    hit: 'So nicht. Wir bleiben bei der vereinbarten Lösung.',
    miss: 'So nicht ganz, die Frist ist eine Woche später.',
  },
  {
    id: 'was-sie-x-nennen',
    pattern: `was ${WHO} ~3 nennen|nennst|nennt|bezeichnen|bezeichnest|bezeichnet , @sein`,
    hit: 'Was ihr Konzept nennt, ist eine Stichpunktliste.',
    miss: 'Wie ihr das Projekt nennt, ist uns egal.',
  },
  {
    // „Mit Architektur hat das wenig zu tun.“: die Arbeit der Leserin aus ihrem Fach verwiesen.
    id: 'hat-wenig-zu-tun-mit',
    pattern: '^ mit ~1-3 hat|haben das|dies|es|sie ~0-2 wenig|herzlich+wenig|kaum+etwas zu tun',
    hit: 'Mit Gartengestaltung hat das wenig zu tun.',
    miss: 'Mit dem Wetter hat das zu tun, nicht mit Ihnen.',
  },
  {
    // „Ihr Deutsch ist immer noch auf dem Niveau eines Touristen“: der Stand der Leserin abgewertet.
    id: 'niveau-eines-anfaengers',
    pattern:
      'auf|unter dem niveau|stand eines|einer|von anfänger*|touristen|touristin|kindes|kleinkinds|grundschülers|grundschülerin|schülers|laien|amateurs|praktikanten|azubis',
    hit: 'Ihr Deutsch ist immer noch auf dem Niveau eines Touristen.',
    miss: 'Ihr Deutsch ist inzwischen auf dem Niveau einer Muttersprachlerin.',
  },
  {
    // „Das liest sich wie ein erster Entwurf“, „wirkt zusammengewürfelt“: die Arbeit mit etwas Nachlässigem verglichen.
    id: 'wie-ein-entwurf',
    pattern:
      '@wirken|@aussehen|@lesen|@klingen|sieht|liest ~0-3 wie ~0-1 erster+entwurf|rohentwurf|schulaufsatz|schulprojekt|hausaufgabe|bastelarbeit|urlaubsschnappschuss|schnellschuss|zusammengewürfelt|zusammenkopiert|zusammengeschustert|hingeschludert|auf+die+schnelle|mit+heißer+nadel',
    hit: 'Das Anschreiben liest sich wie ein erster Entwurf.',
    miss: 'Das Anschreiben liest sich wie ein Roman, ganz wunderbar.',
  },
  // Die Leserin zur Konkurrenz geschickt: „Suchen Sie sich gern einen anderen Statiker.“ Ein Angebot, den Kontakt
  // zu vermitteln („gern nenne ich Ihnen einen anderen …“), bleibt frei.
  {
    id: 'suchen-sie-sich-einen-anderen',
    pattern:
      'suchen|nehmen|beauftragen|holen|such|nimm|hol|sucht|nehmt ~0-1 sich|dir|euch (gern|gerne|ruhig|doch|halt|eben|dann) einen+anderen|eine+andere|jemand+anderen|jemand+anderes|wen+anders|einen+neuen|eine+neue',
    hit: 'Dann suchen Sie sich doch einen anderen Gutachter.',
    miss: 'Gern nenne ich Ihnen einen anderen Gutachter, falls Sie eine zweite Meinung möchten.',
  },
  // Ein Urteil über den Verlauf mit dem, worum es geht: „So wird das nichts mit der Prüfung.“
  {
    id: 'so-wird-das-nichts-mit',
    pattern: 'so|also|damit wird|werden das|es (leider|so|aber) nichts|nix mit',
    hit: 'So wird das nichts mit der Abnahme im Mai.',
    miss: 'So wird das mit der Abnahme im Mai ein schöner Abschluss.',
  },
  // Die Schreiberin schämt sich für die Arbeit der Leserin: „Es wäre mir peinlich, unseren Namen darunter zu setzen.“
  {
    id: 'waere-mir-peinlich',
    pattern:
      'wäre|wären|ist|sind (es|das) mir|uns (ehrlich+gesagt|offen+gesagt|ehrlich|wirklich|ganz+ehrlich) peinlich|unangenehm , ~0-6 das|so+etwas|sowas|unseren+namen|meinen+namen|damit|darunter|davon',
    hit: 'Ehrlich gesagt wäre es mir peinlich, das so beim Bauamt einzureichen.',
    miss: 'Es ist mir etwas peinlich, dass ich Ihren Anruf gestern verpasst habe.',
  },
  // Die Arbeit der Leserin lässt die Schreiberin dumm dastehen: „Das lässt unsere Karte wie einen Witz aussehen.“
  {
    id: 'laesst-uns-wie-einen-witz-aussehen',
    pattern:
      '@lassen ~0-2 uns|mich|unsere|unseren|unser|meine|meinen|mein ~0-3 wie einen+witz|amateure|anfänger|idioten|deppen|clowns aussehen|dastehen',
    hit: 'Die Beschilderung Ihres Teams ließ unseren Messestand wie Amateure aussehen.',
    miss: 'Das neue Licht lässt den ganzen Raum wie eine Galerie aussehen.',
  },
  {
    // „Das ist weder umsetzbar noch vernünftig“: zwei Urteile in einem Zug.
    id: 'weder-machbar-noch-sinnvoll',
    pattern:
      'weder machbar|umsetzbar|praktikabel|sinnvoll|vernünftig|durchdacht|realistisch|brauchbar|seriös|zielführend|professionell|bezahlbar|finanzierbar|vertretbar|tragbar|haltbar noch machbar|umsetzbar|praktikabel|sinnvoll|vernünftig|durchdacht|realistisch|brauchbar|seriös|zielführend|professionell|bezahlbar|finanzierbar|vertretbar|tragbar|haltbar',
    hit: 'Der Zeitplan ist weder realistisch noch seriös.',
    miss: 'Der Zeitplan ist realistisch und seriös.',
  },
  {
    // „Ihre Anmerkungen machen das Layout schlechter statt besser“.
    id: 'schlechter-statt-besser',
    pattern: '@machen|@werden ~0-4 schlechter|schwächer|unleserlicher statt|anstatt|als besser|stärker',
    hit: 'Eure Korrekturen machen den Text schwächer statt stärker.',
    miss: 'Eure Korrekturen machen den Text besser statt länger.',
  },
  {
    // „Die Schrift sieht billig aus“, „wirkt amateurhaft“: das Aussehen als Urteil.
    id: 'sieht-billig-aus',
    pattern:
      '@aussehen|sieht|sehen (ziemlich|sehr|total|extrem|furchtbar|richtig) billig|amateurhaft|stümperhaft|dilettantisch|altbacken|bieder|lieblos|hingeschludert ~0-1 aus',
    hit: 'Die Verpackung sieht ziemlich billig aus.',
    miss: 'Der Preis sieht erfreulich günstig aus.',
  },
  {
    // „voller Lücken und teilweise fehlerhaft“.
    id: 'voller-luecken',
    pattern: '@sein (leider) voller lücken|fehler|widersprüche|ungereimtheiten|schnitzer|patzer',
    hit: 'Die Bilanz ist voller Widersprüche.',
    miss: 'Der Garten ist voller Blumen.',
  },
  {
    // Die Arbeit daran gemessen, wie andere sie sehen: „Das nimmt beim Bauamt kein Mensch ernst.“
    id: 'nimmt-kein-mensch-ernst',
    pattern:
      'das|so+was|sowas|so+etwas|die|den|diese|diesen|dieses @nehmen ~0-4 kein+mensch|keiner|niemand|keine+behörde|kein+gericht ~0-2 ernst',
    hit: 'So etwas nimmt beim Bauamt kein Mensch ernst.',
    miss: 'So etwas nimmt beim Bauamt kein Mensch übel.',
  },
];
