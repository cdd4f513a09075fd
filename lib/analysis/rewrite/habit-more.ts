// More habits pinned on the reader said as one occasion or a shared next step,
// for shapes habit.ts does not take (lib/analysis/rewrite/habit.ts):
//  - German, the reader (or their team) doing something to a thing, always:
//    the thing becomes the subject of what happened to it this time, from a
//    small table of verbs ("Ihre Buchhaltung begleicht unsere Rechnungen
//    notorisch erst nach der zweiten Mahnung" → "Unsere Rechnungen wurden
//    diesmal erst nach der zweiten Mahnung beglichen. Wie können wir das mit
//    Ihrer Buchhaltung beim nächsten Mal besser hinbekommen?"); sending
//    becomes what the writer received ("Ich habe diesmal die falsche Version
//    erhalten.");
//  - English, the reader having missed, cancelled or ignored every one of
//    something: those things as what happened to them ("You've missed every
//    deadline we set since March" → "The deadlines we set since March have
//    slipped. Could we look together at what would help with the next one?");
//  - English, "Every session you cancel late is …": the cost said of one such
//    session ("A session cancelled late is …").
// The object phrase stays as written: a German object moves into the subject
// only where its accusative is its nominative (or a masculine one declines
// plainly) and its number is clear. Every other shape gets nothing.
import { type Candidate, findPhrase, type RewriteInput, type Strategy } from './context';
import { nobodyOnYourSideDe, passedOver } from './fault-de';
import { nobodyOnYourSide, withConsequenceEn } from './fault-en';
import { nounPhraseEnd } from './german';
import { CONNECTORS, nominative, plural, SAME_CASE } from './passive.de';
import { clauseEnd, gapped, type Piece, render, words, wordsEnd } from './pieces';

const DE_NEXT = 'Wie können wir das beim nächsten Mal besser hinbekommen?';
const EN_NEXT = 'Could we look together at what would help with the next one?';

/** Habit words (folded) that go: the occasion is said with "diesmal" instead. "fast"/"praktisch" go with "immer". */
const DE_HABITS = [
  'immer',
  'fast immer',
  'praktisch immer',
  'immer wieder',
  'ständig',
  'dauernd',
  'andauernd',
  'permanent',
  'laufend',
  'regelmässig',
  'grundsätzlich',
  'prinzipiell',
  'notorisch',
  'chronisch',
  'stets',
  'generell',
  'ausnahmslos',
  'wiederholt',
  'fortwährend',
  'beharrlich',
  'jedes mal',
  'jedesmal',
];

/**
 * What a German verb (lemma) said of its object becomes. `received`: the writer
 * received the object ("schicken"); `state`: the object is said in a passive or
 * a state, with the participle ("beglichen") and when it fits: `late` after a
 * time with "erst" ("wurden diesmal erst … beglichen"), `negated` after "nicht"
 * ("waren diesmal nicht geprüft"), `plain` with nothing else ("sind diesmal
 * untergegangen", for the nouns `nouns` allows).
 */
interface GermanVerb {
  received?: boolean;
  participle?: string;
  late?: boolean;
  negated?: boolean;
  plain?: { said: string; nouns: RegExp };
}
/** Nouns a plain event is said of, singular and plural, by their endings (so compounds count: "Warnhinweise"). */
function nouns(pairs: string): RegExp {
  return new RegExp(`(?:${pairs.replace(/ /g, '|').replace(/\//g, '|')})$`);
}
const MESSAGES_LIST =
  'mahnung/mahnungen erinnerung/erinnerungen hinweis/hinweise nachricht/nachrichten mail/mails anfrage/anfragen rückfrage/rückfragen empfehlung/empfehlungen warnung/warnungen bitte/bitten schreiben/schreiben brief/briefe';
const FAULTS_LIST = 'fehler/fehler tippfehler/tippfehler zahlendreher/zahlendreher unstimmigkeit/unstimmigkeiten';
const STEPS_LIST =
  'phase/phasen test/tests prüfung/prüfungen schritt/schritte abnahme/abnahmen kontrolle/kontrollen freigabe/freigaben';
