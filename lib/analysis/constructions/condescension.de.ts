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
  'internet|internetforum*|internetforen|internetrecherche*|internetseite*|netz|google*|youtube*|tiktok*|instagram*|facebook*|reddit|chatgpt|ki|forum|foren|onlineforum*|blog*|podcast*|webinar*|video|videos|videoanleitung*|anleitungsvideo*|erklärvideo*|youtubevideo*|heimwerkervideo*|kurzvideo*|tutorial*|wochenendkurs*|onlinekurs*|online-kurs*|online-rechner*|online-ratgeber*|online-artikel*|rechner+aus+dem+internet|crashkurs*|volkshochschul*|ratgeberseite*|heimwerkersendung*|baumarkt*|zeitschrift*|frauenzeitschrift*|illustrierte*|zeitung|zeitungsartikel*|artikel|ratgeberbuch*|buch+vom+grabbeltisch|schwager|schwägerin|schwiegermutter|schwiegervater|schwiegersohn|onkel|tante|bruder|schwester|cousin|cousine|kumpel|freund|freundin|bekannter|bekannte|nachbar|nachbarn|nachbarin|stammtisch*|bekanntenkreis|recherche|eigenrecherche|excel-tabelle*|vorlage+aus+dem+netz';
/** Wer es gelernt hat, und wie man es lernt. */
const TRAINED =
  'studium|medizinstudium|jurastudium|studiert*|ausbildung|ausgebildet*|meisterbrief|meisterprüfung|fachleute*|fachmann|fachfrau|fachkraft|fachkräft*|profi*|expert*|spezialist*|elektriker*|ingenieur*|architekt*|statiker*|jurist*|anwalt|anwält*|steuerberater*|arzt|ärzt*|handwerker*|zimmermann|gutachter*|berater*|energieberater*|finanzberater*|zahnarzt|zahnärzt*|therapeut*|physiotherapeut*|notar*|tierarzt|sachverständig*|berufserfahrung|erfahrung|jahrelang*|gelernt*|beruflich|vom+fach|studienfach|lehrberuf|ausbildungsberuf|informatikstudium|architekturstudium|ingenieurstudium|handwerk';
/** Was Fachleute liefern und ein Laientipp nicht: „Ein Rechner aus dem Internet ist kein Gutachten.“ */
const EXPERT_WORK =
  'gutachten|befund|diagnose|untersuchung|beratung|fachberatung|rechtsberatung|steuerberatung|statik|vermessung|planung|ersatz|ratgeber|quelle|informationsquelle|grundlage|basis|idee|weg|stand|forschungsstand|fachliteratur|medizin|wissenschaft';
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
  {
    // Wenig Übung als Wissensquelle: „ein paar Stunden“, „zwei Abende“.
    id: 'ein-paar-stunden',
    pattern:
      'ein+paar|zwei|drei|einige|ein+wochenende|einem+wochenende ~0-1 stunden|videos|artikel|abende|abenden|beiträge|clips|folgen|kurse',
    hit: 'Zwei Abende mit Videos machen Sie noch nicht zum Fliesenleger.',
    miss: 'Zwei Tage später kommt der Fliesenleger.',
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
    pattern: `<neg>|niemand|niemandem|niemanden ~0-2 (gute|guter|gutes|verlässliche|verlässlicher|seriöse|seriöser|richtige|richtiger) ${TRAINED}|${EXPERT_WORK}`,
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
    id: 'kommt-man-nicht-weit',
    pattern: 'nicht+weit|nicht+sehr+weit|nicht+allzu+weit|eigenes+fach|eigene+disziplin|eigenes+handwerk|verschonen',
    hit: 'Mit Tipps aus dem Netz kommt man da nicht weit.',
    miss: 'Mit dem Auto kommt man da gut hin.',
  },
  {
    id: 'stimmt-noch-lange-nicht',
    pattern: 'stimmt|stimmen|wahr ~0-3 <neg>|noch+lange+nicht',
    hit: 'Nur weil es im Netz steht, stimmt es noch lange nicht.',
    miss: 'Nur weil es im Netz steht, ist es schon bekannt.',
  },
  {
    id: 'aber-fachleute',
    pattern: `aber|doch|allerdings|jedoch ~0-6 ${TRAINED}`,
    hit: 'Ihre Schwiegermutter meint es gut, aber das ist ein Lehrberuf.',
    miss: 'Ihre Schwiegermutter meint es gut, aber der Termin passt nicht.',
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
    id: 'ich-selbst',
    pattern: 'ich|wir|mir|uns ~0-1 selbst|selber',
    hit: 'Als Laie habe ich selbst lange gebraucht.',
    miss: 'Als Laie kann man das nicht beurteilen.',
  },
  {
    id: 'wir-lassen',
    pattern: 'lassen|lasse|würde|würden wir|ich',
    hit: 'Die Finger lassen wir davon.',
    miss: 'Die Finger lassen Sie davon.',
  },
  {
    // Das eigene Angebot ergänzt: „ersetzt nicht unser Gespräch, ist aber eine gute Ergänzung“.
    id: 'ergaenzung',
    pattern: 'ergänzung|ergänzen|zusätzlich|hilfreich|nützlich',
    hit: 'Das Video ersetzt kein Gespräch, ist aber eine gute Ergänzung.',
    miss: 'Das Video ersetzt kein Gespräch.',
  },
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
    id: 'so-schwer-ist-es-nicht',
    pattern: `so ${HARD} @sein ~1-3 <neg>|kaum`,
    hit: 'So kompliziert ist es ja nicht.',
    miss: 'So kompliziert ist es, weil zwei Ämter beteiligt sind.',
  },
  {
    id: 'kriegt-man-hin',
    pattern:
      'kriegt|kriegen|kriegst|bekommt|bekommen|bekommst|schafft|schaffen man ~0-5 hin|ohne+studium|ohne+ausbildung',
    hit: 'Das kriegt man eigentlich hin.',
    miss: 'Das bekommt man in jeder Apotheke.',
  },
  {
    id: 'nichts-dabei',
    pattern: 'nichts+dabei|kinderspiel|ein+klacks|klacks|pipifax|kinderkram|im+handumdrehen',
    hit: 'Da ist ja nichts dabei.',
    miss: 'Da ist nichts angekommen.',
  },
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
    pattern:
      'wirklich|echt|ehrlich|ehrlich+gesagt|wahrlich|beileibe|nun+mal|nun+einmal|eigentlich|doch|ja|halt|eben|auch+wieder|gerade',
    hit: 'Das ist echt nicht kompliziert.',
    miss: 'Das ist nicht kompliziert.',
  },
];
/** Ehrliche Beruhigung und Angebote: „keine Sorge“, „wir kümmern uns“, „gern“. */
const reassurance: FrameEntry[] = [
  {
    id: 'beruhigung',
    pattern:
      'keine+sorge|keine+angst|sorge|gern|gerne|danke|schon+sehr+gut|sehr+gut|prima|toll|stolz|zusammenarbeit|mit+=Ihnen|mit+dir|mit+euch|helfe|helfen|zeige|zeigen|kümmern|übernehmen|erledigen|versprochen|zum+glück|glücklicherweise|erfreulicherweise|gute+nachricht',
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
    id: 'ueberlasst-das-jemandem',
    pattern:
      '@überlassen|überlasst|überlass ~1-8 lieber|besser|bitte ~0-3 jemandem|jemand|leuten|profis|fachleuten|experten|einem+fachmann|einer+fachfrau|einem+profi',
    hit: 'Die Planung überlasst ihr lieber jemandem, der das kann.',
    miss: 'Die Planung überlasst ihr uns gern.',
  },
  {
    id: 'lassen-sie-das-einen-fachmann-machen',
    pattern: `@lassen ~1-4 bitte|lieber|besser|mal|ruhig ~0-2 einen|eine|den|die ~0-1 fachmann|fachfrau|profi|profis|fachleute|fachbetrieb|elektriker|installateur|experten ~0-2 machen|erledigen|ran`,
    hit: 'Lassen Sie das bitte einen Fachmann machen.',
    miss: 'Lassen Sie uns das bitte morgen machen.',
  },
  {
    id: 'lass-uns-das-lieber-machen',
    pattern:
      '@lassen ~0-4 (einfach|lieber|besser|ruhig|bitte) uns|mich (das|es|dies) (einfach|lieber|besser) machen|erledigen|übernehmen|ran',
    hit: 'Lass uns das lieber machen.',
    miss: 'Lass uns das lieber am Montag machen.',
  },
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
    // Ein Grund von außen: die Versicherung, die Vorschrift.
    id: 'grund-von-aussen',
    pattern: 'versicherung|vorschrift*|gesetzlich|garantie|gewährleistung|haftung|norm',
    hit: 'Die Verkabelung überlassen Sie bitte uns, das verlangt die Versicherung.',
    miss: 'Die Verkabelung überlassen Sie bitte uns.',
  },
  {
    id: 'angebot',
    pattern: 'gern|gerne|gehört|inklusive|kostenlos|wenn+=Sie+möchten|wenn+du+möchtest|wenn+ihr+möchtet|falls+=Sie',
    hit: 'Das können Sie uns gern überlassen.',
    miss: 'Das überlassen Sie bitte uns.',
  },
];

