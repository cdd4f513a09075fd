import type { PhraseEntry } from '../types';
import { dismissiveStrategies } from './dismissive-strategies';

// Herablassung (Prinzip 1: Wertschätzung; Prinzip 4: blinde Flecken einräumen).
// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@-Verben: jede Form).
const WHO = '=Sie|du|ihr';

export const dismissive: readonly PhraseEntry[] = [
  {
    id: 'offensichtlich',
    pattern: 'offensichtlich|offenkundig|logischerweise',
    unlessWarm: true,

    unlessBefore: ['nicht'],
    hit: 'Das ist offensichtlich ein Missverständnis.',
    miss: 'Das ist ein Missverständnis.',
  },
  {
    id: 'einfach-nur',
    pattern: 'einfach nur',
    suggestions: [''],
    unlessBefore: ['ich', 'wir', 'mich', 'uns', 'war', 'ist', 'sind', 'waren'],
    unlessAfter: [
      'danke',
      'dankeschön',
      'toll',
      'schön',
      'großartig',
      'wunderbar',
      'klasse',
      'super',
      'genial',
      'perfekt',
      'herrlich',
      'traumhaft',
      'fantastisch',
      'begeistert',
      'glücklich',
      'froh',
    ],
    hit: 'Sie müssen das Formular einfach nur ausfüllen.',
    miss: 'Das Formular ist einfach auszufüllen.',
  },
  {
    id: 'wie-jeder-weiss',
    pattern: 'wie jeder|jedermann|allgemein weiß|weiss|bekannt',
    hit: 'Wie jeder weiß, dauert das länger.',
    miss: 'Wie Sie wissen, dauert das länger.',
  },
  {
    id: 'wie-jedes-kind-weiss',
    pattern: 'wie (doch) jedes kind weiß|weiss',
    hit: 'Wie jedes Kind weiß, braucht Beton Zeit zum Trocknen.',
    miss: 'Beton braucht Zeit zum Trocknen, deshalb warten wir bis Montag.',
  },
  {
    id: 'bekanntlich',
    pattern: 'bekanntlich|bekannterweise|bekanntermaßen|bekanntermassen',
    suggestions: [''],
    hit: 'Die Genehmigung dauert bekanntlich mehrere Wochen.',
    miss: 'Die Genehmigung dauert erfahrungsgemäß sechs bis acht Wochen.',
  },
  {
    id: 'haetten-sie-natuerlich-wissen-muessen',
    pattern: `hätten|hättest|hättet ${WHO} ~4 natürlich|selbstverständlich ~4 müssen|sollen`,
    hit: 'Das hätten Sie natürlich wissen müssen.',
    miss: 'Das konnten Sie natürlich nicht wissen.',
  },
  {
    id: 'sie-haetten-natuerlich',
    pattern: '=Sie hätten ~4 natürlich|selbstverständlich ~4 müssen|sollen',
    hit: 'Sie hätten die Frist natürlich im Blick haben müssen.',
    miss: 'Sie können die Frist natürlich gern verlängern lassen.',
  },
  {
    id: 'natuerlich-haetten-sie',
    pattern: `natürlich|selbstverständlich hätten|hättest|hättet ${WHO} ~5 müssen|sollen`,
    hit: 'Natürlich hätten Sie das vorher prüfen müssen.',
    miss: 'Natürlich können Sie das vorher prüfen.',
  },
  {
    id: 'natuerlich-haben-sie-wieder',
    pattern: `natürlich|selbstverständlich @haben|@sein ${WHO} ~3 wieder|schon+wieder|erneut|mal+wieder|wie+immer ~3 nicht|kein|keine|keinen|nichts|vergessen|übersehen|versäumt|verpasst|ignoriert|zu+spät|verspätet`,
    hit: 'Natürlich haben Sie die Unterlagen wieder nicht mitgebracht.',
    miss: 'Natürlich haben Sie recht, das ändern wir sofort.',
  },
  {
    id: 'sie-haben-natuerlich-wieder',
    pattern: `${WHO} @haben|@sein ~2 natürlich|selbstverständlich ~2 wieder|schon+wieder|erneut|mal+wieder|wie+immer ~3 nicht|kein|keine|keinen|nichts|vergessen|übersehen|versäumt|verpasst|ignoriert|zu+spät|verspätet`,
    hit: 'Sie haben natürlich wieder nichts unterschrieben.',
    miss: 'Sie haben natürlich jederzeit die Möglichkeit, den Termin zu verschieben.',
  },
  {
    id: 'das-sollte-klar-sein',
    pattern:
      'das|es|dies sollte|müsste|dürfte (doch) (eigentlich) (wohl) (jedem|allen) klar|bekannt|selbstverständlich|offensichtlich|einleuchtend',
    hit: 'Das sollte eigentlich klar sein.',
    miss: 'Ist das so für Sie verständlich?',
  },
  {
    id: 'das-weiss-doch-jeder',
    pattern: 'das|dies weiß|weiss|versteht|kennt doch|eigentlich (wirklich) jeder|jedermann|jedes+kind',
    hit: 'Das weiß doch jeder, dass man Fenster nicht im Frost einbaut.',
    miss: 'Das weiß ich noch nicht, ich melde mich bis Freitag.',
  },
  {
    id: 'jedem-klar',
    pattern: 'jedem|jedermann (doch) (sofort) klar|einleuchtend|ersichtlich',
    hit: 'Es ist jedem klar, dass das nicht funktionieren kann.',
    miss: 'Wir erklären jedem Kunden die Schritte in Ruhe.',
  },
  {
    id: 'ist-doch-ganz-einfach',
    pattern:
      'ist|sind|war|wäre doch (eigentlich) (nun) (wirklich|ganz|total|völlig|echt|eigentlich|gar+nicht+so) einfach|simpel|kinderleicht|nicht+so+schwer|nicht+schwer|nicht+kompliziert|nicht+so+kompliziert|keine+raketenwissenschaft|kein+hexenwerk',
    unlessAfter: [
      'schön',
      'toll',
      'großartig',
      'wunderbar',
      'super',
      'klasse',
      'herrlich',
      'genial',
      'perfekt',
      'fantastisch',
      'traumhaft',
    ],
    hit: 'Das ist doch ganz einfach.',
    miss: 'Die Anmeldung ist ganz einfach: Sie klicken auf den Link.',
  },
  {
    id: 'lesen-sie-doch-einfach',
    pattern: 'lesen =Sie (doch|bitte) (doch) einfach|erst+mal|erstmal|erst+einmal|doch+mal|doch+einfach+mal',
    hit: 'Lesen Sie doch einfach die Anleitung, da ist alles beschrieben.',
    miss: 'Lesen Sie sich die Anleitung in Ruhe durch.',
  },
  {
    id: 'kann-doch-nicht-so-schwer-sein',
    pattern: 'kann|könne doch ~2 nicht so|allzu|wirklich schwer|kompliziert|schwierig sein',
    hit: 'Das kann doch nicht so schwer sein!',
    miss: 'Das kann schwierig sein, deshalb unterstützen wir Sie dabei.',
  },
  {
    id: 'was-ist-daran-so-schwer',
    pattern: 'was ist|war (denn) (bitte) (daran|an) ~3 so schwer|kompliziert|schwierig|unklar|unverständlich',
    hit: 'Was ist daran so schwer?',
    miss: 'Was ist für Sie noch unklar?',
  },
  {
    id: 'so-schwer-kann-das-nicht-sein',
    pattern: 'so schwer|kompliziert|schwierig kann ~2 das|es (doch) (wohl) (nicht|kaum) sein',
    hit: 'So schwer kann das doch nicht sein.',
    miss: 'So schnell kann das nicht gehen, wir brauchen zwei Wochen.',
  },
  {
    id: 'zum-mitschreiben',
    pattern: 'zum mitschreiben|mitmeißeln|mitmeisseln',
    hit: 'Noch einmal zum Mitschreiben: Die Frist ist der 30. April.',
    miss: 'Noch einmal zur Übersicht: Die Frist ist der 30. April.',
  },
  {
    id: 'ganz-langsam-erklaeren',
    pattern:
      'erkläre|erklären|wiederhole|wiederholen|sage|sagen|buchstabiere ~3 ganz|extra|nochmal+ganz|noch+einmal+ganz langsam',
    hit: 'Ich erkläre es Ihnen noch einmal ganz langsam.',
    miss: 'Ich erkläre es Ihnen gern noch einmal in Ruhe.',
  },
  {
    id: 'versteht-selbst-ein-laie',
    pattern:
      'versteht|verstehen|begreift|kapiert|schafft|kann ~2 selbst|sogar ein|eine|jedes|meine|mein laie|laiin|kind|anfänger|schüler|grundschüler|praktikant|azubi|oma|opa|großmutter|grossmutter|vater|mutter|neffe|nichte|sohn|tochter|enkel|enkelin',
    hit: 'Das versteht sogar ein Laie.',
    miss: 'Das versteht man am besten an einem Beispiel.',
  },
  {
    id: 'bekommt-selbst-mein-vater',
    pattern:
      'kriegt|bekommt|kriegen|bekommen ~0-2 selbst|sogar mein|meine|unser|unsere vater|mutter|oma|opa|neffe|nichte|sohn|tochter|enkel|großmutter|grossmutter|azubi|praktikant|praktikantin ~0-3 hin',
    hit: 'Das kriegt sogar meine Nichte in fünf Minuten hin.',
    miss: 'Das bekommt unser Azubi morgen als erste Aufgabe.',
  },
  {
    id: 'das-kann-jedes-kind',
    pattern: 'das|es kann|schafft|versteht|weiß|weiss jedes kind',
    hit: 'Das kann jedes Kind.',
    miss: 'Das kann jeder Mitarbeiter in unserem Büro für Sie erledigen.',
  },
  {
    id: 'das-ist-halt-so',
    pattern: 'das|es ist|war|läuft|sind halt|eben|nun+mal|nunmal (eben|halt) so $',
    hit: 'Das ist halt so.',
    miss: 'Das ist eben so geplant, damit die Handwerker nicht warten.',
  },
  {
    // Mit einer Zeitangabe dazwischen und einem Nachsatz: „Das ist in den ersten Wochen halt so, da muss man durch.“
    id: 'das-ist-halt-so-komma',
    pattern: 'das|es ist|war|läuft|sind ~1-5 halt|eben|nun+mal|nunmal so ,',
    unlessLater: ['dass', 'damit', 'weil', 'gedacht', 'geplant', 'gewollt'],
    hit: 'Das ist bei neuen Hörgeräten halt so, das gibt sich.',
    miss: 'Das ist bei uns eben so, dass die Bauleitung vor Ort ist.',
  },
  {
    // Die Mühe der Leserin als bloß auszuhalten: „da muss man eben durch“.
    id: 'da-muss-man-eben-durch',
    pattern: 'da @müssen man|=Sie|du|ihr (jetzt|dann) (eben|halt|einfach|nun+mal|nunmal) (jetzt) durch',
    hit: 'Die Schiene drückt am Anfang, da muss man eben durch.',
    miss: 'Die Schiene drückt am Anfang, da begleiten wir Sie gern durch.',
  },
  {
    id: 'so-ist-das-nun-mal',
    pattern: 'so ist|läuft|sind|war das|es (eben|halt) nun+mal|nunmal|halt|eben $',
    hit: 'So ist das nun mal.',
    miss: 'So ist das für uns alle am einfachsten.',
  },
  {
    id: 'kein-grund-zur-aufregung',
    pattern: 'kein|keinen grund (zur|zu|für) aufregung|aufzuregen|panik|hysterie|drama',
    hit: 'Es gibt keinen Grund zur Aufregung.',
    miss: 'Es gibt keinen Grund zur Sorge, die Werte sind gut.',
  },
  {
    id: 'regen-sie-sich-nicht-auf',
    pattern: 'regen =Sie sich ~2 nicht ~2 auf',
    hit: 'Regen Sie sich doch nicht so auf.',
    miss: 'Ihr Ärger ist verständlich, ich kümmere mich heute noch darum.',
  },
  {
    id: 'beruhigen-sie-sich',
    pattern: 'beruhigen =Sie sich',
    // "Beruhigen Sie sich nicht zu früh": a caveat, not a brush-off.
    unlessAfter: ['nicht'],
    hit: 'Beruhigen Sie sich bitte erst einmal.',
    miss: 'Ich kann Sie beruhigen, die Werte sind in Ordnung.',
  },
  {
    id: 'sie-sollten-sich-beruhigen',
    pattern: '=Sie|du|ihr @sollen|@müssen ~5 beruhigen|abregen|runterkommen',
    unlessAfter: ['nicht'],
    hit: 'Du solltest dich erst mal etwas abregen.',
    miss: 'Du solltest dich erst mal etwas ausruhen.',
  },
  {
    id: 'seien-sie-nicht-so-empfindlich',
    pattern: 'seien =Sie ~2 nicht so empfindlich|sensibel|dünnhäutig|kleinlich|pingelig|zimperlich',
    hit: 'Seien Sie doch nicht so empfindlich.',
    miss: 'Seien Sie so gut und schicken Sie mir die Pläne.',
  },
  {
    id: 'sie-sind-empfindlich',
    pattern: `${WHO} @sein|@reagieren ~3 dünnhäutig|kleinlich|pingelig|zimperlich|hysterisch|mimosenhaft|zu+empfindlich|übertrieben+empfindlich|zu+sensibel|übertrieben|überzogen`,
    hit: 'Sie reagieren da etwas zu empfindlich.',
    miss: 'Sie reagieren da völlig verständlich.',
  },
  {
    id: 'sie-uebertreiben',
    pattern: `${WHO} @übertreiben|@dramatisieren|@überreagieren|@überdramatisieren`,
    unlessAfter: ['es', 'bitte', 'nicht'],
    hit: 'Sie übertreiben maßlos.',
    miss: 'Übertreiben Sie es in den ersten Tagen bitte nicht.',
  },
  {
    id: 'uebertreiben-sie',
    pattern: 'übertreiben|dramatisieren|überreagieren =Sie',
    unlessAfter: ['es', 'bitte', 'nicht'],
    hit: 'Da übertreiben Sie aber gewaltig.',
    miss: 'Übertreiben Sie es in den ersten Tagen bitte nicht.',
  },
  {
    id: 'machen-sie-kein-drama',
    // Jede Anrede: „Jetzt mach doch bitte kein Drama draus“.
    pattern: 'machen+=Sie|mach|macht|machst ~0-3 kein|keinen|keine drama|theater|aufstand|wirbel|affentheater|zirkus',
    hit: 'Machen Sie doch kein Drama daraus.',
    miss: 'Machen Sie sich keine Sorgen, wir finden eine Lösung.',
  },
  {
    id: 'ich-weiss-sehr-wohl',
    pattern: 'ich|wir weiß|weiss|wissen sehr+wohl|durchaus|selbst+am+besten|schon+selbst (,) was|wie|wo|dass|wann',
    hit: 'Ich weiß sehr wohl, was ich tue.',
    miss: 'Ich weiß, wie wichtig Ihnen der Termin ist.',
  },
  {
    id: 'das-muessen-sie-nicht-verstehen',
    pattern: `das|dies @müssen|@brauchen ${WHO} ~2 nicht (zu) verstehen|begreifen`,
    hit: 'Das müssen Sie nicht verstehen.',
    miss: 'Das müssen Sie nicht selbst erledigen, das übernehmen wir.',
  },
  {
    id: 'das-verstehen-sie-eh-nicht',
    pattern: `das|dies @verstehen ${WHO} ~1 eh|sowieso|ohnehin|vermutlich|wahrscheinlich|wohl|ja+doch nicht|kaum`,
    hit: 'Das verstehen Sie eh nicht.',
    miss: 'Das verstehen Sie sicher, wir brauchen die Zahlen bis Freitag.',
  },
  {
    id: 'davon-verstehen-sie-nichts',
    pattern: `davon|da|hiervon @verstehen ${WHO} ~2 nichts|wenig|zu+wenig|nicht+genug`,
    hit: 'Davon verstehen Sie nichts.',
    miss: 'Davon verstehen Sie viel, deshalb frage ich Sie.',
  },
  {
    id: 'sie-verstehen-davon-nichts',
    pattern: `${WHO} @verstehen ~1 davon|da|hiervon ~1 nichts|wenig|zu+wenig|nicht+genug`,
    hit: 'Sie verstehen davon leider nichts.',
    miss: 'Falls Sie davon nichts verstehen, erkläre ich es gern.',
  },
  {
    id: 'haben-sie-es-kapiert',
    pattern: `${WHO} ~3 endlich|jetzt|nun|überhaupt|immer+noch+nicht|noch+immer+nicht kapiert|kapieren|geschnallt|gerafft`,
    hit: 'Haben Sie es jetzt endlich kapiert?',
    miss: 'Haben Sie alle Unterlagen bekommen?',
  },
  {
    id: 'wenn-sie-meinen',
    pattern: '^(na) (gut|schön|ja) (,) wie|wenn =Sie meinen $',
    hit: 'Wenn Sie meinen.',
    miss: 'Wie Sie möchten, wir richten uns nach Ihnen.',
  },
  {
    id: 'ist-doch-logisch',
    pattern: 'ist|sind|wäre doch ~1 logisch|selbsterklärend|sonnenklar|glasklar',
    hit: 'Das ist doch logisch.',
    miss: 'Das ist doch eine gute Nachricht.',
  },
  {
    id: 'ich-dachte-das-waere-klar',
    pattern:
      'ich|wir dachte|dachten|hätte+gedacht|hätten+gedacht ~1 das|dies|es wäre|sei|ist (doch) (eigentlich) (jedem) klar|offensichtlich|selbstverständlich|bekannt|selbsterklärend',
    hit: 'Ich dachte, das wäre klar.',
    miss: 'Ich dachte, das wäre eine gute Idee – was meinen Sie dazu?',
  },
  {
    id: 'nicht-unser-problem',
    pattern: 'nicht mein|unser problem|bier',
    hit: 'Das ist nicht unser Problem.',
    miss: 'Das ist kein Problem, wir kümmern uns darum.',
  },
  {
    id: 'das-ist-ihr-problem',
    pattern: 'das|dies ist|bleibt (dann) (wohl) (leider) (allein) <yours> problem|bier',
    hit: 'Das ist dann wohl Ihr Problem.',
    miss: 'Das ist Ihre Entscheidung, wir unterstützen Sie in jedem Fall.',
  },
  {
    id: 'ist-das-ihr-problem',
    pattern: 'ist|wäre|bleibt das|dies (dann) (wohl) (leider) (allein) <yours> problem|bier',
    hit: 'Wenn die Schlüssel verloren gehen, ist das Ihr Problem.',
    miss: 'Wenn die Schlüssel verloren gehen, ist das kein Problem.',
  },
  {
    id: 'was-auch-immer-sie-meinen',
    pattern: 'was auch immer =Sie (damit|darunter) meinen|verstehen|wollen',
    hit: 'Wir prüfen Ihre Beschwerde, was auch immer Sie damit meinen.',
    miss: 'Wir prüfen Ihre Beschwerde und melden uns bis Freitag.',
  },
  {
    id: 'was-auch-immer',
    pattern: '^(na) (ja) (,) was auch immer $',
    hit: 'Was auch immer.',
    miss: 'Was auch immer Sie brauchen, wir helfen gern.',
  },
  {
    id: 'nur-weil-sie',
    pattern: `nicht ~6 , nur weil ${WHO}`,
    hit: 'Die Lieferung kommt nicht früher, nur weil du dreimal anrufst.',
    miss: 'Die Lieferung kommt früher, weil du rechtzeitig bestellt hast.',
  },
  {
    // Whose thought it is, named by rank: "So rechnen eben Einsteiger.", "die typische Sicht von Laien".
    id: 'so-denken-anfaenger',
    pattern:
      '^so denken|reden|rechnen|argumentieren|planen (eben|halt|nun+mal|leider) anfänger|laien|berufsanfänger|neulinge|einsteiger|amateure|hobbybastler',
    hit: 'So argumentieren halt Laien.',
    miss: 'So planen wir mit Einsteigern die ersten Wochen.',
  },
  {
    id: 'typische-sicht-von-laien',
    pattern:
      'typische|typischen|klassische|klassischen denkweise|sicht|sichtweise|logik|vorstellung|annahme|herangehensweise von|eines (blutigen) anfängern|anfängers|laien|neulingen|neulings|einsteigern|einsteigers|amateuren|amateurs',
    hit: 'Das ist die klassische Logik von Einsteigern.',
    miss: 'Das ist die klassische Logik unseres Baukastens.',
  },
  {
    id: 'typischer-anfaengerfehler',
    pattern: 'typischer|typische|typisches|klassischer|klassische|klassisches anfänger*|laien*',
    hit: 'Das ist ein klassischer Laienfehler bei der Dachdämmung.',
    miss: 'Das ist ein klassischer Fehler bei der Dachdämmung, den wir oft sehen.',
  },
  {
    // Impatience answered with its own uselessness: "Das Gutachten kommt nicht früher, wenn ihr drängelt."
    id: 'nicht-schneller-wenn',
    pattern: `nicht|kein+bisschen schneller|früher|eher ~0-4 , (nur|bloß|bloss|auch) weil|wenn ${WHO} ~0-4 nervös|ungeduldig|drängelt|drängeln|drängelst|drängt|drängen|drängst|anruft|anrufen|anrufst|nachfragt|nachfragen|nachfragst|mahnt|mahnen|aufregt|aufregen|beschwert|beschweren`,
    hit: 'Das Gutachten kommt nicht früher, wenn ihr täglich drängelt.',
    miss: 'Das Gutachten kommt früher, wenn ihr die Unterlagen heute schickt.',
  },
  {
    id: 'sich-nicht-gleich-aufregen',
    pattern: `${WHO} ~1 sich|dich|euch ~1 nicht gleich|so @beschweren|@aufregen|@ärgern|aufzuregen|zu+beschweren`,
    hit: 'Da musst du dich nicht gleich beschweren.',
    miss: 'Da musst du dich nicht gleich entscheiden.',
  },
  {
    id: 'ersetzt-kein-studium',
    pattern:
      '@ersetzen (nun+einmal|nun+mal|nunmal|halt|eben|schlicht|einfach) kein|keine|keinen ~1 studium|medizinstudium|jurastudium|architekturstudium|ausbildung|fachausbildung|fachwissen|erfahrung|arzt|ärztin|anwalt|anwältin|fachmann|fachleute|profi|profis|meister|diagnose|beratung|steuerberater|statiker',
    hit: 'Eine Anleitung ersetzt nun mal keinen Meister.',
    miss: 'Das neue Gerät ersetzt das alte vollständig.',
  },
  {
    id: 'finger-davon-lassen',
    pattern: 'sollte|sollten|solltest|besser ~3 die finger von|vom|davon ~4 lassen',
    hit: 'Ohne Wasserwaage sollten Sie besser die Finger vom Fliesenlegen lassen.',
    miss: 'Bitte halten Sie die Finger vom frischen Putz fern, er ist noch weich.',
  },
  {
    // "Wer …, sollte das lieber den Profis überlassen": the same judgement, said by handing the work away.
    id: 'wer-sollte-profis-ueberlassen',
    pattern:
      '^wer ~1-8 , sollte|sollten|der+sollte ~0-5 fachleuten|profis|experten|fachmann|fachleute|fachbetrieb|fachfirma|handwerkern ~0-1 überlassen',
    hit: 'Wer die Dachrinne mit Kaugummi abdichtet, sollte das Dach lieber den Profis überlassen.',
    miss: 'Wer die Dachrinne nicht selbst reinigen will, kann das gern uns überlassen.',
  },
  {
    // "Wer …, sollte die Finger davon lassen": der Wer-Satz gehört zum Urteil über die Leserin.
    id: 'wer-sollte-die-finger-davon-lassen',
    pattern: '^wer ~1-8 , sollte|sollten|der+sollte ~0-3 die finger von|vom|davon ~0-4 lassen',
    hit: 'Wer keine Wasserwaage hat, sollte die Finger vom Fliesenlegen lassen.',
    miss: 'Wer Fragen hat, sollte sich gern bei uns melden.',
  },
  {
    id: 'fuer-laien-zu-hoch',
    pattern:
      'für laien|normalsterbliche|nichtjuristen|nicht-juristen|nichtfachleute|nicht-fachleute|nicht-mediziner ~3 verwirrend|kompliziert|schwer|unverständlich|zu+hoch',
    hit: 'Das Baurecht ist für Laien eben schwer zu verstehen.',
    miss: 'Das Baurecht hat sich im Frühjahr geändert.',
  },
  {
    id: 'diesmal-lesen',
    pattern: 'diesmal|dieses+mal ~5 lesen|durchlesen|zuhören|beachten|befolgen|anschauen',
    hit: 'Vielleicht können Sie die Anleitung diesmal ganz lesen.',
    miss: 'Diesmal ist die Anleitung kürzer, wie Sie es wollten.',
  },
  {
    // "… dass du den Anhang diesmal auch öffnest": the reader's reading doubted by "this time".
    id: 'diesmal-oeffnen',
    pattern: '<reader> ~1-4 diesmal|dieses+mal ~0-3 @öffnen|@anschauen|@ansehen|@beachten|@anhören',
    hit: 'Ich hoffe, dass Sie den Anhang diesmal auch öffnen.',
    miss: 'Wir öffnen diesmal schon um acht, Sie können gern früher kommen.',
  },
  {
    id: 'lesen-sie-diesmal',
    pattern: '@lesen|@durchlesen|@zuhören =Sie|du|ihr ~4 diesmal|dieses+mal',
    // "… diesmal in Ruhe": time to read a changed text, not a reproach.
    unlessAfter: ['in', 'ruhe'],
    hit: 'Vielleicht lesen Sie die Anleitung diesmal ganz durch.',
    miss: 'Lesen Sie die Anleitung in Ruhe, diesmal ist sie kürzer.',
  },
  {
    // A change of mind waved aside: "Ob dir der Stoff inzwischen zu dunkel ist, spielt für den Auftrag keine Rolle."
    id: 'dass-inzwischen-keine-rolle',
    pattern:
      '^dass|ob ~1-5 jetzt|inzwischen|mittlerweile|plötzlich|nachträglich|nun ~1-5 , @spielen|@sein ~0-4 keine+rolle|unerheblich|irrelevant|egal',
    unlessLater: ['gern', 'gerne', 'problem', 'sorge', 'sorgen'],
    hit: 'Ob dir der Stoff inzwischen zu dunkel ist, spielt für den Auftrag keine Rolle.',
    miss: 'Ob du inzwischen umgezogen bist, spielt keine Rolle – wir liefern gern an beide Adressen.',
  },
  {
    id: 'dass-aendert-nichts',
    pattern: '^dass|ob ~8 , @ändern (daran|an+der+sache|an+den+fakten) nichts',
    hit: 'Dass Ihnen die Farbe jetzt nicht gefällt, ändert daran nichts.',
    miss: 'Das ändert nichts an unserer Freude über das Projekt.',
  },
  // Fachwissen als Rangordnung und ungebetene Belehrung: „wie jeder Statiker weiß“,
  // „Sie sind kein Jurist“, „ich erkläre es Ihnen gern noch einmal“.
  {
    id: 'wie-jeder-fachmann-weiss',
    pattern: 'wie jeder|jede|jedes ~1-4 weiß|weiss|wissen+sollte|bestätigen+wird|bestätigen+kann',
    hit: 'Wie jede Hausverwaltung weiß, ist die Frist gesetzlich.',
    miss: 'Wie jedes Jahr schicken wir Ihnen im Januar die Belege.',
  },
  {
    id: 'so-schwer-ist-es-nicht',
    pattern:
      '^so schwer|schwierig|kompliziert ist|kann es|das (doch) nicht|auch+nicht|nun+nicht|wirklich+nicht (sein) ,',
    hit: 'So schwierig ist das doch nicht, die Rechnung richtig zu adressieren.',
    miss: 'Keine Sorge, so schwer ist es nicht, wir helfen Ihnen.',
  },
  {
    id: 'ich-erklaere-es-ihnen-noch-einmal',
    pattern:
      'erkläre|erklär|erklaere|buchstabiere es|das =Ihnen|dir|euch (gern|gerne) (noch+einmal|nochmal|nochmals|ein+letztes+mal) zum+mitschreiben|in+einfachen+worten|ganz+einfach|noch+einmal|nochmal|nochmals',
    // "… ganz langsam" is ganz-langsam-erklaeren; an offer by phone or in person is help.
    unlessAfter: ['am', 'telefonisch', 'persönlich', 'beim', 'im', 'bei', 'ganz', 'langsam', 'schritt'],
    hit: 'Ich erkläre das Ihnen gern nochmals in einfachen Worten.',
    miss: 'Wenn etwas unklar ist, erkläre ich es Ihnen gern am Telefon.',
  },
  {
    id: 'zu-ihrer-information',
    pattern: '^zu =Ihrer|deiner|eurer information|kenntnis|info :|,',
    hit: 'Zu Ihrer Information: Die Gewährleistung endet nach zwei Jahren.',
    miss: 'Die Liste lege ich zu Ihrer Information bei.',
  },
  {
    id: 'lesen-sie-genau',
    pattern:
      'lesen|schauen|sehen =Sie|du|ihr|lies|lest|schau (bitte) (noch+einmal|nochmal) genau|genauer|gründlich|sorgfältig|richtig|aufmerksam ,',
    hit: 'Lesen Sie bitte genauer, bevor Sie schreiben.',
    miss: 'Lesen Sie den Vertrag bitte in Ruhe durch.',
  },
  {
    id: 'wie-eindeutig-geschrieben',
    pattern:
      'wie (bereits|schon) klar|eindeutig|deutlich|unmissverständlich|unzweideutig ~0-6 geschrieben|formuliert|festgehalten|dargelegt|gesagt|angegeben|erklärt|erwähnt|mitgeteilt|vereinbart',
    hit: 'Wie unmissverständlich im Angebot formuliert, ist die Anfahrt extra.',
    miss: 'Wie im Angebot formuliert, ist die Anfahrt inklusive.',
  },
  {
    id: 'jeder-mit-grundkenntnissen',
    pattern:
      'jeder|jede|jedermann mit ~0-3 grundkenntnissen|grundwissen|verständnis|ahnung|sachverstand|verstand|kenntnissen|erfahrung kann|könnte|sollte|weiß|weiss|würde|hätte|versteht|sieht|erkennt',
    hit: 'Jeder mit etwas Sachverstand sieht, dass die Wand nicht trägt.',
    miss: 'Jeder mit Fragen kann sich gern bei mir melden.',
  },
  {
    id: 'das-sind-grundlagen',
    pattern:
      'das|dies ist|sind (doch|wirklich|echt|nun+mal|absolute|absolutes) grundlagen|grundwissen|basiswissen|basics|allgemeinwissen|einmaleins|abc|anfängerwissen',
    hit: 'Das ist nun mal Grundwissen in der Buchhaltung.',
    miss: 'Die Grundlagen der Förderung finden Sie im Anhang.',
  },
  {
    id: 'nicht-noch-einmal-erklaeren-muessen',
    pattern:
      'nicht (noch+einmal|nochmal|nochmals|schon+wieder|extra|jedes+mal) erklären|erlaeutern|erläutern|sagen|erzählen müssen|muss|müsste|sollen',
    hit: 'Das muss ich dir doch nicht extra erklären müssen.',
    miss: 'Das müssen Sie nicht selbst erklären, das übernehme ich.',
  },
  {
    id: 'selbst-ein-kind',
    pattern: 'selbst|sogar ein|jedes|unser|jeder kind|laie|anfänger|praktikant|azubi|schüler|erstklässler|grundschüler',
    hit: 'Das bekommt sogar ein Praktikant in einer Stunde hin.',
    miss: 'Selbst ein kleiner Kratzer wird von uns ausgebessert.',
  },
  {
    id: 'nicht-sicher-ob-sie-verstehen',
    pattern:
      'nicht sicher|überzeugt , ob|dass =Sie|du|ihr ~0-4 verstehen|verstehst|versteht|verstanden|begriffen|begreifen|nachvollziehen|kapiert',
    hit: 'Ich bin nicht überzeugt, dass Sie das Prinzip verstanden haben.',
    miss: 'Ich bin nicht sicher, ob Sie am Montag Zeit haben.',
  },
  {
    id: 'sie-sind-kein-fachmann',
    pattern:
      '=Sie+sind|=Sie+waren|du+bist|du+warst|ihr+seid kein|keine statiker|statikerin|anwalt|anwältin|jurist|juristin|steuerberater|steuerberaterin|architekt|architektin|arzt|ärztin|experte|expertin|fachmann|fachfrau|ingenieur|ingenieurin|informatiker|programmierer|entwickler|designer|profi|handwerker|mediziner|elektriker|fachleute',
    hit: 'Du bist nun mal kein Elektriker, also lass die Leitungen in Ruhe.',
    miss: 'Sie sind keine Nummer für uns, sondern geschätzte Kundin.',
  },
  {
    id: 'als-laie-koennen-sie-nicht',
    pattern:
      'als laie|laiin|nichtfachmann|außenstehender|aussenstehender|nicht-fachmann können|kannst|könnt|werden|wirst|dürften =Sie|du|ihr ~0-3 nicht|kaum|schwerlich|unmöglich',
    hit: 'Als Außenstehender können Sie die Statik kaum beurteilen.',
    miss: 'Als Laie können Sie uns jederzeit Fragen stellen.',
  },
  {
    id: 'ueberlassen-sie-das-den-fachleuten',
    pattern:
      'überlassen|ueberlassen|überlass ~1-5 (besser|lieber) den|uns fachleuten|profis|experten|spezialisten|fachkräften|fachmann',
    hit: 'Überlassen Sie die Planung besser den Profis.',
    miss: 'Überlassen Sie uns gern die Schlüssel für den Termin.',
  },
  {
    id: 'so-dass-sie-es-verstehen',
    pattern:
      'so|einfach|simpel ~0-4 , dass|damit =Sie|du|ihr|auch+Sie|selbst+Sie es|das (auch) verstehen|verstehst|versteht|kapieren|begreifen',
    hit: 'Ich schreibe es so einfach, dass auch Sie es verstehen.',
    miss: 'Wir schicken die Pläne so, dass Sie sie ausdrucken können.',
  },
  {
    id: 'sie-wissen-hoffentlich',
    pattern: '=Sie|du|ihr wissen|weißt|weisst|wisst hoffentlich|ja+wohl|doch+wohl|doch+sicher|doch+bestimmt',
    hit: 'Du weißt hoffentlich, wie man eine Sicherung wechselt.',
    miss: 'Sie wissen ja, wo der Schlüssel liegt.',
  },
  {
    id: 'jeder-weiss-dass',
    pattern: '^jeder|jedermann|jedes+kind weiß|weiss (doch|ja|schließlich) , dass|wie|was',
    hit: 'Jeder weiß doch, dass ein Flachdach Gefälle braucht.',
    miss: 'Jeder bei uns freut sich auf das Projekt.',
  },
  {
    id: 'allgemein-bekannt',
    pattern:
      'es|das ist (doch) allgemein+bekannt|allgemeinwissen|hinlänglich+bekannt|gemeinhin+bekannt|allseits+bekannt',
    hit: 'Es ist hinlänglich bekannt, dass Backups auf ein zweites Laufwerk gehören.',
    miss: 'Es ist bekannt, dass wir im August geschlossen haben, oder?',
  },
  {
    id: 'sie-scheinen-nicht-zu-verstehen',
    pattern:
      '=Sie|du|ihr scheinen|scheinst|scheint ~0-5 nicht zu verstehen|begreifen|kapieren|wissen|kennen|durchschauen|realisieren|erfassen',
    hit: 'Sie scheinen das Prinzip der Vorsteuer nicht zu begreifen.',
    miss: 'Sie scheinen die Mail nicht erhalten zu haben, hier ist sie noch einmal.',
  },
  {
    id: 'erst-mal-die-anleitung',
    pattern:
      'lesen|schauen|sehen|lies|schau ~0-2 erst+mal|erstmal|zuerst|erst+einmal|vorher ~0-1 die|in+die|ins|in+den anleitung|handbuch|bedienungsanleitung|doku|dokumentation|faq|vertrag|agb',
    hit: 'Schau erst mal ins Handbuch, bevor du anrufst.',
    miss: 'Schauen Sie gern ins Handbuch, Seite vier erklärt es.',
  },
  {
    id: 'haette-gedacht-selbsterklaerend',
    pattern:
      'hätte|haette|hätten gedacht|angenommen ~0-5 erklärt+sich+von+selbst|erklaert+sich+von+selbst|selbsterklärend|offensichtlich|selbstverständlich|eindeutig',
    hit: 'Ich hätte angenommen, die Preisliste sei selbsterklärend.',
    miss: 'Ich hätte gedacht, wir treffen uns um zehn.',
  },
  {
    id: 'jeder-faehige-haette',
    pattern:
      'jeder|jede (halbwegs|einigermaßen|auch+nur+halbwegs) fähige|faehige|kompetente|vernünftige|ordentliche|seriöse ~1-2 hätte|haette|wüsste|würde|weiß|weiss',
    hit: 'Jede halbwegs kompetente Agentur hätte das vorher getestet.',
    miss: 'Jede kompetente Beratung kostet Zeit, das verstehen wir.',
  },
  {
    id: 'wenn-sie-mal-reinschauen-wuerden',
    pattern:
      'wenn =Sie|du|ihr ~0-3 mal|einmal|nur|bloß|bloss reinschauen|hineinschauen|nachlesen|lesen|nachschauen|zuhören|hinsehen würden|würdest|würdet',
    hit: 'Es steht alles auf Seite zwei, wenn Sie nur nachlesen würden.',
    miss: 'Es steht alles auf Seite zwei, wenn Sie mal nachlesen möchten.',
  },
  {
    id: 'das-haetten-sie-wissen-muessen',
    pattern: 'das|dies hätten|haetten|hättest|hättet =Sie|du|ihr (eigentlich|auch) wissen müssen|können|sollen',
    hit: 'Das hättest du eigentlich wissen müssen.',
    miss: 'Das hätten Sie uns gern sagen können, kein Problem.',
  },
  {
    // Die Gefühle der Leserin als unverständlich abtun: „Ich verstehe die ganze Aufregung nicht.“
    id: 'aufregung-nicht-verstehen',
    pattern:
      '@verstehen|@nachvollziehen|@begreifen ~0-2 die|diese|ihre|deine|eure aufregung|empörung|aufruhr ~0-3 nicht',
    hit: 'Ehrlich gesagt verstehe ich die Aufregung nicht.',
    miss: 'Ich verstehe Ihre Aufregung gut und kümmere mich heute darum.',
  },
  {
    id: 'sich-nicht-so-anstellen',
    pattern: 'nicht|nich so|gleich|derart ~0-1 @anstellen|anzustellen',
    hit: 'Da muss man sich nicht so anstellen, das ist ein kleiner Kratzer.',
    miss: 'Wir stellen zum Herbst eine neue Kollegin an.',
  },
  {
    // „Ein Hotel ist nun mal kein Zuhause“: die Erwartung der Leserin als falsch hingestellt.
    id: 'ist-nun-mal-kein',
    pattern: 'ist|sind nun+mal|nun+einmal|halt|eben|numal kein|keine|keinen',
    unlessAfter: ['problem', 'thema', 'stress', 'aufwand', 'grund'],
    hit: 'Eine Ferienwohnung ist nun mal kein Hotel mit Zimmerservice.',
    miss: 'Das ist nun mal so geplant, und wir freuen uns darauf.',
  },
  {
    // „… hat sich sonst niemand beschwert“: die Beschwerde zählt nicht, weil sie allein steht.
    id: 'sonst-niemand-beschwert',
    pattern: 'sonst|bisher|bislang (auch|noch) niemand|keiner ~0-3 @beschweren|@beklagen|@aufregen',
    hit: 'Von den anderen Gästen hat sich sonst niemand beschwert.',
    miss: 'Sonst hat niemand angerufen, Sie haben also freie Wahl.',
  },
  {
    id: 'stoert-sonst-niemanden',
    pattern: '@stören|@jucken ~0-2 sonst (auch|noch) niemanden|keinen',
    hit: 'Das Brummen der Lüftung stört sonst auch niemanden.',
    miss: 'Stört es Sie, wenn sonst niemand mitkommt?',
  },
  {
    // „Wer Ruhe braucht, muss sich eben ein Einzelbüro mieten“: die Lösung der Leserin ist ihr Problem.
    id: 'wer-will-muss-eben',
    pattern: '^ wer ~1-8 , muss|soll|sollte sich ~0-3 eben|halt',
    hit: 'Wer es leiser haben will, muss sich eben einen Raum buchen.',
    miss: 'Wer es leiser haben will, sollte sich gern einen Raum buchen.',
  },
  {
    id: 'muessen-nicht-verstehen',
    pattern: 'müssen|musst|müsst =Sie|du|ihr ~0-3 nicht ~0-2 verstehen|begreifen|nachvollziehen',
    hit: 'Das müssen Sie auch gar nicht alles verstehen.',
    miss: 'Das müssen Sie nicht heute entscheiden.',
  },
  {
    // „Wenn du unbedingt willst, …“: ein Angebot, das die Bitte als Laune hinstellt.
    id: 'wenn-sie-unbedingt-wollen',
    pattern: 'wenn|falls =Sie|du|ihr (das|es) (so) unbedingt @wollen|@möchten|@meinen|@müssen',
    hit: 'Wenn du unbedingt willst, kann ich nächste Woche nachbessern.',
    miss: 'Wenn du magst, kann ich nächste Woche nachbessern.',
  },
  {
    // „Die übrigen Gäste hatten jedenfalls kein Problem damit.“: die Beschwerde zählt nicht, weil andere schwiegen.
    id: 'andere-hatten-kein-problem',
    pattern:
      'übrigen|anderen|restlichen gäste|kunden|mieter|teilnehmer|eltern|patienten|familien|nachbarn ~0-2 hatten|haben ~0-2 kein+problem|keine+probleme|nichts+auszusetzen',
    hit: 'Die übrigen Mieter hatten jedenfalls kein Problem damit.',
    miss: 'Die übrigen Mieter hatten ein Problem mit der Heizung, das wir behoben haben.',
  },
  {
    id: 'muss-man-aushalten',
    pattern: 'muss|müssen|musst man|=Sie|du (nun+mal|halt|eben|einfach) aushalten|hinnehmen|in+kauf+nehmen',
    hit: 'Ein bisschen Baulärm muss man nun mal aushalten.',
    miss: 'Den Baulärm müssen Sie nicht aushalten, wir reden mit dem Nachbarn.',
  },
  {
    // „… war übertrieben“: die Reaktion der Leserin als Überreaktion abgetan.
    id: 'war-uebertrieben',
    pattern: 'war|ist|wäre (etwas|ein+bisschen|völlig|total|ziemlich|schon|wirklich) übertrieben',
    unlessBefore: ['nicht'],
    hit: 'Dass Ihre Kollegin deswegen gleich den Rechner ausgeschaltet hat, war übertrieben.',
    miss: 'Ihre Sorge war nicht übertrieben, gut dass Sie angerufen haben.',
  },
  {
    // „…, der ja kein Tragwerksplaner ist“: der Ratgeber der Leserin als Laie abgetan.
    id: 'der-ja-kein-fachmann-ist',
    pattern:
      'der|die ja|nun+mal|eben|halt|auch kein|keine statiker|statikerin|tragwerksplaner|architekt|architektin|arzt|ärztin|anwalt|anwältin|jurist|juristin|steuerberater|steuerberaterin|elektriker|fachmann|fachfrau|experte|expertin|profi|ingenieur|ingenieurin|tierarzt|tierärztin ist|sind',
    hit: 'Ihr Nachbar, der ja kein Statiker ist, hat das sicher gut gemeint.',
    miss: 'Unser Kollege, der ja Statiker ist, schaut sich das am Montag an.',
  },
  {
    id: 'googeln-lassen',
    pattern:
      'googeln|googlen|googelst|googelt|recherchieren+im+internet ~0-6 lassen|bringt+nichts|hilft+nicht|macht+einen+nur|macht+nur',
    hit: 'Googeln würde ich an deiner Stelle einfach lassen.',
    miss: 'Googeln Sie gern den Hersteller, dort steht die Anleitung.',
  },
  {
    // „… funktioniert einwandfrei, wenn man sie richtig bedient“: der Fehler stillschweigend bei der Leserin.
    id: 'wenn-man-sie-richtig-bedient',
    pattern:
      'wenn|sofern man ~0-2 richtig|korrekt|ordnungsgemäß|sachgemäß bedient|benutzt|verwendet|einstellt|anschließt|liest',
    hit: 'Die Pumpe läuft tadellos, wenn man sie richtig bedient.',
    miss: 'Die Pumpe läuft tadellos, wenn man sie einmal im Jahr entkalkt.',
  },
  ...dismissiveStrategies,
  {
    // Zustimmung mit Achselzucken: „aber wenn ihr das wollt, bitte“.
    id: 'wenn-ihr-das-wollt-bitte',
    pattern: `aber wenn ${WHO} das (unbedingt|so|wirklich) wollt|wollen|willst|möchtet|möchten|möchtest , bitte|meinetwegen|von+mir+aus $`,
    hit: 'Die Goldrahmen beißen sich mit dem Druck, aber wenn ihr das unbedingt wollt, bitte.',
    miss: 'Die Goldrahmen passen gut, und wenn ihr das wollt, bestellen wir sie heute.',
  },
  {
    // Mehr gehört, als gesagt war: „da hörst du mehr hinein, als wirklich da ist“.
    id: 'mehr-hinein-als-da-ist',
    pattern: 'mehr|zu+viel ~0-2 hinein|rein|herein , als ~0-2 da|dran|drin ist|steht|steckt',
    hit: 'Da lesen Sie ehrlich gesagt mehr hinein, als wirklich dran ist.',
    miss: 'Da passt mehr hinein, als man denkt.',
  },
  {
    // Die Sorge der Leserin als unverständlich: „warum Sie sich darüber so viele Gedanken machen“.
    id: 'warum-so-viele-gedanken',
    pattern:
      'warum|wieso|weshalb =Sie|du|ihr ~0-5 so+viele|solche|so+große|so+einen gedanken|sorgen|kopf|wirbel|aufstand|stress',
    hit: 'Ich verstehe nicht ganz, warum Sie sich wegen der Risse so viele Sorgen machen.',
    miss: 'Ich verstehe gut, warum Sie sich wegen der Risse an uns wenden.',
  },
  {
    // Was man „eigentlich wissen sollte“: das Nichtwissen als Versäumnis.
    id: 'sollte-man-wissen',
    pattern: 'das|so+etwas|sowas|dies sollte|müsste|muss man|jeder (eigentlich|doch|ja|schon) wissen',
    unlessAfter: ['lassen'],
    hit: 'Das sollte man eigentlich wissen, bevor man ein Haus kauft.',
    miss: 'Das sollte man wissen lassen, wenn sich der Termin verschiebt.',
  },
];
