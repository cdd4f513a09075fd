import type { PhraseEntry } from '../types';

// Druck und Kontrolle statt Spielraum (Prinzip 6: Raum geben).
//
// „Sie müssen“ allein bleibt frei: „Sie müssen sich um nichts kümmern“ ist
// Service. Gemeint sind Dringlichkeit ohne Wahl, Ultimaten, Vorwürfe im
// Konjunktiv („Sie hätten … sollen“) und Machtworte („Punkt.“).
//
// Zwischen „Sie müssen“ und dem Drängwort stehen nur kleine Füllwörter, keine
// freie Lücke: sonst würde „Sie müssen sich nicht sofort entscheiden“ anschlagen.
const FILL = '(sich|das|es|dies|uns|mir|jetzt|wirklich|dann|also|aber|daher|deshalb|leider|nun|schon|bitte|doch)';
const LEGAL = 'rechtliche|gerichtliche|juristische|anwaltliche schritte|konsequenzen|maßnahmen|wege|mittel';
// Imperative, auf die ein Drängwort folgt („Senden Sie … umgehend“, „Schickt uns … endlich“).
const DO =
  'schicken|senden|übersenden|überweisen|zahlen|bezahlen|begleichen|melden|kontaktieren|reichen|unterschreiben|rufen|antworten|teilen|bestätigen|liefern|entfernen|stellen|korrigieren|kümmern|geben|füllen|erledigen|entscheiden|informieren|schicke|sende|überweise|zahle|melde|unterschreibe|ruf|antworte|gib|erledige|schick|schickt|sendet|überweist|zahlt|meldet|unterschreibt|ruft|antwortet|gebt|erledigt';

// Die Leserin als Subjekt, gesiezt, geduzt oder im Plural (@müssen: müssen,
// musst, müsst …). Nicht <reader>: vorn kann ein Objekt stehen („Ihnen müssen
// wir …“). Wo ein Eintrag für „du“ daneben steht, bleibt der Sie-Eintrag beim
// „Sie“, damit nicht zwei Einträge dieselbe Stelle melden.
const WHO = '=Sie|du|ihr';
// Einladungen: „du musst unbedingt vorbeikommen“, „… dabei sein“.
const INVITED = [
  'mal',
  'vorbeikommen',
  'probieren',
  'ausprobieren',
  'besuchen',
  'dabei',
  'zur',
  'zum',
  'ins',
  'vorbei',
  'kommen',
  'wenn',
  'falls',
];

// Nachfragen, Erinnern, Nachhaken: die eigenen Bitten der Leserin vorgezählt.
const ASKED =
  'gefragt|nachgefragt|angefragt|erinnert|gebeten|geschrieben|angerufen|nachgehakt|gemahnt|angemahnt|hingewiesen|aufgefordert|angeschrieben';
const ASK =
  'frage|fragt|fragen|@fragen|@nachfragen|@erinnern|@bitten|@schreiben|@nachhaken|@mahnen|@anmahnen|@hinweisen|@auffordern|@anschreiben';
const TIMES =
  'zweimal|dreimal|viermal|fünfmal|mehrfach|mehrmals|wiederholt|x-mal|zigmal|etliche+male|mehrere+male|zum+wiederholten+mal|zum+wiederholten+male';
const NTH = 'zweiten|dritten|vierten|fünften|x-ten|zigsten|wiederholten|letzten';
const NTH_ADJ = 'zweite|dritte|vierte|fünfte|x-te|zigste|wiederholte';
const ALREADY = 'längst|schon|bereits|vor+wochen|vor+tagen|vor+monaten|pünktlich|rechtzeitig|problemlos';
// Was die anderen getan haben sollen: erfüllt, nicht gelobt.
const COMPLIED =
  'bezahlt|gezahlt|überwiesen|unterschrieben|unterzeichnet|geschickt|gesendet|eingereicht|zurückgeschickt|geantwortet|zugestimmt|bestätigt|abgestimmt|erledigt|ausgefüllt|abgegeben|geliefert|beglichen|hochgeladen|freigegeben|angemeldet|gebucht|eingezahlt|gemacht|getan';
const CHASE =
  'hinterherzutelefonieren|hinterhertelefonieren|hinterherlaufen|hinterherzulaufen|hinterherrennen|nachlaufen|hinterherschreiben|hinterherzuschreiben';

// Mitbewerber um das, worüber die Leserin entscheidet: andere Paare, Käufer, Mieter, die es
// sofort nähmen, schon danach gefragt haben oder darauf warten, und die Eile anderer als Maßstab.
// Wer Konkurrenz ins Spiel bringt, stellt der Entscheidung eine fremde Uhr (Prinzip 6). Andere
// mit demselben Problem („zwei weitere Kunden melden denselben Fehler“) beruhigen und bleiben frei.
const RIVALS =
  'kunden|kundinnen|interessenten|interessentinnen|interessierte|paare|familien|käufer|käuferinnen|mieter|mieterinnen|bewerber|bewerberinnen|anfragen|leute|gäste|parteien|haushalte|brautpaare';
const RIVAL_COUNT = 'andere|anderen|weitere|mehrere|zwei|drei|vier|fünf|genug|genügend|einige|etliche|noch+mehr';
/** Worum sie konkurrieren: ein Termin, ein Platz, das Objekt selbst. */
const CONTESTED =
  'termin|termine|datum|tag|wochenende|slot|slots|platz|plätze|wohnung|haus|objekt|grundstück|zimmer|raum|location|welpen|stand|tisch|kurs|kursplatz|angebot';
const MONTHS =
  'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|samstag|sonntag|freitag';
/** Dasselbe Problem, dieselbe Frage: geteilte Erfahrung, keine Konkurrenz. */
const SHARED = [
  'problem',
  'probleme',
  'fehler',
  'frage',
  'fragen',
  'thema',
  'mangel',
  'mängel',
  'schwierigkeiten',
  'erfahrung',
  'erfahrungen',
  'störung',
];
const RIVAL_NOTE = {
  de: '„{match}“ bringt andere Interessenten ins Spiel: Das setzt unter Zeitdruck. Sagen Sie sachlich, bis wann Sie es halten können, und lassen Sie die Entscheidung beim Gegenüber.',
  en: '“{match}” brings rivals into it: that puts them on a clock. Say plainly how long you can hold it, and leave the decision with them.',
};