/** Fehler und Irrtümer … */
const mistake: FrameEntry[] = [
  {
    id: 'fehler',
    pattern: 'fehler|irrtum|irrtümer|denkfehler|trugschluss|missverständnis|annahme|gedanke|vorstellung|falle',
    // „Noch nie ein Angebot ohne Fehler“ denies the work, it does not call the reader a beginner.
    unlessBefore: ['ohne'],
    hit: 'Das ist ein Irrtum.',
    miss: 'Das ist eine Idee.',
  },
];
/** … die Anfängern zugeschrieben werden. */
const novice: FrameEntry[] = [
  {
    id: 'anfaenger',
    pattern:
      'laie|laien|anfänger*|einsteiger*|neuling*|amateur*|hobbyhandwerker*|heimwerker*|bauherren+zum+ersten+mal|zum+ersten+mal|erstmals|noch+nie',
    hit: 'Das passiert Anfängern.',
    miss: 'Das passiert uns.',
  },
];
/** Ermutigung, nicht Herablassung: „Das passiert jedem, ganz normal.“ */
const encouraging: FrameEntry[] = [
  {
    id: 'ganz-normal',
    pattern:
      'normal*|passiert+jedem|passiert+uns|menschlich|verständlich|nicht+schlimm|kein+problem|keine+sorge|ich+auch|wir+auch|mir+auch|uns+auch|selbst+gemacht|gern|gerne',
    hit: 'Das ist ein ganz normaler Anfängerfehler.',
    miss: 'Das ist ein typischer Anfängerfehler.',
  },
];

/** „Nicht jedermanns Sache“ … */
const notEveryones: FrameEntry[] = [
  {
    id: 'nicht-jedermanns-sache',
    pattern:
      'nicht+jedermanns+sache|nicht+jedermanns+ding|nicht+ihr+ding|nicht+ihre+stärke|nicht+deine+stärke|nicht+dein+ding',
    hit: 'Zahlen sind nicht jedermanns Sache.',
    miss: 'Zahlen sind unsere Sache.',
  },
];
/** … darum nur das Nötigste. */
const justTheBasics: FrameEntry[] = [
  {
    id: 'nur-das-wichtigste',
    pattern:
      'nur+das+wichtigste|nur+das+nötigste|ganz+kurz|ganz+einfach|kurz+und+einfach|in+einfachen+worten|grundlagen|einfach+gehalten',
    hit: 'Deshalb nur das Wichtigste.',
    miss: 'Deshalb alles im Anhang.',
  },
];

/** Das Urteil in einem Wort: „Anfängerfehler“, „Laienirrtum“. */
const noviceWord: FrameEntry[] = [
  {
    id: 'anfaengerfehler-wort',
    pattern:
      'anfängerfehler*|anfängergedank*|anfängeridee*|anfängerirrt*|laienfehler*|laiengedank*|laienirrt*|einsteigerfehler*|amateurfehler*|anfängerannahme*',
    unlessBefore: ['mein', 'meinen', 'unser', 'unseren', 'einen+ähnlichen'],
    hit: 'Das ist ein Anfängerfehler.',
    miss: 'Das ist ein Fehler in der Rechnung.',
  },
];

/** Noch einmal erklärt … */
const again: FrameEntry[] = [
  {
    id: 'noch-einmal',
    pattern: 'noch+einmal|nochmal|nochmals|erneut|ein+weiteres+mal|ein+letztes+mal|zum+wiederholten+mal',
    hit: 'Ich schreibe es noch einmal auf.',
    miss: 'Ich schreibe es auf.',
  },
];
/** … und dabei vereinfacht. */
const simpler: FrameEntry[] = [
  {
    id: 'einfacher',
    pattern:
      'ganz+einfach|ganz+simpel|einfacher|einfacheren|einfachen+worten|einfachste|langsamer|langsam|idiotensicher|für+dummies|schritt+für+schritt+ganz|zum+mitschreiben',
    hit: 'Ich versuche es mit einfacheren Worten.',
    miss: 'Ich versuche es mit anderen Worten.',
  },
];
/** Ein Angebot zum Nachfragen: „falls Sie möchten“, „am Telefon“. */
const ifHelpful: FrameEntry[] = [
  {
    id: 'falls-gewuenscht',
    pattern: 'falls|wenn+=Sie+möchten|wenn+du+möchtest|wenn+ihr+möchtet|wenn+es+hilft|telefon|telefonisch|anruf|termin',
    hit: 'Falls es hilft, erkläre ich es noch einmal ganz einfach.',
    miss: 'Ich erkläre es noch einmal ganz einfach.',
  },
];

/** „Nur weil Sie …“ … */
const justBecause: FrameEntry[] = [
  {
    id: 'nur-weil-sie',
    pattern: `nur|bloß|allein|einzig weil ${WHO}|=Ihnen|dir|euch|es+=Ihnen|es+dir`,
    hit: 'Nur weil Sie es eilig haben, geht es nicht schneller.',
    miss: 'Weil Sie es eilig haben, kommen wir schon morgen.',
  },
];
/** … geht es nicht schneller, wird es nicht besser. */
const notFaster: FrameEntry[] = [
  {
    id: 'nicht-schneller',
    pattern:
      '<neg> ~0-1 schneller|früher|eher|besser|billiger|günstiger|anders|stabiler|tragfähiger|dünner|leichter|sicherer|trockener',
    hit: 'Der Estrich trocknet nicht schneller.',
    miss: 'Der Estrich trocknet nicht vor Montag.',
  },
];

/** „Diesmal“ … */
const thisTime: FrameEntry[] = [
  {
    id: 'diesmal',
    pattern: 'diesmal|dieses+mal|ausnahmsweise|zur+abwechslung',
    hit: 'Diesmal bitte bis zum Ende.',
    miss: 'Bitte bis zum Ende.',
  },
];
/** … genau lesen, hinschauen, zuhören … */
const attend: FrameEntry[] = [
  {
    id: 'genau-lesen',
    pattern:
      '@lesen|@durchlesen|@anschauen|@ansehen|@durchsehen|@zuhören|@beachten|genauer|gründlich|gründlicher|sorgfältig|sorgfältiger|aufmerksam|aufmerksamer|bis+zum+ende|bis+zum+schluss',
    hit: 'Schauen Sie bitte genauer hin.',
    miss: 'Schauen Sie bitte vorbei.',
  },
];
/** Ein neuer oder geänderter Text: dann ist „diesmal“ ein Hinweis, kein Vorwurf. */
const changedText: FrameEntry[] = [
  {
    id: 'geaendert',
    pattern: 'in+ruhe|geändert|neu|neue|neuen|aktualisiert|überarbeitet|ergänzt',
    hit: 'Lesen Sie diesmal bitte genau, es hat sich einiges geändert.',
    miss: 'Lesen Sie diesmal bitte genau.',
  },
];
/** … wenn die Leserin es tun soll. */
const readerDoes: FrameEntry[] = [
  {
    id: 'leserin',
    pattern: `${WHO}|bitte`,
    hit: 'Lesen Sie es durch.',
    miss: 'Wir lesen es durch.',
  },
];

