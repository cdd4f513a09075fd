import type { PhraseEntry } from '../types';

// Die andere Person zur Schuldigen machen (Prinzip 1: Wertschätzung).
//
// Bausteine für „Sie haben … nicht …“ in allen drei Wortstellungen. Die Lücke
// vor der Verneinung bleibt kurz (~3), damit „Sie haben recht, wir haben nicht
// geliefert“ (eine Entschuldigung) nicht anschlägt; „immer noch“, „bis heute“
// usw. fangen die zwei optionalen Adverbien davor ab.
const ADV =
  '(immer|noch|bis|heute|bisher|bislang|leider|schon|wieder|erneut|offenbar|offensichtlich|anscheinend|wohl|gar|überhaupt|jedoch|aber|trotzdem|dennoch|auch|abermals) (noch|immer|heute|wieder|mal|einmal|überhaupt|gar)';
const NEG = 'nicht|kein|keine|keinen|keinerlei|weder';
// Wer handelt: die Leserin als Subjekt, gesiezt, geduzt oder im Plural, mit
// jeder Form des Verbs (@haben: haben, hast, habt, hatten …). Nicht <reader>:
// vorn stehen in „Ihre Unterlagen haben wir nicht geprüft“ oder „Dir haben wir
// nichts verschwiegen“ Objekte, und die Pluralform gleicht der von „wir“.
// Ein Possessiv als Handelnde nur mit Verb im Singular („Ihr Büro hat …“).
const WHO = '=Sie|du|ihr';
// Partizipien, nach Themen gruppiert.
const SENT =
  'geschickt|gesendet|gesandt|zugeschickt|zugesandt|zugesendet|übermittelt|übersandt|eingereicht|nachgereicht|geliefert|nachgeliefert|zurückgeschickt|zurückgesandt|weitergeleitet|hochgeladen|vorgelegt|beigefügt|mitgebracht|abgegeben|bereitgestellt|ausgehändigt';
const PAID =
  'bezahlt|gezahlt|überwiesen|beglichen|angezahlt|unterschrieben|unterzeichnet|ausgefüllt|freigegeben|bestätigt|zurückgegeben|erstattet';
const TOLD =
  'beantwortet|geantwortet|reagiert|zurückgerufen|angerufen|zurückgemeldet|gemeldet|abgesagt|informiert|benachrichtigt|mitgeteilt|bescheid+gegeben|bescheid+gesagt|rückmeldung+gegeben|feedback+gegeben';
const READ =
  'gelesen|durchgelesen|beachtet|berücksichtigt|verstanden|zugehört|geprüft|kontrolliert|angeschaut|angesehen|wahrgenommen|zur+kenntnis+genommen';
const KEPT = 'eingehalten|gehalten|umgesetzt|erledigt|erfüllt|befolgt|vorbereitet|eingeplant|gekümmert';
const ALL = `${SENT}|${PAID}|${TOLD}|${READ}|${KEPT}`;
// Wörter, mit denen ein Satz beginnt, wenn „haben Sie“ vorangestellt ist
// („Leider haben Sie …“). Ohne sie wäre „Die Kollegen haben Sie nicht
// informiert“ (Sie als Objekt) ein Treffer.
// Auch das Ende einer vorangestellten Wendung zählt („Trotz mehrfacher
// Erinnerung haben Sie …“, „Entgegen unserer Absprache haben Sie …“).
const LEAD =
  'leider|bisher|bislang|trotzdem|dennoch|jedoch|aber|offenbar|anscheinend|offensichtlich|wieder|erneut|nun|jetzt|gestern|damals|dabei|auch|doch|dann|somit|also|seitdem|seither|inzwischen|mittlerweile|letztlich|schließlich|,|immer+noch|noch+immer|bis+heute|schon+wieder|wieder+einmal|mal+wieder|erinnerung|erinnerungen|nachfrage|nachfragen|mahnung|mahnungen|zusage|absprache|vereinbarung|versprechen|ankündigung|aufforderung|bitte|bitten';
// Nebensatz mit Verb am Ende: „weil Sie … nicht … geschickt haben“.
const BECAUSE = 'weil|da|obwohl|nachdem|zumal';
const FORGOT = '@vergessen|@übersehen|@versäumen|@verpassen|verschlafen|@verschwitzen';
const AGAIN = 'schon+wieder|wieder|erneut|abermals|wieder+einmal|mal+wieder';
/** Was niemand getan hat, wo es jemand hätte tun sollen: gelesen, sich gekümmert, geprüft. */
const NOBODY_DID =
  'gelesen|gekümmert|geachtet|geprüft|gemerkt|reagiert|gemeldet|zurückgerufen|weitergegeben|kontrolliert|aufgepasst|beachtet|abgedeckt|informiert|nachgeschaut|nachgesehen|angeschaut|angesehen|bescheid+gesagt|bescheid+gegeben';
// Kleine Wörter zwischen „Sie haben“ und dem Kern („Sie haben mich da falsch verstanden“).
const OBJ =
  '(mich|uns|das|da|etwas|einiges|hier|leider|wohl|offenbar|offensichtlich|anscheinend|es|dabei|damals|total|komplett|völlig|einfach)';

