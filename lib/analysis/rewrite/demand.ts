// Demands and urgent needs said as requests, with their date: "Ich brauche
// den unterschriebenen Vertrag sofort zurück" → "Könnte ich den
// unterschriebenen Vertrag bis [Datum] zurückbekommen?", "We require full
// payment within seven days" → "Could we have full payment within seven
// days?", "Ich bestehe darauf, dass …" → "Mir ist wichtig, dass …", "Please
// send the form immediately" → "Could you send the form by [date]?". What is
// asked for, by whom and by when stays word for word; the urgency becomes a
// date the writer fills in (or is dropped where a date is already there). A
// sentence with a consequence, a second clause or anything uncertain gets
// nothing from here: the ultimatum rewrites keep consequences stated.
import { lemmaOf } from '../lemma';
import { type Candidate, findPhrase, phraseAt, type RewriteInput, type Strategy } from './context';
import { spelledInfinitive } from './german';
import { body, capitalise, type Piece, render, words } from './pieces';
import { DATE_WORDS, REWRITE_WORDS } from './words';

type Language = RewriteInput['language'];

/** Urgency that becomes the date to fill in: the shared list and a few more set phrases. */
const URGENCY: Record<Language, readonly string[]> = {
  de: [
    ...REWRITE_WORDS.de.urgency,
    'jetzt sofort',
    'ohne weitere verzögerung',
    'ohne schuldhaftes zögern',
    'so schnell wie möglich',
  ],
  en: [
    ...REWRITE_WORDS.en.urgency,
    'forthwith',
    'without further delay',
    'by return',
    'as a matter of urgency',
    'urgently',
    'like right now',
  ],
};
/** Urgency said as an adjective of the thing asked for ("eine sofortige Erklärung"): it goes, the date comes after. */
const URGENT_ADJECTIVES: Record<Language, RegExp> = {
  de: /^(?:sofortig|umgehend|unverzüglich|schnellstmöglich)(?:e|en|er|es|em)$/,
  en: /^(?:immediate|urgent|prompt)$/,
};
/** Words that only sharpen a deadline or a demand: they go ("bis spätestens Freitag" → "bis Freitag"). */
const EDGE: Record<Language, readonly string[]> = {
  de: [...REWRITE_WORDS.de.sharpeners, 'spätestens', 'hiermit', 'aber', 'allerdings', 'jedoch', 'doch', 'gefälligst'],
  en: [...REWRITE_WORDS.en.sharpeners, 'at the very latest', 'at the latest', 'hereby', 'though'],
};
/** Tails that close off the request and go with their comma or dash ("…, keine Ausreden mehr", "…, no exceptions"). */
const TAILS: Record<Language, readonly string[]> = {
  de: [
    ...REWRITE_WORDS.de.tails,
    'keine ausreden mehr',
    'ohne weitere verschiebung',
    'nicht morgen und nicht übermorgen',
    'nicht erst morgen',
    'nicht morgen',
    'egal wie',
  ],
  en: [
    ...REWRITE_WORDS.en.tails,
    'no excuses',
    'no more excuses',
    'not tomorrow not next week',
    'not tomorrow',
    'not next week',
    'not monday',
    'and i mean today',
    'and i mean it',
  ],
};
/** Verbs whose urgency reads better as "as soon as possible" than as a date to call by. */
const CALLING: Record<Language, ReadonlySet<string>> = {
  de: new Set(['anrufen', 'zurückrufen', 'melden', 'rückmelden', 'durchrufen']),
  en: new Set(['call', 'ring', 'phone']),
};
const SOON: Record<Language, string> = { de: 'so bald wie möglich', en: 'as soon as you can' };
const DATE: Record<Language, string> = { de: 'bis [Datum]', en: 'by [date]' };
/** A consequence, a condition or a second clause: the sentence is not a plain demand, and nothing is offered. */
const NOT_PLAIN: Record<Language, RegExp> = {
  de: /^(?:sonst|andernfalls|ansonsten|anderenfalls|widrigenfalls|oder|wenn|falls|sofern|weil|denn|damit|sodass|obwohl|nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ob)$/,
  en: /^(?:otherwise|or|else|if|unless|because|since|so|not|never|no|don't|won't|can't|cannot|whether)$/,
};
const SEPARABLE = new Set(
  'ab an auf aus bei ein fest fort her hin los mit nach nieder vor weg zu zurück zusammen durch'.split(' '),
);
const DE_PRONOUN_OBJECTS = new Set(['sie', 'dich', 'euch', 'ihn', 'mich', 'uns', 'es', 'ihnen', 'dir', 'mir', 'ihm']);
const EN_PERSON_OBJECTS = new Set([
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
  'yourself',
  'yourselves',
  'someone',
  'somebody',
]);

interface Prepared {
  pieces: Piece[];
  dropped: string[];
  /** Where the urgency stood (its replacement goes there), or -1. */
  urgent: number;
  /** An urgent adjective went: the date goes after the thing asked for. */
  adjective: boolean;
  dated: boolean;
}

/** The pieces without the closing-off tails at their end, with the mark before each; null when a tail has none. */
function withoutTails(start: readonly Piece[], language: Language): { pieces: Piece[]; dropped: string[] } | null {
  let pieces = [...start];
  const dropped: string[] = [];
  for (;;) {
    const phrase = TAILS[language].find((t) => {
      const n = t.split(' ').length;
      return pieces.length > n && phraseAt(pieces, pieces.length - n, t) === pieces.length;
    });
    if (!phrase) break;
    const at = pieces.length - phrase.split(' ').length;
    const before = pieces[at - 1] as Piece;
    if (before.word || !/^[,–—-]$/.test(before.text)) return null;
    dropped.push(...phrase.split(' '));
    pieces = pieces.slice(0, at - 1);
  }
  return { pieces, dropped };
}

/**
 * The sentence's body without its closing-off tails, sharpeners and urgency
 * (marked by where it stood); null when it holds a question, a second clause
 * or a consequence.
 */
function prepare(input: RewriteInput): Prepared | null {
  const { language } = input;
  let pieces = body(input.pieces);
  if (pieces.some((p) => !p.word && /[?;:()]/.test(p.text))) return null;
  const tails = withoutTails(pieces, language);
  if (!tails) return null;
  pieces = tails.pieces;
  const dropped = [...tails.dropped];
  for (let found = findPhrase(pieces, EDGE[language]); found; found = findPhrase(pieces, EDGE[language])) {
    dropped.push(...found.phrase.split(' '));
    pieces = [...pieces.slice(0, found.at), ...pieces.slice(found.end)];
  }
  if (pieces.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return null;
  if (pieces.some((p) => NOT_PLAIN[language].test(p.folded))) return null;
  let urgent = -1;
  let adjective = false;
  for (let found = findPhrase(pieces, URGENCY[language]); found; found = findPhrase(pieces, URGENCY[language])) {
    // "ab sofort" is "from now on", not haste.
    if (pieces[found.at - 1]?.folded === 'ab') return null;
    if (urgent >= 0) return null;
    urgent = found.at;
    dropped.push(...found.phrase.split(' '));
    pieces = [...pieces.slice(0, found.at), ...pieces.slice(found.end)];
  }
  const adjectiveAt = pieces.findIndex((p) => URGENT_ADJECTIVES[language].test(p.folded));
  if (adjectiveAt >= 0) {
    if (urgent >= 0) return null;
    const article = pieces[adjectiveAt - 1];
    const next = pieces[adjectiveAt + 1];
    // "an immediate answer" → "an answer", "an immediate refund" → "a refund": only where the article is sure.
    if (language === 'en' && article && /^(?:a|an)$/.test(article.folded)) {
      const first = next?.folded.charAt(0) ?? '';
      if (!/^[a-z]$/.test(first) || /[hu]/.test(first)) return null;
      const an = /[aeio]/.test(first);
      pieces[adjectiveAt - 1] = { ...article, text: an ? 'an' : 'a', folded: an ? 'an' : 'a' };
    }
    dropped.push((pieces[adjectiveAt] as Piece).folded);
    pieces = [...pieces.slice(0, adjectiveAt), ...pieces.slice(adjectiveAt + 1)];
    adjective = true;
  }
  // Checked once the urgency went: "by return" is no date.
  const dated = pieces.some((p) => DATE_WORDS[language].test(p.folded));
  return { pieces, dropped, urgent, adjective, dated };
}

/** The date (or "as soon as possible") where the urgency stood; nothing when the sentence has a date already. */
function withDate(prepared: Prepared, language: Language, calling: boolean, at?: number): Piece[] {
  const { pieces, urgent, adjective, dated } = prepared;
  if (dated || (urgent < 0 && !adjective)) return pieces;
  const date = words(calling ? SOON[language] : DATE[language]);
  const where = at ?? (urgent >= 0 ? urgent : pieces.length);
  return [...pieces.slice(0, where), ...date, ...pieces.slice(where)];
}

const question = (pieces: readonly Piece[]): string => {
  const first = pieces[0] as Piece;
  return render([{ ...first, gap: '', text: capitalise(first.text) }, ...pieces.slice(1), ...words('?')]);
};
const statement = (pieces: readonly Piece[]): string => {
  const first = pieces[0] as Piece;
  return render([{ ...first, gap: '', text: capitalise(first.text) }, ...pieces.slice(1), ...words('.')]);
};

// ---------------------------------------------------------------- German

const DE_NEED = new Set(['brauchen', 'benötigen', 'verlangen', 'erwarten', 'wollen', 'fordern']);
/** Nouns of people and teams (by their endings): "Ich brauche Ihren Elektriker sofort" asks for no thing. */
const DE_PERSON =
  /(?:er|erin|innen|ent|enten|eur|eure|ant|anten|kraft|kräfte|leute|personal|team|chef|chefin|kollege|kollegin|kollegen)$/;
/** Demands that take "bitten um" with the same accusative: "Ich verlange eine Rückerstattung" → "Ich bitte um …". */
const DE_ASK_FOR = new Set(['verlangen', 'erwarten', 'fordern']);
const DE_FRONTED = new Set(['bis', 'für', 'zum', 'zur', 'am', 'nach', 'vor', 'spätestens']);
/** Infinitives a "will" may close with: "ich will die Grafiken bis heute Abend sehen". */
const DE_WANT_INFINITIVES = new Set(['sehen', 'haben', 'bekommen', 'erhalten', 'lesen', 'hören']);
const DE_REQUEST: Record<RewriteInput['form'], string> = { sie: 'Könnten Sie', du: 'Könntest du', ihr: 'Könntet ihr' };
/** Verbs a request to the reader may close with (lemmas): sending, paying, signing, deciding. */
const DE_REQUEST_VERBS = new Set(
  'schicken senden zusenden zuschicken übersenden übermitteln einreichen nachreichen überweisen zahlen bezahlen begleichen unterschreiben unterzeichnen zurückgeben zurückschicken zurücksenden liefern bestätigen freigeben ausfüllen vorlegen hochladen zurückrufen anrufen melden entscheiden mitteilen weiterleiten abgeben vorbeibringen nehmen'.split(
    ' ',
  ),
);

/**
 * "Ich brauche X sofort (zurück)", "Wir verlangen X", "Bis spätestens Freitag
 * erwarte ich X", "ich will X bis heute Abend sehen": the writer's need as a
 * question ("Könnte ich X bis [Datum] (zurück)bekommen?"), and a demand as
 * "Ich bitte um X". The object keeps its accusative in both.
 */
function germanNeed(prepared: Prepared): Candidate[] {
  const { pieces } = prepared;
  let subject: number;
  let verb: number;
  const need = (p: Piece | undefined) => !!p?.word && DE_NEED.has(p.lemma.replace(/^zurück/, ''));
  if (/^(?:ich|wir)$/.test(pieces[0]?.folded ?? '') && need(pieces[1])) {
    subject = 0;
    verb = 1;
  } else {
    verb = pieces.findIndex((p, k) => k > 0 && need(p));
    subject = verb + 1;
    if (verb < 2 || !DE_FRONTED.has(pieces[0]?.folded ?? '') || !/^(?:ich|wir)$/.test(pieces[subject]?.folded ?? ''))
      return [];
    // The fronted phrase is a date or a purpose without a verb of its own.
    if (
      pieces
        .slice(1, verb)
        .some((p) => p.word && p.lemma !== p.folded && /en$/.test(p.lemma) && !/^\p{Lu}/u.test(p.text))
    )
      return [];
  }
  const me = pieces[subject] as Piece;
  const lemma = (pieces[verb] as Piece).lemma.replace(/^zurück/, '');
  const fronted = subject === 0 ? [] : pieces.slice(0, verb);
  let rest = pieces.slice(Math.max(subject, verb) + 1);
  // "von Ihnen" says who is asked: it stays, after the subject.
  if (rest.length < 1 || rest.some((p) => DE_PRONOUN_OBJECTS.has(p.folded) && p.text !== 'Ihnen')) return [];
  if (rest.some((p) => /^(?:zu|dass|hier|dort|da|vor|ort|mehr)$/.test(p.folded))) return [];
  // The thing asked for: a noun (capitalised) must be in it, not only adverbs ("Ich brauche das jetzt").
  if (!rest.some((p) => p.word && /^\p{Lu}/u.test(p.text) && p.text !== 'Ihnen')) return [];
  // A person asked for ("Ich erwarte Ihren Gutachter …", "… den Elektriker"): not a thing to get.
  if (rest.some((p) => p.word && /^\p{Lu}/u.test(p.text) && DE_PERSON.test(p.folded))) return [];
  let infinitive = 'bekommen';
  const last = rest[rest.length - 1] as Piece;
  if (lemma === 'wollen') {
    if (DE_WANT_INFINITIVES.has(last.folded)) {
      infinitive = last.folded;
      rest = rest.slice(0, -1);
    }
  } else if (last.folded === 'zurück') {
    infinitive = 'zurückbekommen';
    rest = rest.slice(0, -1);
  }
  if (rest.length < 1 || rest.some((p) => p.word && DE_NEED.has(p.lemma))) return [];
  // A verb or participle left at the end is another clause's: "Ich will, dass …" was refused, "Ich brauche X erledigt" too.
  const end = rest[rest.length - 1] as Piece;
  if (
    !/^\p{Lu}/u.test(end.text) &&
    !/^\d/.test(end.text) &&
    end.lemma !== end.folded &&
    /(?:en|ern|eln)$/.test(end.lemma)
  )
    return [];
  const restFrom = Math.max(subject, verb) + 1;
  // Urgency in the fronted part or before the verb: too unusual to place.
  if (prepared.urgent >= 0 && prepared.urgent < restFrom) return [];
  const urgent = prepared.urgent >= 0 ? Math.min(prepared.urgent - restFrom, rest.length) : -1;
  const object = withDate({ ...prepared, pieces: rest, urgent }, 'de', false);
  const wir = me.folded === 'wir';
  const could = words(wir ? 'Könnten wir' : 'Könnte ich');
  const frontedLower = fronted.map((p, k) =>
    k === 0 ? { ...p, gap: ' ', text: p.text.charAt(0).toLowerCase() + p.text.slice(1) } : p,
  );
  const out: Candidate[] = [
    {
      text: question([...could, ...frontedLower, ...object, ...words(spelledInfinitive(infinitive))]),
      dropped: [...prepared.dropped, (pieces[verb] as Piece).folded],
    },
  ];
  if (DE_ASK_FOR.has(lemma) && subject === 0 && infinitive === 'bekommen') {
    out.push({
      text: statement([{ ...me, gap: '' }, ...words(wir ? 'bitten um' : 'bitte um'), ...object]),
      dropped: [...prepared.dropped, (pieces[verb] as Piece).folded],
    });
  }
  return out;
}

/** "Ich erwarte, dass …", "Ich muss darauf bestehen, dass …": the frames of a demand on a dass-clause. */
const DE_FRAMES = [
  'erwarte',
  'erwarten',
  'bestehe darauf',
  'bestehen darauf',
  'muss darauf bestehen',
  'müssen darauf bestehen',
  'setze voraus',
  'setzen voraus',
  'gehe davon aus',
  'gehen davon aus',
  'verlange',
  'verlangen',
];
/** Connectors the frame may hold; they stay in the new one ("Mir ist aber wichtig, …"). */
const DE_CONNECTORS = new Set(['aber', 'allerdings', 'jedoch', 'auch', 'schon', 'also', 'daher', 'deshalb']);

/**
 * "Ich erwarte, dass die Arbeiten bis Freitag erledigt sind" → "Mir ist
 * wichtig, dass die Arbeiten bis Freitag erledigt sind." and "Können wir uns
 * darauf verständigen, dass …?": the clause stays as written.
 */
function germanFrame(input: RewriteInput): Candidate[] {
  const trimmed = withoutTails(body(input.pieces), 'de');
  if (!trimmed) return [];
  const all = trimmed.pieces;
  const me = all[0];
  if (!me || !/^(?:ich|wir)$/.test(me.folded)) return [];
  const comma = all.findIndex((p) => p.text === ',');
  if (comma < 2 || comma > 7 || all[comma + 1]?.folded !== 'dass') return [];
  const head = all.slice(1, comma);
  const connectors = head.filter((p) => DE_CONNECTORS.has(p.folded));
  const frame = head.filter((p) => !DE_CONNECTORS.has(p.folded) && p.folded !== 'hiermit');
  const said = frame.map((p) => p.folded).join(' ');
  if (!DE_FRAMES.includes(said)) return [];
  // The sentence's number agrees: "ich erwarte", "wir erwarten".
  if ((me.folded === 'ich') !== !/en$/.test(frame[0]?.folded ?? '')) return [];
  const clause = all.slice(comma + 1);
  if (clause.length < 4 || clause.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return [];
  if (clause.some((p) => /^(?:sonst|andernfalls|ansonsten|anderenfalls|widrigenfalls)$/.test(p.folded))) return [];
  // Two acts of the reader joined ("dass du … ausfüllst und zurückschickst"): left as they are.
  if (/^(?:du|ihr)$/.test(clause[1]?.folded ?? '') && clause.some((p) => /^(?:und|oder)$/.test(p.folded))) return [];
  // "ab sofort" reads "künftig"; sharpeners go.
  const dropped = [...trimmed.dropped, ...head.map((p) => p.folded)];
  let kept: Piece[] = [];
  for (let k = 0; k < clause.length; k++) {
    const p = clause[k] as Piece;
    // "ab sofort" is no haste, and not this frame's to restate.
    if (p.folded === 'ab' && clause[k + 1]?.folded === 'sofort') return [];
    if (REWRITE_WORDS.de.sharpeners.includes(p.folded)) {
      dropped.push(p.folded);
      continue;
    }
    if (URGENCY.de.includes(p.folded)) return [];
    kept.push(p);
  }
  kept = kept.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p));
  const wir = me.folded === 'wir';
  const important = [...words(wir ? 'Uns ist' : 'Mir ist'), ...connectors, ...words('wichtig ,')];
  return [
    { text: statement([...important, ...kept]), dropped },
    { text: question([...words('Können wir uns darauf verständigen ,'), ...kept]), dropped },
  ];
}

/** The infinitive of a German imperative: "schick" → "schicken", "nehmt" → "nehmen", "rufen (Sie)" → "rufen". */
function imperativeLemma(verb: Piece, form: RewriteInput['form']): string | null {
  const own = lemmaOf(verb.folded, 'de');
  if (form === 'sie') return verb.folded.endsWith('en') && own === verb.folded ? verb.folded : null;
  if (form === 'ihr') return verb.folded.endsWith('t') && own !== verb.folded && own.endsWith('en') ? own : null;
  // du: the bare stem ("schick", "ruf") or with "-e" ("sende"): its third person names the verb.
  const stem = verb.folded.replace(/e$/, '');
  for (const third of [`${stem}t`, `${stem}et`]) {
    const lemma = lemmaOf(third, 'de');
    if (lemma !== third && (lemma === `${stem}en` || lemma === `${stem}n`)) return lemma;
  }
  return null;
}

/**
 * An imperative with urgency ("Ruf mich bitte sofort an", "Bitte nehmt das
 * sofort offline", "Den Restbetrag überweisen Sie bitte unverzüglich") or a
 * command in the future ("Sie werden mir … zukommen lassen", "Sie haben … einzureichen")
 * as a question: "Könntest du mich so bald wie möglich anrufen?".
 */
function germanImperative(prepared: Prepared): Candidate[] {
  let pieces = prepared.pieces;
  let urgent = prepared.urgent;
  const bitte = pieces.findIndex((p) => p.folded === 'bitte');
  if (bitte >= 0) {
    pieces = [...pieces.slice(0, bitte), ...pieces.slice(bitte + 1)];
    if (urgent > bitte) urgent--;
  }
  const first = pieces[0];
  const second = pieces[1];
  if (!first?.word || !second?.word) return [];
  let form: RewriteInput['form'] | null = null;
  let lemma: string | null = null;
  let middle: Piece[];
  /** How many pieces before `middle` went (the urgency's place moves with them). */
  let cut: number;
  const future = first.text === 'Sie' && (second.folded === 'werden' || second.folded === 'haben');
  if (future) {
    // "Sie werden mir … zukommen lassen" / "Sie haben … (nach)zu(reichen)": the infinitive closes the sentence.
    const last = pieces[pieces.length - 1] as Piece;
    const beforeLast = pieces[pieces.length - 2];
    let tail = 1;
    if (second.folded === 'werden' && /en$/.test(last.folded) && last.lemma === last.folded) {
      lemma = last.folded;
      if (lemma === 'lassen' && beforeLast?.folded === 'zukommen') {
        lemma = 'zukommen lassen';
        tail = 2;
      }
    } else if (second.folded === 'haben') {
      const infix = /^(\p{L}+?)zu(\p{L}+en)$/u.exec(last.folded);
      if (beforeLast?.folded === 'zu' && /en$/.test(last.folded)) {
        lemma = last.folded;
        tail = 2;
      } else if (infix && SEPARABLE.has(infix[1] as string)) lemma = `${infix[1]}${infix[2]}`;
    }
    if (!lemma || (!DE_REQUEST_VERBS.has(lemma) && lemma !== 'zukommen lassen')) return [];
    form = 'sie';
    middle = pieces.slice(2, pieces.length - tail);
    cut = 2;
    if (urgent >= pieces.length - tail) return [];
  } else {
    const sie = pieces.findIndex((p, k) => k > 0 && k <= 5 && p.text === 'Sie');
    if (sie === 1) {
      // "Rufen Sie uns … zurück".
      form = 'sie';
      lemma = imperativeLemma(first, 'sie');
      middle = pieces.slice(2);
      cut = 2;
    } else if (sie > 1) {
      // "Den Restbetrag überweisen Sie …": a determiner and a noun fronted before the verb.
      const object = pieces.slice(0, sie - 1);
      if (!/^(?:den|die|das|diese|diesen|dieses|ihre|ihren)$/.test(first.folded)) return [];
      if (!/^\p{Lu}/u.test((object[object.length - 1] as Piece).text)) return [];
      if (object.slice(1, -1).some((p) => !p.word || /^\p{Lu}/u.test(p.text))) return [];
      if (urgent >= 0 && urgent <= sie) return [];
      form = 'sie';
      lemma = imperativeLemma(pieces[sie - 1] as Piece, 'sie');
      const lowered = object.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p));
      middle = [...lowered, ...pieces.slice(sie + 1)];
      cut = 2;
    } else {
      // "Ruf mich … an", "Nehmt das … offline": the du or ihr imperative.
      if (/^(?:ich|wir|er|es|man|ihr|du|sie)$/.test(second.folded) || /^\p{Lu}/u.test(second.text)) {
        if (!/^(?:den|die|das|dem|der)$/.test(second.folded) && second.text !== 'Ihnen') return [];
      }
      const ihr = imperativeLemma(first, 'ihr');
      const du = ihr ? null : imperativeLemma(first, 'du');
      form = ihr ? 'ihr' : du ? 'du' : null;
      lemma = ihr ?? du;
      middle = pieces.slice(1);
      cut = 1;
    }
    if (!form || !lemma) return [];
    // A separable particle closes the clause: "ruf … an" → "anrufen"; urgency before it goes to the end.
    const last = middle[middle.length - 1];
    if (last?.word && SEPARABLE.has(last.folded)) {
      lemma = `${last.folded}${lemma}`;
      middle = middle.slice(0, -1);
      if (urgent - cut > middle.length) urgent = middle.length + cut;
    }
    if (!DE_REQUEST_VERBS.has(lemma)) return [];
  }
  if (urgent >= 0) urgent -= cut;
  if (middle.length === 0 || urgent > middle.length || (prepared.urgent >= 0 && urgent < 0)) return [];
  // Without urgency nothing changes but the mood: not this move's sentence (a command in the future is one).
  if (prepared.urgent < 0 && !prepared.adjective && !future) return [];
  if (middle.some((p) => NOT_PLAIN.de.test(p.folded) || /^(?:ich|wir)$/.test(p.folded))) return [];
  const calling = CALLING.de.has(lemma);
  const dated = withDate({ ...prepared, pieces: middle, urgent }, 'de', calling);
  return [
    {
      text: question([
        ...words(DE_REQUEST[form]),
        ...dated.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p)),
        ...words(spelledInfinitive(lemma)),
      ]),
      dropped: [...prepared.dropped, first.folded, second.folded, 'bitte'],
    },
  ];
}