/** Die Finger davon lassen … */
const fingers: FrameEntry[] = [
  {
    id: 'finger-lassen',
    pattern: 'finger ~0-6 lassen|weglassen|weg',
    hit: 'Davon sollten Sie die Finger lassen.',
    miss: 'Davon sollten Sie zwei bestellen.',
  },
];
/** … bei Arbeit, die die Leserin selbst machen will. */
const diy: FrameEntry[] = [
  {
    id: 'selbst-machen',
    pattern:
      'als+laie|als+laiin|selbst|selber|heimwerk*|handwerk*|hobby*|bastel*|elektrik|elektro*|leitung*|statik|künftig|in+zukunft|lieber|besser',
    hit: 'Vom Dach lassen Sie als Laie besser die Finger.',
    miss: 'Vom Angebot des Anbieters würde ich die Finger lassen.',
  },
];

/** Eine Entschuldigung: „das tut mir leid“. Dann ist es Bedauern, keine Abfuhr. */
const apology: FrameEntry[] = [
  {
    id: 'entschuldigung',
    pattern: 'leid|entschuldig*|bedaure*|bedauern|sorry',
    hit: 'Auch wenn es Ihnen nicht gefällt, es tut mir leid.',
    miss: 'Auch wenn es Ihnen nicht gefällt, die Norm gilt.',
  },
];

/** Dass es der Leserin nicht gefällt … */
const whetherYouLike: FrameEntry[] = [
  {
    id: 'auch-wenn-es-ihnen-nicht-gefaellt',
    pattern: 'auch+wenn|selbst+wenn|wenn es|das ~0-1 =Ihnen|dir|euch ~0-2 <neg> ~0-1 gefällt|gefallen|passt|schmeckt',
    hit: 'Die Norm gilt, auch wenn es Ihnen nicht gefällt.',
    miss: 'Sagen Sie Bescheid, wenn Ihnen der Entwurf nicht gefällt.',
  },
  {
    id: 'ob-es-ihnen-gefaellt',
    pattern: `ob ${WHO}|=Ihnen|dir|euch|es+=Ihnen|es+dir ~0-4 @gefallen|@passen|@mögen|einverstanden|zufrieden|unzufrieden|@wollen ~0-2 oder+nicht`,
    hit: 'Ob es Ihnen gefällt oder nicht, die Norm gilt.',
    miss: 'Ob Sie kommen oder nicht, sagen Sie bitte Bescheid.',
  },
];

// Die folgenden Konstruktionen stammen aus dem Blindsatz dism5: was fremde Mails
// gemeinsam haben, nicht ihr Wortlaut.

/** Die Reaktion der Leserin als Übermaß benannt: „dramatisieren“, „sich hineinsteigern“. */
const overreaction: FrameEntry[] = [
  {
    id: 'ueberreaktion',
    pattern:
      'dramatisier*|überdramatisier*|überreagier*|hysterisch*|hineinsteiger*|reinsteiger*|aufbausch*|hochgespielt|hochzuspielen|hochspielen',
    hit: 'Ihr dramatisiert das gerade ein bisschen.',
    miss: 'Ihr plant das gerade ein bisschen um.',
  },
  {
    // Gefühl mit einem Wort des Zuviel davor: „nicht gleich Panik“, „wieder in helle Aufregung“.
    id: 'gleich-panik',
    pattern:
      'gleich|sofort|künstlich|wieder|derart|dermassen|unnötig|voreilig|grundlos|helle ~0-2 panik|verrückt|aufregung|aufgeregt|@aufregen|aufregst|aufzuregen|nervös|hektisch',
    hit: 'Da muss man sich nicht gleich verrückt machen.',
    miss: 'Da muss man sich nicht gleich entscheiden.',
  },
  {
    // „Reg dich nicht künstlich auf“: das abgetrennte „auf“ nur direkt nach „künstlich“.
    id: 'kuenstlich-auf',
    pattern: 'künstlich|unnötig auf',
    hit: 'Reg dich nicht künstlich auf.',
    miss: 'Stell das Glas bitte wieder auf den Tisch.',
  },
];
/** … über die Leserin gesagt (auch als „man“ oder im Imperativ mit „dich“). */
const feeler: FrameEntry[] = [
  {
    id: 'leserin-oder-man',
    pattern: '=Sie|du|ihr|dich|dir|euch|sich|man|jemand|niemand|keiner|alle',
    hit: 'Reg dich nicht auf.',
    miss: 'Die Heizung läuft wieder.',
  },
];
/** Ehrliches Mitgefühl oder die eigene Aufregung: „verständlich“, „das hat mich geärgert“. */
const feelingValidated: FrameEntry[] = [
  {
    id: 'verstaendlich',
    pattern:
      'verständlich|nachvollziehbar|zu+recht|berechtigt|kann+ich+gut+verstehen|verstehe+ich|leid|mich|uns|ich+habe|wir+haben|ich+war|wir+waren',
    hit: 'Dass Sie sich aufregen, ist völlig verständlich.',
    miss: 'Regen Sie sich nicht gleich auf.',
  },
];

/** Gefühle gegen die Sache gestellt: „Sie sind emotional, bleiben wir sachlich.“ */
const feelings: FrameEntry[] = [
  {
    id: 'emotional',
    pattern: 'emotional|emotionen|emotionalität|aufgeregt|aufgebracht|gefühlsbetont',
    hit: 'Sie sind gerade sehr emotional.',
    miss: 'Sie sind gerade sehr beschäftigt.',
  },
];
const backToFacts: FrameEntry[] = [
  {
    id: 'sachlich-bleiben',
    pattern:
      'sachlich|nüchtern|vernünftig|objektiv|bei+den+fakten|auf+die+fakten|zur+sache|auf+dem+teppich ~0-1 bleiben|bleibst|bleibt|zurückkommen|diskutieren',
    hit: 'Lassen Sie uns bitte sachlich bleiben.',
    miss: 'Wir bleiben bis Montag im Büro.',
  },
];

/** Netz und Medien als Quelle der Leserin (Komposita wie „Gesundheitsforum“ über `compounds`). */
const media: FrameEntry[] = [
  {
    id: 'medien',
    pattern:
      'internet|netz|google*|googel*|googl*|gegoogelt|youtube*|tiktok*|instagram*|facebook*|reddit|chatgpt|wikipedia|forum|foren|blog|blogs|podcast*|video|videos|tutorial*|ratgeber*|sendung|fernseh*|tv|talkshow*|zeitschrift*|illustrierte*|zeitungsartikel*|heimwerkersendung*',
    unlessBefore: ['unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem', 'meinen'],
    unlessAfter: ['konferenz', 'call', 'gespräch', 'termin', 'sprechstunde'],
    hit: 'Das steht so in einem Forum.',
    miss: 'Das steht so in unserem Vertrag.',
  },
];
/** Die Quelle der Leserin abgewertet: „aus irgendeinem Forum“, „zusammengereimt“. */
const sourceBelittled: FrameEntry[] = [
  {
    id: 'irgendeine-quelle',
    pattern:
      'irgendein|irgendeinem|irgendeiner|irgendeine|irgendeinen|irgendwelchen|irgendwo|aufgeschnappt|zusammengereimt|zusammengesucht|zusammengegoogelt|zusammengebastelt|halbwissen|zu+viele|zu+viel|nicht+alles|nicht+jedes|nicht+jeden|nicht+jede|egal+was|egal+,+was|was+auch+immer',
    hit: 'Das haben Sie wohl irgendwo aufgeschnappt.',
    miss: 'Das haben Sie uns dankenswerterweise geschickt.',
  },
  {
    // „auch wenn das in Hundeforen gern anders dargestellt wird“.
    id: 'anders-dargestellt',
    pattern: 'anders ~0-1 dargestellt|behauptet|beschrieben|steht|klingt|erzählt',
    hit: 'Im Forum wird das gern anders dargestellt.',
    miss: 'Im Forum wird das gern ausführlich dargestellt.',
  },
  {
    // „… vielschichtiger, als es in einer Sendung rüberkommt“.
    id: 'vielschichtiger-als',
    pattern:
      'vielschichtiger|komplexer|komplizierter|differenzierter|schwieriger|nuancierter|anspruchsvoller ~0-2 als|wie',
    hit: 'Das ist komplexer, als es in dem Video aussieht.',
    miss: 'Das ist einfacher, als es in dem Video aussieht.',
  },
  {
    // „… und nicht Dr. Google“, „statt einem Forum“.
    id: 'statt-quelle',
    pattern:
      'statt|anstatt|und+nicht|nicht+etwa|nicht+aber ~0-2 dr|google*|internet|netz|youtube*|tiktok*|forum|foren|chatgpt',
    hit: 'Fragen Sie uns und nicht das Internet.',
    miss: 'Fragen Sie uns oder Frau Roth.',
  },
];