/** Things one writes to someone: what "ignoriert" can say went under. */
const MESSAGES = nouns(MESSAGES_LIST);
const FAULTS = nouns(FAULTS_LIST);
/** Steps of a process that "überspringen" can say fell away. */
const STEPS = nouns(STEPS_LIST);
/** The number of a listed noun by its ending where the lemma tables cannot tell (null: the same both ways, or not listed). */
function listedNumber(folded: string): boolean | null {
  let best: { length: number; many: boolean | null } | null = null;
  for (const pair of `${MESSAGES_LIST} ${FAULTS_LIST} ${STEPS_LIST}`.split(' ')) {
    const [one, many] = pair.split('/') as [string, string];
    for (const [form, isMany] of [
      [one, false],
      [many, true],
    ] as const)
      if (folded.endsWith(form) && (!best || form.length > best.length))
        best = { length: form.length, many: one === many ? null : isMany };
  }
  return best?.many ?? null;
}
const DE_VERBS: Record<string, GermanVerb> = {
  schicken: { received: true },
  senden: { received: true },
  zuschicken: { received: true },
  liefern: { received: true },
  mailen: { received: true },
  übermitteln: { received: true },
  ignorieren: { plain: { said: 'untergegangen', nouns: MESSAGES } },
  übergehen: { plain: { said: 'untergegangen', nouns: MESSAGES } },
  überlesen: { plain: { said: 'untergegangen', nouns: MESSAGES } },
  übersehen: { plain: { said: 'durchgerutscht', nouns: FAULTS } },
  überspringen: { plain: { said: 'ausgefallen', nouns: STEPS } },
  begleichen: { participle: 'beglichen', late: true },
  bezahlen: { participle: 'bezahlt', late: true, negated: true },
  zahlen: { participle: 'gezahlt', late: true },
  überweisen: { participle: 'überwiesen', late: true },
  beantworten: { participle: 'beantwortet', late: true, negated: true },
  unterschreiben: { participle: 'unterschrieben', late: true, negated: true },
  absagen: { participle: 'abgesagt', late: true },
  freigeben: { participle: 'freigegeben', late: true, negated: true },
  einreichen: { participle: 'eingereicht', late: true },
  abgeben: { participle: 'abgegeben', late: true, negated: true },
  zurückschicken: { participle: 'zurückgeschickt', late: true },
  prüfen: { participle: 'geprüft', late: true, negated: true },
  einspielen: { participle: 'eingespielt', late: true, negated: true },
  installieren: { participle: 'installiert', late: true, negated: true },
  ausfüllen: { participle: 'ausgefüllt', negated: true },
  aktualisieren: { participle: 'aktualisiert', negated: true },
};
/** Words of a time that makes it late ("erst nach der zweiten Mahnung", "erst am selben Morgen"). */
const DE_LATE = /^(?:erst|spät|später|verspätet|kurzfristig)$/;
/** Words that may not stand in the time or manner kept: a second clause, the reader, a count, a negation. */
const DE_NOT_IN_REST =
  /^(?:und|oder|aber|weil|dass|ob|wenn|sodass|nicht|nie|kein|keine|sie|ihnen|du|dich|dir|ihr|euch|wieder|erneut|schon|mal|natürlich|offenbar|offensichtlich|einfach|ja|doch|halt|eben)$/;
/** Possessives of the reader before a team ("Ihre Buchhaltung"), with the dative the question takes. */
const TEAM_DATIVE: Record<string, { feminine: string; other: string; plural: string }> = {
  ihr: { feminine: 'ihrer', other: 'ihrem', plural: 'ihren' },
  ihre: { feminine: 'ihrer', other: 'ihrem', plural: 'ihren' },
  euer: { feminine: 'eurer', other: 'eurem', plural: 'euren' },
  eure: { feminine: 'eurer', other: 'eurem', plural: 'euren' },
  dein: { feminine: 'deiner', other: 'deinem', plural: 'deinen' },
  deine: { feminine: 'deiner', other: 'deinem', plural: 'deinen' },
};

/** The reader at `at`: "Sie", "du", "ihr" (lower case), or a possessive and one noun ("Ihre Buchhaltung"). */
function readerAt(pieces: readonly Piece[], at: number): { end: number; team: Piece[] | null } | null {
  const p = pieces[at];
  if (!p?.word) return null;
  if (p.text === 'Sie' || p.folded === 'du' || (p.text === 'ihr' && at > 0)) return { end: at + 1, team: null };
  const noun = pieces[at + 1];
  if (TEAM_DATIVE[p.folded] && noun?.word && /^\p{Lu}/u.test(noun.text) && !/^(?:Sie|Ihnen)$/.test(noun.text))
    return { end: at + 2, team: [p, noun] };
  return null;
}

