import type { PhraseEntry } from '../types';

// Urteile statt Information (Prinzip 2: klar, aber respektvoll).
// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@-Verben: jede Form).
const WHO = '=Sie|du|ihr';

export const harsh: readonly PhraseEntry[] = [
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
    id: 'das-ist-inakzeptabel',
    pattern:
      '^das|dies ist|war (völlig|komplett|total|einfach|schlicht|absolut) inakzeptabel|unakzeptabel|unverschämt|unprofessionell|unzumutbar|eine+frechheit|eine+zumutung|indiskutabel',
    hit: 'Das ist absolut inakzeptabel.',
    miss: 'Das ist leider nicht machbar, aber wir finden eine Alternative.',
  },
  {
    id: 'unakzeptabel',
    pattern:
      'inakzeptabel*|unakzeptabel*|unzumutbar*|unverschämt*|frechheit|frechheiten|zumutung|indiskutabel*|unerhört*',
    hit: 'Diese Verzögerung ist unzumutbar.',
    miss: 'Diese Verzögerung ist ärgerlich für uns beide.',
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
    id: 'inkompetent',
    pattern:
      'inkompetent*|unfähig|unfähige|unfähigen|unfähiger|unfähigkeit|dilettantisch*|dilettant|dilettanten|dilettantismus|stümper*',
    hit: 'Ihr Team ist schlicht inkompetent.',
    miss: 'Ihr Team ist sehr kompetent, danke für die Unterstützung.',
  },
  {
    id: 'pfusch',
    pattern: 'pfusch|pfuscherei|gepfuscht|murks|schlamperei|schlampig*|hingeschludert|hingeschlampt|geschlampt',
    hit: 'Die Fliesen sind schlampig verlegt.',
    miss: 'Die Fugen müssen an zwei Stellen nachgebessert werden.',
  },
  {
    id: 'katastrophal',
    pattern: 'katastrophal*|miserabel*|unterirdisch|grottenschlecht|grottig*|erbärmlich*|armselig*|jämmerlich*',
    hit: 'Die Kommunikation war katastrophal.',
    miss: 'Die Kommunikation hat in den letzten Wochen nicht gut funktioniert.',
  },
  {
    id: 'amateurhaft',
    pattern: 'amateurhaft*|laienhaft*',
    hit: 'Der Entwurf wirkt amateurhaft.',
    miss: 'Der Entwurf wirkt noch nicht ganz ausgereift.',
  },
  {
    id: 'peinlich',
    pattern: 'peinlich',
    unlessBefore: ['mir', 'uns'],
    hit: 'Ihr Auftritt beim Kunden war peinlich.',
    miss: 'Das ist mir sehr peinlich, bitte entschuldigen Sie.',
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
    id: 'unprofessionell',
    pattern: 'unprofessionell*|unseriös*|respektlos*|unhöflich*|taktlos*|rücksichtslos*',
    unlessBefore: ['nicht'],
    hit: 'Ihr Verhalten am Telefon war unprofessionell.',
    miss: 'Ich möchte nicht unhöflich sein und frage deshalb vorher.',
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
    id: 'das-ist-ein-witz',
    pattern: 'das|dies ist|wäre ~3 ein (schlechter) witz|scherz|hohn|armutszeugnis|affront|schlag+ins+gesicht',
    hit: 'Das ist ja wohl ein Witz.',
    miss: 'Das war nur ein Scherz, keine Sorge.',
  },
  {
    id: 'ihre-arbeit-ist-schlecht',
    pattern:
      '<yours> ~2 arbeit|leistung|service|beratung|umsetzung|entwurf|angebot|team|betreuung|kommunikation ~2 @sein (wirklich|echt|einfach|sehr|ziemlich|absolut|völlig|total) @schlecht|@ungenügend|@dürftig|@schwach|@mangelhaft|@enttäuschend|@unbrauchbar',
    hit: 'Ihre Arbeit war wirklich schlecht.',
    miss: 'Ihre Arbeit war wirklich gut, vielen Dank.',
  },
  {
    id: 'schlechte-arbeit',
    pattern: 'schlechte|miserable|dürftige|schlampige|miese arbeit|leistung|beratung|betreuung|dienstleistung',
    hit: 'Das war schlechte Arbeit.',
    miss: 'Das war gute Arbeit, danke.',
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
    id: 'eine-katastrophe',
    pattern:
      'ist|war|sind|waren (eine|ein|das|die|der) einzige|einziges|absolute|absolutes|totale|totales|reine|reines|komplette|komplettes|echte|echtes|völlige|völliges katastrophe|desaster|fiasko|debakel|trauerspiel|farce|reinfall',
    hit: 'Die Umsetzung war eine einzige Katastrophe.',
    miss: 'Die Umsetzung war ein voller Erfolg.',
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
    pattern: '=Ihr ernst',
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
    pattern: 'was haben|hatten =Sie sich (eigentlich|denn|bitte) (dabei) gedacht',
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
  {
    id: 'ein-einziges-chaos',
    pattern:
      'ein|eine einziger|einziges|einzige chaos|durcheinander|kabelsalat|flickenteppich|flickwerk|stückwerk|murks|trümmerhaufen|katastrophe|desaster',
    hit: 'Die Ablage im Keller ist ein einziges Durcheinander.',
    miss: 'Die Ablage im Keller ist ein einziger Ordner.',
  },
  {
    id: 'voellig-unbrauchbar',
    pattern: 'völlig|komplett|total|absolut|schlicht|einfach @unbrauchbar|@wertlos|@nutzlos|@chaotisch|@stümperhaft',
    hit: 'Die gelieferte Skizze ist für den Bauantrag völlig unbrauchbar.',
    miss: 'Die gelieferte Skizze ist für den Bauantrag völlig ausreichend.',
  },
  {
    id: 'ihr-veralteter',
    pattern: '<yours> völlig|komplett|total|hoffnungslos|heillos @veraltet|@überaltert|@marode|@verwahrlost',
    hit: 'Euer hoffnungslos veraltetes Kassensystem bremst alles aus.',
    miss: 'Unser hoffnungslos veraltetes Kassensystem bremst alles aus.',
  },
];