/** „Nur weil Ihre Schwägerin …“: eine fremde Erfahrung abgetan. */
const justBecauseAnyone: FrameEntry[] = [
  {
    id: 'nur-weil',
    pattern: 'nur|bloss|allein|einzig weil',
    hit: 'Nur weil es im Netz steht, stimmt es nicht.',
    miss: 'Weil es im Netz steht, finden Sie es leicht.',
  },
];
/** Fremde Leute, von denen die Leserin ihre Meinung hat. */
const others: FrameEntry[] = [
  {
    id: 'andere-leute',
    pattern:
      'kollege|kollegin|bekannte*|freund|freundin|freunde|freundinnen|verwandte*|nachbarn|schwager|schwägerin|schwiegermutter|schwiegervater|mutter|vater|bruder|schwester|jemand|andere|anderen|anderer',
    hit: 'Nur weil Ihr Kollege das so macht, ist es nicht richtig.',
    miss: 'Nur weil der Wert erhöht ist, handeln wir nicht sofort.',
  },
];

/** Laien, mit denen man nicht diskutiert. */
const layPeople: FrameEntry[] = [
  {
    id: 'laien',
    pattern: 'laie|laien|laiin|nichtfachleute*|nichtfachmann|nicht+vom+fach|nichtdesigner*|nichtjurist*|fachfremde*',
    hit: 'Mit Laien diskutiere ich darüber nicht.',
    miss: 'Mit Frau Berg diskutiere ich darüber nicht.',
  },
];
const debate: FrameEntry[] = [
  {
    id: 'diskutieren',
    pattern: '@diskutieren|@debattieren|@streiten|diskussion*|debatte*|grundsatzdiskussion*',
    hit: 'Darüber diskutiere ich ungern.',
    miss: 'Darüber schreibe ich gern.',
  },
];

/** Ein Thema „für Anfänger“: „Das ist Führung für Anfänger.“ */
const forBeginners: FrameEntry[] = [
  {
    id: 'fuer-anfaenger',
    pattern:
      'für+anfänger|für+anfängerinnen|für+einsteiger|für+dummies|für+dummys|für+erstsemester|erstes+semester|kleines+einmaleins|kleine+einmaleins|grundkurs',
    hit: 'Das ist Buchhaltung für Anfänger.',
    miss: 'Das ist Buchhaltung für Fortgeschrittene.',
  },
];
const thatIs: FrameEntry[] = [
  {
    id: 'das-ist',
    pattern: 'das|dies|es @sein',
    hit: 'Das ist so.',
    miss: 'Wir kommen.',
  },
];
/** Ein Kurs, ein Buch: ein Angebot, keine Herabsetzung. */
const course: FrameEntry[] = [
  {
    id: 'kurs',
    pattern:
      'kurs*|workshop*|seminar*|buch|bücher|leitfaden|anleitung*|schulung*|training*|modul*|programm*|webinar*|angebot*|vortrag*|gern|gerne|empfehle*',
    hit: 'Das ist ein Kurs für Anfänger.',
    miss: 'Das ist Recht für Anfänger.',
  },
];

/** Der Leserin nicht erklärt bekommen wollen, was man beruflich macht. */
const dontTeachMe: FrameEntry[] = [
  {
    id: 'muessen-sie-mir-nicht-erklaeren',
    pattern: `@müssen|@brauchen ${WHO} mir|uns ~0-3 <neg> ~0-2 erklären|zu+erklären|beibringen|beizubringen|zeigen|zu+zeigen|sagen|zu+sagen`,
    hit: 'Das müssen Sie mir aber nicht erklären.',
    miss: 'Das müssen Sie mir bis Freitag schicken.',
  },
];
const ownYears: FrameEntry[] = [
  {
    id: 'seit-jahren',
    pattern:
      'seit ~0-3 jahren|jahrzehnten|jahrzehnt|lehrjahr*|berufsjahren|beruflich|vom+fach|mein+beruf|mein+handwerk|meinen+beruf|profi*',
    hit: 'Das mache ich seit fünfundzwanzig Jahren.',
    miss: 'Das mache ich am Montag.',
  },
];

/** „Jeder Laie weiß doch …“: Wissen als selbstverständlich unterstellt. */
const everyoneKnows: FrameEntry[] = [
  {
    id: 'jeder-laie-weiss',
    pattern:
      'jeder|jede|jedes|jedermann ~0-1 laie|kind|schulkind|mensch|azubi|anfänger|erstklässler|grundschüler|autofahrer weiss|weiß|versteht|sieht|kennt',
    unlessBefore: ['nicht', 'fast', 'kaum'],
    hit: 'Jeder Laie weiß doch, dass das nicht geht.',
    miss: 'Nicht jeder Laie weiß, dass das nicht geht.',
  },
  {
    id: 'sollte-von-selbst',
    pattern: 'sollte|sollten|müsste|müssten|dürfte ~0-4 von+selbst',
    hit: 'Das sollte sich eigentlich von selbst verstehen.',
    miss: 'Die Kosten übernehmen wir, das versteht sich von selbst.',
  },
  {
    // „Mehr brauchen Sie im Moment nicht zu wissen.“
    id: 'mehr-muessen-sie-nicht-wissen',
    pattern: `mehr|alles+andere|den+rest @brauchen|@müssen ${WHO} ~0-5 <neg> ~0-1 zu+wissen|wissen|zu+verstehen|verstehen`,
    hit: 'Mehr brauchen Sie im Moment nicht zu wissen.',
    miss: 'Mehr brauchen Sie im Moment nicht zu tun.',
  },
];

/** Die Idee der Leserin als naiv: „lieb gemeint, aber blauäugig“. */
const naive: FrameEntry[] = [
  {
    id: 'blauaeugig',
    pattern:
      'naiv|blauäugig|weltfremd|realitätsfern|realitätsfremd|wunschdenken|träumerei*|luftschloss|luftschlösser|zu+romantisch|zu+idealistisch|rosarot*|rosaroten',
    unlessBefore: ['nicht', 'keineswegs', 'keinesfalls', 'kein'],
    hit: 'Die Idee ist ehrlich gesagt ziemlich blauäugig.',
    miss: 'Die Idee ist überhaupt nicht naiv.',
  },
];
/** … außer über sich selbst: „da war ich naiv“. */
const selfNaive: FrameEntry[] = [
  {
    id: 'ich-war-naiv',
    pattern: 'ich|wir @sein|war|waren|bin|sind ~0-3 naiv|blauäugig',
    hit: 'Ich war da wohl etwas naiv.',
    miss: 'Da waren Sie wohl etwas naiv.',
  },
  {
    id: 'war-ich-naiv',
    pattern: 'war|waren|bin|sind ich|wir ~0-3 naiv|blauäugig',
    hit: 'Vielleicht bin ich da naiv.',
    miss: 'Vielleicht sind Sie da naiv.',
  },
];

/** Die Arbeit der Leserin in eine Laienwelt gerückt: „eher was für den Vereinsflyer“. */
const amateurStage: FrameEntry[] = [
  {
    id: 'vereinsflyer',
    pattern:
      'schülerzeitung*|vereinsflyer*|vereinsheft*|vereinszeitung*|sportverein*|vereinsfest*|kindergeburtstag*|schulfest*|schulprojekt*|schulaufsatz|flohmarkt*|bastelstunde*|bastelkeller|hobbykeller|dorffest*|gemeindeblatt*|pfarrbrief*|kaffeefahrt*|abizeitung*|kindergarten*',
    hit: 'Das wirkt eher wie ein Schulprojekt.',
    miss: 'Das wirkt eher wie ein Entwurf.',
  },
];
const ratherLike: FrameEntry[] = [
  {
    id: 'eher-wie',
    pattern: 'eher|wie+aus|wie+für|erinnert|passt|passen|gehört|taugt|niveau',
    hit: 'Das gehört auf den Flohmarkt.',
    miss: 'Das kommt auf den Flohmarkt.',
  },
];

