// Herablassung als Konstruktion (Prinzip 1: Wertschätzung; Prinzip 4: blinde
// Flecken einräumen). Herablassung ist offen im Wortlaut; was gleich bleibt, ist
// ihr Bau: eine Laienquelle gegen Fachwissen gestellt, eine Erklärung für
// jemanden „ohne Vorbildung“, „nur weil Sie …“, „Das bekommt sogar mein Neffe
// hin“. Jeder Teil einer Konstruktion muss im selben Satz stehen; ehrliche
// Beruhigung, Angebote und die eigene Bescheidenheit halten sie still.
// Syntax: ../pattern.ts.
import type { CondescensionData } from '../rules/condescension';
import type { FrameEntry } from '../rules/frames';

const WHO = '=Sie|du|ihr';
/** Woher Laien ihr Wissen haben: das Netz, ein Video, ein Kurs, die Verwandtschaft. */
const LAY =
  'internet|internetforum*|internetforen|internetrecherche*|internetseite*|netz|google*|youtube*|tiktok*|instagram*|facebook*|reddit|chatgpt|ki|forum|foren|onlineforum*|blog*|podcast*|webinar*|video|videos|videoanleitung*|anleitungsvideo*|erklärvideo*|youtubevideo*|heimwerkervideo*|kurzvideo*|tutorial*|wochenendkurs*|onlinekurs*|crashkurs*|volkshochschul*|ratgeberseite*|heimwerkersendung*|baumarkt*|schwager|schwägerin|nachbar|nachbarin|stammtisch*|bekanntenkreis';
/** Wer es gelernt hat, und wie man es lernt. */
const TRAINED =
  'studium|medizinstudium|jurastudium|studiert*|ausbildung|ausgebildet*|meisterbrief|meisterprüfung|fachleute*|fachmann|fachfrau|fachkraft|fachkräft*|profi*|expert*|spezialist*|elektriker*|ingenieur*|architekt*|statiker*|jurist*|anwalt|anwält*|steuerberater*|arzt|ärzt*|handwerker*|zimmermann|gutachter*|berufserfahrung|erfahrung|jahrelang*|gelernt*|beruflich|vom+fach';
/** Was eine Aufgabe schwer macht, verneint: „keine Kunst“, „nicht kompliziert“. */
const HARD = 'schwer|schwierig|kompliziert|aufwendig|aufwändig|anspruchsvoll|wild';
const NO_ART = 'kunst|hexenwerk|hexerei|zauberei|raketenwissenschaft|herzchirurgie|wissenschaft|akt|ding|sache';
/** Verwandte und Kinder, mit denen die Leserin verglichen wird. */
const KIN =
  'neffe|nichte|tochter|sohn|kinder|kind|enkel*|oma|opa|omi|mutter|vater|mama|papa|großmutter|großvater|schwiegermutter|azubi|praktikant*|nachbar|nachbarin|hund|katze|zehnjährige*|achtjährige*|zwölfjährige*|fünfjährige*|sechsjährige*';

const lay: FrameEntry[] = [
  {
    id: 'laienquelle',
    pattern: LAY,
    // Das eigene Material („unser Video“) ist kein Halbwissen der Leserin.
    unlessBefore: ['unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem', 'meinen'],
    unlessAfter: ['konferenz', 'call', 'gespräch', 'termin', 'sprechstunde'],
    hit: 'Ein paar Videos auf YouTube reichen dafür nicht.',
    miss: 'Unser Video zeigt die Übung Schritt für Schritt.',
  },
];

const againstTraining: FrameEntry[] = [
  {
    id: 'ersetzt-nicht',
    pattern: '@ersetzen|ersetzt|ersetzen ~0-3 <neg>',
    hit: 'Das Forum ersetzt eben keine Beratung.',
    miss: 'Das Forum ist recht hilfreich.',
  },
  {
    id: 'kein-fachmann',
    pattern: `<neg> ~0-2 ${TRAINED}|ersatz|ratgeber|quelle|grundlage|arzt`,
    hit: 'Drei Videos machen noch keinen Elektriker.',
    miss: 'Drei Videos zeigen den Ablauf.',
  },
  {
    id: 'lernt-man-nicht',
    pattern: '@lernen|@beibringen|@aneignen ~0-3 man|=Sie|du|ihr ~0-2 <neg>',
    hit: 'Steuerrecht lernt man nicht auf TikTok.',
    miss: 'Steuerrecht lernt man am besten im Gespräch.',
  },
  {
    id: 'dafuer-gibt-es-fachleute',
    pattern: `dafür|dazu|deshalb|deswegen ~0-6 ${TRAINED}`,
    hit: 'Dafür gibt es Leute, die das studiert haben.',
    miss: 'Dafür brauchen wir noch Ihre Unterschrift.',
  },
  {
    id: 'mag-ja-aber',
    pattern: '@mögen ~0-4 ja|zwar|durchaus ~0-6 , aber|doch',
    hit: 'Ihr Nachbar mag ja geschickt sein, aber das hier ist Statik.',
    miss: 'Ihr Nachbar mag die Farbe, und wir auch.',
  },
];

