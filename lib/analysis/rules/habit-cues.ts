// What habit-about-reader.ts looks for (principle 1: one occasion, not a rule
// about the person). Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

/** How often, said so it can only mean "every time": enough on its own beside the reader. */
export const HABIT_WORDS: FrameBook = {
  de: [
    {
      id: 'staendig',
      pattern:
        'ständig|dauernd|andauernd|permanent|fortwährend|jedes+mal|jedesmal|bei+jeder+gelegenheit|immer+wieder|schon+wieder|wieder+einmal|und+wieder|abermals|grundsätzlich|notorisch|chronisch|ausnahmslos|beharrlich|gewohnheitsmäßig|die+ganze+zeit|jedes+einzelne+mal|zum+x-ten+mal|zum+xten+mal|zum+zigsten+mal|das+x-te+mal|woche+für+woche|monat+für+monat|jahr+für+jahr|tag+für+tag|mal+für+mal|ohne+ausnahme|jedes+mal+aufs+neue|mit+schöner+regelmäßigkeit|mit+großer+regelmäßigkeit|mit+steter+regelmäßigkeit|wie+bei+=Ihnen+üblich|wie+bei+dir+üblich|wie+bei+euch+üblich|nicht+ein+einziger|nicht+eine+einzige|nicht+einer|nie+jemand|niemals+jemand|nie+einer|an+der+tagesordnung|gang+und+gäbe|eher+die+regel|nicht+die+ausnahme',
      hit: 'Die Anlage piept ständig.',
      miss: 'Die Anlage piept.',
    },
    {
      // Not "beim nächsten Mal wieder": the next occasion, no habit.
      id: 'mal-wieder',
      pattern: 'mal+wieder',
      unlessBefore: ['nächsten', 'nächste', 'nächstes', 'übernächsten', 'kommenden', 'ersten'],
      hit: 'Die Anlage piept mal wieder.',
      miss: 'Beim nächsten Mal wieder gern mit Anhang.',
    },
    {
      // "machst du eh nie", "Sie melden sich sowieso erst, wenn …": the particle says it is no surprise any more.
      // Not "sowieso erst ab Montag": a plan, no habit.
      id: 'sowieso-nie',
      pattern: 'sowieso|ohnehin|eh nie|niemals|immer|jedes+mal|ständig|erst+,+wenn|erst+wenn|erst+dann|erst+nach',
      hit: 'Der Hausmeister kommt eh nie vor zehn.',
      miss: 'Der Hausmeister kommt eh am Montag.',
    },
    {
      // "Ihre IT spielt die Updates prinzipiell nicht ein": as strong as "grundsätzlich", but not "in principle"
      // ("prinzipiell in Ordnung", "prinzipiell möglich", "Sie haben prinzipiell recht").
      id: 'prinzipiell',
      pattern: 'prinzipiell',
      unlessAfter: [
        'ordnung',
        'gut',
        'gutem',
        'guter',
        'gutes',
        'möglich',
        'machbar',
        'denkbar',
        'richtig',
        'recht',
        'einverstanden',
        'ja',
        'okay',
        'ok',
        'kein',
        'keine',
        'auch',
        'gern',
        'gerne',
        'sinnvoll',
        'geeignet',
      ],
      hit: 'Die Hausverwaltung beantwortet unsere Anfragen prinzipiell nicht.',
      miss: 'Die Anlage ist prinzipiell in gutem Zustand.',
    },
    {
      // "Du machst die Übungen nur, wenn du gerade Lust hast": the reader's mood as the only rule.
      id: 'nur-wenn-lust',
      pattern: 'nur|immer+nur (dann) (,) wenn ~1-4 gerade ~0-3 lust|laune|danach|der+sinn+danach',
      hit: 'Der Kunde zahlt immer nur, wenn er gerade Lust hat.',
      miss: 'Der Kunde ruft an, wenn er Lust hat.',
    },
    {
      // "Sie melden sich nur, wenn etwas schiefgeht": contact only under pressure, as a rule.
      id: 'melden-erst-wenn',
      pattern: '@melden|@reagieren|@antworten|@zurückrufen ~2 erst|nur (,) wenn',
      hit: 'Der Vermieter meldet sich nur, wenn etwas schiefgeht.',
      miss: 'Der Vermieter meldet sich, wenn etwas schiefgeht.',
    },
    {
      id: 'noch-nie',
      pattern:
        'noch+nie|noch+kein+einziges+mal|kein+einziges+mal|nicht+ein+einziges+mal|keine+einzige|keinen+einzigen|keinem+einzigen|keiner+einzigen|kein+einziger|nicht+einmal+eine',
      hit: 'Das ist noch nie vorgekommen.',
      miss: 'Das ist schon vorgekommen.',
    },
  ],
  en: [
    {
      id: 'constantly',
      pattern:
        'constantly|continually|continuously|repeatedly|over+and+over|again+and+again|on+principle|as+a+matter+of+principle|routinely|invariably|perpetually|habitually|chronically|persistently|notoriously|yet+again|time+and+again|time+after+time|every+single+time|for+the+umpteenth+time|for+the+nth+time|the+umpteenth+time|week+after+week|month+after+month|year+after+year|day+after+day|every+other+week|every+other+day|every+other+month|every+second+week|week+in+week+out|day+in+day+out|month+in+month+out|without+exception|with+remarkable+regularity|with+clockwork+regularity|as+is+usual|as+is+typical|typical+of+you|not+one+of|not+a+single+one|at+every+single|on+every+single|in+every+single|with+every+single|same+old|par+for+the+course|the+rule+rather+than|the+rule+and+not|the+norm+rather+than|more+the+rule+than',
      hit: 'The alarm goes off constantly.',
      miss: 'The alarm goes off at noon.',
    },
    {
      // "You keep sending the invoices to my old address": the repetition is the charge.
      id: 'keep-doing',
      pattern:
        'keep|keeps|kept (on) sending|asking|changing|forgetting|missing|cancelling|canceling|moving|rescheduling|ignoring|calling|ringing|texting|emailing|adding|postponing|interrupting|forwarding|losing|skipping|pushing|booking|coming+back|bringing+up|turning+up|showing+up|paying|submitting|leaving',
      hit: 'The printer keeps sending the files to the old address.',
      miss: 'The printer sent the files to the old address.',
    },
    {
      // Any other "-ing" word after "keep" (habit-about-reader.ts checks the ending): "keeps handing out his password".
      id: 'keep-ing',
      pattern: 'keep|keeps|kept',
      hit: 'The caretaker keeps handing out the master key.',
      miss: 'The caretaker handed out the master key.',
    },
    {
      id: 'all-the-time',
      pattern: 'all the time',
      // "Take all the time you need" is an offer.
      unlessAfter: ['you', 'we', 'i', 'in', 'that', 'needed', 'it'],
      hit: 'The gate is left open all the time.',
      miss: 'Take all the time you need.',
    },
    {
      // "You only get in touch when something goes wrong": contact only under pressure, as a rule.
      id: 'only-when',
      pattern:
        'only (ever) call|calls|reply|replies|respond|responds|react|reacts|get+in+touch|gets+in+touch|answer|answers ~2 when|once',
      hit: 'The landlord only gets in touch when something breaks.',
      miss: 'The landlord gets in touch when something breaks.',
    },
    {
      id: 'when-only',
      pattern:
        'call|calls|reply|replies|respond|responds|react|reacts|get+in+touch|gets+in+touch|answer|answers ~2 only (ever) when|once',
      hit: 'The landlord gets in touch only when something breaks.',
      miss: 'The landlord gets in touch when something breaks.',
    },
    {
      // "each and every draft comes back …"; "each and every one of you" is a greeting.
      id: 'each-and-every',
      pattern: 'each+and+every',
      unlessAfter: ['one'],
      hit: 'Each and every delivery comes without a note.',
      miss: 'Every delivery comes with a note.',
    },
    {
      id: 'not-once',
      pattern: 'not+once|not+a+single|never+once|never+ever',
      hit: 'The lift has not once worked this month.',
      miss: 'The lift has worked this month.',
    },
    {
      id: 'nobody-ever',
      // "Nobody on your side ever reads …": the whole side, every time.
      pattern: 'nobody|no+one ~4 ever',
      hit: 'Nobody in the club ever locks the shed.',
      miss: 'Nobody in the club locked the shed yesterday.',
    },
    {
      id: 'you-forever',
      // "you forever copy the whole board in": "forever" before the reader's verb is a habit, after it a span of time.
      pattern: "you|you're|they forever",
      unlessAfter: ['grateful', 'thankful', 'indebted', 'in', 'young', 'welcome'],
      hit: 'They forever copy the whole board into the thread.',
      miss: 'They keep the files forever.',
    },
  ],
};