/** „Glauben Sie mir …“ … */
const trustMe: FrameEntry[] = [
  {
    id: 'glauben-sie-mir',
    pattern: `glauben|vertrauen|verlassen ${WHO}|mir|dich ~0-2 mir|mich|ruhig`,
    hit: 'Glauben Sie mir, das passt so.',
    miss: 'Schicken Sie mir bitte die Datei.',
  },
  {
    id: 'duerfen-mir-glauben',
    pattern: `@dürfen|@können|${WHO} ~0-2 mir|uns ~0-1 glauben|vertrauen`,
    hit: 'Sie dürfen mir ruhig glauben.',
    miss: 'Sie dürfen mir gern schreiben.',
  },
];
/** … ich kann das beurteilen. */
const ownJudgement: FrameEntry[] = [
  {
    id: 'ich-kann-das-beurteilen',
    pattern:
      'ich|wir ~0-6 @beurteilen|beurteilen|@einschätzen|einschätzen|einzuschätzen|@auskennen|@wissen+was|@verstehen+mein|@verstehen+unser|@machen+das+seit',
    hit: 'Ich kann das durchaus beurteilen.',
    miss: 'Ich kann das bis Freitag schicken.',
  },
];

/** „Nun mal langsam.“: die Leserin gebremst. */
const slowDown: FrameEntry[] = [
  {
    id: 'nun-mal-langsam',
    pattern: '^nun|jetzt|immer|ganz (mal) (ganz) langsam|sachte|halblang|ruhig+blut',
    unlessAfter: ['und', 'vorwärts', 'voran', 'angehen', 'aufbauen', 'steigern', 'starten', 'beginnen'],
    hit: 'Nun mal langsam, die Frist läuft noch.',
    miss: 'Jetzt langsam steigern und dann die Übung halten.',
  },
];

/** „Wo haben Sie das denn her?“ … */
const whereFrom: FrameEntry[] = [
  {
    id: 'wo-haben-sie-das-her',
    pattern: `wo|woher ~0-2 ${WHO} ~0-4 her|aufgeschnappt|gelesen|gehört|haben`,
    hit: 'Wo haben Sie das denn her?',
    miss: 'Wann haben Sie das geschickt?',
  },
  {
    id: 'woher-haben-sie',
    pattern: `woher @haben ${WHO}`,
    hit: 'Woher haben Sie diese Zahl?',
    miss: 'Wann haben Sie diese Zahl geschickt?',
  },
];
const whereFromClaim: FrameEntry[] = [
  {
    id: 'das-oder-die-idee',
    pattern:
      'das|dies|die+idee|die+theorie|diese+idee|diese+theorie|diese+zahl|die+zahl|diese+info*|den+tipp|diesen+tipp',
    hit: 'Das weiß ich.',
    miss: 'Wir wissen es.',
  },
];
/** … aus Neugier gefragt, mit Lob: keine Abwertung. */
const curious: FrameEntry[] = [
  {
    id: 'neugier-lob',
    pattern:
      'schön|toll|super|großartig|klasse|wunderbar|gefällt|gefallen|neugierig|interessiert|tolle|schöne|gern|gerne',
    hit: 'Wo haben Sie das her? Das gefällt mir.',
    miss: 'Wo haben Sie das her?',
  },
];

/** Herablassendes Lob vor dem Einwand: „nett gedacht, aber“, „lieb gemeint, aber“. */
const patronisingPraise: FrameEntry[] = [
  {
    id: 'nett-gedacht',
    pattern: 'nett|lieb|gut|süß|niedlich|putzig ~0-1 gedacht|gemeint|versucht|von+ihnen+gedacht',
    hit: 'Das ist nett gedacht.',
    miss: 'Das ist gut gelaufen.',
  },
];
const butTurn: FrameEntry[] = [
  {
    id: 'aber',
    pattern: 'aber|allerdings|jedoch|nur|leider',
    hit: 'Schön, aber zu spät.',
    miss: 'Schön und pünktlich.',
  },
];
/** Dank dafür ist kein Einwand: „Das ist lieb gemeint, vielen Dank!“ */
const thanks: FrameEntry[] = [
  {
    id: 'danke',
    pattern: 'danke*|dank|freue|freut',
    hit: 'Das ist lieb gemeint, danke!',
    miss: 'Das ist lieb gemeint, aber zu viel.',
  },
];

// Aus dem zweiten Blindsatz dism5b.

/** „Das haben Sie wohl von Ihrem Schwager?“: die Quelle erraten, um sie abzutun. */
const guessedSource: FrameEntry[] = [
  {
    id: 'wohl-von',
    pattern: 'wohl|vermutlich|bestimmt|sicher|tippe|schätze ~0-6 von|aus|bei',
    hit: 'Das hast du wohl von deinem Schwager.',
    miss: 'Das hast du von deinem Schwager.',
  },
];

/** „damit auch Sie es verstehen“: die Leserin als die Langsamste. */
const evenYou: FrameEntry[] = [
  {
    id: 'damit-auch-sie',
    pattern: `damit|sodass|dass auch|sogar|selbst ${WHO} ~0-3 verstehen|verstehst|versteht|nachvollziehen|folgen|folgen+können|kapieren|durchblicken|mitkommen`,
    hit: 'Ich schreibe es so, dass auch Sie es verstehen.',
    miss: 'Ich schreibe es so, dass Sie es morgen haben.',
  },
];

/** „Kein Grund, mir nachts zu schreiben“: der Kontakt der Leserin als überflüssig. */
const noReasonToContact: FrameEntry[] = [
  {
    id: 'kein-grund-mir-zu-schreiben',
    pattern:
      'kein|keinen grund ~0-8 mir|mich|uns ~0-6 zu+schreiben|zu+schicken|zu+mailen|anzurufen|zu+melden|zu+simsen|nachzurichten',
    hit: 'Das ist kein Grund, mir nachts eine Nachricht zu schicken.',
    miss: 'Das ist kein Grund, den Termin zu verschieben.',
  },
];
/** Wir melden uns selbst: ein Angebot. */
const weCall: FrameEntry[] = [
  {
    id: 'wir-melden-uns',
    pattern: 'wir|ich ~0-2 melden|melde|rufen|rufe|schreiben|schreibe|gern|gerne|danke*',
    hit: 'Kein Grund, uns anzurufen, wir melden uns.',
    miss: 'Kein Grund, uns anzurufen.',
  },
];

/** „Vor Gericht zählen keine Gefühle, sondern Belege.“ */
const noFeelings: FrameEntry[] = [
  {
    id: 'keine-gefuehle',
    pattern: '<neg> ~0-3 gefühle|gefühl|emotionen|empörung|befindlichkeiten|aufregung',
    hit: 'Dort zählen keine Gefühle.',
    miss: 'Dort zählen keine Stunden.',
  },
];
const evidence: FrameEntry[] = [
  {
    id: 'belege',
    pattern: 'belege|beweise|fakten|tatsachen|zahlen|unterlagen|nachweise|argumente|sondern',
    hit: 'Es zählen Belege.',
    miss: 'Es zählt Geduld.',
  },
];

/** „da muss man nicht gleich an das Schlimmste denken“: das unpersönliche „man“ belehrt. */
const worstCase: FrameEntry[] = [
  {
    id: 'man-nicht-gleich-das-schlimmste',
    pattern: 'man ~0-4 gleich|sofort|immer ~0-3 schlimmste|schlimmsten|schwarz|schwarzmalen|schwarzsehen|katastrophe',
    hit: 'Da muss man nicht gleich an das Schlimmste denken.',
    miss: 'Da plant man gleich die nächste Woche.',
  },
];