export const pressure: readonly PhraseEntry[] = [
  // Gegenstücke zu englischen Einträgen, die übersetzt unerkannt blieben (translated-examples.jsonl).
  {
    id: 'sofort-faellig',
    pattern: 'ist|sind|wird|werden (jetzt|ab+sofort|damit) sofort|umgehend|unverzüglich|ab+sofort fällig',
    hit: 'Die Restzahlung ist jetzt sofort fällig.',
    miss: 'Die Restzahlung ist im März fällig.',
  },
  {
    id: 'beeilen-sie-sich',
    pattern: 'beeilen =Sie sich|beeil+dich|beeilt+euch',
    hit: 'Bitte beeilen Sie sich mit der Freigabe.',
    miss: 'Sie müssen sich nicht beeilen, die Freigabe hat Zeit.',
  },
  {
    id: 'warten-immer-noch-dass-sie',
    pattern: 'ich|wir @warten immer+noch|nach+wie+vor|weiterhin darauf , dass =Sie|du|ihr',
    hit: 'Wir warten immer noch darauf, dass Sie den Nachtrag unterschreiben.',
    miss: 'Wir warten gern darauf, dass Sie aus dem Urlaub zurück sind.',
  },
  {
    id: 'warten-immer-noch-auf-ihre',
    pattern: 'ich|wir @warten immer+noch|nach+wie+vor auf <yours>',
    hit: 'Ich warte immer noch auf Ihren unterschriebenen Vertrag.',
    miss: 'Ich warte noch auf den Rückruf der Stadt.',
  },
  {
    id: 'bitte-sie-zum-zweiten-mal',
    pattern:
      'bitte|bitten|fordere|fordern =Sie|dich|euch (nun|jetzt|hiermit|hiermit+nun) zum zweiten|wiederholten mal|male',
    hit: 'Ich bitte Sie nun zum zweiten Mal, das Formular zurückzusenden.',
    miss: 'Ich bitte Sie, das Formular bis Freitag zurückzusenden.',
  },
  {
    id: 'sie-schulden-uns',
    pattern: `${WHO} @schulden uns|mir (noch) (immer)`,
    hit: 'Sie schulden uns noch 2.400 Euro aus der Frühjahrsrechnung.',
    miss: 'Wir schulden Ihnen noch eine Antwort zum Angebot.',
  },
  {
    id: 'ein-letztes-mal-die-gelegenheit',
    pattern: 'ein+letztes+mal|letztmalig|letztmals ~0-2 die|eine gelegenheit|chance|möglichkeit',
    hit: 'Wir geben Ihnen ein letztes Mal die Gelegenheit, die Zahlen zu korrigieren.',
    miss: 'Wir geben Ihnen gern die Gelegenheit, die Zahlen zu korrigieren.',
  },
  {
    id: 'betrachten-sie-als-storniert',
    pattern: 'betrachten+=Sie|betrachte|betrachtet ~0-4 als storniert|gekündigt|beendet|nichtig',
    hit: 'Betrachten Sie die Buchung ab heute als storniert.',
    miss: 'Betrachten Sie die Skizze als ersten Vorschlag.',
  },
  {
    // „Ich betrachte die Sache als erledigt“ closes the matter; „betrachten Sie diese Mail als erledigt“ only says
    // a reminder crossed the reader's reply.
    // The writer must say it („betrachte ich“): „betrachte diese Nachricht als erledigt“ asks the reader to.
    id: 'betrachte-als-erledigt',
    pattern: 'betrachte|betrachten ich|wir ~0-4 als erledigt|hinfällig',
    hit: 'Damit betrachte ich die Angelegenheit als erledigt.',
    miss: 'Falls Sie schon gezahlt haben, betrachten Sie diese Mail als erledigt.',
  },
  {
    id: 'ich-betrachte-als-erledigt',
    pattern: 'ich|wir betrachte|betrachten ~0-4 als erledigt|hinfällig',
    hit: 'Ich betrachte die Sache hiermit als erledigt.',
    miss: 'Falls du schon überwiesen hast, betrachte diese Nachricht einfach als erledigt.',
  },
  {
    id: 'dass-sich-das-nicht-wiederholt',
    pattern:
      'sicher|sicherstellen|dafür+sorgen ~0-5 nicht wiederholt|wiederholen|wieder+vorkommt|wieder+passiert|noch+einmal+passiert',
    hit: 'Bitte stellen Sie sicher, dass sich dies nicht wiederholt.',
    miss: 'Bitte stellen Sie sicher, dass die Tür abgeschlossen ist.',
  },
  {
    id: 'die-uhr-tickt',
    pattern: 'tickt+die+uhr|die+uhr+tickt',
    hit: 'Für Ihren Einspruch tickt die Uhr.',
    miss: 'Im Flur hängt eine Uhr, die leise tickt.',
  },
  {
    id: 'sie-muessen-unbedingt',
    // Not „unbedingt“: „Sie müssen unbedingt … sehen“ is a tip; a command with it ends in an action (constructions/ultimatum-commands.ts).
    pattern: `=Sie @müssen ${FILL} ${FILL} sofort|umgehend|dringend|unverzüglich|schnellstens`,
    unlessAfter: [...INVITED, 'sobald', 'bei'],
    hit: 'Sie müssen sofort unterschreiben.',
    miss: 'Sie müssen sich nicht sofort entscheiden.',
  },
  {
    id: 'sie-muessen-die-unterlagen-sofort',
    pattern: `${WHO} @müssen den|die|diese|diesen|dieses|<yours> ~1 unbedingt|sofort|umgehend|dringend|unverzüglich|schnellstens`,
    unlessAfter: ['wenn', 'falls', 'sobald', 'bei'],
    hit: 'Sie müssen die Rechnung umgehend begleichen.',
    miss: 'Sie müssen die Rechnung nicht sofort begleichen.',
  },
  {
    id: 'sie-muessen-endlich',
    pattern: `=Sie @müssen ${FILL} (jetzt|nun|aber|wirklich) endlich|schleunigst`,
    hit: 'Sie müssen jetzt endlich unterschreiben.',
    miss: 'Sie müssen sich nicht heute entscheiden.',
  },
  {
    id: 'sie-muessen-verstehen-dass',
    pattern: '^=Sie @müssen (doch|schon|auch|bitte|einfach|aber) verstehen|einsehen|akzeptieren|begreifen , dass',
    suggestions: ['ich bitte um Ihr Verständnis dafür, dass', 'ich hoffe, Sie können nachvollziehen, dass'],
    hit: 'Sie müssen verstehen, dass wir nicht zaubern können.',
    miss: 'Ich hoffe, Sie können nachvollziehen, dass wir nicht zaubern können.',
  },
  {
    id: 'sie-muessen-das-akzeptieren',
    pattern: `${WHO} @müssen (das|dies|es|doch|schon|auch|bitte|einfach|endlich|nun|jetzt) (auch|doch|schon|einfach|so) verstehen|akzeptieren|einsehen|begreifen|hinnehmen|respektieren`,
    hit: 'Sie müssen das einfach akzeptieren.',
    miss: 'Sie müssen das nicht akzeptieren, wir prüfen Ihre Optionen.',
  },
  {
    id: 'sie-muessen-sich-jetzt-entscheiden',
    pattern: `${WHO} @müssen sich|dich|euch jetzt|heute|sofort|umgehend|schnell|schnellstens|bis ~2 entscheiden`,
    hit: 'Sie müssen sich heute noch entscheiden.',
    miss: 'Sie müssen sich nicht heute entscheiden.',
  },
  {
    id: 'du-musst-unbedingt',
    pattern:
      'du|ihr @müssen (dich|euch|das|es|jetzt|wirklich|aber|also|mir|uns|doch|nun) sofort|endlich|umgehend|dringend|schleunigst',
    unlessAfter: INVITED,
    hit: 'Du musst das endlich erledigen.',
    miss: 'Du musst dich um nichts kümmern.',
  },
  {
    id: 'musst-du-endlich',
    pattern:
      '@müssen du|ihr (dich|euch|das|es|jetzt|wirklich|aber|also|mir|uns|doch|nun) sofort|endlich|umgehend|schleunigst',
    unlessAfter: INVITED,
    hit: 'Jetzt musst du dich endlich entscheiden.',
    miss: 'Jetzt musst du dich um nichts mehr kümmern.',
  },
  {
    id: 'sie-sollten-endlich',
    pattern: '=Sie sollten ~1 endlich|schleunigst|schnellstens',
    suggestions: ['Sie sollten {1}'],
    hit: 'Sie sollten das endlich erledigen.',
    miss: 'Sie sollten das in Ruhe erledigen.',
  },
  {
    id: 'sollten-sie-endlich',
    pattern: `@sollen ${WHO} ~2 endlich|schleunigst|schnellstens`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Jetzt sollten Sie wirklich endlich unterschreiben.',
    miss: 'Jetzt sollten Sie in Ruhe unterschreiben.',
  },
  {
    id: 'du-solltest-endlich',
    pattern: 'du solltest|solltet ~1 endlich|schleunigst|schnellstens',
    suggestions: ['du solltest {1}'],
    hit: 'Du solltest das endlich abschließen.',
    miss: 'Du solltest das in Ruhe abschließen.',
  },
  {
    id: 'wann-endlich',
    pattern: 'wann ~1 =Sie ~3 endlich',
    unlessAfter: ['wieder', 'mal', 'vorbei'],
    suggestions: ['wann {1} Sie {2}'],
    hit: 'Wann schicken Sie endlich die Pläne?',
    miss: 'Wann dürfen wir Sie endlich wieder begrüßen?',
  },
  {
    id: 'wann-du-endlich',
    pattern: 'wann ~1 du ~3 endlich',
    unlessAfter: ['wieder', 'mal', 'vorbei'],
    suggestions: ['wann {1} du {2}'],
    hit: 'Wann schickst du endlich die Fotos?',
    miss: 'Wann sehen wir dich endlich wieder?',
  },
  {
    id: 'imperativ-endlich',
    pattern: `${DO} =Sie|mir|uns|dich|euch (mir|uns|sich|das|es|die|den) ~3 endlich`,
    hit: 'Schicken Sie mir endlich die Unterlagen.',
    miss: 'Schicken Sie mir die Unterlagen, wann es Ihnen passt.',
  },
  {
    id: 'um-umgehende',
    pattern: 'um ~1 umgehende|unverzügliche|sofortige|postwendende',
    unlessBefore: ['uns', 'mich', 'kümmern', 'kümmere', 'sorgen', 'bemühen', 'bemühe'],
    suggestions: ['um {1} baldige'],
    hit: 'Ich bitte um umgehende Zahlung.',
    miss: 'Vielen Dank für Ihre umgehende Rückmeldung.',
  },
  {
    id: 'asap',
    pattern: 'asap',
    suggestions: ['möglichst bald'],
    hit: 'Bitte schicken Sie mir die Freigabe asap.',
    miss: 'Bitte schicken Sie mir die Freigabe bis Donnerstag.',
  },
  {
    id: 'gefaelligst',
    pattern: 'gefälligst',
    suggestions: [''],
    hit: 'Halten Sie sich gefälligst an die Absprache.',
    miss: 'Halten Sie sich bitte an die Absprache.',
  },
  {
    id: 'ich-erwarte',
    pattern:
      '<self> @erwarten (daher|deshalb|nun|jetzt|also|aber) <yours> ~3 umgehend|sofort|unverzüglich|bis|spätestens|binnen|innerhalb',
    hit: 'Ich erwarte Ihre Antwort bis morgen früh.',
    miss: 'Ich erwarte gespannt Ihre Ideen.',
  },
  {
    id: 'ich-erwarte-bis-von-ihnen',
    pattern: '<self> @erwarten ~1 umgehend|sofort|unverzüglich|bis|spätestens|binnen|innerhalb ~6 von =Ihnen|dir|euch',
    hit: 'Ich erwarte bis morgen eine verbindliche Zusage von Ihnen.',
    miss: 'Wir erwarten bis morgen die Genehmigung der Stadt.',
  },
  {
    id: 'ich-erwarte-dass-sie',
    pattern: `<self> @erwarten (jetzt|schon|daher|deshalb|aber|allerdings|nun|auch|ausdrücklich) , dass ${WHO}`,
    hit: 'Ich erwarte, dass Sie sich an die Vereinbarung halten.',
    miss: 'Ich hoffe, dass Sie mit der Vereinbarung zufrieden sind.',
  },
  {
    id: 'ich-erwarte-von-ihnen',
    pattern: '<self> @erwarten (jetzt|schon|daher|deshalb|aber|allerdings|nun|auch|ausdrücklich) von =Ihnen|dir|euch',
    hit: 'Ich erwarte von Ihnen eine Erklärung.',
    miss: 'Wir erwarten gespannt Neuigkeiten von Ihnen.',
  },
  {
    id: 'ich-verlange',
    pattern:
      '<self> @verlangen ~3 erklärung|entschuldigung|stellungnahme|rechtfertigung|sofortige|umgehende|unverzügliche|sofort|umgehend|rückerstattung|erstattung|rückzahlung|zahlung|nachbesserung|schadensersatz|ersatz|gutschrift|minderung|preisnachlass|vollständige',
    hit: 'Ich verlange eine Erklärung für die Verzögerung.',
    miss: 'Wir verlangen keine Anzahlung.',
  },
  {
    // Was die Leserin nicht hätte tun dürfen: ein Vorwurf im Rückblick, wie „hätten … müssen“.
    id: 'haetten-nicht-duerfen',
    pattern: `${WHO} hätten|hättest|hättet ~5 <neg> ~5 dürfen`,
    hit: 'Sie hätten die Tabletten aber nicht eigenmächtig absetzen dürfen.',
    miss: 'Wir hätten die Tabletten nicht absetzen dürfen.',
  },
  {
    id: 'hatten-sie-nicht-duerfen',
    pattern: `hätten|hättest|hättet ${WHO} ~5 <neg> ~5 dürfen`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Das hätten Sie ohne Rücksprache nicht ändern dürfen.',
    miss: 'Das hätten wir ohne Rücksprache nicht ändern dürfen.',
  },
  {
    // Die Folgen werden der Leserin zugeschoben: „die Verantwortung liegt dann allein bei Ihnen“.
    id: 'verantwortung-liegt-bei-ihnen',
    pattern:
      'verantwortung|haftung|schuld|folgen|konsequenzen|risiko ~3 @liegen|@bleiben ~1 dann|allein|ganz|vollständig|ausschließlich|damit|voll (allein) bei =Ihnen|dir|euch',
    hit: 'Die Verantwortung dafür liegt dann allein bei Ihnen.',
    miss: 'Die Entscheidung liegt ganz bei Ihnen.',
  },
  {
    // Die Kosten nachgestellt der Leserin zugewiesen: „den Ausfall tragen dann Sie“, „den Zuschlag zahlst dann du“.
    id: 'tragen-dann-sie',
    pattern: '@tragen|@zahlen|@bezahlen|@ausbaden|@verantworten dann|danach|also|natürlich|selbst =Sie|du|ihr',
    hit: 'Den Ausfall in Ihrer Hotline tragen dann Sie.',
    miss: 'Den Zuschlag zahlen dann wir, keine Sorge.',
  },
  {
    // Eine Erwartung mit sofortiger Wirkung: „Ich erwarte, dass … ab sofort …“.
    id: 'ich-erwarte-dass-ab-sofort',
    pattern:
      '<self> @erwarten (aber|jedoch|allerdings|schon|deshalb|daher) , dass ~8 ab+sofort|ab+jetzt|ab+heute|umgehend|unverzüglich',
    hit: 'Ich erwarte aber, dass Passwörter ab sofort nicht mehr per Mail verschickt werden.',
    miss: 'Ich erwarte, dass die Genehmigung Ende Mai kommt.',
  },

  {
    // „… müssen wir Ihnen trotzdem berechnen“: die Kosten bleiben bei der Leserin, egal wie.
    id: 'ihnen-trotzdem-berechnen',
    pattern: '=Ihnen|dir|euch ~3 trotzdem|dennoch|trotz+allem|gleichwohl ~1 @berechnen|@verrechnen',
    hit: 'Das reservierte Gerüst müssen wir Ihnen dann trotzdem berechnen.',
    miss: 'Das reservierte Gerüst berechnen wir Ihnen natürlich nicht.',
  },
  {
    id: 'haetten-sollen',
    pattern: '=Sie hätten ~4 sollen',
    hit: 'Sie hätten uns früher informieren sollen.',
    miss: 'Wir hätten Sie früher informieren sollen.',
  },
  {
    id: 'haetten-sie-sollen',
    pattern: 'hätten =Sie ~4 sollen',
    unlessBefore: ['wir', 'ich'],
    hit: 'Das hätten Sie vorher mit uns abstimmen sollen.',
    miss: 'Das hätten wir vorher mit Ihnen abstimmen sollen.',
  },
  {
    id: 'sie-haetten-frueher-muessen',
    pattern:
      '=Sie hätten ~3 früher|rechtzeitig|vorher|eher|sofort|gleich|besser|genauer|spätestens|bereits|schon|längst|damals|unbedingt ~3 müssen',
    hit: 'Sie hätten die Mängel sofort melden müssen.',
    miss: 'Sie hätten nicht extra vorbeikommen müssen, vielen Dank.',
  },
  {
    id: 'haetten-sie-frueher-muessen',
    pattern: `hätten|hättet ${WHO} ~3 früher|rechtzeitig|vorher|eher|sofort|gleich|besser|genauer|spätestens|bereits|unbedingt|wissen ~3 müssen`,
    unlessBefore: ['wir', 'ich'],
    hit: 'Das hätten Sie wissen müssen.',
    miss: 'Das hätten Sie wirklich nicht tun müssen, danke!',
  },
  {
    id: 'sie-haetten-wissen-muessen',
    pattern:
      '=Sie hätten (das|es|doch|eigentlich|ja|eben|dies) wissen|ahnen|bedenken|merken|prüfen|lesen|klären|berücksichtigen|beachten müssen',
    hit: 'Sie hätten das wissen müssen.',
    miss: 'Sie hätten das nicht lesen müssen, wir fassen es zusammen.',
  },
  {
    // „Sie hätten mich informieren müssen“: was die Leserin hätte tun müssen, ohne Zeitwort.
    id: 'haetten-mich-informieren-muessen',
    pattern: `${WHO} hätten|hättest|hättet ~3 prüfen|kontrollieren|nachmessen|informieren|melden|sagen|fragen|schicken|weiterleiten|mitteilen|absprechen|abstimmen|anrufen|beantragen|vorlegen|einholen|anmelden|abmelden|zahlen|überweisen|einreichen|kündigen|bescheid+geben|bescheid+sagen müssen`,
    hit: 'Sie hätten mich informieren müssen, bevor Sie unterschreiben.',
    miss: 'Wir hätten Sie informieren müssen, das tut mir leid.',
  },
  {
    id: 'du-haettest-sollen',
    pattern: 'du|ihr hättest|hättet ~4 sollen',
    hit: 'Du hättest mir früher Bescheid geben sollen.',
    miss: 'Ich hätte dir früher Bescheid geben sollen.',
  },
  {
    id: 'haettest-du-sollen',
    pattern: 'hättest|hättet du|ihr ~4 sollen',
    hit: 'Das hättest du vorher fragen sollen.',
    miss: 'Das hätte ich vorher fragen sollen.',
  },
  {
    id: 'sie-haben-das-zu-akzeptieren',
    pattern: `${WHO} @haben das|dies|es|sich|dich|euch ~3 zu+akzeptieren|zu+respektieren|hinzunehmen|zu+halten|zu+befolgen|zu+beachten|zu+unterlassen|einzuhalten|zu+fügen`,
    hit: 'Sie haben sich an die Hausordnung zu halten.',
    miss: 'Sie haben sich an die Hausordnung gehalten, danke.',
  },
  {
    id: 'sie-haben-umgehend-zu-zahlen',
    pattern: `${WHO} @haben ~4 umgehend|unverzüglich|sofort|schnellstens|unbedingt ~3 zu+zahlen|zu+bezahlen|zu+überweisen|zu+begleichen|zu+liefern|zu+erscheinen|zu+melden|zu+räumen|zu+entfernen|zu+erstatten|zu+leisten|zu+informieren|zu+unterschreiben|zu+bestätigen|einzureichen|nachzureichen|zurückzusenden|zurückzugeben|vorzulegen|auszufüllen|abzugeben|einzuhalten`,
    hit: 'Sie haben den offenen Betrag umgehend zu überweisen.',
    miss: 'Sie haben sofort Zugang zu allen Unterlagen.',
  },
  {
    id: 'sonst-sehen-wir-uns-gezwungen',
    pattern:
      'sonst|andernfalls|anderenfalls|ansonsten @sehen|@sein|@werden|@müssen (wir|ich) (uns|mich) (leider) gezwungen|genötigt|veranlasst',
    hit: 'Andernfalls sehen wir uns leider gezwungen, den Auftrag mit allen bereits bestellten Teilen und sämtlichen Zusatzleistungen zu stornieren.',
    miss: 'Andernfalls melde ich mich am Montag noch einmal bei Ihnen.',
  },
  {
    id: 'sonst-rechtliche-schritte',
    pattern: `sonst|andernfalls|anderenfalls|ansonsten ~6 ${LEGAL}`,
    hit: 'Ansonsten leiten wir rechtliche Schritte ein.',
    miss: 'Ansonsten sind keine weiteren Schritte nötig.',
  },
  {
    id: 'gezwungen-rechtliche-schritte',
    pattern: 'gezwungen|genötigt ~4 rechtliche|gerichtliche|juristische|anwaltliche|weitere schritte|maßnahmen',
    hit: 'Wir sehen uns gezwungen, weitere Schritte einzuleiten.',
    miss: 'Sie sind nicht gezwungen, heute zu entscheiden.',
  },
  {
    id: 'schritte-vorbehalten',
    pattern:
      'behalten|behalte (uns|mir) ~3 rechtliche|gerichtliche|juristische|anwaltliche|weitere schritte|maßnahmen|konsequenzen ~1 vor|ausdrücklich',
    hit: 'Wir behalten uns rechtliche Schritte ausdrücklich vor.',
    miss: 'Wir behalten uns kleine Änderungen am Ablauf vor.',
  },
  {
    id: 'schritte-behalten-wir-uns-vor',
    // „Weitere Schritte behalten wir uns vor“: am Satzanfang ist auch das unbestimmte „weitere“ eine Drohung.
    pattern:
      'rechtliche|gerichtliche|juristische|anwaltliche|weitere schritte|konsequenzen|maßnahmen|wege|mittel behalten|behalte wir|ich uns|mir ~2 vor',
    hit: 'Rechtliche Schritte behalten wir uns ausdrücklich vor.',
    miss: 'Kleine Änderungen behalten wir uns vor.',
  },
  {
    id: 'sonst-inkasso',
    pattern:
      'sonst|andernfalls|anderenfalls|ansonsten ~6 inkasso*|anwalt|rechtsanwalt|anwältin|rechtsanwältin|mahnverfahren|klage|klageweg|rechtsweg|mahnbescheid|gericht',
    hit: 'Andernfalls übergeben wir die Forderung an ein Inkassobüro.',
    miss: 'Andernfalls schicke ich Ihnen die Unterlagen per Post.',
  },
  {
    id: 'das-wird-konsequenzen-haben',
    pattern:
      'das|dies wird|würde|kann (ernste|ernsthafte|rechtliche|entsprechende|unangenehme) konsequenzen|folgen haben|nach+sich+ziehen',
    hit: 'Das wird Konsequenzen haben.',
    miss: 'Die Änderung hat keine Folgen für Ihren Zeitplan.',
  },
  {
    id: 'letzte-chance',
    pattern: 'letzte|allerletzte chance|mahnung|frist|warnung|aufforderung',
    hit: 'Das ist Ihre letzte Chance.',
    miss: 'Das ist die letzte Folie der Präsentation.',
  },
  {
    id: 'letztmalig',
    pattern: 'letztmalig|letztmals',
    hit: 'Wir erinnern Sie hiermit letztmalig an die offene Rechnung.',
    miss: 'Wir erinnern Sie gern an die offene Rechnung.',
  },
  {
    id: 'ein-letztes-mal-bitten',
    pattern:
      'fordere|fordern|bitte|bitten|erinnere|erinnern (ich|wir) =Sie|dich|euch (hiermit|jetzt|nun) ein+letztes+mal|zum+letzten+mal',
    hit: 'Hiermit bitte ich Sie ein letztes Mal um die Unterlagen.',
    miss: 'Hiermit bitte ich Sie noch einmal um die Unterlagen.',
  },
  {
    id: 'ich-fordere-sie-auf',
    pattern: 'ich|wir fordere|fordern|forderte|forderten =Sie|dich|euch ~6 auf',
    hit: 'Wir fordern Sie zur Räumung der Baustelle auf.',
    miss: 'Fordern Sie gern ein Angebot auf unserer Website an.',
  },
  {
    id: 'fordern-wir-sie-auf',
    pattern: 'fordere|fordern|forderte|forderten ich|wir =Sie|dich|euch ~6 auf',
    hit: 'Hiermit fordern wir Sie zur Zahlung auf.',
    miss: 'Hiermit bitten wir Sie um eine kurze Rückmeldung.',
  },
  {
    id: 'muss-sie-auffordern',
    pattern: 'muss|müssen (ich|wir) =Sie|dich|euch ~2 auffordern|ermahnen|anweisen',
    hit: 'Ich muss Sie leider auffordern, die Arbeiten einzustellen.',
    miss: 'Ich muss Sie leider enttäuschen, der Termin ist vergeben.',
  },
  {
    id: 'setzen-ihnen-frist',
    pattern: 'setze|setzen|setzten ~2 =Ihnen|dir|euch ~4 frist|nachfrist|ultimatum',
    hit: 'Wir setzen Ihnen hiermit eine Frist bis zum 15. März.',
    miss: 'Wir notieren uns die Frist bis zum 15. März für Sie.',
  },
  {
    id: 'ultimatum',
    pattern: 'ultimatum|ultimaten',
    unlessBefore: ['kein'],
    hit: 'Betrachten Sie diese Nachricht als Ultimatum.',
    miss: 'Das ist kein Ultimatum, nur eine Bitte um Rückmeldung.',
  },
  {
    id: 'ich-bestehe-darauf',
    // „…, dass Sie …“: insisting on the writer's own treat („darauf, das Essen zu bezahlen“) is kindness.
    pattern: 'ich bestehe darauf , dass|daß',
    suggestions: ['mir ist wichtig,'],
    hit: 'Ich bestehe darauf, dass der Termin eingehalten wird.',
    miss: 'Mir ist wichtig, dass der Termin eingehalten wird.',
  },
  {
    id: 'wir-bestehen-darauf',
    pattern: 'wir bestehen darauf , dass|daß',
    suggestions: ['uns ist wichtig,'],
    hit: 'Wir bestehen darauf, dass die Abnahme vor Ort stattfindet.',
    miss: 'Uns ist wichtig, dass die Abnahme vor Ort stattfindet.',
  },
  {
    id: 'bestehe-darauf-satzende',
    pattern:
      'ich|wir bestehe|bestehen (aber|weiterhin|trotzdem|jedoch|ausdrücklich|daher|deshalb|dennoch|allerdings) darauf $',
    hit: 'Wir bestehen aber darauf.',
    miss: 'Wir freuen uns aber darauf.',
  },
  {
    id: 'bestehe-auf',
    pattern: 'ich|wir bestehe|bestehen auf',
    hit: 'Ich bestehe auf einer schriftlichen Bestätigung.',
    miss: 'Ich bitte um eine schriftliche Bestätigung.',
  },
  {
    id: 'bestehe-weiterhin-darauf',
    pattern:
      'ich|wir bestehe|bestehen aber|weiterhin|trotzdem|jedoch|ausdrücklich|daher|deshalb|weiter|dennoch|nach+wie+vor|leider|allerdings auf|darauf',
    hit: 'Wir bestehen weiterhin auf der vereinbarten Ausführung.',
    miss: 'Wir halten weiterhin an der vereinbarten Ausführung fest, wenn Sie zustimmen.',
  },
  {
    id: 'darauf-bestehe-ich',
    pattern: 'darauf|drauf bestehe|bestehen ich|wir',
    hit: 'Darauf bestehe ich.',
    miss: 'Darauf freue ich mich.',
  },
  {
    id: 'muss-darauf-bestehen',
    // Mit dem dass-Satz, damit der Befund reicht, worauf bestanden wird.
    pattern: 'muss|müssen (ich|wir) ~2 darauf|auf ~4 bestehen (,+dass|,+daß)',
    hit: 'Hier muss ich leider darauf bestehen.',
    miss: 'Hier muss ich leider darauf verzichten.',
  },
  {
    id: 'nicht-verhandelbar',
    pattern: 'nicht|keinesfalls verhandelbar|diskutabel|diskutierbar|verhandlungsfähig',
    // A rule of a court or a law the writer regrets passing on is information, not the writer's terms.
    unlessEarlier: [
      'leider',
      'gesetzliche',
      'gesetzlichen',
      'gerichtliche',
      'gerichtlichen',
      'behördliche',
      'behördlichen',
    ],
    hit: 'Der Liefertermin ist nicht verhandelbar.',
    miss: 'Die Abgabefrist beim Finanzamt ist leider nicht verhandelbar, deshalb bitte ich um die Belege bis Montag.',
  },
  {
    id: 'steht-nicht-zur-diskussion',
    pattern: 'steht|stehen ~2 nicht zur diskussion|debatte|verhandlung|disposition',
    hit: 'Das Honorar steht nicht zur Diskussion.',
    miss: 'Das Honorar steht zur Diskussion, wenn sich der Umfang ändert.',
  },
  {
    id: 'ende-der-diskussion',
    pattern: 'ende der diskussion|durchsage|debatte',
    hit: 'So machen wir es, Ende der Diskussion.',
    miss: 'So machen wir es, wenn Sie einverstanden sind.',
  },
  {
    id: 'punkt-satz',
    pattern: '^punkt $',
    hit: 'Wir liefern am Montag. Punkt.',
    miss: 'Wir liefern am Montag Punkt acht Uhr.',
  },
  {
    id: 'ohne-wenn-und-aber',
    pattern: 'ohne wenn und aber',
    // „Wir tauschen es ohne Wenn und Aber aus“: the writer's own guarantee.
    unlessEarlier: [
      'tauschen',
      'erstatten',
      'übernehmen',
      'ersetzen',
      'reparieren',
      'garantieren',
      'stornieren',
      'helfen',
    ],
    // „Der vereinbarte Betrag bleibt ohne Wenn und Aber bestehen, so haben wir es zugesagt“: a promise kept.
    unlessLater: ['bestehen', 'zugesagt', 'versprochen', 'garantiert', 'gilt'],
    hit: 'Die Rechnung ist ohne Wenn und Aber zu begleichen.',
    miss: 'Die Rechnung ist bis Ende des Monats zu begleichen.',
  },
  {
    id: 'ihnen-bleibt-keine-wahl',
    pattern:
      'bleibt|bleiben =Ihnen|dir|euch (leider|wohl|also|dann|nun) keine+andere+wahl|keine+wahl|nichts+anderes|keine+alternative',
    hit: 'Dann bleibt Ihnen keine andere Wahl.',
    miss: 'Dann bleibt Ihnen genug Zeit zum Überlegen.',
  },
  {
    id: 'sie-haben-keine-wahl',
    pattern: `${WHO} @haben (leider|wohl|also|dann|nun|hier|da) keine+andere+wahl|keine+wahl|keine+alternative`,
    hit: 'Sie haben keine andere Wahl.',
    miss: 'Sie haben die Wahl zwischen zwei Varianten.',
  },
  {
    id: 'das-ist-ihre-pflicht',
    pattern: 'das|dies @sein (ganz|allein|einzig) <yours> pflicht|aufgabe|verantwortung',
    hit: 'Das ist Ihre Pflicht als Eigentümer.',
    miss: 'Das ist Ihre Entscheidung, wir unterstützen Sie bei beiden Varianten.',
  },
  {
    id: 'sie-werden-verstehen-dass',
    pattern: '^=Sie werden ~3 verstehen|einsehen|nachvollziehen|akzeptieren , dass',
    suggestions: ['ich bitte um Ihr Verständnis dafür, dass', 'ich hoffe, Sie können nachvollziehen, dass'],
    hit: 'Sie werden sicher verstehen, dass wir unter diesen Umständen nicht weiterarbeiten.',
    miss: 'Sie werden sich freuen, dass alles pünktlich fertig ist.',
  },
  {
    id: 'sie-werden-verstehen-dass-im-satz',
    pattern: `${WHO} werden|wirst|werdet ~3 verstehen|einsehen|nachvollziehen|akzeptieren , dass`,
    hit: 'Ich denke, Sie werden verstehen, dass wir unter diesen Umständen nicht weiterarbeiten.',
    miss: 'Ich hoffe, Sie können nachvollziehen, dass wir unter diesen Umständen pausieren.',
  },
  {
    id: 'ich-verbitte-mir',
    pattern: 'verbitte|verbitten (ich|wir) mir|uns',
    hit: 'Diesen Ton verbitte ich mir.',
    miss: 'Diesen Ton habe ich nicht verdient.',
  },
  {
    id: 'ich-dulde-keine',
    pattern: 'dulde|dulden|toleriere|tolerieren (ich|wir) (hier) kein|keine|keinen|keinerlei|nicht+länger',
    hit: 'Weitere Verzögerungen dulden wir nicht länger.',
    miss: 'Wir tolerieren kleine Abweichungen bei den Maßen.',
  },
  {
    id: 'duldet-keinen-aufschub',
    pattern: 'duldet|dulden keinen aufschub',
    hit: 'Die Angelegenheit duldet keinen Aufschub.',
    miss: 'Die Angelegenheit hat bis nach Ihrem Urlaub Zeit.',
  },
  {
    id: 'nicht-laenger-hinnehmen',
    pattern:
      'nicht+länger|auf+keinen+fall|keinesfalls ~1 hinnehmen|dulden|tolerieren|mitmachen|akzeptieren|zusehen|mitansehen',
    hit: 'Das werden wir nicht länger hinnehmen.',
    miss: 'Das nehmen wir gern in die Planung auf.',
  },
  {
    id: 'keine-ausreden',
    pattern: 'keine ausreden|ausflüchte',
    hit: 'Ich möchte keine Ausreden mehr hören.',
    miss: 'Ich möchte Ihre Sicht gern hören.',
  },
  {
    id: 'unterlassen',
    pattern: 'zu+unterlassen|unterlassen+=Sie',
    hit: 'Ich bitte Sie, solche Anrufe in Zukunft zu unterlassen.',
    miss: 'Ich bitte Sie, solche Anrufe vorher kurz anzukündigen.',
  },
  {
    id: 'mit-nachdruck',
    pattern: '=Sie|dich|euch ~3 nachdrücklich|eindringlich|mit+nachdruck|mit+allem+nachdruck',
    hit: 'Ich bitte Sie nachdrücklich, die Frist einzuhalten.',
    miss: 'Ich bitte Sie freundlich, die Frist im Blick zu behalten.',
  },
  {
    id: 'letztes-angebot',
    pattern: 'ist|bleibt|wäre unser|mein letztes|allerletztes|finales angebot|wort',
    hit: 'Das ist mein letztes Wort.',
    miss: 'Das ist unser neues Angebot für die Sanierung.',
  },
  {
    id: 'gehe-davon-aus-nicht-wieder',
    pattern:
      'gehe|gehen ~1 davon aus , dass ~4 nicht|nie|kein|keine (noch+einmal|nochmal|nochmals|wieder|mehr|erneut) ~1 passiert|vorkommt|geschieht|passieren|vorkommen',
    hit: 'Wir gehen davon aus, dass eine solche Panne nicht wieder vorkommt.',
    miss: 'Wir haben den Ablauf geändert, damit das nicht noch einmal passiert.',
  },
  {
    // Die Erwartung als Ermahnung: „Ich setze voraus / vertraue darauf, dass sich das nicht wiederholt“.
    // Nur wenn der dass-Satz das Geschehene oder die Leserin meint: „dass der Fehler nicht wieder auftritt“ beruhigt.
    id: 'erwarte-dass-nicht-wieder',
    pattern:
      '<self> gehe|gehen|setze|setzen|vertraue|vertrauen|verlasse|verlassen|erwarte|erwarten (mich|uns) (davon|darauf) (aus|voraus) , dass das|dies|so+etwas|sowas|sich+das|sich+so+etwas|wir+das|=Sie|du|ihr ~6 <neg> ~3 noch+einmal|nochmal|nochmals|wieder|erneut|wiederholt|wiederholen|vorkommt|passiert',
    hit: 'Ich setze voraus, dass wir das mit den Fristen nicht noch einmal klären müssen.',
    miss: 'Wir setzen voraus, dass der Fehler nach dem Tausch nicht wieder auftritt.',
  },
  {
    // Wie ich-erwarte-dass-sie, mit dem Verb vor der Schreiberin: „dann erwarte ich auch, dass du pünktlich bist“.
    id: 'erwarte-ich-dass-sie',
    pattern: '@erwarten|@verlangen <self> (auch|schon|ausdrücklich|aber|dann|allerdings) , dass|daß =Sie|du|ihr',
    hit: 'Dann erwarte ich auch, dass du pünktlich bist.',
    miss: 'Dann erwarte ich, dass die Lieferung pünktlich kommt.',
  },
  {
    // Die Arbeit ruht, bis gezahlt ist: „Ich mache erst wieder weiter, wenn der Betrag auf meinem Konto ist.“
    id: 'erst-wieder-wenn-bezahlt',
    pattern:
      '<self> ~6 erst+wieder|erst+dann ~6 , wenn|sobald ~6 betrag|rechnung|zahlung|geld|restbetrag|bezahlt|beglichen|überwiesen|konto|eingegangen',
    hit: 'Wir machen erst dann weiter, wenn die offene Rechnung beglichen ist.',
    miss: 'Wir machen erst dann weiter, wenn der Frost vorbei ist.',
  },
  {
    // Alles andere der Leserin zählt weniger als das eigene Anliegen: „Lassen Sie bitte alles andere liegen und …“
    id: 'alles-andere-liegen-lassen',
    pattern:
      'lassen|stellen|legen|lass|lasst|stell|stellt|leg|legt (=Sie) (bitte) (doch) (einfach) (jetzt) alles+andere|alles ~0-2 stehen+und+liegen|liegen|zurück|beiseite|hintan',
    // Die Schreiberin, die selbst alles stehen lässt, opfert etwas; verneint ist es Entlastung.
    unlessEarlier: ['ich', 'wir', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'müssen'],
    hit: 'Bitte lassen Sie alles andere liegen und schicken Sie mir die Pläne heute noch.',
    miss: 'Sie müssen dafür nicht alles andere liegen lassen, nächste Woche reicht völlig.',
  },
  {
    // Weitere Aufträge nur unter einer Bedingung an die Leserin: „Weitere Bestellungen nehme ich erst an, wenn …“
    id: 'weitere-erst-wenn',
    pattern:
      'weitere|neue|zusätzliche ~0-3 <self> ~0-3 erst|nur+noch ~0-6 , wenn|sobald|nachdem =Sie|du|ihr|=Ihr|=Ihre|dein|deine|euer|eure',
    // Eine Bedingung zum Wohl der Leserin oder nach ihrem Wunsch ist keine Sanktion.
    unlessLater: [
      'zurück',
      'urlaub',
      'gesund',
      'erholt',
      'möchten',
      'möchtest',
      'wünschen',
      'wünschst',
      'wollen',
      'willst',
      'bereit',
      'zeit',
    ],
    hit: 'Weitere Bestellungen nehme ich erst an, wenn Ihr Team die Schulung gemacht hat.',
    miss: 'Weitere Termine schicke ich Ihnen gern, sobald der Plan steht.',
  },
  {
    // Eine neue Regel als Sanktion: „Ab Montag kommen wir zu keinem Einsatz mehr ohne Auftragsnummer.“
    id: 'ab-sofort-keine-mehr-ohne',
    pattern:
      'ab+sofort|ab+jetzt|ab+heute|ab+montag|ab+dienstag|ab+mittwoch|ab+donnerstag|ab+freitag|künftig|zukünftig|von+nun+an|in+zukunft|ab+dem+nächsten|ab+der+nächsten|ab+nächster|ab+nächstem ~0-8 kein|keine|keinen|keinem|nicht ~0-6 mehr ~0-4 ohne',
    hit: 'Ab Montag kommen wir zu keinem Einsatz mehr ohne Auftragsnummer.',
    miss: 'Ab Montag brauchen Sie für die Einfahrt keinen Ausweis mehr.',
  },
  {
    // Die Zusammenarbeit als Pfand neben einer Forderung: „Ich brauche mehr Verbindlichkeit, wenn wir weiter zusammenarbeiten wollen.“
    id: 'wenn-wir-weiter-zusammenarbeiten-wollen',
    pattern:
      '<self> @brauchen|@erwarten|@bestehen ~3 <reader>|mehr ~8 , wenn|falls wir ~3 zusammenarbeiten|weitermachen|weiterarbeiten wollen|sollen|möchten',
    hit: 'Ich brauche von Ihnen mehr Verbindlichkeit, wenn wir weiter zusammenarbeiten wollen.',
    miss: 'Wir brauchen einen neuen Rahmenvertrag, falls wir auch im Herbst zusammenarbeiten möchten.',
  },
  {
    id: 'wenn-wir-weiter-zusammenarbeiten-brauche-ich',
    pattern:
      'wenn|falls wir ~3 zusammenarbeiten|weitermachen|weiterarbeiten wollen|sollen , @müssen =Sie|du|ihr|erwarte+ich|erwarten+wir',
    hit: 'Wenn wir weiter zusammenarbeiten wollen, müssen Sie die Termine einhalten.',
    miss: 'Wenn wir weiter zusammenarbeiten wollen, freue ich mich auf den Herbst.',
  },
  {
    // „Keine Unterschrift bis Freitag, kein Termin am Montag“: das Ultimatum als Parole.
    id: 'kein-x-bis-kein-y',
    pattern: '^ kein|keine|keinen ~1-3 bis|vor ~1-4 , kein|keine|keinen',
    unlessAfter: ['problem', 'stress', 'druck', 'thema', 'sorge', 'eile', 'drama', 'hektik', 'grund'],
    hit: 'Keine Anzahlung bis Freitag, kein Schlüssel am Samstag.',
    miss: 'Keine Eile bitte, kein Druck von unserer Seite.',
  },
  {
    // Erwartungen an das künftige Verhalten der Leserin: „Wir gehen davon aus, dass Sie künftig rechtzeitig absagen.“
    id: 'gehe-davon-aus-dass-sie-kuenftig',
    pattern:
      '<self> gehe|gehen|setze|setzen|vertraue|vertrauen|verlasse|verlassen|erwarte|erwarten (mich|uns) (davon|darauf) (aus|voraus) , dass =Sie|du|ihr ~3 künftig|zukünftig|in+zukunft|ab+sofort|ab+jetzt|von+nun+an|fortan|beim+nächsten+mal|nächstes+mal (wieder|bitte) rechtzeitig|pünktlich|vollständig|früher|zuverlässig|fristgerecht|vorher|absagen|zahlen|erscheinen|bescheid',
    // Nur eine Pflicht der Leserin: „dass Sie künftig auch online buchen können“ ist ein Angebot.
    hit: 'Ich verlasse mich darauf, dass Sie künftig pünktlich zahlen.',
    miss: 'Ich verlasse mich darauf, dass die Lieferung künftig pünktlich kommt.',
  },
  {
    // Die fertige Arbeit als Pfand: „Ich gebe die Galerie erst frei, wenn das Geld da ist.“
    id: 'erst-frei-wenn-bezahlt',
    pattern:
      'erst (dann|wieder) frei|heraus|raus|@freigeben|@herausgeben|@aushändigen|@übergeben|@freischalten ~1 , wenn|sobald ~6 betrag|rechnung|zahlung|geld|restbetrag|restzahlung|bezahlt|beglichen|überwiesen|konto|eingegangen',
    hit: 'Die Pläne gebe ich erst frei, wenn die Restzahlung eingegangen ist.',
    miss: 'Die Pläne gebe ich erst frei, wenn das Bauamt zugestimmt hat.',
  },
  {
    // „Das muss jetzt wirklich erledigt werden“: Dringlichkeit ohne Grund und ohne Wahl.
    id: 'muss-jetzt-wirklich-erledigt-werden',
    pattern:
      '@müssen jetzt|nun (aber) wirklich|endlich|dringend|unbedingt|sofort|schleunigst ~3 erledigt|geklärt|gemacht|bezahlt|unterschrieben|behoben|eingereicht|abgeschlossen werden',
    hit: 'Die Freigabe muss jetzt endlich erledigt werden.',
    miss: 'Die Freigabe muss jetzt nur noch unterschrieben werden.',
  },
  {
    // „Da darf ich wohl etwas Pünktlichkeit erwarten“, „Das Mindeste, was ich erwarten kann, …“.
    id: 'darf-ich-wohl-erwarten',
    pattern: '@dürfen|@können <self> wohl|doch|ja|schon ~4 @erwarten|@verlangen',
    hit: 'Da darf ich wohl etwas Zuverlässigkeit erwarten.',
    miss: 'Darf ich Sie am Montag im Büro erwarten?',
  },
  {
    id: 'das-mindeste-was-ich-erwarten',
    pattern: 'das+mindeste|das+wenigste , was <self> ~2 @erwarten|@verlangen',
    hit: 'Das Mindeste, was ich erwarten kann, ist eine kurze Rückmeldung.',
    miss: 'Das Mindeste, was wir tun können, ist ein kurzer Anruf.',
  },
  {
    // „Ein viertes Mal wird es nicht geben“: kein weiterer Aufschub, angekündigt wie ein Urteil.
    id: 'ein-viertes-mal-nicht',
    pattern:
      'ein|eine|einen zweites|zweite|zweiten|drittes|dritte|dritten|viertes|vierte|vierten|weiteres|weitere|weiteren mal|chance|aufschub|verlängerung|fristverlängerung|ausnahme|runde wird|gibt es <neg> (mehr) (geben)',
    hit: 'Einen weiteren Aufschub gibt es nicht.',
    miss: 'Einen weiteren Termin gibt es im Mai.',
  },
  {
    // „Das ist ab jetzt Ihre Verantwortung, nicht unsere.“
    id: 'ihre-verantwortung-nicht-unsere',
    pattern:
      '<yours> verantwortung|problem|risiko|sache|angelegenheit ~2 , nicht unsere|meine|unser|mein|unsere+sache|meine+sache',
    hit: 'Die Fristen sind ab jetzt Ihre Verantwortung, nicht unsere.',
    miss: 'Die Fristen behalten wir im Blick, Ihre Verantwortung ist nur die Unterschrift.',
  },
  {
    // „Lange warte ich nicht mehr“: Ungeduld als Drohung ohne Sanktion.
    id: 'warte-nicht-mehr-lange',
    pattern: 'lange|ewig @warten <self> (jetzt|aber) nicht+mehr|nicht+länger $',
    hit: 'Lange warte ich nicht mehr.',
    miss: 'Lange warten wir nicht mehr auf den Sommer.',
  },
  {
    // Schuldgefühl als Hebel: „Ich hoffe, dir ist klar, was das für mich bedeutet.“
    id: 'hoffe-klar-was-das-bedeutet',
    pattern:
      '<reader> ~2 klar|bewusst , was das|dies (für) mich|uns|unser|unsere|mein|meine ~2 bedeutet|heißt|kostet|ausmacht',
    hit: 'Ich hoffe, Ihnen ist klar, was das für unser Büro bedeutet.',
    miss: 'Ich hoffe, jetzt ist klar, was das Formular bedeutet.',
  },
  {
    // „…, darüber sollten Sie sich im Klaren sein“: ein Nachsatz, der die Folge zur Warnung macht.
    id: 'darueber-im-klaren',
    pattern: 'darüber|dessen @sollen|@müssen =Sie|du|ihr (sich|dir|dich|euch) ~1 im+klaren|bewusst sein',
    hit: 'Die Mehrkosten tragen Sie, darüber sollten Sie sich im Klaren sein.',
    miss: 'Sie sollten sich über die Vor- und Nachteile in Ruhe ein Bild machen.',
  },
  {
    // „Lass das bitte nicht noch einmal vorkommen“: eine Ermahnung als Befehl.
    id: 'lass-das-nicht-wieder-vorkommen',
    pattern: '@lassen ~3 <neg> noch+einmal|nochmal|nochmals|wieder|mehr vorkommen|passieren',
    hit: 'Lass das bitte nicht noch einmal vorkommen.',
    miss: 'Lass uns das gern noch einmal besprechen.',
  },
  {
    // „Wir haben jetzt lange genug gewartet“, „Das zieht sich viel zu lange“: die Geduld ist aufgebraucht.
    id: 'lange-genug-gewartet',
    pattern: 'lange+genug ~1 gewartet|zugesehen|zugeschaut|stillgehalten|gedulded',
    hit: 'Wir haben jetzt lange genug gewartet.',
    miss: 'Lassen Sie den Kleber lange genug trocknen.',
  },
  {
    id: 'zieht-sich-zu-lange',
    pattern: '@ziehen sich ~3 zu+lange|viel+zu+lange|ewig',
    hit: 'Das zieht sich jetzt schon viel zu lange.',
    miss: 'Der Weg zieht sich am Ende etwas.',
  },
  {
    // „Ich bin nicht bereit, weiter umsonst zu arbeiten“: die Schreiberin kündigt ihre Grenze als Drohung an.
    id: 'nicht-bereit-weiter',
    pattern: 'nicht|nicht+länger|nicht+mehr bereit|gewillt , ~2 weiter|länger|umsonst|kostenlos|noch+länger',
    hit: 'Ich bin nicht bereit, weiter umsonst zu arbeiten.',
    miss: 'Ich bin bereit, weiter mit Ihnen zu arbeiten.',
  },
  {
    // „Ich kann Ihren Termin nicht länger freihalten“.
    id: 'nicht-laenger-freihalten',
    pattern:
      '<neg> länger ~1 freihalten|freizuhalten|reservieren|zu+reservieren|blocken|zu+blocken|vorhalten|vorzuhalten',
    hit: 'Ich kann Ihren Donnerstagstermin nicht länger freihalten.',
    miss: 'Ich kann Ihren Donnerstagstermin gern freihalten.',
  },
  {
    // „Ihnen wurde zweimal gesagt …“: die eigenen Hinweise vorgezählt.
    id: 'ihnen-wurde-n-mal-gesagt',
    pattern: `=Ihnen|dir|euch wurde|wurden|ist ~2 ${TIMES} gesagt|erklärt|mitgeteilt|geschrieben`,
    hit: 'Ihnen wurde zweimal gesagt, dass die Einfahrt frei bleiben muss.',
    miss: 'Ihnen wurde gestern gesagt, dass die Einfahrt frei bleibt.',
  },
  {
    id: 'daran-aendert-sich-nichts',
    pattern: 'daran|daran+wird @ändern sich nichts|@ändern',
    hit: 'Die Frist ist Freitag, und daran ändert sich nichts.',
    miss: 'Die Frist ist Freitag, daran ändert sich auch mit dem Feiertag etwas.',
  },
  {
    // „Wir sind jetzt an dem Punkt, an dem …“: die Eskalation wird angekündigt.
    id: 'an-dem-punkt-an-dem',
    pattern: 'an+dem+punkt|an+einem+punkt , an+dem|wo ich|wir',
    hit: 'Wir sind jetzt an dem Punkt, an dem ich eine Entscheidung brauche.',
    miss: 'Wir sind jetzt an dem Punkt im Plan, wo die Treppe hinkommt.',
  },
  {
    // „Ich bin kurz davor, das Projekt abzubrechen“: das Ende der Arbeit steht im Raum.
    id: 'kurz-davor-abzubrechen',
    pattern:
      'kurz+davor|nahe+dran|drauf+und+dran , ~4 abzubrechen|hinzuschmeißen|hinzuwerfen|zu+kündigen|zu+beenden|aufzuhören|niederzulegen',
    hit: 'Ehrlich gesagt bin ich kurz davor, das Projekt abzubrechen.',
    miss: 'Wir sind kurz davor, den Rohbau abzuschließen.',
  },
  {
    // „… ein Inkassobüro einschalten“: das Inkasso zu nennen ist die Drohung.
    id: 'inkasso-einschalten',
    pattern: 'inkasso*|inkassobüro|inkassounternehmen ~1 einschalten|einzuschalten|beauftragen|zu+beauftragen',
    hit: 'Ich würde ungern ein Inkassobüro einschalten, aber darauf läuft es hinaus.',
    miss: 'Wir empfehlen Ihnen gern eine Steuerkanzlei für die Buchhaltung.',
  },
  {
    // „Wir können die Kosten nicht länger tragen“.
    id: 'kosten-nicht-laenger-tragen',
    pattern:
      'kosten|mehrkosten|mehraufwand ~4 <neg> länger|mehr @tragen|@übernehmen|@schultern|zu+tragen|zu+übernehmen',
    hit: 'Wir können die Kosten dieser Verzögerungen nicht länger tragen.',
    miss: 'Wir können die Kosten dieser Verzögerungen gern übernehmen.',
  },
  {
    id: 'darf-ihnen-nicht-wieder-passieren',
    pattern:
      'das|dies|so+etwas|sowas darf|sollte =Ihnen|dir|euch (aber|bitte|wirklich|künftig|zukünftig|in+zukunft) nicht|nie (noch+einmal|nochmal|nochmals|wieder|mehr) passieren|vorkommen|geschehen',
    hit: 'Das darf Ihnen nicht noch einmal passieren.',
    miss: 'Das darf uns nicht noch einmal passieren, wir haben den Ablauf geändert.',
  },
  {
    id: 'ihnen-bleibt-nichts-anderes',
    pattern:
      '=Ihnen|dir|euch bleibt|bleiben (leider|wohl|also|dann|nun|jetzt) keine+andere+wahl|keine+wahl|nichts+anderes|keine+alternative',
    hit: 'Ihnen bleibt nichts anderes übrig.',
    miss: 'Ihnen bleibt genug Zeit, in Ruhe zu entscheiden.',
  },
  {
    id: 'sonst-kuendigen-wir',
    pattern:
      'sonst|andernfalls|anderenfalls|ansonsten kündigen|stornieren|beenden|sperren|kündige|storniere|beende|sperre wir|ich',
    hit: 'Ich gebe Ihnen noch bis Freitag Zeit, sonst kündigen wir.',
    miss: 'Sonst noch Fragen? Ich helfe gern.',
  },
  {
    id: 'du-haettest-muessen',
    pattern:
      'du|ihr hättest|hättet ~3 früher|rechtzeitig|vorher|eher|sofort|gleich|besser|genauer|spätestens|bereits|wissen|ahnen|bedenken ~3 müssen',
    hit: 'Du hättest das wissen müssen.',
    miss: 'Du hättest dir keine Mühe machen müssen.',
  },
  {
    id: 'ihr-solltet-endlich',
    pattern: 'ihr solltet ~1 endlich|schleunigst|schnellstens',
    suggestions: ['ihr solltet {1}'],
    hit: 'Ihr solltet euch endlich entscheiden.',
    miss: 'Ihr solltet euch bis Freitag entscheiden.',
  },
  {
    id: 'sehen-wir-uns-gezwungen',
    pattern: '@sehen <self> uns|mich (dann|daher|deshalb|also) gezwungen|genötigt|veranlasst',
    hit: 'Bei einem weiteren Ausfall sehen wir uns gezwungen, den Vertrag zu kündigen.',
    miss: 'Bei einem weiteren Ausfall sehen wir uns die Anlage gern noch einmal an.',
  },
  {
    id: 'erwarte-zahlung-bis',
    pattern:
      '<self> @erwarten (daher|deshalb|nun|jetzt|also) den|die|das ~2 ausgleich|zahlung|restzahlung|begleichung|überweisung|bezahlung|zahlungseingang|restbetrag|betrag|rückzahlung|erstattung ~8 bis|spätestens|binnen|innerhalb',
    hit: 'Wir erwarten den offenen Betrag bis Ende der Woche.',
    miss: 'Wir erwarten die Baugenehmigung bis Ende der Woche.',
  },
  {
    id: 'kuenftig-sicherstellen',
    pattern:
      'stellen|stelle|stellt|sorgen|sorge|sorgt|achten|achte|achtet =Sie|du|ihr (bitte) künftig|zukünftig|in+zukunft|fortan|ab+sofort ~4 sicher|dafür|darauf',
    hit: 'Bitte stellen Sie künftig sicher, dass die Tür abgeschlossen ist.',
    miss: 'Bitte stellen Sie die Tonnen künftig an die Straße.',
  },
  {
    id: 'bitte-kuenftig-darauf-zu-achten',
    pattern: 'bitte|bitten =Sie|dich|euch , künftig|zukünftig|in+zukunft|fortan ~3 darauf|dafür',
    hit: 'Ich bitte Sie, künftig darauf zu achten, dass das Tor zu ist.',
    miss: 'Ich bitte Sie, am Montag an das Tor zu denken.',
  },
  {
    id: 'ich-erwarte-eine-antwort-bis',
    pattern:
      '<self> @erwarten (daher|deshalb|nun|jetzt|also) eine|einen|ein (verbindliche|verbindlichen|schriftliche|schriftlichen|klare|klaren) antwort|rückmeldung|stellungnahme|erklärung|lösung|zusage|bestätigung|entscheidung ~2 bis|spätestens|binnen|innerhalb|umgehend|sofort|heute',
    hit: 'Ich erwarte eine Rückmeldung bis morgen Mittag.',
    miss: 'Ich erwarte eine Rückmeldung der Stadt im Laufe des Sommers.',
  },
  {
    id: 'ich-erwarte-dass-erledigt',
    pattern:
      '<self> @erwarten (daher|deshalb|nun|jetzt|also) , dass ~6 erledigt|behoben|bezahlt|geklärt|korrigiert|beglichen|nachgeholt|ausgeglichen|nachgereicht',
    hit: 'Ich erwarte, dass der Schaden bis Freitag behoben ist.',
    miss: 'Ich hoffe, dass der Schaden bis Freitag behoben ist.',
  },
  {
    id: 'ich-gebe-ihnen-bis-zeit',
    pattern: '<self> @geben =Ihnen|dir|euch (noch) (genau|letztmalig|ein+letztes+mal) bis ~3 zeit',
    hit: 'Ich gebe Ihnen noch bis Montag Zeit.',
    miss: 'Ich gebe Ihnen bis Montag Bescheid.',
  },
  {
    id: 'heute-nicht-morgen',
    pattern: 'heute|jetzt|sofort , nicht (erst) morgen|übermorgen|nächste+woche|irgendwann|später',
    hit: 'Ich brauche die Zahlen heute, nicht erst nächste Woche.',
    miss: 'Heute nicht, morgen gern.',
  },
  {
    id: 'keine-weitere-fristverlaengerung',
    pattern:
      'weitere|erneute|nochmalige fristverlängerung|verlängerung|verschiebung|aufschub|ausnahme ~3 nicht|keine @geben|@gewähren',
    hit: 'Eine erneute Verschiebung wird es nicht geben.',
    miss: 'Eine erneute Verschiebung ist kein Problem.',
  },
  {
    id: 'weitere-verzoegerungen-nicht-akzeptieren',
    pattern:
      'weitere|erneute|zusätzliche verzögerungen|verspätungen|ausreden|verschiebungen|fristverlängerungen ~4 nicht|keinesfalls akzeptieren|hinnehmen|tolerieren|dulden',
    hit: 'Weitere Verspätungen können wir nicht akzeptieren.',
    miss: 'Weitere Verspätungen sind nicht zu erwarten.',
  },
  {
    // „… und beschwer dich hinterher nicht“: der Einwand der Leserin vorab abgewiesen.
    id: 'beschwer-dich-hinterher-nicht',
    pattern:
      'beschwer|beschwere|beschwert|beschweren ~0-2 dich|euch|sich (dann) (hinterher|später|nachher) nicht|bloß+nicht|ja+nicht',
    hit: 'Und beschwer dich hinterher nicht, wenn der Termin weg ist.',
    miss: 'Beschwer dich gern bei mir, wenn etwas am Termin nicht passt.',
  },
  {
    // „… bis morgen 10 Uhr und keine Minute länger“: die Frist als Drohung zugespitzt.
    id: 'keine-minute-laenger',
    pattern: 'keine|keinen ~0-1 minute|stunde|tag|sekunde länger',
    hit: 'Ich halte Ihnen den Termin bis Freitag frei, aber keine Stunde länger.',
    miss: 'Die Trocknung dauert keinen Tag länger als geplant.',
    unlessLater: ['als'],
  },
  {
    // „Für weitere Verzögerungen gibt es keinen Spielraum“: kein Raum mehr, angekündigt statt erklärt.
    id: 'kein-spielraum-fuer-verzoegerungen',
    pattern:
      'kein|keinen|keinerlei spielraum|raum|platz ~0-2 für (weitere) verzögerungen|verzögerung|aufschub|verspätungen|ausreden',
    hit: 'Es gibt keinen Spielraum für weitere Verzögerungen.',
    miss: 'Es gibt im Flur keinen Platz für das Sofa.',
  },
  {
    id: 'fuer-verzoegerungen-kein-spielraum',
    pattern:
      'für (weitere) verzögerungen|verzögerung|aufschub|verspätungen|ausreden ~1-3 kein|keinen|keinerlei spielraum|raum|platz',
    hit: 'Für weitere Verzögerungen gibt es hier keinen Spielraum.',
    miss: 'Für das Sofa gibt es hier keinen Platz.',
  },
  {
    id: 'nicht-optional',
    pattern: '@sein nicht|keinesfalls optional|freiwillig $',
    hit: 'Die Abnahme vor Ort ist nicht optional.',
    miss: 'Die Führung durch das Haus ist optional.',
  },
  {
    id: 'sie-lassen-mir-keine-wahl',
    pattern:
      '=Sie|du|ihr|schweigen @lassen (mir|uns) (leider|ja|wirklich) keine|kaum (eine) (andere) wahl|alternative|möglichkeit',
    hit: 'Sie lassen uns leider keine andere Wahl.',
    miss: 'Sie lassen uns freie Wahl bei den Fliesen.',
  },
  {
    id: 'wie-lange-noch-warten',
    pattern: 'wie+lange @sollen|@müssen ich|wir (denn|eigentlich) noch ~3 warten',
    hit: 'Wie lange soll ich denn noch auf die Pläne warten?',
    miss: 'Wie lange müssen wir nach dem Streichen warten?',
  },
  {
    id: 'warte-seit-auf-ihre',
    pattern: '<self> @warten (jetzt|nun|bereits|schon) seit ~3 auf <yours>|=Sie|dich|euch',
    hit: 'Wir warten nun seit zwei Wochen auf Ihre Freigabe.',
    miss: 'Wir warten seit zwei Wochen auf die Freigabe der Stadt.',
  },
  {
    // „durchgehen lassen“ (let pass), not „die Liste durchgehen“ (go through it).
    id: 'nicht-durchgehen-lassen',
    pattern: '@lassen ~0-5 <neg>|letzte+mal|letztes+mal ~0-4 durchgehen',
    hit: 'Ein zweites Mal lasse ich das nicht durchgehen.',
    miss: 'Ihre Liste müssen wir nicht Punkt für Punkt durchgehen lassen, sagt die Kollegin.',
  },
  {
    id: 'nicht-durchgehen-lassen-am-ende',
    pattern: '<neg>|letzte+mal|letztes+mal ~0-4 durchgehen lasse|lassen|lässt|lasst',
    hit: 'Ich sage Ihnen gleich, dass ich das nicht noch einmal durchgehen lasse.',
    miss: 'Ich sage Ihnen gleich, dass wir die Liste nicht noch einmal durchgehen.',
  },
  {
    id: 'behalten-uns-vor-zu-berechnen',
    pattern:
      'behalten|behalte (wir|ich) uns|mir (ausdrücklich) vor , ~6 in+rechnung+zu+stellen|zu+berechnen|zu+kündigen|zu+stornieren|einzustellen|abzubrechen|einzubehalten|niederzulegen',
    hit: 'Wir behalten uns vor, die Wartezeit in Rechnung zu stellen.',
    miss: 'Wir behalten uns vor, kleine Farbabweichungen auszugleichen.',
  },
  {
    id: 'kuenftig-an-termine-halten',
    pattern: 'halten =Sie|dich|euch|du|ihr (sich|dich|euch) (bitte) künftig|zukünftig|in+zukunft|fortan ~3 an',
    hit: 'Bitte halten Sie sich künftig an die vereinbarten Zeiten.',
    miss: 'Bitte halten Sie sich die Zeit am Montag frei.',
  },
  {
    id: 'jeder-weitere-wird-berechnet',
    pattern:
      'jeder|jede|jedes|weitere|künftige weitere|versäumte|ausgefallene|abgesagte|verspätete ~3 @werden ~4 berechnet|in+rechnung+gestellt|voll+berechnet|abgerechnet',
    hit: 'Jeder weitere versäumte Termin wird voll berechnet.',
    miss: 'Jeder weitere Termin wird wie gewohnt vorher bestätigt.',
  },
  {
    id: 'vertraue-darauf-dass-umgehend',
    pattern:
      '<self> @vertrauen|@ausgehen|@gehen darauf|davon (aus) , dass =Sie|du|ihr ~6 umgehend|unverzüglich|sofort|schnellstens|postwendend|endlich',
    hit: 'Wir vertrauen darauf, dass Sie den Betrag umgehend überweisen.',
    miss: 'Wir vertrauen darauf, dass Sie den Betrag wie gewohnt überweisen.',
  },
  {
    id: 'nicht-zweimal-bitten-muessen',
    pattern: 'nicht zweimal|zwei+mal|mehrfach|mehrmals|ständig bitten|auffordern|erinnern|fragen|nachhaken @müssen',
    hit: 'Ich sollte Sie nicht zweimal erinnern müssen.',
    miss: 'Sie müssen mich nicht zweimal fragen, ich helfe gern.',
  },
  {
    id: 'mit-hoechster-prioritaet',
    pattern:
      'behandeln|bearbeiten|erledigen|betrachten =Sie|du|ihr ~4 mit+höchster|mit+oberster|mit+äußerster|mit+größter|als+höchste|als+oberste priorität|dringlichkeit',
    hit: 'Bitte behandeln Sie die Sache mit höchster Dringlichkeit.',
    miss: 'Wir behandeln jeden Wasserschaden mit höchster Dringlichkeit.',
  },
  {
    id: 'erheblich-ueberfaellig',
    pattern:
      'zahlung|zahlungen|rechnung|rechnungen|betrag|beträge|restbetrag|honorar|forderung|forderungen ~4 erheblich|deutlich|längst|seit+wochen|seit+monaten|weit überfällig',
    hit: 'Die Rechnung ist inzwischen erheblich überfällig.',
    miss: 'Die Renovierung des Flurs ist längst überfällig, da haben Sie recht.',
  },
  {
    id: 'kann-nicht-laenger-warten',
    pattern:
      '@können|@dürfen nicht länger|weiter|mehr (länger) warten|aufgeschoben|verschoben|hinausgeschoben|hinausgezögert',
    hit: 'Die Zahlung kann nicht länger aufgeschoben werden.',
    miss: 'Die Zahlung kann gern verschoben werden.',
  },
  {
    id: 'zum-n-ten-mal',
    // Die eigenen Bitten gezählt: aus der Erinnerung wird ein Vorwurf.
    pattern: `${ASK}|@schreiben ~6 zum ${NTH} mal|male`,
    unlessAfter: ['gemeinsam', 'zusammen', 'bei', 'zu+gast'],
    hit: 'Ich frage jetzt zum dritten Mal nach dem unterschriebenen Mietvertrag.',
    miss: 'Wir arbeiten jetzt zum dritten Mal zusammen.',
  },
  {
    id: 'zum-n-ten-mal-vorn',
    pattern: `^ zum ${NTH} mal|male ~3 ${ASK}|muss|müssen`,
    hit: 'Zum wiederholten Male erinnere ich Sie an die überfällige Kaution.',
    miss: 'Zum zweiten Mal in Folge gewinnt das Team den Preis.',
  },
  {
    id: 'schon-n-mal-gefragt',
    // The asked are the reader (or nobody named), not a third party ("den Steuerberater zweimal gebeten").
    pattern: `<self> @haben (=Sie|dich|euch|=Ihnen|dir) (das|dies|es) (jetzt|nun|schon|bereits|inzwischen|mittlerweile) (schon|bereits) ${TIMES} ~4 ${ASKED}`,
    hit: 'Ich habe schon zweimal nachgefragt und noch nichts erhalten.',
    miss: 'Ich habe beim Amt nachgefragt und noch nichts erhalten.',
  },
  {
    // The matter in front: "Das habe ich Ihnen bereits zweimal geschrieben."
    id: 'das-schon-n-mal-geschrieben',
    pattern: `^das|dies|darauf|danach|darum @haben <self> (=Sie|dich|euch|=Ihnen|dir) (jetzt|nun|schon|bereits|inzwischen|mittlerweile) (schon|bereits) ${TIMES} ~3 ${ASKED}`,
    hit: 'Darauf habe ich Sie inzwischen dreimal hingewiesen.',
    miss: 'Darauf habe ich Sie bei der Besichtigung hingewiesen.',
  },
  {
    id: 'meine-n-te-mail',
    pattern: `das|dies|es @sein (nun|jetzt|bereits|schon) (die|meine|unsere) ${NTH_ADJ} mail|e-mail|erinnerung|nachricht|anfrage|mahnung|nachfrage|aufforderung|bitte`,
    hit: 'Das ist bereits meine dritte Mail wegen der fehlenden Belege.',
    miss: 'Das ist bereits unser dritter Auftrag, vielen Dank.',
  },
  {
    id: 'erneut-muss-ich-erinnern',
    pattern:
      'erneut|wieder|abermals|nochmals|schon+wieder muss|müssen ich|wir =Sie|dich|euch ~4 erinnern|auffordern|bitten|mahnen|hinweisen',
    hit: 'Erneut muss ich Sie an die ausstehende Einverständniserklärung erinnern.',
    miss: 'Erneut muss ich Ihnen für die schönen Blumen danken.',
  },
  {
    id: 'nicht-noch-einmal-fragen',
    pattern: `<neg> noch (ein+weiteres|ein+drittes|ein+letztes) mal|einmal ~1 ${ASK}|${CHASE}`,
    hit: 'Ich werde nicht noch einmal nachfragen.',
    miss: 'Ich werde noch einmal beim Amt nachfragen.',
  },
  {
    // „Das lasse ich mir nicht länger bieten“: die Schreiberin droht mit dem Ende ihrer Geduld.
    id: 'nicht-bieten-lassen',
    pattern: '@lassen (ich|wir) mir|uns ~2 <neg> (länger|mehr|weiter) bieten|gefallen',
    hit: 'Das lasse ich mir nicht länger bieten.',
    miss: 'Das lasse ich mir gern noch einmal erklären.',
  },

  {
    id: 'nicht-laenger-hinterher',
    pattern:
      '<neg> länger|mehr|weiter|ständig|dauernd ~1 hinterher|hinterherlaufen|hinterherzulaufen|nachlaufen|nachzulaufen|@hinterherlaufen',
    hit: 'Ich laufe dem nicht länger hinterher.',
    miss: 'Ich laufe dem Bus hinterher.',
  },
  {
    id: 'keine-weitere-erinnerung',
    pattern:
      'keine|weitere|nächste ~1 erinnerung|mahnung|nachfrage|aufforderung wird|werde|werden (es) (von+mir|von+uns) nicht|keine @geben|@kommen|@folgen|@erhalten|@bekommen',
    hit: 'Eine weitere Erinnerung wird es nicht geben.',
    miss: 'Eine weitere Erinnerung wird es im Mai geben.',
  },
  {
    id: 'letzte-mal-dass-ich',
    pattern:
      'das+letzte+mal|das+allerletzte+mal ~1 , dass|daß ich|wir ~3 @bitten|@erinnern|@fragen|@nachfragen|@mahnen|@auffordern|@dulden|@akzeptieren|@hinnehmen|darum|ohne|kostenlos|umsonst|gratis|kulanterweise|@übernehmen|@tolerieren|@einspringen',
    hit: 'Das ist das letzte Mal, dass ich Sie darum bitte.',
    miss: 'Das ist das letzte Mal, dass wir uns vor dem Urlaub sehen.',
  },
  {
    id: 'diskutiere-nicht-mehr',
    pattern: '@diskutieren|@verhandeln|@streiten (ich|wir) (mit+Ihnen|mit+dir) <neg> (mehr|länger|weiter)',
    hit: 'Über das Honorar diskutiere ich nicht mehr.',
    miss: 'Über das Honorar diskutieren wir gern beim nächsten Termin.',
  },
  {
    id: 'alle-anderen-laengst',
    // Andere als Maßstab vorgehalten: ein Schuldhebel, keine Information.
    pattern: `alle|sämtliche|die|jeder|jede anderen|übrigen|restlichen|anderer|andere ~6 ${ALREADY} ~3 ${COMPLIED}`,
    hit: 'Alle anderen Eigentümer haben längst unterschrieben.',
    miss: 'Alle anderen haben schon gesagt, wie schön es war.',
  },
  {
    id: 'alle-anderen-schaffen-es',
    pattern: 'alle+anderen|jeder+andere|jede+andere|alle+übrigen ~2 @schaffen|@bekommen|@kriegen es|das',
    hit: 'Jeder andere Kunde schafft es, pünktlich zu zahlen.',
    miss: 'Jeder andere Termin passt uns auch.',
  },
  {
    id: 'sie-sind-der-einzige',
    pattern:
      '=Sie|du @sein der|die|als einzige|einzigen|letzte|letzten ~2 , der|die|dessen|deren ~6 <neg>|noch|fehlt|fehlen|ausstehen|aussteht',
    hit: 'Sie sind der einzige Mandant, der die Jahresunterlagen noch nicht geschickt hat.',
    miss: 'Sie sind die einzige Mandantin, die uns jedes Jahr Kuchen bringt.',
  },
  {
    id: 'team-steht-still',
    pattern:
      'wegen|aufgrund <yours> ~3 @stehen|@warten|@ruhen ~3 ganze|gesamte|komplette team|baustelle|projekt|abteilung|büro|produktion',
    hit: 'Wegen Ihrer fehlenden Freigabe steht das ganze Team still.',
    miss: 'Wegen Ihrer Anfrage haben wir das ganze Team gefragt.',
  },
  {
    id: 'ohne-ausnahme',
    pattern: ', ohne ausnahme|ausreden|diskussion $',
    // „Helm tragen, ohne Ausnahme“: eine Sicherheitsregel schützt die Leserin.
    unlessAdvised: true,
    // Nach einer kurzen Forderung nimmt rules/ultimatum.ts (insist) sie mit; hier ein langer Vorsatz.
    hit: 'Die Unterlagen für die Steuererklärung des vergangenen Jahres liegen mir bitte bis zum kommenden Freitag vollständig und unterschrieben vor, ohne Ausnahme.',
    miss: 'Wir helfen allen Mitgliedern ohne Ausnahme gern weiter.',
  },
  {
    id: 'es-eilt',
    pattern: '^ es|das|die+sache|die+angelegenheit eilt|drängt $',
    hit: 'Es eilt!',
    miss: 'Es eilt nicht.',
  },
  {
    id: 'die-zeit-draengt',
    pattern: 'die+zeit @drängen|@laufen (uns|ihnen) (langsam|allmählich) davon|weg',
    hit: 'Die Zeit läuft uns davon.',
    miss: 'Die Zeit vergeht wie im Flug.',
  },
  {
    id: 'warte-immer-noch-auf',
    // Ungeduld über das, was die Leserin schuldet; die Entscheidung eines Amts ist eine Sachinfo.
    pattern:
      '<self> @warten (jetzt|nun) immer+noch|noch+immer|nach+wie+vor|weiterhin auf <yours>|=Sie|dich|euch|die+zahlung|die+unterlagen|die+unterschrift|eine+antwort|eine+rückmeldung|das+geld|den+betrag|die+belege',
    unlessAfter: ['vom', 'von', 'der', 'des', 'beim', 'aus'],
    hit: 'Ich warte immer noch auf die Unterschrift.',
    miss: 'Wir warten immer noch auf die Genehmigung vom Amt.',
  },
  {
    // Die letzte Mahnung, höflich verpackt: „ein letztes Mal daran erinnern“.
    id: 'ein-letztes-mal-erinnern',
    pattern: 'ein+letztes+mal|zum+letzten+mal ~4 @erinnern|@auffordern|@mahnen',
    hit: 'Wir möchten Sie ein letztes Mal daran erinnern, die Miete zu überweisen.',
    miss: 'Zum letzten Mal waren wir im Frühjahr auf der Baustelle.',
  },
  {
    id: 'nicht-ewig-warten',
    pattern: '<self> @können ~2 nicht ewig|unbegrenzt|endlos|ewig+und+drei+tage ~4 warten',
    hit: 'Wir können nicht ewig auf die Freigabe warten.',
    miss: 'Wir können nicht lange bleiben, das Essen wartet.',
  },
  {
    // Die Aufforderung reicht bis zu ihrem Infinitiv: „Wir fordern Sie auf, … unverzüglich zu beheben“.
    id: 'auffordern-zu',
    pattern: 'ich|wir fordere|fordern =Sie|dich|euch (hiermit|nochmals|erneut) auf , ~8 zu',
    hit: 'Wir fordern Sie auf, die Mängel bis Freitag zu beseitigen.',
    miss: 'Wir laden Sie ein, die Ausstellung bis Freitag zu besuchen.',
  },
  {
    // Eine Bitte mit Drängwort ist eine Forderung: „wir bitten Sie, … umgehend nachzureichen“.
    id: 'bitten-umgehend',
    // Nur Leistungen, die die Leserin schuldet: „sich umgehend zu melden, falls …“ ist Fürsorge.
    pattern:
      'ich|wir bitte|bitten =Sie|dich|euch , ~6 umgehend|unverzüglich|schnellstmöglich|schnellstens ~3 nachzureichen|einzureichen|auszugleichen|zurückzusenden|zu+zahlen|zu+überweisen|zu+begleichen|zu+liefern|zu+beheben|zu+beseitigen|zu+erledigen|zu+senden|zu+schicken|zu+übersenden|zu+unterschreiben|zu+bestätigen|zu+räumen',
    hit: 'Wir bitten Sie, die fehlenden Nachweise umgehend nachzureichen.',
    miss: 'Wir bitten Sie, die fehlenden Nachweise bei Gelegenheit nachzureichen.',
  },
  {
    // Schuld als Druckmittel: die Zeit der Leserin kostet die Schreiberin Geld.
    id: 'jede-stunde-kostet',
    pattern: 'jede|jeder stunde|minute|tag|woche ~6 kostet|kosten uns|mich|mir',
    hit: 'Jeder Tag, den ihr zögert, kostet uns einen Kunden.',
    miss: 'Jeder Tag im Grünen tut uns gut.',
  },
  {
    // Künstliche Eile: ein Angebot, das in Stunden verfällt.
    id: 'gilt-nur-heute',
    pattern: 'gilt|gelten nur (noch) (bis) heute|mitternacht|heute+abend',
    hit: 'Der Rabatt gilt nur noch heute.',
    miss: 'Der Rabatt gilt nur für Neukunden.',
  },
  {
    // Die Frist vorangestellt: „Bis spätestens Freitag erwarte ich …“.
    id: 'bis-erwarte-ich',
    pattern: '^ bis|spätestens ~4 erwarte|erwarten ich|wir',
    hit: 'Bis spätestens Freitag erwarte ich Ihre Zusage.',
    miss: 'Bis Freitag erholen wir uns an der See.',
  },
  {
    // Bis zum Inhalt, auf dem bestanden wird: „…, dass die Verträge heute noch eingehen“.
    id: 'muss-darauf-bestehen-dass',
    pattern: '<self> @müssen (leider|hier) darauf bestehen , dass|daß',
    hit: 'Ich muss darauf bestehen, dass die Verträge heute noch eingehen.',
    miss: 'Ich muss darauf achten, dass die Verträge heute noch eingehen.',
  },
  {
    // Geduld, die zu Ende geht, ist eine Drohung ohne Sanktion.
    id: 'geduld-am-ende',
    pattern: 'meine|unsere geduld ~3 am+ende|erschöpft|begrenzt|grenzen|aufgebraucht',
    hit: 'Meine Geduld ist langsam am Ende.',
    miss: 'Meine Geduld mit dem Hund ist groß.',
  },
  {
    // Auch die Geduld eines Dritten, in dessen Namen geschrieben wird: „Die Geduld meines Mandanten ist erschöpft.“
    id: 'geduld-ist-erschoepft',
    pattern:
      'geduld ~3 ist|sind|war (jetzt|nun|langsam|bald|allmählich|endgültig) erschöpft|aufgebraucht|am+ende|zu+ende',
    hit: 'Die Geduld unseres Mandanten ist nun erschöpft.',
    miss: 'Danke für Ihre Geduld, die Wartezeit ist bald vorbei.',
  },
  {
    // „So kann es nicht weitergehen“: ein Stoppschild ohne Angebot.
    id: 'so-nicht-weiter',
    pattern: '^ so ~5 <neg> (mehr|länger) weitergehen|weiterarbeiten|weitermachen',
    hit: 'So kann es mit den Terminen nicht weitergehen.',
    miss: 'So können wir gleich weitermachen.',
  },
  {
    id: 'kann-so-nicht-weiter',
    pattern: 'so <neg> (mehr|länger) weitergehen|weiterarbeiten|weitermachen',
    hit: 'Das kann so nicht weitergehen.',
    miss: 'Das kann so weitergehen, wir sind sehr zufrieden.',
  },
  {
    // „Ich kann Ihnen den Termin nur noch bis morgen freihalten“: künstliche Eile.
    id: 'nur-noch-bis-freihalten',
    pattern:
      'nur+noch bis ~4 @freihalten|@reservieren|@blocken|@blockieren|@zurückhalten|frei+halten|@entgegenkommen|@warten|@stunden',
    hit: 'Den Platz kann ich Ihnen nur noch bis Mittwoch freihalten.',
    miss: 'Den Platz halte ich Ihnen gern bis Mittwoch frei.',
  },
  {
    // „Ich erwarte es bis heute Abend“: das Pronomen meint, was die Leserin schuldet.
    id: 'erwarte-es-bis',
    // Nur die kurze Frist: „Ich erwarte es bis Ende März vom Bauamt“ kündigt einen Bescheid an.
    pattern:
      '<self> @erwarten es|das ~1 bis+heute|heute+noch|noch+heute|bis+morgen|morgen+früh|umgehend|sofort|postwendend',
    hit: 'Das ist überfällig, ich erwarte es bis heute Abend.',
    miss: 'Ich erwarte es bis Ende März vom Bauamt.',
  },
  {
    // Schuld als Hebel: „nach allem, was wir für Sie getan haben“.
    id: 'nach-allem-was-wir',
    // Auch mit einer Zeitangabe dazwischen: „was wir in den letzten Jahren für Sie getan haben“.
    pattern: 'nach+allem|nach+all+dem|wie+viel ~2 <self> ~6 für =Sie|dich|euch ~3 getan|gemacht|geleistet',
    hit: 'Nach allem, was wir für Sie getan haben, ist das bitter.',
    miss: 'Nach allem, was wir gesehen haben, ist das Haus gut.',
  },
  {
    // Eine Frist am selben Tag ohne Handelnde: „Das muss bis heute Abend erledigt sein.“
    id: 'muss-heute-erledigt-sein',
    pattern:
      'das|es|alles|dies|die+zahlung|der+betrag @müssen heute+noch|sofort|umgehend|unverzüglich|bis+heute (abend|mittag|nachmittag) erledigt|fertig|bezahlt|überwiesen|unterschrieben|geklärt|behoben|da sein',
    hit: 'Das muss bis heute Abend erledigt sein.',
    miss: 'Das muss nicht bis heute erledigt sein.',
  },
  {
    id: 'ich-erwarte-eine-erklaerung',
    pattern:
      '<self> @erwarten (jetzt|nun) eine|ihre|deine (schriftliche) erklärung|entschuldigung|stellungnahme|rechtfertigung',
    hit: 'Ich erwarte eine Erklärung.',
    miss: 'Ich erwarte eine Lieferung.',
  },
  {
    id: 'muss-dringend-bitten',
    // Der zu-Infinitiv steht oft als ein Wort da („nachzureichen“).
    pattern:
      '<self> @müssen =Sie|dich|euch dringend|nachdrücklich|eindringlich bitten|auffordern , ~8 zu|nachzu*|einzu*|zurückzu*|auszu*|abzu*|anzu*|zuzu*|vorzu*|aufzu*|freizu*|umzu*|mitzu*',
    hit: 'Ich muss Sie dringend bitten, die Zahlung heute noch zu veranlassen.',
    miss: 'Ich muss Sie leider bitten, den Termin zu verschieben.',
  },
  {
    id: 'nicht-laenger-hinhalten',
    pattern: '<self> @lassen ~2 nicht+länger|nicht+mehr|nicht+weiter hinhalten|vertrösten|abspeisen',
    hit: 'Ich lasse mich nicht länger hinhalten.',
    miss: 'Ich lasse mich nicht länger bitten und komme mit.',
  },
  {
    // Vertrauen als Forderung: „Ich verlasse mich darauf, dass das bis Montag erledigt ist.“
    id: 'verlasse-mich-darauf-bis',
    // Auch „Ich zähle darauf / rechne damit, dass …“.
    pattern:
      '<self> @verlassen|@zählen|@rechnen (mich|uns) (fest) darauf|damit , dass|daß ~8 bis|spätestens|heute|sofort|umgehend',
    hit: 'Ich verlasse mich darauf, dass das bis Montag erledigt ist.',
    miss: 'Sie können sich darauf verlassen, dass das bis Montag erledigt ist.',
  },
  {
    id: 'gehe-davon-aus-zahlung-bis',
    pattern:
      'ich|wir gehe|gehen davon aus , dass|daß ~3 zahlung|betrag|rechnung|unterlagen|überweisung|restbetrag|ausgleich ~4 bis|spätestens|umgehend',
    hit: 'Wir gehen davon aus, dass der Restbetrag bis Freitag eingeht.',
    miss: 'Wir gehen davon aus, dass das Wetter bis Freitag hält.',
  },
  {
    // Schuld als Hebel: „… ist eine pünktliche Zahlung das Mindeste“.
    id: 'das-mindeste',
    pattern: 'ist|wäre ~4 das+mindeste|das+wenigste',
    unlessAfter: ['was', 'das'],
    hit: 'Nach all den Überstunden wäre eine pünktliche Zahlung das Mindeste.',
    miss: 'Das Mindeste, was wir tun können, ist ein Rabatt.',
  },
  {
    // Künstliche Eile: „Morgen könnte es schon zu spät sein.“
    id: 'koennte-zu-spaet-sein',
    pattern: 'morgen|übermorgen|nächste+woche|dann @können ~2 (schon|bereits) zu+spät',
    hit: 'Morgen könnte es schon zu spät sein.',
    miss: 'Morgen ist es nicht zu spät, keine Sorge.',
  },
  {
    id: 'dann-ist-schluss',
    pattern: 'dann|sonst|danach|andernfalls ist schluss|ende $',
    hit: 'Ihr habt genau eine Woche, dann ist Schluss.',
    miss: 'Um sechs ist Schluss, dann gehen wir essen.',
  },
  {
    // Die Leserin als Ursache der Härte: „Sie zwingen mich, …“, „andere Saiten aufziehen“.
    id: 'sie-zwingen-mich',
    pattern: '=Sie|du|ihr zwingen|zwingst|zwingt mich|uns',
    unlessAfter: ['zu', 'zum', 'zur'],
    hit: 'Sie zwingen mich, andere Saiten aufzuziehen.',
    miss: 'Sie zwingen mich zu nichts, keine Sorge.',
  },
  {
    id: 'andere-saiten',
    pattern: 'andere|härtere saiten ~1 @aufziehen|aufzuziehen',
    hit: 'Dann müssen wir andere Saiten aufziehen.',
    miss: 'Die Gitarre braucht neue Saiten.',
  },
  {
    // Ein Tausch ohne Verb: „keine Unterlagen, kein Termin“.
    id: 'keine-unterlagen-kein-termin',
    pattern:
      'keine|kein zahlung|anzahlung|unterlagen|unterschrift|geld|vertrag|freigabe|belege , kein|keine termin|termin|lieferung|leistung|montage|beratung|behandlung|einreichung|start',
    hit: 'Ab jetzt gilt: keine Unterlagen, kein Termin.',
    miss: 'Keine Sorge, kein Problem.',
  },
  {
    // Die Eskalation angekündigt, ohne Bedingung, über den Kopf der Leserin hinweg („an Ihren Vorgesetzten“);
    // an die eigene Leitung ist sie ein Dienst.
    id: 'ich-eskaliere-an',
    pattern: 'ich|wir eskaliere|eskalieren ~3 an <yours>',
    hit: 'Ich eskaliere das morgen an Ihren Vorgesetzten.',
    miss: 'Ich eskaliere das an meine Teamleitung, damit es schneller geht.',
  },
  {
    id: 'werde-an-eskalieren',
    pattern: 'ich|wir werde|werden ~3 an <yours> ~3 eskalieren',
    hit: 'Ich werde das an Ihre Geschäftsleitung eskalieren.',
    miss: 'Ich werde das an meine Teamleitung weitergeben.',
  },
  // Enttäuschung über das Verhalten der Leserin als Schuldhebel: "Da hätte ich mir mehr Verbindlichkeit gewünscht".
  {
    id: 'haette-mir-mehr-gewuenscht',
    pattern:
      'hätte|hätten (ich|wir) mir|uns ~0-2 (schon|doch|ehrlich+gesagt) (etwas|ein+bisschen|ein+wenig|deutlich|viel|schon) mehr ~0-1 verbindlichkeit|vorlauf|rücksicht|zuverlässigkeit|engagement|einsatz|sorgfalt|kommunikation|vorwarnung|respekt|wertschätzung|kooperation|entgegenkommen|transparenz|information|informationen|mitwirkung ~0-2 gewünscht|erwartet|erhofft',
    hit: 'Da hätte ich mir schon etwas mehr Vorlauf gewünscht.',
    miss: 'Ich hätte mir mehr Zeit auf der Messe mit Ihnen gewünscht.',
  },
  {
    // „Ich möchte nicht, dass Sie am Ende der Grund sind, warum …“: die Leserin vorab zur Schuldigen gemacht.
    id: 'nicht-dass-sie-der-grund-sind',
    pattern:
      'nicht , dass =Sie|du|ihr ~0-3 der+grund|schuld|die+ursache ~0-1 sind|seid|bist|sein|werden|wirst ~0-2 , dass|warum|wenn|weshalb|wieso',
    hit: 'Ich möchte nicht, dass Sie am Ende der Grund sind, warum die Broschüre ohne Preise in Druck geht.',
    miss: 'Ich möchte nicht, dass Sie am Ende ohne ein Exemplar der Broschüre dastehen.',
  },
  {
    id: 'vorstellen-in-welche-lage',
    pattern: `${WHO} ~0-1 (können|könnt|kannst) sich|dir|euch (sicher|bestimmt|sicherlich|wohl) vorstellen ~0-3 lage|situation|bringt`,
    hit: 'Sie können sich sicher vorstellen, in welche Lage mich das gegenüber dem Bauherrn bringt.',
    miss: 'Sie können sich sicher vorstellen, wie sehr wir uns über die Zusage freuen.',
  },
  {
    id: 'naechstes-mal-zweimal-ueberlegen',
    pattern:
      'gehe|gehen|erwarte|erwarten|hoffe|hoffen (davon+aus) (,) dass ~0-6 beim+nächsten+mal|künftig|in+zukunft|nächstes+mal ~0-3 zweimal|genauer|besser überlegen|überlegt|überlegst|aufpassen|aufpasst',
    hit: 'Ich hoffe, dass du dir beim nächsten Mal zweimal überlegst, ob du den Termin verschiebst.',
    miss: 'Ich hoffe, dass du beim nächsten Mal wieder mit uns feierst.',
  },

  // Die Formen der englischen Konstruktionen auf Deutsch (npm run translated -- en pressure).
  {
    id: 'rechtliche-schritte-folgen',
    pattern: 'rechtliche|gerichtliche|juristische schritte|konsequenzen|maßnahmen @folgen|@einleiten',
    hit: 'Es werden rechtliche Schritte folgen.',
    miss: 'Es werden die nächsten Schritte folgen.',
  },
  {
    id: 'verfahren-gegen-sie',
    pattern: 'gerichtliches|rechtliches verfahren|mahnverfahren|klage ~0-3 gegen <reader>|<yours>',
    hit: 'Wir bereiten ein gerichtliches Verfahren gegen Ihr Unternehmen vor.',
    miss: 'Wir unterstützen Sie im Verfahren gegen die Versicherung.',
  },
  {
    id: 'an-inkasso-uebergeben',
    pattern:
      'an ~0-1 ein|unser|unsere|das inkassobüro|inkassounternehmen|inkasso|anwälte|anwalt|anwältin|rechtsabteilung ~0-1 übergeben|abgeben|weiterleiten|weitergeben',
    hit: 'Ihr Fall wird dann an ein Inkassobüro übergeben.',
    miss: 'Ihr Fall wird dann an die Kollegin im Büro übergeben.',
  },
  {
    id: 'sehen-uns-gezwungen',
    pattern: 'sehen|sähen uns|mich (leider) gezwungen',
    hit: 'Wir sehen uns leider gezwungen, Verzugsgebühren zu berechnen.',
    miss: 'Wir sehen uns am Montag auf der Baustelle.',
  },
  {
    id: 'keine-andere-wahl-als',
    pattern: 'keine+andere+wahl|keine+andere+möglichkeit|keine+andere+option (,) als',
    hit: 'Uns bliebe keine andere Wahl, als den Auftrag zu stornieren.',
    miss: 'Wir haben keine andere Farbe als Weiß auf Lager.',
  },
  {
    id: 'letzte-gelegenheit',
    pattern: 'ihre|deine|eure|die letzte gelegenheit|möglichkeit|ein+letztes+mal+die+gelegenheit',
    hit: 'Das ist Ihre letzte Gelegenheit, das Konto auszugleichen.',
    miss: 'Das ist die erste Gelegenheit, das Haus zu besichtigen.',
  },
  {
    id: 'erledigen-sie-das-jetzt',
    pattern: '^erledigen =Sie das|es jetzt|sofort|umgehend|heute|bis',
    hit: 'Erledigen Sie das bis morgen.',
    miss: 'Erledigen Sie das, wann es Ihnen passt.',
  },
  {
    id: 'ich-frage-nicht-noch-einmal',
    pattern:
      'ich|wir frage|fragen|bitte|bitten|erinnere|erinnern (=Sie|dich|euch) nicht noch+einmal|nochmal|ein+weiteres+mal',
    hit: 'Ich frage nicht noch einmal.',
    miss: 'Ich frage noch einmal beim Hersteller nach.',
  },
  {
    id: 'offizielle-verwarnung',
    pattern:
      'betrachten =Sie dies|das|diese|diesen ~0-2 als offizielle|letzte|förmliche verwarnung|mahnung|abmahnung|warnung|ultimatum',
    hit: 'Betrachten Sie dies als offizielle Verwarnung.',
    miss: 'Betrachten Sie dies als offizielle Einladung zu unserem Fest.',
  },
  {
    id: 'keine-bitte-sondern-anweisung',
    pattern: 'keine bitte (,) sondern|das+ist eine anweisung|aufforderung|ansage',
    hit: 'Das ist keine Bitte, das ist eine Anweisung.',
    miss: 'Das ist keine große Sache, nur eine Bitte.',
  },
  {
    id: 'verstanden-frage',
    pattern: '^verstanden|ist+das+klar|haben+wir+uns+verstanden|habe+ich+mich+klar+ausgedrückt ?',
    hit: 'Ist das klar?',
    miss: 'Ist das Wetter klar, beginnen wir um acht.',
  },
  {
    id: 'haftbar-gemacht',
    pattern: 'werden =Sie|du|ihr ~0-4 haftbar|regresspflichtig gemacht',
    hit: 'Für alle weiteren Schäden werden Sie haftbar gemacht.',
    miss: 'Für alle weiteren Schäden kommen wir selbst auf.',
  },
  {
    id: 'haben-sie-selbst-zu-zahlen',
    pattern: 'haben|hast =Sie|du selbst zu zahlen|zu+tragen|zu+verantworten',
    hit: 'Jede Strafe, die das Finanzamt verhängt, haben Sie selbst zu zahlen.',
    miss: 'Jede Rechnung haben Sie selbst in der Hand, wir schicken sie vorab.',
  },
  {
    id: 'uneingeschraenkte-mitwirkung',
    pattern: 'erwarte|erwarten ~0-2 uneingeschränkte|volle|vollumfängliche mitwirkung|kooperation|mitarbeit',
    hit: 'Wir erwarten Ihre uneingeschränkte Mitwirkung.',
    miss: 'Wir erwarten Ihren Besuch am Montag.',
  },
  {
    id: 'sie-sollten-besser-zahlen',
    pattern:
      '=Sie|du sollten|solltest besser|lieber ~0-4 zahlen|überweisen|bezahlen|unterschreiben|liefern|schicken|antworten',
    hit: 'Sie sollten besser vor Monatsende zahlen.',
    miss: 'Sie sollten lieber den blauen Stoff nehmen, der hält länger.',
  },
  {
    id: 'erwarte-umgehende-erklaerung',
    pattern:
      'ich|wir erwarte|erwarten ~0-3 vollständige|umgehende|sofortige|lückenlose erklärung|antwort|stellungnahme|rückmeldung|bestätigung',
    hit: 'Ich erwarte bis Mittwochmittag eine vollständige Erklärung.',
    miss: 'Ich erwarte Ihre Antwort in aller Ruhe.',
  },
  {
    id: 'keine-weiteren-fristverlaengerungen',
    pattern:
      'wird|gibt keine weiteren|weitere|zusätzlichen|zusätzliche fristverlängerung|fristverlängerungen|verlängerung|verlängerungen|aufschub|aufschübe|ausnahme|ausnahmen|verschiebung|verschiebungen',
    hit: 'Es wird keine weiteren Fristverlängerungen geben.',
    miss: 'Es wird keine weiteren Kosten für Sie geben.',
  },
  {
    id: 'will-das-heute-erledigt-haben',
    pattern: 'ich|wir will|wollen|möchte das|es heute|sofort|jetzt|bis+morgen erledigt|gelöst|geklärt|unterschrieben',
    hit: 'Ich will das heute erledigt haben.',
    miss: 'Ich will das Fest heute genießen.',
  },
  {
    id: 'oder-lassen-sie-es-bleiben',
    pattern: 'oder lassen+=Sie|lass|lasst es|das (ganz) bleiben',
    hit: 'Schicken Sie es bis Freitag, oder lassen Sie es ganz bleiben.',
    miss: 'Schicken Sie es bis Freitag, oder lassen Sie es abholen.',
  },
  {
    id: 'werde-keine-weitere-erinnerung',
    pattern: 'ich|wir werde|werden keine weitere|weiteren erinnerung|erinnerungen|mahnung|mahnungen',
    hit: 'Ich werde keine weitere Erinnerung schicken.',
    miss: 'Ich werde eine weitere Erinnerung an alle schicken.',
  },
  {
    id: 'geduld-geht-zu-ende',
    pattern: 'meine|unsere geduld ~0-2 zu+ende|am+ende|erschöpft|auch $',
    hit: 'Die Zeit wird knapp, und meine Geduld auch.',
    miss: 'Unsere Geduld hat sich gelohnt, das Ergebnis ist toll.',
  },
  {
    id: 'nicht-abwimmeln-lassen',
    pattern: 'lasse|lassen mich|uns (nicht+noch+einmal|nicht+länger|nicht+weiter|nicht) abwimmeln|hinhalten|vertrösten',
    hit: 'Ich lasse mich nicht noch einmal abwimmeln.',
    miss: 'Ich lasse mich gern von Ihnen beraten.',
  },
  {
    id: 'an-vorgesetzten-eskalieren',
    pattern:
      'an <yours> ~0-1 vorgesetzten|chef|chefin|geschäftsführer|geschäftsführerin|geschäftsführung|vorstand ~0-2 eskalieren|herantragen|weitergeben',
    hit: 'Ich werde das gleich morgen früh an Ihren Vorgesetzten eskalieren.',
    miss: 'Ich werde das gleich morgen früh an Ihren Kollegen schicken.',
  },
  {
    id: 'ist-zwingend-erforderlich',
    pattern: '<yours> ~0-4 ist|sind zwingend erforderlich|notwendig|vorgeschrieben',
    hit: 'Ihre Teilnahme an der Besprechung ist zwingend erforderlich.',
    miss: 'Ihre Teilnahme an der Besprechung ist freiwillig.',
  },
  {
    id: 'zwingen-sie-mich-nicht',
    pattern: '^zwingen =Sie mich|uns nicht|zwing+mich+nicht',
    hit: 'Zwingen Sie mich nicht, Ihnen wegen der Unterschrift hinterherzulaufen.',
    miss: 'Zwingen können wir Sie zu nichts, entscheiden Sie in Ruhe.',
  },
  {
    id: 'ich-warne-sie',
    pattern: '^ich warne =Sie|dich|euch',
    hit: 'Ich warne Sie, der Preis wird steigen.',
    miss: 'Ich warne die Nachbarn vor dem Lärm am Montag.',
  },
  {
    id: 'kann-nicht-bis-warten',
    pattern: 'das|dies kann|darf nicht (länger|mehr) bis ~1-4 warten',
    hit: 'Das kann nicht bis nach den Feiertagen warten.',
    miss: 'Das kann bis nach den Feiertagen warten.',
  },
  {
    id: 'geht-schon-lange-genug-so',
    pattern: 'das geht (jetzt|nun) (schon) lange+genug|viel+zu+lange so',
    hit: 'Das geht jetzt schon lange genug so.',
    miss: 'Das geht jetzt schon schneller als gedacht.',
  },
  {
    id: 'kurz-davor-aufzugeben',
    pattern:
      'kurz davor|nahe+dran ~0-4 den+stecker+zu+ziehen|abzubrechen|aufzugeben|hinzuschmeißen|hinzuwerfen|zu+kündigen',
    hit: 'Ehrlich gesagt bin ich kurz davor, bei diesem Projekt den Stecker zu ziehen.',
    miss: 'Ehrlich gesagt bin ich kurz davor, vor Freude zu springen.',
  },
  {
    // „Ohne Ihre Unterschrift kein Gutachten.“: ohne Verb als Ansage; „Ohne Ihre Unterschrift können wir das Gutachten
    // nicht erstellen“ ist eine Auskunft.
    id: 'ohne-x-kein-y',
    pattern: '^ ohne ~1-3 kein|keine|keinen ~1 .|!',
    hit: 'Ohne Anzahlung kein Termin.',
    miss: 'Ohne Anzahlung können wir keinen Termin eintragen.',
  },
  {
    // „…, die sofort buchen würden“: andere, die zugreifen würden.
    id: 'andere-wuerden-zugreifen',
    pattern: `${RIVAL_COUNT} ~0-1 ${RIVALS} ~0-1 , die|der ~0-5 buchen|nehmen|zahlen|bezahlen|unterschreiben|kaufen|mieten|zuschlagen|zugreifen|übernehmen|einziehen|reservieren|zusagen würden|wollen|möchten`,
    note: RIVAL_NOTE,
    hit: 'Es gibt genug Interessenten, die die Wohnung morgen mieten würden.',
    miss: 'Es gibt genug Interessenten, die sich über ein Exposé freuen würden.',
  },
  {
    id: 'andere-wuerden-sofort',
    pattern: `${RIVAL_COUNT} ${RIVALS} würden|wären ~0-4 sofort|gleich|direkt|morgen|heute|ohne+zögern ~0-3 buchen|nehmen|zahlen|bezahlen|unterschreiben|kaufen|mieten|zuschlagen|zugreifen|übernehmen|froh|dankbar`,
    note: RIVAL_NOTE,
    hit: 'Andere Paare würden den Samstag sofort nehmen.',
    miss: 'Andere Paare würden gern wissen, wie Sie das Fest geplant haben.',
  },
  {
    id: 'andere-fragen-danach',
    pattern: `${RIVAL_COUNT} ${RIVALS} ~0-4 nach|für|um|wegen ~0-2 ${CONTESTED}|${MONTHS} ~0-3 @fragen|@anfragen|@interessieren|@erkundigen|@bewerben`,
    unlessLater: SHARED,
    note: RIVAL_NOTE,
    hit: 'Zwei weitere Familien haben sich schon nach dem Hochzeitstermin im August erkundigt.',
    miss: 'Zwei weitere Familien haben sich schon nach dem Problem mit der Heizung erkundigt.',
  },
  {
    id: 'andere-fragen-nach',
    pattern: `${RIVAL_COUNT} ${RIVALS} @fragen|@anfragen|@interessieren|@erkundigen|@melden (sich) (schon|bereits|auch|ebenfalls|laufend|ständig) nach|für|um|wegen ~0-2 ${CONTESTED}|${MONTHS}`,
    unlessLater: SHARED,
    note: RIVAL_NOTE,
    hit: 'Mehrere Paare fragen bereits nach dem Samstag im Mai.',
    miss: 'Mehrere Paare fragen bereits nach dem Problem mit der Akustik im Saal.',
  },
  {
    // „Für das Wochenende haben wir drei weitere Anfragen.“
    id: 'weitere-anfragen-fuer',
    pattern: `für|zu|nach ~0-2 ${CONTESTED}|${MONTHS} ~0-4 ${RIVAL_COUNT} ~0-1 anfragen|interessenten|interessentinnen|interessierte|bewerbungen|reservierungsanfragen`,
    note: RIVAL_NOTE,
    hit: 'Für den Juni-Termin liegen uns zwei weitere Anfragen vor.',
    miss: 'Für den Juni-Termin liegen uns alle Unterlagen vor.',
  },
  {
    id: 'weitere-anfragen-haben',
    pattern: `haben|habe|hatten|gibt|liegen ~0-3 ${RIVAL_COUNT} ~0-1 anfragen|interessenten|interessentinnen|interessierte|bewerbungen ~0-3 für|nach|zu ~0-2 ${CONTESTED}|${MONTHS}`,
    unlessLater: SHARED,
    note: RIVAL_NOTE,
    hit: 'Wir haben noch zwei weitere Anfragen für die Wohnung im Erdgeschoss.',
    miss: 'Wir haben noch zwei weitere Anfragen zu dem Problem mit dem Fenster.',
  },
  {
    id: 'andere-warten-darauf',
    pattern: `${RIVAL_COUNT} ${RIVALS} warten (auch|ebenfalls|schon|bereits) auf ~0-1 diesen|den|dieses|das|diese|die|einen|den+gleichen|denselben ${CONTESTED}`,
    note: RIVAL_NOTE,
    hit: 'Andere Kunden warten ebenfalls auf diesen Platz.',
    miss: 'Andere Kunden warten ebenfalls auf das Ersatzteil vom Hersteller.',
  },
  {
    // Eile auf die Entscheidung der Leserin: „Überlegen Sie nicht zu lange.“
    id: 'nicht-zu-lange-ueberlegen',
    pattern: '@überlegen|@nachdenken|@zögern|@abwägen|@grübeln ~0-3 nicht|besser+nicht zu|allzu lange',
    note: RIVAL_NOTE,
    hit: 'Überlegen Sie aber nicht zu lange.',
    miss: 'Überlegen Sie in Ruhe, das hat Zeit.',
  },
  {
    id: 'nicht-zu-lange-ueberlegen-vorn',
    pattern: 'nicht|besser+nicht zu|allzu lange @überlegen|@nachdenken|@zögern|@abwägen|@grübeln',
    note: RIVAL_NOTE,
    hit: 'Ihr solltet nicht zu lange überlegen.',
    miss: 'Ihr müsst nicht lange suchen, der Schlüssel liegt im Briefkasten.',
  },
  {
    id: 'an-ihrer-stelle-nicht-zoegern',
    pattern: 'an ihrer|deiner|eurer stelle ~0-3 nicht (lange|zu+lange) @zögern|@überlegen|@zaudern',
    // Not "warten": „Mit der Behandlung würde ich an Ihrer Stelle nicht zu lange warten“ is care.
    unlessLater: ['anzurufen', 'melden'],
    note: RIVAL_NOTE,
    hit: 'An Ihrer Stelle würde ich nicht lange zögern.',
    miss: 'An Ihrer Stelle würde ich nicht streichen, die Farbe hält noch.',
  },
  {
    id: 'wer-zu-lange-wartet',
    pattern: 'wer (zu) lange @warten|@zögern|@überlegen|@zaudern',
    note: RIVAL_NOTE,
    hit: 'Wer zu lange zögert, bekommt keinen Platz mehr.',
    miss: 'Wer lange an einem Projekt arbeitet, kennt das.',
  },
  {
    // Die Eile anderer als Maßstab: „Viele unserer Kunden haben schon im Januar unterschrieben.“
    id: 'viele-kunden-schon',
    pattern:
      'die+meisten|viele|fast+alle|nahezu+alle|die+allermeisten (unserer|meiner|der) kunden|kundinnen|mieter|eigentümer|paare|patienten|mandanten|käufer|mitglieder ~0-2 schon|bereits|längst|sofort|am+selben+tag|am+gleichen+tag|umgehend ~0-3 unterschrieben|gebucht|bezahlt|überwiesen|zugesagt|entschieden|unterzeichnet|bestellt|reserviert|verlängert|zahlen|überweisen|unterschreiben|buchen|bezahlen',
    note: RIVAL_NOTE,
    hit: 'Die meisten unserer Mieter haben längst verlängert.',
    miss: 'Die meisten unserer Mieter haben einen Stellplatz dazu gebucht.',
  },
  {
    // „Ausnahmen gibt es keine mehr.“: jede weitere Nachsicht ausgeschlossen.
    id: 'ausnahmen-gibt-es-keine',
    pattern: 'ausnahmen|nachsicht|kulanz gibt|machen es|wir keine (mehr)',
    hit: 'Ausnahmen gibt es keine mehr.',
    miss: 'Ausnahmen gibt es bei Krankheit natürlich immer.',
  },
  {
    // Das Gespräch für beendet erklärt: „Über eine Ratenzahlung reden wir nicht mehr.“, „Eine weitere Diskussion wird es nicht geben.“
    id: 'reden-wir-nicht-mehr',
    pattern:
      'darüber|über ~0-3 reden|diskutieren|verhandeln|sprechen <self> (jetzt|dann|ab+jetzt|auch) nicht+mehr|nicht+weiter|nicht+länger|kein+weiteres+mal',
    hit: 'Über einen weiteren Nachlass reden wir nicht mehr.',
    miss: 'Über den Nachlass reden wir nicht mehr am Telefon, sondern beim Termin vor Ort.',
    unlessLater: ['sondern', 'gern', 'gerne', 'persönlich', 'termin', 'treffen'],
  },
  {
    id: 'keine-weitere-diskussion',
    pattern:
      'eine|keine weitere|weiteren diskussion|diskussionen|verhandlung|verhandlungen|debatte ~0-3 wird|werde|gibt es|geben (es) (dann|darüber|hierüber) (auch) nicht|keine ~0-1 geben|mehr',
    hit: 'Eine weitere Diskussion darüber wird es nicht geben.',
    miss: 'Eine weitere Diskussion ist im Mai geplant.',
  },
  {
    // „das wird teuer für dich“: die Folge als Drohung an die Leserin.
    id: 'das-wird-teuer-fuer-sie',
    pattern: '@werden (das|es|dann) (richtig|sehr|ziemlich|dann|schnell) teuer für =Sie|dich|euch',
    hit: 'Verpasst du die Frist, wird das richtig teuer für dich.',
    miss: 'Der Umbau wird nicht teuer für Sie, versprochen.',
  },
  {
    // „… und das haben Sie dann zu verantworten“: die Schuld an den Folgen vorab zugewiesen.
    id: 'das-haben-sie-zu-verantworten',
    pattern: 'das|dies|dafür @haben <reader> ~0-2 zu+verantworten',
    hit: 'Der Termin platzt, und das hast du dann selbst zu verantworten.',
    miss: 'Das haben wir zu verantworten, bitte entschuldigen Sie.',
  },
  {
    // „Wir erwarten die unverzügliche Zusendung der Unterlagen“: Eile als Forderung im Nomen.
    id: 'erwarten-die-umgehende',
    pattern:
      '<self> @erwarten (daher|deshalb|nun|jetzt|also) die|eine|den|einen umgehende|umgehenden|unverzügliche|unverzüglichen|sofortige|sofortigen|schnellstmögliche|schnellstmöglichen',
    hit: 'Ich erwarte eine sofortige Korrektur der Abrechnung.',
    miss: 'Wir erwarten die sofortige Zusage der Stadt, dann geht es los.',
    unlessLater: ['stadt', 'behörde', 'amt', 'bank', 'versicherung', 'lieferant', 'hersteller'],
  },
  {
    // „Den offenen Betrag erwarte ich bis zum Monatsende“: was die Leserin schuldet, vorangestellt, mit Frist.
    id: 'betrag-erwarte-ich-bis',
    pattern:
      'betrag|restbetrag|zahlung|restzahlung|schlussrate|rate|ausgleich|überweisung|begleichung|summe|unterlagen|unterschrift|freigabe|stellungnahme @erwarten ich|wir (daher|deshalb|nun|jetzt|also) bis|spätestens|umgehend|sofort|unverzüglich|binnen|innerhalb',
    hit: 'Die zweite Rate erwarten wir spätestens am Freitag.',
    miss: 'Die Lieferung erwarten wir spätestens am Freitag.',
  },
  {
    // „Macht ihr so weiter, brauchen wir die Termine gar nicht mehr“: der Schreiber stellt die Zusammenarbeit in Frage.
    id: 'so-weiter-dann-sparen',
    pattern:
      'so+weiter|weiter+so|so+weitermachst|so+weitermacht|so+weitermachen|so+weitermachen ~1-8 sparen|beenden|abbrechen|aufhören|einstellen|nicht+mehr|lassen|begraben|vergessen|abhaken|einstampfen',
    hit: 'Wenn ihr so weitermacht, können wir den Vertrag auch beenden.',
    miss: 'Wenn ihr so weitermacht, seid ihr im Herbst fertig.',
  },
];