/** "Ihre Buchhaltung" → "Ihrer Buchhaltung", "Ihr Büro" → "Ihrem Büro"; null where gender or number is unclear. */
function teamDative(team: readonly Piece[]): string | null {
  const [det, noun] = team as [Piece, Piece];
  const forms = TEAM_DATIVE[det.folded];
  if (!forms) return null;
  const many = plural([{ ...det, folded: det.folded === 'ihr' || det.folded === 'euer' ? 'das' : 'die' }, noun]);
  // "Ihre" before one noun is feminine; "Ihr"/"euer" before one noun masculine or neuter (both "-em").
  const feminine = /e$/.test(det.folded);
  if (many === null || (many && !feminine)) return null;
  // A plural in the dative takes "-n" ("Ihren Mitarbeitern"); one already ending in n or s keeps its form.
  const form = many ? forms.plural : feminine ? forms.feminine : forms.other;
  const text = det.text.charAt(0) === 'I' ? `I${form.slice(1)}` : form;
  const nounText = many && !/[ns]$/.test(noun.text) ? `${noun.text}n` : noun.text;
  return `${text} ${nounText}`;
}

/** The object as the subject of what happened to it, and whether it is plural; null where case or number is unclear. */
function asSubject(object: readonly Piece[]): { pieces: Piece[]; many: boolean } | null {
  const det = object[0] as Piece;
  // "unser Angebot" as an object is neuter (a masculine one would be "unseren"): one, and the same in the nominative.
  if (/^(?:unser|euer|mein|dein|ihr)$/.test(det.folded)) return { pieces: [...object], many: false };
  if (det.folded === 'dieselben') return { pieces: [...object], many: true };
  const masculine = nominative(object);
  if (masculine) return { pieces: masculine, many: false };
  if (!SAME_CASE.test(det.folded)) return null;
  const many = plural(object) ?? listedNumber((object[object.length - 1] as Piece).folded);
  return many === null ? null : { pieces: [...object], many };
}

