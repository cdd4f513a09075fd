// Asks that leave open what, who or when: "Vielleicht könnte man da irgendwie
// noch mal draufschauen.", "Maybe we can see how it goes?" When every ask in a
// mail is like this and no date is named, the reader still does not know what
// to do (principle 2). Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const VAGUE_ASKS: FrameBook = {
  de: [
    {
      id: 'irgendwann',
      pattern: 'irgendwann|irgendwie|gelegentlich|bei+gelegenheit|demnächst+mal',
      hit: 'Können wir das irgendwann besprechen?',
      miss: 'Können wir das am Montag besprechen?',
    },
    {
      // Leaving it to how things turn out: „Schauen wir mal, wie es sich entwickelt.“
      id: 'wie-es-sich-entwickelt',
      pattern: 'wie es|das|sich ~0-1 entwickelt|ergibt|einpendelt|anlässt',
      hit: 'Schauen wir mal, wie es sich entwickelt.',
      miss: 'Wir melden uns am Montag, wie es weitergeht.',
    },
    {
      id: 'man-koennte',
      pattern: 'könnte|müsste|sollte|könnten|müssten|sollten man|jemand',
      hit: 'Da könnte man noch mal draufschauen.',
      miss: 'Da schaue ich am Montag noch mal drauf.',
    },
    {
      id: 'man-koennte-vorne',
      pattern: '^man könnte|müsste|sollte|könnten|müssten|sollten',
      hit: 'Man könnte jetzt nachhaken oder noch warten.',
      miss: 'Wir könnten jetzt nachhaken.',
    },
    {
      // „Gib mir Bescheid.“ allein: worüber, bis wann, bleibt offen.
      id: 'bescheid-allein',
      pattern: '^ gib|gebt|geben+sie mir|uns (einfach|kurz) bescheid $',
      hit: 'Gib mir Bescheid.',
      miss: 'Gib mir bis Freitag Bescheid, welche Variante du nimmst.',
    },
    {
      // Movement without a mover or a step: „wenn sich da in absehbarer Zeit etwas bewegen würde“.
      id: 'etwas-bewegen',
      pattern: 'in+absehbarer+zeit|etwas+bewegen|was+bewegen|etwas+tun+würde|etwas+tut|was+tut|bewegung+in+die+sache',
      hit: 'Es wäre schön, wenn sich da bald etwas bewegen würde.',
      miss: 'Es wäre schön, wenn Sie die Pläne bis Freitag schicken.',
    },
    {
      // A wish for something unnamed: „wenn wir da vorher was hätten“, „wenn Sie sich da mal Gedanken machen“.
      id: 'was-haetten',
      pattern:
        'wenn ~1-4 was|etwas|irgendwas|irgendetwas (in+der+hand) hätten|hätte|hättest|bekämen|bekäme|vorläge|vorlägen',
      hit: 'Es wäre gut, wenn wir diesmal vorher was hätten.',
      miss: 'Es wäre gut, wenn wir die Pläne bis Montag hätten.',
    },
    {
      id: 'gedanken-machen',
      pattern: 'da|darüber|dazu|mal (mal) gedanken @machen',
      hit: 'Vielleicht wäre es gut, wenn Sie sich da mal Gedanken machen.',
      miss: 'Ich mache mir bis Freitag Gedanken zu den zwei Varianten.',
    },
    {
      id: 'mal-schauen',
      pattern: 'mal schauen|sehen|gucken|abwarten|sehen+wie|schauen+wie|schauen+ob',
      hit: 'Wollen wir mal schauen, wie es läuft?',
      miss: 'Wollen wir am Freitag entscheiden?',
    },
  ],
  en: [
    {
      // "Let me know." alone: about what, and by when, is left open.
      id: 'let-me-know-alone',
      pattern: '^ (just) let me|us know $',
      hit: 'Let me know.',
      miss: 'Let me know before the 9th whether the oak or the ash flooring wins.',
    },
    {
      id: 'at-some-point',
      pattern:
        'at+some+point|at+some+stage|down+the+line|sometime|some+time|one+of+these+days|somehow|eventually|in+due+course|at+a+later+date|before+long|down+the+road',
      hit: 'Could we talk about it at some point?',
      miss: 'Could we talk about it on Monday?',
    },
    {
      // Movement without a mover or a step: "if there could be some movement on the terminology side".
      id: 'some-movement',
      pattern:
        'some+movement|some+progress|things+moving|the+ball+rolling|before+we+get+much+further|before+things+go+too+far|in+the+foreseeable+future',
      hit: 'It would help if there could be some movement on the budget.',
      miss: 'It would help if you could send the budget by Friday.',
    },
    {
      // A wish for something unnamed: "It'd be good to have something sorted earlier this time round."
      id: 'something-sorted',
      pattern: 'have|get something|anything sorted|in+place|arranged|lined+up|figured+out|worked+out|ready',
      hit: "It'd be good to have something sorted before the next audit.",
      miss: "It'd be good to have the invoices sorted by Friday.",
    },
    {
      id: 'see-how-it-goes',
      pattern: 'see how it|things goes|go|pans+out|works+out|develops|plays+out|turns+out|shakes+out',
      hit: 'Shall we just see how things go?',
      miss: 'Can we decide on Friday?',
    },
    {
      // Leaving it to chance: "We'll play it by ear".
      id: 'play-it-by-ear',
      pattern: 'play|playing it|things by+ear',
      hit: 'Shall we just play it by ear?',
      miss: 'Shall we meet on Friday at ten?',
    },
    {
      id: 'see-what-happens',
      pattern: 'see what happens|comes+of+it|develops',
      hit: 'Maybe we just see what happens?',
      miss: 'Maybe we check what happened on Friday?',
    },
    {
      id: 'well-see',
      pattern: "we'll|we+will|let's|wait+and|have+to see $",
      hit: "We could patch it or replace it, we'll see.",
      miss: "We'll see you on Friday.",
    },
    {
      id: 'see-where-we-go',
      pattern: 'have+to|wait+and see where|how|whether|what',
      hit: "We'll have to see where we go from here.",
      miss: 'We have to see the site before we quote.',
    },
    {
      id: 'someone-could',
      pattern: 'someone|somebody|one could|might|should|ought',
      hit: 'Someone could have a look at the boiler.',
      miss: 'Our plumber will look at the boiler on Tuesday.',
    },
  ],
};