// ---------------------------------------------------------------- English

const EN_NEED = [
  'need',
  'really need',
  'do need',
  'require',
  'want',
  'demand',
  'insist on',
  'must insist on',
  'must have',
  'expect',
];
/** People and teams (by their endings and a few words): "I expect your surveyor …" asks for no thing. */
const EN_PERSON =
  /(?:surveyor|contractor|inspector|assessor|auditor|director|doctor|editor|tutor|instructor|counsellor|solicitor|supervisor|operator|decorator|ist|ian|eer|crew|team|staff|people|person|someone|somebody|anyone|fitter|plumber|builder|worker|manager|driver|courier|cleaner|partner|member|adviser|lawyer|accountant|consultant|assistant|agent)s?$/;
/** "insist on receiving …": the gerund goes with the demand. */
const EN_GERUNDS = new Set(['receiving', 'getting', 'having', 'seeing']);
const EN_GRATEFUL = new Set(['require', 'demand', 'insist on', 'must insist on', 'expect']);

/**
 * "I need the signed contract back ASAP", "We require full payment within
 * seven days", "I insist on a refund": "Could I have … by [date]?", and for a
 * demand also "I'd be grateful for …".
 */
function englishNeed(prepared: Prepared): Candidate[] {
  const { pieces } = prepared;
  const me = pieces[0];
  if (!me || !/^(?:i|we|i'll|we'll)$/.test(me.folded)) return [];
  const found = findPhrase(pieces, EN_NEED, 1, 4);
  if (found?.at !== 1) return [];
  let from = found.end;
  const dropped = [...prepared.dropped, ...found.phrase.split(' ')];
  if (found.phrase.endsWith('on') && EN_GERUNDS.has(pieces[from]?.folded ?? '')) {
    dropped.push((pieces[from] as Piece).folded);
    from++;
  }
  const rest = pieces.slice(from);
  const head = rest[0];
  // "I insist on paying …": a gerund is the writer's own act, not a thing to have.
  if (!head?.word || EN_PERSON_OBJECTS.has(head.folded) || /^(?:to|that|for|someone|more)$|ing$/.test(head.folded))
    return [];
  // "from you" says who is asked; any other "you" makes the reader the thing needed.
  if (
    rest.some(
      (p, k) =>
        (p.folded === 'you' && rest[k - 1]?.folded !== 'from') ||
        /^(?:to|that|which|who|and|here|there)$/.test(p.folded),
    )
  )
    return [];
  if (rest.some((p) => p.word && p.folded !== p.lemma && /^(?:be|have|do)$/.test(p.lemma))) return [];
  // "I expect your surveyor by Friday": a person is expected, not a thing to have.
  if (rest.some((p) => EN_PERSON.test(p.folded))) return [];
  const urgent = prepared.urgent >= 0 ? prepared.urgent - from : -1;
  if (prepared.urgent >= 0 && urgent < 0) return [];
  const object = withDate({ ...prepared, pieces: rest, urgent }, 'en', false);
  const we = /^we/.test(me.folded);
  const out: Candidate[] = [{ text: question([...words(we ? 'Could we have' : 'Could I have'), ...object]), dropped }];
  if (EN_GRATEFUL.has(found.phrase) && !rest.some((p) => p.folded === 'back' || /ed$/.test(p.folded)))
    out.push({ text: statement([...words(we ? "We'd be grateful for" : "I'd be grateful for"), ...object]), dropped });
  return out;
}