/** Die eigene Bescheidenheit: „Ich bin selbst kein Experte, ich habe nur online nachgelesen.“ */
const modesty: FrameEntry[] = [
  {
    id: 'ich-bin-kein-experte',
    pattern: `ich|wir ~0-3 (selbst|auch) <neg> ~0-2 ${TRAINED}`,
    hit: 'Ich bin selbst kein Experte dafür.',
    miss: 'Sie sind kein Experte dafür.',
  },
  {
    id: 'ich-habe-gelesen',
    pattern: 'ich|wir @haben ~0-4 gelesen|gesehen|angesehen|gefunden|gehört|besucht|recherchiert',
    hit: 'Ich habe dazu einen Artikel gelesen.',
    miss: 'Sie haben dazu einen Artikel gelesen.',
  },
];

const easy: FrameEntry[] = [
  {
    id: 'nicht-schwer',
    pattern: `<neg> (so|allzu|besonders|sonderlich|weiter) ${HARD}`,
    hit: 'Die Eingabe ist ehrlich gesagt nicht kompliziert.',
    miss: 'Die Eingabe ist ehrlich gesagt kompliziert.',
  },
  {
    id: 'keine-kunst',
    pattern: `kein|keine|keinen (große|großes|großer|besondere|besonderes) ${NO_ART}`,
    hit: 'Das ist ja keine große Kunst.',
    miss: 'Das ist eine große Kunst.',
  },
];
/** Woran man hört, dass die Leichtigkeit ein Vorwurf ist: „nun wirklich“, „echt“, „ehrlich“. */
const impatience: FrameEntry[] = [
  {
    id: 'ungeduld',
    pattern: 'wirklich|echt|ehrlich|ehrlich+gesagt|wahrlich|beileibe|nun+mal|nun+einmal|eigentlich|doch|ja|halt|eben',
    hit: 'Das ist echt nicht kompliziert.',
    miss: 'Das ist nicht kompliziert.',
  },
];
/** Ehrliche Beruhigung und Angebote: „keine Sorge“, „wir kümmern uns“, „gern“. */
const reassurance: FrameEntry[] = [
  {
    id: 'beruhigung',
    pattern:
      'keine+sorge|keine+angst|sorge|gern|gerne|danke|zusammenarbeit|mit+=Ihnen|mit+dir|mit+euch|helfe|helfen|zeige|zeigen|kümmern|übernehmen|erledigen|versprochen|zum+glück|glücklicherweise|erfreulicherweise|gute+nachricht',
    hit: 'Keine Sorge, das ist nicht schwer.',
    miss: 'Das ist nicht schwer.',
  },
  {
    id: 'wir-machen-das',
    pattern: 'wir|ich ~0-3 @machen|@richten|@reparieren|@beheben|@bringen|@regeln|@klären',
    hit: 'Das ist nicht schwer, wir machen das morgen.',
    miss: 'Das ist nicht schwer, Sie machen das morgen.',
  },
];

/** Wer der Leserin fehlt, damit sie es versteht: „ohne juristische Vorbildung“, „als Laie“. */
const lacks: FrameEntry[] = [
  {
    id: 'ohne-vorbildung',
    pattern:
      'ohne ~0-2 vorbildung|vorkenntnisse|vorwissen|fachwissen|fachkenntnisse|kenntnisse|steuerkenntnisse|rechtskenntnisse|studium|ausbildung|hintergrund',
    hit: 'Das ist ohne juristische Vorbildung schwer zu durchschauen.',
    miss: 'Das Seminar kostet ohne Unterlagen 200 Euro.',
  },
  {
    id: 'fuer-laien',
    pattern:
      'laie|laien|laiin|laienhaft|nichtjurist*|nicht-jurist*|nichtfachleute|nichtfachmann|nicht+vom+fach|normalsterblich*|otto+normalverbraucher',
    hit: 'Für Laien ist das natürlich verwirrend.',
    miss: 'Für Sie ist das natürlich verwirrend.',
  },
];
const simplify: FrameEntry[] = [
  {
    id: 'einfach-erklaeren',
    pattern:
      'einfach|verständlich|nachvollziehbar|simpel|langsam|kurz|@erklären|@formulieren|@zusammenfassen|@übersetzen|@verstehen|@folgen|@durchschauen|@beurteilen|@einschätzen',
    hit: 'Ich erkläre es kurz.',
    miss: 'Ich schicke es morgen.',
  },
];