export const blame: readonly PhraseEntry[] = [
  // Niemand auf der Seite der Leserin hat hingesehen: „Die Anleitung hat bei Ihnen offenbar niemand gelesen.“
  {
    id: 'bei-ihnen-hat-niemand',
    pattern: `@haben (sich) ~0-3 bei|von =Ihnen|dir|euch ~0-3 niemand|keiner ~0-5 ${NOBODY_DID}`,
    hit: 'Die Bauzeichnung hat bei euch wohl keiner angeschaut.',
    miss: 'Die Bauzeichnung hat bei euch wohl jeder angeschaut.',
  },
  {
    id: 'bei-ihnen-niemand-hat',
    pattern: `bei|von =Ihnen|dir|euch ~0-3 @haben (sich) ~0-3 niemand|keiner ~0-5 ${NOBODY_DID}`,
    hit: 'Bei Ihnen hat seit März niemand die Zählerstände kontrolliert.',
    miss: 'Bei Ihnen muss niemand die Zählerstände kontrollieren, das machen wir.',
  },
  {
    // Im Nebensatz, Verb am Ende: „…, die bei Ihnen offenbar niemand gelesen hat“.
    id: 'die-bei-ihnen-niemand-gelesen-hat',
    pattern: `bei|von =Ihnen|dir|euch ~0-3 niemand|keiner ~0-5 ${NOBODY_DID} @haben`,
    hit: 'Es gab eine Packliste, die bei euch anscheinend keiner gelesen hat.',
    miss: 'Es gab eine Packliste, die bei euch anscheinend jeder gelesen hat.',
  },
  // Was rechtzeitig hätte kommen müssen, im Irrealis: „Wären die Unterlagen zum Stichtag gekommen, …“.
  {
    id: 'waeren-rechtzeitig-gekommen',
    pattern:
      '^ wären|wäre ~1-6 rechtzeitig|pünktlich|früher|eher|fristgerecht|stichtag|termin|frist|vollständig|lesbar|korrekt|richtig|komplett ~0-4 gekommen|eingegangen|eingetroffen|angekommen|eingereicht+worden|geliefert+worden|übermittelt+worden',
    hit: 'Wären die Belege zum vereinbarten Stichtag gekommen, hätten wir pünktlich abgegeben.',
    miss: 'Wären wir früher losgefahren, hätten wir den Zug bekommen.',
  },
  {
    id: 'haetten-wir-rechtzeitig-bekommen',
    pattern:
      '^ hätten|hätte wir|ich ~1-5 rechtzeitig|pünktlich|früher|eher|fristgerecht ~0-2 bekommen|erhalten|gehabt|vorliegen',
    hit: 'Hätten wir die Freigabe rechtzeitig bekommen, wäre die Anzeige erschienen.',
    miss: 'Hätten wir früher daran gedacht, wäre die Anzeige erschienen.',
  },
  // Das Mittel, die Anleitung war ausdrücklich mitgegeben: "…, obwohl wir Ihnen ausdrücklich die Tücher mitgegeben haben".
  {
    id: 'obwohl-wir-ihnen-ausdruecklich',
    pattern: 'obwohl|obgleich|obschon wir|ich =Ihnen|dir|euch ~0-4 ausdrücklich|extra|eigens|mehrfach|schriftlich',
    hit: 'Das Gerät ist mit Spray gereinigt worden, obwohl wir Ihnen ausdrücklich die Tücher mitgegeben haben.',
    miss: 'Das Gerät ist neu, obwohl wir Ihnen nur den Preis des alten berechnen.',
  },
  {
    // Die Anleitung stand schwarz auf weiß: „…, obwohl das in unserem Merkblatt ausdrücklich steht“,
    // „…, obwohl Sie dazu ein Merkblatt bekommen haben“.
    id: 'obwohl-merkblatt',
    pattern:
      'obwohl|obgleich|obschon ~0-5 merkblatt|merkblättern|pflegehinweis|pflegehinweisen|pflegeanleitung|anleitung|anweisung|anweisungen|hinweisblatt|hausordnung|datenblatt|übergabeprotokoll ~0-5 @bekommen|@erhalten|@unterschreiben|ausgehändigt|mitgegeben|ausdrücklich|extra|eigens',
    // The writer's own deed before it is no reproach ("Wir waren früher fertig, obwohl im Protokoll zwei Tage stehen").
    unlessEarlier: ['wir', 'ich'],
    unlessWarm: true,
    hit: 'Der Boden wurde nass gewischt, obwohl das Merkblatt dazu ausdrücklich etwas anderes sagt.',
    miss: 'Der Boden wurde nass gewischt, wie es im Merkblatt steht.',
  },
  {
    // „Es war Ihre Entscheidung, auf das Gutachten zu verzichten“: die Wahl als Ursache; „Es ist Ihre Entscheidung, ob …“ lässt Raum.
    id: 'es-war-ihre-entscheidung',
    pattern: 'es|das war =Ihre|deine|eure (eigene) entscheidung|wahl|idee ,',
    hit: 'Es war Ihre Entscheidung, auf das Gutachten zu verzichten.',
    miss: 'Es ist Ihre Entscheidung, ob Sie auf das Gutachten verzichten.',
  },
  {
    id: 'sie-haben-schon-wieder-vergessen',
    pattern: `=Sie @haben ~4 ${AGAIN} ~3 ${FORGOT}|@ignorieren`,
    hit: 'Sie haben die Unterlagen schon wieder vergessen.',
    miss: 'Ich habe die Unterlagen schon wieder vergessen.',
  },
  {
    id: 'haben-sie-schon-wieder-vergessen',
    pattern: `@haben =Sie ~4 ${AGAIN} ~3 ${FORGOT}|@ignorieren`,
    unlessBefore: ['wir', 'ich', 'und'],
    hit: 'Damit haben Sie den Termin schon wieder verpasst.',
    miss: 'Damit haben wir den Termin schon wieder verpasst.',
  },
  {
    id: 'du-hast-schon-wieder-vergessen',
    pattern: `du|ihr @haben ~4 ${AGAIN} ~3 ${FORGOT}|@ignorieren`,
    hit: 'Du hast den Schlüssel schon wieder vergessen.',
    miss: 'Ich habe den Schlüssel schon wieder vergessen.',
  },
  {
    id: 'hast-du-schon-wieder-vergessen',
    pattern: `@haben du|ihr ~4 ${AGAIN} ~3 ${FORGOT}|@ignorieren`,
    hit: 'Jetzt hast du die Freigabe schon wieder vergessen.',
    miss: 'Jetzt habe ich die Freigabe schon wieder vergessen.',
  },
  {
    id: 'sie-haben-das-vergessen',
    pattern: `${WHO} @haben (leider|wohl|offenbar|anscheinend|offensichtlich|dabei|hier|da) (mir|uns) den|die|das|dem|der|meine|meinen|mein|unsere|unseren|unser|eine|einen|ein|ihre|ihren|deine|deinen|dein|eure|euren|euer ~2 ${FORGOT}`,
    hit: 'Sie haben leider die zweite Seite vergessen.',
    miss: 'Sie haben nichts vergessen, alles ist vollständig.',
  },
  {
    id: 'sie-haben-vergessen-zu',
    pattern: `${WHO} @haben (leider|wohl|offenbar|anscheinend|offensichtlich|dabei|hier|da) @vergessen|@übersehen|@versäumen|@ignorieren ,|zu|dass`,
    hit: 'Sie haben übersehen, dass die Frist am Montag endete.',
    miss: 'Wir haben übersehen, dass die Frist am Montag endete.',
  },
  {
    id: 'leider-haben-sie-vergessen',
    pattern: `leider|offenbar|anscheinend|offensichtlich|wohl|dabei|das|dies @haben ${WHO} ~4 ${FORGOT}`,
    hit: 'Offenbar haben Sie die Anlage vergessen.',
    miss: 'Offenbar haben wir die Anlage vergessen.',
  },
  // "weil Sie … vergessen haben": the reader-fault construction (rules/reader-fault.ts),
  // which also sees "weil Sie nichts vergessen haben" as no fault.
  {
    id: 'sie-haben-nicht-geschickt',
    pattern: `=Sie @haben ~3 ${ADV} ${NEG} ~5 ${SENT}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben uns die Pläne bis heute nicht geschickt.',
    miss: 'Sie haben recht, wir haben die Pläne nicht geschickt.',
  },
  {
    id: 'haben-sie-nicht-geschickt',
    pattern: `${LEAD} @haben =Sie ~3 ${ADV} ${NEG} ~5 ${SENT}`,
    unlessAfter: ['sondern'],
    hit: 'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.',
    miss: 'Wie besprochen haben wir die Unterlagen heute geschickt.',
  },
  {
    id: 'sie-haben-nicht-bezahlt',
    pattern: `=Sie @haben ~3 ${ADV} ${NEG} ~5 ${PAID}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben die Rechnung immer noch nicht bezahlt.',
    miss: 'Haben Sie die Rechnung schon bezahlt?',
  },
  {
    id: 'haben-sie-nicht-bezahlt',
    pattern: `${LEAD} @haben =Sie ~3 ${ADV} ${NEG} ~5 ${PAID}`,
    unlessAfter: ['sondern'],
    hit: 'Leider haben Sie die Vollmacht bis heute nicht unterschrieben.',
    miss: 'Leider haben wir die Vollmacht bis heute nicht erhalten.',
  },
  {
    id: 'sie-haben-nicht-informiert',
    pattern: `=Sie @haben ~3 ${ADV} ${NEG} ~3 ${TOLD}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben uns nicht rechtzeitig informiert.',
    miss: 'Wir haben Sie nicht rechtzeitig informiert, das tut mir leid.',
  },
  {
    id: 'haben-sie-nicht-informiert',
    pattern: `${LEAD} @haben =Sie ~3 ${ADV} ${NEG} ~3 ${TOLD}`,
    unlessAfter: ['sondern'],
    hit: 'Bis heute haben Sie sich leider nicht zurückgemeldet.',
    miss: 'Die Kollegen haben Sie nicht zurückgerufen, das tut mir leid.',
  },
  {
    id: 'sie-haben-nicht-gelesen',
    pattern: `=Sie @haben ~3 ${ADV} ${NEG} ~3 ${READ}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben meine Hinweise offenbar nicht beachtet.',
    miss: 'Sie haben meine Hinweise beachtet, vielen Dank.',
  },
  {
    // Präsens: „Offenbar lesen Sie meine Mails nicht“, „Du beantwortest meine Nachrichten nie“.
    id: 'lesen-sie-nicht',
    pattern: `${LEAD} @lesen|@beantworten|@beachten|@öffnen =Sie|du|ihr ~3 mails|e-mails|nachrichten|briefe|schreiben|hinweise|anrufe ${ADV} nicht|nie|kaum`,
    hit: 'Offenbar öffnen Sie unsere Briefe nicht.',
    miss: 'Offenbar öffnen Sie unsere Briefe gern.',
  },
  {
    id: 'sie-lesen-nicht',
    pattern: `=Sie|du|ihr @lesen|@beantworten|@beachten|@öffnen ~3 mails|e-mails|nachrichten|briefe|schreiben|hinweise|anrufe ${ADV} nicht|nie|kaum`,
    hit: 'Du beantwortest meine Nachrichten nie.',
    miss: 'Du beantwortest meine Nachrichten immer schnell.',
  },
  {
    id: 'haben-sie-nicht-gelesen',
    pattern: `${LEAD} @haben =Sie ~3 ${ADV} ${NEG} ~3 ${READ}`,
    unlessAfter: ['sondern'],
    hit: 'Leider haben Sie meine Anmerkungen nicht berücksichtigt.',
    miss: 'Leider haben wir Ihre Anmerkungen nicht berücksichtigt.',
  },
  {
    id: 'sie-haben-nicht-eingehalten',
    pattern: `=Sie @haben ~3 ${ADV} ${NEG} ~3 ${KEPT}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben sich nicht an die Absprache gehalten.',
    miss: 'Wir haben uns nicht an die Absprache gehalten, das bedaure ich.',
  },
  {
    id: 'haben-sie-nicht-eingehalten',
    pattern: `${LEAD} @haben =Sie ~3 ${ADV} ${NEG} ~3 ${KEPT}`,
    unlessAfter: ['sondern'],
    hit: 'Leider haben Sie die vereinbarte Frist nicht eingehalten.',
    miss: 'Leider konnten wir die vereinbarte Frist nicht einhalten.',
  },
  {
    id: 'haben-sie-nicht-frage',
    pattern: `^@haben ${WHO} ~3 ${ADV} ${NEG} ~3 ${READ}|${TOLD}`,
    hit: 'Haben Sie meine Nachricht nicht gelesen?',
    miss: 'Haben Sie meine Nachricht schon gesehen?',
  },
  {
    id: 'weil-sie-nicht-geschickt-haben',
    pattern: `${BECAUSE} ${WHO} ~3 ${ADV} ${NEG} ~5 ${SENT}|${PAID} @haben`,
    unlessBefore: ['falls', 'wenn', 'sofern', 'ob'],
    hit: 'Wir konnten nicht anfangen, da Sie die Anzahlung noch nicht überwiesen haben.',
    miss: 'Falls Sie die Anzahlung noch nicht überwiesen haben, ist das kein Problem.',
  },
  {
    id: 'weil-sie-nicht-informiert-haben',
    pattern: `${BECAUSE} ${WHO} ~3 ${ADV} ${NEG} ~3 ${TOLD}|${READ}|${KEPT} @haben`,
    unlessBefore: ['falls', 'wenn', 'sofern', 'ob'],
    hit: 'Der Handwerker stand vor verschlossener Tür, weil Sie den Termin nicht abgesagt haben.',
    miss: 'Wenn Sie den Termin nicht abgesagt haben, kommt der Handwerker wie geplant.',
  },
  {
    id: 'sie-sind-nicht-erschienen',
    pattern: `${WHO} @sein ~3 ${ADV} nicht ~3 erschienen|gekommen|eingegangen|nachgekommen|aufgetaucht|vorbeigekommen`,
    unlessAfter: ['sondern'],
    hit: 'Sie sind auf meine Fragen gar nicht eingegangen.',
    miss: 'Sie sind auf meine Fragen ausführlich eingegangen, danke.',
  },
  {
    id: 'sind-sie-nicht-erschienen',
    pattern: `${LEAD} @sein ${WHO} ~3 ${ADV} nicht ~3 erschienen|gekommen|eingegangen|nachgekommen|aufgetaucht|vorbeigekommen`,
    unlessAfter: ['sondern'],
    hit: 'Leider sind Sie unserer Bitte bis heute nicht nachgekommen.',
    miss: 'Leider sind wir Ihrer Bitte bis heute nicht nachgekommen.',
  },
  {
    id: 'du-hast-nicht',
    pattern: `du|ihr @haben ~3 ${ADV} ${NEG} ~5 ${ALL}`,
    unlessAfter: ['sondern'],
    hit: 'Du hast mir die Fotos immer noch nicht geschickt.',
    miss: 'Ich habe dir die Fotos noch nicht geschickt, sorry.',
  },
  {
    id: 'hast-du-nicht',
    pattern: `@haben du|ihr ~3 ${ADV} ${NEG} ~5 ${ALL}`,
    unlessAfter: ['sondern'],
    hit: 'Leider hast du dich nicht an unsere Abmachung gehalten.',
    miss: 'Leider habe ich mich nicht an unsere Abmachung gehalten.',
  },
  {
    id: 'warum-haben-sie-nicht',
    pattern: 'warum|wieso|weshalb @haben|@sein =Sie ~5 nicht|nie|kein|keine|keinen',
    hit: 'Warum haben Sie uns nicht früher Bescheid gegeben?',
    miss: 'Warum haben wir Ihnen nicht früher Bescheid gegeben?',
  },
  {
    id: 'warum-hast-du-nicht',
    pattern: 'warum|wieso|weshalb @haben|@sein du|ihr ~5 nicht|nie|kein|keine|keinen',
    hit: 'Wieso hast du mich nicht angerufen?',
    miss: 'Wieso habe ich dich nicht angerufen?',
  },
  {
    id: 'sie-haben-nichts-unternommen',
    pattern: `${WHO} @haben ~3 nichts|gar+nichts|rein+gar+nichts unternommen|@beitragen|@liefern`,
    hit: 'Sie haben seit Wochen nichts unternommen.',
    miss: 'Sie haben nichts falsch gemacht.',
  },
  {
    id: 'sie-haben-ignoriert',
    pattern: `${WHO} @haben ~4 @ignorieren|@missachten|@verschweigen|@unterschlagen|@überlesen|übergangen|@verheimlichen|@verbocken|@vermasseln|@verpatzen|@versauen|@verschulden|@verursachen`,
    hit: 'Sie haben meine Warnungen einfach ignoriert.',
    miss: 'Wir haben Ihre Nachricht leider übersehen.',
  },
  {
    id: 'haben-sie-ignoriert',
    pattern: `${LEAD} @haben ${WHO} ~4 @ignorieren|@missachten|@verschweigen|@unterschlagen|@überlesen|übergangen|@verheimlichen|@verbocken|@vermasseln|@verpatzen|@verschulden|@verursachen`,
    hit: 'Leider haben Sie die Hinweise des Statikers missachtet.',
    miss: 'Leider haben wir die Hinweise des Statikers zu spät erhalten.',
  },
  {
    id: 'sie-haben-falsch-verstanden',
    pattern: `${WHO} @haben ${OBJ} ${OBJ} falsch+verstanden|falsch+ausgefüllt|falsch+eingetragen|falsch+angegeben|falsch+berechnet|falsch+gemacht|falsch+interpretiert|falsch+gelesen|missverstanden|fehlinterpretiert`,
    hit: 'Sie haben mich da falsch verstanden.',
    miss: 'Sie haben nichts falsch gemacht.',
  },
  {
    id: 'haben-sie-falsch-verstanden',
    pattern: `@haben ${WHO} ${OBJ} ${OBJ} falsch+verstanden|falsch+ausgefüllt|falsch+eingetragen|falsch+angegeben|falsch+berechnet|falsch+gemacht|falsch+interpretiert|missverstanden`,
    unlessBefore: ['wir', 'ich', 'und'],
    hit: 'Da haben Sie etwas missverstanden.',
    miss: 'Da haben wir etwas missverstanden.',
  },
  {
    // „… frage ich mich, ob Sie meine Anmerkungen überhaupt gelesen haben“: Nicht-Lesen unterstellt.
    id: 'ob-sie-ueberhaupt-gelesen',
    pattern:
      'ob =Sie|du|ihr|jemand|irgendjemand ~0-6 überhaupt|jemals|je|wirklich gelesen|angeschaut|angesehen|geöffnet|geprüft|durchgesehen|zugehört|angehört|lesen|anschauen|öffnen',
    hit: 'Ich frage mich, ob Sie meine Anmerkungen aus der letzten Runde überhaupt gelesen haben.',
    miss: 'Ich frage mich, ob Sie die Anmerkungen schon bekommen haben.',
  },
  {
    id: 'sie-haben-falsche-angaben',
    pattern: `${WHO} @haben ~3 falsche|unvollständige|fehlerhafte|unrichtige|widersprüchliche|veraltete ~2 angaben|unterlagen|informationen|daten|zahlen|maße|pläne|dokumente|auskünfte`,
    hit: 'Sie haben uns falsche Maße geschickt.',
    miss: 'Wir haben Ihnen falsche Maße geschickt, bitte entschuldigen Sie.',
  },
  {
    // "Die Maße, die wir bekommen haben, waren falsch": the reader's input at fault without naming them.
    id: 'die-wir-bekommen-haben-falsch',
    pattern:
      'die|das|den wir (von+=Ihnen|von+dir|von+euch) bekommen|erhalten|bekamen|erhielten|zugeschickt+bekommen (haben|hatten) , ~1 waren|sind|war|ist ~3 falsch|fehlerhaft|unvollständig|veraltet|unbrauchbar|unleserlich|ungenau|nicht+vollständig|nicht+korrekt|nicht+aktuell',
    hit: 'Die Maße, die wir bekommen haben, waren um zwei Zentimeter falsch.',
    miss: 'Die Maße, die wir bekommen haben, waren auf den Millimeter genau.',
  },
  {
    // "Die uns zugeschickten Unterlagen waren unvollständig": the same with the participle before the noun.
    id: 'uns-zugeschickte-falsch',
    pattern:
      'die|der|das|den uns zugeschickten|zugesandten|zugesendeten|übermittelten|gelieferten|übergebenen|genannten|mitgeteilten|überlassenen ~2 waren|sind|war|ist ~3 falsch|fehlerhaft|unvollständig|veraltet|unbrauchbar|unleserlich|ungenau|nicht+vollständig|nicht+korrekt|nicht+aktuell',
    hit: 'Die uns zugeschickten Grundrisse waren leider veraltet.',
    miss: 'Die uns zugeschickten Grundrisse waren aktuell und vollständig.',
  },
  {
    // "Die versprochenen Pläne kamen erst am Donnerstag": lateness laid at the sender's door ("von uns versprochen" stays quiet).
    id: 'versprochene-kamen-erst',
    pattern:
      'die|der|das (uns|mir) versprochenen|versprochene|zugesagten|zugesagte ~2 kamen|kam|trafen|traf|lagen|lag|gingen|ging ~2 erst',
    hit: 'Die versprochenen Pläne kamen erst am Donnerstag bei uns an.',
    miss: 'Die versprochenen Pläne kamen pünktlich am Montag bei uns an.',
  },
  {
    id: 'ihre-angaben-waren-falsch',
    pattern:
      '<yours> ~1 angaben|unterlagen|informationen|zahlen|daten|berechnungen|berechnung|pläne|vorgaben|aussagen|maße|abrechnung ~2 @sein ~2 @falsch|@fehlerhaft|@mangelhaft|@unbrauchbar|@widersprüchlich|@unleserlich',
    hit: 'Ihre Angaben zur Wohnfläche waren leider falsch.',
    miss: 'Unsere Angaben zur Wohnfläche waren leider falsch.',
  },
  {
    id: 'ihr-fehler',
    pattern:
      '=Ihr|=Ihre|=Ihren|=Ihrem|euer|eure|euren|eurem (eigener|eigene|eigenen|eigenes|alleiniger|alleinige|alleinigen) fehler|fehlers|versäumnis|versäumnisses|verschulden|verschuldens|schuld',
    unlessBefore: ['nicht', 'kein', 'keinesfalls', 'keineswegs', 'gar'],
    hit: 'Das war Ihr Fehler, nicht unserer.',
    miss: 'Das war nicht Ihr Fehler, ich kümmere mich darum.',
  },
  {
    id: 'dein-fehler',
    pattern: 'dein|deine|deinen|deinem (eigener|eigene|eigenen|eigenes) fehler|fehlers|versäumnis|verschulden|schuld',
    unlessBefore: ['nicht', 'kein', 'keinesfalls', 'keineswegs', 'gar'],
    hit: 'Das ist ganz allein deine Schuld.',
    miss: 'Das ist ganz sicher nicht deine Schuld.',
  },
  {
    id: 'ihre-nachlaessigkeit',
    pattern:
      '<yours> nachlässigkeit|unzuverlässigkeit|schlamperei|unachtsamkeit|unpünktlichkeit|versäumnisse|unordnung|bummelei|trödelei',
    hit: 'Ihre Unpünktlichkeit bringt den ganzen Zeitplan durcheinander.',
    miss: 'Ihre Pünktlichkeit hat den ganzen Zeitplan gerettet.',
  },
  {
    id: 'fehler-ihrerseits',
    pattern: 'fehler|versäumnis|verschulden|nachlässigkeit ihrerseits|deinerseits|eurerseits',
    unlessBefore: ['kein', 'keinen', 'keinerlei', 'ohne', 'einem', 'einen'],
    hit: 'Hier liegt ein klarer Fehler Ihrerseits vor.',
    miss: 'Das war kein Fehler Ihrerseits, sondern ein Systemfehler.',
  },
  {
    id: 'durch-ihr-verschulden',
    pattern:
      'wegen|aufgrund|durch|infolge <yours> verschulden|versäumnis|versäumnisses|nachlässigkeit|fehler|fehlers|fehlern|verzögerung|verspätung|unachtsamkeit|unpünktlichkeit|säumigkeit|zögern|zaudern|untätigkeit|schweigen|funkstille|unentschlossenheit',
    unlessBefore: ['problem', 'sorge', 'sorgen', 'nichts'],
    hit: 'Durch Ihre Verzögerung verschiebt sich der Einzug um einen Monat.',
    miss: 'Durch Ihre Unterstützung ist der Einzug pünktlich möglich.',
  },
  {
    // „Wegen Ihnen …“ vorn im Satz macht die Leserin zur Ursache; Dank heißt „dank Ihnen“,
    // und „Ich rufe wegen Ihnen an“ nennt nur den Anlass.
    id: 'wegen-ihnen',
    pattern: '^wegen =Ihnen|dir|euch',
    unlessAfter: ['nicht', 'keine', 'keinen'],
    hit: 'Wegen Ihnen müssen wir die Baustelle eine Woche ruhen lassen.',
    miss: 'Dank Ihnen konnten wir die Baustelle früher schließen.',
  },
  {
    id: 'sie-sind-schuld',
    pattern: `${WHO} @sein (doch|ja|selbst|selber|allein|ganz+allein|eindeutig|daran|mit|wohl) schuld`,
    hit: 'Sie sind schuld an der Verzögerung.',
    miss: 'Wir sind schuld an der Verzögerung, das gebe ich offen zu.',
  },
  {
    id: 'sind-sie-schuld',
    pattern: `@sein ${WHO} (doch|ja|selbst|selber|allein|ganz+allein|eindeutig|wohl) schuld`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Daran sind Sie ganz allein schuld.',
    miss: 'Daran sind wir ganz allein schuld.',
  },
  {
    id: 'selbst-schuld',
    pattern: 'selbst|selber schuld',
    unlessBefore: ['ich', 'bin', 'wir', 'mir', 'uns'],
    hit: 'Wer die Hinweise nicht liest, ist selbst schuld.',
    miss: 'Ich bin selbst schuld an dem Durcheinander.',
  },
  {
    id: 'selbst-zuzuschreiben',
    pattern: 'selbst|selber zuzuschreiben',
    unlessBefore: ['ich', 'wir', 'mir', 'uns'],
    hit: 'Die Mahngebühr haben Sie sich selbst zuzuschreiben.',
    miss: 'Die Verzögerung haben wir uns selbst zuzuschreiben.',
  },
  {
    // "Der Rückfall ist leider hausgemacht": der Schaden der Leserin zugeschrieben, ohne sie zu nennen.
    id: 'hausgemacht',
    pattern:
      '@sein (leider|wohl|ganz|eher|größtenteils|weitgehend|zum+teil|teilweise) hausgemacht|selbstverschuldet|selbst+verschuldet',
    unlessBefore: ['nicht', 'kein', 'keinesfalls'],
    hit: 'Der Rückfall letzte Woche ist leider hausgemacht.',
    miss: 'Der Rückfall letzte Woche hat das Wetter gemacht.',
  },
  {
    id: 'auf-ihre-kappe',
    pattern: 'auf <yours> kappe',
    hit: 'Die Mehrkosten gehen auf Ihre Kappe.',
    miss: 'Die Mehrkosten gehen auf unsere Kappe.',
  },
  {
    // Plain "liegt an dir" is reader-fault's cause frame, which asks for a damage ("Dass wir so gut vorankommen, liegt an dir" thanks).
    id: 'lag-an-ihnen',
    pattern: '@liegen eindeutig|ausschließlich|einzig|allein|nur|wohl an =Ihnen|dir|euch',
    unlessBefore: ['nicht', 'keinesfalls', 'keineswegs'],
    hit: 'Die Verzögerung lag eindeutig an Ihnen.',
    miss: 'Die Verzögerung lag nicht an Ihnen, sondern am Lieferanten.',
  },
  {
    id: 'im-stich-gelassen',
    pattern: `${WHO} @haben ${OBJ} ${OBJ} im+stich+gelassen|hängen+lassen|hängen+gelassen|im+regen+stehen+lassen|im+regen+stehen+gelassen`,
    hit: 'Sie haben uns total im Stich gelassen.',
    miss: 'Wir lassen Sie bei der Abnahme nicht im Stich.',
  },
  {
    id: 'warten-lassen',
    pattern: `${WHO} @haben mich|uns (wieder|erneut|schon+wieder|wochenlang|tagelang|monatelang|lange|so+lange|ewig|leider|einfach|ganz+schön|ziemlich|unnötig|zwei|drei|vier|fünf|sechs|eine|einen|mehrere) (wochen|tage|monate|woche|monat|stunden|stunde|tag|lang) warten lassen|gelassen`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Sie haben uns drei Wochen warten lassen.',
    miss: 'Es tut mir leid, dass wir Sie drei Wochen haben warten lassen.',
  },
  {
    id: 'nicht-fuer-noetig-gehalten',
    pattern: `${WHO}|niemand|keiner ~4 nicht|nie|niemals für nötig|notwendig|erforderlich`,
    unlessBefore: ['falls', 'wenn', 'sofern', 'ob', 'wir', 'ich'],
    hit: 'Offenbar hielten Sie es nicht für nötig, uns zu informieren.',
    miss: 'Falls Sie es nicht für nötig halten, lassen wir den Termin weg.',
  },
  {
    id: 'sie-haben-es-versaeumt',
    pattern: `${WHO} @haben es @versäumen|@verpassen|unterlassen`,
    hit: 'Sie haben es versäumt, uns rechtzeitig zu informieren.',
    miss: 'Wir haben es versäumt, Sie rechtzeitig zu informieren.',
  },
  {
    id: 'sie-haetten-ja-koennen',
    pattern: '=Sie hätten|hättet ~3 ja|doch|wenigstens|zumindest|ruhig ~4 können',
    hit: 'Sie hätten mich ja wenigstens anrufen können.',
    miss: 'Sie hätten mich jederzeit anrufen können.',
  },
  {
    id: 'haetten-sie-ja-koennen',
    pattern: `hätten|hättest|hättet ${WHO} ~3 ja|doch|wenigstens|zumindest ~4 können`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Da hätten Sie doch kurz Bescheid geben können.',
    miss: 'Da hätten wir doch kurz Bescheid geben können.',
  },
  {
    id: 'du-haettest-ja-koennen',
    pattern: 'du|ihr hättest|hättet ~3 ja|doch|wenigstens|zumindest|ruhig ~4 können',
    hit: 'Du hättest doch wenigstens kurz schreiben können.',
    miss: 'Ich hätte dir doch wenigstens kurz schreiben können.',
  },
  {
    id: 'ihnen-hinterherlaufen',
    pattern:
      '=Ihnen|dir|euch ~4 hinterherlaufen|hinterherrennen|hinterhertelefonieren|hinterherschreiben|hinterherjagen|nachlaufen|hinterherzulaufen|hinterherzutelefonieren',
    hit: 'Ich muss Ihnen ständig hinterhertelefonieren.',
    miss: 'Ich telefoniere Ihnen zuliebe gern noch einmal mit dem Amt.',
  },
  {
    id: 'laufe-ihnen-hinterher',
    pattern: 'laufe|laufen|renne|rennen|telefoniere|telefonieren ~1 =Ihnen|dir|euch ~4 hinterher',
    hit: 'Seit Wochen laufe ich Ihnen wegen der Freigabe hinterher.',
    miss: 'Seit Wochen freue ich mich auf Ihre Freigabe.',
  },
  {
    id: 'aergerlich-dass-sie-nicht',
    pattern: `ärgerlich|enttäuschend|unverständlich|unglaublich|befremdlich|irritierend|inakzeptabel , dass ${WHO} ~6 nicht|nie|kein|keine|keinen`,
    hit: 'Es ist wirklich ärgerlich, dass Sie sich nicht an den Termin gehalten haben.',
    miss: 'Es ist schön, dass Sie sich an den Termin gehalten haben.',
  },
  {
    id: 'sie-haben-die-nicht',
    pattern: `=Sie @haben (mir|uns) den|die|das|meine|meinen|mein|unsere|unseren|unser|ihre|ihren|alle|sämtliche|diese|diesen ~3 ${ADV} ${NEG} ~3 ${ALL}`,
    unlessAfter: ['sondern'],
    hit: 'Sie haben die Hinweise im Vertrag nicht beachtet.',
    miss: 'Sie haben die Hinweise im Vertrag beachtet, danke.',
  },
  {
    id: 'sie-haben-auf-nicht-reagiert',
    pattern: `${WHO} @haben (mir|uns|leider|bisher|bislang) auf ~5 nicht|nie|kaum|keine|kein reagiert|geantwortet|eingegangen`,
    hit: 'Sie haben auf meine letzten drei Mails nicht reagiert.',
    miss: 'Sie haben auf meine letzten drei Mails schnell reagiert.',
  },
  {
    id: 'schade-dass-sie-nicht',
    pattern: `schade , dass ${WHO} ~3 ${ADV} ${NEG} ~3 ${ALL} @haben`,
    hit: 'Schade, dass Sie sich nicht früher gemeldet haben.',
    miss: 'Schade, dass Sie nicht dabei sein konnten.',
  },
  {
    id: 'nicht-ausreden-lassen',
    pattern: `${WHO} ~4 nicht|nie|niemals|kaum ausreden`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Sie haben mich im Telefonat nicht ausreden lassen.',
    miss: 'Wir lassen Sie im Telefonat in Ruhe ausreden.',
  },
  {
    id: 'fehler-liegt-bei-ihnen',
    pattern:
      'fehler|schuld|versäumnis|ursache ~2 liegt|lag|liegen|lagen (eindeutig|klar|allein|ganz|ausschließlich|wohl|hier|damit|also) bei =Ihnen|dir|euch',
    hit: 'Der Fehler liegt eindeutig bei Ihnen.',
    miss: 'Der Fehler liegt eindeutig bei uns.',
  },
  {
    // Die Ursache mit Nachdruck der Seite des Lesers zugewiesen: „liegt eindeutig bei Ihrer Agentur“.
    id: 'ursache-liegt-eindeutig-bei-ihrer',
    pattern:
      'fehler|schuld|versäumnis|ursache|problem ~2 liegt|lag|liegen|lagen eindeutig|klar|allein|ausschließlich|ganz+klar|einzig bei <reader>',
    hit: 'Die Ursache liegt also eindeutig bei Ihrem Grafikbüro und nicht bei der Druckerei.',
    miss: 'Die Ursache liegt also eindeutig bei unserem Lieferanten, wir kümmern uns darum.',
  },
  {
    id: 'sie-tun-so-als',
    pattern: `${WHO} @tun (doch|ja|gerade|jetzt|hier) so , als`,
    hit: 'Sie tun so, als wäre das unsere Schuld.',
    miss: 'Tun Sie einfach so, als wären Sie zu Hause.',
  },
  {
    id: 'ihr-buero-hat-nicht',
    // Ein Possessiv als Handelnde, Verb im Singular: „Ihre Unterlagen haben wir …“ bleibt still.
    pattern: `<reader> hat|hatte ~3 ${ADV} ${NEG} ~5 ${ALL}`,
    unlessAfter: ['sondern'],
    hit: 'Ihre Hausverwaltung hat uns den Schlüssel bis heute nicht ausgehändigt.',
    miss: 'Unsere Hausverwaltung hat Ihnen den Schlüssel bis heute nicht ausgehändigt.',
  },
  {
    id: 'sie-ignorieren',
    pattern: `${WHO} @ignorieren|@missachten|@überlesen`,
    hit: 'Ihr ignoriert meine Hinweise zur Datensicherung.',
    miss: 'Bitte ignoriert diese Mail, sie kam versehentlich.',
  },
  {
    id: 'ihr-team-ignoriert',
    pattern: '<reader> ignoriert|ignorierte|missachtet|missachtete|überliest|übergeht',
    hit: 'Ihr Team ignoriert unsere Hinweise zu den Updates.',
    miss: 'Unser Team ignoriert keine Hinweise zu den Updates.',
  },
  {
    id: 'sie-haben-den-falschen',
    pattern: `${WHO} @haben (uns|mir|dabei|versehentlich|offensichtlich|offenbar|anscheinend|hier|da) den|die|das|einen|eine|ein falschen|falsche|falsches`,
    hit: 'Du hast uns leider die falsche Rechnungsadresse genannt.',
    miss: 'Wir haben Ihnen leider die falsche Rechnungsadresse genannt.',
  },
  {
    id: 'auf-ihre-spaete',
    pattern:
      'auf <yours> (eigene|eigenen) späte|späten|verspätete|verspäteten|fehlende|fehlenden|unvollständige|unvollständigen|falsche|falschen|mangelnde|mangelnden|nachträgliche|nachträglichen ~1-3 zurück|zurückzuführen',
    hit: 'Die Mehrkosten gehen auf Ihre nachträglichen Änderungswünsche zurück.',
    miss: 'Die Mehrkosten gehen auf unsere späte Bestellung zurück.',
  },
  // Das Versäumnis an seinem Ort: "die Verzögerung auf Ihrer Seite", "der Fehler in deiner Tabelle".
  {
    id: 'verzoegerung-auf-ihrer-seite',
    pattern:
      'verzögerung|verzögerungen|verspätung|fehler|versäumnis|panne|pannen|versehen auf|von <yours> seite|bei+=Ihnen|bei+dir|bei+euch',
    unlessBefore: ['kein', 'keine', 'keinen', 'keinerlei', 'ohne', 'falls', 'wenn', 'nicht'],
    hit: 'Die Verspätung auf eurer Seite kostet uns den Termin beim Notar.',
    miss: 'Die Verspätung auf unserer Seite kostet Sie hoffentlich keinen Termin.',
  },
  {
    id: 'fehler-in-ihrer',
    pattern: 'der|die fehler|lücken|lücke in <yours>',
    unlessBefore: ['kleinen', 'kleine', 'kleiner', 'mögliche', 'möglichen', 'keine', 'keinen'],
    hit: 'Die Fehler in Ihrer Buchhaltung sind der Grund für die Nachzahlung.',
    miss: 'Die Fehler in unserer Buchhaltung sind der Grund für die Nachzahlung.',
  },
  // Eine Pflicht des Lesers, im Nachhinein: "Es war Ihre Aufgabe, …", "Dafür waren Sie zuständig".
  {
    id: 'war-ihre-aufgabe',
    pattern: 'war|wäre|lag <yours> (alleinige|eigene) aufgabe|verantwortung|pflicht|job|sache|zuständigkeit',
    unlessBefore: ['nicht', 'nie', 'keinesfalls', 'wenn', 'falls'],
    hit: 'Die Abnahme zu beantragen war eure Aufgabe.',
    miss: 'Die Abnahme zu beantragen war nicht eure Aufgabe.',
  },
  {
    id: 'lag-in-ihrer-verantwortung',
    pattern: 'lag|fiel in|unter <yours> verantwortung|zuständigkeit',
    unlessBefore: ['nicht', 'nie', 'wenn', 'falls'],
    hit: 'Die Wartung der Heizung lag in deiner Verantwortung.',
    miss: 'Die Wartung der Heizung lag nicht in deiner Verantwortung.',
  },
  {
    id: 'waren-sie-zustaendig',
    pattern: 'waren+=Sie|warst+du|wart+ihr (doch|ja|allein|selbst) zuständig|verantwortlich',
    hit: 'Für das Gerüst warst du zuständig, und es stand nicht.',
    miss: 'Für das Gerüst bist du ab Montag zuständig.',
  },
  // Eine rhetorische Frage, die die Seite des Lesers als Versager nennt.
  {
    id: 'warum-niemand-bei-ihnen',
    pattern: 'warum|wieso|weshalb ~3 niemand|keiner|keine ~2 bei|aus|von|in <reader>|<yours>',
    hit: 'Wieso hat keiner aus Ihrer Kanzlei die Frist notiert?',
    miss: 'Wieso hat keiner aus unserer Kanzlei die Frist notiert?',
  },
  {
    id: 'wie-konnte-ihr-buero',
    pattern:
      'wie @können <reader>|<yours> ~3 @verlieren|@vergessen|@übersehen|@verpassen|@ignorieren|@löschen|verloren|vergessen|übersehen|verpasst|ignoriert|gelöscht|verlegt',
    hit: 'Wie konnte eure Buchhaltung die Mahnung übersehen?',
    miss: 'Wie konnten wir die Mahnung übersehen? Das tut mir leid.',
  },
  {
    id: 'wer-bei-ihnen-hat-entschieden',
    pattern:
      'wer bei|aus|in|von <reader>|<yours> ~3 entschieden|beschlossen|freigegeben|angeordnet|erlaubt|genehmigt|unterschrieben',
    hit: 'Wer aus Ihrem Team hat die Änderung freigegeben?',
    miss: 'Wer aus Ihrem Team bekommt die Rechnung?',
  },
  // Verspätung des Lesers als Ursache: "Weil Ihre Zahlung erst nach Fälligkeit einging, …".
  {
    id: 'weil-ihre-unterlagen-zu-spaet',
    pattern:
      'weil|da|nachdem|dass <yours> ~4 zu+spät|verspätet|erst+nach|nach+fälligkeit|nach+dem+stichtag|nach+der+frist|nach+ablauf|nach+dem+termin',
    unlessBefore: ['leid', 'sorry', 'entschuldigen', 'entschuldigung', 'falls', 'wenn'],
    hit: 'Weil deine Belege erst nach dem Stichtag kamen, ist die Förderung weg.',
    miss: 'Weil unsere Belege erst nach dem Stichtag kamen, ist die Förderung weg.',
  },
  {
    id: 'ihre-unterlagen-kamen-zu-spaet',
    pattern:
      '<yours> ~2 @kommen|@eingehen|@erreichen|@eintreffen|kam|ging|traf ~4 zu+spät|viel+zu+spät|verspätet|nach+fälligkeit|nach+dem+stichtag|nach+der+frist|nach+ablauf',
    unlessBefore: ['leid', 'sorry', 'falls', 'wenn', 'ob'],
    hit: 'Eure Freigabe kam zu spät für den Druck.',
    miss: 'Unsere Freigabe kam zu spät für den Druck.',
  },
  {
    // "Ihre Anzahlung kam erst drei Wochen nach Rechnungsstellung": past tense and a due date.
    id: 'ihre-zahlung-kam-erst-nach',
    pattern:
      '<yours> ~2 kam|kamen|ging|gingen|traf|trafen ~3 erst ~0-3 nach ~0-2 frist|fälligkeit|stichtag|rechnungsstellung|mahnung|erinnerung|ablauf|abgabe|deadline',
    unlessBefore: ['leid', 'sorry', 'falls', 'wenn', 'ob'],
    hit: 'Ihre Anzahlung kam erst drei Wochen nach Rechnungsstellung.',
    miss: 'Unsere Anzahlung kam erst drei Wochen nach Rechnungsstellung.',
  },
  {
    id: 'erst-tage-vorher',
    pattern: '<reader> @haben ~4 erst ~3 tag|tage|tagen|stunden|abend|vorabend|morgen|wochen vor|vorher|davor',
    hit: 'Du hast den Mietvertrag erst zwei Tage vor dem Umzug zurückgeschickt.',
    miss: 'Wir haben den Mietvertrag erst zwei Tage vor dem Umzug zurückgeschickt.',
  },
  {
    id: 'nach-der-frist-eingereicht',
    pattern:
      '<reader> @haben ~4 nach der|dem (vereinbarten|gesetzten|gesetzlichen) frist|stichtag|abgabetermin|termin ~2 eingereicht|geschickt|abgegeben|überwiesen|bezahlt|zurückgeschickt|unterschrieben',
    hit: 'Sie haben die Erklärung nach dem gesetzten Abgabetermin eingereicht.',
    miss: 'Wir haben die Erklärung nach dem gesetzten Abgabetermin eingereicht.',
  },
  // Gegen den Rat des Schreibenden: "Trotz unserer Warnung haben Sie …", "…, ohne uns zu fragen".
  {
    id: 'trotz-unserer-warnung',
    pattern:
      'trotz|entgegen unserer|unserem|meiner|meinem|unseres|meines (ausdrücklichen|ausdrücklicher|klaren|klarer|mehrfachen|schriftlichen) warnung|warnungen|rat|rates|empfehlung|empfehlungen|hinweis|hinweise|hinweises|hinweisen|anweisung|anweisungen ~2 <reader>|<yours>',
    hit: 'Entgegen meiner Empfehlung hast du den Estrich betreten.',
    miss: 'Gemäß meiner Empfehlung hast du den Estrich geschont.',
  },
  {
    id: 'obwohl-wir-abgeraten',
    pattern:
      '<reader> ~8 obwohl|obgleich|nachdem wir|ich (=Sie|=Ihnen|dich|dir|euch) (ausdrücklich|mehrfach|klar|deutlich) (davon|dringend) abgeraten|gewarnt|hingewiesen|gebeten',
    hit: 'Du hast die Fliesen verlegt, obwohl wir dich ausdrücklich gewarnt hatten.',
    miss: 'Du hast die Fliesen verlegt, nachdem wir sie freigegeben hatten.',
  },
  {
    id: 'ohne-rueckfrage',
    pattern:
      '<reader> ~8 , ohne ~4 rücksprache|zu+fragen|zu+informieren|abzusprechen|abzustimmen|bescheid+zu+geben|zu+prüfen|zu+lesen|zu+warten|zu+klären|nachzufragen',
    hit: 'Ihr habt den Zaun versetzt, ohne den Nachbarn vorher zu informieren.',
    miss: 'Wir haben den Zaun versetzt, ohne den Nachbarn vorher zu informieren.',
  },
  {
    id: 'bei-ihnen-verloren-gegangen',
    pattern:
      'bei|in <reader>|<yours> ~2 verloren+gegangen|verlegt|verschlampt|untergegangen|liegen+geblieben|liegengeblieben|gelöscht|übersehen',
    unlessBefore: ['nichts', 'nicht', 'falls', 'wenn', 'ob'],
    hit: 'Das Gutachten ist offenbar in eurem Büro liegen geblieben.',
    miss: 'Das Gutachten ist offenbar in unserem Büro liegen geblieben.',
  },
  {
    id: 'warum-bei-ihnen-niemand',
    pattern: 'warum|wieso|weshalb ~3 bei|aus|von|in <reader>|<yours> ~2 niemand|keiner|keine',
    hit: 'Warum hat bei euch keiner den Wasserschaden gemeldet?',
    miss: 'Warum hat bei uns keiner den Wasserschaden gemeldet?',
  },
  {
    id: 'ihr-buero-hat-das-falsche',
    pattern: '<yours> ~2 @haben ~4 den|die|das|einen|eine|ein falschen|falsche|falsches|veraltete|veralteten|alte',
    unlessBefore: ['falls', 'wenn', 'ob'],
    hit: 'Deine Assistentin hat uns die falsche Rechnungsadresse genannt.',
    miss: 'Unsere Assistentin hat Ihnen die falsche Rechnungsadresse genannt.',
  },
  {
    id: 'tor-unverschlossen-gelassen',
    pattern:
      '<reader> @haben ~4 unverschlossen|ungesichert|unbeaufsichtigt|unbezahlt|unbeantwortet|unerledigt|ungeprüft (stehen|liegen) @lassen|gelassen',
    hit: 'Ihr habt die Baugrube über Nacht ungesichert gelassen.',
    miss: 'Wir haben die Baugrube über Nacht ungesichert gelassen.',
  },
  // Ein ungenannter Schuldiger: "Das hätte vor dem Versand jemandem auffallen müssen" (bei uns selbst: "uns", "mir").
  {
    id: 'haette-jemandem-auffallen-muessen',
    pattern: 'hätte|hätten ~0-4 jemandem|irgendwem|irgendjemandem ~0-4 auffallen|aufgefallen+sein müssen|sollen',
    hit: 'Der Rechenfehler hätte beim Gegenlesen jemandem auffallen müssen.',
    miss: 'Der Rechenfehler hätte uns beim Gegenlesen auffallen müssen.',
  },
  {
    id: 'jemand-haette-pruefen-muessen',
    pattern:
      'jemand|irgendwer|irgendjemand hätte|hätten ~0-5 merken|bemerken|prüfen|überprüfen|kontrollieren|gegenlesen|sehen|nachrechnen|nachsehen|checken müssen|sollen',
    unlessBefore: ['wenn', 'falls', 'ob'],
    hit: 'Jemand hätte die Summen vor dem Versand prüfen müssen.',
    miss: 'Jemand von uns hätte die Summen prüfen müssen, das tut mir leid.',
  },
  // Kontrafaktisch: "Das wäre nicht passiert, wenn Sie …", "hätte vermieden werden können, hätten Sie …".
  {
    id: 'waere-nicht-passiert-wenn-sie',
    pattern:
      'wäre|wären|hätte|hätten ~5 passiert|geschehen|vermieden|vermeiden|nötig|gekommen|verhindert|verhindern ~3 wenn|hätten|hätte|hättest|hättet <reader>|<yours>',
    hit: 'Der Wasserschaden wäre vermieden worden, wenn ihr den Haupthahn zugedreht hättet.',
    miss: 'Der Wasserschaden wäre vermieden worden, wenn wir den Haupthahn zugedreht hätten.',
  },
  {
    id: 'ihr-zoegern-hat-gekostet',
    pattern:
      '<yours> (fehlende|ausbleibende|mangelnde|späte|verspätete|lange|langes|ewige|ewiges|ständige|ständiges) zögern|zaudern|schweigen|funkstille|untätigkeit|unentschlossenheit|hinhalten ~4 gekostet|verzögert|blockiert|verhindert|@kosten|@verzögern|@blockieren|@verhindern',
    hit: 'Dein langes Zögern hat uns die Wohnung gekostet.',
    miss: 'Dein langes Nachdenken hat sich für uns gelohnt.',
  },
  {
    id: 'ihre-fehlende-rueckmeldung-hat-gekostet',
    pattern:
      '<yours> fehlende|ausbleibende|mangelnde|späte|verspätete|verzögerte|unvollständige ~2 @haben|hat ~6 gekostet|verzögert|blockiert|verhindert|aufgehalten',
    hit: 'Eure fehlende Freigabe hat den Druck um eine Woche verzögert.',
    miss: 'Eure schnelle Freigabe hat den Druck um eine Woche beschleunigt.',
  },
  {
    id: 'schaden-geht-auf-ihre',
    pattern:
      'risse|schäden|schaden|ausfall|fehler|verzögerung|verzögerungen|probleme|problem|mängel|verspätung|nachzahlung|störung|störungen|undichtigkeit ~4 gehen|geht|ging|gingen ~2 auf <yours> ~4 zurück',
    hit: 'Die Risse gehen auf eure Entscheidung gegen die Dehnfuge zurück.',
    miss: 'Die Risse gehen auf unsere Entscheidung gegen die Dehnfuge zurück.',
  },
  {
    id: 'sie-hatten-zugesagt-aber',
    pattern:
      '<reader> ~2 @haben|hatten|hattest|hattet ~6 zugesagt|versprochen|versichert|angekündigt ~3 , (doch|aber|dann|bisher|seitdem) ~6 nichts|nicht|nie|kein|keine|keinen',
    unlessBefore: ['wie', 'falls', 'wenn', 'danke'],
    hit: 'Du hattest die Pläne für Freitag zugesagt, aber es kam nichts.',
    miss: 'Du hattest die Pläne für Freitag zugesagt, und sie kamen am Donnerstag.',
  },
  {
    id: 'sie-wollten-doch',
    pattern: '=Sie|du|ihr wollten|wolltest|wolltet|sollten|solltest|solltet doch|eigentlich|eigentlich+doch',
    unlessBefore: ['wenn', 'falls', 'ob'],
    unlessAfter: ['bekommen', 'erhalten', 'haben', 'sein', 'kommen'],
    hit: 'Ihr wolltet doch die Schlüssel am Montag zurückbringen.',
    miss: 'Wir wollten doch die Schlüssel am Montag zurückbringen.',
  },
  // Wieder festgestellt: "Leider müssen wir erneut feststellen, dass …" kündigt ein Versäumnis an, nicht eine Nachricht.
  {
    id: 'erneut-feststellen-dass',
    pattern:
      'erneut|wieder|abermals|nochmals|schon+wieder|wiederholt ~2 feststellen|festgestellt|fest|bemerken|bemerkt|konstatieren|sehen ~1 , dass',
    unlessBefore: ['wenn', 'falls', 'freuen', 'froh'],
    hit: 'Leider mussten wir abermals feststellen, dass die Belege unvollständig sind.',
    miss: 'Wir freuen uns, dass die Belege vollständig sind.',
  },
  // Das Passiv mit "nie": der Leser ist der, der hätte zahlen oder unterschreiben sollen.
  {
    id: 'wurde-nie-bezahlt',
    pattern:
      'wurde|wurden|ist|sind nie|niemals (vollständig|ganz) bezahlt|beglichen|überwiesen|unterschrieben|unterzeichnet|zurückgeschickt|zurückgegeben|freigegeben|bestätigt|beantwortet|eingereicht',
    unlessBefore: ['falls', 'wenn', 'ob'],
    hit: 'Die zweite Abschlagsrechnung wurde nie beglichen.',
    miss: 'Die zweite Abschlagsrechnung wurde sofort beglichen.',
  },
  // Der vorangestellte Konjunktiv: "Hätten Sie den Vertrag gelesen, wüssten Sie …".
  {
    id: 'haetten-sie-gelesen',
    pattern:
      '^hätten|hättest|hättet <reader> ~6 gelesen|geprüft|gefragt|gemeldet|geschickt|informiert|gesagt|angerufen|bezahlt|unterschrieben|beachtet|zugehört|gewartet|abgesprochen|nachgefragt|weitergeleitet|befolgt|eingehalten|kontrolliert|aufgepasst ,',
    hit: 'Hättest du die Anleitung gelesen, wäre das Gerät noch heil.',
    miss: 'Hättest du am Montag Zeit, wäre das ideal.',
  },
  {
    // „Wäre die Trocknungszeit eingehalten worden, …“: eine Vorgabe, die die Leserin nicht beachtet hat, im Passiv.
    id: 'waere-eingehalten-worden',
    pattern: '^wäre|wären ~1-6 eingehalten|beachtet|befolgt|abgewartet|berücksichtigt worden ,',
    hit: 'Wäre die Ruhezeit eingehalten worden, hätte die Naht gehalten.',
    miss: 'Wäre die Ruhezeit verlängert worden, hätten wir Sie informiert.',
  },
  {
    // „… durch unsachgemäße Nutzung entstanden“: der Schaden dem Gebrauch der Leserin zugeschrieben.
    id: 'durch-unsachgemaesse-nutzung',
    pattern:
      'durch unsachgemäße|unsachgemässe|falsche|mangelnde nutzung|handhabung|bedienung|behandlung|lagerung|pflege|reinigung|wartung ~0-3 entstanden|verursacht|beschädigt|zustande+gekommen',
    hit: 'Der Riss ist durch unsachgemäße Handhabung entstanden.',
    miss: 'Der Riss ist durch Materialermüdung entstanden, das übernehmen wir.',
  },
  // Ein „man“ auf der Seite der Leserin: „Das hätte man bei Ihnen intern merken müssen.“
  {
    id: 'haette-man-bei-ihnen',
    pattern:
      'hätte|hätten man|jemand|wer ~0-3 bei|in|aus|von ihnen|euch|dir|ihrem|eurem|deinem|ihrer|eurer|deiner ~0-5 @merken|@bemerken|@prüfen|@sehen|@auffallen|@kontrollieren|@klären|@abstimmen|@erkennen müssen|sollen|können',
    hit: 'Das hätte man in Ihrer Abteilung eigentlich prüfen müssen.',
    miss: 'Das hätte man in unserer Abteilung eigentlich prüfen müssen.',
  },
  {
    // „Ihre Mitarbeiter setzen sich immer wieder über die Regeln hinweg“: die Leserin übergeht, was galt.
    id: 'sich-hinwegsetzen',
    pattern: '<reader> ~0-6 @hinwegsetzen|hinweg|hinweggesetzt',
    hit: 'Dein Subunternehmer hat sich über unsere Absprache hinweggesetzt.',
    miss: 'Wir haben uns über die alte Absprache hinweggesetzt, das war unser Fehler.',
  },
  {
    // „Der Grund für die Verzögerung ist, dass Sie …“, „hat damit zu tun, dass Ihr Team …“: die Ursache bei der Leserin.
    id: 'grund-ist-dass-sie',
    pattern:
      'grund|ursache|hintergrund ~0-4 @sein|liegt ~0-1 , dass|daß <reader> ~0-4 immer|ständig|erst|nie|nicht|kein|keine|ewig|zu+spät|dauernd|regelmässig',
    hit: 'Die Ursache für den Engpass ist, dass eure Buchhaltung die Rechnungen erst am Monatsende freigibt.',
    miss: 'Die Ursache für den Engpass ist, dass unser Lieferant zu spät liefert.',
  },
  {
    id: 'hat-damit-zu-tun-dass-sie',
    pattern:
      'hat|hängt (schlicht|einfach|vor+allem|nur|allein|schlichtweg) damit zu+tun|zusammen , dass|daß <reader> ~0-4 immer|ständig|erst|nie|nicht|kein|keine|ewig|zu+spät|dauernd|liegen',
    hit: 'Dass die Website stockt, hängt damit zusammen, dass du die Updates nie einspielst.',
    miss: 'Dass die Website stockt, hängt damit zusammen, dass der Server umzieht.',
  },
  {
    // „… werden nur deshalb nicht besser, weil Sie …“: allein das Tun der Leserin als Ursache.
    id: 'nur-deshalb-weil-sie',
    pattern: 'nur|allein|einzig ~0-1 deshalb|deswegen|darum|daher ~0-8 , weil <reader>',
    hit: 'Die Fugen reißen nur deshalb, weil ihr den Raum nicht lüftet.',
    miss: 'Wir melden uns nur deshalb so spät, weil wir im Urlaub waren.',
  },
  {
    // „Schuld ist die Steckdose, die dein Vater angeschlossen hat“: die Schuld an einer Sache der Leserin.
    id: 'schuld-ist-das-was-sie',
    pattern: 'schuld|ursache|auslöser @sein ~1-4 , die|der|das|den <reader>',
    hit: 'Schuld war das Ventil, das Ihr Installateur eingebaut hat.',
    miss: 'Schuld war das Ventil, das wir eingebaut haben.',
  },
  {
    // „Sie sind über den frisch gegossenen Boden gelaufen“: auf Frisches getreten, das geschont werden musste.
    id: 'frisches-betreten',
    pattern:
      '<reader> ~0-5 frisch*|nass*|feucht* ~0-2 estrich|beton|boden|fussboden|parkett|putz|farbe|lack|fugen|fliesen|rasen|anstrich|asphalt ~0-1 betreten|gelaufen|gegangen|gefahren|getreten|angefasst|berührt|belastet',
    hit: 'Ihr Hund ist über das frisch geölte Parkett gelaufen.',
    miss: 'Sie können das frisch geölte Parkett ab Freitag betreten.',
  },
  {
    // „Die Nachweise kamen von dir erst, als …“: das Späte der Leserin im Präteritum.
    id: 'kam-von-ihnen-erst',
    pattern: '@kommen von <reader> ~0-2 erst',
    hit: 'Die Freigabe kam von Ihrer Assistentin leider erst am Freitagabend.',
    miss: 'Die Freigabe kommt von uns erst am Freitag, wie besprochen.',
  },
  {
    // „Dadurch ist anderen Kunden ein Termin entgangen“: das Fehlen der Leserin kostet andere.
    id: 'anderen-entgangen',
    pattern:
      'dadurch|deshalb|deswegen|so|damit ~0-4 anderen|andere ~0-1 patient*|kund*|klient*|mandant*|familie*|teilnehm*|schüler* ~0-5 entgangen|verloren|nicht+nutzen|nicht+wahrnehmen|gefehlt|weggenommen',
    hit: 'Dadurch konnten andere Mandanten den Beratungstermin nicht nutzen.',
    miss: 'Dadurch können andere Mandanten den Termin jetzt nutzen.',
  },
  {
    // „Die Mehrkosten gehen auf das Konto Ihrer Planänderungen“: die Ursache auf die Rechnung der Leserin gesetzt.
    id: 'geht-auf-das-konto',
    pattern: '@gehen auf das+konto|die+kappe <yours>',
    hit: 'Die Verspätung geht auf das Konto deiner späten Zusage.',
    miss: 'Die Verspätung geht auf das Konto unseres Lieferanten.',
  },
  {
    // „Die Mehrkosten sind auf eure kurzfristigen Änderungen zurückzuführen“: der Schaden auf das Tun der Leserin zurückgeführt.
    id: 'schaden-auf-ihre-zurueckzufuehren',
    pattern:
      'mehrkosten|kosten|verzögerung|verzögerungen|verspätung|verzug|schaden|schäden|problem|probleme|fehler|ausfall|ausfälle|mängel|nachforderung ~0-4 auf <yours> ~0-3 zurückzuführen',
    hit: 'Der Verzug ist allein auf deine späte Zusage zurückzuführen.',
    miss: 'Der Erfolg ist allein auf deine gute Vorbereitung zurückzuführen.',
  },
];