function german(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  let at = 0;
  const lead: Piece[] = [];
  if (pieces[0]?.word && CONNECTORS.has(pieces[0].folded)) {
    lead.push(pieces[0]);
    at = 1;
  }
  // "Ihre Buchhaltung begleicht …", or after a connector "Leider sagen Sie … ab".
  let reader = lead.length === 0 ? readerAt(pieces, at) : null;
  let verbAt: number;
  let from: number;
  if (reader) {
    verbAt = reader.end;
    from = verbAt + 1;
  } else {
    verbAt = at;
    reader = readerAt(pieces, at + 1);
    if (!reader) return [];
    from = reader.end;
  }
  const verb = pieces[verbAt];
  if (!verb?.word) return [];
  const rule = DE_VERBS[verb.lemma];
  if (!rule) return [];
  const end = clauseEnd(pieces, from);
  // The habit word, then the object (or the object, then the habit word), then what is left of the clause.
  const habit = findPhrase(pieces, DE_HABITS, from, end);
  if (!habit) return [];
  // "leider" inside the clause moves to the front with the other connectors.
  const middle = pieces.slice(from, end).filter((p, i) => {
    const k = from + i;
    if (k >= habit.at && k < habit.end) return false;
    if (p.folded === 'leider' && lead.length === 0) {
      lead.push(p);
      return false;
    }
    return true;
  });
  // "schickt uns …": the receiver goes; the writer who received it is the one named.
  let receiver: string = writer;
  if (rule.received && /^(?:mir|uns)$/.test(middle[0]?.folded ?? '')) {
    receiver = middle[0]?.folded === 'uns' ? 'wir' : 'ich';
    middle.shift();
  }
  if (middle.length === 0) return [];
  const objectEnd = nounPhraseEnd(middle, 0);
  if (objectEnd < 0) return [];
  const object = middle.slice(0, objectEnd);
  let rest = middle.slice(objectEnd);
  // A separable verb's particle closes the clause ("sagen … ab", "spielt … ein"): it goes with the verb.
  const particle = rest[rest.length - 1];
  const lemma = verb.lemma;
  if (
    particle?.word &&
    lemma !== verb.folded &&
    lemma.startsWith(particle.folded) &&
    !verb.folded.startsWith(particle.folded)
  )
    rest = rest.slice(0, -1);
  else if (/^(?:ab|an|auf|aus|ein|zu|zurück|vor|nach|mit|frei|weg)$/.test(particle?.folded ?? '')) return [];
  const negated = rest[0]?.folded === 'nicht';
  if (negated) rest = rest.slice(1);
  if (rest.some((p) => !p.word || DE_NOT_IN_REST.test(p.folded))) return [];
  const late = rest.some((p) => DE_LATE.test(p.folded));
  // What comes after the clause: kept only as ", und …" of no one in particular.
  const tail = pieces.slice(end);
  const last = tail[tail.length - 1];
  const closing = last && !last.word ? tail.slice(0, -1) : tail;
  if (closing.length > 0) {
    if (closing[0]?.text !== ',' || closing[1]?.folded !== 'und') return [];
    if (closing.some((p) => p.text === 'Sie' || /^(?:ihnen|du|dich|dir|euch|dein|deine|euer|eure)$/.test(p.folded)))
      return [];
    if (closing.slice(1).some((p) => !p.word && p.text !== ',')) return [];
  }
  const team = reader.team ? teamDative(reader.team) : null;
  if (reader.team && !team) return [];
  const next = team ? `Wie können wir das mit ${team} beim nächsten Mal besser hinbekommen?` : DE_NEXT;
  let clause: Piece[] | null = null;
  if (rule.received) {
    // Sent in some manner ("ungeordnet") is no occasion this frame names well: only the thing, or a time that made it late.
    // A late time after the object ("die Texte dauernd erst …") is habit.ts's, with a date asked for.
    if (negated || (rest.length > 0 && !late) || (late && habit.at !== from)) return [];
    const subject = receiver === 'wir' ? 'wir' : 'ich';
    const have = receiver === 'wir' ? 'haben' : 'habe';
    const front = lead.length > 0 ? [...lead, ...words(`${have} ${subject}`)] : words(`${subject} ${have}`);
    clause = [...front, ...gapped(object, ' '), ...words('diesmal'), ...rest, ...words('erhalten')];
  } else {
    const subject = asSubject(object);
    if (!subject) return [];
    const head = object[object.length - 1] as Piece;
    // A phrase that belongs to the object ("meine Erinnerungen an die Fristen") moves with it.
    if (/^(?:an|zu|zum|zur|über|für|von)$/.test(rest[0]?.folded ?? '') && nounPhraseEnd(rest, 1) === rest.length) {
      subject.pieces.push(...rest);
      rest = [];
    }
    const many = subject.many;
    let aux: string;
    let said: string;
    if (negated && rule.negated && rule.participle && rest.length === 0) {
      aux = many ? 'waren' : 'war';
      said = `nicht ${rule.participle}`;
    } else if (!negated && late && rule.late && rule.participle) {
      aux = many ? 'wurden' : 'wurde';
      said = rule.participle;
    } else if (!negated && rest.length === 0 && rule.plain?.nouns.test(head.folded)) {
      aux = many ? 'sind' : 'ist';
      said = (rule.plain as { said: string }).said;
    } else return [];
    const front =
      lead.length > 0 ? [...lead, ...words(aux), ...gapped(subject.pieces, ' ')] : [...subject.pieces, ...words(aux)];
    clause = [...front, ...words('diesmal'), ...rest, ...words(said)];
  }
  const text = render([...clause, ...closing, ...words('.')]);
  const dropped = [
    ...pieces.slice(habit.at, habit.end).map((p) => p.folded),
    verb.folded,
    ...(reader.team ? [] : ['sie', 'du', 'ihr']),
    'nicht',
  ];
  return [{ text: `${text} ${next}`, dropped }];
}

/** English verbs of a missed occasion and what they become said of the things ("have slipped"). */
const EN_MISSED: Record<string, { dates: string; other: string } | string> = {
  missed: { dates: 'have slipped', other: "haven't gone ahead" },
  cancelled: 'have been cancelled',
  canceled: 'have been canceled',
  skipped: { dates: 'have slipped', other: "haven't gone ahead" },
  ignored: 'have gone unanswered',
};
const EN_DATES = /^(?:deadline|date|cutoff|cut-off|due)$/;
const EN_MESSAGES = /^(?:reminder|email|e-mail|message|notice|request|letter|query|warning|invoice)$/;
/** Words that end the noun after "every" and open what is said of it ("we set", "since March", "this year"). */
const EN_NOUN_STOP =
  /^(?:we|we've|we’ve|we'd|i|i've|i’ve|i'd|you|they|since|this|that|which|so|in|at|on|for|over|during|last|until|by|from|to|after|before)$/;