/**
 * A vague ask with no request anywhere else still proposes something, and says so:
 * "Da könnte man …", "Mal sehen, wie …", "maybe we could …". A vague word alone
 * ("irgendwie heikel") is a hedge, not a proposal.
 */
export const VAGUE_PROPOSALS: FrameBook = {
  de: [
    {
      id: 'koennte',
      pattern:
        'könnte|könnten|müsste|müssten|sollte|sollten|ließe|ließen|wollen|wollten ~4 mal|noch+mal|nochmal|irgendwie|irgendwann|eventuell|vielleicht|gelegentlich',
      hit: 'Da ließe sich eventuell etwas finden.',
      miss: 'Da sollte man lieber schweigen.',
    },
    {
      id: 'mal-sehen',
      pattern: 'mal sehen|schauen|gucken|abwarten',
      hit: 'Mal sehen, wie das Wetter wird.',
      miss: 'Wir sehen uns am Montag.',
    },
    {
      id: 'schauen-wir-mal',
      pattern: 'schauen|sehen|gucken|warten wir (einfach) (erst+mal|erstmal) mal|ab',
      hit: 'Warten wir einfach mal ab.',
      miss: 'Wir warten auf Ihre Antwort.',
    },
  ],
  en: [
    {
      id: 'could',
      pattern:
        'could|should|might|ought|shall ~4 somehow|sometime|at+some+point|maybe|perhaps|again|look|chat|talk|see',
      hit: 'We could perhaps find another slot.',
      miss: 'One should keep quiet.',
    },
    {
      id: 'lets-see',
      pattern: "let's|let+us see|wait+and+see|see+how",
      hit: "Let's see how the weather holds.",
      miss: "Let's meet on Monday.",
    },
  ],
};

/**
 * What is wanted, left unnamed: "ein paar Sachen, bei denen wir von eurer Seite noch was bräuchten",
 * "a few bits outstanding on your side". With it, an ask whose only time is the reader's
 * convenience (RELAXED_TIMES) leaves them guessing what and when.
 */
export const UNNAMED_ASKS: FrameBook = {
  de: [
    {
      id: 'ein-paar-sachen',
      pattern:
        'noch+was|ein+paar+sachen|ein+paar+dinge|ein+paar+punkte|einiges|das+eine+oder+andere ~0-5 von+=Ihnen|von+dir|von+euch|von+eurer+seite|von+=Ihrer+seite|bräuchten|benötigen|offen|klären',
      hit: 'Da sind ein paar Sachen drin, bei denen wir von eurer Seite noch was bräuchten.',
      miss: 'Da sind die Fotos drin, bei denen wir von eurer Seite die Namen bräuchten.',
    },
  ],
  en: [
    {
      id: 'a-few-bits',
      pattern:
        'something|a+few+bits|a+few+things|one+or+two+things|a+couple+of+things|bits+and+pieces ~0-4 from+you|from+your+side|on+your+side|on+your+end|outstanding',
      hit: 'There are a few bits outstanding on your side that we need sorting.',
      miss: 'There are two invoices outstanding on your side that we need paid.',
    },
  ],
};

