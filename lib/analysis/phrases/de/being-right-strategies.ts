import type { PhraseEntry } from '../types';

// Rechthaben als Strategie: zählen, wie oft man es schon gesagt hat, auf die eigene
// Warnung und Prognose zeigen, "fürs Protokoll" festhalten, jede Mitschuld von sich
// weisen, die Leserin zum Eingeständnis drängen, den Beleg vorhalten. Neutrale
// Rückblicke ("wie besprochen, hier der Plan") und eigene Fehler bleiben frei.
const WHO = '=Sie|du|ihr';
const TO_READER = '=Ihnen|dir|euch|=Sie|dich';
/** Wie oft es die Leserin schon hätte wissen können. */
const TIMES =
  'zweimal|dreimal|viermal|fünfmal|mehrfach|mehrmals|x-mal|zigmal|hundertmal|wiederholt|oft+genug|unzählige+male|etliche+male|mehrere+male|mehr+als+einmal|schon+zweimal|schon+dreimal';
const SAID =
  'erklärt|gesagt|geschrieben|erläutert|mitgeteilt|betont|erwähnt|beantwortet|gebeten|hingewiesen|gemahnt|erinnert|dargelegt|ausgeführt';
/** Die eigenen früheren Nachrichten. */
const MY = 'meiner|meinen|meinem|unserer|unseren|unserem';
const MAIL = 'mail*|e-mail*|nachricht*|schreiben|brief*';
/** Auf ein Problem zeigen (mehr als nur sagen). */
const POINTED = `${SAID}|angesprochen|vorgerechnet|klargestellt|kommuniziert|aufgezeigt|skizziert|beschrieben|thematisiert`;
/** Warnen, abraten, vorhersagen: Verben, mit denen man auf das eigene Rechtbehalten zeigt. */
const WARNED =
  'gewarnt|vorgewarnt|abgeraten|geraten|vorausgesagt|vorhergesagt|prophezeit|hingewiesen|aufgezählt|vorgerechnet|benannt|angemahnt|aufmerksam+gemacht';
/** Die eigene Vorhersage oder Einschätzung, die sich bewahrheitet hat. */
const ESTIMATE =
  'einschätzung|prognose|vermutung|befürchtung|befürchtungen|warnung|warnungen|schätzung|kalkulation|vorhersage|annahme|empfehlung|intuition|bauchgefühl|bedenken|zweifel';
/** Raten, vorschlagen, warnen: was man der Leserin damals mitgab. */
const ADVISED =
  'vorgeschlagen|empfohlen|geraten|angeraten|gesagt|gewarnt|abgeraten|hingewiesen|angemerkt|erwähnt|angesprochen';
/** Der Rat, dem die Leserin nicht folgte. */
const ADVICE =
  'empfehlung*|rat|ratschlag|ratschläge|hinweis|hinweise|hinweisen|vorschlag|vorschläge|vorschlägen|warnung*|einschätzung';