/** "deadline" → "deadlines", "query" → "queries", "match" → "matches". */
function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "You've missed every (single) deadline we set since March, and …" → "The deadlines we set since March have slipped, and …". */
function everyMissed(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  let at = 0;
  const first = pieces[0];
  if (!first?.word) return [];
  // "You've" is one piece; "You have" two.
  if (first.folded === "you've" || first.folded === 'you’ve') at = 1;
  else if (first.folded === 'you') at = /^(?:have|'ve)$/.test(pieces[1]?.folded ?? '') ? 2 : 1;
  else return [];
  const verb = pieces[at];
  const said = verb?.word ? EN_MISSED[verb.folded] : undefined;
  if (!said) return [];
  let n = at + 1;
  if (pieces[n]?.folded !== 'every') return [];
  n++;
  if (pieces[n]?.folded === 'single') n++;
  const end = clauseEnd(pieces, n);
  let stop = n;
  while (stop < end && !EN_NOUN_STOP.test((pieces[stop] as Piece).folded)) stop++;
  // One or two words of a noun ("deadline", "payment date", "check-in").
  if (stop - n < 1 || stop - n > 2) return [];
  const noun = pieces[stop - 1] as Piece;
  if (!/^[a-z][a-z-]+$/.test(noun.text)) return [];
  const rest = pieces.slice(stop, end);
  if (rest.some((p) => !p.word || /^(?:you|your|again|and|or|but|never|not)$/.test(p.folded))) return [];
  const tail = pieces.slice(end);
  const last = tail[tail.length - 1];
  const closing = last && !last.word ? tail.slice(0, -1) : tail;
  if (closing.length > 0) {
    if (closing[0]?.text !== ',' || !/^(?:and|so)$/.test(closing[1]?.folded ?? '')) return [];
    if (closing.some((p) => /^(?:you|your|yours|you're|you've)$/.test(p.folded))) return [];
  }
  let predicate: string;
  if (typeof said === 'string') {
    if (verb?.folded === 'ignored' && !EN_MESSAGES.test(noun.folded)) return [];
    predicate = said;
  } else predicate = EN_DATES.test(noun.folded) ? said.dates : said.other;
  const head = pieces.slice(n, stop - 1);
  const text = render([
    ...words('The'),
    ...head.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)),
    { ...noun, text: pluralOf(noun.text), folded: pluralOf(noun.folded) },
    ...rest,
    ...words(predicate),
    ...closing,
    ...words('.'),
  ]);
  return [
    {
      text: `${text} ${EN_NEXT}`,
      dropped: [first.folded, 'you', 'have', verb?.folded ?? '', 'every', 'single'],
    },
  ];
}

/** Verbs of "Every session you cancel …" and their participle. */
const EN_COST_VERBS: Record<string, string> = {
  skip: 'skipped',
  miss: 'missed',
  cancel: 'cancelled',
  postpone: 'postponed',
  reschedule: 'rescheduled',
};

/** "Each session you cancel late is time another client needed." → "A session cancelled late is time another client needed." */
function everyOneCosts(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const first = pieces[0];
  if (!first?.word || !/^(?:every|each)$/.test(first.folded)) return [];
  let n = 1;
  if (pieces[n]?.folded === 'single') n++;
  const noun = pieces[n];
  const you = pieces[n + 1];
  const verb = pieces[n + 2];
  if (!noun?.word || you?.folded !== 'you' || !verb?.word || !/^[a-z-]+$/.test(noun.text)) return [];
  const participle = EN_COST_VERBS[verb.folded];
  if (!participle) return [];
  // Up to two words of manner ("late", "at short notice" is not taken), then "is"/"'s".
  let is = n + 3;
  while (is < pieces.length && is < n + 5 && pieces[is]?.word && !/^(?:is|was)$/.test((pieces[is] as Piece).folded))
    is++;
  if (!/^(?:is|was)$/.test(pieces[is]?.folded ?? '')) return [];
  const manner = pieces.slice(n + 3, is);
  if (manner.some((p) => !/^(?:late|early|again)$/.test(p.folded)) || manner.some((p) => p.folded === 'again'))
    return [];
  const article = /^[aeiou]/.test(manner.length > 0 ? noun.folded : participle) ? 'An' : 'A';
  const said =
    manner.length > 0
      ? [...words(article), { ...noun, gap: ' ' }, ...words(participle), ...manner]
      : [...words(`${article} ${participle}`), { ...noun, gap: ' ' }];
  const text = render([...said, ...pieces.slice(is)]);
  return [{ text, dropped: [first.folded, 'single', 'you', verb.folded] }];
}

// ------------------------------------------------------------ the same question, again and again