/** Der Leserin das eigene Vorhaben abnehmen: „Überlassen Sie das den Leuten, die das gelernt haben.“ */
const handOver: FrameEntry[] = [
  {
    id: 'lass-das-lieber-uns-machen',
    pattern: '@lassen ~1-6 lieber|besser|bitte uns|mich|profis|fachleute|jemanden ~0-2 machen|erledigen|regeln|ran',
    hit: 'Lass das mit dem Router lieber uns machen.',
    miss: 'Lass uns das am Montag besprechen.',
  },
  {
    id: 'ueberlassen-sie-den-leuten',
    pattern: `@überlassen|überlassen|überlass|überlasst ~1-6 (bitte|besser|lieber|getrost) den|denen|dem|der ~0-1 leuten|menschen|profis|fachleuten|experten|kollegen , die ~0-4 beruflich|gelernt|studiert|ausgebildet|täglich|jeden+tag|profis`,
    hit: 'Überlassen Sie das Dach den Leuten, die das beruflich machen.',
    miss: 'Überlassen Sie uns gern die Anmeldung.',
  },
];
/** Ein Angebot, keine Abfuhr: „können Sie uns gern überlassen“, „gehört zum Auftrag“. */
const offers: FrameEntry[] = [
  {
    id: 'angebot',
    pattern: 'gern|gerne|gehört|inklusive|kostenlos|wenn+=Sie+möchten|wenn+du+möchtest|wenn+ihr+möchtet|falls+=Sie',
    hit: 'Das können Sie uns gern überlassen.',
    miss: 'Das überlassen Sie bitte uns.',
  },
];