/** "I must insist that …", "I insist that …": "It's important to me that …" and "Can we agree that …?". */
function englishFrame(input: RewriteInput): Candidate[] {
  const trimmed = withoutTails(body(input.pieces), 'en');
  if (!trimmed) return [];
  const all = trimmed.pieces;
  const me = all[0];
  if (!me || !/^(?:i|we)$/.test(me.folded)) return [];
  const found = findPhrase(all, ['insist that', 'must insist that', 'really must insist that', 'do insist that'], 1, 6);
  if (found?.at !== 1) return [];
  const clause = all.slice(found.end);
  if (clause.length < 3 || clause.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return [];
  if (clause.some((p) => NOT_PLAIN.en.test(p.folded) && p.folded !== 'not')) return [];
  const kept = clause.filter((p) => !REWRITE_WORDS.en.sharpeners.includes(p.folded));
  if (kept.some((p) => URGENCY.en.includes(p.folded))) return [];
  const dropped = [
    ...trimmed.dropped,
    ...found.phrase.split(' '),
    ...clause.filter((p) => !kept.includes(p)).map((p) => p.folded),
  ];
  const start = kept.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p));
  const we = me.folded === 'we';
  return [
    { text: statement([...words(we ? "It's important to us that" : "It's important to me that"), ...start]), dropped },
    { text: question([...words('Can we agree that'), ...start]), dropped },
  ];
}