/** Words of the habit around a question asked again: they go ("jede Woche", "in jeder Sitzung", "erneut"). */
const DE_AGAIN_WORDS =
  /^(?:wieder|erneut|schon|ständig|dauernd|andauernd|laufend|immer|jede|jeden|jedem|jeder|jedes|in|bei|beim|mal|woche|monat|tag|sitzung|termin|treffen|gespräch|besprechung|stunde|telefonat|runde|einzelne|einzelnen|wiederholt|regelmässig|fortwährend|abermals)$/;
const DE_ASKING = /^(?:fragst|fragt|fragen|fragte|fragten|fragtest)$/;
const DE_TOPIC = /^(?:nach|zu|zum|zur|wegen)$/;

/**
 * "Du fragst jede Woche wieder nach dem Stand" → "Deine Frage nach dem Stand ist berechtigt – ich schicke dir die
 * Antwort gern schriftlich, dann hast du sie jederzeit zur Hand." The topic stays as written; the habit goes.
 */
function askedAgainDe(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const end = wordsEnd(pieces);
  if (end < 0) return [];
  // The reader and the verb, in either order ("Du fragst …", "Jede Woche fragst du …", "Sie stellen … die gleiche Frage").
  const reader = pieces.findIndex((p) => /^(?:du|ihr)$/.test(p.folded) || p.text === 'Sie');
  if (reader < 0) return [];
  const form: RewriteInput['form'] =
    pieces[reader]?.folded === 'du' ? 'du' : pieces[reader]?.folded === 'ihr' ? 'ihr' : 'sie';
  const asking = (k: number) =>
    DE_ASKING.test(pieces[k]?.folded ?? '') || /^(?:stellst|stellt|stellen)$/.test(pieces[k]?.folded ?? '');
  const verbAt = asking(reader + 1) ? reader + 1 : reader - 1;
  const verb = pieces[verbAt];
  const stellen = verb && /^(?:stellst|stellt|stellen)$/.test(verb.folded);
  if (!verb || !(DE_ASKING.test(verb.folded) || stellen)) return [];
  // Everything but the reader, the verb and the topic is the habit.
  const rest = pieces.slice(0, end).filter((_, k) => k !== reader && k !== verbAt);
  let topicAt = -1;
  let questionWords: Piece[] = [];
  if (stellen) {
    // "die gleiche/dieselbe Frage zur Pendlerpauschale"
    const q = rest.findIndex((p) => p.folded === 'frage');
    if (q < 1 || !/^(?:gleiche|selbe|dieselbe)$/.test(rest[q - 1]?.folded ?? '')) return [];
    questionWords = rest.slice(q - 2 >= 0 && rest[q - 2]?.folded === 'die' ? q - 2 : q - 1, q + 1);
    topicAt = q + 1;
  } else topicAt = rest.findIndex((p) => DE_TOPIC.test(p.folded));
  if (topicAt < 0 || !DE_TOPIC.test(rest[topicAt]?.folded ?? '')) return [];
  const prep = rest[topicAt] as Piece;
  const npFrom = /^(?:zum|zur)$/.test(prep.folded) ? topicAt + 1 : topicAt + 1;
  const npEnd = /^(?:zum|zur)$/.test(prep.folded)
    ? (() => {
        // "zur Pendlerpauschale": the noun (and what attaches to it) right after.
        const e = nounPhraseEnd([...words('die'), ...rest.slice(npFrom)], 0);
        return e < 0 ? -1 : npFrom + e - 1;
      })()
    : nounPhraseEnd(rest, npFrom);
  if (npEnd !== rest.length) return [];
  const topic = rest.slice(topicAt, npEnd);
  const habit = rest.slice(0, topicAt).filter((p) => !questionWords.includes(p));
  if (habit.length === 0 || habit.some((p) => !DE_AGAIN_WORDS.test(p.folded))) return [];
  // "nach" takes the dative: the topic after it is as the user wrote it; "wegen" needs none of ours.
  const poss = form === 'du' ? 'Deine' : form === 'ihr' ? 'Eure' : 'Ihre';
  const you = form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen';
  const have = form === 'du' ? 'hast du' : form === 'ihr' ? 'habt ihr' : 'haben Sie';
  const send = writer === 'wir' ? 'wir schicken' : 'ich schicke';
  const text = `${render([...words(`${poss} Frage`), ...topic])} ist berechtigt – ${send} ${you} die Antwort gern schriftlich, dann ${have} sie jederzeit zur Hand.`;
  return [
    {
      text,
      dropped: [
        verb.folded,
        pieces[reader]?.folded ?? '',
        ...habit.map((p) => p.folded),
        ...questionWords.map((p) => p.folded),
      ],
    },
  ];
}