/** "immer", "always", "nie", "never": habits only beside a slip (below); praise otherwise ("you always deliver"). */
export const SOFT_HABIT_WORDS: FrameBook = {
  de: [
    {
      id: 'immer',
      pattern:
        'immer|stets|nie|niemals|regelmäßig|regelmässig|laufend|wiederholt|mehrfach|mehrmals|x-mal|zigmal|generell|durchweg|durchgehend|durchgängig',
      unlessAfter: ['noch', 'wieder', 'mehr', 'gerne', 'gern'],
      // "nicht immer pünktlich" counts the times, it does not generalise.
      unlessBefore: ['nicht'],
      hit: 'Der Bus kommt immer zu spät.',
      miss: 'Der Bus kommt zu spät.',
    },
    {
      id: 'jede-woche',
      pattern:
        'jede|jeden|jedem|jeder|jedes woche|monat|termin|sitzung|besprechung|stunde|lieferung|rechnung|anfrage|projekt|tag|übung|frist|änderung|quartal|jahr|freigabe|korrektur|rückmeldung|antwort|zahlung|mail|nachricht|abrechnung|abgabe|bestellung|auftrag|baustelle|behandlung|gespräch|telefonat|meeting|version|entwurf|abstimmung|runde',
      hit: 'Die Frage kommt jede Woche.',
      miss: 'Die Frage kommt diese Woche.',
    },
    {
      // "jede Erinnerung", "bei jeder Übergabe": any noun after it (habit-about-reader.ts checks the capital).
      id: 'jede-nomen',
      pattern: 'jede|jeden|jedem|jeder|jedes (einzelne|einzelnen|einzelner|einzelnes)',
      hit: 'Die Frage kommt zu jeder Besprechung.',
      miss: 'Die Frage kommt zu dieser Besprechung.',
    },
    {
      id: 'wie-immer',
      pattern:
        'wie+immer|wie+üblich|wie+gewohnt|wie+jedes+mal|nun+schon+wieder|zum+wiederholten+mal|zum+dritten+mal|zum+vierten+mal|zum+fünften+mal|das+dritte+mal|das+vierte+mal|das+fünfte+mal|immer+wenn|wann+immer|immer+dann+wenn|typischerweise|üblicherweise|in+der+regel|die+regel|von+anfang+an|seit+beginn|von+beginn+an|seit+jeher|seit+jahren|seit+monaten|egal+was|was+auch+immer|ganz+gleich+was',
      hit: 'Wie üblich kam die Lieferung erst am Abend.',
      miss: 'Wie besprochen kam die Lieferung am Abend.',
    },
    {
      // "Alle Ihre Entwürfe kommen unvollständig": every one of them.
      id: 'alle-ihre',
      pattern: 'alle|sämtliche <yours>',
      hit: 'Alle Ihre Entwürfe kommen unvollständig.',
      miss: 'Alle unsere Entwürfe kommen vollständig.',
    },
    {
      // "zu keinem unserer Termine pünktlich", read like "nie".
      id: 'keiner-unserer',
      pattern: 'keinem|keiner|keinen|keines|keine unserer|der|den',
      hit: 'Die Firma ist zu keinem unserer Termine pünktlich erschienen.',
      miss: 'Die Firma ist zu allen unseren Terminen pünktlich erschienen.',
    },
    {
      id: 'neigen-dazu',
      pattern: '@neigen dazu',
      hit: 'Die Firma neigt dazu, Fristen zu verpassen.',
      miss: 'Die Firma verpasst eine Frist.',
    },
    {
      // "Niemand aus Ihrem Team hält sich an …": a whole side, read like "nie" (a duty undone, a praise denied).
      // Not "dass Sie niemand informiert hat": there the reader is the one left out.
      id: 'niemand',
      pattern: 'niemand|keiner aus|von|bei|in <yours>|=Ihnen|euch|dir',
      hit: 'Niemand aus Ihrem Verein hält sich an die Ruhezeiten.',
      miss: 'Niemand aus unserem Verein hat Sie informiert.',
    },
  ],
  en: [
    {
      id: 'always',
      pattern: 'always|never|regularly|usually',
      unlessBefore: ['not', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't"],
      hit: 'The bus is always late.',
      miss: 'The bus is late.',
    },
    {
      id: 'every-week',
      pattern:
        'every|each time|week|meeting|call|invoice|project|campaign|month|visit|session|exercise|deadline|date|change|request|delivery|draft|single|quarter|year|payment|reply|email|order|job|appointment|review|round|sprint|release|handover|version|deposit|shoot|inspection',
      hit: 'The question comes every week.',
      miss: 'The question comes this week.',
    },
    {
      // "every reminder", "each handover": any word after it but "of", "one", "other".
      id: 'every-noun',
      pattern: 'every|each (single)',
      hit: 'The question comes at every handover.',
      miss: 'The question comes at this handover.',
    },
    {
      id: 'forever',
      pattern:
        'forever|whenever|once+again|as+always|like+always|as+usual|as+ever|as+per+usual|per+usual|same+as+always|each+and+every|like+clockwork|for+the+third+time|for+the+fourth+time|for+the+fifth+time|the+third+time|the+fourth+time|the+fifth+time|three+times+this|four+times+this|five+times+this|typically|as+a+rule|without+fail|consistently|more+often+than+not|as+a+matter+of+course|only+ever|for+as+long+as|since+day+one|from+day+one|since+the+very+start|from+the+very+start|right+from+the+start|pretty+much+every|practically+every|almost+always|nearly+always|for+years|for+months|whatever|no+matter+what|all+your|all+of+your|each+of+our|each+of+my|every+one+of+our|every+one+of+my|tend+to|tends+to|have+a+habit+of|has+a+habit+of|are+prone+to|is+prone+to',
      unlessAfter: ['grateful', 'thankful', 'indebted', 'young'],
      hit: 'As always, the form came back unsigned and late.',
      miss: 'As agreed, the form came back signed.',
    },
    {
      // "you haven't returned a single form", "nobody has come to a single walk-through", "you've yet to send a
      // single …": read like "never", so a duty left undone makes it a charge ("you won't pay a single penny extra" is none).
      id: 'not-a-single',
      pattern: '<neg>|nobody|none|yet+to ~8 a+single|one+single',
      hit: "The landlord hasn't answered a single letter.",
      miss: 'The landlord has answered a letter.',
    },
    {
      // "None of your replies ever answers …", read like "never"; "none of your data ever leaves the EU" is a promise.
      id: 'none-ever',
      pattern: 'none|nothing ~4 ever',
      hit: 'None of the tenants ever answers the door.',
      miss: 'One of the tenants always answers the door.',
    },
  ],
};

/** The reader or their side in the clause: as a subject, as "bei Ihnen", "von Ihrer Seite", "on your end". */
export const READER_SIDE: FrameBook = {
  de: [
    {
      id: 'sie',
      pattern: '<reader>|<yours>',
      hit: 'Sie kommen morgen.',
      miss: 'Wir kommen morgen.',
    },
  ],
  en: [
    {
      id: 'you',
      pattern: '<reader>|<yours>|your|yours',
      hit: 'You are coming tomorrow.',
      miss: 'We are coming tomorrow.',
    },
  ],
};

/** What turns "immer" into a complaint: lateness, repetition in spite of asking, a slip. */
export const SLIPS: FrameBook = {
  de: [
    {
      id: 'erst',
      pattern:
        'erst|zu+spät|verspätet|kurzfristig|in+letzter+minute|am+vorabend|trotzdem|dennoch|erneut|wieder|leider|nur+dann|nur+wenn|ohne|über+die+zeit|zu+wenig|am+letzten+tag|auf+den+letzten+drücker|kurz+vor+knapp|am+wochenende|am+freitagabend|freitagabends|nach+feierabend|nach+der+frist|nach+ablauf|ewig|ewigkeiten|neue+version|neue+fassung|neue+änderungen|weitere+änderungen|unvollständig*|falsch*|fehlerhaft*|letzten+minute|letzten+drücker|die+letzten|der+letzte|nicht+erreichbar|ohne+unterschrift|noch+eine+runde|liegen+lassen|nicht+bescheid|dasselbe|das+gleiche|die+gleiche|die+gleichen|denselben|dieselbe|dieselben|derselben|demselben|gerissen|aufs+wochenende|ins+wochenende|allerletzten|allerletzte|bis+zum+letzten|bis+zur+letzten|unverschlossen|ungesichert|offen+stehen|doppelt+so+lange|länger+als+vereinbart|ausrede|ausreden|neue+erklärung|neuen+erklärung|neue+begründung|neuen+begründung|neuer+wunsch|neue+wünsche|neuen+wunsch|neue+forderung|neue+forderungen|liegen+geblieben|liegen+bleiben|anders+überlegen|anders+überlegt|unbeantwortet|ungelesen|unbearbeitet|unerledigt|unbezahlt|unkommentiert|freiwillig|unverbindlich|nebensache|nebensächlich|unsortiert|ungeordnet|durcheinander|unleserlich|unscharf|verschwommen|zerknittert|auf+den+kopf|doppelt|einem+anderen|einer+anderen|ein+anderes|eine+andere|einen+anderen|als+vorschlag|als+empfehlung|als+verhandelbar|scheinbar|offenbar|anscheinend|im+verzug|in+verzug|im+rückstand|nur+halb|nur+zur+hälfte|still|funkstille|sowieso|ohnehin|eh|fehler|rechenfehler|kritik|beschwerde|beschwerden|vorwürfe|gemecker|kampf|theater|chaos|drama|hektik|krampf|zirkus|einen+grund|einen+vorwand|nicht+zu+erreichen|unmöglich+zu|in+die+länge',
      hit: 'Die Antwort kommt erst am Freitag.',
      miss: 'Die Antwort kommt am Freitag.',
    },
    {
      // "Das ist bei Ihnen leider immer so": "so" at the end points back to the slip the sentence before named.
      id: 'immer-so',
      pattern: 'so $',
      hit: 'Das war bei der Bahn schon immer so.',
      miss: 'Das war bei der Bahn schon immer so günstig.',
    },
    {
      // "Du lenkst bei heiklen Punkten stets ab", "Sie weichen der Frage immer aus": the question dodged.
      id: 'ausweichen',
      pattern: '@ablenken|@ausweichen|@abwimmeln|@abblocken',
      hit: 'Die Verwaltung weicht der Frage nach den Kosten immer aus.',
      miss: 'Die Verwaltung beantwortet die Frage nach den Kosten immer.',
    },
    {
      // "Sie lassen uns regelmäßig warten", "… im Regen stehen".
      id: 'warten-lassen',
      pattern: '@lassen ~5 warten|hängen|im+regen|sitzen',
      hit: 'Der Lieferant lässt uns jedes Mal warten.',
      miss: 'Der Lieferant lässt uns jedes Mal probieren.',
    },
    {
      // "drei Gründe, warum es nicht geht": objections found for everything.
      id: 'gruende-warum',
      pattern: 'grund|gründe|einwand|einwände|ausrede|ausreden ~2 warum|weshalb|wieso|dagegen',
      hit: 'Er findet jedes Mal drei Gründe, warum es nicht geht.',
      miss: 'Er findet jedes Mal drei Minuten, um anzurufen.',
    },
    {
      // Verb last: "… in keiner Sitzung hängen lassen", "dass Sie uns warten lassen".
      id: 'warten-lassen-ende',
      pattern: 'warten|hängen|sitzen ~1 @lassen',
      hit: 'Der Lieferant hat uns jedes Mal warten lassen.',
      miss: 'Der Lieferant hat uns jedes Mal probieren lassen.',
    },
    {
      // "wir warten regelmäßig eine halbe Stunde auf Sie": the writer kept waiting by the reader.
      id: 'warten-auf',
      pattern:
        '@warten ~4 minuten|stunde|stunden|tage|wochen|monate|ewig|ewigkeiten|tag|woche ~4 auf =Sie|dich|euch|<yours>',
      hit: 'Wir warten jedes Mal eine Stunde auf Sie.',
      miss: 'Wir warten jedes Mal eine Stunde auf den Kran.',
    },
    {
      // "bleibt jedes Feedback drei Wochen liegen": left lying, split around its object.
      id: 'liegen-bleiben',
      pattern: '@bleiben|@lassen ~6 liegen|unbeantwortet|unbearbeitet|unerledigt|ungelesen|offen|unverschlossen',
      hit: 'Die Post bleibt jedes Mal zwei Wochen liegen.',
      miss: 'Die Post bleibt jedes Mal zwei Wochen im Fach.',
    },
    {
      // "Sie überlegen es sich stets anders": a decision taken back (verb-final "anders überlegen" is in the list above).
      id: 'thema-wechseln',
      pattern: '@wechseln ~3 thema',
      hit: 'Er wechselt jedes Mal das Thema.',
      miss: 'Er wechselt jedes Mal die Seite.',
    },
    {
      id: 'anders-ueberlegen',
      pattern: '@überlegen|@entscheiden ~4 anders|um',
      hit: 'Er überlegt es sich jedes Mal anders.',
      miss: 'Er überlegt es sich jedes Mal gründlich.',
    },
    {
      id: 'vergessen',
      pattern:
        '@vergessen|@ignorieren|@übersehen|@verpassen|@absagen|@verschieben|@unterbrechen|@beschweren|@ändern|@überziehen|@verwechseln|@verlieren|@versäumen|@fehlen|@hinterherlaufen|@hinterhertelefonieren|@nachlaufen|@mahnen|@anmahnen|@nachhaken|@verschlampen|@verbummeln|@verschwitzen|@verlegen|@umwerfen|@umplanen|@unterschätzen|@überhören|@überlesen|@missachten|@beanstanden|@bemängeln|@verstreichen|@überspringen|@auslassen|@abwälzen|@abtauchen|@verschwinden|@ausweichen|@übergehen|@umschreiben|@verwerfen|@kippen|@umstoßen|@überstimmen|@weglassen|@umdrehen|@umstellen|@umkrempeln|@umentscheiden|@liegenlassen|@liegenbleiben|@schieben|@aufschieben|@hinausschieben|@hinauszögern|@vertagen|@abwiegeln|@abblocken',
      hit: 'Er vergisst den Schlüssel.',
      miss: 'Er bringt den Schlüssel.',
    },
  ],
  en: [
    {
      id: 'late',
      pattern:
        'late|last+minute|never+the+case|not+the+case|square+one|already+been|already+broken|already+gone|already+left|already+closed|already+started|already+cut|already+ordered|already+printed|already+built|the+night+before|the+evening+before|too+late|again|anyway|regardless|without|only+when|only+after|seem+to|seems+to|wrong|optional|short+notice|pay+short|paid+short|pays+short|fall+short|falls+short|fell+short|too+little|last+day|last+moment|eleventh+hour|until+the+last|after+the+deadline|past+the+deadline|after+the+agreed+deadline|past+the+agreed+deadline|after+the+agreed+date|friday+evening|friday+night|on+the+weekend|at+the+weekend|after+hours|another+round|another+set|more+changes|new+version|incomplete|unsigned|overdue|the+last+to|the+last+one|unreachable|out+of+reach|something+to+dispute|another+discount|the+night+before|the+same+question|the+same+questions|the+same+thing|the+same+story|the+same+mistake|the+same+mistakes|to+the+weekend|into+the+weekend|the+very+last|unlocked|unsecured|silent|quiet|twice+as+long|longer+than+agreed|excuse|excuses|new+request|new+requests|another+request|new+demand|new+demands|new+direction|different+direction|last+possible|wait+until|waits+until|waited+until|wait+till|waits+till|untouched|unanswered|unread|unopened|unpaid|unreturned|another|unsorted|jumbled|disorganised|disorganized|illegible|unreadable|blurry|crumpled|upside+down|fresh+set|new+set|new+list|new+batch|fresh+batch|new+round|new+wishes|stop+after|stops+after|give+up|gives+up|quit|quits|drop+out|drops+out|just+before|right+before|closing+time|same+thing|same+story|same+problem|same+with|same+dance|same+drill|same+routine|same+pattern|double-book*|double+booked|as+a+suggestion|as+an+afterthought|as+negotiable|silence|radio+silence|no+answer|no+reply|no+response|heard+nothing|hear+nothing|error|errors|mistake|mistakes|typo|typos|last-minute|rush|scramble|panic|drama|chaos|mess|circus|battle|struggle|fight|impossible+to|hard+to+reach|for+weeks|for+ages|weeks+to|months+to|ages+to|goes+down|went+down|crashes|falls+over|fell+over|stops+working|stopped+working|a+reason+not|an+excuse|some+excuse|reject*|refus*|turn+down|turns+down|shoot+down|shoots+down',
      hit: 'The answer comes at the last minute.',
      miss: 'The answer comes on Friday.',
    },
    {
      // "…, no matter how many times it comes up": told again and again, to no effect.
      id: 'no-matter-how-often',
      pattern:
        'no+matter+how|however ~0-1 many+times|often|much ~0-3 remind|reminded|ask|asked|tell|told|say|said|mention|mentioned|explain|explained|come+up|comes+up|came+up',
      hit: 'The gate stays open, no matter how many times we remind the crew.',
      miss: 'The gate stays open, no matter how windy it gets.',
    },
    {
      id: 'reasons-why',
      pattern: 'reason|reasons|excuse|excuses|objection|objections ~2 why|against',
      hit: 'He finds three reasons why it will not work.',
      miss: 'He finds three minutes to call.',
    },
    {
      // "You question every little detail": doubt spread over everything.
      id: 'question-every',
      pattern: 'question|questions|questioned|questioning|nitpick|nitpicks ~1 every|each|all|our',
      hit: 'The board questions every line of the budget.',
      miss: 'The board approves every line of the budget.',
    },
    {
      // "after the print deadline", "past the filing cut-off".
      id: 'after-deadline',
      pattern: 'after|past the ~2 deadline|cut-off|cutoff',
      hit: 'The form arrives after the filing deadline.',
      miss: 'The form arrives before the filing deadline.',
    },
    {
      // "on the Sunday night before the meeting": only just in time.
      id: 'night-before',
      pattern: 'night|evening before',
      hit: 'The form arrives on the night before the hearing.',
      miss: 'The form arrives a week before the hearing.',
    },
    {
      // "after payroll had closed", "once the office has shut".
      id: 'after-closing',
      pattern: 'after|once ~3 closed|shut|gone+home',
      hit: 'The form arrives after the office has closed.',
      miss: 'The form arrives after the office has opened.',
    },
    {
      // "We wait two weeks for your feedback each time": the writer kept waiting by the reader.
      id: 'wait-for',
      // A span of time says the waiting hurt: "we always wait for your go-ahead" is a procedure.
      pattern:
        'wait|waits|waited|waiting ~3 minutes|hours|days|weeks|months|ages|forever|hour|week|day|fortnight ~4 for|on you|your',
      hit: 'We wait an hour for your crew each time.',
      miss: 'We wait an hour for the crane each time.',
    },
    {
      // "You have blown every deadline": not "blown away", which is delight.
      id: 'blown',
      pattern: 'blow|blows|blew|blown',
      unlessAfter: ['away', 'us', 'me'],
      hit: 'The contractor has blown every deadline.',
      miss: 'The contractor has met every deadline.',
    },
    {
      id: 'forget',
      pattern:
        'forget*|forgot*|ignor*|overlook*|miss|misses|missed|skip*|cancel*|postpon*|interrupt*|complain*|bump*|sit+on|sits+on|sat+on|change+your+mind|changes|lose|loses|lost|mix+up|mixes+up|mixed+up|underpa*|overcharg*|overrun*|reschedul*|rearrang*|moving|blame*|chase|chasing|remind|reminding|misplac*|mislay*|drop+the+ball|drops+the+ball|missing|lying+around|lying+about|left+lying|change|dispute*|haggl*|argu*|leave+everything|leaves+everything|queried|querying|queries+every|queries+each|query+every|query+each|disappear*|vanish*|dodg*|duck*|move+it|moves+it|move+the|moves+the|rewrite*|rewrote|redo|redoes|overrule*|overturn*|second-guess*|scrap+it|scraps+it',
      hit: 'He forgets the key.',
      miss: 'He brings the key.',
    },
  ],
};

/**
 * Duties the reader can leave undone: "nie" or "never" beside one of them is a
 * complaint ("Sie zahlen nie", "you never answer"), not praise like "Sie sind nie krank".
 */
export const DUTIES: FrameBook = {
  de: [
    {
      id: 'zahlen',
      pattern:
        '@zahlen|@bezahlen|@überweisen|@antworten|@beantworten|@melden|@zurückmelden|@zurückrufen|@einhalten|@lesen|@durchlesen|@schicken|@senden|@liefern|@bestätigen|@unterschreiben|@mitbringen|@bringen|@einreichen|@abgeben|@erscheinen|@informieren|@reagieren|@halten|@beachten|@erledigen|@befolgen|@abholen|@aufräumen|@räumen|@abschließen|@wegräumen|@zurückstellen|@zurücklegen|@ausschalten|@abschalten|@zumachen|@schließen|@üben|@tragen|@beschriften|@gießen|@leeren|@aktualisieren|@denken+an|@dran+denken|bescheid|ans+telefon|@abheben|@abnehmen|rückmeldung|antwort|reaktion|zahlung|zusage|freigabe|@einnehmen|unterschrieben|unterzeichnet|fertig|bereit|feedback|@zurückkommen|@ausspülen|@abspülen|@spülen|@abwaschen|übungen|@machen+übungen',
      hit: 'Der Verein zahlt nie.',
      miss: 'Der Verein ist nie krank.',
    },
  ],
  en: [
    {
      id: 'pay',
      pattern:
        'answer*|reply|replies|respond*|pay|pays|read|reads|return|returns|call+back|calls+back|let+us+know|let+me+know|tell+us|tells+us|follow|follows|bring|brings|turn+up|turns+up|show+up|shows+up|send|sends|sign|signs|confirm|confirms|stick+to|sticks+to|check|checks|double-check|double-checks|submit|submits|file|files|attend|attends|keep+to|keeps+to|tidy|tidies|clean+up|cleans+up|clear+up|clears+up|lock|locks|pick+up|picks+up|remember|remembers|move|moves|put+away|puts+away|put+back|puts+back|switch+off|switches+off|turn+off|turns+off|close|closes|shut|shuts|practise|practises|wear|wears|label|labels|water|waters|empty|empties|charge|charges|update|updates|notify|notifies|inform|informs|warn|warns|ring|rings|arrive+on+time|arrives+on+time|show+up+on+time|shows+up+on+time|ready|give+feedback|gives+feedback|get+back+to|gets+back+to|tell+me|tells+me|keep+us+posted|keeps+us+posted|keep+us+informed|keeps+us+informed|rinse|rinses|wash+up|washes+up|sign+off|signs+off|do+the+exercises|does+the+exercises|do+your+exercises',
      hit: 'The club never pays.',
      miss: 'The club is never ill.',
    },
    {
      // Done once, past: only beside "not a single" ("hasn't paid a single invoice"); "you never paid the May
      // invoice" tells of one occasion.
      id: 'paid',
      pattern:
        'paid|returned|sent|signed|confirmed|submitted|filed|attended|turned+up|showed+up|shown+up|followed|brought|called+back|checked|kept+to|stuck+to|picked+up',
      hit: 'The club has not paid a single invoice.',
      miss: 'The club has not played a single match.',
    },
  ],
};

/** Praise that a negation before it turns into a complaint: "nie pünktlich", "never on time". */
export const PRAISE: FrameBook = {
  de: [
    {
      id: 'puenktlich',
      pattern:
        'pünktlich|zuverlässig|schnell|rechtzeitig|vollständig|erreichbar|vorbereitet|sauber|ordentlich|vorbildlich|sorgfältig|gründlich|tadellos|einwandfrei|zufrieden',
      hit: 'Die Lieferung kam pünktlich.',
      miss: 'Die Lieferung kam heute.',
    },
  ],
  en: [
    {
      id: 'on-time',
      pattern:
        'on+time|reliabl*|quick*|promptly|in+time|in+full|available|reachable|prepared|neat*|tidy|organised|organized|thorough*|spotless|immaculate*|spot+on|flawless*',
      hit: 'The delivery came on time.',
      miss: 'The delivery came today.',
    },
  ],
};

/** What makes the habit a kind one, or an offer: "Sie können jederzeit", "you're always welcome". */
export const KIND_HABITS: FrameBook = {
  de: [
    {
      id: 'gern',
      pattern:
        'gern|gerne|willkommen|schön|schöne|schönen|stolz|mutig|großartig|hervorragend|exzellent|wunderbar|klug|genau+richtig|richtig+so|richtig+gut|ohne+dich|ohne+euch|ohne+=Sie|ohne+=Ihre|ohne+=Ihren|ohne+deine|ohne+deinen|ohne+eure|ohne+euren|danke|dank|@danken|@freuen|gut|toll|super|prima|klasse|hilfsbereit|geduldig|freundlich|angenehm|bereichernd|@bereichern|@helfen|@unterstützen|@schätzen|nie+im+stich|nie+enttäuscht|noch+nie+enttäuscht|freude|gute|guten|guter|gutes|idee|ideen|ohne+probleme|ohne+fehler|ohne+beanstandung|problemlos|reibungslos|kostenlos|kostenfrei|gratis|spass|vergnügen|lachen|den+rücken+frei|den+rücken+freigehalten|den+rücken+gestärkt',
      hit: 'Sie sind uns immer willkommen.',
      miss: 'Sie sind uns immer zu spät.',
    },
    {
      // "Sie erreichen mich grundsätzlich bis 18 Uhr": the writer's availability, with the reader as the one who
      // reaches ("Ihre Meldungen erreichen uns ausnahmslos unvollständig" is no availability).
      id: 'erreichen-mich',
      pattern: '=Sie|du|ihr|man @erreichen ~0-2 mich|uns',
      hit: 'Sie erreichen mich grundsätzlich bis 18 Uhr.',
      miss: 'Ihre Meldungen erreichen mich grundsätzlich erst um 18 Uhr.',
    },
    {
      id: 'erreichen-sie-mich',
      pattern: '@erreichen =Sie|du|ihr|man ~0-2 mich|uns',
      hit: 'Montags erreichen Sie mich grundsätzlich bis 18 Uhr.',
      miss: 'Montags erreichen uns Ihre Meldungen grundsätzlich erst um 18 Uhr.',
    },
    {
      // "Sie melden sich einfach, wenn Sie Fragen haben": an invitation.
      id: 'fragen-haben',
      pattern: 'fragen|rückfragen|wünsche @haben',
      hit: 'Melden Sie sich nur, wenn Sie Fragen haben.',
      miss: 'Melden Sie sich nur, wenn es brennt.',
    },
    {
      id: 'kostet-nichts',
      // "Das Erstgespräch kostet Sie grundsätzlich nichts": an offer.
      pattern: '@kosten ~3 nichts',
      hit: 'Die Beratung kostet Sie grundsätzlich nichts.',
      miss: 'Die Beratung kostet Sie grundsätzlich zu viel Zeit.',
    },
    {
      id: 'muessen-nie',
      // "Sie müssen nie etwas mitbringen": a relief, not a reproach.
      pattern: '@müssen ~3 nie|nichts|niemals',
      hit: 'Zur Probe müssen Sie nie etwas mitbringen.',
      miss: 'Zur Probe bringen Sie nie etwas mit.',
    },
    {
      // "Niemand aus Ihrem Team muss sich um die Updates kümmern": a relief.
      id: 'niemand-muss',
      pattern: 'niemand|keiner ~5 @müssen|@brauchen',
      hit: 'Niemand von Ihnen muss am Samstag kommen.',
      miss: 'Niemand von Ihnen ist am Samstag gekommen.',
    },
    {
      id: 'anspruch',
      // "Sie haben grundsätzlich Anspruch auf …", "Generell gilt für Ihre Wohnung …": a rule or a right, no habit.
      pattern: 'anspruch|@gelten|recht+auf|berechtigt',
      hit: 'Sie haben grundsätzlich Anspruch auf eine Kopie.',
      miss: 'Sie haben grundsätzlich keine Kopie dabei.',
    },
    {
      id: 'bekommen-sie',
      // "Jede Woche bekommen Sie von uns eine neue Version": the reader receives a service.
      pattern: '=Sie|du|ihr @bekommen|@erhalten|@kriegen',
      hit: 'Sie bekommen jede Woche eine neue Version.',
      miss: 'Jede Woche schicken Sie eine neue Version.',
    },
    {
      id: 'bekommen-sie-v2',
      pattern: '@bekommen|@erhalten|@kriegen =Sie|du|ihr',
      hit: 'Jede Woche bekommen Sie eine neue Version.',
      miss: 'Jede Woche schicken Sie eine neue Version.',
    },
    {
      id: 'brauchen-nicht',
      // "Sie brauchen wie immer nichts mitzubringen": a relief.
      pattern: '@brauchen ~2 nicht|nichts|kein|keine|keinen|niemals|nie',
      hit: 'Sie brauchen wie immer nichts zu unterschreiben.',
      miss: 'Sie unterschreiben wie immer nichts.',
    },
    {
      // "das war bei Ihrer Anlage noch nie ein Problem": a reassurance, no habit of the reader's.
      id: 'nie-ein-problem',
      pattern: 'nie|niemals ~0-3 ein|eine|irgendein|irgendwelche problem|probleme|schwierigkeiten|thema|aufwand',
      hit: 'Der Tausch dauert eine Stunde, das war bei Ihrem Kessel noch nie ein Problem.',
      miss: 'Der Tausch dauert eine Stunde, aber Ihren Kessel warten Sie ja nie.',
    },
  ],
  en: [
    {
      // "that's never been a problem with your unit", "Leo has made progress every single time": reassurance, praise.
      id: 'never-a-problem',
      pattern: 'never ~0-3 a|any problem|problems|issue|issues|trouble|bother|progress|improvement',
      hit: "It takes an hour, and it's never been a problem with your boiler.",
      miss: 'It takes an hour, but you never service your boiler.',
    },
    {
      // "You've done it yet again!": the congratulation, whatever follows the colon.
      id: 'done-it-again',
      pattern: "you've|you+have|you+did|you (gone+and) done|pulled it|this|that (off) (yet|once) again",
      hit: "You've done it yet again: another premiere sold out.",
      miss: "You've changed it yet again: another draft to redo.",
    },
    {
      // "your deadlift keeps climbing", "the whole kitchen cheers": the habit brings good things.
      id: 'keeps-climbing',
      pattern: 'keep|keeps|kept|keeping climbing|improving|growing|rising|getting+better|impressing',
      hit: 'Your deadlift keeps climbing every single week.',
      miss: 'Your invoices keep arriving late every single week.',
    },
    {
      // "… every single time and without any prompting": faithfulness, praised.
      id: 'without-prompting',
      pattern: 'without ~0-1 prompting|being+asked|being+reminded|being+chased|a+reminder',
      hit: 'You have done your exercises every single time and without any prompting.',
      miss: 'You have missed your exercises every single time and without any word.',
    },
    {
      id: 'kitchen-cheers',
      pattern: 'cheers|cheer|celebrates|celebrate|lights+up|light+up|makes+our+day|made+our+day|makes+my+day',
      hit: 'Every time your order comes in, the whole kitchen cheers.',
      miss: 'Every time your order comes in, the whole kitchen groans.',
    },
    {
      id: 'made-progress',
      pattern: 'made|makes|making|shown|shows|showed progress|improvement|improvements|strides',
      hit: 'Your son has made progress every single time we have met.',
      miss: 'Your son has missed every single lesson we have booked.',
    },
    {
      id: 'welcome',
      pattern:
        "welcome|without+you|proud|brave|brilliant|excellent|superb|wonderful|fantastic|amazing|clever|extra+mile|above+and+beyond|ever+needs+to|ever+need+to|ever+has+to|ever+have+to|without+your|feel+free|happy|glad|thank*|thanks|appreciat*|great|good|lovely|kind|helpful|patiently|patience|so+patient|very+patient|always+patient|been+patient|are+patient|were+patient|be+patient|incredibly+patient|really+patient|endlessly+patient|pleasure|delight*|enjoy*|love|help|supportive|supported|supporting|your+support|don't+hesitate|never+fail|never+fails|never+failed|never+let+us+down|never+let+me+down|never+disappoint*|never+have+to|never+need|never+needs|reach+me|reach+us|don't+need+to|do+not+need+to|needn't|no+need+to|won't+need+to|won't+have+to|free+of+charge|thrilled|excited|idea|ideas|fun|joy|privilege|extra|surcharge|without+a+hitch|without+problems|without+issues|without+errors|smoothly|no+worries|no+stress|any+questions|pay+more|pays+more|without+any+problems|without+fuss|smile*|laugh*|had+my+back|have+my+back|got+my+back|had+our+back|have+our+back|got+our+back",
      hit: 'You are always welcome here.',
      miss: 'You are always late here.',
    },
    {
      id: 'you-get',
      // "You'll get a fresh set of drawings every Monday": the reader receives a service; rights and rules likewise.
      pattern: "you|you'll @get|@receive|entitled|applies",
      hit: "You'll get a new set of drawings every Monday.",
      miss: "You'll send a new set of drawings every Monday.",
    },
  ],
};

/**
 * An offer or a request in the habit's own clause: "Sie können jederzeit …", "please always …".
 * Only there: "… wie immer erst am Vorabend, deshalb die Bitte …" still complains.
 */
export const OFFERS: FrameBook = {
  de: [
    {
      id: 'koennen',
      // "Die Übungen sollten Sie immer langsam machen": advice, not a charge.
      pattern: '@können|@dürfen|@sollen|bitte',
      hit: 'Sie können jederzeit anrufen.',
      miss: 'Sie rufen jederzeit an.',
    },
  ],
  en: [
    {
      id: 'can',
      pattern: 'can|may|please|should',
      hit: 'You can call at any time.',
      miss: 'You call at any time.',
    },
  ],
};

/**
 * The writer chasing the reader or waiting on them: "wir müssen Sie jedes Mal erinnern", "we always have to chase
 * you", "noch nie haben wir von Ihrer Seite … bekommen". With one of these a habit of the writer is the reader's.
 */
export const CHASES: FrameBook = {
  de: [
    {
      id: 'erinnern',
      pattern:
        '@müssen|@erinnern|@mahnen|@anmahnen|@nachhaken|@hinterherlaufen|@nachlaufen|@hinterhertelefonieren|@nachfragen|@warten',
      hit: 'Wir müssen jedes Mal nachfragen.',
      miss: 'Wir vergessen jedes Mal die Kopie.',
    },
    {
      id: 'von-ihnen',
      pattern: 'von|seitens =Ihnen|dir|euch|<yours>',
      hit: 'Wir haben von euch nie eine Antwort bekommen.',
      miss: 'Wir haben von der Bank nie eine Antwort bekommen.',
    },
  ],
  en: [
    {
      id: 'chase',
      pattern: 'have+to|has+to|had+to|chase*|remind*|wait*|nudg*|follow+up|ask+again|asking+again',
      hit: 'We always have to ask twice.',
      miss: 'We always forget the copy.',
    },
    {
      id: 'from-you',
      pattern: 'from you|your',
      hit: 'We never get a reply from your office.',
      miss: 'We never get a reply from the bank.',
    },
  ],
};
