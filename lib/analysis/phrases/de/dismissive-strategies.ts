import type { PhraseEntry } from '../types';

// Herablassung als Strategie, nicht als Einzelsatz: die Mühe der Leserin kleinreden,
// Wissen voraussetzen, sie an "die Fachleute" verweisen, ihr Anliegen abtun, sie
// beruhigen wollen, "bei allem Respekt", die eigenen Berufsjahre gegen sie ins Feld
// führen. Jede Liste steht für viele Sätze; Angebote ("gern", "wenn Sie möchten")
// und ehrliche Beruhigung bleiben frei.
const WHO = '=Sie|du|ihr';
const HARD = 'kompliziert|schwer|schwierig|aufwendig|aufwändig|wild|anspruchsvoll|kompliziertes|schwieriges|schweres';
/** Wer es "besser kann": Ziel von "überlassen Sie das …" und "dafür sind wir …". */
const EXPERTS =
  'fachleute*|profi*|expert*|spezialist*|fachkräft*|fachm*|fachfrau*|ingenieur*|architekt*|statiker*|jurist*|anwält*|anwalt|steuerberater*|ärzt*|arzt|handwerker*|elektriker*|gutachter*|sachverständig*|techniker*|entwickler*|programmierer*|designer*|planer*';
/** Wie die Leserin etwas wahrnimmt (gegen die eigene Routine gestellt). */
const SEEMS = 'aussehen|aussieht|wirken|wirkt|klingen|klingt|erscheinen|erscheint|anfühlen|anfühlt|vorkommen|vorkommt';
/** Die Anliegen der Leserin, um die es geht, wenn sie kleingeredet werden. */
const CONCERN =
  'sorge|sorgen|bedenken|befürchtung*|aufregung|ärger|beschwerde*|reklamation*|einwand|einwände|kritik|anliegen|nachfrage|aufruhr';
/** Andere Kundschaft, mit der die Leserin verglichen wird. */
const OTHERS =
  'kunden|kundinnen|mandanten|mandantinnen|patienten|patientinnen|nutzer|nutzerinnen|bauherren|auftraggeber|eigentümer|mieter|leute';
/** Das Anliegen der Leserin als Getöse. */
const FUSS = 'theater|drama|aufstand|aufhebens|tamtam|trara|bohei|gewese|affentheater|zirkus|wirbel|geschrei|getue';

/** Ein Anliegen, das geprüft, besprochen oder übernommen wird, ist nicht nur quittiert. */
const TAKEN_UP = [
  'prüfen',
  'geprüft',
  'klären',
  'besprechen',
  'berücksichtigen',
  'berücksichtigt',
  'melden',
  'zurück',
  'nachgehen',
  'danke',
  'dank',
  'aufgenommen',
  'eingearbeitet',
  'umgesetzt',
  'übernommen',
];
const THANKED = ['danke', 'dank', 'vielen'];