/** The when left to the reader's convenience: an ask still, but no date (vague only beside UNNAMED_ASKS). */
export const RELAXED_TIMES: FrameBook = {
  de: [
    {
      id: 'wenn-du-dazu-kommst',
      pattern:
        'wenn|sobald|wann+immer du|=Sie|ihr ~0-2 dazu kommst|kommen|kommt|zeit+hast|zeit+haben|zeit+habt|lust+hast|lust+haben|lust+habt',
      hit: 'Schau einfach mal drüber, wenn du dazu kommst.',
      miss: 'Schau bitte bis Freitag drüber, dann können wir drucken.',
    },
    {
      id: 'wenn-es-passt',
      pattern: 'wenn|sobald es =Ihnen|dir|euch passt|zeitlich+passt|recht+ist',
      hit: 'Melden Sie sich einfach, wenn es Ihnen passt.',
      miss: 'Melden Sie sich bis Mittwoch, ob der Termin passt.',
    },
  ],
  en: [
    {
      id: 'whenever',
      pattern:
        'whenever|in+due+course|at+your+leisure|at+your+convenience|when+you+get+a+chance|when+you+get+the+chance|when+you+have+a+moment|when+you+get+a+moment|when+you+get+round+to+it|when+you+get+around+to+it',
      hit: 'Have a think and get back to me whenever.',
      miss: 'Have a think and get back to me by Thursday.',
    },
  ],
};

/**
 * A request that only invites a reply and names nothing to do: "Melde dich einfach, wenn dir was einfällt",
 * "Let me know what you reckon". It is no ask of its own: a mail whose only other ask is vague leaves the reader
 * guessing, and a mail that asks nothing else needs no answer.
 */
export const REPLY_INVITATIONS: FrameBook = {
  de: [
    {
      id: 'melde-dich',
      pattern: '^ melde|meld|meldet|melden+=Sie (dich|euch|sich) (einfach|gern|gerne|ruhig|doch) , wenn|falls|sobald',
      hit: 'Melde dich einfach, wenn dir was einfällt.',
      miss: 'Melde dich bis Freitag, welche Variante du nimmst.',
    },
    {
      id: 'wie-sie-das-sehen',
      pattern:
        'wissen|bescheid ~0-2 , wie|was =Sie|du|ihr ~0-3 das|darüber|davon (so) sehen|seht|siehst|denken|denkst|denkt|meinen|meinst|meint|halten|hältst|haltet',
      hit: 'Lassen Sie mich gern wissen, wie Sie das so sehen.',
      miss: 'Lassen Sie mich bis Montag wissen, welchen Termin Sie nehmen.',
    },
    {
      id: 'freue-mich-zu-hoeren',
      pattern: 'freue+mich|freuen+uns ~0-2 von =Ihnen|dir|euch zu+hören',
      hit: 'Ich freue mich, von Ihnen zu hören.',
      miss: 'Ich freue mich, Sie am Montag zu sehen.',
    },
  ],
  en: [
    {
      id: 'what-you-think',
      pattern: 'know|me|us what|how you think|reckon|feel',
      hit: 'Let me know what you reckon whenever.',
      miss: 'Let me know which of the two dates you prefer.',
    },
    {
      id: 'get-back-to-me',
      pattern: '(have+a+think+and) get|come back to me|us $',
      hit: 'Anyway, have a think and get back to me.',
      miss: 'Get back to me about the deposit.',
    },
    {
      id: 'hearing-from-you',
      pattern: 'forward+to hearing from you|hearing+back',
      hit: 'I look forward to hearing from you.',
      miss: 'I look forward to the site visit on Monday.',
    },
  ],
};