const EN_PLEASE = new Set(['please', 'kindly']);
/** "I must ask you to settle …": the writer's frame around a request. */
const EN_ASK_YOU_TO = ['i', 'we'].flatMap((who) =>
  ['must ask you to', 'have to ask you to', 'must request that you'].map((frame) => `${who} ${frame}`),
);
/** Verbs of sending, paying, signing and answering: a request by a date fits them ("stop", "keep", "make" it does not). */
const EN_REQUEST_VERBS = new Set(
  'send pay transfer remit settle provide return submit sign confirm reply respond forward deliver upload complete book call ring phone fill approve renew'.split(
    ' ',
  ),
);

/**
 * "Please send the questionnaire immediately", "Kindly settle the invoice
 * within 48 hours", "You will provide the invoices by Wednesday": "Could you
 * … by [date]?".
 */
function englishImperative(prepared: Prepared): Candidate[] {
  const { pieces } = prepared;
  const first = pieces[0];
  const asked = findPhrase(pieces, EN_ASK_YOU_TO, 0, 6);
  let at: number;
  if (asked && asked.at === 0) at = asked.end;
  else if (first && EN_PLEASE.has(first.folded)) at = 1;
  else if (first?.folded === 'you' && pieces[1]?.folded === 'will') at = 2;
  else if (first?.folded === "you'll") at = 1;
  else return [];
  const verb = pieces[at];
  if (!verb?.word || !EN_REQUEST_VERBS.has(verb.folded)) return [];
  const rest = pieces.slice(at);
  if (rest.some((p) => p.folded === 'please' || /^(?:i|we|and)$/.test(p.folded))) return [];
  const urgent = prepared.urgent >= 0 ? prepared.urgent - at : -1;
  if (prepared.urgent >= 0 && urgent < 1) return [];
  const calling = CALLING.en.has(verb.folded);
  const dated = withDate({ ...prepared, pieces: rest, urgent }, 'en', calling);
  const lowered = dated.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase(), gap: ' ' } : p));
  return [
    {
      text: question([...words('Could you'), ...lowered]),
      dropped: [...prepared.dropped, ...pieces.slice(0, at).map((p) => p.folded)],
    },
  ];
}

/** What the demand says, as a request: the move for pressure findings. */
export const requestInstead: Strategy = (input) => {
  if (input.ruleId.includes('ultimatum')) return [];
  const frame = input.language === 'de' ? germanFrame(input) : englishFrame(input);
  if (frame.length > 0) return frame;
  const prepared = prepare(input);
  if (!prepared) return [];
  if (input.language === 'de') {
    const need = germanNeed(prepared);
    return need.length > 0 ? need : germanImperative(prepared);
  }
  const need = englishNeed(prepared);
  return need.length > 0 ? need : englishImperative(prepared);
};