export const dismissiveStrategies: readonly PhraseEntry[] = [
  // Das Gefühl im Nebensatz abgetan, Verb am Ende: "…, über die man sich nicht aufregen muss".
  {
    id: 'man-sich-nicht-aufregen-muss',
    pattern:
      'man|du|ihr|=Sie sich|dich|euch ~0-3 nicht|kein ~0-2 aufregen|aufzuregen|ärgern|zu+ärgern|echauffieren|zu+echauffieren muss|musst|müssen|braucht|brauchst|brauchen|müsste|sollte',
    hit: 'Das ist ein Kratzer, über den man sich nicht aufregen muss.',
    miss: 'Das ist ein Kratzer, den wir bis Freitag ausbessern.',
  },
  {
    id: 'nicht-so-schwer-nehmen',
    pattern: 'nicht|nie so|allzu|zu schwer nehmen|nimmt|nehmt|nimmst',
    hit: 'Sie sollten das nicht so schwer nehmen.',
    miss: 'Sie sollten das Paket nicht so schwer packen.',
  },
  {
    id: 'nicht-gleich-alarm',
    pattern: 'nicht|kein (gleich|sofort|direkt|immer) alarm|panik schlagen|machen|verbreiten|schieben',
    hit: 'Du musst da nicht gleich Alarm schlagen.',
    miss: 'Der Rauchmelder soll bei Rauch Alarm schlagen.',
  },
  {
    id: 'so-eine-bagatelle',
    pattern: 'so+eine|solch+eine|eine+solche|wegen+einer|diese bagatelle|lappalie',
    hit: 'Für so eine Lappalie lohnt sich kein zweiter Termin.',
    miss: 'Der Schaden liegt unter der Bagatellgrenze der Versicherung.',
  },
  // Wissen vorausgesetzt: "Ihnen als Juristin dürfte bekannt sein, dass …".
  {
    id: 'duerfte-bekannt-sein',
    pattern:
      '=Ihnen|dir|euch ~0-4 dürfte|sollte|müsste (doch|eigentlich|ja|wohl|hinlänglich|längst) bekannt|klar|geläufig|bewusst sein',
    hit: 'Ihnen als Juristin dürfte eigentlich bekannt sein, dass die Frist läuft.',
    miss: 'Ihnen dürfte morgen ein Brief vom Amt zugehen.',
  },
  // Die Aufgabe kleinreden: "wirklich nicht kompliziert", "denkbar simpel", "das schafft jeder".
  {
    id: 'wirklich-nicht-kompliziert',
    pattern: `@sein (das|es|dies) wirklich|echt|doch|nun+wirklich|beileibe|wahrlich|ehrlich|ehrlich+gesagt ~0-1 nicht|kein|keine (so|allzu|besonders|sonderlich|großartig) ${HARD}`,
    // "Die Zusammenarbeit mit Ihnen war wirklich nicht kompliziert": praise.
    unlessBefore: ['ihnen', 'dir', 'euch'],
    hit: 'Das Formular ist wirklich nicht kompliziert.',
    miss: 'Das Formular ist nicht kompliziert, und ich helfe Ihnen gern.',
  },
  {
    id: 'so-schwer-ist-das-nun-nicht',
    pattern: `^so ${HARD} @sein ~1-6 (doch|nun|wirklich|nun+wirklich|auch) nicht $`,
    hit: 'So kompliziert ist der Wechsel zum neuen Zählerportal nun wirklich nicht.',
    miss: 'So kompliziert wie befürchtet ist der Wechsel erfreulicherweise nicht.',
  },
  {
    id: 'sollte-fuer-sie-nicht-schwer-sein',
    pattern: `sollte|sollten|dürfte|dürften|kann|könnte|müsste für =Sie|dich|euch ~0-2 nicht|kaum|kein (so|allzu|besonders|sonderlich|weiter) ${HARD} sein`,
    hit: 'Das sollte für Sie wirklich nicht so schwierig sein.',
    miss: 'Das sollte nicht allzu schwierig sein, wir melden uns.',
  },
  {
    id: 'sollte-wirklich-nicht-schwer-sein',
    pattern: `sollte|sollten|dürfte|dürften|kann|könnte wirklich|nun+wirklich|doch|echt|ja+wohl nicht|kaum|kein (so|allzu|besonders|sonderlich|weiter) ${HARD} sein`,
    hit: 'Ein Online-Formular dürfte nun wirklich nicht so kompliziert sein.',
    miss: 'Die Reparatur sollte nicht allzu schwierig sein.',
  },
  {
    id: 'eigentlich-selbsterklaerend',
    pattern:
      '@sein ~0-2 eigentlich|doch|ja|wirklich|völlig|absolut|komplett|total selbsterklärend|selbstredend|glasklar|sonnenklar',
    hit: 'Die Anleitung ist eigentlich selbsterklärend.',
    miss: 'Die Anleitung ist beigelegt.',
  },
  {
    id: 'das-ist-simpel',
    pattern:
      'das|es|dies @sein ~0-2 simpel|kinderleicht|babyleicht|trivial|banal|pillepalle|denkbar+einfach|supereinfach|super+einfach|total+einfach|ganz+simpel|echt+einfach',
    hit: 'Ehrlich gesagt, das ist ganz simpel.',
    miss: 'Die Lösung ist für uns einfach umzusetzen.',
  },
  {
    id: 'ist-das-simpel',
    pattern:
      '@sein das|es|dies ~0-2 simpel|kinderleicht|babyleicht|trivial|banal|pillepalle|denkbar+einfach|supereinfach|super+einfach|total+einfach|ganz+simpel',
    hit: 'Eigentlich ist das kinderleicht und in fünf Minuten erledigt.',
    miss: 'Eigentlich ist das ein schöner Plan.',
  },
  {
    id: 'nichts-schwieriges-daran',
    pattern:
      '@sein ~0-2 nichts|nix schwieriges|kompliziertes|schweres|wildes|dramatisches|besonderes+dran|besonderes+daran',
    hit: 'An einer Überweisung ist doch nichts Schwieriges.',
    miss: 'An der Überweisung ist nichts mehr offen.',
  },
  {
    id: 'das-schafft-jeder',
    pattern:
      'das|es|dies schafft|kapiert|begreift|versteht|hinbekommt|kriegt+hin|bekommt+hin|packt (doch|wirklich|wohl) jeder|jede|jedermann',
    hit: 'Das schafft jeder in einer Viertelstunde.',
    miss: 'Das kann jeder Mitarbeiter im Portal einsehen.',
  },
  {
    id: 'bekommt-jeder-hin',
    pattern: 'das|es|dies bekommt|kriegt (doch|eigentlich|wirklich|wohl) jeder|jede|jedermann ~0-4 hin',
    hit: 'Das bekommt eigentlich jeder hin.',
    miss: 'Das bekommt jeder Kunde als Geschenk.',
  },
  {
    id: 'es-ist-nicht-so-schwer-zu',
    pattern: `es|das @sein ~0-2 nicht|kein so|allzu|besonders|sonderlich ${HARD} , ~1-8 zu`,
    hit: 'Es ist nicht so schwer, die Belege in einem Ordner zu sammeln.',
    miss: 'Es ist nicht so schlimm, wenn die Belege später kommen.',
  },
  {
    id: 'das-kann-ein-zehnjaehriger',
    pattern:
      '@können|schafft|versteht|kapiert|bekommt (sogar|selbst|auch|doch) ein|jeder zehnjähriger|fünfjähriger|sechsjähriger|zwölfjähriger|erstklässler|grundschüler|drittklässler',
    hit: 'Ehrlich, das kann ein Zehnjähriger ausfüllen.',
    miss: 'Für den Kurs kann sich jeder Zehnjährige anmelden, der Spaß am Bauen hat.',
  },
  // Wissen voraussetzen: "Das sollte Ihnen bekannt sein", "Sie müssten doch wissen".
  {
    id: 'sollte-ihnen-bekannt-sein',
    pattern:
      'sollte|sollten|müsste|müssten|dürfte|dürften =Ihnen|dir|euch ~0-4 doch|eigentlich|ja|wohl|längst|inzwischen|mittlerweile|hinlänglich ~0-1 bekannt|klar|geläufig|vertraut sein',
    hit: 'Das sollte Ihnen als Bauherr eigentlich bekannt sein.',
    miss: 'Die Termine sollten Ihnen bis Freitag vorliegen.',
  },
  {
    id: 'muessten-sie-doch-wissen',
    pattern: `müssten|müsstest|müsstet|sollten|solltest|solltet ${WHO} doch|eigentlich|ja|selbst|längst|inzwischen|mittlerweile ~0-2 wissen|kennen|verstehen`,
    hit: 'Als Vermieter müssten Sie doch wissen, dass die Kaution verzinst wird.',
    miss: 'Dann müssten Sie morgen die Unterlagen haben.',
  },
  {
    id: 'sie-muessten-doch-wissen',
    pattern: `${WHO} müssten|müsstest|müsstet|solltest|solltet doch|eigentlich|ja|selbst|längst|inzwischen|mittlerweile ~0-2 wissen|kennen|verstehen`,
    hit: 'Sie müssten doch wissen, dass die Kaution verzinst wird.',
    miss: 'Sie müssten die Unterlagen morgen bekommen.',
  },
  {
    id: 'ich-ging-davon-aus-sie-wissen',
    pattern: `ich|wir ~1-3 ausgegangen|angenommen|vorausgesetzt|gedacht|geglaubt , dass ${WHO}|=Ihnen|dir|euch ~0-4 weißt|wissen|weiß|wisst|kennen|kennst|kennt|bekannt|geläufig|vertraut`,
    hit: 'Ich war davon ausgegangen, dass Sie wissen, was eine Teilungserklärung ist.',
    miss: 'Ich war davon ausgegangen, dass Sie am Montag kommen.',
  },
  {
    id: 'ihnen-ist-hoffentlich-klar',
    pattern: '=Ihnen|dir|euch @sein hoffentlich|doch|doch+wohl|wohl|ja+wohl|ja+hoffentlich ~0-1 klar|bewusst|bekannt',
    hit: 'Ihnen ist hoffentlich klar, dass ein Gerüst genehmigt werden muss.',
    miss: 'Ihnen ist sicher aufgefallen, dass das Gerüst steht.',
  },
  {
    id: 'ist-ihnen-hoffentlich-klar',
    pattern: '@sein =Ihnen|dir|euch hoffentlich|doch|doch+wohl|wohl|ja+wohl ~0-1 klar|bewusst|bekannt',
    hit: 'Es ist Ihnen hoffentlich bewusst, dass die Frist läuft.',
    miss: 'Es ist Ihnen hoffentlich recht, wenn wir früher kommen.',
  },
  // An "die Fachleute" verweisen: "Überlassen Sie das bitte uns".
  {
    id: 'ueberlassen-sie-das-bitte-uns',
    pattern: 'überlassen|überlass|überlasst|ueberlassen ~1-5 bitte|besser|lieber|getrost ~0-2 uns|mir|denen',
    unlessAfter: ['gern', 'gerne'],
    hit: 'Überlassen Sie die Abrechnung bitte uns.',
    miss: 'Überlassen Sie uns gern die Schlüssel.',
  },
  {
    id: 'den-fachleuten-ueberlassen',
    pattern: `den|uns|denen ~0-1 ${EXPERTS} ~0-3 überlassen|ueberlassen|überlässt`,
    hit: 'Das Rechtliche bleibt besser den Juristen überlassen.',
    miss: 'Wir haben den Ingenieuren die Pläne zur Prüfung gegeben.',
  },
  {
    id: 'ueberlassen-sie-das-den-ingenieuren',
    pattern: `überlassen|überlass|überlasst|ueberlassen ~1-5 den|denen|dem|der ${EXPERTS}`,
    hit: 'Die Statik überlassen Sie besser den Ingenieuren.',
    miss: 'Überlassen Sie den Papierkram gern uns.',
  },
  {
    id: 'sollten-sie-dem-designer-ueberlassen',
    pattern: `@sollen|@müssen ${WHO} ~0-4 dem|der|den ~0-1 ${EXPERTS} überlassen|ueberlassen`,
    hit: 'Die Gestaltung sollten Sie wirklich dem Designer überlassen.',
    miss: 'Die Schlüssel sollten Sie dem Nachbarn geben.',
  },
  {
    id: 'sollten-sie-denen-ueberlassen',
    pattern: `@sollen|@müssen ${WHO} ~0-5 uns|mir|denen ~0-3 überlassen|ueberlassen`,
    hit: 'Die Wortwahl im Vertrag sollten Sie denen überlassen, die das gelernt haben.',
    miss: 'Sie sollten uns den Schlüssel am Freitag geben.',
  },
  // Das Verstehen absprechen: "Darüber müssen Sie sich nicht den Kopf zerbrechen".
  {
    id: 'nicht-den-kopf-zerbrechen',
    pattern: `${WHO} ~0-3 sich|dich|euch ~0-3 nicht|kein|keinen ~0-2 kopf|köpfchen zerbrechen|zerbrichst|zerbrecht`,
    hit: 'Darüber müssen Sie sich nicht den Kopf zerbrechen.',
    miss: 'Darüber habe ich mir lange den Kopf zerbrochen.',
  },
  {
    id: 'huebsches-koepfchen',
    pattern: 'hübsches|hübschen|kleines|kleinen köpfchen',
    hit: 'Zerbrechen Sie sich darüber nicht Ihr hübsches Köpfchen.',
    miss: 'Das Köpfchen der Schraube ist abgebrochen.',
  },
  {
    id: 'sie-muessen-das-nicht-verstehen',
    pattern: `${WHO} @müssen|@brauchen das|dies|es ~0-2 nicht|kaum (zu) verstehen|begreifen|nachvollziehen|kapieren`,
    hit: 'Sie müssen das nicht verstehen, es funktioniert einfach.',
    miss: 'Sie müssen das nicht heute entscheiden.',
  },
  {
    id: 'muessen-sie-nicht-verstehen',
    pattern: `@müssen|@brauchen ${WHO} (auch|wirklich|gar|überhaupt) nicht (zu) verstehen|begreifen|nachvollziehen|kapieren`,
    hit: 'Die technischen Hintergründe müssen Sie nicht verstehen.',
    miss: 'Die Pläne müssen Sie nicht ausdrucken.',
  },
  {
    id: 'das-muss-sie-nicht-interessieren',
    pattern: `das|dies|es @müssen|@brauchen ${WHO}|dich|euch ~0-2 nicht (zu) interessieren|kümmern|jucken|scheren`,
    hit: 'Das muss dich nicht interessieren.',
    miss: 'Das muss dich nicht stören.',
  },
  {
    id: 'nichts-fuer-laien',
    pattern:
      '@sein ~0-3 nichts|kein+thema|keine+sache für laien|anfänger|amateure|heimwerker|hobbybastler|nichtfachleute',
    hit: 'Eine Elektroinstallation ist nichts für Laien.',
    miss: 'Unser Kurs ist genau das Richtige für Anfänger.',
  },
  // Belehren: "Lassen Sie mich noch einmal erklären", "damit Sie folgen können".
  {
    id: 'lassen-sie-mich-noch-einmal-erklaeren',
    pattern:
      'lassen =Sie|lass|lasst mich|uns ~0-3 noch+einmal|nochmal|nochmals|erneut|ein+letztes+mal|ein+weiteres+mal|ein+zweites+mal ~0-3 erklären|erläutern|darlegen|auseinandersetzen|vorrechnen|buchstabieren',
    hit: 'Lassen Sie mich Ihnen noch einmal erklären, wie die Abschreibung funktioniert.',
    miss: 'Lassen Sie mich kurz erklären, wie die Abschreibung funktioniert.',
  },
  {
    id: 'damit-sie-folgen-koennen',
    pattern: `damit|sodass|so+dass ${WHO} ~0-2 (auch) folgen|mitkommen|kapieren|hinterherkommen können|könnt|kannst`,
    hit: 'Ich gehe es langsam durch, damit Sie folgen können.',
    miss: 'Ich schicke die Pläne vorab, damit Sie sie ausdrucken können.',
  },
  {
    id: 'noch-einmal-ganz-langsam',
    pattern: 'noch+einmal|nochmal|nochmals|ein+letztes+mal|ein+zweites+mal|also (ganz) (ganz) langsam :|,',
    hit: 'Noch einmal ganz langsam: Die Rechnung geht an die Buchhaltung.',
    miss: 'Noch einmal langsam durchlesen kann nicht schaden, finde ich selbst.',
  },
  {
    id: 'zur-erinnerung-fuer-sie',
    pattern: 'zur erinnerung|info|information|auffrischung für =Sie|dich|euch',
    hit: 'Zur Erinnerung für Sie: Die Baustelle ist freitags geschlossen.',
    miss: 'Nur zur Erinnerung: Die Baustelle ist freitags geschlossen.',
  },
  // Das Anliegen abtun: "die ganze Aufregung", "so ein Theater", "aus einer Mücke einen Elefanten".
  {
    id: 'die-ganze-aufregung',
    pattern: 'die|diese|dieser|diesen ganze|ganzen aufregung|empörung|aufgeregtheit|panik|hektik|diskussion|welle',
    hit: 'Ich verstehe die ganze Aufregung um den Kratzer nicht.',
    miss: 'Ich verstehe Ihre Aufregung um den Kratzer.',
  },
  {
    id: 'wozu-die-aufregung',
    pattern: `wozu|warum|wieso|weshalb (denn|also|bloß|nur) die|dieses|diese|das|so+ein|so+eine (ganze) aufregung|${FUSS}`,
    hit: 'Wozu also die Aufregung?',
    miss: 'Warum die Lieferung später kommt, erkläre ich gern.',
  },
  {
    id: 'so-ein-theater',
    pattern: `so+ein|so+einen|solches|solch+ein|solch+einen|viel|großes|großen|so+viel ${FUSS}`,
    hit: 'Wegen eines Haarrisses muss man doch nicht so ein Theater machen.',
    miss: 'Das Theater in der Stadt spielt heute Abend.',
  },
  {
    id: 'kein-theater-machen',
    // The words between stay in the clause: "kein Drama, dann mache ich es im Juni" is the writer's plan.
    pattern: `kein|keinen|keine ~0-1 ${FUSS} (daraus|draus|darum|deswegen|deshalb|jetzt|bitte|gleich|mehr|hier) (daraus|draus|darum|jetzt|bitte) @machen|@veranstalten|zu+machen`,
    hit: 'Bitte deshalb jetzt kein großes Drama machen.',
    miss: 'Wird es später, ist das kein Drama, dann mache ich es im Juni.',
  },
  {
    id: 'muecke-elefant',
    pattern:
      'aus+einer+mücke+einen+elefanten|sturm+im+wasserglas|viel+lärm+um+nichts|viel+wind+um+nichts|viel+rauch+um+nichts',
    hit: 'Da machen Sie aus einer Mücke einen Elefanten.',
    miss: 'Im Wasserglas auf dem Tisch steht ein Strauß.',
  },
  {
    id: 'lappalie',
    pattern:
      '@sein ~0-3 ein|eine|eine+reine|eine+absolute|nur+eine|doch+nur+eine|bloß+eine lappalie|bagatelle|petitesse|kinkerlitzchen|nebensächlichkeit|kleinkram|nichtigkeit',
    hit: 'Das ist doch eine Lappalie.',
    miss: 'Das ist eine wichtige Frage.',
  },
  {
    id: 'nicht-problem',
    pattern: 'nicht-problem|nichtproblem|scheinproblem|pseudoproblem|luxusproblem|pseudo-problem|schein-problem',
    hit: 'Offen gesagt ist das ein Nicht-Problem.',
    miss: 'Offen gesagt ist das ein echtes Problem.',
  },
  {
    id: 'keine-mails-wert',
    pattern:
      'kein|keine|keinen|nicht ~0-2 mail|mails|e-mails|e-mail|nachricht|nachrichten|diskussion|diskussionen|aufregung|aufhebens|anruf|anrufe|beschwerde wert',
    hit: 'Das ist eine Kleinigkeit und keine drei Mails wert.',
    miss: 'Das ist eine Kleinigkeit und keine Rede wert.',
  },
  // Überreaktion unterstellen: "Sie bauschen das auf", "Sie machen sich zu viele Gedanken".
  {
    id: 'sich-nicht-so-aufregen',
    pattern: `${WHO} ~0-2 sich|dich|euch ~0-4 nicht|kein so|gleich|derart|dermaßen ~0-1 aufregen|aufzuregen|echauffieren|ereifern|empören|anstellen`,
    hit: 'Sie müssen sich wegen eines Kratzers nicht so aufregen.',
    miss: 'Sie müssen sich um nichts kümmern.',
  },
  {
    id: 'seien-sie-nicht-empfindlich',
    pattern:
      'seien =Sie|sei|seid ~0-3 nicht ~0-2 empfindlich|sensibel|dünnhäutig|kleinlich|pingelig|zimperlich|beleidigt|eingeschnappt|dramatisch|hysterisch|mimosenhaft',
    hit: 'Seien Sie doch nicht gleich so empfindlich.',
    miss: 'Seien Sie nicht überrascht, wenn der Maler früher kommt.',
  },
  {
    id: 'sie-bauschen-das-auf',
    pattern: `${WHO} bauschen|bauschst|bauscht|spielen|spielst|spielt|kochen|kochst|kocht ~1-4 auf|hoch $`,
    hit: 'Ich finde, Sie bauschen das gewaltig auf.',
    miss: 'Sie spielen morgen im Garten Fußball.',
  },
  {
    id: 'sie-steigern-sich-hinein',
    pattern: `${WHO} steigern|steigerst|steigert sich|dich|euch ~0-4 hinein|rein`,
    hit: 'Du steigerst dich da in etwas hinein.',
    miss: 'Du steigerst dich von Woche zu Woche.',
  },
  {
    id: 'aufbauschen-hochspielen',
    pattern:
      'aufbauschen|aufgebauscht|aufzubauschen|hochspielen|hochgespielt|hochzuspielen|hochkochen|hochgekocht|überdramatisieren',
    hit: 'Man muss den Kratzer ja nicht aufbauschen.',
    miss: 'Man muss den Kratzer nur auspolieren.',
  },
  {
    id: 'zu-viele-gedanken',
    pattern: `${WHO} @machen (sich|dich|dir|euch) ~0-2 zu|viel+zu|so|unnötig viele|viel|unnötige|unnötig gedanken|sorgen|stress|kopf|einen+kopf`,
    hit: 'Sie machen sich da viel zu viele Gedanken.',
    miss: 'Sie machen sich Gedanken über die Farbe, das freut mich.',
  },
  {
    id: 'machen-sie-sich-nicht-so-viele-gedanken',
    pattern:
      'machen+=Sie|mach|macht sich|dich|dir|euch ~0-2 nicht so|zu (viele|viel) gedanken|sorgen|stress|einen+kopf',
    hit: 'Machen Sie sich doch nicht so viele Gedanken.',
    miss: 'Machen Sie sich keine Gedanken wegen der Rechnung.',
  },
  {
    id: 'bleiben-sie-sachlich',
    pattern: 'bleiben =Sie|bleib|bleibt (doch|mal|bitte|einfach) locker|sachlich|entspannt|gelassen|auf+dem+teppich',
    hit: 'Bleiben Sie bitte sachlich.',
    miss: 'Bleiben Sie gern zum Kaffee.',
  },
  {
    id: 'kommen-sie-runter',
    pattern: 'kommen =Sie|komm|kommt (doch|mal|bitte) (mal) (wieder) runter|herunter $',
    hit: 'Kommen Sie mal wieder runter.',
    miss: 'Kommen Sie bitte nach unten in die Werkstatt.',
  },
  {
    id: 'immer-mit-der-ruhe',
    pattern: '^(nur|jetzt|na|also) (mal) immer mit der ruhe',
    hit: 'Immer mit der Ruhe, die Frist läuft noch.',
    miss: 'Wir arbeiten mit der Ruhe, die der Altbau verlangt.',
  },
  // Höflichkeit als Auftakt zur Belehrung ("bei allem Respekt" führt but-after-praise).
  {
    id: 'ich-will-nicht-unhoeflich-sein-aber',
    pattern:
      'ich|wir @wollen|@möchten ~0-2 nicht|keineswegs unhöflich|frech|anmaßend|überheblich|besserwisserisch|oberlehrerhaft|belehrend|pedantisch ~0-1 sein|klingen|wirken , aber',
    hit: 'Ich will nicht unhöflich sein, aber das stand in der Broschüre.',
    miss: 'Ich will nicht unhöflich sein und melde mich deshalb kurz ab.',
  },
  // Die eigenen Berufsjahre gegen die Leserin: "Ich mache das seit zwanzig Jahren".
  {
    id: 'ich-mache-das-seit-jahren',
    pattern:
      'ich|wir @machen|@betreiben das|dies|diesen+job|den+job|das+hier|diesen+beruf|das+geschäft ~0-2 seit|schon+seit|bereits+seit|über ~1-3 jahren|jahrzehnten|jahrzehnte|jahre',
    hit: 'Ich mache das seit zwanzig Jahren.',
    miss: 'Ich mache das heute Nachmittag fertig.',
  },
  {
    id: 'seit-jahren-im-geschaeft',
    pattern:
      'ich|wir @sein ~0-2 seit|über ~1-3 jahren|jahrzehnten|jahrzehnte|jahre ~0-1 im+geschäft|im+beruf|in+der+branche|vom+fach|im+handwerk|in+diesem+beruf|in+diesem+geschäft',
    hit: 'Ich bin seit dreißig Jahren im Geschäft.',
    miss: 'Wir sind seit Jahren Kunde bei Ihrer Bank.',
  },
  {
    id: 'ich-weiss-was-ich-tue',
    pattern:
      'ich|wir|und @wissen (schon|genau|sehr+genau|durchaus|bestens) (,) was|wie ich+tue|wir+tun|ich+mache|wir+machen|funktioniert|klappt|zu+tun+ist',
    hit: 'Ich habe über dreihundert Häuser geplant, ich weiß schon, was ich tue.',
    miss: 'Ich weiß noch nicht, wie wir das lösen.',
  },
  {
    id: 'als-fachmann-kann-ich-ihnen-sagen',
    pattern:
      'als ~1-3 kann|darf|muss|will ich|wir =Ihnen|dir|euch ~0-1 (eines|eins|nur|versichern) sagen|versichern|garantieren|verraten',
    unlessAfter: ['gern', 'gerne'],
    hit: 'Als Fachmann kann ich Ihnen sagen, dass dieser Grundriss nicht genehmigt wird.',
    miss: 'Als Dankeschön kann ich Ihnen einen Rabatt geben.',
  },
  {
    id: 'es-hat-seinen-grund-dass-wir',
    pattern: `grund|gründe , dass|warum|wieso|weshalb wir|ich ~0-2 (die|der|das|hier) ${EXPERTS}`,
    hit: 'Es hat schon seinen Grund, dass wir hier die Architekten sind.',
    miss: 'Es hat einen Grund, dass wir den Termin verschieben.',
  },
  {
    id: 'dafuer-sind-wir-die-fachleute',
    pattern: `dafür|deshalb|deswegen|schließlich @sein wir|ich ~0-2 (ja|doch|schließlich|hier) die|der|das|ein|eine ${EXPERTS}`,
    hit: 'Dafür sind wir ja die Fachleute.',
    miss: 'Dafür sind wir ja da.',
  },
  {
    id: 'mehr-als-sie-je',
    pattern: `mehr ~1-4 , als ${WHO} ~0-3 je|jemals|überhaupt|in+ihrem+leben|in+deinem+leben`,
    hit: 'Ich habe mehr Bäder saniert, als Sie je gesehen haben.',
    miss: 'Wir brauchen mehr Fliesen, als Sie bestellt haben.',
  },
  // Die Wahrnehmung der Leserin gegen die eigene Routine: "Das mag für Sie kompliziert
  // aussehen, für uns ist es Alltag", "auch wenn es sich für Sie so anfühlt".
  {
    id: 'mag-fuer-sie-aussehen',
    pattern: `mag|mögen|magst für+=Sie|für+dich|für+euch|=Ihnen|dir|euch ~0-5 ${SEEMS}`,
    hit: 'Das mag für Sie nach einem Riesenaufwand aussehen, bei uns ist das Routine.',
    miss: 'Das mag nach viel aussehen, wir gehen es gern gemeinsam durch.',
  },
  {
    id: 'auch-wenn-es-sich-fuer-sie-so-anfuehlt',
    pattern: `auch+wenn|selbst+wenn|wenngleich es|das|dies (sich) für+=Sie|für+dich|für+euch|=Ihnen|dir|euch ~0-2 so|danach ${SEEMS}`,
    hit: 'Ein Wasserfleck ist kein Rohrbruch, auch wenn es für Sie so aussieht.',
    miss: 'Auch wenn es sich für Sie schwer anfühlt, wir begleiten Sie dabei.',
  },
  // Mehr Tiefe, als die Leserin ahnt: "komplexer, als Sie sich das vorstellen".
  {
    id: 'komplexer-als-sie-denken',
    pattern: `komplexer|komplizierter|schwieriger|aufwendiger|aufwändiger|vielschichtiger|anspruchsvoller , als|wie ${WHO}|man ~0-3 vorstellen|vorstellst|vorstellt|denken|denkst|denkt|glauben|glaubst|glaubt|ahnen|ahnst|ahnt|meinen|meinst|meint|annehmen`,
    hit: 'Das Mietrecht ist etwas komplizierter, als du denkst.',
    miss: 'Das Projekt war komplizierter, als wir dachten, deshalb melden wir uns erst heute.',
  },
  {
    id: 'nicht-so-einfach-wie-sie-denken',
    pattern: `nicht so einfach|simpel|leicht , wie ${WHO} ~0-3 denken|denkst|denkt|glauben|glaubst|glaubt|meinen|meinst|meint|vorstellen|vorstellst|annehmen`,
    hit: 'Eine Umwidmung ist nicht so einfach, wie Sie glauben.',
    miss: 'Die Umwidmung war nicht so einfach, wie wir gehofft hatten.',
  },
  // Die Gefühle der Leserin als Übermaß: "Sie sehen das zu emotional", "Sehen Sie das nicht so eng".
  {
    id: 'sie-sehen-das-zu-emotional',
    pattern: `${WHO} @sehen|@nehmen|@betrachten|@reagieren das|es|dies|die+sache|alles ~0-2 zu|viel+zu|etwas+zu|reichlich|übertrieben emotional|persönlich|dramatisch|verbissen|eng|schwarz`,
    hit: 'Ich glaube, Sie nehmen das etwas zu persönlich.',
    miss: 'Ich glaube, Sie sehen das genau richtig.',
  },
  {
    id: 'sehen-sie-das-nicht-so-eng',
    pattern:
      'sehen+=Sie|nehmen+=Sie|seht|nehmt|sieh|nimm das|es|dies (doch|mal|bitte) nicht so eng|tragisch|dramatisch|verbissen',
    hit: 'Sehen Sie das doch nicht so eng mit dem Liefertermin.',
    miss: 'Sehen Sie das Angebot als Vorschlag, nicht als festen Plan.',
  },
  // Das Anliegen selbst als unverhältnismäßig: "Ihre Aufregung ist übertrieben".
  {
    id: 'ihre-sorge-ist-uebertrieben',
    pattern: `<yours> ~0-1 ${CONCERN} ~0-6 @sein ~0-4 übertrieben|überzogen|unangebracht|unverhältnismäßig|fehl+am+platz|nicht+nachvollziehbar|kaum+nachvollziehbar|aus+der+luft+gegriffen`,
    hit: 'Ihre Beschwerde über den Staub ist, mit Verlaub, überzogen.',
    miss: 'Ihre Beschwerde über den Staub ist berechtigt, wir reinigen morgen nach.',
  },
  // Ein Leben schwerer machen, als es ist: "Ihr macht euch das unnötig kompliziert".
  {
    id: 'sie-machen-es-sich-unnoetig-schwer',
    pattern: `${WHO} @machen sich|dich|dir|euch|es ~0-3 unnötig|viel+zu|zu ~0-1 schwer|schwierig|kompliziert|umständlich`,
    hit: 'Du machst dir das unnötig kompliziert mit drei Tabellen.',
    miss: 'Du machst das mit den Tabellen sehr gründlich, danke.',
  },
  // Das Unverständnis der Leserin feststellen: "Ihre Frage zeigt, dass Sie … nicht verstanden haben".
  {
    id: 'zeigt-dass-sie-nicht-verstanden',
    pattern: `zeigt|zeigen|verrät|beweist|belegt (mir|uns) (leider) , dass ${WHO} ~0-6 nicht|kaum|wenig ~0-1 verstanden|begriffen|durchschaut|erfasst|gelesen|kapiert|verinnerlicht`,
    hit: 'Ihre Rückfrage zeigt leider, dass Sie den Vertrag nicht gelesen haben.',
    miss: 'Ihre Rückfrage zeigt, dass Sie den Vertrag sehr genau gelesen haben.',
  },
  // Das hätte die Leserin selbst finden können.
  {
    id: 'haetten-sie-selbst-nachlesen-koennen',
    pattern: `${WHO} ~0-8 selbst|selber ~0-3 hätten|hättest|hättet ~0-2 beantworten|nachlesen|nachschauen|herausfinden|finden|googeln|klären|sehen|ausrechnen können`,
    hit: 'Das ist eine Frage, die du mit einem Blick auf die Website selbst hättest klären können.',
    miss: 'Sie hätten das selbst klären können, aber wir übernehmen das gern.',
  },
  {
    id: 'haetten-sie-selbst-nachlesen-koennen-v2',
    pattern: `hätten|hättest|hättet ${WHO} ~0-5 selbst|selber|leicht|problemlos|mühelos ~0-3 beantworten|nachlesen|nachschauen|herausfinden|finden|googeln|klären|sehen|ausrechnen können`,
    hit: 'Die Öffnungszeiten hätten Sie auch leicht auf unserer Website nachlesen können.',
    miss: 'Hätten Sie Zeit, die Öffnungszeiten auf der Website zu prüfen?',
  },
  // Grundwissen vorhalten: "Das lernt man im ersten Semester".
  {
    id: 'das-lernt-man-im-ersten-semester',
    pattern:
      'das|dies|so+etwas|sowas @lernen man|jeder|jede|jedes+kind|azubis|lehrlinge|erstsemester ~0-3 im+ersten+semester|im+ersten+lehrjahr|im+ersten+ausbildungsjahr|in+der+grundschule|in+der+schule|in+der+ersten+woche|am+ersten+tag|im+grundkurs|in+jedem+grundkurs|in+der+ausbildung',
    hit: 'So etwas lernt jeder Azubi im ersten Lehrjahr.',
    miss: 'Das lernen Sie in unserem Kurs am ersten Tag.',
  },
  {
    id: 'einfach-wenn-man-es-verstanden-hat',
    pattern: `einfach|simpel|logisch|leicht ~0-3 , wenn|sobald man|${WHO} ~0-3 (es|das) (erst) (einmal|mal) verstanden|begriffen|kapiert|durchschaut @haben`,
    hit: 'Eigentlich ist das ganz logisch, wenn man es einmal begriffen hat.',
    miss: 'Die Bedienung ist einfach, wenn die App installiert ist.',
  },
  // Beruhigen wollen, geduzt: "Beruhig dich erst mal", "Regt euch nicht auf".
  {
    id: 'beruhig-dich',
    pattern:
      '^(jetzt|nun|bitte|also|so) beruhig|beruhige|beruhigt dich|euch (erst+mal|erstmal|erst+einmal|wieder) ,|!|.|:|;',
    hit: 'Jetzt beruhigt euch mal, die Bühne steht rechtzeitig.',
    miss: 'Beruhigt euch die neue Planung? Sagt mir gern Bescheid.',
  },
  {
    id: 'reg-dich-ab',
    pattern: '^(jetzt|nun|bitte|also|so) reg|rege|regt dich|euch (nicht) (so) (gleich) ab|auf ,|!|.|:|;',
    hit: 'Reg dich nicht auf, der Drucker ist nur offline.',
    miss: 'Regt euch die neue Regel auf? Dann sprechen wir darüber.',
  },
  {
    id: 'ganz-ruhig',
    pattern: '^(jetzt|nun|also) (mal) ganz ruhig|locker ,|!|.',
    hit: 'Ganz ruhig, die Frist läuft erst am Freitag ab.',
    miss: 'Ganz ruhig gelegen ist das Grundstück, wie Sie es sich gewünscht haben.',
  },
  // Loben, dass die Leserin es "endlich" oder "diesmal" richtig gemacht hat.
  {
    id: 'diesmal-puenktlich',
    pattern: `${WHO} ~0-6 endlich|diesmal|dieses+mal|ausnahmsweise (mal) pünktlich|rechtzeitig|vollständig|richtig|korrekt|fristgerecht|vollzählig|leserlich`,
    hit: 'Super, Sie haben die Belege diesmal vollständig geschickt!',
    miss: 'Super, Sie haben die Belege vollständig geschickt!',
  },
  {
    id: 'geht-doch',
    pattern: '^na+also|na+bitte|siehst+du|sehen+=Sie|seht+ihr (,) geht|klappt|funktioniert doch $',
    hit: 'Na also, geht doch!',
    miss: 'Sehen Sie, so funktioniert das Portal.',
  },
  {
    id: 'nun-wirklich-keine-grosse-sache',
    pattern:
      '@sein nun+wirklich|doch+wirklich|nun+mal|nun+einmal keine+große+sache|kein+großes+ding|keine+große+affäre|kein+großer+akt|keine+große+kunst',
    // "Gern, das ist nun wirklich keine große Sache": modesty about a favour.
    unlessBefore: ['gern', 'gerne', 'danke', 'bitte'],
    hit: 'Ein Kratzer im Parkett ist nun wirklich keine große Sache.',
    miss: 'Gern, das ist nun wirklich keine große Sache.',
  },
  {
    id: 'sorgen-um-nichts',
    pattern: `${WHO} @machen sich|dich|euch ~0-2 sorgen|gedanken|stress|einen+kopf ~0-1 um|über|wegen nichts|gar+nichts`,
    hit: 'Ihr macht euch da Sorgen um gar nichts.',
    miss: 'Ihr macht euch keine Sorgen, das ist schön.',
  },
  {
    id: 'sie-wissen-nicht-wie-das-funktioniert',
    pattern: `${WHO} @wissen|@verstehen ~0-2 nicht|kaum , wie|was ~1-5 funktioniert|funktionieren|läuft|abläuft|gemeint+ist|bedeutet`,
    // "Falls Sie nicht wissen, wie …, rufen Sie an": an offer.
    unlessBefore: ['falls', 'wenn', 'ob', 'sollten'],
    hit: 'Mit Verlaub, du weißt nicht, wie eine Ausschreibung abläuft.',
    miss: 'Falls du nicht weißt, wie eine Ausschreibung abläuft, erkläre ich es gern.',
  },
  {
    id: 'fuer-sie-aber-normal',
    pattern:
      'für =Sie|dich|euch ~1-6 , aber ~0-6 normal|üblich|alltag|routine|harmlos|unproblematisch|standard|kein+problem|nichts+besonderes',
    hit: 'Für dich wirkt das dramatisch, aber für einen Altbau ist das üblich.',
    miss: 'Für Sie haben wir einen Termin am Montag, aber der Dienstag wäre auch möglich.',
  },
  {
    id: 'suess-dass-sie',
    pattern: '^süß|niedlich|goldig|putzig , dass|wie =Sie|du|ihr',
    hit: 'Niedlich, dass du die Steuer selbst rechnen wolltest.',
    miss: 'Süß ist auch die Torte, die wir für Sie backen.',
  },
  {
    id: 'so-funktioniert-das-nicht',
    pattern: '^so funktioniert|funktionieren|läuft|laufen ~1-3 (aber|leider|nun+mal|halt|eben) nicht $',
    hit: 'So läuft eine Bauabnahme nicht.',
    miss: 'So läuft die Abnahme nicht mehr, seit wir umgestellt haben.',
  },
  {
    id: 'fehler-den-laien-machen',
    pattern:
      'fehler|irrtum|denkfehler|missverständnis , den|das|die ~0-1 laien|anfänger|einsteiger|neulinge|amateure|heimwerker ~0-2 (oft|häufig|gern|gerne|gerne+mal|typischerweise) machen|begehen|haben',
    hit: 'Das ist ein Denkfehler, den Laien gern machen.',
    miss: 'Das ist ein Fehler, den wir sofort beheben.',
  },
  {
    id: 'ich-halte-es-einfach-fuer-sie',
    pattern:
      'ich|wir @halten|formuliere|formulieren|schreibe|schreiben es|das|dies ~0-1 (ganz|möglichst|bewusst|extra) einfach|simpel für =Sie|dich|euch',
    hit: 'Ich formuliere es ganz einfach für Sie.',
    miss: 'Ich halte es einfach: Wir kommen am Montag.',
  },
  {
    id: 'dass-es-auch-ein-laie-versteht',
    pattern:
      'auch|selbst|sogar|jeder ein|jeder|jede laie|laiin|anfänger|kind|grundschüler ~0-2 versteht|verstehen+kann|kapiert|begreift|nachvollziehen+kann',
    hit: 'Ich erkläre es so, dass es auch ein Laie versteht.',
    miss: 'Ich erkläre es so, dass Sie es Ihrem Team weitergeben können.',
  },
  {
    id: 'aus-einer-kleinigkeit-ein-drama',
    pattern:
      'aus einer+kleinigkeit|einer+lappalie|einer+bagatelle|nichts|einem+kratzer|einem+fleck ein|eine|einen ~0-1 riesen*|drama|staatsaffäre|problem|thema|affäre|aufstand|skandal',
    hit: 'Ihr macht aus einem Kratzer einen Skandal.',
    miss: 'Aus einer Kleinigkeit ist ein schönes Projekt geworden.',
  },
  {
    id: 'sogar-meine-tochter-koennte',
    pattern:
      'sogar|selbst meine|mein|unsere|unser ~0-1 tochter|sohn|kinder|kind|enkel|oma|opa|mutter|vater|großmutter|praktikant*|azubi|hund|katze ~0-3 könnte|kann|schafft|versteht|würde|hätte|kriegt|bekommt',
    hit: 'Sogar meine neunjährige Tochter hätte das hinbekommen.',
    miss: 'Selbst unser Azubi freut sich schon auf die Baustelle.',
  },
  {
    id: 'mich-wundert-dass-sie-nicht',
    pattern: `wundert|überrascht|erstaunt|verwundert ~0-2 , dass ${WHO} ~0-4 nicht|kein|keine ~0-2 wussten|wusstest|wusstet|wissen|weißt|kannten|kennen|kennst|verstanden|gelesen`,
    hit: 'Es überrascht mich, dass du den Unterschied nicht kennst.',
    miss: 'Es überrascht mich, dass du den Unterschied so schnell gefunden hast.',
  },
  {
    id: 'das-verstehen-nur-fachleute',
    pattern: `das|dies|so+etwas|sowas verstehen|beurteilen|durchschauen|können|überblicken nur|allein|ausschließlich ~0-1 ${EXPERTS}`,
    hit: 'So etwas können nur Fachleute beurteilen.',
    miss: 'So etwas können Sie gern mit uns besprechen.',
  },
  {
    id: 'sie-steigern-sich-rein',
    pattern: `${WHO} ~0-4 reinsteigern|reinsteigerst|reinsteigert|hineinsteigern|hineinsteigerst|hineinsteigert`,
    hit: 'Ich verstehe nicht, warum du dich da so reinsteigerst.',
    miss: 'Ich steige gern in das Projekt ein.',
  },
  {
    id: 'kein-grund-fuer-eine-beschwerde',
    pattern: 'kein|keinen grund für|zur|zu (eine|einer) beschwerde|reklamation|empörung|aufstand|beschwerden',
    hit: 'Ein Schönheitsfehler ist kein Grund für eine Reklamation.',
    miss: 'Wenn es einen Grund für eine Reklamation gibt, melden Sie sich.',
  },
  {
    id: 'auch-fuer-laien-sollte-das',
    pattern:
      'auch|selbst|sogar für laien|anfänger|nichtfachleute|kinder sollte|müsste|dürfte das|es|dies ~0-2 nachvollziehbar|verständlich|machbar|zu+verstehen|zu+schaffen',
    hit: 'Selbst für Laien sollte das verständlich sein.',
    miss: 'Auch für Laien haben wir eine Kurzfassung beigelegt.',
  },
  {
    id: 'wer-lesen-kann',
    pattern: 'wer lesen kann , ist|hat (klar) im vorteil|vorteile',
    hit: 'Wer lesen kann, ist klar im Vorteil.',
    miss: 'Wer lesen kann, bekommt von uns die Broschüre.',
  },
  {
    id: 'ein-blick-haette-genuegt',
    pattern:
      'ein|kurzer|einziger blick in|auf|ins ~1-4 hätte|hätten ~0-2 genügt|gereicht|geholfen|ausgereicht|geklärt|beantwortet|gezeigt|erspart|verraten',
    hit: 'Ein kurzer Blick auf die Rechnung hätte genügt.',
    miss: 'Ein Blick auf die Rechnung lohnt sich, sie ist neu gestaltet.',
  },
  {
    id: 'haette-ihnen-auffallen-muessen',
    pattern: 'hätte|hätten =Ihnen|dir|euch ~0-3 auffallen|bekannt+sein|klar+sein|einleuchten müssen|sollen',
    hit: 'Das hätte dir eigentlich auffallen müssen.',
    miss: 'Das hätte uns auffallen müssen, entschuldige bitte.',
  },
  {
    id: 'kann-ihre-aufregung-nicht-nachvollziehen',
    pattern: `kann|können|könnte ~0-2 <yours> ~0-1 ${CONCERN} ~0-6 nicht|kaum ~0-2 nachvollziehen|verstehen|nachempfinden`,
    hit: 'Ich kann deinen Ärger über die Rechnung ehrlich gesagt nicht nachvollziehen.',
    miss: 'Ich kann deinen Ärger über die Rechnung gut verstehen.',
  },
  {
    id: 'als-es-fuer-sie-aussieht',
    pattern: `als|wie es|das|dies (sich) für+=Sie|für+dich|für+euch|=Ihnen|dir|euch ~0-2 ${SEEMS}`,
    // „Ganz wie es sich für dich gut anfühlt“: the choice left to the reader, their feeling taken as the measure.
    unlessEarlier: ['ganz', 'genau'],
    hit: 'Die Sanierung ist halb so wild, wie es für dich klingt.',
    miss: 'Die Sanierung dauert länger, als es im Plan steht.',
  },
  {
    id: 'komplizierter-machen-als-es-ist',
    pattern: `${WHO} @machen ~0-5 komplizierter|schwieriger|schwerer|aufwendiger|aufwändiger|größer|dramatischer , als`,
    hit: 'Sie machen die Umstellung größer, als sie ist.',
    miss: 'Wir machen die Umstellung nicht größer als nötig.',
  },
  {
    // "Ich schicke nicht wegen jeder Kleinigkeit einen Monteur raus": the reader's concern shrunk to a trifle, said of
    // calling or coming ("nicht für jede Kleinigkeit eine Anfahrt berechnen" is kind and stays quiet).
    id: 'nicht-wegen-jeder-kleinigkeit',
    pattern:
      'nicht|niemanden|keinen ~0-3 wegen|für|bei jeder|jede|jedem kleinigkeit|lappalie|kleinkram|wehwehchen|kratzer ~0-3 anrufen|melden|schreiben|nachfragen|vorbeikommen|vorbeischicken|rausschicken|rausfahren|vorbeifahren|kommen|raus|vorbei|an',
    hit: 'Ich schicke nicht wegen jeder Kleinigkeit einen Monteur raus.',
    miss: 'Wir berechnen nicht für jede Kleinigkeit eine Anfahrt.',
  },
  {
    id: 'nicht-jede-kleinigkeit',
    pattern:
      'nicht jede|jeden|jedes kleinigkeit|fehlermeldung|kleinkram|lappalie|wehwehchen|kratzer ~0-6 weiterleiten|abstimmen|melden|nachfragen|besprechen|schicken|diskutieren|reklamieren|beanstanden|hinterfragen',
    hit: 'Ihr müsst uns nicht jeden Kratzer am Lack melden.',
    miss: 'Nicht jeder Kratzer ist ein Mangel, den wir beheben müssen; wir prüfen ihn gern.',
  },
  {
    id: 'kein-thema-fuer-eine-eigene-mail',
    pattern:
      'kein|keine thema|grund|anlass|sache für eine|einen eigene|eigenen|extra|separate|gesonderte mail|e-mail|nachricht|beschwerde|besprechung|termin|anruf',
    hit: 'Ein Komma im Flyer ist kein Anlass für einen eigenen Termin.',
    miss: 'Für ein Thema dieser Größe vereinbaren wir gern einen eigenen Termin.',
  },
  {
    id: 'auf-dem-holzweg',
    pattern: `${WHO}|<yours> ~0-6 auf dem holzweg`,
    hit: 'Mit dieser Theorie bist du auf dem Holzweg.',
    miss: 'Wir waren mit der ersten Idee auf dem Holzweg, sorry.',
  },
  {
    id: 'etwas-durcheinandergebracht',
    pattern: `${WHO} @haben ~0-2 da|offenbar|wohl|offensichtlich|anscheinend ~0-2 etwas|einiges|was|da|das ~0-1 durcheinandergebracht|verwechselt|missverstanden|durcheinandergeworfen`,
    hit: 'Du hast da offenbar einiges durcheinandergebracht.',
    miss: 'Du hast da nichts durcheinandergebracht, der Fehler lag bei uns.',
  },
  {
    id: 'nicht-meine-aufgabe-ihnen-beizubringen',
    pattern:
      'nicht meine|unsere aufgabe|job ~0-1 , =Ihnen|dir|euch ~0-6 beizubringen|zu+erklären|zu+erläutern|zu+vermitteln',
    hit: 'Es ist nicht unsere Aufgabe, dir das Einmaleins der Buchhaltung beizubringen.',
    miss: 'Es ist unsere Aufgabe, Ihnen die Unterlagen zu erklären, und das tun wir gern.',
  },
  {
    id: 'wer-x-muss-damit-rechnen',
    pattern: '^wer ~1-6 , muss|sollte|darf ~0-3 mit ~1-4 rechnen',
    hit: 'Wer im Winter baut, muss eben mit Verzögerungen rechnen.',
    miss: 'Wer im Winter baut, bekommt von uns eine beheizte Plane.',
  },
  {
    id: 'ist-keine-schande',
    pattern: '@sein (ja|doch|wirklich|auch) keine schande',
    hit: 'Dass du mit der Steuer nicht klarkommst, ist ja keine Schande.',
    miss: 'Wir schämen uns nicht, Fehler zuzugeben.',
  },
  {
    id: 'spaetestens-sollte-man-es-wissen',
    pattern: `spätestens ~1-6 sollte|müsste|sollten|müssten|solltest|müsstest man|${WHO} ~0-3 wissen|kennen|verstanden|begriffen`,
    hit: 'Spätestens nach dem dritten Jahr sollte man das wissen.',
    miss: 'Spätestens am Freitag sollten Sie die Unterlagen haben.',
  },
  {
    id: 'sie-interpretieren-zu-viel',
    pattern: `${WHO} @interpretieren|@deuten|hineininterpretieren ~0-2 zu|viel+zu|entschieden+zu viel`,
    hit: 'Du interpretierst da viel zu viel in einen Halbsatz.',
    miss: 'Du liest da zu viel, gönn dir eine Pause.',
  },
  {
    // „Da würde ich nicht so viel hineininterpretieren“: die Sorge der Leserin als Überdeutung abgetan.
    id: 'nicht-so-viel-hineininterpretieren',
    pattern:
      'nicht|nichts (so+viel|zu+viel|allzu+viel|viel|so+viel+weiteres) hineininterpretieren|hineinlesen|reininterpretieren',
    hit: 'Ich würde in seine Bemerkung nicht so viel hineininterpretieren.',
    miss: 'Ich würde in die Ausschreibung gern noch die Fristen hineinschreiben.',
  },
  {
    // „Die anderen Eigentümer haben sich auch nicht beschwert“: die Beschwerde gegen die Stille der anderen gestellt.
    id: 'andere-nicht-beschwert',
    pattern: 'anderen|andere ~0-5 nicht|nie|noch+nie ~0-2 beschwert|beklagt|gestört|gemeckert|beanstandet',
    // „…, im Gegenteil: alle waren begeistert“: good news about the others, not an answer to a complaint.
    unlessLater: ['gegenteil', 'begeistert', 'zufrieden', 'glücklich', 'gefreut', 'gelobt', 'geschwärmt'],
    hit: 'Die anderen Mieter haben sich bisher nicht beschwert.',
    miss: 'Die anderen Mieter haben sich bereits über den Lärm beschwert.',
  },
  {
    id: 'kein-anderer-beschwert',
    pattern:
      'kein+anderer|keine+andere|kein+einziger|keine+einzige|sonst+niemand|sonst+keiner|niemand+sonst|niemand+anderes ~0-5 beschwert|beklagt|gestört|gemeckert|beanstandet',
    unlessLater: ['gegenteil', 'begeistert', 'zufrieden', 'glücklich', 'gefreut', 'gelobt', 'geschwärmt'],
    hit: 'Bisher hat sich noch kein anderer Kunde darüber beschwert.',
    miss: 'Bisher hat sich noch kein anderer Kunde für den Termin gemeldet.',
  },
  {
    // „das Knacken … bilden Sie sich vermutlich ein“: die Wahrnehmung der Leserin als Einbildung abgetan.
    id: 'bilden-sie-sich-ein',
    pattern: '@einbilden =Sie|du|ihr',
    hit: 'Das Knacken bilden Sie sich vermutlich ein.',
    miss: 'Auf das neue Tretlager bilden wir uns etwas ein, das hält ewig.',
  },
  {
    id: 'dass-sie-sich-einbilden',
    pattern: '=Sie|du|ihr ~0-2 sich|dir|euch|das ~0-4 nur|bloß|vermutlich|wohl einbilden|eingebildet',
    hit: 'Ich glaube, dass Sie sich das Geräusch nur einbilden.',
    miss: 'Ich glaube, dass Sie sich auf das Ergebnis etwas einbilden dürfen.',
  },
  {
    // „Für solche Kleinigkeiten haben wir keine Kapazität“: das Anliegen als Kleinkram abgetan.
    id: 'fuer-solche-kleinigkeiten',
    pattern: 'für|mit solche|solchen|derartige|derartigen kleinigkeiten|lappalien|bagatellen|petitessen|kleinkram',
    hit: 'Ehrlich gesagt haben wir für solche Kleinigkeiten in der Hochsaison keine Kapazität.',
    miss: 'Für diese Kleinigkeiten im Anhang danke ich Ihnen herzlich.',
  },
  {
    // „das subjektive Empfinden einzelner Kunden“: die Beschwerde zur bloßen Empfindung erklärt.
    id: 'subjektives-empfinden',
    pattern: 'subjektive|subjektiven|subjektives empfinden|eindruck|wahrnehmung',
    hit: 'Für das subjektive Empfinden einzelner Kunden können wir keine Verantwortung übernehmen.',
    miss: 'Für das Empfinden der Kunden ist uns die Beratung wichtig.',
  },
  {
    id: 'so-empfindlich-reagieren',
    pattern: `${WHO} ~0-4 so|derart|dermaßen empfindlich|gereizt|dünnhäutig|emotional|heftig|allergisch @reagieren`,
    hit: 'Ihr müsst nicht gleich so gereizt reagieren.',
    miss: 'Ihr habt so schnell reagiert, danke.',
  },
  {
    id: 'ist-doch-etwas-ueberzogen',
    pattern: '@sein doch (etwas|ein+wenig|ein+bisschen|ziemlich|reichlich|leicht) überzogen|übertrieben|überdreht',
    hit: 'Das ist doch ein wenig übertrieben, oder?',
    miss: 'Das ist etwas übertrieben formuliert von mir, sorry.',
  },
  {
    id: 'ueber-ein-paar-euro-diskutieren',
    pattern:
      'über|um ein|die|diese paar|läppische|läppischen|lächerliche|lächerlichen euro|cent|franken|minuten|tage ~0-4 diskutieren|streiten|feilschen',
    hit: 'Um die paar Franken müssen wir nicht streiten.',
    miss: 'Über ein paar Tage Urlaub im Mai reden wir gern.',
  },
  {
    id: 'ich-buchstabiere-es-ihnen',
    pattern: 'buchstabiere|buchstabieren (ich|wir) es|das|dies =Ihnen|dir|euch',
    hit: 'Gern buchstabiere ich es dir noch einmal.',
    miss: 'Gern buchstabiere ich Ihnen den Firmennamen am Telefon.',
  },
  {
    id: 'an-ihrer-stelle-uns-ueberlassen',
    pattern: 'an =Ihrer|deiner|eurer stelle ~0-4 uns|mir|den|dem ~0-2 überlassen',
    hit: 'Die Auswahl der Dübel würde ich an deiner Stelle uns überlassen.',
    miss: 'An Ihrer Stelle würde ich den Termin im Mai nehmen.',
  },
  {
    id: 'die-meisten-waeren-dankbar',
    pattern: `die+meisten|andere|jeder+andere|jede+andere ~0-1 (${OTHERS}) wären|wäre|sind ~0-5 dankbar|froh|glücklich`,
    hit: 'Andere Kunden wären über einen Gratis-Service froh.',
    miss: 'Andere Kunden sind mit dem Service ebenfalls zufrieden.',
  },
  {
    id: 'darueber-muss-man-sich-nicht-aufregen',
    pattern: 'muss|braucht man sich ~0-3 nicht ~0-2 aufregen|aufzuregen|ärgern|zu+ärgern|echauffieren',
    hit: 'Über ein Komma muss man sich nicht aufregen.',
    miss: 'Über ein Komma muss man sich nicht wundern.',
  },
  {
    id: 'grundsaetzlich-missverstanden',
    pattern: `${WHO} @haben ~0-5 grundsätzlich|grundlegend|völlig|komplett|gründlich|total missverstanden|falsch+verstanden|verkannt`,
    hit: 'Sie haben die Regelung grundlegend missverstanden.',
    miss: 'Sie haben die Regelung richtig verstanden.',
  },
  {
    id: 'haette-man-sich-denken-koennen',
    pattern: 'hätte|hätten|hättest|hättet man|=Sie|du|ihr ~0-3 (sich|dir|euch) (auch|eigentlich) denken|ahnen können',
    hit: 'Das hättest du dir auch denken können.',
    miss: 'Das hättest du uns auch sagen können, kein Problem.',
  },
  {
    id: 'liegt-doch-auf-der-hand',
    pattern: '@liegen doch|ja auf der hand',
    hit: 'Der Grund liegt doch auf der Hand.',
    miss: 'Die Vorteile liegen auf der Hand, wir zeigen sie Ihnen gern.',
  },
  {
    id: 'sie-verrennen-sich',
    pattern: `${WHO} verrennen|verrennst|verrennt|verrannt ~0-3 sich|dich|euch`,
    hit: 'Ich fürchte, Sie verrennen sich da in eine Idee.',
    miss: 'Wir verrennen uns nicht, versprochen.',
  },
  // Die Summe kleinreden, um die es der Leserin geht: "wegen der paar Euro".
  {
    id: 'wegen-der-paar-euro',
    pattern:
      'wegen+der|wegen+den|wegen+dieser|wegen+ein|wegen ~0-1 paar|läppisch*|lächerlich*|popelig* euro|cent|franken|minuten|tage|tagen|stunden|kratzer|millimeter|zentimeter',
    hit: 'Wegen der paar Minuten Verspätung müssen wir nicht diskutieren.',
    miss: 'Wegen der Verspätung von zwanzig Minuten entschuldige ich mich.',
  },
  {
    id: 'die-paar-euro-sind-nicht-der-rede-wert',
    pattern:
      'paar|läppischen|lächerlichen euro|cent|franken|minuten|tage ~0-6 nicht+der+rede+wert|kaum+der+rede+wert|verschmerzen|verschmerzbar|kein+thema|halb+so+wild',
    hit: 'Die paar Cent Porto sind wirklich kaum der Rede wert.',
    miss: 'Die paar Tage bis zur Lieferung überbrücken wir mit einer Leihmaschine.',
  },
  // Mit anderen Kunden vergleichen, die "problemlos zurechtkommen".
  {
    id: 'die-meisten-kunden-kommen-zurecht',
    pattern: `die+meisten|andere|alle+anderen|unsere+anderen|jeder+andere ~0-1 ${OTHERS} ~0-5 problemlos|mühelos|ohne+probleme|ohne+hilfe|allein|alleine|selbstständig|spielend|auch ~0-3 zurecht|klar|hin|schaffen|schafft|verstehen|versteht`,
    hit: 'Die meisten Mandanten kommen mit dem Upload problemlos zurecht.',
    miss: 'Die meisten Mandanten laden die Belege im Januar hoch.',
  },
  // "Eine Passwortänderung, kein Hexenwerk": die Aufgabe samt Urteil.
  {
    id: 'ist-ein-x-kein-hexenwerk',
    pattern:
      'das|es|dies @sein ein|eine|einen ~1-4 , kein|keine hexenwerk|raketenwissenschaft|hexerei|zauberei|herzchirurgie',
    hit: 'Das ist ein Zählerstand, keine Raketenwissenschaft.',
    miss: 'Das ist ein Zählerstand, den wir bis Freitag brauchen.',
  },
  {
    id: 'wie-man-wissen-sollte',
    pattern: 'wie man ~0-4 wissen|kennen sollte|müsste|dürfte',
    hit: 'Wie man als Vermieterin wissen sollte, ist die Kaution getrennt anzulegen.',
    miss: 'Wie man die Kaution anlegt, erkläre ich Ihnen gern.',
  },
  // Die Worte der Leserin in spitzen Fingern: "Ihr sogenannter Notfall", "wie Sie es nennen".
  {
    id: 'ihr-sogenannter',
    pattern: '<yours> ~0-1 sogenannt*|so+genannt*',
    hit: 'Ich habe mir Ihren sogenannten Notfall angesehen.',
    miss: 'Ich habe mir den sogenannten Ringanker angesehen.',
  },
  {
    id: 'wie-sie-es-nennen',
    pattern: `, wie ${WHO} ~0-1 es|das|sie|ihn (so) (schön|gern|gerne) nennen|nennst|nennt|bezeichnen|bezeichnest|bezeichnet`,
    hit: 'Ihr Notfall, wie Sie es nennen, war ein lockeres Kabel.',
    miss: 'Wir nennen es Notfallplan, wie Sie wissen.',
  },
  {
    id: 'ihre-kleine-tabelle',
    pattern:
      '=Ihre|=Ihr|=Ihren|=Ihrer|deine|dein|deinen|eure|euer kleine|kleinen|kleines|kleiner|hübsche|hübschen|hübsches|nette|netten tabelle|skizze|zeichnung|recherche|theorie|berechnung|rechnung|liste|aufstellung|excel*|notiz*|zettel|kalkulation|exceltabelle|powerpoint',
    hit: 'Ihre kleine Tabelle ist nicht, wie wir Honorare berechnen.',
    miss: 'Ihre kleine Tochter hat uns ein Bild gemalt.',
  },
  // Halbwissen aus dem Netz gegen die Fachleute.
  {
    id: 'was-sie-im-internet-gelesen-haben',
    pattern: `${WHO} ~0-3 im+internet|im+netz|bei+google|auf+youtube|in+einem+forum|in+foren|auf+instagram|auf+tiktok|bei+facebook ~0-3 gelesen|gesehen|gefunden|aufgeschnappt|erfahren`,
    hit: 'Was auch immer Sie im Internet gelesen haben, die Norm gilt.',
    miss: 'Die Norm können Sie im Internet nachlesen.',
  },
  {
    id: 'halbwissen',
    // "Mein Halbwissen": the writer's own modesty.
    unlessBefore: ['mein', 'meinem', 'meinen', 'unser', 'unserem', 'unseren'],
    pattern:
      'halbwissen|internetwissen|google-wissen|forenwissen|youtube-wissen|stammtischwissen|google-recherche|internetrecherche|google-studium|youtube-studium',
    hit: 'Mit Halbwissen aus Foren kommen wir hier nicht weiter.',
    miss: 'Mit Fachwissen aus der Praxis kommen wir weiter.',
  },
  {
    id: 'tipps-aus-dem-netz-ersetzen-keinen',
    pattern:
      'google|youtube|internet|netz|forum|foren|facebook*|instagram|tiktok|chatgpt|video|videos|tutorial* ~0-5 ersetzt|ersetzen|ersetzte @kein|niemand|nicht',
    hit: 'Tipps aus einer Facebook-Gruppe ersetzen keinen Sachverständigen.',
    miss: 'Das Video zeigt den Aufbau Schritt für Schritt.',
  },
  // Die Sorge der Leserin als Grübelei, auch im Verb-zweit-Satz: "Da machst du dir zu viele Gedanken".
  {
    // „Ein bisschen Staub gehört bei einer Sanierung nun mal dazu“: die Beschwerde als Normalfall abgetan.
    id: 'gehoert-nun-mal-dazu',
    pattern: 'gehört|gehören ~0-5 nun+mal|numal|halt|eben dazu',
    hit: 'Ein bisschen Staub gehört bei einer Sanierung nun mal dazu.',
    miss: 'Ein Abschlussbericht gehört bei uns immer dazu.',
  },
  {
    id: 'machst-du-dir-zu-viele-gedanken',
    pattern: `^da|dabei|damit|darum|darüber @machen ${WHO} sich|dich|dir|euch (echt|ehrlich+gesagt|wirklich|schlicht) zu|viel+zu|unnötig viele|viel|unnötige|unnötig gedanken|sorgen|stress|kopf|einen+kopf`,
    hit: 'Da machen Sie sich ehrlich gesagt zu viele Gedanken um die Fugenfarbe.',
    miss: 'Da machen Sie sich Gedanken um die Fugenfarbe, das freut mich.',
  },
  // Die Aufregung der Leserin als unnötig abtun: "darüber müssen Sie sich nicht aufregen".
  {
    id: 'muessen-sich-nicht-aufregen',
    pattern: `@müssen|@brauchen ${WHO} (sich|dich|euch) ~0-3 nicht|kein ~0-1 aufregen|aufzuregen|echauffieren|zu+echauffieren`,
    hit: 'Über zwei Tage Verzug müssen Sie sich doch nicht aufregen.',
    miss: 'Über zwei Tage Verzug müssen Sie sich nicht sorgen, wir holen das auf.',
  },
  // Der Mangel, den die Leserin anspricht, als unsichtbar: "das merkt doch keiner".
  {
    id: 'merkt-doch-keiner',
    pattern:
      'merkt|sieht|bemerkt|bemerken|merken ~0-4 doch|eh|sowieso|ohnehin keiner|niemand|kein+mensch|keine+sau|kein+gast|kein+kunde|kaum+jemand|kaum+einer',
    hit: 'Die kleine Stufe an der Schwelle merkt doch keiner.',
    miss: 'Die Naht sieht später keiner mehr, sobald der Sockel montiert ist.',
  },
  {
    id: 'faellt-doch-niemandem-auf',
    pattern: 'fällt doch|eh|sowieso niemandem|keinem|keinem+menschen|keinem+gast auf',
    hit: 'Der Farbunterschied an der Decke fällt doch niemandem auf.',
    miss: 'Der Farbunterschied an der Decke fällt auf, wir streichen nach.',
  },
  {
    // „Das fällt außer Ihnen niemandem auf“: die Sorge der Leserin als ihre Eigenheit abgetan.
    id: 'ausser-ihnen-niemandem',
    pattern: 'außer =Ihnen|dir|euch ~0-1 niemandem|keinem|keiner+menschenseele auf',
    hit: 'Der Kratzer am Rahmen fällt außer Ihnen wirklich niemandem auf.',
    miss: 'Außer Ihnen hat sich bisher niemand für die Führung angemeldet.',
  },
  {
    // „Außer dir merkt das doch keiner“: dasselbe mit dem Verb vorn.
    id: 'ausser-dir-merkt-keiner',
    pattern:
      'außer =Ihnen|dir|euch @merken|@bemerken|@sehen|@stören|@interessieren ~0-3 niemand|keiner|keinen|niemanden',
    hit: 'Außer dir merkt den Kratzer doch keiner.',
    miss: 'Außer dir kennt den Code für das Tor niemand, bitte gib ihn nicht weiter.',
  },
  {
    // „Da steigern Sie sich gerade ein bisschen rein“: die Sorge der Leserin als Übertreibung abgetan.
    id: 'da-steigern-sie-sich-rein',
    pattern: '@reinsteigern|@hineinsteigern =Sie|du|ihr =sich|dich|euch',
    hit: 'Da steigern Sie sich gerade ein bisschen rein.',
    miss: 'Da steigern Sie den Wert der Wohnung gerade ein gutes Stück.',
  },
  {
    // „Sie müssen sich da nicht so reinsteigern“: dasselbe im Infinitiv.
    id: 'sich-reinsteigern',
    pattern: '=Sie|du|ihr ~0-4 =sich|dich|euch ~0-4 reinsteigern|hineinsteigern|reinzusteigern|hineinzusteigern',
    hit: 'Sie müssen sich da nicht so reinsteigern.',
    miss: 'Wir müssen uns da erst einmal einlesen.',
  },
  // Die Leserin als kleinlich: "wir müssen uns nicht an einem Wort aufhalten".
  {
    id: 'nicht-an-kleinigkeiten-aufhalten',
    pattern:
      'uns|dich|sich|euch ~0-2 nicht (lange|weiter) an|mit|bei ~1-4 aufhalten|aufhängen|festbeißen|festbeissen|hochziehen',
    hit: 'Wir sollten uns nicht lange an einem Komma im Angebot aufhalten.',
    miss: 'Wir halten uns an die vereinbarten Termine.',
  },
  {
    id: 'macht-niemanden-zum-experten',
    pattern: `macht|machen ~0-2 (noch) niemanden|keinen|einen|sie|dich|euch ~0-1 zum|zur ${EXPERTS}|steuerexpert*|bauexpert*|rechtsexpert*|finanzexpert*|steuerprofi*|fachanwalt`,
    hit: 'Eine Suche im Netz macht noch niemanden zum Steuerexperten.',
    miss: 'Die Weiterbildung macht Sie zur Fachwirtin.',
  },

  // Die Formen der englischen Konstruktionen auf Deutsch (npm run translated -- en dismissive).
  {
    id: 'entspannen-sie-sich-ausruf',
    pattern: '^entspannen+=Sie+sich|entspann+dich|entspannt+euch !',
    hit: 'Entspannen Sie sich! Die Lieferung ist nur zwei Tage zu spät.',
    miss: 'Entspannen Sie sich im Urlaub gut.',
  },
  {
    id: 'zu-persoenlich-nehmen',
    pattern: '=Sie|du|ihr nehmen|nimmst|nehmt ~1-4 (viel) zu persönlich',
    hit: 'Sie nehmen das Feedback zum Logo zu persönlich.',
    miss: 'Nehmen Sie das bitte nicht persönlich, es lag an uns.',
  },
  {
    id: 'probleme-wo-keine-sind',
    pattern: 'probleme|gespenster|gefahren (,) wo keine sind|es+keine+gibt',
    hit: 'Sie sehen Probleme, wo keine sind.',
    miss: 'Wir lösen Probleme, wo sie entstehen.',
  },
  {
    id: 'wegen-nichts-verrueckt',
    pattern:
      'wegen|um|über nichts ~0-3 verrückt|aufgeregt|gesorgt|aufregen|sorgen|verrückt+gemacht|den+kopf+zerbrochen',
    hit: 'Ehrlich gesagt haben Sie sich wegen nichts verrückt gemacht.',
    miss: 'Wir haben uns um nichts weiter gekümmert als um die Fenster.',
  },
  {
    id: 'aus-x-eine-krise-machen',
    pattern: '@machen aus ~1-5 eine|einen|ein krise|drama|staatsaffäre|katastrophe|weltuntergang|riesenproblem',
    hit: 'Sie machen aus einer Verzögerung von zwei Tagen eine Krise.',
    miss: 'Wir machen aus dem Keller einen Hobbyraum.',
  },
  {
    id: 'nicht-gleich-vom-schlimmsten',
    pattern: 'nicht (gleich|immer|sofort|direkt) vom schlimmsten|das+schlimmste',
    hit: 'Sie müssen nicht gleich vom Schlimmsten ausgehen.',
    miss: 'Das Schlimmste ist überstanden, die Heizung läuft.',
  },
  {
    id: 'nicht-gleich-uebertreiben',
    pattern: 'nicht gleich|direkt|sofort übertreiben|überreagieren|dramatisieren',
    hit: 'Wir sollten wegen einer Lieferung nicht gleich übertreiben.',
    miss: 'Wir wollten mit der Deko nicht übertreiben, sagen Sie uns Ihre Meinung.',
  },
  {
    id: 'kaum-ein-grund-sich-aufzuregen',
    pattern:
      'kaum|nicht+wirklich ein|einen grund ~0-3 aufzuregen|zur+aufregung|zur+sorge|sich+zu+sorgen|zu+sorgen|sich+aufzuregen',
    hit: 'Ein verspäteter Container ist kaum ein Grund, sich aufzuregen.',
    miss: 'Ein verspäteter Container ist kaum ein Problem für uns.',
  },
  {
    id: 'nicht-gerade-eine-krise',
    pattern: 'nicht|kaum gerade|wirklich eine|ein krise|drama|katastrophe|weltuntergang|staatsaffäre',
    hit: 'Ein verspäteter Kurier ist nicht gerade eine Krise.',
    miss: 'Ein verspäteter Kurier ist ärgerlich, das verstehen wir.',
  },
  {
    id: 'reaktion-unverhaeltnismaessig',
    pattern:
      '<yours> reaktion|antwort|beschwerde|mail|ton|aufregung ~0-4 (etwas|ein+wenig|leicht|ziemlich) unverhältnismäßig|überzogen|übertrieben',
    hit: 'Ihre Reaktion auf die Wandfarbe ist etwas unverhältnismäßig.',
    miss: 'Ihre Reaktion auf die Wandfarbe hat uns sehr gefreut.',
  },
  {
    id: 'in-ganz-einfachen-worten',
    pattern:
      'in ganz|sehr einfachen|simplen worten|wörtern|ganz+einfache+wörter|ganz+einfache+worte|verständlichem+deutsch',
    hit: 'Ich sage es Ihnen in ganz einfachen Worten.',
    miss: 'Ich fasse den Vertrag in einer kurzen Übersicht zusammen.',
  },
  {
    id: 'muss-ich-das-buchstabieren',
    pattern: 'muss|soll ich =Ihnen|dir|euch das|es ~0-2 buchstabieren|vorbuchstabieren',
    hit: 'Muss ich Ihnen das wirklich erst buchstabieren?',
    miss: 'Soll ich Ihnen den Namen buchstabieren?',
  },
  {
    id: 'damit-sie-mitkommen',
    pattern: 'damit|sodass =Sie|du|ihr (auch) mitkommen|mitkommst|mitkommt',
    hit: 'Ich sage es noch einmal, damit Sie mitkommen.',
    miss: 'Ich warte am Tor, damit Sie mitkommen können.',
  },
  {
    id: 'langsam-durchgehen',
    pattern: 'ich gehe ~0-3 (ganz|sehr) langsam durch',
    hit: 'Ich gehe das hier langsam durch.',
    miss: 'Ich gehe den Plan am Montag mit Ihnen durch.',
  },
  {
    id: 'jedes-schulkind-koennte',
    pattern:
      'jedes|ein|selbst+ein|sogar+ein schulkind|kind|zehnjähriges+kind|grundschulkind|erstklässler|kleinkind|teenager könnte|kann|würde|schafft',
    hit: 'Jedes Schulkind könnte ein Backup einrichten.',
    miss: 'Jedes Kind bekommt am Ende ein kleines Geschenk.',
  },
  {
    id: 'selbst-mein-neffe-koennte',
    pattern:
      'selbst|sogar mein|meine|unser|unsere ~0-3 neffe|nichte|sohn|tochter|kinder|enkel|enkelin|praktikant|azubi ~0-3 könnte|könnten|kann|schafft|würde',
    hit: 'Selbst mein Neffe im Teenageralter könnte den Router einrichten.',
    miss: 'Mein Neffe könnte am Samstag beim Umzug helfen.',
  },
  {
    id: 'in-einer-minute-einrichten',
    pattern:
      'mein|meine neffe|nichte|sohn|tochter|kind|enkel|enkelin könnte|kann|schafft das|es ~0-3 in+einer+minute|in+fünf+minuten|im+schlaf|mit+links|im+handumdrehen|nebenbei',
    hit: 'Mein Neffe könnte das in einer Minute einrichten.',
    miss: 'Mein Neffe könnte das Auto am Montag abholen.',
  },
  {
    id: 'jeder-der-schon-einmal-hinbekommen',
    pattern:
      '^jeder|jede|wer (,) (der|die) schon+einmal|schon+mal|jemals ~1-6 hinbekommen|hinkriegen|hin|schaffen|schafft|würde+das|kann+das|bekommt+das',
    hit: 'Jeder, der schon einmal einen Computer benutzt hat, würde das hinbekommen.',
    miss: 'Jeder, der schon einmal bei uns war, ist herzlich eingeladen.',
  },
  {
    id: 'gesunder-menschenverstand',
    pattern: 'gesunde+menschenverstand|gesunden+menschenverstand|gesunder+menschenverstand|gesundem+menschenverstand',
    hit: 'Bitte nutzen Sie bei der Buchung Ihren gesunden Menschenverstand.',
    miss: 'Bitte nutzen Sie bei der Buchung unseren Kalender.',
  },
  {
    id: 'gehoert-zum-grundwissen',
    pattern: 'gehört|gehören ~0-2 zum|zu+den grundwissen|einmaleins|abc|grundlagen|basiswissen',
    hit: 'Es gehört zum Grundwissen, dass Backups auf ein zweites Laufwerk gehören.',
    miss: 'Zum Paket gehört auch eine Einweisung vor Ort.',
  },
  {
    id: 'gerade-sie-sollten-wissen',
    pattern: '^gerade|ausgerechnet =Sie|du|ihr sollten|solltest|solltet|müssten|müsstest ~0-4 wissen|kennen',
    hit: 'Gerade Sie sollten die Regeln kennen.',
    miss: 'Gerade haben wir die Regeln geändert.',
  },
  {
    id: 'sollten-natuerlich-wissen',
    pattern: '=Sie|du|ihr sollten|solltest|solltet doch|natürlich|ja ~0-3 wissen|kennen',
    hit: 'Sie sollten natürlich wissen, dass die Anzahlung nicht erstattet wird.',
    miss: 'Sie sollten wissen, dass wir im August Urlaub machen.',
  },
  {
    id: 'falls-es-ihnen-entgangen-ist',
    pattern: 'falls|wenn|sofern es|das =Ihnen|dir|euch entgangen|nicht+aufgefallen',
    hit: 'Falls es Ihnen entgangen sein sollte: Die Frist ist gestern abgelaufen.',
    miss: 'Falls es Ihnen recht ist, kommen wir am Montag.',
  },
  {
    id: 'ist-ihnen-nicht-bewusst',
    pattern: 'ist =Ihnen|dir|euch (offenbar|wohl|offensichtlich|anscheinend) nicht bewusst',
    hit: 'Möglicherweise ist Ihnen nicht bewusst, dass hier eine Genehmigung nötig ist.',
    miss: 'Ist Ihnen bewusst, wie sehr wir uns über Ihre Nachricht gefreut haben?',
  },
  {
    id: 'finger-weg-von',
    pattern: 'lassen =Sie|lass|lasst ~0-2 die finger von|weg',
    hit: 'Lassen Sie die Finger von der Elektrik.',
    miss: 'Lassen Sie die Fenster über Nacht offen.',
  },
  {
    id: 'ueberlassen-sie-fachleuten',
    pattern:
      '^(bitte) überlassen =Sie|überlass|überlasst ~1-5 uns|leuten|fachleuten|profis|fachkraft|fachmann|experten|elektriker|anwälten',
    hit: 'Bitte überlassen Sie die technischen Entscheidungen uns.',
    miss: 'Bitte überlassen Sie uns den Schlüssel bis Freitag.',
  },
  {
    id: 'fragen-sie-lieber-uns',
    pattern: 'fragen =Sie|frag|fragt ~0-1 lieber|besser uns|mich als google|das+internet|chatgpt|ein+forum',
    hit: 'Fragen Sie lieber uns als Google.',
    miss: 'Fragen Sie lieber uns als den Nachbarn, wir kennen die Anlage.',
  },

  {
    // „was Ihnen als Laie natürlich nicht bekannt sein kann“: die Leserin als Laie abgestempelt.
    id: 'als-laie-nicht',
    pattern:
      'als laie|laiin|laien|nichtfachmann|nichtfachfrau|außenstehende|außenstehender ~0-4 nicht|kaum|unmöglich|naturgemäß',
    hit: 'Das können Sie als Laie natürlich nicht wissen.',
    miss: 'Das können Sie als Bauherrin natürlich jederzeit fragen.',
  },
  {
    // „da machst du dir ehrlich gesagt zu viele Gedanken“, auch mitten im Satz.
    id: 'da-machst-du-dir-zu-viele-gedanken',
    pattern: `da|dabei|damit|darum|darüber @machen ${WHO} sich|dich|dir|euch (echt|ehrlich+gesagt|wirklich|schlicht|einfach) zu|viel+zu|unnötig viele|viel|unnötige|unnötig gedanken|sorgen|stress|kopf|einen+kopf`,
    hit: 'Die Fuge hält, da machst du dir echt zu viele Gedanken.',
    miss: 'Die Fuge hält, da machst du dir sicher schon Gedanken über die Farbe.',
  },
  // Das Anliegen der Leserin nur quittiert: „Ihre Einwände haben wir zur Kenntnis genommen.“ Wer prüft oder
  // antwortet, nimmt es ernst und bleibt frei.
  {
    id: 'zur-kenntnis-genommen',
    pattern: `<yours> ${CONCERN}|anmerkungen|einwendungen|hinweise|wünsche|änderungswünsche ~0-5 zur+kenntnis @nehmen`,
    unlessLater: TAKEN_UP,
    unlessEarlier: THANKED,
    hit: 'Ihre Einwände zum Dachausbau haben wir zur Kenntnis genommen.',
    miss: 'Ihre Einwände zum Dachausbau haben wir zur Kenntnis genommen und prüfen sie bis Freitag.',
  },
  {
    id: 'zur-kenntnis-genommen-vorn',
    pattern: `@haben|@nehmen ~0-2 <yours> ${CONCERN}|anmerkungen|einwendungen|hinweise|wünsche|änderungswünsche ~0-3 zur+kenntnis`,
    unlessLater: TAKEN_UP,
    unlessEarlier: THANKED,
    hit: 'Wir haben Ihre Bedenken zur Kenntnis genommen.',
    miss: 'Wir haben Ihre Bedenken zur Kenntnis genommen und besprechen sie am Montag mit dem Statiker.',
  },
  // Die Leserin als Laie, dem das Fach fremd ist: „Für Laien klingt das ungewohnt.“
  {
    id: 'fuer-laien-ungewohnt',
    pattern:
      'für|als laien|laie|nichtfachleute|nicht-fachleute|außenstehende|fachfremde ~0-6 ungewohnt|kompliziert|verwirrend|unverständlich|schwierig|missverständlich|seltsam|befremdlich|undurchsichtig|schwer+verständlich|schwer+zu+verstehen',
    hit: 'Für Laien wirkt so ein Grundbuchauszug natürlich verwirrend.',
    miss: 'Für Laien haben wir eine kurze Übersicht mit Beispielen beigelegt.',
  },
  // „Stellen Sie sich nicht so an“, „die meisten stellen sich da weniger an“: die Reaktion der Leserin als Getue.
  {
    id: 'sich-anstellen',
    pattern:
      'stellen|stellt|stell|stellst|stellte|stellten ~0-2 sich|dich|euch ~0-3 so|weniger|derart|nicht+so (da|dabei|damit) an',
    hit: 'Die meisten Patienten stellen sich bei der Übung weniger an.',
    miss: 'Die meisten Patienten stellen sich bei der Anmeldung kurz an.',
  },
  // Das Gespräch abgewürgt: „Muss man nicht groß diskutieren“, „Ihre Fragen müssen wir nicht Punkt für Punkt
  // durchgehen“, „das machen alle so“. Ein Zugeständnis danach („… – das übernehmen wir natürlich“) bleibt frei.
  {
    id: 'nicht-gross-diskutieren',
    pattern:
      '@müssen|@brauchen man|wir ~0-3 nicht|nichts groß|lange|weiter|länger|extra ~0-1 diskutieren|besprechen|erörtern|debattieren|durchkauen|zu+diskutieren',
    unlessLater: ['übernehmen', 'natürlich', 'selbstverständlich', 'gern', 'gerne', 'erstatten', 'kostenlos', 'recht'],
    hit: 'Das muss man jetzt nicht groß diskutieren, der Zähler bleibt, wo er ist.',
    miss: 'Das müssen wir nicht lange diskutieren, den Zähler versetzen wir natürlich.',
  },
  {
    id: 'nicht-punkt-fuer-punkt',
    pattern:
      '<yours> ~0-8 nicht|kaum ~0-2 punkt+für+punkt|einzeln|im+einzelnen|alle+einzeln ~0-2 durchgehen|beantworten|besprechen|abarbeiten|aufgreifen',
    hit: 'Ihre Anmerkungen zum Entwurf müssen wir nicht Punkt für Punkt durchgehen.',
    miss: 'Unsere Anmerkungen zum Entwurf müssen wir nicht Punkt für Punkt durchgehen.',
  },
  {
    id: 'das-machen-alle-so',
    pattern: 'das|so machen|macht alle|jeder|alle+anderen (das) so $',
    hit: 'Mit dem Passwort ist das eben Standard, das machen alle so.',
    miss: 'Das machen alle so gern, weil es schnell geht.',
  },
  {
    // Die Sorge der Leserin an der Gleichgültigkeit aller anderen gemessen: „Die meisten Kunden merken das gar nicht.“
    id: 'die-meisten-merken-das-nicht',
    pattern: `die+meisten|viele|kaum+ein|kaum+eine (unserer|meiner|der) ${OTHERS}|besitzer|eigentümerinnen|gäste|paare|käufer ~0-3 @merken|@bemerken|@sehen|@stören|@interessieren ~0-3 nicht|nie|kaum|gar+nicht|überhaupt+nicht`,
    hit: 'Die meisten Eigentümer bemerken so eine Fuge gar nicht.',
    miss: 'Die meisten Eigentümer merken den Unterschied schon im ersten Winter.',
  },
  {
    // Das Anliegen als Aufhebens, das die Schreiberin nicht versteht: „Ich verstehe nicht, warum das so ein großes Thema ist.“
    id: 'verstehe-nicht-warum-so-gross',
    pattern:
      '@verstehen|@sehen|weiß|wissen (ehrlich+gesagt|offen+gesagt|wirklich) nicht , warum|was|wieso|weshalb ~0-5 so+ein+großes|so+eine+große|so+schlimm|so+dramatisch|so+tragisch|so+wichtig|so+ein+drama|so+ein+theater|so+ein+problem',
    hit: 'Ich verstehe nicht, warum zwei Tage Verzug so ein großes Problem sind.',
    miss: 'Ich verstehe nicht, warum das Tor klemmt, deshalb schicke ich morgen jemanden vorbei.',
  },
  {
    // Der Ärger der Leserin als zwecklos: „Es bringt nichts, sich darüber aufzuregen.“
    id: 'bringt-nichts-sich-aufzuregen',
    pattern:
      'es|das @bringen nichts|wenig|doch+nichts , sich|dich|euch ~0-5 aufzuregen|zu+ärgern|verrückt+zu+machen|zu+sorgen|zu+beunruhigen',
    hit: 'Es bringt nichts, sich über ein paar Kratzer aufzuregen.',
    miss: 'Es bringt nichts, das Gerüst vor dem Frost aufzustellen.',
  },
  {
    // Andere Kundschaft gegen die Leserin gestellt: „Wir haben auch noch andere Kunden.“
    id: 'wir-haben-auch-andere-kunden',
    pattern: `<self> @haben ja|schließlich|nun+mal|auch|eben|halt (auch) (noch) andere|weitere ${OTHERS}|projekte|aufträge|baustellen`,
    // Andere Kunden als Auskunft: in der Nähe, als Referenz.
    unlessLater: [
      'straße',
      'nähe',
      'gegend',
      'region',
      'viertel',
      'ort',
      'referenz',
      'referenzen',
      'empfehlen',
      'fragen',
    ],
    hit: 'Wir haben schließlich auch noch andere Kunden.',
    miss: 'Wir haben noch andere Kunden in Ihrer Straße, der Wagen ist also ohnehin in der Nähe.',
  },
  {
    // Die Sorge als keinen Schlaf wert abgetan: „Darüber würde ich mir keine grauen Haare wachsen lassen.“
    id: 'keine-grauen-haare',
    pattern: 'keine|keinen ~0-2 grauen+haare|graue+haare|schlaflose+nächte|schlaflosen+nächte',
    hit: 'Wegen der Haarrisse würde ich mir ehrlich keine grauen Haare wachsen lassen.',
    miss: 'Die Haarrisse sind verspachtelt, Sie sehen davon nichts mehr.',
  },
  {
    // Die Sorge als Übertreibung, einer ganzen Gruppe nachgesagt: „Eltern machen sich da oft viel zu viele Gedanken.“
    id: 'gruppe-macht-sich-zu-viele-gedanken',
    pattern:
      'man|eltern|kunden|kundinnen|patienten|patientinnen|leute|laien|viele|die+meisten|anfänger|erstkunden @machen sich ~0-3 zu|viel+zu|unnötig viele|unnötige|unnötig gedanken|sorgen|stress',
    hit: 'Viele machen sich beim ersten Hauskauf viel zu viele Sorgen.',
    miss: 'Viele machen sich beim ersten Hauskauf Sorgen, deshalb erklären wir jeden Schritt.',
  },
  {
    // „Da muss man sich nicht gleich so viele Gedanken machen“: die Sorge für verfrüht erklärt.
    id: 'nicht-gleich-so-viele-gedanken',
    pattern:
      'muss|müssen|musst|braucht|brauchen|brauchst man|=Sie|du|ihr sich|dich|dir|euch ~0-2 nicht|keine gleich (so) viele gedanken|sorgen|einen+kopf',
    hit: 'Wegen der Haarrisse muss man sich nicht gleich so viele Sorgen machen.',
    miss: 'Wegen der Haarrisse müssen Sie sich keine Sorgen machen, wir verspachteln sie am Montag.',
  },
  {
    // Die Sorge als Einbildung: „da haben Sie sich nach ein paar Forenbeiträgen etwas hineingesteigert“.
    id: 'hineingesteigert',
    pattern: '=Sie|du|ihr ~0-8 hineingesteigert|reingesteigert|hineinsteigern|reinsteigern',
    hit: 'Ich glaube, da haben Sie sich nach dem Zeitungsartikel etwas hineingesteigert.',
    miss: 'Sie haben sich hervorragend in das Thema eingearbeitet.',
  },
  {
    // Die Frage des Lesers als Zumutung für Laien: „Solche Detailfragen führen bei Privatkunden nur zu Verwirrung“.
    id: 'fragen-nur-verwirrung',
    pattern:
      'solche|diese|zu+viele|die ~0-1 detailfragen|details|fragen|einzelheiten|fachbegriffe|hintergründe ~0-5 führen|führt|stiften|sorgen|würden ~0-4 nur (für|zu) verwirrung',
    hit: 'Solche Detailfragen führen bei Laien erfahrungsgemäß nur zu Verwirrung.',
    miss: 'Die alte Beschilderung sorgt nur für Verwirrung, wir tauschen sie aus.',
  },
  {
    // Die Antwort verweigert: „deshalb gehe ich darauf nicht weiter ein“.
    id: 'gehe-darauf-nicht-ein',
    pattern: 'gehe|gehen ich|wir darauf|hierauf|dazu (jetzt|hier) nicht (weiter|näher|genauer|im+detail) ein',
    hit: 'Das ist Fachsache, deshalb gehe ich darauf nicht weiter ein.',
    miss: 'Auf die Kosten gehe ich im nächsten Absatz genauer ein.',
  },
  {
    // Wissen, das dem Leser nicht zusteht: „den muss man als Komponist auch nicht im Detail kennen“.
    id: 'muss-man-als-nicht-kennen',
    pattern:
      'muss|müssen|musst|braucht|brauchen|brauchst man|=Sie|du|ihr als ~1-2 (auch) (gar) nicht (im+detail|so+genau|genau|alles) kennen|wissen|verstehen|nachvollziehen|beurteilen',
    hit: 'Die Norm muss man als Bauherr auch nicht im Detail kennen.',
    miss: 'Als Bauherr müssen Sie nur den Antrag unterschreiben.',
  },
];
