import type { PhraseEntry } from '../types';

// Weichmacher, die die Botschaft verwischen (Prinzip 2: klar, wahr, ehrlich).

/** Verben einer Mitteilung: „ich wollte nur kurz Bescheid geben“ verschleiert keine Bitte. */
const NEWS_VERBS = [
  'melden',
  'bescheid',
  'informieren',
  'mitteilen',
  'zurückmelden',
  'danken',
  'bedanken',
  'berichten',
  'durchgeben',
  'sagen',
  'grüßen',
  'vorstellen',
];

export const hedging: readonly PhraseEntry[] = [
  // Gegenstücke zu englischen Einträgen, die übersetzt unerkannt blieben (translated-examples.jsonl):
  // die Bitte in eine Entschuldigung gewickelt, die eigene Sicht kleingemacht.
  {
    id: 'entschuldigen-sie-die-stoerung-aber',
    pattern:
      'entschuldigen|entschuldige|entschuldigt|verzeihen|verzeih|sorry (=Sie) (bitte) (für) die störung ~0-1 , aber',
    hit: 'Entschuldigen Sie die Störung, aber wo bleibt der Bericht?',
    miss: 'Entschuldigen Sie die Störung am Montag, der Techniker war zu laut.',
  },
  {
    id: 'stoere-nur-ungern-aber',
    pattern: 'störe|stören (sie|=Sie|dich|euch) (wirklich|nur|sehr) ungern , aber',
    hit: 'Ich störe nur ungern, aber die Zahlung ist noch offen.',
    miss: 'Ich störe Sie nicht, die Zahlung ist eingegangen.',
  },
  {
    id: 'will-nicht-draengen-aber',
    pattern:
      'will|möchte|wollte|wollen|möchten =Sie|dich|euch (ja) nicht drängen|drängeln|hetzen|nerven|stressen ~0-1 , aber',
    hit: 'Ich will Sie nicht drängen, aber wir brauchen diese Woche eine Antwort.',
    miss: 'Wir wollen Sie nicht drängen, nehmen Sie sich die Zeit, die Sie brauchen.',
  },
  {
    id: 'bin-kein-experte-aber',
    pattern:
      'bin|sind (ja) (zwar) kein|keine experte|expertin|experten|fachmann|fachfrau|profi|statiker|jurist|juristin ~0-1 , aber',
    hit: 'Ich bin kein Fachmann, aber der Träger sieht zu dünn aus.',
    miss: 'Ich bin kein Freund langer Mails, deshalb kurz: Der Träger ist bestellt.',
  },
  {
    id: 'meiner-bescheidenen-meinung',
    pattern: 'meiner|unserer bescheidenen meinung|ansicht|einschätzung',
    hit: 'Meiner bescheidenen Meinung nach wirkt das Blau besser.',
    miss: 'Meiner Meinung nach wirkt das Blau besser.',
  },
  {
    id: 'nur-meine-meinung',
    pattern:
      'das|es @sein (ja|aber) (nur|bloß|lediglich) meine|unsere bescheidene|persönliche|private meinung|ansicht|einschätzung',
    hit: 'Das Blau wirkt besser, aber das ist nur meine persönliche Meinung.',
    miss: 'Das Blau wirkt besser, und das ist auch die Meinung des Bauherrn.',
  },
  {
    id: 'verzeihen-sie-wenn-ich-kleinlich',
    pattern:
      'verzeihen|verzeih|verzeiht|entschuldigen|entschuldige (=Sie) (,) wenn|falls ich ~0-3 kleinlich|pedantisch|pingelig|penibel|umständlich (bin|wirke|erscheine)',
    hit: 'Verzeihen Sie, wenn ich kleinlich bin, aber das Logo sitzt etwas tief.',
    miss: 'Verzeihen Sie, wenn die Antwort etwas gedauert hat.',
  },
  {
    id: 'liege-ich-daneben-aber',
    pattern: 'liege|liegen ich|wir ~0-3 daneben|falsch ~0-1 , aber',
    hit: 'Vielleicht liege ich da völlig daneben, aber die Zahlen wirken hoch.',
    miss: 'Vielleicht liege ich am Montag im Büro, dann rufe ich an.',
  },
  {
    id: 'eigentlich-wollte-ich-nur-mal',
    pattern: 'eigentlich wollte|möchte ich ~1 nur mal+kurz|mal+eben|mal|kurz|eben',
    suggestions: ['ich möchte {1}'],
    hit: 'Eigentlich wollte ich nur mal fragen, ob alles passt.',
    miss: 'Ich möchte fragen, ob alles passt.',
  },
  {
    id: 'eigentlich-wollten-wir-nur-mal',
    pattern: 'eigentlich wollten|möchten wir ~1 nur mal+kurz|mal+eben|mal|kurz|eben',
    suggestions: ['wir möchten {1}'],
    hit: 'Eigentlich wollten wir Sie nur kurz informieren, dass sich der Termin verschiebt.',
    miss: 'Wir möchten Sie informieren, dass sich der Termin verschiebt.',
  },
  {
    id: 'ich-wollte-eigentlich-nur-mal',
    pattern: 'ich wollte|möchte ~1 eigentlich nur mal+kurz|mal+eben|mal|kurz|eben',
    suggestions: ['ich möchte {1}'],
    hit: 'Ich wollte eigentlich nur mal nachhören, wie weit die Pläne sind.',
    miss: 'Ich wollte eigentlich am Montag vorbeikommen, jetzt wird es Dienstag.',
  },
  {
    id: 'wir-wollten-eigentlich-nur-mal',
    pattern: 'wir wollten|möchten ~1 eigentlich nur mal+kurz|mal+eben|mal|kurz|eben',
    suggestions: ['wir möchten {1}'],
    hit: 'Wir wollten eigentlich nur kurz nachfragen, ob die Rechnung angekommen ist.',
    miss: 'Wir wollten eigentlich im Mai beginnen, jetzt wird es Juni.',
  },
  {
    id: 'wollte-nur-mal',
    pattern: 'wollte ~2 nur mal+kurz|mal+eben|mal|kurz|eben|ganz+kurz',
    suggestions: ['möchte {1}'],
    // News announced in passing ("ich wollte mich nur kurz melden") buries no ask.
    unlessAfter: NEWS_VERBS,
    hit: 'Ich wollte nur mal nachfragen, wie es aussieht.',
    miss: 'Ich wollte Ihnen nur kurz Bescheid geben: Die Unterlagen sind unterwegs.',
  },
  {
    id: 'wollten-nur-mal',
    pattern: 'wollten ~2 nur mal+kurz|mal+eben|mal|kurz|eben|ganz+kurz',
    suggestions: ['möchten {1}'],
    unlessAfter: NEWS_VERBS,
    hit: 'Wir wollten Sie nur kurz an den Termin am Freitag erinnern.',
    miss: 'Wir wollten Sie an den Termin am Freitag erinnern.',
  },
  {
    id: 'nur-ganz-kurz',
    pattern: 'nur ganz+kurz|mal+kurz|mal+ganz+kurz|eben+kurz|mal+eben+kurz|mal+eben|kurz+mal',
    suggestions: ['kurz'],
    unlessBefore: ['dauert', 'dauern', 'dauerte'],
    unlessAfter: ['geschlossen', 'geöffnet', 'weg', 'abwesend', 'unterbrochen'],
    hit: 'Darf ich Sie nur ganz kurz um Ihre Meinung bitten?',
    miss: 'Der Eingriff dauert nur ganz kurz und ist schmerzfrei.',
  },
  {
    id: 'vielleicht-eventuell',
    pattern:
      'vielleicht|eventuell|evtl|möglicherweise|womöglich (.) eventuell|evtl|vielleicht|möglicherweise|womöglich|irgendwie|irgendwann|unter+umständen|ggf|gegebenenfalls',
    suggestions: ['vielleicht'],
    hit: 'Wäre es vielleicht eventuell möglich, den Termin zu verschieben?',
    miss: 'Wäre es möglich, den Termin zu verschieben?',
  },
  {
    id: 'ich-wuerde-mal-sagen',
    pattern: 'ich würde (jetzt) (mal|einmal|fast|beinahe) sagen|behaupten|meinen|tippen',
    suggestions: ['ich finde'],
    hit: 'Ich würde mal sagen, das Angebot passt so.',
    miss: 'Ich finde, das Angebot passt so.',
  },
  {
    id: 'wuerde-ich-mal-sagen',
    pattern: 'würde ich (jetzt) (mal|einmal|fast|beinahe) sagen|behaupten|meinen|tippen',
    hit: 'Das Angebot passt so, würde ich mal sagen.',
    miss: 'Das würde ich so nicht sagen.',
  },
  {
    id: 'wenn-es-nicht-zu-viel-muehe-macht',
    pattern:
      'wenn|falls es|das ~2 nicht|kein|keine|keinen|keinerlei ~2 mühe|umstände|umstand|aufwand|arbeit|problem|mühen (macht|bereitet|ist|wäre|sind|machen|bereiten)',
    suggestions: ['wenn möglich'],
    hit: 'Könnten Sie mir, wenn es nicht zu viel Mühe macht, die Pläne schicken?',
    miss: 'Könnten Sie mir bis Freitag die Pläne schicken?',
  },
  {
    id: 'falls-es-ihnen-nichts-ausmacht',
    pattern: 'wenn|falls es|das =Ihnen|dir|euch (nichts|nicht) ausmacht|ausmachen+würde|ausmachte',
    suggestions: ['wenn möglich'],
    hit: 'Könnten wir, falls es Ihnen nichts ausmacht, schon um neun beginnen?',
    miss: 'Könnten wir schon um neun beginnen?',
  },
  {
    id: 'irgendwie',
    pattern: 'irgendwie',
    // „Wenn wir Ihnen irgendwie helfen können“: ein offenes Angebot, kein verwischter Punkt.
    unlessAfter: ['helfen', 'behilflich', 'unterstützen', 'entgegenkommen'],
    suggestions: [''],
    hit: 'Das Angebot passt irgendwie nicht.',
    miss: 'Das Angebot passt nicht zu unserem Budget.',
  },
  {
    id: 'irgendwann-melden',
    pattern:
      'ich|wir melde|melden|schicke|schicken|sende|senden|rufe|rufen|kümmere|kümmern|liefere|liefern|komme|kommen ~2 irgendwann',
    note: {
      de: '„Irgendwann“ lässt offen, wann etwas passiert. Nennen Sie einen Tag.',
      en: '"At some point" leaves the timing open. Name a day.',
    },
    hit: 'Ich melde mich irgendwann nächste Woche bei Ihnen.',
    miss: 'Ich melde mich am Dienstag bei Ihnen.',
  },
  {
    id: 'quasi-sozusagen',
    pattern: 'quasi|sozusagen|gewissermaßen|gewissermassen',
    suggestions: [''],
    hit: 'Das ist quasi schon fertig.',
    miss: 'Das ist schon fertig.',
  },
  {
    id: 'in-gewisser-weise',
    pattern: 'in gewisser weise|hinsicht|art+und+weise',
    suggestions: [''],
    hit: 'Der Entwurf ist in gewisser Weise noch nicht ganz rund.',
    miss: 'Der Entwurf ist in dieser Form noch nicht ganz rund.',
  },
  {
    id: 'ein-klein-wenig',
    pattern: 'ein klein|kleines wenig|bisschen',
    suggestions: [''],
    hit: 'Der Zeitplan ist ein klein wenig knapp.',
    miss: 'Der Zeitplan ist knapp, deshalb schlage ich zwei Wochen mehr vor.',
  },
  {
    id: 'so-ein-bisschen',
    pattern: 'so ein bisschen|wenig',
    suggestions: [''],
    hit: 'Das Budget ist so ein bisschen überschritten.',
    miss: 'Das Budget ist um 800 Euro überschritten.',
  },
  {
    id: 'ich-denke-mal',
    pattern: 'ich denke mal',
    suggestions: ['ich denke'],
    hit: 'Ich denke mal, das klappt bis Freitag.',
    miss: 'Ich denke, das klappt bis Freitag.',
  },
  {
    id: 'ich-glaube-mal',
    pattern: 'ich glaube mal',
    suggestions: ['ich glaube'],
    hit: 'Ich glaube mal, dass die Genehmigung bald kommt.',
    miss: 'Ich glaube, dass die Genehmigung im Mai kommt.',
  },
  {
    id: 'ich-schaetze-mal',
    pattern: 'ich schätze|vermute mal',
    suggestions: ['ich schätze'],
    hit: 'Ich schätze mal, es wird etwas teurer.',
    miss: 'Ich schätze Ihre Offenheit sehr.',
  },
  {
    id: 'denke-ich-mal',
    pattern: 'denke|glaube|schätze|vermute|meine ich mal',
    hit: 'Das klappt bis Freitag, denke ich mal.',
    miss: 'Das klappt bis Freitag, das verspreche ich Ihnen.',
  },
  {
    id: 'nicht-so-ganz',
    pattern: 'nicht so ganz|richtig',
    suggestions: ['nicht'],
    hit: 'Der Entwurf gefällt uns nicht so ganz.',
    miss: 'Der Entwurf gefällt uns so noch nicht.',
  },
  {
    id: 'eher-nicht',
    pattern: 'eher nicht',
    suggestions: ['nicht'],
    hit: 'Einen Termin im August können wir eher nicht anbieten.',
    miss: 'Einen Termin im August können wir leider nicht anbieten.',
  },
  {
    id: 'eigentlich-nicht',
    pattern: 'geht|gehen|passt|passen|klappt|klappen|funktioniert|können|kann|dürfen|darf|lässt eigentlich nicht',
    unlessAfter: ['nur', 'mehr'],
    note: {
      de: '„Eigentlich nicht“ klingt wie ein Nein, das keines sein will. Sagen Sie klar Nein – oder was doch geht.',
      en: '"Not really" sounds like a no that won\'t commit. Say no clearly, or what does work.',
    },
    hit: 'Das geht eigentlich nicht.',
    miss: 'Das war eigentlich nicht geplant, passt aber gut.',
  },
  {
    id: 'eigentlich-schon',
    pattern: '^eigentlich|grundsätzlich|prinzipiell schon|ja $',
    note: {
      de: '„Eigentlich schon“ lässt offen, ob es ein Ja ist. Sagen Sie Ja – oder woran es hängt.',
      en: '"Actually, yes" leaves open whether it is a yes. Say yes, or what it depends on.',
    },
    hit: 'Eigentlich schon.',
    miss: 'Ja, das passt.',
  },
  {
    id: 'ich-weiss-nicht-ob-vielleicht',
    pattern:
      'ich+weiß+nicht|ich+weiss+nicht|keine+ahnung|ich+bin+mir+nicht|ich+bin+unsicher (so) (recht|genau|ganz) (sicher) (,) ob ~8 vielleicht|eventuell|evtl|irgendwie|möglicherweise|womöglich|unter+umständen|gegebenenfalls',
    hit: 'Ich weiß nicht, ob Sie vielleicht am Montag Zeit hätten.',
    miss: 'Haben Sie am Montag Zeit?',
  },
  {
    id: 'ich-frage-mich-ob-vielleicht',
    pattern:
      'ich|wir frage|fragen|fragte|fragten mich|uns (gerade) (,) ob ~6 vielleicht|eventuell|evtl|irgendwie|möglicherweise',
    hit: 'Ich frage mich, ob Sie vielleicht noch einen Termin frei hätten.',
    miss: 'Hätten Sie noch einen Termin frei?',
  },
  {
    id: 'ich-habe-mich-gefragt-ob',
    pattern: 'ich|wir habe|hatte|haben|hatten mich|uns (gerade) gefragt (,) ob',
    note: {
      de: 'Die Bitte versteckt sich in einem Nebensatz. Fragen Sie direkt.',
      en: 'The request hides in a subordinate clause. Ask directly.',
    },
    hit: 'Ich habe mich gefragt, ob Sie am Donnerstag Zeit haben.',
    miss: 'Haben Sie am Donnerstag Zeit?',
  },
  {
    id: 'ich-haette-da-mal',
    pattern: 'ich hätte da (nur) mal|so|nur',
    suggestions: ['ich habe'],
    hit: 'Ich hätte da mal eine Frage zur Rechnung.',
    miss: 'Ich habe eine Frage zur Rechnung.',
  },
  {
    id: 'wir-haetten-da-mal',
    pattern: 'wir hätten da (nur) mal|so|nur',
    suggestions: ['wir haben'],
    hit: 'Wir hätten da mal eine Bitte an Sie.',
    miss: 'Wir haben eine Bitte an Sie.',
  },
  {
    id: 'wenn-ich-nerve',
    pattern: 'wenn|dass|falls ich|wir ~5 @nerven|@belästigen|@behelligen|@löchern',
    note: {
      de: 'Sie müssen sich für Ihr Anliegen nicht entschuldigen. Sagen Sie einfach, worum es geht.',
      en: 'No need to apologise for asking. Just say what you need.',
    },
    hit: 'Entschuldigen Sie, wenn ich Sie schon wieder nerve, aber die Pläne fehlen noch.',
    miss: 'Uns fehlen noch die Pläne – könnten Sie die bis Freitag schicken?',
  },
  {
    // Sorry for asking at all: the apology comes before the request and shrinks it.
    id: 'verzeihen-sie-dass-ich-frage',
    pattern:
      'entschuldigen|entschuldige|entschuldigt|verzeihen|verzeih|verzeiht|sorry ~3 dass|wenn ich|wir ~4 @fragen|@nachfragen|@nachhaken|@anfragen|@bitten|@aufhalten',
    note: {
      de: 'Sie müssen sich für Ihr Anliegen nicht entschuldigen. Sagen Sie einfach, worum es geht.',
      en: 'No need to apologise for asking. Just say what you need.',
    },
    hit: 'Verzeihen Sie, dass ich noch einmal nachfrage: Liegt die Baugenehmigung schon vor?',
    miss: 'Entschuldigen Sie, dass ich mich erst heute melde: Die Baugenehmigung liegt vor.',
  },
  {
    id: 'ich-trau-mich-kaum',
    pattern: 'ich trau|traue|getraue mich ~3 fragen|sagen|anzusprechen|ansprechen|nachzufragen|schreiben',
    hit: 'Ich trau mich kaum zu fragen, aber ist die Rechnung schon raus?',
    miss: 'Ich traue mich wieder, ohne Schiene zu gehen.',
  },
  {
    id: 'es-ist-mir-unangenehm',
    pattern:
      'mir ~3 unangenehm|peinlich (,) ~2 anzusprechen|anzumerken|nachzufragen|zu+fragen|zu+sagen|zu+erwähnen|zu+schreiben|anzufragen|zu+erinnern',
    hit: 'Es ist mir etwas unangenehm, das anzusprechen, aber die Anzahlung fehlt noch.',
    miss: 'Es ist mir unangenehm, dass die Lieferung zu spät kam, und das tut mir leid.',
  },
  {
    id: 'hoffentlich-nicht-unverschaemt',
    pattern:
      'hoffe|hoffentlich ~4 nicht (zu|so|allzu) unverschämt|unhöflich|aufdringlich|vermessen|dreist|anmaßend|frech|zu+viel+verlangt|viel+verlangt',
    hit: 'Ich hoffe, es ist nicht zu unverschämt, wenn ich um einen Rabatt bitte.',
    miss: 'Ich hoffe, die Anzahlung ist gut angekommen.',
  },
  {
    id: 'nehmen-sie-es-mir-nicht-uebel',
    pattern: '@nehmen ~2 mir|uns ~2 nicht übel|krumm',
    hit: 'Ich hoffe, Sie nehmen mir das nicht übel, aber der Termin war eigentlich fest gebucht.',
    miss: 'Wir nehmen Ihnen das überhaupt nicht übel.',
  },
  {
    id: 'nicht-zu-nahe-treten',
    pattern: 'zu nahe (zu) treten|getreten|trete|treten',
    hit: 'Ohne Ihnen zu nahe treten zu wollen: Die Zahlen wirken sehr optimistisch.',
    miss: 'Treten Sie bitte nicht zu nah an die Absperrung.',
  },
  {
    id: 'ich-will-nicht-reinreden',
    pattern: 'nicht ~1 reinreden|dreinreden|hineinreden|reinquatschen|reinfunken',
    hit: 'Ich will dir da wirklich nicht reinreden, aber der Preis ist zu niedrig.',
    miss: 'Die Entscheidung über den Preis liegt bei dir.',
  },
  {
    id: 'klingt-vielleicht-bloed',
    pattern:
      'vielleicht|eventuell|mag|mögen|könnte blöd|komisch|seltsam|dumm|doof|albern|kleinlich|pingelig|merkwürdig|banal|spießig klingen|klingt|vorkommen|vorkommt|erscheinen|erscheint',
    hit: 'Eine Frage, die Ihnen vielleicht seltsam vorkommt: Brauchen Sie den Keller überhaupt?',
    miss: 'Das Geräusch der Pumpe klingt komisch, wir schauen sie uns morgen an.',
  },
  {
    id: 'klingt-jetzt-vielleicht-bloed',
    pattern:
      'klingt|klingen (jetzt) vielleicht|eventuell|bestimmt|wahrscheinlich|sicher blöd|komisch|seltsam|dumm|doof|albern|kleinlich|pingelig|banal|spießig',
    hit: 'Klingt jetzt vielleicht kleinlich, aber die Rechnung enthält zwei Posten doppelt.',
    miss: 'Klingt gar nicht dumm, das probieren wir aus!',
  },
  {
    id: 'dumme-frage',
    pattern:
      'vielleicht|wahrscheinlich|bestimmt|sicher|wohl|eventuell eine|ne dumme|blöde|doofe|naive|laienhafte frage',
    hit: 'Das ist jetzt vielleicht eine dumme Frage, aber gilt das Angebot noch?',
    miss: 'Das ist eine gute Frage, die Antwort steht im Angebot.',
  },
  {
    // The request taken back in the same breath: "muss aber nicht", "nur wenn Sie mögen".
    id: 'muss-aber-nicht',
    pattern: 'muss|müsst|musst aber|auch nicht (sein) ,|.|:|!|;',
    hit: 'Wir könnten die Besprechung vorziehen, muss aber nicht.',
    miss: 'Das muss aber nicht teuer werden: Wir nehmen die vorhandenen Fliesen.',
  },
  {
    id: 'nur-ein-vorschlag',
    pattern: 'ist|war (aber|natürlich|selbstverständlich) nur|bloß|lediglich ein|eine vorschlag|idee|gedanke|anregung',
    hit: 'Ist aber wirklich nur ein Vorschlag.',
    miss: 'Der Vorschlag ist, die Küche nach Süden zu legen.',
  },
  {
    id: 'nicht-schlimm-wenn-nicht',
    pattern: 'nicht schlimm|tragisch|wild|dramatisch , wenn|falls nicht|es+nicht+geht|es+nicht+passt',
    hit: 'Ist auch gar nicht schlimm, wenn nicht.',
    miss: 'Das ist nicht schlimm, der Kratzer lässt sich polieren.',
  },
  {
    id: 'kein-problem-wenn-nicht',
    pattern: 'kein|keine problem|stress|thema|sorge|sorgen|drama , wenn|falls nicht|es+nicht+geht|es+nicht+passt',
    hit: 'Könnten Sie die Belege bis Freitag schicken? Kein Problem, wenn nicht.',
    miss: 'Kein Problem, wir verschieben den Termin auf Dienstag.',
  },
  {
    id: 'nur-wenn-sie-moegen',
    // At the end, after the ask; before a main clause it sets the terms of an invitation.
    pattern:
      'nur (,) wenn|falls =Sie|du|ihr (irgendwie) @mögen|lust|zeit (haben|hast|habt) (,) (natürlich|klar|gerne|gern) $',
    hit: 'Schreiben Sie uns eine Bewertung? Nur wenn Sie mögen, natürlich.',
    miss: 'Nur wenn Sie Zeit haben, kommen Sie gern vorbei.',
  },
  {
    // The writer judging their own message before the reader can: "falls das jetzt doof rüberkommt".
    id: 'falls-das-doof-klingt',
    pattern:
      'falls|wenn|hoffentlich|hoffe+, das|es (jetzt) (nicht) (etwas|ein+bisschen|zu|so) doof|blöd|dumm|übertrieben|kleinlich|pingelig|aufdringlich|unverschämt|frech|dreist|penetrant|anmaßend|besserwisserisch',
    hit: 'Tut mir leid, falls das jetzt doof rüberkommt, aber wir brauchen die Texte.',
    miss: 'Falls das Wetter doof ist, verschieben wir den Termin.',
  },
  {
    id: 'ohne-pingelig-sein-zu-wollen',
    pattern:
      'ohne ~2 pingelig|kleinlich|aufdringlich|besserwisserisch|oberlehrerhaft|penetrant|lästig|unhöflich (sein|wirken|erscheinen) zu wollen',
    hit: 'Ohne jetzt pingelig sein zu wollen: Auf Seite zwei fehlt ein Komma.',
    miss: 'Ohne Ihre Unterschrift können wir nicht beginnen.',
  },
  {
    id: 'ich-moechte-nicht-aufdringlich-wirken',
    pattern:
      '@wollen|@mögen ~2 nicht (zu) pingelig|kleinlich|aufdringlich|besserwisserisch|penetrant|lästig|unhöflich|drängelig (sein|wirken|erscheinen|rüberkommen)',
    hit: 'Ich möchte nicht aufdringlich wirken, aber die Rate ist fällig.',
    miss: 'Die Farbe soll nicht aufdringlich wirken.',
  },
  {
    id: 'traut-man-sich-kaum',
    pattern: '@trauen|@getrauen ~4 zu fragen|sagen|schreiben|bitten|anzusprechen|nachzufragen|erwähnen',
    hit: 'Eine Bitte hätten wir, traut man sich ja kaum zu sagen.',
    miss: 'Trauen Sie sich ruhig, die Übungen zu steigern.',
  },
  {
    // The ask dropped again in the next breath: "falls das zu kompliziert ist, vergesst es".
    id: 'falls-nicht-vergessen-sie-es',
    pattern: 'falls|wenn ~5 , vergiss|vergesst|vergessen|ignorier|ignoriert|ignorieren (=Sie) es|das (einfach)',
    hit: 'Falls das zu kompliziert ist, vergesst es einfach.',
    miss: 'Falls Sie Fragen haben, rufen Sie mich an.',
  },
  {
    id: 'nur-wenn-es-sich-einrichten-laesst',
    pattern: 'nur (,) wenn|falls es|das sich (irgendwie) einrichten|machen|ermöglichen lässt',
    hit: 'Könnten Sie schon um acht da sein? Nur wenn es sich einrichten lässt.',
    miss: 'Wir kommen um acht, wenn es sich einrichten lässt, sonst um neun.',
  },
  {
    id: 'kann-auch-danebenliegen',
    pattern:
      'kann|könnte|mag (aber) (auch) (total|völlig|komplett|ganz) danebenliegen|falschliegen|daneben+liegen|falsch+liegen',
    hit: 'Kann aber auch total danebenliegen.',
    miss: 'Die Schätzung kann um zehn Prozent abweichen.',
  },
  {
    id: 'falls-ich-etwas-verwechsle',
    pattern: 'falls|wenn|sofern ich (da|hier) (etwas|was) @durcheinanderbringen|@verwechseln|@übersehen|@missverstehen',
    hit: 'Sagen Sie Bescheid, falls ich da etwas durcheinanderbringe.',
    miss: 'Sagen Sie Bescheid, wenn ich die Pläne schicken soll.',
  },
  {
    // Doubting oneself before saying it: the reader no longer knows what stands.
    id: 'falls-ich-mich-irre',
    pattern: 'falls|wenn ich mich (da|hier|jetzt) irre|täusche|vertue|verrechnet+habe',
    hit: 'Falls ich mich irre, sagen Sie es mir: Die Rechnung scheint noch offen.',
    miss: 'Falls Sie die Rechnung schon bezahlt haben, danke ich Ihnen.',
  },
  {
    id: 'oder-taeusche-ich-mich',
    pattern: 'oder irre|täusche ich mich|uns',
    hit: 'Die Oktoberrechnung ist noch offen, oder täusche ich mich?',
    miss: 'Die Oktoberrechnung ist noch offen, oder haben Sie sie schon überwiesen?',
  },
  {
    id: 'ich-kann-mich-irren',
    pattern: 'ich|wir kann|könnte|können|könnten mich|uns (natürlich|selbstverständlich) irren|täuschen|vertun',
    hit: 'Ich kann mich natürlich auch irren, aber das Dach wirkt zu flach.',
    miss: 'Darauf können Sie sich verlassen.',
  },
  {
    id: 'sehe-ich-das-falsch',
    pattern: 'vielleicht|möglicherweise|eventuell sehe|verstehe ich das|es|da ~1 falsch',
    hit: 'Vielleicht sehe ich das auch falsch, aber die Kalkulation wirkt knapp.',
    miss: 'Ich sehe das genauso, die Kalkulation ist knapp.',
  },
  {
    id: 'korrigieren-sie-mich',
    pattern: 'korrigieren|korrigiere|korrigier|korrigiert (=Sie) mich|uns (gern|gerne) , wenn|falls',
    hit: 'Korrigieren Sie mich, wenn ich falsch liege, aber der Vertrag endet im Mai.',
    miss: 'Korrigieren Sie bitte die Adresse auf der Rechnung.',
  },
  {
    id: 'nur-so-eine-idee',
    pattern:
      'nur so eine|ne|ein|als (kleine|spontane) idee|überlegung|frage|anregung|gedanke|bauchgefühl|eindruck|impuls',
    hit: 'Wir könnten die Küche nach Süden legen, nur so eine Idee.',
    miss: 'Wir könnten die Küche nach Süden legen, was halten Sie davon?',
  },
  {
    id: 'ich-will-ja-nicht-draengeln',
    pattern:
      'ich|wir will|möchte|wollen|möchten ja ~1 nicht drängeln|drängen|nerven|unverschämt|unhöflich|aufdringlich|lästig (sein|werden|erscheinen|wirken)',
    hit: 'Ich will ja nicht drängeln, aber die Frist läuft morgen ab.',
    miss: 'Die Frist läuft morgen ab, bitte schicken Sie mir die Unterlagen bis heute Abend.',
  },
  {
    id: 'ich-weiss-ja-nicht',
    pattern: 'ich weiß|weiss ja nicht',
    hit: 'Ich weiß ja nicht, ob Sie meine Mail bekommen haben.',
    miss: 'Ich weiß nicht, ob die Lieferung heute kommt, und melde mich, sobald ich es weiß.',
  },
  {
    id: 'suboptimal',
    pattern: 'suboptimal|nicht+ganz+optimal|nicht+so+optimal|nicht+optimal+gelaufen',
    note: {
      de: 'Eine Beschönigung verwischt das Problem. Sagen Sie, was genau nicht stimmt.',
      en: 'A euphemism blurs the problem. Say what exactly is wrong.',
    },
    hit: 'Die Abstimmung mit dem Bauamt war suboptimal.',
    miss: 'Die Abstimmung mit dem Bauamt hat zwei Wochen länger gedauert als geplant.',
  },
  {
    id: 'im-grunde-genommen',
    pattern: 'im grunde genommen',
    suggestions: [''],
    hit: 'Das Projekt ist im Grunde genommen abgeschlossen.',
    miss: 'Das Projekt ist abgeschlossen.',
  },
  {
    id: 'mehr-oder-weniger',
    pattern: 'mehr oder weniger|minder',
    suggestions: [''],
    hit: 'Die Pläne sind mehr oder weniger fertig.',
    miss: 'Die Pläne sind fertig, nur der Schnitt fehlt noch.',
  },
  {
    id: 'ein-stueck-weit',
    pattern: 'ein stück weit',
    suggestions: [''],
    hit: 'Ihre Kritik ist ein Stück weit nachvollziehbar.',
    miss: 'Ihre Kritik ist nachvollziehbar.',
  },
  {
    id: 'das-duerfte-schwierig-werden',
    pattern:
      'das|dies wird|wäre|dürfte|könnte (leider) (eher|etwas|ein+bisschen|ziemlich|wohl) schwierig|problematisch|eng (werden)',
    note: {
      de: '„Schwierig“ ist oft ein verstecktes Nein. Sagen Sie klar, ob es geht, und was stattdessen möglich ist.',
      en: '"Difficult" is often a hidden no. Say clearly whether it works and what is possible instead.',
    },
    hit: 'Das dürfte schwierig werden.',
    miss: 'Das ist leider nicht möglich, aber am Montag hätte ich Zeit.',
  },
  {
    id: 'mal-sehen',
    pattern: '^mal sehen|schauen|gucken ,|.|!|:',
    note: {
      de: '„Mal sehen“ sagt nicht, was als Nächstes passiert. Nennen Sie den nächsten Schritt und einen Tag.',
      en: '"We\'ll see" does not say what happens next. Name the next step and a day.',
    },
    hit: 'Mal sehen, ob sich das noch einrichten lässt.',
    miss: 'Ich prüfe, ob sich das einrichten lässt, und melde mich bis Donnerstag.',
  },

  {
    id: 'wie-soll-ich-sagen',
    pattern: 'wie soll+ich|ich (es|das) (am+besten) sagen|ausdrücken|formulieren|ansprechen (soll)',
    hit: 'Der Entwurf ist, wie soll ich sagen, noch nicht ganz das, was wir wollten.',
    miss: 'Der Entwurf trifft noch nicht, was wir wollten: Die Fassade wirkt zu dunkel.',
  },
  {
    id: 'sag-ich-mal',
    pattern: 'sag|sage|sagen ich|wir mal',
    unlessAfter: ['danke', 'dankeschön', 'vielen', 'herzlichen', 'tschüss', 'bescheid', 'hallo'],
    hit: 'Das ist, sag ich mal, nicht ganz optimal gelaufen.',
    miss: 'Das ist nicht gut gelaufen, und das tut mir leid.',
  },
  {
    id: 'ich-sag-mal-so',
    pattern: "ich sag|sage|sag's|sags (es) mal so",
    hit: 'Ich sag mal so: Der Termin ist sportlich.',
    miss: 'Ich sage es offen: Der Termin ist zu knapp.',
  },
  {
    id: 'oder-so',
    pattern: 'oder so|sowas|so+was|so+ähnlich $',
    suggestions: [''],
    hit: 'Wir könnten uns am Dienstag treffen oder so.',
    miss: 'Wir könnten uns am Dienstag treffen oder am Mittwoch.',
  },
];
