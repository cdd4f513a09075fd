import type { PhraseEntry } from '../types';
import { beingRightStrategies } from './being-right-strategies';

// Beweisen, dass man recht hatte (Prinzip 4: gemeinsame Basis statt Rechthaben).
// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@-Verben: jede Form).
const WHO = '=Sie|du|ihr';

export const beingRight: readonly PhraseEntry[] = [
  {
    id: 'wie-bereits-erwaehnt',
    pattern:
      'wie bereits|schon ~8 erwähnt|gesagt|geschrieben|mitgeteilt|angemerkt|ausgeführt|betont|dargelegt|erläutert|erklärt',
    suggestions: ['wie {1} besprochen'],
    hit: 'Wie bereits erwähnt, fehlt noch die Unterschrift.',
    miss: 'Wie besprochen fehlt noch die Unterschrift.',
  },
  {
    id: 'wie-ich-bereits-erwaehnt-habe',
    pattern:
      'wie ich|wir (=Ihnen|dir|euch) (ja|doch) bereits|schon ~8 erwähnt|gesagt|geschrieben|mitgeteilt|angemerkt|ausgeführt|betont|dargelegt|erläutert|erklärt habe|hatte|haben|hatten',
    suggestions: ['wie {1} besprochen'],
    hit: 'Wie ich Ihnen bereits mitgeteilt habe, ist die Frist abgelaufen.',
    miss: 'Wie ich Ihnen am Telefon versprochen habe, schicke ich die Pläne heute.',
  },
  {
    id: 'wie-ich-bereits-sagte',
    pattern:
      'wie ich|wir (=Ihnen|dir|euch) (ja|doch) bereits|schon sagte|sagten|schrieb|schrieben|erwähnte|erwähnten|betonte|betonten|ausführte|mitteilte|mitteilten',
    suggestions: ['wie besprochen'],
    hit: 'Wie ich schon sagte, ist der Keller nicht Teil des Auftrags.',
    miss: 'Wie ich sagte, freue ich mich auf das Projekt.',
  },
  {
    id: 'wie-schon-mehrfach',
    pattern:
      'wie (ich|wir) (=Ihnen|dir|euch) (ja|doch) schon|bereits mehrfach|mehrmals|öfter|öfters|x-mal|oft|wiederholt|zigmal|hundertmal|dutzendfach',
    hit: 'Wie schon mehrfach besprochen, brauchen wir die Vollmacht im Original.',
    miss: 'Wie schon im Sommer vereinbart, starten wir im Herbst.',
  },
  {
    id: 'ich-wiederhole-mich',
    pattern: 'ich|wir wiederhole|wiederholen mich|uns|:',
    hit: 'Ich wiederhole mich: Ohne Anzahlung können wir nicht beginnen.',
    miss: 'Ich wiederhole die Messung morgen früh.',
  },
  {
    id: 'auf-die-gefahr-mich-zu-wiederholen',
    pattern: 'auf die gefahr ~2 mich|uns zu wiederholen',
    hit: 'Auf die Gefahr hin, mich zu wiederholen: Die Frist endet am Freitag.',
    miss: 'Wir wiederholen den Test gern zu einem späteren Zeitpunkt.',
  },
  {
    id: 'zum-wiederholten-mal',
    pattern: 'zum wiederholten|x-ten|zigsten|hundertsten|tausendsten|n-ten mal|male',
    hit: 'Zum wiederholten Mal fehlt die Unterschrift auf dem Formular.',
    miss: 'Zum dritten Mal sind wir in diesem Jahr auf der Messe vertreten.',
  },
  {
    id: 'ich-kann-nur-wiederholen',
    pattern: 'ich|wir kann|können ~2 nur (noch+einmal|nochmals|nochmal) wiederholen',
    hit: 'Ich kann nur wiederholen, dass der Preis verbindlich ist.',
    miss: 'Ich kann die Messung gern wiederholen.',
  },
  {
    id: 'zum-letzten-mal-erklaeren',
    pattern:
      'erkläre|erklären|sage|sagen|wiederhole|wiederholen ~3 (noch) ein|zum letztes|letzten|allerletztes|allerletzten mal',
    hit: 'Ich erkläre es Ihnen ein letztes Mal.',
    miss: 'Ich erkläre Ihnen die Schritte gern noch einmal in Ruhe.',
  },
  {
    id: 'nicht-verstanden-offenbar',
    pattern: `${WHO} @haben ~2 offenbar|offensichtlich|anscheinend|wohl|scheinbar ~3 nicht|falsch ~2 verstanden|gelesen|mitbekommen`,
    hit: 'Sie haben offenbar nicht verstanden, worum es geht.',
    miss: 'Vielleicht habe ich mich nicht klar genug ausgedrückt.',
  },
  {
    id: 'haben-sie-offenbar-nicht-verstanden',
    pattern: `@haben ${WHO} ~2 offenbar|offensichtlich|anscheinend|wohl|scheinbar ~3 nicht|falsch ~2 verstanden|gelesen|mitbekommen`,
    hit: 'Leider haben Sie meine Mail offenbar nicht gelesen.',
    miss: 'Leider haben wir Ihre Mail erst heute gelesen.',
  },
  {
    id: 'haben-sie-meine-mail-ueberhaupt-gelesen',
    pattern: `@haben ${WHO} ~1 meine|unsere ~2 mail|e-mail|mails|e-mails|nachricht|nachrichten|schreiben|anhang|antwort überhaupt|nicht|denn|eigentlich ~1 gelesen`,
    hit: 'Haben Sie meine letzte Mail überhaupt gelesen?',
    miss: 'Haben Sie meine Mail schon gelesen?',
  },
  {
    id: 'lesen-sie-meine-mail-nochmal',
    pattern:
      'lesen+=Sie|lies|lest ~2 meine|unsere ~1 mail|e-mail|mails|e-mails|nachricht|nachrichten|antwort|ausführungen ~3 noch+einmal|nochmal|nochmals|genau|aufmerksam|gründlich|richtig',
    hit: 'Lesen Sie bitte meine letzte Mail noch einmal.',
    miss: 'Lesen Sie meine Anmerkungen gern in Ruhe, wenn Sie Zeit haben.',
  },
  {
    id: 'ich-hatte-ja-gesagt',
    pattern:
      'ich|wir hatte|hatten|habe|haben ja|doch ~2 gesagt|geschrieben|darauf+hingewiesen|gewarnt|erklärt|mitgeteilt|angekündigt',
    hit: 'Ich hatte ja gesagt, dass das zu knapp wird.',
    miss: 'Ich hatte Ihnen gestern das Angebot geschickt.',
  },
  {
    id: 'habe-ich-doch-gesagt',
    pattern:
      'habe|hatte|haben|hatten ich|wir (=Ihnen|dir|euch) doch|ja (gleich|schon|bereits|vorher) ~2 gesagt|geschrieben|erklärt|mitgeteilt|erwähnt|darauf+hingewiesen|gewarnt|angekündigt|prophezeit',
    hit: 'Genau das habe ich Ihnen doch gesagt.',
    miss: 'Genau das habe ich Ihnen gestern zugesagt, und dabei bleibt es.',
  },
  {
    id: 'habe-ich-es-doch-gewusst',
    pattern: "hab|habe ich's|ichs|ich+es (doch|ja) (gleich) gesagt|gewusst|geahnt",
    hit: "Hab ich's doch gewusst, die Lieferung kommt zu spät.",
    miss: 'Ich habe es gleich gewusst, dass Ihnen die Farbe gefällt.',
  },
  {
    id: 'siehe-meine-letzte-mail',
    pattern:
      'siehe|vgl|vergleiche (.) (bitte) meine|unsere (letzte|vorherige|vorige|gestrige|erste) mail|e-mail|mails|e-mails|nachricht|antwort|ausführungen',
    hit: 'Siehe meine letzte Mail.',
    miss: 'Meine letzte Mail kam offenbar nicht an, deshalb hier noch einmal die Details.',
  },
  {
    id: 'siehe-unten',
    pattern: '^siehe (bitte) (weiter) unten|oben|unterhalb $',
    note: {
      de: 'Ein knappes „Siehe unten“ klingt nach „steht doch alles da“. Sagen Sie kurz, was unten steht.',
      en: 'A terse "see below" sounds like "it\'s all there already". Say briefly what the reader will find.',
    },
    hit: 'Siehe unten.',
    miss: 'Die Details finden Sie unten in der Mail.',
  },
  {
    id: 'komma-siehe-unten',
    pattern: ', siehe (bitte) (weiter) unten|unterhalb $',
    suggestions: [', die Details stehen unten'],
    note: {
      de: 'Ein knappes „siehe unten“ klingt nach „steht doch alles da“. Sagen Sie kurz, was unten steht.',
      en: 'A terse "see below" sounds like "it\'s all there already". Say briefly what the reader will find.',
    },
    hit: 'Das habe ich bereits beantwortet, siehe unten.',
    miss: 'Die Antworten habe ich unten zusammengefasst.',
  },
  {
    id: 'siehe-mailverlauf',
    pattern: 'siehe (bitte) (den) (mail|e-mail) verlauf|mailverlauf|e-mail-verlauf|nachrichtenverlauf|chatverlauf',
    hit: 'Die Antwort kennen Sie schon, siehe Mailverlauf.',
    miss: 'Ich habe den Mailverlauf an meine Kollegin weitergeleitet.',
  },
  {
    id: 'wie-sie-wissen-muessten',
    pattern: `wie ${WHO} ~2 @wissen|@kennen @sollen|@müssen|@dürfen`,
    hit: 'Wie Sie eigentlich wissen müssten, ist die Anzahlung vor Baubeginn fällig.',
    miss: 'Wie Sie wissen, ist die Anzahlung vor Baubeginn fällig.',
  },
  {
    id: 'wie-sie-doch-wissen',
    pattern: `wie ${WHO} doch|eigentlich (genau|sehr+wohl|selbst) @wissen`,
    hit: 'Wie Sie doch genau wissen, war der Termin verbindlich.',
    miss: 'Wie Sie sicher wissen, ist der Termin verbindlich.',
  },
  {
    id: 'das-steht-doch',
    pattern:
      'das|es|alles|da|dort|hier steht|stand|stehen doch|eindeutig|ausdrücklich|unmissverständlich|klar+und+deutlich|schwarz+auf+weiß|schwarz+auf+weiss|genau+so|auch+genau+so|ja+auch|ja+genau+so',
    hit: 'Das steht doch alles in meiner Mail vom Montag.',
    miss: 'Das steht noch nicht fest, ich melde mich bis Freitag.',
  },
  {
    id: 'ich-habe-ausdruecklich-gesagt',
    pattern:
      'ich|wir habe|haben|hatte|hatten ~4 klar+und+deutlich|unmissverständlich|ausdrücklich|eindeutig|mehrfach|wiederholt|deutlich ~2 gesagt|geschrieben|mitgeteilt|erklärt|formuliert|darauf+hingewiesen|hingewiesen|kommuniziert|betont|gewarnt',
    hit: 'Ich habe Ihnen ausdrücklich gesagt, dass der Preis nur bis Juni gilt.',
    miss: 'Ich habe Ihnen gestern gesagt, dass ich mich heute melde.',
  },
  {
    id: 'habe-ich-ausdruecklich-gesagt',
    pattern:
      'habe|haben|hatte|hatten ich|wir ~3 klar+und+deutlich|unmissverständlich|ausdrücklich|eindeutig|mehrfach|wiederholt ~2 gesagt|geschrieben|mitgeteilt|erklärt|formuliert|darauf+hingewiesen|hingewiesen|kommuniziert|betont|gewarnt',
    hit: 'Genau so habe ich es Ihnen ausdrücklich geschrieben.',
    miss: 'Das habe ich Ihnen gern erklärt.',
  },
  {
    id: 'ich-habe-sie-darauf-hingewiesen',
    pattern:
      '<self> @haben =Sie|dich|euch ~3 bereits|schon|ja|doch|mehrfach|ausdrücklich|rechtzeitig|deutlich|wiederholt|vorher|damals ~3 hingewiesen|gewarnt|aufmerksam+gemacht',
    hit: 'Ich hatte Sie bereits darauf hingewiesen, dass die Frist knapp ist.',
    miss: 'Ich habe Sie gern auf die neue Förderung aufmerksam gemacht.',
  },
  {
    id: 'darauf-hatte-ich-hingewiesen',
    pattern: 'darauf|davor habe|hatte|haben|hatten ich|wir ~6 hingewiesen|gewarnt|aufmerksam+gemacht',
    hit: 'Darauf hatte ich Sie bereits im März hingewiesen.',
    miss: 'Darauf freue ich mich schon sehr.',
  },
  {
    id: 'diese-frage-bereits-beantwortet',
    pattern:
      'frage|fragen habe|hatte|haben|hatten ich|wir (=Ihnen|dir|euch) ~1 bereits|schon (mehrfach|ausführlich) beantwortet',
    hit: 'Diese Frage habe ich Ihnen bereits beantwortet.',
    miss: 'Ihre Frage habe ich gern an die Statikerin weitergegeben.',
  },
  {
    id: 'das-habe-ich-ihnen-bereits-gesagt',
    pattern:
      'das|dies habe|hatte|haben|hatten ich|wir (=Ihnen|dir|euch) ~3 bereits|schon|mehrfach|gleich|vorher|damals|von+anfang+an ~0-5 gesagt|geschrieben|erklärt|mitgeteilt|erläutert|beantwortet|dargelegt|ausgeführt|erwähnt',
    hit: 'Das habe ich Ihnen bereits am Telefon erklärt.',
    miss: 'Das habe ich bereits mit dem Statiker besprochen.',
  },
  {
    id: 'ich-habe-ihnen-bereits-erklaert',
    pattern:
      '<self> @haben =Ihnen|dir|euch ~2 (doch|ja) bereits|schon (mehrfach|ausführlich|einmal|mal|zweimal|dreimal|viermal|mehrmals|oft|so+oft|x-mal|zigmal|hundertmal|wiederholt) erklärt|erläutert|gesagt|mitgeteilt|beantwortet|dargelegt|ausgeführt',
    hit: 'Ich habe Ihnen das bereits erklärt.',
    miss: 'Ich habe Ihnen das Angebot bereits geschickt.',
  },
  {
    id: 'ich-sagte-bereits',
    pattern:
      'ich|wir sagte|sagten|schrieb|schrieben|erwähnte|erwähnten|erklärte|erklärten (=Ihnen|dir|euch) (doch|ja) bereits|schon|mehrfach',
    hit: 'Ich schrieb Ihnen bereits, dass wir im Mai ausgebucht sind.',
    miss: 'Ich schrieb Ihnen gestern, dass wir im Mai noch Kapazität haben.',
  },
  {
    id: 'wie-sie-haetten-lesen-koennen',
    // Room for a dated source: "Wie Sie unserer Mail vom 12. März hätten entnehmen können".
    pattern: `wie ${WHO} ~8 hätten|hättest|hättet lesen|sehen|wissen|entnehmen|erkennen|nachlesen|ersehen|bemerken können|müssen`,
    hit: 'Wie Sie in meiner Mail hätten lesen können, ist die Praxis geschlossen.',
    miss: 'Wie Sie in meiner Mail lesen können, ist die Praxis geschlossen.',
  },
  {
    id: 'wenn-sie-gelesen-haetten',
    pattern: `wenn ${WHO} ~5 gelesen|durchgelesen|angesehen|angeschaut|beachtet|zugehört hätten|hättest|hättet`,
    hit: 'Wenn Sie meine Mail gelesen hätten, wüssten Sie das.',
    miss: 'Wenn Sie die Mail gelesen haben, melden Sie sich gern.',
  },
  {
    id: 'ich-hatte-recht',
    pattern: 'ich|wir hatte|hatten|habe|haben also|doch|wohl|eben|offenbar|ja (doch|also|wohl) recht',
    hit: 'Ich hatte also doch recht mit meiner Einschätzung.',
    miss: 'Sie haben recht, das ändern wir.',
  },
  {
    id: 'hatte-ich-also-recht',
    pattern: 'hatte|hatten|habe|haben ich|wir also|doch|wohl|eben|offenbar|ja (doch|also|wohl) recht',
    hit: 'Da hatte ich wohl recht.',
    miss: 'Habe ich recht, dass Sie am Montag kommen?',
  },
  {
    id: 'wie-vorhergesagt',
    pattern: 'wie (ich|wir) (es) vorhergesagt|vorausgesagt|prophezeit|gewarnt|vorhergesehen (habe|hatte|haben|hatten)',
    hit: 'Wie vorhergesagt ist der Termin nun geplatzt.',
    miss: 'Wie angekündigt beginnen die Arbeiten am Montag.',
  },
  {
    id: 'ist-ihnen-wohl-entgangen',
    pattern: '@sein =Ihnen|dir|euch ~3 offenbar|wohl|anscheinend|offensichtlich|scheinbar|vermutlich ~2 entgangen',
    hit: 'Das ist Ihnen wohl entgangen.',
    miss: 'Damit Ihnen nichts entgeht, schicke ich eine Erinnerung.',
  },
  {
    id: 'offenbar-ist-ihnen-entgangen',
    pattern: 'offenbar|anscheinend|offensichtlich|scheinbar|wohl|vermutlich @sein =Ihnen|dir|euch ~3 entgangen',
    hit: 'Offenbar ist Ihnen entgangen, dass die Frist abgelaufen ist.',
    miss: 'Offenbar ist Ihnen die Sendung noch nicht zugestellt worden.',
  },
  {
    id: 'erneut-erinnern',
    pattern:
      '=Sie|dich|euch ~2 erneut|wiederholt|abermals|schon+wieder|zum+wiederholten+mal|zum+wiederholten+male ~3 erinnern|hinweisen',
    hit: 'Ich muss Sie erneut daran erinnern, dass die Rechnung offen ist.',
    miss: 'Ich erinnere Sie gern eine Woche vorher an den Termin.',
  },
  {
    // "Ich darf Sie nochmals daran erinnern, dass …": the reminder as a lesson (a plain "nochmals an den Termin" stays a reminder).
    id: 'darf-sie-nochmals-daran-erinnern',
    pattern: 'darf|muss|müssen (ich|wir) =Sie|dich|euch nochmals|noch+einmal|nochmal|noch+mal daran erinnern|hinweisen',
    hit: 'Ich darf Sie nochmals daran erinnern, dass die Anzahlung fällig ist.',
    miss: 'Ich möchte Sie nochmals an den Termin am Freitag erinnern.',
  },
  {
    id: 'muss-nochmals-betonen',
    pattern:
      'muss|müssen ~2 nochmals|noch+einmal|nochmal|erneut|wiederholt|abermals ~1 betonen|klarstellen|unterstreichen|wiederholen|festhalten',
    hit: 'Ich muss noch einmal betonen, dass wir keine Haftung übernehmen.',
    miss: 'Wir müssen den Termin noch einmal verschieben.',
  },
  {
    id: 'damit-das-klar-ist',
    pattern: 'damit das|dies|eines|eins klar ist',
    hit: 'Nur damit das klar ist: Die Mehrkosten trägt der Auftraggeber.',
    miss: 'Damit das Dach dicht ist, tauschen wir die Folie aus.',
  },
  {
    id: 'wie-oft-noch',
    pattern: 'wie oft ~4 (denn) noch ~3 sagen|schreiben|erklären|wiederholen|erinnern|bitten|fragen|mahnen|hinweisen',
    hit: 'Wie oft muss ich Sie noch um die Unterlagen bitten?',
    miss: 'Wie oft sollen wir im Monat noch einen Termin einplanen?',
  },
  {
    id: 'habe-ich-mich-nicht-klar-ausgedrueckt',
    pattern: '^habe|hatte ich mich ~1 nicht ~2 ausgedrückt ?',
    hit: 'Habe ich mich nicht klar ausgedrückt?',
    miss: 'Vielleicht habe ich mich nicht klar genug ausgedrückt.',
  },
  {
    id: 'eindeutig-hervorgeht',
    pattern: 'eindeutig|klar|deutlich|unmissverständlich hervorgeht|hervorging',
    hit: 'Wie aus meiner Mail eindeutig hervorgeht, war der Termin verbindlich.',
    miss: 'Wie aus dem Gutachten hervorgeht, ist die Statik in Ordnung.',
  },
  {
    id: 'nachweislich',
    pattern: 'habe|haben|hatte|hatten ~4 nachweislich',
    hit: 'Wir haben Ihnen die Unterlagen nachweislich am 3. Mai geschickt.',
    miss: 'Die Therapie ist nachweislich wirksam und gut verträglich.',
  },
  {
    id: 'ihre-eigene-mail',
    pattern:
      '<yours> eigenen|eigene|eigener|eigenes ~1 mail|e-mail|nachricht|aussage|aussagen|angaben|bestellung|unterschrift|worte|worten|freigabe|zusage|auftrag',
    hit: 'Das steht so in Ihrer eigenen Mail vom Dienstag.',
    miss: 'Das steht so in Ihrer Mail vom Dienstag, ich habe es gleich umgesetzt.',
  },
  {
    id: 'sie-selbst-haben',
    pattern: `${WHO} selbst|selber @haben ~4 gesagt|geschrieben|bestellt|freigegeben|unterschrieben|gewünscht|verlangt|vorgeschlagen|bestätigt|ausgewählt|ausgesucht|entschieden`,
    hit: 'Sie selbst haben diese Variante freigegeben.',
    miss: 'Sie haben diese Variante freigegeben, wir legen also los.',
  },
  {
    id: 'das-haben-sie-selbst',
    pattern: `das|dies|so|genau @haben ${WHO} (doch|ja) selbst|selber ~3 gesagt|geschrieben|bestellt|freigegeben|unterschrieben|gewünscht|verlangt|vorgeschlagen|bestätigt|ausgewählt|ausgesucht|entschieden`,
    hit: 'Das haben Sie doch selbst so bestellt.',
    miss: 'Haben Sie die Farbe selbst ausgesucht?',
  },
  {
    id: 'wie-von-mir-vorhergesagt',
    pattern: 'wie von mir|uns ~3 vorhergesagt|vorausgesagt|prophezeit|befürchtet|angekündigt',
    hit: 'Wie von uns schon im Frühjahr vorhergesagt, reicht die Heizleistung nicht.',
    miss: 'Wie mit Ihnen im Frühjahr besprochen, tauschen wir die Heizung.',
  },
  {
    id: 'mit-unserem-waere-das-nicht-passiert',
    pattern: 'mit unserer|unserem|unseren|meiner|meinem ~2 wäre|hätte das|dies|es ~1 nicht|nie passiert|gegeben',
    hit: 'Mit unserem Wartungsvertrag wäre das nicht passiert.',
    miss: 'Mit unserem Wartungsvertrag ist so etwas abgedeckt.',
  },
  {
    id: 'dass-wir-sie-hingewiesen-haben',
    pattern:
      '<self> =Sie|dich|euch ~8 darauf|davor|davon ~1 hingewiesen|gewarnt|aufmerksam+gemacht|in+kenntnis+gesetzt @haben',
    hit: 'Das Dach ist undicht, obwohl wir Sie im Herbst darauf hingewiesen haben.',
    miss: 'Wir haben im Herbst eine neue Dachrinne montiert.',
  },
  {
    id: 'genau-davor-gewarnt',
    pattern:
      'mir|ich|wir|uns ~4 genau|ausdrücklich|rechtzeitig|frühzeitig|mehrfach|damals davor|darauf|davon ~4 gewarnt|hingewiesen',
    hit: 'Außer mir hat niemand genau davor im Sommer gewarnt.',
    miss: 'Der Wetterdienst hat vor Sturm gewarnt.',
  },
  // Rechthaben: vorhergesagt, gewarnt, nicht gehört worden, und jetzt beweisen es die Folgen.
  {
    id: 'ich-hatte-es-ja-gesagt',
    pattern:
      'ich|wir hatte|hatten|habe|haben|hab es|das|ichs (=Ihnen|dir|euch) (ja|doch|gleich|immer) gesagt|prophezeit|vorausgesagt|vorhergesagt|geahnt|befürchtet',
    hit: 'Ich habe es euch gleich gesagt, die Pumpe ist zu klein.',
    miss: 'Ich habe es Ihnen heute per Post geschickt.',
  },
  {
    id: 'hab-ich-doch-gesagt',
    pattern:
      '^hab|habe|hatte|hatten ich|wir (es|das) (doch|ja) (gleich|immer|schon) gesagt|geahnt|gewusst|prophezeit|befürchtet',
    hit: 'Hatte ich doch schon befürchtet, dass die Leitung nicht reicht.',
    miss: 'Habe ich die Unterlagen schon geschickt?',
  },
  {
    id: 'haetten-sie-auf-mich-gehoert',
    pattern:
      'hätten|haetten|hättest|hättet =Sie|du|ihr ~0-2 auf+mich|auf+uns|meinen|meine|meinem|unseren|unsere|unserem ~0-2 gehört|befolgt|gelesen|beherzigt|beachtet|umgesetzt|ernst+genommen',
    hit: 'Hätten Sie unsere Empfehlung beherzigt, stünde der Keller jetzt nicht unter Wasser.',
    miss: 'Hätten Sie morgen Zeit für ein kurzes Telefonat?',
  },
  {
    id: 'auf-mich-hoeren-sollen',
    pattern: 'auf mich|uns hören|hoeren sollen',
    hit: 'Ihr hättet auf uns hören sollen, als wir zur Wartung geraten haben.',
    miss: 'Sie können gern auf uns zählen, wenn es brennt.',
  },
  {
    id: 'genau-das-was-ich-vorausgesagt',
    pattern:
      'genau|exakt|eben das|dies|davor|damit ~0-3 ich|wir ~0-4 vorausgesagt|vorhergesagt|prophezeit|befürchtet|gewarnt|gerechnet',
    unlessAfter: ['nicht'],
    hit: 'Genau damit hatten wir gerechnet, als wir Sie gewarnt haben.',
    miss: 'Genau das ist es, was wir uns gewünscht haben.',
  },
  {
    id: 'genau-wie-ich-gesagt',
    pattern:
      'genau|exakt|ganz wie|so+wie ich|wir (=Ihnen|dir|euch) (es) ~0-3 gesagt|vorausgesagt|vorhergesagt|prophezeit|befürchtet|gewarnt habe|hatte|haben|hatten',
    hit: 'Genau wie wir es vorausgesagt haben, hält der Putz nicht.',
    miss: 'Genau wie Sie es sich gewünscht haben, ist die Küche fertig.',
  },
  {
    id: 'nicht-sagen-ich-haette-es-gesagt',
    pattern: 'nicht sagen ~0-2 ich|wir hätte|hätten|habe|haben|hab es|das ~0-2 gesagt|prophezeit',
    hit: 'Ich will nicht sagen, ich hätte es prophezeit, aber es kam so.',
    miss: 'Ich kann noch nicht sagen, wann wir fertig sind.',
  },
  {
    id: 'wie-ich-sie-gewarnt-habe',
    pattern:
      'wie ich|wir (=Sie|dich|euch|=Ihnen|dir) ~0-4 gewarnt|vorhergesagt|vorausgesagt|prophezeit|befürchtet habe|hatte|haben|hatten',
    hit: 'Wie wir euch im Herbst gewarnt hatten, ist die Leitung gefroren.',
    miss: 'Wie wir Ihnen im Herbst angeboten hatten, kommen wir gern vorbei.',
  },
  {
    id: 'darauf-habe-ich-hingewiesen',
    pattern:
      'auf+dieses+risiko|auf+das+risiko|auf+das+problem|auf+diesen+punkt|auf+diese+gefahr habe|hatte|haben|hatten ich|wir ~0-6 hingewiesen|aufmerksam+gemacht',
    hit: 'Auf dieses Risiko hatten wir Sie schon im Angebot hingewiesen.',
    miss: 'Darauf haben wir uns beim Termin geeinigt.',
  },
  {
    id: 'von-anfang-an-gesagt',
    pattern:
      'ich|wir ~0-3 von+anfang+an|gleich+zu+beginn|im+vorfeld|damals|seinerzeit ~0-3 gesagt|betont|gewarnt|befürchtet|vorausgesagt|angemerkt|abgeraten|hingewiesen',
    hit: 'Wir hatten gleich zu Beginn betont, dass das Budget nicht reicht.',
    miss: 'Wir haben von Anfang an gern mit Ihnen gearbeitet.',
  },
  {
    id: 'erinnern-dass-ich-abgeraten',
    pattern:
      'erinnern|erinnere|erinnerst ~0-4 , dass ich|wir ~1-8 abgeraten|gewarnt|empfohlen|vorgeschlagen|hingewiesen|vorausgesagt|vorhergesagt|angemerkt|betont|befürchtet',
    hit: 'Ich darf daran erinnern, dass wir von der Billiglösung abgeraten haben.',
    miss: 'Ich darf daran erinnern, dass wir im August geschlossen haben.',
  },
  {
    id: 'zur-erinnerung-ich-habe-angesprochen',
    pattern:
      'zur erinnerung :|, ich|wir ~1-8 angesprochen|hingewiesen|gewarnt|gemeldet|abgeraten|empfohlen|vorausgesagt',
    hit: 'Zur Erinnerung: Wir haben das Feuchteproblem schon im März gemeldet.',
    miss: 'Zur Erinnerung: Wir haben am Freitag geschlossen.',
  },
  {
    id: 'recht-behalten',
    pattern: 'ich|wir habe|hatte|haben|hatten|hab ~0-4 recht behalten',
    hit: 'Ich habe mit der Feuchtigkeit leider recht behalten.',
    miss: 'Sie haben recht, die Feuchtigkeit ist weg.',
  },
  {
    id: 'wie-ich-wiederholt-betont',
    pattern:
      'wie ich|wir (=Ihnen|dir|euch) (ja|doch) (bereits|schon) mehrfach|mehrmals|wiederholt|oft|öfter|x-mal|zigmal|dreimal|zweimal|viermal ~0-2 betont|gesagt|erwähnt|geschrieben|erklärt|mitgeteilt|hingewiesen|ausgeführt|dargelegt|festgehalten|gebeten',
    hit: 'Wie wir mehrmals erklärt haben, gilt der Festpreis nur bis Mai.',
    miss: 'Wie wir oft im Sommer machen, kommen wir früh.',
  },
  {
    id: 'schon-vor-wochen-gemeldet',
    pattern:
      'ich|wir habe|hatte|haben|hatten ~0-4 schon|bereits vor ~1-2 wochen|monaten|tagen|jahren ~0-4 gemeldet|angesprochen|gewarnt|hingewiesen|erwähnt|gesagt|vorausgesagt|vorhergesagt|befürchtet',
    hit: 'Wir hatten das Leck bereits vor zwei Monaten gemeldet.',
    miss: 'Wir haben die Rechnung bereits vor zwei Wochen geschickt.',
  },
  {
    id: 'wie-sie-jetzt-sehen',
    pattern:
      'wie =Sie|du|ihr (ja) jetzt|nun|inzwischen|mittlerweile (selbst) sehen|seht|siehst|merken|merkst|feststellen|wissen',
    hit: 'Wie du inzwischen selbst merkst, war das Gerät zu klein.',
    miss: 'Wie Sie im Plan sehen, liegt die Küche im Süden.',
  },
  {
    id: 'meine-bedenken-waren-berechtigt',
    pattern:
      'meine|unsere|meinen|unseren bedenken|befürchtungen|warnungen|einwände|zweifel waren|sind|haben+sich ~0-2 berechtigt|begründet|richtig|zutreffend|bestätigt|bewahrheitet',
    hit: 'Unsere Befürchtungen haben sich leider bestätigt.',
    miss: 'Ihre Bedenken waren berechtigt, wir haben den Plan geändert.',
  },
  {
    id: 'das-kommt-davon',
    pattern: '^das|so+etwas kommt davon|passiert+eben|passiert+halt ~0-2 , wenn|dass',
    hit: 'Das kommt davon, wenn man die Wartung ausfallen lässt.',
    miss: 'Das kommt morgen mit der Post, wenn alles klappt.',
  },
  {
    id: 'wenn-man-meinen-rat-ignoriert',
    pattern:
      'wenn man|sie|du|ihr ~0-3 meinen|unseren|meine|unsere rat|ratschlag|empfehlung|empfehlungen|hinweis|hinweise|warnung|warnungen ignoriert|ignorieren|missachtet|missachten|in+den+wind',
    hit: 'So geht es aus, wenn man unsere Hinweise missachtet.',
    miss: 'Wenn Sie unsere Empfehlung brauchen, rufen Sie an.',
  },
  {
    id: 'ich-war-es-der',
    pattern:
      'ich|wir war|bin|waren es|derjenige|diejenige|diejenigen , der|die ~0-6 gesagt|gewarnt|vorgeschlagen|empfohlen|abgeraten|gefordert|bestanden',
    hit: 'Ich war es, die zur zweiten Meinung geraten und sie empfohlen hat.',
    miss: 'Ich war es, der gestern angerufen hat.',
  },
  {
    // „… lag ich damit richtig“: die eigene Vorhersage als bestätigt festgehalten.
    id: 'lag-ich-richtig',
    pattern: 'lag|lagen ich|wir damit|also|wohl|leider|ja|offenbar richtig',
    hit: 'Wie sich jetzt zeigt, lag ich damit richtig.',
    miss: 'Damit lag ich falsch, bitte entschuldigen Sie.',
  },
  {
    // „Sie werden sich sicher erinnern“: die Erinnerung als Vorhaltung.
    id: 'sie-werden-sich-erinnern',
    pattern: '=Sie|du|ihr werden|wirst|werdet sich|dich|euch (sicher|bestimmt|sicherlich|gewiss) erinnern',
    hit: 'Sie werden sich sicher erinnern.',
    miss: 'Sie werden sich freuen, wie schön es geworden ist.',
  },
  {
    // „genau das, was Sie freigegeben haben“: die Verantwortung zurück an die Leserin.
    id: 'genau-das-was-sie-freigegeben',
    pattern:
      'genau|exakt das|dem|den|die ~0-4 =Sie|du|ihr ~0-4 freigegeben|bestellt|ausgesucht|ausgewählt|unterschrieben|abgenommen|gewünscht|beauftragt',
    hit: 'Wir haben genau das gedruckt, was Sie freigegeben haben.',
    miss: 'Wir haben das gedruckt, was noch fehlte, und Sie bekommen es morgen.',
  },
  {
    // „Jetzt siehst du ja selbst, was …“: die eigene Warnung durch den Schaden bestätigt.
    id: 'jetzt-sehen-sie-selbst',
    pattern: 'jetzt|nun siehst|sehen|seht du|=Sie|ihr (ja|wohl|also) selbst',
    hit: 'Jetzt sehen Sie ja selbst, was aus der Hecke geworden ist.',
    miss: 'Sehen Sie selbst, wie schön die Hecke geworden ist!',
  },
  {
    // „Das sehe ich nach 25 Jahren im Beruf einfach“: Erfahrung statt Begründung.
    id: 'das-sehe-ich-nach-jahren',
    pattern: 'sehe|weiß|weiss|erkenne|merke|kenne ich ~0-2 nach|in ~1-2 jahren|berufsjahren',
    hit: 'Das erkenne ich nach zwanzig Jahren auf den ersten Blick.',
    miss: 'Das Haus kenne ich seit zwanzig Jahren, es ist ein schönes Objekt.',
  },
  {
    // „Wenn Sie diesmal meinem Rat folgen …“: der letzte Rat übergangen, nun wieder vorgehalten.
    id: 'diesmal-meinem-rat',
    pattern: 'diesmal|dieses+mal|ausnahmsweise ~0-3 meinem|meiner|unserem|unserer rat|empfehlung|vorschlag',
    hit: 'Wenn Sie diesmal meinem Rat folgen, können wir im Mai loslegen.',
    miss: 'Wenn Sie meinem Rat folgen, können wir im Mai loslegen.',
  },
  {
    // „Ich will jetzt nicht sagen, dass ich es gleich gesagt habe, aber …“: gesagt, indem man es nicht sagen will.
    id: 'will-nicht-sagen-gesagt',
    pattern: 'will|möchte|wollte (jetzt) nicht sagen ~0-2 , dass|daß ich|wir ~0-4 gesagt|gewarnt|prophezeit',
    hit: 'Ich will jetzt nicht sagen, dass ich es Ihnen gleich gesagt habe, aber der Befund spricht für sich.',
    miss: 'Ich will jetzt nicht sagen, dass alles fertig ist, aber wir kommen gut voran.',
  },
  {
    // „Ich war ja der Einzige, der davor gewarnt hat“: die eigene Warnung als einsame Weitsicht.
    id: 'als-einziger-gewarnt',
    pattern:
      'der+einzige|die+einzige|als+einziger|als+einzige|nur+ich|nur+wir|einzig+ich ~0-6 gewarnt|hingewiesen|vorhergesagt|vorausgesagt|angemahnt|prophezeit',
    hit: 'Im Beirat war ich die Einzige, die vor den Kosten gewarnt hat.',
    miss: 'Im Beirat war Frau Lenz die Erste, die vor den Kosten gewarnt hat.',
  },
  {
    // „… stand schon in meinem Konzept, das ihr gestrichen habt“: der eigene, abgelehnte Vorschlag als Beleg.
    id: 'in-meinem-entwurf-den-sie-abgelehnt',
    pattern:
      'in meinem|unserem|meiner|unserer ~0-1 entwurf|konzept|angebot|plan|vorschlag|mail|präsentation|unterlagen|kostenvoranschlag|gutachten ~0-2 , den|das|die <reader> ~0-3 gestrichen|rausgestrichen|abgelehnt|verworfen|ignoriert|übergangen|weggelassen|abgewiesen',
    hit: 'Die Lösung stand bereits in unserem Angebot, das Sie verworfen haben.',
    miss: 'Die Lösung steht in unserem Angebot, das Sie morgen bekommen.',
  },
  {
    // „Mit unserem Material wäre Ihnen das erspart geblieben“: die eigene Empfehlung im Irrealis als Beweis.
    id: 'mit-unserem-waere-erspart',
    pattern:
      'mit unserer|unserem|unseren|meiner|meinem ~0-2 wäre|wären|hätte|hätten|hättet|hättest ~0-4 erspart+geblieben|vermieden+worden|nicht+passiert|nie+passiert|nicht+gehabt|nie+gehabt|nicht+gegeben|nicht+entstanden|nicht+aufgetreten',
    hit: 'Mit meiner Methode hättest du diese Schmerzen nie gehabt.',
    miss: 'Mit meiner Methode wirst du diese Schmerzen bald los.',
  },
  {
    // „Aber gut, Sie wollten es so.“: the outcome handed back to the reader's own choice.
    id: 'sie-wollten-es-so',
    pattern: `${WHO} @wollen es|das (ja|eben|halt|doch) (ja|eben|halt|doch) (unbedingt|partout|ausdrücklich) so|günstig|günstiger|billig|billiger|anders $`,
    hit: 'Aber gut, ihr wolltet es ja unbedingt anders.',
    miss: 'Ihr wolltet es anders haben, also haben wir den Plan geändert.',
  },
  {
    // „Die Messwerte bestätigen meine damalige Prognose“: the facts called in as the writer's witnesses.
    id: 'bestaetigt-meine-prognose',
    pattern:
      '@bestätigen (leider|nun|jetzt|ziemlich|genau|exakt) meine|unsere (damalige|frühere|ursprüngliche|erste) prognose|einschätzung|warnung|befürchtung|vermutung|vorhersage',
    hit: 'Das Gutachten bestätigt leider meine damalige Einschätzung.',
    miss: 'Das Gutachten bestätigt Ihre Einschätzung, Sie lagen richtig.',
  },
  {
    // „Überraschend kommt der Bescheid also nicht.“: not surprised, said as a conclusion.
    id: 'ueberraschend-also-nicht',
    pattern: '^ überraschend|überraschen ~1-6 also|daher|deshalb|insofern nicht $',
    hit: 'Überraschend ist die Absage insofern nicht.',
    miss: 'Überraschend schnell kam die Zusage, das freut uns.',
  },
  ...beingRightStrategies,
];