/** „Das Problem saß vor dem Bildschirm“: der Fehler bei der Leserin, als Witz. */
const userError: FrameEntry[] = [
  {
    id: 'vor-dem-bildschirm',
    pattern:
      'vor+dem+bildschirm|vor+dem+rechner|vor+dem+computer|vor+der+tastatur|vor+dem+monitor|vor+dem+gerät|anwenderfehler|bedienfehler|layer+8',
    hit: 'Das Problem saß vor dem Bildschirm.',
    miss: 'Die Maus liegt neben dem Bildschirm.',
  },
];
const problem: FrameEntry[] = [
  {
    id: 'problem',
    pattern: 'problem|fehler|ursache|übeltäter|schuldige|saß|sass|sitzt',
    hit: 'Der Fehler war schnell gefunden.',
    miss: 'Die Lösung war schnell gefunden.',
  },
];

/** „Das haben schon Hunderte geschafft, also schaffen Sie das auch.“ */
const othersManaged: FrameEntry[] = [
  {
    id: 'hunderte-kamen-zurecht',
    pattern:
      'hundert*|dutzend*|alle|allen|jeder|jede|unzählige*|etliche* ~0-6 zurecht*|zurechtgekommen|geschafft|hinbekommen|hingekriegt|verstanden|kapiert|problemlos',
    hit: 'Bisher sind alle damit zurechtgekommen.',
    miss: 'Bisher sind alle Unterlagen angekommen.',
  },
];
const youToo: FrameEntry[] = [
  {
    id: 'sie-auch',
    pattern: `${WHO} ~0-3 auch|ebenfalls`,
    hit: 'Das schaffen Sie auch.',
    miss: 'Das schaffen wir auch.',
  },
];

/** „Grundrisse zeichnet man nicht auf Kästchenpapier“: die Regel, als wüsste die Leserin sie nicht. */
const howOneDoes: FrameEntry[] = [
  {
    id: 'macht-man-nicht',
    pattern: 'man <neg> ~0-4 auf|mit|an|in|per|über|im|am|aus|einfach|so',
    // Nach dem Verb der Inversion („zeichnet man nicht“), nicht im Nebensatz („wenn man nicht …“).
    unlessBefore: [
      'wenn',
      'dass',
      'ob',
      'weil',
      'da',
      'wie',
      'als',
      'damit',
      'bevor',
      'sobald',
      'falls',
      'so',
      ',',
      'was',
      'wo',
    ],
    hit: 'Fliesen verfugt man nicht mit Silikon.',
    miss: 'Wir verfugen die Fliesen mit Silikon.',
  },
];
/** Was man nicht kann, weiß oder bekommt, ist keine Belehrung. */
const oneCannot: FrameEntry[] = [
  {
    id: 'kann-man-nicht',
    pattern:
      'kann|konnte|könnte|muss|müsste|darf|dürfte|soll|sollte|braucht|weiß|weiss|sieht|bekommt|kriegt|findet|hört|erkennt|merkt|erreicht|sagt|leider|vorher|genau|noch|mehr|ändern|gewinnt|verliert|zahlt|bezahlt',
    hit: 'Das kann man nicht ändern.',
    miss: 'Das klebt man nicht an.',
  },
];

/** „jemand, der sich wirklich auskennt“: der Leserin abgesprochen. */
const actuallyKnows: FrameEntry[] = [
  {
    id: 'jemand-der-sich-wirklich-auskennt',
    pattern:
      'jemand|jemandem|jemanden|leute|leuten|menschen , der|die|dem ~0-3 wirklich|tatsächlich|richtig|auch ~0-2 auskennt|auskennen|ahnung|versteht|verstehen|kann|können',
    hit: 'Das überlassen Sie besser jemandem, der sich wirklich auskennt.',
    miss: 'Das übernimmt jemand, der morgen Zeit hat.',
  },
];

/** „Ich verstehe ja, dass es komisch aussieht, aber eine Warnung ist kein Fehler.“ */
const concede: FrameEntry[] = [
  {
    id: 'schon-klar',
    pattern: 'verstehe+ja|weiß+ja|weiss+ja|schon+klar|sorry+,+aber|tut+mir+leid+,+aber|mag+ja+sein',
    hit: 'Ich verstehe ja, dass es komisch aussieht.',
    miss: 'Ich verstehe, dass es komisch aussieht.',
  },
];
const notABug: FrameEntry[] = [
  {
    id: 'kein-fehler',
    pattern: 'kein|keine fehler|bug|defekt|mangel|notfall|weltuntergang|drama|beinbruch|katastrophe',
    hit: 'Eine Warnung ist kein Fehler.',
    miss: 'Eine Warnung ist keine Pflicht.',
  },
];

// Aus dem dritten Blindsatz dism5c.

/** Was ein Bekannter der Leserin erzählt hat … */
const hearsay: FrameEntry[] = [
  {
    id: 'erzaehlt',
    pattern: 'erzählt|erzählen|erzählte|gesagt|sagt|meint|behauptet|geraten|empfohlen|weisgemacht|eingeredet',
    hit: 'Das hat sie Ihnen erzählt.',
    miss: 'Das hat sie Ihnen geschickt.',
  },
];
/** … als Märchen abgetan. */
const myth: FrameEntry[] = [
  {
    id: 'halbwissen',
    pattern: 'halbwissen|mythos|märchen|ammenmärchen|unsinn|quatsch|irrglaube*|humbug|hokuspokus|stammtischwissen',
    hit: 'Das ist typisches Halbwissen.',
    miss: 'Das ist typisches Aprilwetter.',
  },
];

/** „Ich weiß nicht, wer euch erzählt hat …“ */
const whoToldYou: FrameEntry[] = [
  {
    id: 'wer-hat-euch-erzaehlt',
    pattern: `weiß+nicht|weiss+nicht|keine+ahnung|wer+auch+immer ~0-2 wer ~0-2 ${WHO}|=Ihnen|dir|euch ~0-3 erzählt|gesagt|weisgemacht|eingeredet|beigebracht|versprochen`,
    hit: 'Ich weiß nicht, wer Ihnen das erzählt hat.',
    miss: 'Ich weiß nicht, wer Ihnen das Paket gebracht hat.',
  },
];

/** „Das ist nicht Ihre Baustelle“, „unser Job und nicht Ihrer“. */
const notYourBusiness: FrameEntry[] = [
  {
    id: 'nicht-ihre-baustelle',
    pattern: '<neg> ~0-1 =Ihre|=Ihr|deine|dein|eure|euer baustelle|bier|ressort|sache|aufgabe|metier',
    hit: 'Das ist nicht Ihre Baustelle.',
    miss: 'Das ist Ihre Baustelle in der Nachbarschaft.',
  },
  {
    id: 'unser-job-nicht-ihrer',
    pattern: 'unser|unsere|mein|meine job|aufgabe|sache|beruf ~0-2 nicht ~0-1 =Ihrer|=Ihre|deiner|deine|eurer|eure',
    hit: 'Das ist unser Job und nicht Ihrer.',
    miss: 'Das ist unser Job, danke fürs Mitdenken.',
  },
];
const gladly: FrameEntry[] = [
  {
    id: 'gern',
    pattern: 'gern|gerne|kümmern|kümmere|übernehmen|übernehme',
    hit: 'Darum kümmern wir uns gern.',
    miss: 'Darum geht es nicht.',
  },
];

/** „Bildaufbau ist ein bisschen mehr als ein Filter“: die Vorstellung der Leserin als zu klein. */
const moreThan: FrameEntry[] = [
  {
    id: 'ein-bisschen-mehr-als',
    pattern:
      '@sein ~0-2 ein+bisschen|etwas|ein+wenig|ein+klein+wenig|ein+stück|schon|doch mehr als ein|eine|einen|nur|bloß|ein+paar|ein+bisschen|mal+eben',
    hit: 'Buchhaltung ist ein bisschen mehr als ein paar Zahlen.',
    miss: 'Die Rechnung ist etwas höher als ein Angebot.',
  },
];