export const CONDESCENSION_DE: CondescensionData = {
  constructions: [
    // Halbwissen aus Netz, Kurs und Verwandtschaft gegen Ausbildung gestellt.
    { id: 'laienquelle-gegen-fachwissen', parts: [lay, againstTraining], quiet: modesty },
    // Die Aufgabe der Leserin kleinreden, hörbar ungeduldig.
    { id: 'aufgabe-kleinreden', parts: [easy, impatience], quiet: reassurance },
    // Nach unten erklären: für Laien, ohne Vorbildung, ganz einfach.
    { id: 'nach-unten-erklaeren', parts: [lacks, simplify], quiet: modesty },
    // Das eigene Vorhaben der Leserin „den Profis“ übergeben, außer als Angebot.
    { id: 'abnehmen', parts: [handOver], quiet: offers },
    {
      id: 'einzeln',
      parts: [
        [
          {
            id: 'sogar-mein-neffe',
            pattern: `@schaffen|@können|@verstehen|@kapieren|@hinbekommen|@hinkriegen|hin|@begreifen ~0-3 sogar|selbst mein|meine|unser|unsere ~0-1 ${KIN}`,
            hit: 'Das schafft sogar mein Neffe.',
            miss: 'Das schafft unser Team bis Freitag.',
          },
          {
            id: 'jeder-der-schon-mal',
            pattern:
              '@schaffen|@verstehen|@kapieren|@begreifen|@hinbekommen|@hinkriegen ~0-3 jeder|jede|jedermann , der|die ~0-6 schon+mal|schon+einmal|je|jemals',
            hit: 'Das versteht jeder, der schon mal einen Brief geschrieben hat.',
            miss: 'Das bekommt jeder Kunde, der schon mal bei uns war, als Gutschein.',
          },
          {
            id: 'jeder-hin-der-schon-mal',
            pattern: 'jeder|jede|jedermann hin , der|die ~0-6 schon+mal|schon+einmal|je|jemals',
            hit: 'Das kriegt eigentlich jeder hin, der schon mal online bestellt hat.',
            miss: 'Das kriegt jeder Kunde, der schon mal bestellt hat.',
          },
          {
            id: 'anfaengerfehler',
            pattern:
              'anfängerfehler*|anfängergedank*|anfängeridee*|anfängerirrt*|laienfehler*|laiengedank*|laienirrt*|einsteigerfehler*|amateurfehler*|anfängerannahme*',
            unlessBefore: ['mein', 'meinen', 'unser', 'unseren', 'einen+ähnlichen'],
            hit: 'Das ist ein Anfängerfehler.',
            miss: 'Das ist ein Fehler in der Rechnung.',
          },
          {
            id: 'als-laie-kann-man',
            pattern:
              'als laie|laiin|anfänger|anfängerin|nichtfachmann ~0-3 @können|@sein|@haben|@wissen man|=Sie|du|ihr',
            hit: 'Als Laie kann man das nicht beurteilen.',
            miss: 'Als Laie kann ich das nicht beurteilen.',
          },
          {
            id: 'ein-drittes-mal',
            pattern:
              '@erklären|@sagen|@schreiben|@wiederholen|@erläutern ~0-4 ein+drittes+mal|zum+dritten+mal|ein+viertes+mal|zum+x-ten+mal|zum+hundertsten+mal|ein+weiteres+mal+ganz',
            hit: 'Ich erkläre es Ihnen gern ein drittes Mal.',
            miss: 'Ich erkläre es Ihnen gern noch einmal.',
          },
          {
            id: 'nur-weil-sie-wollen',
            pattern: `nur|bloß|allein|einzig weil ${WHO}|=Ihnen|dir|euch|es+=Ihnen|es+dir ~0-6 @wollen|@wünschen|möchten|@gefallen|@passen|@zeichnen|gezeichnet|eingezeichnet|geplant|@finden|@meinen|@glauben|@denken|nervös|ungeduldig|@ärgern|@drängen|@beschweren`,
            hit: 'Nur weil Sie es sich so wünschen, wird die Wand nicht dünner.',
            miss: 'Nur weil Sie krank waren, müssen Sie nichts nachzahlen.',
          },
          {
            id: 'dass-es-ihnen-aendert-nichts',
            pattern: '^dass ~1-8 , @ändern ~0-4 nichts|wenig|kaum',
            hit: 'Dass Ihnen der Preis nicht gefällt, ändert nichts an der Rechnung.',
            miss: 'Dass Sie angerufen haben, freut uns sehr.',
          },
          {
            id: 'mehr-gedanken-als-noetig',
            pattern: `${WHO} @machen ~0-4 mehr|zu+viele gedanken|sorgen|stress|wirbel ~0-1 als nötig|als+nötig|als+notwendig|als+angebracht`,
            hit: 'Sie machen sich mehr Gedanken als nötig.',
            miss: 'Wir machen uns Gedanken über den Ablauf.',
          },
          {
            id: 'mehr-gedanken-als-noetig-2',
            pattern: `${WHO} @machen ~0-4 mehr gedanken|sorgen|stress|wirbel ~0-2 als nötig|notwendig|angebracht`,
            hit: 'Ihr macht euch da mehr Sorgen als notwendig.',
            miss: 'Ihr macht euch da Sorgen, das verstehe ich.',
          },
          {
            id: 'bevor-sie-mehr-kaputt-machen',
            pattern: `bevor ${WHO} ~0-4 (noch) mehr|was|etwas|weiteres|weitere ~0-3 kaputt|verstellst|verstellen|verstellt|anrichten|anrichtest|@beschädigen|@ruinieren`,
            hit: 'Bitte nichts mehr anfassen, bevor Sie noch mehr kaputt machen.',
            miss: 'Bevor Sie mehr bestellen, rufen Sie kurz an.',
          },
          {
            id: 'selbermachen-ueberlegen',
            pattern: 'selbermachen|selbstmachen|heimwerken|basteln|do-it-yourself ~0-6 @überlegen|@lassen|@sein+lassen',
            hit: 'Das mit dem Selbermachen sollten Sie sich noch einmal überlegen.',
            miss: 'Das Selbermachen macht Ihnen sichtlich Freude.',
          },
          {
            id: 'kein-grund-drama',
            pattern:
              'kein|keinen grund ~0-6 drama|theater|aufstand|wirbel|aufregung|aufzuregen|zu+beschweren|beschweren',
            hit: 'Es gibt keinen Grund, deswegen so ein Drama zu machen.',
            miss: 'Es gibt keinen Grund, den Termin zu verschieben.',
          },
        ],
      ],
    },
  ],
};