/** English words of the habit around a question asked again. */
/** A comma may stand inside an English habit sentence ("Every month, you ask …"). */
const COMMA: ReadonlySet<string> = new Set([',']);

const EN_AGAIN_WORDS =
  /^(?:again|every|each|single|week|month|day|time|session|meeting|call|visit|appointment|at|in|on|keep|always|constantly|repeatedly|still)$/;

/**
 * "Every single month you ask about the VAT again" → "Your question about the VAT is a fair one – I'm happy to put
 * the answer in writing, so you have it to hand whenever you need it."
 */
function askedAgainEn(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const end = wordsEnd(pieces, COMMA);
  if (end < 0) return [];
  const you = pieces.findIndex((p) => p.folded === 'you');
  if (you < 0) return [];
  let v = you + 1;
  const keep = /^(?:keep|always|constantly|repeatedly|still)$/.test(pieces[v]?.folded ?? '');
  if (keep) v++;
  const verb = pieces[v];
  if (!verb || !(keep ? verb.folded === 'asking' : /^(?:ask|asks)$/.test(verb.folded))) return [];
  if (pieces[v + 1]?.folded !== 'about') return [];
  // The topic: "about" and a phrase up to the habit words after it ("again", "at every single session").
  let t = v + 2;
  if (!/^(?:the|your|our|my|this|that|these|those)$/.test(pieces[t]?.folded ?? '')) return [];
  t++;
  while (t < end && pieces[t]?.word && !EN_AGAIN_WORDS.test((pieces[t] as Piece).folded)) t++;
  if (t === v + 3) return [];
  const topic = pieces.slice(v + 1, t);
  const habit = [...pieces.slice(0, you), ...pieces.slice(you + 1, v), ...pieces.slice(t, end)].filter((p) => p.word);
  if (habit.length === 0 || habit.some((p) => !EN_AGAIN_WORDS.test(p.folded))) return [];
  if (!habit.some((p) => /^(?:again|every|each|keep|always|constantly|repeatedly)$/.test(p.folded))) return [];
  const dropped = ['you', verb.folded, ...habit.map((p) => p.folded)];
  const me = writer === 'wir' ? "we're" : "I'm";
  const text = `${render([...words('Your question'), ...topic])} is a fair one – ${me} happy to put the answer in writing, so you have it to hand whenever you need it.`;
  return [{ text, dropped }];
}

// ------------------------------------------------------------ every one treated as optional, every one held up

/** Things the writer plans around: "every deadline" → "the deadlines", said as what the planning rests on. */
const EN_PLANNED = /^(?:deadlines?|appointments?|dates?|sessions?|meetings?|slots?|bookings?)$/;
/** Things the writer advises: said as reasoning the writer is glad to explain. */
const EN_ADVISED =
  /^(?:instructions?|recommendations?|guidelines?|rules?|checklists?|requirements?|specifications?|warnings?)$/;

/**
 * "You treat every deadline as a suggestion" → "Our planning depends on the deadlines. Could we agree on ones that
 * work for you, so we can both rely on them?"; "You treat each of our recommendations as negotiable" → "I'm happy
 * to explain the reasoning behind any of our recommendations. Which ones would you like to go through together?"
 */
function everyTreatedLightly(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const end = wordsEnd(pieces);
  const at = (i: number) => pieces[i]?.folded ?? '';
  if (at(0) !== 'you' || end < 0) return [];
  let i = 1;
  let act: string[];
  if (/^(?:treat|handle)$/.test(at(1))) {
    act = [at(1)];
    i = 2;
  } else if (at(1) === 'act' && at(2) === 'as' && /^(?:if|though)$/.test(at(3))) {
    act = ['act', 'as', at(3)];
    i = 4;
  } else return [];
  // "every deadline", "each of our recommendations", "every single appointment".
  if (!/^(?:every|each|all)$/.test(at(i))) return [];
  const quantifier = [at(i)];
  i++;
  let owner = 'the';
  if (at(i) === 'single') {
    quantifier.push('single');
    i++;
  }
  if (at(i) === 'of' && /^(?:our|my|the)$/.test(at(i + 1))) {
    quantifier.push('of');
    owner = at(i + 1) === 'the' ? 'the' : at(i + 1);
    i += 2;
  }
  const noun = at(i);
  i++;
  // What follows: "as optional", "as a suggestion", "as negotiable", "is optional", "were optional".
  const tail = pieces.slice(i, end).map((p) => p.folded);
  const light = /^(?:optional|negotiable|suggestions?|recommendations?|guidelines?|rough|loose)$/;
  const ok =
    act[0] === 'act'
      ? /^(?:is|was|were|are)$/.test(tail[0] ?? '') && light.test(tail[tail.length - 1] ?? '') && tail.length <= 3
      : tail[0] === 'as' && light.test(tail[tail.length - 1] ?? '') && tail.length <= 4;
  if (!ok || !noun) return [];
  const plural = noun.endsWith('s') ? noun : pluralOf(noun);
  const dropped = ['you', ...act, ...quantifier, ...tail];
  if (EN_PLANNED.test(noun)) {
    const we = writer === 'wir' ? 'Our' : 'My';
    return [
      {
        text: `${we} planning depends on ${owner} ${plural}. Could we agree on ones that work for you, so we can both rely on them?`,
        dropped,
      },
    ];
  }
  if (EN_ADVISED.test(noun)) {
    const me = writer === 'wir' ? "We're" : "I'm";
    return [
      {
        text: `${me} happy to explain the reasoning behind any of ${owner} ${plural}. Which ones would you like to go through together?`,
        dropped,
      },
    ];
  }
  return [];
}