/** Options laid out for the reader: "We could A, B or C", "Es gibt zwei Möglichkeiten: …". */
export const CHOICES: FrameBook = {
  de: [
    {
      id: 'moeglichkeiten',
      pattern:
        'es+gibt|gäbe|haben|hätten|sehe|sehen (jetzt|nun|hier|da) (mehrere|zwei|drei|vier|ein+paar|verschiedene|einige) möglichkeiten|optionen|wege|varianten|lösungen',
      hit: 'Es gibt jetzt drei Möglichkeiten: neu graben, anschließen oder so lassen.',
      miss: 'Es gibt jetzt einen neuen Termin für die Abnahme.',
    },
    {
      id: 'wir-koennten-oder',
      pattern: 'wir|man könnten|könnte ~2-8 ~0-6 , ~1-8 ~0-8 oder',
      hit: 'Wir könnten das Essen in die Scheune verlegen, die Tanzfläche halbieren oder die Gästeliste kürzen.',
      miss: 'Wir könnten am Montag anfangen, wenn das Wetter hält.',
    },
    {
      id: 'entweder-oder',
      pattern: 'entweder ~1-8 oder',
      hit: 'Entweder wir verstärken das Dach oder wir nehmen weniger Module.',
      miss: 'Wir verstärken das Dach, bevor die Module kommen.',
    },
  ],
  en: [
    {
      id: 'ways-to-go',
      pattern:
        'there+are|there+is|we+have|i+see (a+few|several|two|three|four|some|a+couple+of|various) ways|options|routes|possibilities|choices|alternatives',
      hit: 'There are a few ways to go from here: a smaller system, more panels on the east roof, or reinforcement.',
      miss: 'There are a few panels left over from the last job.',
    },
    {
      id: 'we-could-or',
      pattern: 'we|you could ~2-8 ~0-6 , ~1-8 ~0-8 or',
      hit: 'We could dig a new soakaway, connect to the drain, or leave it as it is.',
      miss: 'We could start on Monday if the weather holds.',
    },
    {
      id: 'either-or',
      pattern: 'either ~1-8 or',
      hit: 'Either we reinforce the roof or we fit fewer panels.',
      miss: 'We reinforce the roof before the panels arrive.',
    },
  ],
};

/** A shrug where the decision should be asked for: "Anyway, something to think about." */
export const SHRUGS: FrameBook = {
  de: [
    {
      id: 'mal-sehen-wie',
      pattern: 'mal+sehen|mal+schauen|schauen+wir+mal|sehen+wir+mal|mal+gucken (,) wie|was|ob',
      hit: 'Mal sehen, wie sich das in den nächsten Wochen entwickelt.',
      miss: 'Ich sehe mir das am Montag an und melde mich.',
    },
    {
      id: 'denkanstoss',
      pattern:
        'nur+als+denkanstoß|nur+so+als+denkanstoß|als+kleiner+denkanstoß|nur+ein+gedanke|nur+so+ein+gedanke|etwas+zum+nachdenken|was+zum+nachdenken $',
      hit: 'Jedenfalls etwas zum Nachdenken.',
      miss: 'Danke für Ihre Anregung zum Eingang.',
    },
    {
      id: 'im-hinterkopf',
      pattern: 'behalten|behalte ~0-3 im+hinterkopf|im+auge',
      hit: 'Wir behalten das im Hinterkopf, während es weitergeht.',
      miss: 'Wir stellen das bis Freitag fertig.',
    },
  ],
  en: [
    {
      id: 'something-to-think-about',
      pattern:
        'something+to+think+about|something+to+mull+over|something+to+consider|things+to+think+about|food+for+thought|just+a+thought $',
      hit: 'Anyway, something to think about.',
      miss: 'Something to sign is attached, please return it by Friday.',
    },
    {
      id: 'shakes-out',
      pattern:
        "we'll|we+will|let's|i+guess+we'll see how|what ~0-3 shakes+out|shake+out|plays+out|play+out|pans+out|pan+out|goes|unfolds|develops",
      hit: "I guess we'll see how it all shakes out over the next few weeks.",
      miss: "We'll see you at the venue on Saturday.",
    },
    {
      id: 'keep-in-mind',
      pattern: "we'll|we+will|i'll|i+will keep|bear ~0-2 that|it|this|them in+mind",
      hit: "We'll keep that in mind as things progress.",
      miss: "We'll keep the old tiles for the utility room.",
    },
  ],
};

// An ask taken straight back in its own sentence or the next ("Could you look at
// the lease? Totally fine if not."): the reader learns that nothing is really
// expected, so the ask counts as vague. Polite asks with a date stay clear.
export const TAKE_BACKS: FrameBook = {
  de: [
    {
      id: 'kein-problem-wenn-nicht',
      pattern:
        'kein+problem|kein+stress|keine+sorge|nicht+schlimm|alles+gut|auch+okay|auch+ok|auch+in+ordnung ~0-2 (,) (auch) wenn|falls nicht|es+nicht+klappt|es+nicht+geht|das+nicht+geht|das+nicht+klappt',
      hit: 'Kein Stress, falls es nicht klappt.',
      miss: 'Kein Stress, der Termin steht.',
    },
  ],
  en: [
    {
      id: 'fine-if-not',
      pattern:
        "fine|ok|okay|alright|no+worries|no+problem|all+good|understandable|understood ~0-2 if not|you+can't|you+cannot|it's+not+possible|that's+not+possible",
      hit: 'No problem at all if not.',
      miss: 'No problem at all, see you then.',
    },
  ],
};