/** „Die Frage … stellt sich nicht.“ */
const questionDismissed: FrameEntry[] = [
  {
    id: 'frage-stellt-sich-nicht',
    pattern: 'stellt|stellen sich ~0-3 <neg>|gar+nicht|erst+gar+nicht|überhaupt+nicht',
    hit: 'Die Frage stellt sich gar nicht.',
    miss: 'Die Frage stellt sich morgen.',
  },
];
const question: FrameEntry[] = [
  {
    id: 'frage',
    pattern: 'frage|fragen|überlegung',
    hit: 'Eine gute Frage.',
    miss: 'Eine gute Idee.',
  },
];

export const CONDESCENSION_DE: CondescensionData = {
  // „Gesundheitsforum“, „Elternblog“, „Erklärvideo“: Komposita der Laienquelle.
  compounds: {
    entry: media[0] as FrameEntry,
    heads: [
      'forum',
      'foren',
      'blog',
      'blogs',
      'video',
      'videos',
      'podcast',
      'tutorial',
      'ratgeber',
      'zeitschrift',
      'magazin',
      'sendung',
      'sendungen',
    ],
  },
  constructions: [
    // Halbwissen aus Netz, Kurs und Verwandtschaft gegen Ausbildung gestellt.
    { id: 'laienquelle-gegen-fachwissen', parts: [lay, againstTraining], quiet: modesty, firstBefore: true },
    // Die Aufgabe der Leserin kleinreden, hörbar ungeduldig.
    { id: 'aufgabe-kleinreden', parts: [easy, impatience], quiet: reassurance },
    // Nach unten erklären: für Laien, ohne Vorbildung, ganz einfach.
    { id: 'nach-unten-erklaeren', parts: [lacks, simplify], quiet: modesty },
    // Das eigene Vorhaben der Leserin „den Profis“ übergeben, außer als Angebot.
    { id: 'abnehmen', parts: [handOver], quiet: offers },
    // Fehler, die „Laien“ und „Anfänger“ machen, außer als Ermutigung.
    { id: 'anfaengerfehler', parts: [mistake, novice], quiet: encouraging },
    { id: 'anfaengerfehler-wort', parts: [noviceWord], quiet: encouraging },
    // „Zahlen sind nicht jedermanns Sache, deshalb nur das Wichtigste.“
    { id: 'nicht-jedermanns-sache', parts: [notEveryones, justTheBasics], quiet: offers },
    // Noch einmal, diesmal ganz einfach: außer als Angebot.
    { id: 'noch-einmal-einfacher', parts: [again, simpler], quiet: ifHelpful },
    // „Nur weil Sie … , geht es nicht schneller.“
    { id: 'nur-weil-sie', parts: [justBecause, notFaster] },
    // „Lesen Sie es diesmal genau.“
    { id: 'diesmal-genau', parts: [thisTime, attend, readerDoes], quiet: changedText },
    // „Die Finger davon lassen“ bei der Arbeit, die die Leserin selbst tun will.
    { id: 'finger-davon', parts: [fingers, diy], quiet: modesty },
    // „Ob es Ihnen gefällt oder nicht …“
    { id: 'ob-es-gefaellt', parts: [whetherYouLike], quiet: apology },
    // Die Reaktion der Leserin als Übermaß, außer mit Verständnis oder über sich selbst.
    { id: 'ueberreaktion', parts: [overreaction, feeler], quiet: feelingValidated },
    // „Sie sind emotional, bleiben wir sachlich.“
    { id: 'gefuehl-gegen-sache', parts: [feelings, backToFacts] },
    // Die Quelle der Leserin abgewertet: „aus irgendeinem Forum“, „und nicht Dr. Google“.
    { id: 'quelle-abgewertet', parts: [media, sourceBelittled], quiet: modesty },
    // „Nur weil Ihre Schwägerin …“ oder „nur weil es im Internet steht …“.
    { id: 'nur-weil-andere', parts: [justBecauseAnyone, others] },
    { id: 'nur-weil-quelle', parts: [justBecauseAnyone, media] },
    // „Mit Laien diskutiere ich darüber ungern.“
    { id: 'nicht-mit-laien', parts: [layPeople, debate] },
    // „Das ist Führung für Anfänger“, außer es geht um einen Kurs.
    { id: 'fuer-anfaenger', parts: [forBeginners, thatIs], quiet: course },
    // „Das müssen Sie mir nicht erklären, das mache ich seit Jahren.“
    { id: 'mir-nicht-erklaeren', parts: [dontTeachMe, ownYears] },
    { id: 'wissen-unterstellt', parts: [everyoneKnows] },
    { id: 'idee-naiv', parts: [naive], quiet: selfNaive },
    // „Kein Hexenwerk“ allein, außer als ehrliche Beruhigung („keine Sorge, … ich zeige es dir“).
    {
      id: 'kein-hexenwerk',
      parts: [
        [
          {
            id: 'kein-hexenwerk',
            pattern: 'kein|keine hexenwerk|raketenwissenschaft|hexerei|zauberei|kunst|wissenschaft+für+sich',
            unlessAfter: ['mehr'],
            hit: 'Eine Steuererklärung ist echt kein Hexenwerk.',
            miss: 'Die Steuererklärung ist fertig und liegt bei Ihnen.',
          },
        ],
      ],
      quiet: reassurance,
    },
    { id: 'laienbuehne', parts: [amateurStage, ratherLike] },
    // „Glauben Sie mir, ich kann das beurteilen.“
    { id: 'glauben-sie-mir', parts: [trustMe, ownJudgement] },
    { id: 'nun-mal-langsam', parts: [slowDown] },
    // „Das hast du wohl von deinem Schwager?“
    { id: 'quelle-erraten', parts: [lay, guessedSource], quiet: modesty },
    { id: 'damit-auch-sie', parts: [evenYou] },
    // „Kein Grund, mir nachts zu schreiben“, außer wir melden uns selbst.
    { id: 'kein-grund-zu-schreiben', parts: [noReasonToContact], quiet: weCall },
    // „Vor Gericht zählen keine Gefühle, sondern Belege.“
    { id: 'gefuehle-zaehlen-nicht', parts: [noFeelings, evidence] },
    { id: 'gleich-das-schlimmste', parts: [worstCase] },
    { id: 'vor-dem-bildschirm', parts: [userError, problem] },
    // „Alle kamen zurecht, also schaffen Sie das auch.“
    { id: 'andere-schafften-es', parts: [othersManaged, youToo] },
    // „Grundrisse zeichnet man nicht auf Kästchenpapier“, außer „kann man nicht“.
    { id: 'macht-man-nicht', parts: [howOneDoes], quiet: oneCannot },
    { id: 'jemand-der-sich-auskennt', parts: [actuallyKnows] },
    // „Was Ihre Freundin erzählt, ist Halbwissen.“
    { id: 'hoerensagen-abgetan', parts: [myth, hearsay, others] },
    { id: 'wer-hat-euch-erzaehlt', parts: [whoToldYou] },
    { id: 'nicht-ihre-baustelle', parts: [notYourBusiness], quiet: gladly },
    { id: 'mehr-als-sie-denken', parts: [moreThan], quiet: reassurance },
    { id: 'frage-stellt-sich-nicht', parts: [questionDismissed, question] },
    // „Ich verstehe ja, dass es komisch aussieht, aber eine Warnung ist kein Fehler.“
    { id: 'zugestanden-dann-korrigiert', parts: [concede, notABug] },
    // „Wo haben Sie das denn her?“, außer aus Neugier und mit Lob.
    { id: 'wo-haben-sie-das-her', parts: [whereFrom, whereFromClaim], quiet: curious },
    // „Nett gedacht, aber …“, außer als Dank.
    { id: 'nett-gedacht-aber', parts: [patronisingPraise, butTurn], quiet: thanks },
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
            // Das Verb vor der Leserin: „Da machen Sie sich mehr Sorgen als nötig.“
            id: 'mehr-gedanken-als-noetig-3',
            pattern: `@machen ${WHO} (sich|dich|euch) ~0-4 mehr|zu+viele gedanken|sorgen|stress|wirbel ~0-2 als nötig|notwendig|angebracht`,
            hit: 'Ganz ehrlich, da machen Sie sich mehr Sorgen als nötig.',
            miss: 'Da machen Sie sich Sorgen, das verstehe ich gut.',
          },
          {
            // Noch einmal, und diesmal ganz einfach: die Leserin als schwer von Begriff.
            id: 'noch-einmal-so-einfach-wie-moeglich',
            pattern:
              '@sagen|@erklären|@schreiben|@wiederholen|@formulieren ~0-4 noch+einmal|nochmal|noch+mal|ein+letztes+mal ~0-2 so einfach|simpel|langsam|verständlich wie möglich|wie+es+geht',
            hit: 'Ich erkläre es noch einmal so einfach wie möglich.',
            miss: 'Gern gehe ich das mit Ihnen noch einmal in Ruhe durch.',
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
            id: 'sollte-man-hinbekommen',
            pattern: `sollte|sollten|müsste|müssten man|${WHO} ~0-1 eigentlich|doch|schon|ja|wohl|wirklich ~0-4 hinbekommen|hinkriegen|hinkriegt|schaffen+können|beherrschen`,
            hit: 'Eine Mail weiterzuleiten sollte man eigentlich hinbekommen.',
            miss: 'Eine Mail weiterzuleiten sollte bis Freitag reichen.',
          },
          {
            id: 'jeder-der-kann',
            pattern:
              '@können|@schaffen|@verstehen|@kapieren ~0-2 jeder|jede|jedermann , der|die ~1-6 @können|lesen|zählen|einschalten|bedienen|googeln',
            hit: 'Das kann jeder, der einen Computer bedienen kann.',
            miss: 'Das kann jeder, der möchte, bei uns buchen.',
          },
          {
            id: 'nichts-fuer-hobbyhandwerker',
            pattern:
              '@sein ~0-3 nichts|kein+job|keine+aufgabe|keine+arbeit für ~0-1 laien|anfänger*|amateur*|hobby*|heimwerker*|bastler*|ungeübte*',
            hit: 'Eine Gasleitung ist nichts für Hobbybastler.',
            miss: 'Die Sauna ist nichts für kleine Kinder.',
          },
          {
            id: 'tief-durchatmen',
            pattern: `atmen|atme|atmet ${WHO} ~0-4 (tief) durch`,
            hit: 'Atmen Sie erst einmal tief durch.',
            miss: 'Atmen Sie langsam ein.',
          },
          {
            id: 'auch-ohne-studium',
            pattern: `auch|selbst|sogar ohne ~0-1 ${'studium|informatikstudium|jurastudium|medizinstudium|architekturstudium|ausbildung|diplom|abschluss|meisterbrief'}`,
            hit: 'Das geht eigentlich auch ohne Studium.',
            miss: 'Das geht auch ohne Termin.',
          },
          {
            id: 'jahre-laenger-als-sie',
            pattern: `jahre|jahrzehnte|jahren ~0-3 länger|mehr ~0-4 als ${WHO}`,
            hit: 'Ich mache das schon ein paar Jahre länger als Sie.',
            miss: 'Das Dach hält zwanzig Jahre länger als das alte.',
          },
          {
            id: 'wenn-man-kurz-nachdenkt',
            pattern: `wenn man|${WHO} ~0-3 kurz|mal|einmal|nur ~0-1 nachdenkt|nachdenken|nachdenkst|überlegt|überlegen|hinschaut|hinschauen|hingeschaut|hingesehen|nachgelesen|nachgesehen`,
            hit: 'Das wäre klar, wenn Sie kurz hingeschaut hätten.',
            miss: 'Wenn Sie kurz Zeit haben, rufen Sie an.',
          },
          {
            id: 'wer-x-kann-kann-auch',
            pattern: '^wer ~1-6 kann|schafft , kann|schafft ~0-2 auch',
            hit: 'Wer eine Mail schreiben kann, kann auch einen Termin buchen.',
            miss: 'Wer Zeit hat, kommt gern am Freitag vorbei.',
          },
          {
            id: 'im-ersten-monat',
            pattern:
              '@lernen|@wissen|@können ~0-3 jeder|jede|man|azubis|lehrlinge|erstsemester|anfänger|praktikanten ~0-3 im+ersten|in+der+ersten|am+ersten|in+der+grundschule|in+der+schule',
            hit: 'Das lernt jeder Azubi im ersten Monat.',
            miss: 'Das lernen Sie im ersten Termin bei uns.',
          },
          {
            id: 'gespenster-sehen',
            pattern: 'sehen|siehst|seht ~0-2 gespenster|probleme+wo+keine+sind',
            hit: 'Sie sehen da Gespenster.',
            miss: 'Sie sehen die Pläne am Montag.',
          },
          {
            id: 'bei-den-grundlagen-anfangen',
            pattern:
              'bei+den+grundlagen|bei+null|ganz+von+vorn|ganz+von+vorne|beim+einmaleins ~0-3 anfangen|beginnen|starten',
            hit: 'Da müssen wir wohl noch einmal bei den Grundlagen anfangen.',
            miss: 'Da müssen wir mit dem Dach anfangen.',
          },
          {
            id: 'dass-beschleunigt-nicht',
            pattern: `^dass ${WHO}|=Ihnen|dir|euch|es+=Ihnen|es+dir ~1-8 , beschleunigt|beschleunigen|verkürzt|verkürzen|ändert|ändern ~0-4 <neg>|nichts`,
            hit: 'Dass Ihnen der Zeitplan zu langsam ist, beschleunigt die Trocknung nicht.',
            miss: 'Dass Sie angerufen haben, freut mich.',
          },
          {
            id: 'kein-wunschkonzert',
            pattern:
              'kein|keine ~0-1 wunschkonzert|wunschzettel|ponyhof|selbstbedienungsladen|spielplatz|spielzeug|basar|kindergarten|kaffeekränzchen|bastelstunde|hobbyprojekt|hobby|zeitvertreib|freizeitbeschäftigung|feierabendprojekt',
            hit: 'Eine Baugenehmigung ist kein Wunschkonzert.',
            miss: 'Neben dem Haus ist ein Spielplatz.',
          },
          {
            id: 'lernt-man-nicht-nebenbei',
            pattern:
              '@lernen man|=Sie|du|ihr ~0-2 <neg>|kaum ~0-3 nebenbei|mal+eben|einfach+so|über+nacht|an+einem+wochenende|in+einem+kurs|aus+büchern|von+heute+auf+morgen|im+vorbeigehen',
            hit: 'Buchhaltung lernt man nicht mal eben nebenbei.',
            miss: 'Buchhaltung lernt man am besten mit Beispielen.',
          },
          {
            id: 'ihnen-nicht-auch-noch-beibringen',
            pattern: `=Ihnen|dir|euch ~0-5 <neg>|kaum ~0-3 beibringen|beizubringen|vorkauen|vorzukauen`,
            hit: 'Das kann ich Ihnen nicht auch noch beibringen.',
            miss: 'Das bringe ich Ihnen gern bei.',
          },
          {
            id: 'finde-ich-uebertrieben',
            pattern:
              'finde|halte|fände ich|wir ~0-3 (etwas|ein+wenig|ein+bisschen|reichlich|ziemlich|leicht|doch|schon) übertrieben|überzogen|überspitzt|dramatisch|hysterisch|unangemessen',
            hit: 'Ihre Reaktion finde ich etwas übertrieben.',
            miss: 'Die Farbe finde ich etwas zu dunkel.',
          },
          {
            id: 'dass-sie-finden-macht-nicht',
            pattern: `^dass ${WHO}|=Ihnen|dir|euch|es+=Ihnen|es+dir ~1-8 , @machen|@ändern ~0-4 <neg>|nichts ~0-2 weniger|mehr|besser|anders|richtiger|billiger|günstiger|schneller|wichtiger|falscher|wahrer`,
            hit: 'Dass Sie den Plan zu teuer finden, macht ihn nicht günstiger.',
            miss: 'Dass Sie krank waren, macht nichts.',
          },
          {
            id: 'von-aussen',
            pattern:
              'von+außen|von+aussen|aus+ihrer+sicht|als+außenstehende*|als+laie|für+einen+laien ~0-4 kompliziert|verwirrend|undurchsichtig|dramatisch|schlimm|seltsam|merkwürdig',
            hit: 'Von außen wirkt das vielleicht kompliziert.',
            miss: 'Von außen wirkt das Haus sehr gepflegt.',
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