export const beingRightStrategies: readonly PhraseEntry[] = [
  // Auf die eigene Deutlichkeit pochen: "Das haben wir sehr deutlich gemacht".
  {
    id: 'das-haben-wir-deutlich-gemacht',
    pattern:
      'das|dies|es @haben ich|wir ~0-4 sehr|ganz|mehr+als|absolut|ausdrücklich|unmissverständlich deutlich|klar ~0-1 gemacht|gesagt|geschrieben|formuliert',
    hit: 'Das haben wir zu Projektbeginn sehr deutlich gemacht.',
    miss: 'Das haben wir zu Projektbeginn gemeinsam festgelegt.',
  },
  // Zählen: "Ich habe Ihnen das jetzt dreimal erklärt", "meine vierte Mail".
  {
    id: 'ihnen-das-dreimal-erklaert',
    pattern: `ich|wir @haben ${TO_READER}|das|es|dies ~0-3 ${TIMES} ~0-4 ${SAID}`,
    hit: 'Ich habe Ihnen das jetzt dreimal erklärt.',
    miss: 'Ich habe Ihnen das gestern gern erklärt.',
  },
  {
    id: 'das-habe-ich-dreimal-erklaert',
    pattern: `das|dies|es|diesen+punkt|diese+frage @haben ich|wir ~0-3 ${TIMES} ~0-2 ${SAID}`,
    hit: 'Das habe ich dir inzwischen mehrfach geschrieben.',
    miss: 'Das habe ich dir heute früh geschrieben.',
  },
  {
    // Die Zählung am Satzende, das Subjekt weit vorn: „Auf die Frist hatte ich Sie, wie …, bereits zweimal hingewiesen.“
    id: 'bereits-zweimal-hingewiesen',
    pattern: `bereits|schon ${TIMES} ~0-2 ${SAID}|${WARNED} $`,
    unlessEarlier: ['wurde', 'wurden', 'worden'],
    hit: 'Auf die Kündigungsfrist hatte ich Sie, wie Sie wissen, bereits zweimal hingewiesen.',
    miss: 'Auf die Kündigungsfrist wurden wir vom Vermieter bereits zweimal hingewiesen.',
  },
  {
    id: 'nicht-oft-genug-betonen',
    pattern: 'nicht oft|häufig genug betonen|sagen|wiederholen|unterstreichen|erwähnen',
    hit: 'Ich kann es nicht oft genug betonen: Die Frist ist verbindlich.',
    miss: 'Wir können Ihnen gar nicht genug danken.',
  },
  {
    id: 'meine-vierte-mail',
    pattern:
      '@sein (jetzt|nun|bereits|schon|inzwischen|mittlerweile) (bereits|schon) meine|unsere|die dritte|vierte|fünfte|sechste|x-te|zigste|wiederholte mail|e-mail|nachricht|anfrage|erinnerung|mahnung|bitte|anruf',
    hit: 'Das ist inzwischen meine dritte Erinnerung.',
    miss: 'Das ist meine erste Nachricht an Sie.',
  },
  {
    id: 'zum-dritten-mal-bitten',
    pattern:
      'ich|wir bitte|bitten|erinnere|erinnern|schreibe|schreiben|frage|fragen|sage|sagen|erkläre|erklären|mahne|mahnen ~0-4 zum dritten|vierten|fünften|sechsten|zehnten mal',
    hit: 'Ich bitte Sie hiermit zum dritten Mal um die Unterlagen.',
    miss: 'Wir treffen uns zum dritten Mal auf der Baustelle.',
  },
  {
    id: 'wie-ich-immer-wieder-sage',
    pattern:
      'wie ich|wir (ja|schon|bereits) immer+wieder|ständig|stets|dauernd|x-mal|zigmal|oft+genug|schon+so+oft|mehrfach|wiederholt sage|sagen|schreibe|schreiben|betone|betonen|erkläre|erklären|predige|predigen',
    hit: 'Wie ich immer wieder sage, gilt das Angebot dreißig Tage.',
    miss: 'Wie ich immer sage: Ein gutes Team ist Gold wert.',
  },
  {
    id: 'wie-schon-so-oft',
    pattern:
      'wie (schon|bereits) so+oft|x-mal|zigmal|hundertmal|tausendmal|unzählige+male (gesagt|geschrieben|erklärt) :|,',
    hit: 'Ich sage es noch einmal, wie schon so oft: Die Anzahlung sichert den Termin.',
    miss: 'Wie so oft im Frühjahr regnet es auf der Baustelle.',
  },
  {
    id: 'das-hatten-wir-schon-mehrfach',
    pattern:
      'das|dies @haben wir|ich (doch|ja) (schon|bereits) mehr+als+einmal|x-mal|zigmal|mehrfach|oft+genug|zweimal|dreimal $',
    hit: 'Das hatten wir doch schon mehr als einmal.',
    miss: 'Das hatten wir schon mehrfach so gemacht.',
  },
  {
    id: 'vom-ersten-tag-an-gesagt',
    pattern:
      'ich|wir @haben ~0-2 vom+ersten+tag+an|von+anfang+an|von+beginn+an|gleich+zu+beginn|schon+zu+beginn ~0-2 gesagt|betont|gewarnt|hingewiesen|klargemacht|klar+gemacht',
    hit: 'Wir haben vom ersten Tag an gesagt, dass das Budget nicht reicht.',
    miss: 'Wir haben vom ersten Tag an gern mit Ihnen gearbeitet.',
  },
  // Auf die eigenen Mails zeigen: "Wie ich in meinen letzten Mails geschrieben habe".
  {
    id: 'wie-in-meiner-mail-ausgefuehrt',
    pattern: `wie (ich|wir) (bereits|schon|ja) in|im ${MY} ~0-4 ${MAIL} ~0-5 ${SAID}|geschildert|dargestellt|beschrieben|angekündigt`,
    hit: 'Wie in meiner Nachricht vom Dienstag ausgeführt, gilt der Preis netto.',
    miss: 'Wie im Angebot erwähnt, dauert die Lieferung drei Wochen.',
  },
  {
    id: 'das-hatte-ich-in-meiner-mail',
    pattern: `das|dies|es|diesen+punkt|diese+frage @haben ich|wir ~0-3 in|im ${MY} ~0-5 ${SAID}|begründet|beschrieben|aufgeführt`,
    hit: 'Das hatte ich in meiner Mail vom Montag ausführlich dargelegt.',
    miss: 'Das habe ich in meinem Kalender eingetragen.',
  },
  {
    id: 'antwort-in-meinen-frueheren-mails',
    pattern: `antwort|antworten|erklärung|begründung ~0-3 finden|findest|findet ${WHO} ~0-2 in|im ${MY} früheren|bisherigen|letzten|vorherigen|vorigen|alten`,
    hit: 'Die Antwort finden Sie in meinen früheren Nachrichten.',
    miss: 'Die Antwort finden Sie in der Anlage.',
  },
  {
    id: 'die-sie-offenbar-nicht-gelesen-haben',
    pattern: `${WHO} ~0-2 offenbar|offensichtlich|anscheinend|scheinbar|wohl ~0-2 nicht|nie|kaum ~0-2 gelesen|geöffnet|beachtet|angeschaut|angesehen|durchgelesen @haben`,
    hit: 'Das steht in der Mail, die Sie offenbar nicht gelesen haben.',
    miss: 'Das steht in der Mail, die Sie noch nicht gelesen haben.',
  },
  // Die eigene Warnung vorhalten: "Wir haben Ihnen davon abgeraten".
  {
    id: 'wir-haben-ihnen-abgeraten',
    pattern: `ich|wir @haben ${TO_READER} ~0-6 abgeraten|gewarnt|vorgewarnt`,
    hit: 'Wir haben Ihnen ausdrücklich davon abgeraten, die Wand zu entfernen.',
    miss: 'Wir haben den Lieferanten vor dem Frost gewarnt.',
  },
  {
    id: 'davon-hatten-wir-ihnen-abgeraten',
    pattern: `@haben ich|wir ${TO_READER} ~0-6 abgeraten|gewarnt|vorgewarnt`,
    hit: 'Davon hatten wir Ihnen im Frühjahr abgeraten.',
    miss: 'Davon hatten wir Ihnen im Frühjahr erzählt.',
  },
  {
    id: 'dass-wir-sie-darauf-hingewiesen-haben',
    pattern: `ich|wir ${TO_READER} ~0-8 ~0-8 darauf|davor|daran|davon ~0-2 hingewiesen|gewarnt|aufmerksam+gemacht|abgeraten @haben`,
    hit: 'Das Dach leckt, obwohl wir Sie im Herbst, im Winter und zuletzt im März darauf hingewiesen haben.',
    miss: 'Wir haben den Lieferanten darauf hingewiesen, dass die Teile fehlen.',
  },
  {
    id: 'genau-dieses-risiko-hatten-wir-benannt',
    pattern:
      'genau|exakt|eben|just dieses|diesen|diese|das|dies|davor|darauf|davon ~0-3 @haben ich|wir ~0-6 benannt|gewarnt|hingewiesen|angesprochen|thematisiert|angemerkt|befürchtet|vorhergesagt|vorausgesagt|prophezeit|gemeldet|abgeraten',
    hit: 'Genau dieses Risiko hatten wir in unserem ersten Angebot benannt.',
    miss: 'Genau das haben wir besprochen, hier die Zusammenfassung.',
  },
  {
    id: 'ihnen-damals-gesagt-dass-zu',
    pattern: `ich|wir @haben ${TO_READER} ~0-5 damals|seinerzeit|von+anfang+an|gleich|sofort|direkt|schon|bereits|vorher|vorab|rechtzeitig|beim|im|am ~0-4 gesagt|geschrieben|erklärt|prophezeit|vorausgesagt|vorhergesagt , dass ~1-6 zu|nicht|kein|keine|nie|reißen|reißt|scheitern|platzen|knapp|riskant|problematisch`,
    hit: 'Ich habe dir beim ersten Termin gesagt, dass der Zeitplan zu eng ist.',
    miss: 'Ich habe dir beim ersten Termin gesagt, dass ich mich Montag melde.',
  },
  // Der Konjunktiv der verpassten Empfehlung ("Hätten Sie …" steht in being-right.ts).
  {
    id: 'wenn-sie-meiner-empfehlung-gefolgt-waeren',
    pattern: `${WHO} ~0-3 ${MY} ~0-1 ${ADVICE} ~0-2 gefolgt|befolgt|beherzigt|nachgekommen|umgesetzt|angenommen wären|wärst|wärt|hätten|hättest|hättet`,
    hit: 'Nichts davon wäre passiert, wenn Sie meiner Empfehlung gefolgt wären.',
    miss: 'Danke, dass Sie meiner Empfehlung gefolgt sind.',
  },
  // Auf die eigene Mail verweisen: "Ich verweise auf meine Mail vom 12. März", "Dort habe ich bereits erläutert".
  {
    id: 'ich-verweise-auf-meine-mail',
    pattern: `^ich|wir verweise|verweisen (nochmals|erneut|noch+einmal) auf ${MY}|mein|unser ~0-2 ${MAIL}|ausführungen|antwort|antworten`,
    hit: 'Ich verweise auf mein Schreiben vom 2. Februar.',
    miss: 'Ich verweise Sie gern an meine Kollegin in der Buchhaltung.',
  },
  {
    id: 'dort-habe-ich-bereits-erlaeutert',
    pattern: `dort|darin|da|hierin @haben ich|wir (${TO_READER}) ~0-2 bereits|schon ~0-4 ${POINTED}`,
    hit: 'Darin hatte ich bereits im Detail beschrieben, warum die Frist nicht verlängert wird.',
    miss: 'Darin habe ich bereits die neuen Pläne hochgeladen.',
  },
  {
    id: 'in-meiner-letzten-mail-stand-bereits',
    pattern: `in|im ${MY} (letzten|vorigen|vorherigen|gestrigen|ersten) ${MAIL} steht|stand|standen|stehen ~0-2 bereits|schon|doch|ausdrücklich|eindeutig|alles`,
    hit: 'In meiner gestrigen Nachricht stand doch schon die neue Adresse.',
    miss: 'In meiner letzten Nachricht stand eine falsche Telefonnummer, entschuldigen Sie.',
  },
  // Schon geklärt, sich wiederholen müssen, das wievielte Mal.
  {
    id: 'das-hatten-wir-doch-schon-geklaert',
    pattern:
      'das|dies|diesen+punkt|diese+frage|darüber @haben wir|ich doch ~0-2 schon|bereits ~0-4 geklärt|besprochen|durchgesprochen|abgestimmt|beantwortet|festgelegt|diskutiert|durchgekaut',
    hit: 'Diesen Punkt hatten wir doch letzte Woche schon am Telefon besprochen.',
    miss: 'Diesen Punkt haben wir am Telefon besprochen, hier die Zusammenfassung.',
  },
  {
    id: 'muss-mich-wiederholen',
    pattern: 'muss|müssen|musste ~0-2 mich|uns ~0-4 wiederholen',
    hit: 'Ich muss mich an dieser Stelle leider wiederholen.',
    miss: 'Ich muss die Messung leider wiederholen.',
  },
  {
    id: 'das-dritte-mal-dass-ich',
    pattern:
      'das|es @sein (jetzt|nun|bereits|schon|inzwischen|mittlerweile) das|zum dritte|dritten|vierte|vierten|fünfte|fünften|x-te|x-ten|zigste|zigsten|wiederholte|wiederholten mal , dass|wo ich|wir ~0-6 hinweise|erinnere|frage|bitte|nachfrage|schreibe|mahne|erkläre|anfrage|nachhake|hinweisen|erinnern|bitten|fragen|schreiben|nachfragen',
    hit: 'Es ist inzwischen das vierte Mal, dass wir nach dem Schlüssel fragen.',
    miss: 'Es ist das dritte Mal, dass wir gemeinsam eine Messe planen.',
  },
  // Die eigene Einschätzung hat sich bestätigt: "dass meine Prognose richtig war".
  {
    id: 'meine-einschaetzung-war-richtig',
    pattern: `meine|unsere|meiner|unserer ${ESTIMATE} ~0-3 richtig|zutreffend|korrekt|goldrichtig|berechtigt|begründet|bestätigt|bewahrheitet ~0-1 war|waren|hat|haben|wurde|gewesen`,
    hit: 'Jetzt sieht man, dass unsere Kalkulation von Anfang an korrekt war.',
    miss: 'Bitte prüfen Sie, ob unsere Kalkulation korrekt ist.',
  },
  {
    id: 'meine-einschaetzung-hat-sich-bestaetigt',
    pattern: `meine|unsere ${ESTIMATE} war|waren|hat+sich|haben+sich|ist ~0-3 richtig|zutreffend|goldrichtig|berechtigt|bestätigt|bewahrheitet|als+richtig+erwiesen`,
    hit: 'Meine Prognose hat sich leider voll bestätigt.',
    miss: 'Meine Prognose hängt vom Wetter im März ab.',
  },
  {
    id: 'am-ende-hatten-wir-recht',
    pattern:
      'am+ende|letztlich|letzten+endes|schließlich|im+nachhinein|am+schluss|unterm+strich|rückblickend hatte|hatten|behielt|behielten ich|wir ~0-6 recht',
    hit: 'Rückblickend hatte ich mit der Dämmstärke recht.',
    miss: 'Rückblickend hatten Sie mit der Dämmstärke recht.',
  },
  {
    id: 'haben-es-ihnen-auch-so-gesagt',
    pattern: `ich|wir @haben es|das ${TO_READER} auch+so|genau+so|ja+so|so+auch|immer+so ~0-1 gesagt|geschrieben|kommuniziert|angekündigt|mitgeteilt`,
    hit: 'Wir haben es Ihnen genau so gesagt.',
    miss: 'Wir haben es Ihnen heute per Post geschickt.',
  },
  {
    id: 'bereits-in-meiner-mail-beantwortet',
    pattern: `bereits|schon ~0-2 in|im ${MY} ~0-3 ${MAIL} ~0-4 beantwortet|erläutert|erklärt|behandelt|ausgeführt|dargelegt|geklärt|aufgeführt`,
    hit: 'Diese Frage wurde bereits in meiner Nachricht vom Montag beantwortet.',
    miss: 'Diese Frage beantworte ich gern in meiner nächsten Nachricht.',
  },
  {
    id: 'wie-sie-dem-mailverlauf-entnehmen',
    pattern:
      'wie =Sie|du|ihr ~0-3 mailverlauf|verlauf|e-mail-verlauf|nachrichtenverlauf|schriftverkehr|korrespondenz ~0-2 entnehmen|sehen|ersehen|nachlesen ~0-2 , ~1-8 ~0-8 .|!|?|;',
    hit: 'Wie Sie dem Mailverlauf unten entnehmen können, war die Farbe freigegeben.',
    miss: 'Wie Sie dem Plan entnehmen können, liegt die Küche im Süden.',
  },
  {
    id: 'salz-in-die-wunde',
    pattern: 'salz in die wunde ~0-8 ~0-8 .|!|?|;',
    hit: 'Ich will kein Salz in die Wunde streuen, aber das Gutachten hat die Feuchtigkeit erwähnt.',
    miss: 'Wir streuen im Winter Salz auf den Gehweg vor dem Büro.',
  },
  // Recht haben, schlicht gesagt: "aber ich hatte recht." ("recht herzlich", "recht viel" bleiben frei).
  {
    id: 'ich-hatte-recht-satzende',
    pattern: 'ich|wir hatte|hatten|habe|haben|hab recht ,|.|!|;|:',
    hit: 'Ich will nicht kleinlich sein, aber ich hatte recht.',
    miss: 'Ich hatte recht viel zu tun und melde mich erst heute.',
  },
  {
    id: 'wie-bereits-angesprochen',
    pattern:
      'wie bereits|schon ~0-8 angesprochen|thematisiert|signalisiert|kommuniziert|klargestellt|hingewiesen|festgestellt',
    hit: 'Wie bereits in der Baubesprechung thematisiert, fehlt die Statik.',
    miss: 'Wie in der Baubesprechung vereinbart, kommt die Statik am Montag.',
  },
  {
    id: 'nochmals-doppelpunkt',
    pattern: '^nochmals|noch+einmal|nochmal|also+nochmal|also+noch+einmal|ich+wiederhole :',
    hit: 'Noch einmal: Die Kaution wird erst nach der Übergabe fällig.',
    miss: 'Noch einmal vielen Dank für den schönen Abend.',
  },
  {
    id: 'ich-sage-es-gern-noch-einmal',
    pattern:
      'ich|wir sage|sagen|schreibe|schreiben|wiederhole|wiederholen es|das|dies (=Ihnen|dir|euch) noch+einmal|nochmal|nochmals|ein+weiteres+mal|ein+drittes+mal :|,',
    // "Ich sage es gern noch einmal: Danke!" is warmth, not insistence.
    hit: 'Ich schreibe es Ihnen noch einmal: Der Termin ist verbindlich.',
    miss: 'Ich sage es gern noch einmal: Danke für Ihr Vertrauen!',
  },
  {
    id: 'ich-bleibe-bei-allem-was-ich',
    pattern: 'ich|wir bleibe|bleiben|stehe|stehen bei|zu allem|jedem+wort|jedem+satz , was|das ich|wir',
    hit: 'Ich stehe zu jedem Wort, das ich Ihnen im März geschrieben habe.',
    miss: 'Ich stehe Ihnen bei allen Fragen zur Verfügung.',
  },
  {
    id: 'das-habe-ich-kommen-sehen',
    pattern: 'das|es|dies @haben ich|wir ~0-2 kommen sehen|kommen+gesehen',
    hit: 'Das hatten wir leider kommen sehen.',
    miss: 'Wir haben die Spedition kommen sehen und sofort entladen.',
  },
  {
    id: 'falls-sie-sich-erinnern-ich',
    pattern: `falls|wenn ${WHO} sich|dich|euch (noch) erinnern|erinnerst|erinnert ,|: ich|wir ~0-6 ${ADVISED}`,
    hit: 'Wenn Sie sich erinnern: Wir hatten zu einem Gutachter geraten.',
    miss: 'Wenn Sie sich erinnern, wo der Schlüssel liegt, sagen Sie Bescheid.',
  },
  {
    id: 'genau-dieses-problem-angesprochen',
    pattern:
      'ich|wir @haben ~0-2 genau|exakt|eben dieses|diesen|diese ~0-1 problem|risiko|punkt|thema|gefahr|frage|mangel ~0-6 angesprochen|benannt|gemeldet|thematisiert|hingewiesen|erwähnt|befürchtet|vorhergesagt',
    hit: 'Wir haben genau diesen Mangel bei der Abnahme angesprochen.',
    miss: 'Wir haben diesen Mangel bei der Abnahme gemeinsam notiert.',
  },
  {
    id: 'beim-ersten-termin-angesprochen',
    pattern:
      '<self> ~0-6 beim+ersten|im+ersten|bei+der+ersten|in+der+ersten|beim+erstgespräch|im+erstgespräch|im+kickoff|beim+kickoff|im+kick-off|beim+kick-off ~0-2 termin|treffen|gespräch|besprechung|sitzung|begehung|telefonat ~0-3 angesprochen|gesagt|hingewiesen|gewarnt|erwähnt|betont|abgeraten',
    hit: 'Ich habe Sie im ersten Gespräch auf die Nebenkosten hingewiesen.',
    miss: 'Ich habe Sie im ersten Gespräch als sehr klar erlebt.',
  },
  {
    id: 'bitte-lesen-sie-dazu-meine-mail',
    pattern: `bitte lesen+=Sie|lies|lest (dazu|hierzu|dafür) ${MY}|meine|unsere ~0-1 ${MAIL} vom|von|aus`,
    hit: 'Bitte lesen Sie dazu meine Nachricht vom Freitag.',
    miss: 'Bitte lesen Sie dazu das beiliegende Merkblatt.',
  },
  {
    id: 'ich-darf-auf-mein-schreiben-verweisen',
    pattern: `ich|wir darf|dürfen|möchte|möchten|muss|müssen ~0-2 auf ${MY}|mein|unser|meine|unsere ~0-3 ${MAIL}|ausführungen|antwort ~0-4 verweisen`,
    hit: 'Ich darf insoweit auf meine Nachricht vom Dienstag verweisen.',
    miss: 'Ich darf Sie an unsere Kollegin in Köln verweisen.',
  },
  {
    id: 'im-angebot-steht-ausdruecklich',
    pattern:
      'in|im ~1-3 steht|stand|heißt+es|hieß+es ~0-1 ausdrücklich|eindeutig|unmissverständlich|klar+und+deutlich|schwarz+auf+weiß|schwarz+auf+weiss',
    hit: 'Im Kostenvoranschlag stand ausdrücklich, dass das Gerüst extra berechnet wird.',
    miss: 'Im Kostenvoranschlag steht auch das Gerüst, das wir gern stellen.',
  },
  {
    id: 'genau-das-hatten-wir-empfohlen',
    pattern:
      'genau|exakt|eben das|dies|diese|dieses|diesen ~0-2 @haben ich|wir ~0-3 ursprünglich|damals|anfangs|zunächst|seinerzeit|von+anfang+an ~0-2 empfohlen|vorgeschlagen|geraten|angeraten|gesagt',
    hit: 'Genau diese Lösung hatten wir anfangs vorgeschlagen.',
    miss: 'Genau diese Lösung schlagen wir Ihnen auch jetzt vor.',
  },
  {
    id: 'damals-bedenken-geaeussert',
    pattern:
      'ich|wir @haben ~0-3 damals|bereits|frühzeitig|rechtzeitig|seinerzeit|von+anfang+an ~0-2 (unsere|meine) bedenken|zweifel|einwände|vorbehalte geäußert|angemeldet|angemerkt|angebracht',
    hit: 'Wir hatten seinerzeit Bedenken angemeldet.',
    miss: 'Wir haben Bedenken, ob der Termin hält, und melden uns.',
  },
  {
    id: 'nicht-dass-ich-es-nicht-gesagt-haette',
    pattern: '^nicht , dass ich|wir es|das ~0-2 nicht ~0-2 gesagt|erwähnt|geschrieben|angekündigt|gewarnt hätte|hätten',
    hit: 'Nicht, dass wir es nicht rechtzeitig gesagt hätten.',
    miss: 'Nicht, dass Sie denken, wir hätten Sie vergessen.',
  },
  // Wer, wann, wovor: ich/wir, ein Rückblick und ein Warnverb im selben Satzteil, in
  // beiden Wortstellungen ("wir haben bei der Besichtigung ausdrücklich zu X geraten",
  // "bereits im Angebot haben wir darauf hingewiesen").
  {
    id: 'mehrere-male-gebeten',
    pattern: `${TIMES}|mehrere+male|etliche+male|x+mal @haben ich|wir ~0-4 gebeten|gefragt|erinnert|nachgefragt|angemahnt|gemahnt`,
    hit: 'Etliche Male haben wir um die Freigabe gebeten.',
    miss: 'Mehrere Male haben wir gemeinsam gefeiert.',
  },
  {
    id: 'es-bestaetigt-sich-was-wir-gesagt',
    pattern: `bestätigt|bewahrheitet|zeigt sich ~0-3 , was|wie ich|wir ~0-4 ${SAID}|${WARNED}|befürchtet`,
    hit: 'Jetzt bewahrheitet sich, was wir im Gutachten befürchtet hatten.',
    miss: 'Jetzt zeigt sich, wie gut Ihr Team gearbeitet hat.',
  },
  {
    id: 'hat-sich-als-zutreffend-erwiesen',
    pattern: `${MY}|meine|unsere|mein|unser ~0-1 ${ESTIMATE}|rat|hinweis|warnung ~0-6 als richtig|zutreffend|berechtigt|begründet erwiesen|herausgestellt`,
    hit: 'Mein Hinweis hat sich im Nachhinein als berechtigt herausgestellt.',
    miss: 'Ihr Hinweis hat sich als sehr hilfreich erwiesen.',
  },
  {
    id: 'die-antwort-ist-dieselbe',
    pattern:
      'antwort|auskunft @sein ~0-2 dieselbe|die+gleiche|unverändert ~0-2 wie ~0-4 letzten|vorigen|vorherigen|bisherigen|ersten',
    hit: 'Die Antwort ist leider dieselbe wie bei Ihrer vorigen Nachfrage.',
    miss: 'Die Antwort ist dieselbe wie im Merkblatt, das ich beilege.',
  },
  {
    id: 'gemaess-meiner-mail',
    pattern: `gemäß|laut|entsprechend ${MY} ~0-2 ${MAIL}`,
    hit: 'Laut meiner Nachricht von gestern ist die Zufahrt gesperrt.',
    miss: 'Laut Ihrer Nachricht von gestern ist die Zufahrt frei, danke.',
  },
  {
    id: 'ich-dachte-ich-haette-mich-klar-ausgedrueckt',
    pattern:
      'ich|wir dachte|dachten|glaubte|glaubten , ich|wir hätte|hätten mich|uns ~0-2 klar|deutlich|unmissverständlich ausgedrückt',
    hit: 'Wir dachten, wir hätten uns deutlich ausgedrückt.',
    miss: 'Wir haben uns wohl nicht deutlich ausgedrückt, entschuldigen Sie.',
  },
  {
    id: 'meine-mich-zu-erinnern-dass-ich-gesagt',
    pattern: `erinnern|erinnere , dass ich|wir ~1-8 ${SAID}`,
    hit: 'Ich meine mich zu erinnern, dass ich das im Mai geschrieben habe.',
    miss: 'Ich erinnere mich gern an das Fest im Mai.',
  },
  {
    id: 'um-auf-meine-mail-zurueckzukommen',
    pattern: `auf ${MY}|meine|unsere ~0-3 ${MAIL}|ausführungen|hinweis|warnung ~0-3 zurückzukommen|zurückkommen|zurückkomme`,
    hit: 'Um auf meine Warnung vom Herbst zurückzukommen: Die Leitung ist geplatzt.',
    miss: 'Um auf Ihre Frage vom Herbst zurückzukommen: Die Leitung ist neu.',
  },
  {
    id: 'was-ich-schon-gesagt-hatte',
    pattern: `^was ich|wir ~0-6 schon|bereits|damals|seinerzeit ~0-3 ${SAID}|prophezeit|vorausgesagt hatte|habe|hatten|haben`,
    hit: 'Was ich dir übrigens schon im Frühjahr gesagt habe.',
    miss: 'Was ich dir im Frühjahr versprochen habe, halte ich.',
  },
  {
    id: 'niemand-wollte-auf-mich-hoeren',
    pattern: 'niemand|keiner|keine+seele ~0-3 auf mich|uns hören|gehört|hörte',
    hit: 'Leider hat damals keiner auf uns gehört.',
    miss: 'Hören Sie gern auf uns, wenn es um die Wartung geht.',
  },
  {
    id: 'erinnern-sie-sich-als-ich-sagte',
    pattern: `erinnern|erinnerst|erinnert ${WHO}|dich|euch ~0-3 , als|wie ich|wir ~0-2 sagte|sagten|schrieb|schrieben|warnte|warnten|meinte|meinten|riet|rieten`,
    hit: 'Erinnerst du dich, wie ich sagte, die Pumpe sei zu klein?',
    miss: 'Erinnerst du dich, wie schön das Fest war?',
  },
  {
    id: 'erinnern-sich-an-meine-vorbehalte',
    pattern:
      'erinnern|erinnerst|erinnert (sich|dich|euch) ~0-2 an meine|unsere|meinen|unseren|meiner|unserer ~0-1 vorbehalte|bedenken|warnung|warnungen|einwände|zweifel|rat|empfehlung|hinweis|hinweise|prognose',
    hit: 'Sie erinnern sich bestimmt an unsere Bedenken beim Fundament.',
    miss: 'Sie erinnern sich bestimmt an unseren Besuch im Sommer.',
  },
  {
    id: 'sagen-sie-nicht-ich-haette-nicht-gewarnt',
    pattern: 'nicht , ich|wir hätte|hätten =Sie|dich|euch|es|das ~0-3 nicht gewarnt|gesagt|hingewiesen',
    hit: 'Sag hinterher nicht, ich hätte dich nicht gewarnt.',
    miss: 'Ich weiß nicht, ob ich dich schon begrüßt habe.',
  },
  // Fürs Protokoll: "Zur Klarstellung:", "Um das klarzustellen:".
  // Die Feststellung nach dem Doppelpunkt gehört zum Befund: bis zum Satzzeichen am Ende.
  {
    id: 'fuers-protokoll',
    pattern:
      '^(nur|einfach) fürs+protokoll|für+das+protokoll|fürs+archiv|zur+klarstellung|zur+richtigstellung :|, ~1-8 ~0-8 .|!|?|;',
    hit: 'Zur Klarstellung: Die Treppe wurde genau nach den von Ihnen freigegebenen Plänen des Büros gebaut.',
    miss: 'Fürs Protokoll der Sitzung habe ich die Beschlüsse zusammengefasst.',
  },
  {
    id: 'um-das-klarzustellen',
    pattern:
      '^um das|dies|eines|eins|es (ganz) (deutlich|eindeutig|unmissverständlich) klarzustellen|richtigzustellen :|, ~1-8 ~0-8 .|!|?|;',
    hit: 'Um das klarzustellen: Die Verzögerung lag nicht bei uns.',
    miss: 'Wir melden uns, um den Termin abzustimmen.',
  },
  {
    id: 'damit-wir-uns-richtig-verstehen',
    pattern: 'damit wir uns (da|hier) (richtig|recht|nicht+falsch) verstehen : ~1-8 ~0-8 .|!|?|;',
    hit: 'Damit wir uns richtig verstehen: Der Fehler lag nicht bei uns.',
    miss: 'Damit wir uns gut verstehen, schicke ich vorab die Tagesordnung.',
  },
  // Jede Mitschuld von sich weisen.
  {
    id: 'nicht-unsere-schuld',
    pattern:
      'nicht|nie|niemals|kein|keine|keinerlei|keineswegs|keinesfalls|in+keiner+weise|in+keinster+weise|mitnichten ~0-2 unsere|meine|unser|mein schuld|verschulden|fehler|versäumnis|verantwortung',
    hit: 'Das ist in keiner Weise unsere Schuld.',
    miss: 'Das war mein Fehler, nicht Ihrer.',
  },
  {
    id: 'uns-trifft-keine-schuld',
    pattern: 'uns|mich trifft|trifft ~0-2 keine|keinerlei (schuld)',
    hit: 'Uns trifft hier keinerlei Schuld.',
    miss: 'Uns trifft die Nachricht sehr.',
  },
  {
    id: 'nichts-vorzuwerfen',
    pattern: 'ich|wir @haben (uns|mir) ~0-4 nichts|keinerlei|absolut+nichts vorzuwerfen',
    hit: 'Wir haben uns in dieser Sache nichts vorzuwerfen.',
    miss: 'Wir haben uns in dieser Sache viel vorgenommen.',
  },
  {
    id: 'nichts-zuschulden-kommen-lassen',
    pattern: 'nichts|keinerlei|keine+fehler zuschulden|zu+schulden kommen',
    hit: 'Wir haben uns nichts zuschulden kommen lassen.',
    miss: 'Wir lassen Ihnen die Unterlagen zukommen.',
  },
  {
    id: 'nichts-falsch-gemacht',
    pattern: 'ich|wir @haben ~0-4 nichts|keinen+fehler|keine+fehler falsch|verkehrt ~0-1 gemacht',
    hit: 'Wir haben hier nichts falsch gemacht.',
    miss: 'Wir haben hier etwas falsch gemacht und korrigieren es.',
  },
  {
    id: 'alles-richtig-gemacht',
    pattern: 'ich|wir @haben ~0-3 alles richtig|korrekt|vorschriftsmäßig|ordnungsgemäß ~0-1 gemacht',
    hit: 'Wir haben alles vorschriftsmäßig gemacht.',
    miss: 'Sie haben alles richtig gemacht, danke.',
  },
  {
    id: 'nicht-durch-uns-entstanden',
    pattern:
      'nicht|keinesfalls|keineswegs durch|von uns|mich|unsere|unser|unseren|unserem|unserer|meine ~0-2 entstanden|verursacht|verschuldet|ausgelöst|zu+vertreten',
    hit: 'Die Mahngebühren sind keineswegs durch unser Büro entstanden.',
    miss: 'Die Kosten sind durch unseren Fehler entstanden, wir übernehmen sie.',
  },
  {
    id: 'lag-nicht-bei-uns',
    pattern:
      '@liegen ~0-3 nicht|keinesfalls|keineswegs|keinesfalls bei+uns|bei+mir|an+uns|an+mir|auf+unserer+seite|in+unserem+bereich|in+unserer+verantwortung',
    hit: 'Der Fehler lag ganz sicher nicht bei uns.',
    miss: 'Der Fehler lag bei uns, wir entschuldigen uns.',
  },
  {
    id: 'verantwortung-liegt-woanders',
    pattern: 'verantwortung|schuld|ursache|fehler @liegen ~0-2 woanders|anderswo|andernorts',
    hit: 'Die Verantwortung liegt woanders.',
    miss: 'Die Verantwortung liegt bei unserem Bauleiter, Herrn Kunz.',
  },
  {
    id: 'ich-stehe-zu-jeder-entscheidung',
    pattern: 'ich|wir @stehen ~0-2 zu jeder|jedem|allen|sämtlichen ~0-1 entscheidung*|schritt|schritten|empfehlung*',
    hit: 'Ich stehe zu jeder einzelnen Entscheidung auf dieser Baustelle.',
    miss: 'Wir stehen zu unserem Wort und liefern am Montag.',
  },
  // Den Sieg einfordern: "Sie werden zugeben müssen", "die Fakten sprechen für sich".
  {
    id: 'sie-werden-zugeben-muessen',
    pattern: `${WHO} @werden|@müssen ~0-2 zugeben|einräumen|eingestehen|anerkennen ~0-1 (müssen) , dass ~0-4 ich|wir|mein*|unser*`,
    hit: 'Sie werden zugeben müssen, dass unsere Schätzung stimmte.',
    miss: 'Ich muss zugeben, dass ich das übersehen habe.',
  },
  {
    id: 'geben-mir-recht',
    pattern: '@geben mir|uns ~0-2 recht',
    // "Sie geben mir recht": the reader agreeing is not a point scored against them.
    unlessBefore: ['sie', 'du', 'ihr'],
    hit: 'Die Messwerte geben mir recht.',
    miss: 'Da gebe ich Ihnen recht.',
  },
  {
    id: 'bestaetigen-meine-position',
    pattern:
      'bestätigen|bestätigt|belegen|belegt|beweisen|beweist|untermauern|untermauert|stützen|stützt ~0-2 meine|unsere position|auffassung|darstellung|argumentation|standpunkt|sichtweise|haltung',
    hit: 'Die Zahlen bestätigen meine Position vollständig.',
    miss: 'Die Zahlen bestätigen den Zeitplan.',
  },
  {
    id: 'fakten-sprechen-fuer-sich',
    pattern:
      'fakten|tatsachen|beweise|belege|mails|e-mails|schriftverkehr|korrespondenz|mailverlauf sprechen|spricht ~0-2 für+sich|bände|eine+klare+sprache|eine+deutliche+sprache|eine+eindeutige+sprache',
    hit: 'Die Fakten sprechen für sich.',
    miss: 'Die Fakten sprechen wir am Montag durch.',
  },
  {
    id: 'dass-ich-recht-hatte',
    pattern: 'ich|wir ~0-3 recht hatte|hatten|gehabt|behalte|behielt',
    hit: 'Die Unterlagen zeigen, dass ich von Anfang an recht hatte.',
    miss: 'Sie hatten recht, und ich habe mich geirrt.',
  },
  {
    id: 'ich-hatte-mit-x-recht',
    pattern: 'ich|wir hatte|hatten ~1-4 recht',
    unlessAfter: ['gern', 'gerne'],
    hit: 'Ich hatte mit dem Kessel recht.',
    miss: 'Sie hatten mit dem Kessel recht.',
  },
  {
    id: 'wir-lagen-richtig',
    pattern: 'ich|wir lag|lagen ~0-4 richtig|goldrichtig|völlig+richtig',
    hit: 'Wir lagen mit der Dämmung richtig.',
    miss: 'Sie lagen mit der Dämmung richtig.',
  },
  // Den Beleg vorhalten: "Ich habe es schriftlich", "da gibt es nichts zu diskutieren".
  {
    id: 'ich-habe-es-schriftlich',
    pattern: 'ich|wir @haben (es|das|dies) (ja|doch|übrigens) schriftlich|schwarz+auf+weiß , dass',
    hit: 'Ich habe schriftlich, dass Sie die Eiche freigegeben haben.',
    miss: 'Ich habe schriftlich bestätigt, dass der Termin steht.',
  },
  {
    id: 'schwarz-auf-weiss',
    pattern: '@haben ~0-4 schwarz+auf+weiß|schwarz+auf+weiss',
    hit: 'Ich habe den ganzen Schriftverkehr schwarz auf weiß.',
    miss: 'Die Einladung ist schwarz und weiß gestaltet.',
  },
  {
    id: 'habe-es-schriftlich-satzende',
    pattern: 'ich|wir @haben (es|das|dies) (ja|doch|übrigens|alles) schriftlich|schwarz+auf+weiß $',
    hit: 'Ich habe das übrigens schriftlich.',
    miss: 'Das habe ich übrigens schriftlich beantragt.',
  },
  {
    id: 'da-gibt-es-nichts-zu-diskutieren',
    // „An dieser Stelle gibt es also nichts zu diskutieren“: the place named instead of „da“.
    pattern:
      'da|hier|darüber|daran|stelle|punkt gibt (es) ~0-1 nichts|nix|keinerlei zu diskutieren|rütteln|deuteln|bereden',
    hit: 'Da gibt es nichts zu diskutieren.',
    miss: 'Da gibt es nichts zu bezahlen.',
  },

  // Die Formen der englischen Konstruktionen auf Deutsch (npm run translated -- en being-right).
  {
    id: 'haben-wir-bereits-besprochen',
    pattern:
      'das|darüber|diesen+punkt haben|hatten wir (doch) bereits|schon ~0-2 besprochen|geklärt|erörtert|diskutiert',
    hit: 'Das haben wir bereits besprochen, und zwar mehr als einmal.',
    miss: 'Das haben wir gestern besprochen und gleich umgesetzt.',
  },
  {
    id: 'in-meiner-mail-eingegangen',
    pattern:
      'in meiner|unserer e-mail|mail|nachricht|antwort ~0-4 (ausführlich|bereits|schon) eingegangen|dargelegt|erläutert|beantwortet',
    hit: 'Darauf bin ich in meiner E-Mail vom letzten Dienstag ausführlich eingegangen.',
    miss: 'In meiner E-Mail finden Sie den Link zur Anmeldung.',
  },
  {
    id: 'genau-so-gekommen-wie-gesagt',
    pattern:
      'genau|exakt so gekommen|eingetreten (,) wie ich|wir ~0-2 gesagt|vorhergesagt|prophezeit|befürchtet|angekündigt',
    hit: 'Es ist genau so gekommen, wie ich es gesagt habe.',
    miss: 'Es ist genau so gekommen, wie Sie es sich gewünscht haben.',
  },
  {
    id: 'fuer-nichts-zu-entschuldigen',
    pattern: 'haben uns|habe+mich ~0-4 für+nichts|nichts zu entschuldigen',
    hit: 'Wir haben uns in dieser Angelegenheit für nichts zu entschuldigen.',
    miss: 'Wir haben uns für die Verspätung zu entschuldigen.',
  },
  {
    id: 'an-alle-vorschriften-gehalten',
    pattern: 'wir+haben+uns|ich+habe+mich ~0-1 an alle|sämtliche vorschriften|regeln|vorgaben|absprachen gehalten',
    hit: 'Wir haben uns an alle Vorschriften gehalten.',
    miss: 'Wir haben uns an den Zeitplan gehalten, wie versprochen.',
  },
  {
    id: 'geben-mir-voll-recht',
    pattern: 'geben|gibt mir|uns (voll+und+ganz|völlig|eindeutig|ganz) recht',
    hit: 'Die Zahlen geben mir voll und ganz recht.',
    miss: 'Die Zahlen geben uns einen guten Überblick.',
  },
  {
    id: 'liegt-mir-schriftlich-vor',
    pattern: 'liegt+mir|liegt+uns|mir+liegt|uns+liegt|liegen+mir|liegen+uns ~0-3 schriftlich vor',
    hit: 'Mir liegt schriftlich vor, dass Sie die Eichenoberfläche freigegeben haben.',
    miss: 'Mir liegt Ihre Anfrage seit heute vor.',
  },

  {
    id: 'frage-bereits-beantwortet',
    pattern: 'frage haben|hatten wir|ich ~0-3 bereits|schon ~0-3 beantwortet',
    hit: 'Genau diese Frage haben wir bereits im März beantwortet.',
    miss: 'Ihre Frage beantworten wir gern morgen früh.',
  },
  {
    id: 'zum-x-ten-mal-doppelpunkt',
    pattern: '^zum letzten|allerletzten|dritten|vierten|fünften|wiederholten|x-ten mal :',
    hit: 'Zum allerletzten Mal: Die Parkgenehmigung liegt in Ihrer Verantwortung.',
    miss: 'Zum dritten Mal in Folge gewinnt Ihr Team den Preis.',
  },
  {
    id: 'nicht-nachtreten',
    pattern: 'ich|wir will|möchte|wollen|möchten nicht nachtreten|nachkarten',
    hit: 'Ich will nicht nachtreten, aber das Gutachten hat die Feuchtigkeit erwähnt.',
    miss: 'Ich will nicht stören, aber haben Sie kurz Zeit?',
  },
  {
    id: 'schaetzung-goldrichtig',
    pattern:
      'unsere|meine schätzung|einschätzung|kalkulation|prognose|vermutung ~0-2 goldrichtig|von+anfang+an+richtig',
    hit: 'Wie sich zeigt, lag unsere Schätzung goldrichtig.',
    miss: 'Unsere Schätzung schicken wir Ihnen morgen.',
  },
  {
    id: 'schon-einmal-gesagt',
    pattern: 'ich|wir habe|haben|hab es|das schon|bereits einmal|mal gesagt|geschrieben|erwähnt',
    hit: 'Ich habe es schon einmal gesagt, aber die Zeichnungen brauchen einen Maßstab.',
    miss: 'Ich habe es schon einmal ausprobiert und es klappt gut.',
  },
  {
    id: 'beachten-sie-meine-nachricht',
    pattern: 'beachten =Sie (hierzu|dazu|bitte) meine|unsere nachricht|mail|e-mail|antwort|schreiben',
    hit: 'Bitte beachten Sie hierzu meine Nachricht vom 2. April.',
    miss: 'Bitte beachten Sie die neuen Öffnungszeiten.',
  },
  {
    id: 'ich-verweise-auf-meine',
    pattern:
      'ich|wir verweise|verweisen (=Sie) auf ~0-3 meine|unsere|meines|unseres vorherige|letzte|frühere|früheren|vorherigen|letzten',
    hit: 'Ich verweise auf meine vorherige Antwort.',
    miss: 'Ich verweise gern auf unsere Partnerin für Gartenbau.',
  },
  {
    id: 'wiederholt-angefordert',
    pattern:
      'wir|ich haben|habe ~0-3 wiederholt|mehrfach|mehrmals|dreimal|viermal|fünfmal|x-mal ~0-3 gebeten|angefordert|nachgefragt|angemahnt',
    hit: 'Wir haben den Zählerstand viermal angefordert.',
    miss: 'Wir haben den Zählerstand heute angefordert.',
  },
  {
    id: 'im-nachhinein-richtig',
    pattern: '^im+nachhinein|rückblickend ~1-8 realistische|realistisch|richtige|richtig|notwendig|zustimmen|recht',
    hit: 'Im Nachhinein war unser ursprüngliches Budget das realistische.',
    miss: 'Im Nachhinein freuen wir uns besonders über den Garten.',
  },
  {
    id: 'unmissverstaendlich-geaeussert',
    pattern: 'wir|ich haben|habe uns|mich ~0-3 unmissverständlich|eindeutig|klar+und+deutlich geäußert|ausgedrückt',
    hit: 'Ich glaube, wir haben uns zu den Zugangszeiten unmissverständlich geäußert.',
    miss: 'Wir haben uns über Ihre Nachricht sehr gefreut.',
  },
  {
    id: 'erinnere-mich-genau-gewarnt',
    pattern: 'ich+erinnere+mich|wir+erinnern+uns genau|gut ~0-6 gewarnt|hingewiesen',
    hit: 'Ich erinnere mich genau, Sie vor dem Flachdach gewarnt zu haben.',
    miss: 'Ich erinnere mich gut an unseren Besuch im Sommer.',
  },
  {
    id: 'darf-ich-sie-daran-erinnern',
    pattern: 'darf|muss|möchte ich =Sie|dich|euch (noch+einmal|erneut|nochmals) daran erinnern , dass',
    hit: 'Darf ich Sie daran erinnern, dass die Rechnung überfällig ist?',
    miss: 'Darf ich Sie an unser Sommerfest erinnern?',
  },
  {
    id: 'sollte-nicht-erinnern-muessen',
    pattern: 'sollte|sollten ~0-5 nicht ~0-4 erinnern|hinterherlaufen|hinterhertelefonieren|nachlaufen müssen',
    hit: 'Ich sollte Sie eigentlich nicht an die Frist erinnern müssen.',
    miss: 'Ich sollte Sie an die Frist erinnern, sagten Sie.',
  },
  {
    id: 'das-kommen-sehen',
    pattern: 'haben|hatten|habe|hatte ~0-1 das|es kommen sehen',
    hit: 'Ehrlich gesagt haben wir das kommen sehen.',
    miss: 'Ehrlich gesagt haben wir das kommen lassen, um es Ihnen zu zeigen.',
  },
  {
    id: 'missverstanden',
    pattern: '=Sie haben ~0-4 missverstanden|falsch+verstanden',
    hit: 'Sie haben die Zahlungsbedingungen missverstanden.',
    miss: 'Wir haben die Zahlungsbedingungen missverstanden, entschuldigen Sie.',
  },
  {
    id: 'verstehen-immer-noch-nicht',
    pattern: '=Sie|du verstehen|verstehst ~0-2 immer+noch+nicht|noch+immer+nicht',
    hit: 'Sie verstehen immer noch nicht, wie das Honorar berechnet wird.',
    miss: 'Sie verstehen sicher, dass wir noch warten.',
  },
  {
    id: 'wie-sie-sehr-wohl-wissen',
    pattern: 'wie =Sie|du|ihr|=Ihnen sehr+wohl|genau|ganz+genau wissen|weißt|wisst|bewusst',
    hit: 'Wie Sie sehr wohl wissen, können wir den Vertrag jetzt nicht mehr ändern.',
    miss: 'Wie Sie wissen, ziehen wir im Mai um.',
  },
  {
    id: 'sehr-deutlich-gemacht',
    pattern: 'ich|wir habe|haben (sehr|mehr+als|ganz) deutlich gemacht|klargestellt',
    hit: 'Ich habe sehr deutlich gemacht, dass es sich um einen Festpreis handelt.',
    miss: 'Ich habe die Fugen sehr sauber gemacht.',
  },
  {
    id: 'von-anfang-an-recht',
    pattern: 'hatten|hatte ~0-4 von+anfang+an|damals|schon+damals recht',
    hit: 'Wir hatten mit der Entwässerung von Anfang an recht.',
    miss: 'Wir hatten von Anfang an Freude an dem Projekt.',
  },
  {
    id: 'ich-wusste-dass-das-passieren',
    pattern: '^ich|wir wusste|wussten (doch|ja) (,) dass das|es ~0-3 passieren|kommen|schiefgehen',
    hit: 'Ich wusste, dass das passieren würde, wenn wir das Gutachten weglassen.',
    miss: 'Ich wusste, dass Sie kommen würden, wie schön!',
  },
  {
    id: 'das-passiert-eben-wenn',
    pattern: 'das passiert|kommt eben|halt|nun+mal ~0-1 wenn|davon',
    hit: 'Das passiert eben, wenn der Heizkessel nie gewartet wird.',
    miss: 'Das passiert selten, wenn der Heizkessel gewartet wird.',
  },
  // „Genau deshalb hatte ich ja damals auf … bestanden“: der Schaden als Beleg für den eigenen Rat.
  {
    id: 'genau-deshalb-hatte-ich',
    pattern:
      'genau|eben|gerade deshalb|deswegen|darum|aus+diesem+grund (hatte|habe|hatten|haben) ich|wir (ja|damals|immer|auch|schon|doch) ~0-5 bestanden|empfohlen|geraten|gewarnt|vorgeschlagen|gedrängt|hingewiesen|gesagt|angemahnt|abgeraten',
    hit: 'Genau deshalb hatte ich damals auf dem Wasserschaden-Gutachten bestanden.',
    miss: 'Genau deshalb haben wir uns für die Kupferleitung entschieden.',
  },
];