// ------------------------------------------------------------ every one held up

/** What the reader holds up, said of "each" one: "sit on", "hold on to", "hang on to". */
const HELD: Record<string, number> = { sit: 1, sits: 1, hold: 2, holds: 2, hang: 2, hangs: 2 };
/** What the thing comes back as after "before approving it" and the like. */
const BACK_AS: Record<string, string> = {
  approving: 'approved',
  signing: 'signed',
  returning: '',
  answering: 'answered',
};

/**
 * "You sit on every draft for a month" → "Each draft has been taking a month to come back to me. Could we agree on a
 * turnaround that works for both of us, starting with the next one?"; "… every invoice for weeks before approving it" → "… to come
 * back approved." The time stays as written.
 */
function everyHeldUp(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const end = wordsEnd(pieces);
  const at = (i: number) => pieces[i]?.folded ?? '';
  if (at(0) !== 'you' || end < 0) return [];
  const verb = at(1);
  const span = HELD[verb];
  if (!span) return [];
  if (span === 1 ? at(2) !== 'on' : !(at(2) === 'on' && at(3) === 'to')) return [];
  let i = 2 + span;
  if (!/^(?:every|each)$/.test(at(i))) return [];
  i++;
  if (at(i) === 'single') i++;
  const noun = pieces[i];
  if (!noun?.word || !/^[a-z-]+$/.test(noun.folded) || /s$/.test(noun.folded)) return [];
  i++;
  // "for a month", "for weeks", "for two weeks": the time as written.
  if (at(i) !== 'for') return [];
  const from = i + 1;
  let j = from;
  while (j < end && /^(?:a|an|one|two|three|four|five|six|several|few|whole|full|days?|weeks?|months?)$/.test(at(j)))
    j++;
  if (j === from || !/^(?:days?|weeks?|months?)$/.test(at(j - 1))) return [];
  const time = pieces.slice(from, j);
  let back = writer === 'wir' ? 'to come back to us' : 'to come back to me';
  const dropped = ['you', verb, 'on', 'to', 'every', 'single', 'for'];
  if (j < end) {
    // "before approving it": the thing comes back approved.
    const as = BACK_AS[at(j + 1)];
    if (at(j) !== 'before' || as === undefined || at(j + 2) !== 'it' || j + 3 !== end) return [];
    back = as ? `to come back ${as}` : back;
    dropped.push('before', at(j + 1), 'it');
  }
  const text = `${render([...words('Each'), noun, ...words('has been taking'), ...time])} ${back}. Could we agree on a turnaround that works for both of us, starting with the next one?`;
  return [{ text, dropped }];
}

export const habitMore: Strategy = (input) => {
  // Only habit-about-reader's findings: the other absolute rules have near misses of their own (rewrite.test.ts).
  if (input.ruleId !== 'habit-about-reader') return [];
  if (input.language === 'de')
    return [...german(input), ...askedAgainDe(input), ...nobodyOnYourSideDe(input), ...passedOver(input)];
  const found = everyMissed(input);
  return [
    ...(found.length > 0 ? found : everyOneCosts(input)),
    ...askedAgainEn(input),
    ...everyTreatedLightly(input),
    ...nobodyOnYourSide(input),
    ...withConsequenceEn(input),
    ...everyHeldUp(input),
  ];
};
