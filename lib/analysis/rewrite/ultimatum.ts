// Ultimatums said as a consequence the writer would rather avoid, not a
// threat: the condition and the consequence stay (clarity beats harmony), the
// sanction moves into the subjunctive, the urgency and the closing-off tails
// go, and the writer says they want to avoid it and offers a way out. "…,
// stelle ich die Planung sofort ein." → "…, müsste ich die Planung leider
// einstellen. Das möchte ich gern vermeiden – geben Sie mir bitte Bescheid,
// falls etwas dazwischenkommt." The subjunctive with "leider" alone read as
// the same bare threat (blind review, session 10).

import { lemmaOf } from '../lemma';
import { type Candidate, dropPhrases, findPhrase, phraseAt, type RewriteInput, type Strategy } from './context';
import {
  agree,
  DE_DETERMINERS,
  DE_SUBJECT_PRONOUNS,
  formSaid,
  looksFinite,
  nounPhraseEnd,
  spelledInfinitive,
} from './german';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';
import { askFirst, shouldCondition } from './ultimatum-ask';
import { eitherAsRequest, NOT_FULL_VERB, PARTICLES, pluralVerb } from './ultimatum-request';
import { EN_IMPERATIVES, REWRITE_WORDS } from './words';

const DE_OPENERS = new Set([
  'sonst',
  'andernfalls',
  'ansonsten',
  'dann',
  'danach',
  'anderenfalls',
  'widrigenfalls',
  'oder',
  'und',
]);
const ZU_INFIX =
  /^(ab|an|auf|aus|bei|bereit|durch|ein|fest|fort|frei|heran|heraus|herein|her|hinaus|hinein|hin|los|mit|nach|nieder|vor|weg|weiter|zurück|zusammen)zu(\p{L}{3,}en)$/u;
/** "sehe ich mich gezwungen, … zu kündigen": the announcement goes, the act stays. */
const FORCED = new Set(['gezwungen', 'genötigt', 'veranlasst']);
/** Words that open a condition earlier in the sentence: only then is the clause a sanction. */
const CONDITIONS: Record<RewriteInput['language'], ReadonlySet<string>> = {
  de: new Set([
    'wenn',
    'falls',
    'sollte',
    'sollten',
    'solltest',
    'sofern',
    'bei',
    'beim',
    'ohne',
    'entweder',
    'kommt',
    'liegt',
    'liegen',
    'geht',
    'gehen',
  ]),
  en: new Set(['if', 'unless', 'should', 'either', 'failing', 'absent', 'without', 'until']),
};
/** Conditions only where they open the sentence ("Bei Nichtzahlung …", "Kommt die Freigabe nicht …"), not "bei euch", "geht es". */
const OPENING_CONDITIONS = new Set(['bei', 'beim', 'ohne', 'kommt', 'liegt', 'liegen', 'geht', 'gehen', 'without']);
const DE_MODALS: Record<string, 'müsst' | 'könnt'> = { müssen: 'müsst', können: 'könnt' };
/** Verb forms the softened sanction replaces: the guard lets them go. */
const REPLACED = [
  "can't",
  'cannot',
  'will',
  "won't",
  "we'll",
  "i'll",
  "i'm",
  "we're",
  "they'll",
  "you'll",
  "it'll",
  'going',
  'withdrawing',
  'stopping',
  'choice',
  'option',
  'forced',
  'shall',
  'left',
  'except',
  'alternative',
];
/** Verbs of what happens to the writer, not what they do. */
const BEFALLS = new Set(['verlieren', 'verpassen', 'riskieren', 'geraten', 'kommen']);
const CLITICS = new Set(['sich', 'uns', 'mir', 'ihnen', 'dir', 'euch']);
/** Object pronouns after the subject: they go before "leider" too ("streichen wir Sie" → "müssten wir Sie leider streichen"). */
const OBJECTS = new Set(['sie', 'dich', 'mich', 'es', 'ihn', 'euch']);
const EN_SUBJECTS = new Set(['we', 'i', 'you', 'they', 'it', 'he', 'she']);
const EN_OPENERS = new Set(['or', 'otherwise', 'else', 'then', 'and', 'failing', 'that', ',']);

/**
 * Scorn tacked on to a consequence ("and you'll have to live with it", "don't say I didn't warn you"): it states
 * no fact of its own, and a consequence kept with it still reads as a threat (blind review).
 */
const SCORN: Record<RewriteInput['language'], readonly string[]> = {
  en: [
    ...["you'll", 'you will'].flatMap((you) =>
      ['it', 'the result', 'the results', 'the consequences', 'that'].map(
        (what) => `and ${you} have to live with ${what}`,
      ),
    ),
    "and that's on you",
    "and that's on your team",
    'and that is on you',
    "don't say i didn't warn you",
    "don't say we didn't warn you",
    "and don't come to me complaining afterwards",
    "and don't come to us complaining afterwards",
    "i'm not chasing this again",
    "we won't keep reminding you",
  ],
  de: [
    'das gilt auch für sie',
    'das gilt auch für dich',
    'das gilt auch für euch',
    'sag nicht, ich hätte dich nicht gewarnt',
  ],
};

/** Drops urgency, sharpeners and closing-off tails (with their comma or dash) anywhere in the sentence. */
function withoutEdge(input: RewriteInput, pieces: Piece[]): { pieces: Piece[]; dropped: string[] } {
  const w = REWRITE_WORDS[input.language];
  const plain = dropPhrases(pieces, [...w.urgency, ...w.sharpeners]);
  const tails = dropPhrases(plain.pieces, [...w.tails, ...SCORN[input.language]], { withMark: true });
  return { pieces: tails.pieces, dropped: [...plain.dropped, ...tails.dropped] };
}

function german(pieces: Piece[], at: number): Piece[] | null {
  let i = at;
  if (pieces[i]?.word && DE_OPENERS.has((pieces[i] as Piece).folded)) i++;
  // The clause ends at a mark, or where "und/oder" opens the next one ("… ein und du zahlst drauf").
  let end = clauseEnd(pieces, i);
  for (let k = i + 2; k < end - 1; k++) {
    const join = pieces[k] as Piece;
    const next = pieces[k + 1] as Piece;
    if (
      join.word &&
      /^(?:und|oder|aber)$/.test(join.folded) &&
      next.word &&
      (DE_SUBJECT_PRONOUNS.has(next.folded) || DE_DETERMINERS.has(next.folded))
    ) {
      end = k;
      break;
    }
  }
  const first = pieces[i];
  if (!first?.word) return null;
  let verb: number;
  let subject: { from: number; to: number };
  const clitics: number[] = [];
  const phraseFirst = nounPhraseEnd(pieces, i);
  if (DE_SUBJECT_PRONOUNS.has(first.folded) && first.folded !== 'das') {
    subject = { from: i, to: i + 1 };
    verb = i + 1;
  } else if (i === 0 && phraseFirst > 0 && subjectFirst(pieces, phraseFirst)) {
    // A noun phrase opens the sentence as its subject ("Die Forderung geht … ans Inkasso, wenn …").
    subject = { from: i, to: phraseFirst };
    verb = phraseFirst;
  } else {
    // Verb first ("…, stellen wir …"): an article or a noun there ("und die Forderung …") is no verb.
    if (DE_DETERMINERS.has(first.folded) || !looksFinite(first)) return null;
    verb = i;
    let j = i + 1;
    while (pieces[j]?.word && CLITICS.has((pieces[j] as Piece).folded)) clitics.push(j++);
    const phrase = nounPhraseEnd(pieces, j);
    const pronoun = pieces[j]?.word && DE_SUBJECT_PRONOUNS.has((pieces[j] as Piece).folded);
    const to = phrase > 0 ? phrase : pronoun ? j + 1 : -1;
    if (to < 0) return null;
    subject = { from: j, to };
  }
  const finite = pieces[verb];
  if (!finite?.word || verb >= end) return null;
  const single = subject.to - subject.from === 1 ? (pieces[subject.from] as Piece) : undefined;
  // "sie" in lower case is the thing or the people just named ("geht sie an unser Inkasso"): it agrees as they do.
  const third = single?.text === 'sie';
  const subjectWord = single && !third ? single.folded : '';
  // The reader as subject makes the clause a request or their own act ("…, unterschreiben Sie bitte"): no sanction to soften.
  if (subjectWord === 'sie' || subjectWord === 'du' || subjectWord === 'ihr') return null;
  const plural = /en$/.test(finite.folded) || finite.folded === 'sind';
  const firstPerson = subjectWord === 'ich' || subjectWord === 'wir';
  const restStart = Math.max(verb + 1, subject.to);
  let rest = pieces.slice(restStart, end).filter((_, k) => !clitics.includes(restStart + k));
  // "… stellen wir das Projekt ruhend und rechnen den Aufwand ab": a second full verb of the same subject
  // goes after the first as an infinitive ("… ruhend stellen und den Aufwand abrechnen").
  const join = rest.findIndex((p, k) => /^(?:und|oder)$/.test(p.folded) && sameSubjectVerb(rest[k + 1], finite));
  let coordinated: Piece[] = [];
  if (join > 0 && FULL_VERB(finite.lemma)) {
    const more = secondInfinitive(rest.slice(join + 1));
    if (!more) return null;
    coordinated = [rest[join] as Piece, ...more];
    rest = rest.slice(0, join);
  }
  // Two verbs of the same subject in any other shape: one subjunctive cannot carry both.
  if (
    rest.some(
      (p, k) =>
        p.word &&
        /^(?:und|oder)$/.test(p.folded) &&
        rest[k + 1]?.word &&
        !/^\p{Lu}/u.test(rest[k + 1]?.text ?? '') &&
        !DE_DETERMINERS.has(rest[k + 1]?.folded ?? '') &&
        !contrast(rest, k + 1),
    )
  )
    return null;
  let infinitive: Piece[] = [];
  let auxiliary: string;
  let after = end;
  if (rest.some((p) => FORCED.has(p.folded)) && pieces[end]?.text === ',' && firstPerson) {
    // "…, sehe ich mich gezwungen, das Mandat niederzulegen" → "…, müsste ich das Mandat niederlegen".
    let last = pieces.length - (/^[.!?…]+$/.test(pieces[pieces.length - 1]?.text ?? '') ? 1 : 0);
    // "…, die Angelegenheit weiterzugeben, wenn …": the condition after the act stays as it is.
    const condition = pieces.findIndex((_, k) => k > end + 1 && tailIsCondition(pieces, k));
    if (condition > 0) last = condition;
    const whole = pieces.slice(end + 1, last);
    // Two acts joined ("das Mandat niederzulegen und die Forderung geltend zu machen") share the subjunctive
    // when each ends in its own infinitive with "zu"; a finite clause after "und" does not.
    if (!eachEndsInZuInfinitive(whole)) return null;
    // "… in Rechnung zu stellen und Sie nicht mehr zu führen": one "müssten"/"könnten" cannot fit both parts.
    if (whole.some((p) => /^(?:und|oder)$/.test(p.folded)) && whole.some((p) => NEGATION.test(p.folded))) return null;
    const act = whole.filter((p) => p.folded !== 'zu');
    if (act.length === 0 || act.some((p) => !p.word && !/^[,€$£%]$/.test(p.text))) return null;
    rest = act.map((p) => {
      // "niederzulegen" → "niederlegen": the "zu" inside a separable verb goes too.
      const infixed = ZU_INFIX.exec(p.folded);
      return infixed ? { ...p, text: spelledInfinitive(`${infixed[1]}${infixed[2]}`) } : p;
    });
    after = last;
    auxiliary = agree('müsst', subjectWord, plural);
  } else if (finite.lemma === 'brauchen' && rest.some((p) => p.folded === 'zu')) {
    // "brauchen wir … nicht zu reden" is a modal with "zu": no subjunctive form to build from it.
    return null;
  } else if (finite.lemma === 'werden' && DE_MODALS[rest[rest.length - 1]?.folded ?? '']) {
    // "werden wir Sie … führen können" → "könnten wir Sie leider … führen", not "… führen können".
    auxiliary = agree(DE_MODALS[(rest[rest.length - 1] as Piece).folded] as 'müsst', subjectWord, plural);
    rest = rest.slice(0, -1);
  } else if (finite.lemma === 'werden') {
    auxiliary = agree(firstPerson ? 'müsst' : 'würd', subjectWord, plural);
    // "wird es teuer" is "werden" itself, not a passive or a future: it stays as the infinitive ("würde es … teuer werden").
    if (copula(rest)) infinitive = words('werden');
  } else if (DE_MODALS[finite.lemma]) auxiliary = agree(DE_MODALS[finite.lemma] as 'müsst', subjectWord, plural);
  else if (finite.lemma === 'sein' || (finite.lemma.endsWith('sein') && finite.folded !== finite.lemma))
    auxiliary = agree('wär', subjectWord, plural);
  else if (finite.lemma === 'haben' && !rest.some((p) => /^ge\p{L}+[tn]$/u.test(p.folded)))
    auxiliary = agree('hätt', subjectWord, plural);
  else {
    // A full verb: its separable particle closes the clause ("stelle … ein" → "einstellen").
    const last = rest[rest.length - 1];
    // Beside a second verb the sentence's last particle is that verb's ("rechnen … ab"), not this one's.
    // So is the particle of a clause after this one ("biete … an und Sie sind raus": "raus" is not "biete"'s).
    // The sentence's own reading stays where the particle it joined ends this clause ("gebe … frei" → "freigeben").
    const own = lemmaOf(finite.folded, 'de');
    const joinedHere = last?.word && finite.lemma !== own && finite.lemma.startsWith(last.folded);
    let lemma = (coordinated.length > 0 || end < clauseEnd(pieces, i)) && !joinedHere ? own : finite.lemma;
    if (last?.word && lemma.startsWith(last.folded) && lemma !== finite.folded && last.folded.length <= 7)
      rest = rest.slice(0, -1);
    else if (last?.word && PARTICLES.has(last.folded)) {
      lemma = last.folded + lemma;
      rest = rest.slice(0, -1);
    }
    if (!/(?:en|ern|eln|n)$/.test(lemma)) return null;
    // What befalls the writer ("verlieren wir den Termin") is no act they would have to do: "würden".
    auxiliary = agree(firstPerson && !BEFALLS.has(lemma) ? 'müsst' : 'würd', subjectWord, plural);
    infinitive = words(spelledInfinitive(lemma));
  }
  if (coordinated.length > 0 && infinitive.length === 0) return null;
  // A second clause after the sanction ("… und ihr zahlt den vollen Tagessatz") goes into the
  // subjunctive too; one that cannot would stay in the indicative beside it: no rewrite (mixed moods
  // read as broken and still threaten).
  let second: Piece[] = pieces.slice(after);
  if (!closes(pieces, after) && !tailIsCondition(pieces, after) && !dashReason(pieces, after)) {
    const shared = /^(?:werden|können|müssen)$/.test(finite.lemma);
    const moved = secondClause(pieces, after, shared);
    if (!moved) return null;
    second = moved;
  }
  // "müssten wir nicht weiter arbeiten" would mean "need not": a negated sanction takes "könnten".
  if (/^müsst/.test(auxiliary) && rest.some((p, k) => NEGATION.test(p.folded) && !contrast(rest, k)))
    auxiliary = auxiliary.replace(/^müsst/, 'könnt');
  // A clause already softened ("müssten wir leider …", a second round of polishing) keeps its one "leider".
  const leider = rest.some((p) => p.folded === 'leider') ? [] : words('leider');
  const subjectPieces = pieces.slice(subject.from, subject.to);
  // Before a noun subject a reflexive stays right after the verb ("würde sich der Start leider verschieben"); after a pronoun it follows it.
  const nounSubject = !single || !DE_SUBJECT_PRONOUNS.has(single.folded);
  const leading = nounSubject ? clitics.map((k) => pieces[k] as Piece) : [];
  const cliticPieces = nounSubject ? [] : clitics.map((k) => pieces[k] as Piece);
  // "leider" goes before a subject that is new ("würde leider eine Gebühr anfallen"), after one already known.
  const indefinite =
    nounSubject &&
    !/^(?:der|die|das|den|dem|des|dies\p{L}*|jene\p{L}*|mein\p{L}*|dein\p{L}*|sein\p{L}*|ihr\p{L}*|unser\p{L}*|euer|eur\p{L}*)$/u.test(
      subjectPieces[0]?.folded ?? '',
    );
  // Reflexive and object pronouns right after the subject stay before "leider" ("müssten wir Sie leider …").
  while (rest[0]?.word && (CLITICS.has((rest[0] as Piece).folded) || OBJECTS.has((rest[0] as Piece).folded))) {
    cliticPieces.push(rest[0] as Piece);
    rest = rest.slice(1);
  }
  const opener = pieces.slice(at, i);
  const clause =
    verb > subject.from
      ? [...subjectPieces, ...words(auxiliary), ...cliticPieces, ...leider, ...rest, ...infinitive, ...coordinated]
      : [
          ...opener,
          ...words(auxiliary),
          ...leading,
          ...(indefinite ? leider : []),
          ...subjectPieces,
          ...cliticPieces,
          ...(indefinite ? [] : leider),
          ...rest,
          ...infinitive,
          ...coordinated,
        ];
  const head = verb > subject.from ? pieces.slice(0, at).concat(opener) : pieces.slice(0, at);
  const rebuilt = [
    ...head,
    ...clause.map((p, k) => (k === 0 ? { ...p, gap: (pieces[at] as Piece).gap } : { ...p, gap: p.gap || ' ' })),
    ...second,
  ];
  return rebuilt;
}

/**
 * Whether the noun phrase ending at `end` is the subject of the verb after it: a finite verb in lower case,
 * no subject pronoun after it ("Die Mehrkosten tragen Sie" has its subject there), and not a phrase only an
 * object can be ("den Ausfall", "einen Aufschlag").
 */
function subjectFirst(pieces: readonly Piece[], end: number): boolean {
  const verb = pieces[end];
  const after = pieces[end + 1];
  if (!verb?.word || !/^\p{Ll}/u.test(verb.text) || !looksFinite(verb)) return false;
  if (/^(?:den|einen|meinen|deinen|seinen|ihren|unseren|euren|keinen|dem|einem)$/.test(pieces[0]?.folded ?? ''))
    return false;
  return !(after?.word && (DE_SUBJECT_PRONOUNS.has(after.folded) || after.text === 'Sie'));
}

/** Whether every part of an act joined by "und"/"oder" ends in an infinitive with "zu" ("niederzulegen", "geltend zu machen"). */
function eachEndsInZuInfinitive(act: readonly Piece[]): boolean {
  const ends: number[] = [];
  act.forEach((p, k) => {
    if (p.word && /^(?:und|oder)$/.test(p.folded)) ends.push(k - 1);
  });
  ends.push(act.length - 1);
  return ends.every((k) => {
    const last = act[k];
    return (
      !!last?.word &&
      (ZU_INFIX.test(last.folded) || (act[k - 1]?.folded === 'zu' && /(?:en|ern|eln)$/.test(last.folded)))
    );
  });
}

const FULL_VERB = (lemma: string) => !NOT_FULL_VERB.test(lemma) && /(?:en|ern|eln)$/.test(lemma);

/**
 * Whether `p` is a finite verb of the same subject as `finite` ("stellen … und
 * rechnen", "stelle … und rechne"): lower case, a verb lemma, the same ending.
 * An adjective after "und" ("und weitere Kosten") has a lemma without "-en".
 */
function sameSubjectVerb(p: Piece | undefined, finite: Piece): boolean {
  if (!p?.word || /^\p{Lu}/u.test(p.text) || !/(?:en|ern|eln)$/.test(p.lemma)) return false;
  if (finite.folded.endsWith('en')) return pluralVerb(p);
  return p.lemma !== p.folded && p.folded.slice(-1) === finite.folded.slice(-1);
}

/** The second verb's clause as an infinitive at its end: "rechnen den Aufwand ab" → "den Aufwand abrechnen". */
function secondInfinitive(part: readonly Piece[]): Piece[] | null {
  const verb = part[0] as Piece;
  let rest = part.slice(1);
  if (rest.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return null;
  let lemma = lemmaOf(verb.folded, 'de');
  const last = rest[rest.length - 1];
  if (last?.word && PARTICLES.has(last.folded)) {
    lemma = last.folded + lemma;
    rest = rest.slice(0, -1);
  }
  return [...rest, ...words(spelledInfinitive(lemma)).map((p) => ({ ...p, gap: ' ' }))];
}

/**
 * Whether `rest[k]` opens "nicht (mehr)" before a phrase after "und" ("nach Aufwand und nicht mehr im Rahmen der
 * Pauschale"): a contrast of two phrases of one verb, not a second verb or a negated sanction.
 */
function contrast(rest: readonly Piece[], k: number): boolean {
  if (rest[k]?.folded !== 'nicht' || rest[k - 1]?.folded !== 'und') return false;
  const next = rest[rest[k + 1]?.folded === 'mehr' ? k + 2 : k + 1];
  return /^(?:im|in|zum|zur|zu|nach|mit|als|per|über|auf|am)$/.test(next?.folded ?? '');
}

/**
 * Whether the sanction's clause ending at `end` is followed by a dash and a clause that only gives a reason
 * ("… aus der Gruppe – die Plätze sind heiß begehrt"): no reader in it, no "und"/"dann"/"sonst" joining
 * another consequence on; it stays as it is.
 */
function dashReason(pieces: readonly Piece[], end: number): boolean {
  if (!/^[–—]$/.test(pieces[end]?.text ?? '')) return false;
  const last = pieces.length - (/^[.!?…]+$/.test(pieces[pieces.length - 1]?.text ?? '') ? 1 : 0);
  const clause = pieces.slice(end + 1, last);
  if (clause.length < 2 || clause.some((p) => !p.word)) return false;
  if (/^(?:und|oder|dann|sonst|danach|andernfalls|aber)$/.test(clause[0]?.folded ?? '')) return false;
  return !clause.some(
    (p) => p.text === 'Sie' || /^(?:ihnen|du|dich|dir|dein\p{L}*|ihr|euch|eur\p{L}*)$/u.test(p.folded),
  );
}

/** Whether "werden" before `rest` is the full verb ("wird teuer", "wird fällig"): no participle or infinitive closes it. */
function copula(rest: readonly Piece[]): boolean {
  const last = rest[rest.length - 1];
  if (!last?.word) return false;
  return /^\p{Ll}/u.test(last.text) && last.lemma === last.folded && !/en$/.test(last.folded);
}

const NEGATION = /^(?:nicht|nichts|nie|niemals|kein\p{L}*)$/u;

/** Words that only make a consequence sound flippant ("dann kommt eben der Zuschlag"). */
const FLIPPANT = new Set(['eben', 'halt', 'einfach', 'schlicht']);

/**
 * The clause after the sanction (from its "und"/"oder" or comma on) in the
 * subjunctive: "und ihr zahlt den vollen Tagessatz" → "und ihr würdet den
 * vollen Tagessatz zahlen", ", dann gehen die Slots an andere Kunden" → ",
 * dann würden die Slots an andere Kunden gehen". `shared`: the sanction's verb
 * was "werden"/a modal, so a bare infinitive after "und" shares it ("… niederlegen
 * und die Gebühren abrechnen"). Null when the clause is not one verb with its
 * subject up to the sentence's end.
 */
function secondClause(pieces: readonly Piece[], from: number, shared: boolean): Piece[] | null {
  const last = pieces.length - (/^[.!?…]+$/.test(pieces[pieces.length - 1]?.text ?? '') ? 1 : 0);
  // ", und die Ersparnis entfällt": the comma and the joining word together.
  const joined = pieces[from]?.text === ',' && /^(?:und|oder)$/.test(pieces[from + 1]?.folded ?? '') ? 2 : 1;
  const join = pieces.slice(from, from + joined);
  if (!/^(?:und|oder|,)$/.test(join[0]?.folded || join[0]?.text || '')) return null;
  let i = from + joined;
  const dann = pieces[i]?.folded === 'dann' ? [pieces[i] as Piece] : [];
  i += dann.length;
  const body = pieces.slice(i, last).filter((p) => !FLIPPANT.has(p.folded));
  // One clause to the end: no further mark, no second "und" clause.
  if (body.length < 2 || body.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return null;
  const end = pieces.slice(last);
  const lastWord = body[body.length - 1] as Piece;
  if (shared && dann.length === 0 && lastWord.folded === lastWord.lemma && /en$/.test(lastWord.folded)) {
    // "… und die bisher angefallenen Gebühren abrechnen": the infinitive shares the subjunctive.
    const phrase = nounPhraseEnd(body, 0);
    if (phrase > 0 && phrase === body.length - 1) return [...join, ...body, ...end];
    // "… und die Forderung an unser Inkassobüro abgeben": a phrase of place between object and infinitive.
    const between = phrase > 0 ? body.slice(phrase, -1) : [];
    const placePhrase =
      between.length > 0 &&
      between.length <= 5 &&
      /^(?:an|in|im|ins|zu|zum|zur|auf|bei|beim|nach|für)$/.test(between[0]?.folded ?? '') &&
      between.slice(1).every((p) => p.word && (DE_DETERMINERS.has(p.folded) || /^\p{Lu}/u.test(p.text)));
    if (placePhrase) return [...join, ...body, ...end];
  }
  let subject: Piece[];
  let finite: Piece;
  let rest: Piece[];
  const pronoun = body[0]?.word && DE_SUBJECT_PRONOUNS.has((body[0] as Piece).folded);
  if (dann.length > 0) {
    // Verb first after "dann": "dann gehen die Slots an andere Kunden".
    finite = body[0] as Piece;
    const subjectEnd = body[1]?.word && DE_SUBJECT_PRONOUNS.has((body[1] as Piece).folded) ? 2 : nounPhraseEnd(body, 1);
    if (subjectEnd <= 1) return null;
    subject = body.slice(1, subjectEnd);
    rest = body.slice(subjectEnd);
  } else {
    const subjectEnd = pronoun ? 1 : nounPhraseEnd(body, 0);
    if (subjectEnd <= 0) return null;
    subject = body.slice(0, subjectEnd);
    finite = body[subjectEnd] as Piece;
    rest = body.slice(subjectEnd + 1);
  }
  // An infinitive clause ("…, unsere Zusammenarbeit fortzusetzen") has no finite verb to move.
  if (
    !finite?.word ||
    // A plural form is spelled as its infinitive ("die Mehrkosten gehen …"): a verb only if its third person is one.
    (finite.lemma === finite.folded && !(/^\p{Ll}/u.test(finite.text) && pluralVerb(finite))) ||
    ZU_INFIX.test(finite.folded) ||
    // "zu" before a verb at the end is an infinitive clause; before a noun ("zu Ihren Lasten") a preposition.
    body.some(
      (p, k) =>
        p.folded === 'zu' && /^\p{Ll}/u.test(body[k + 1]?.text ?? '') && !DE_DETERMINERS.has(body[k + 1]?.folded ?? ''),
    )
  )
    return null;
  // "den Zuschlag zahlst dann du": a phrase in the accusative is the object, fronted; its subject comes later.
  if (/^(?:den|einen|meinen|deinen|seinen|ihren|unseren|euren|keinen)$/.test(subject[0]?.folded ?? '')) return null;
  // "die Zuschläge zahlst dann du": "die" is an accusative too, and the verb agrees with the pronoun after it.
  const later =
    pronoun || dann.length > 0
      ? undefined
      : rest.find((p) => /^(?:du|ihr|ich|wir)$/.test(p.folded) || p.text === 'Sie');
  const own = subject.length === 1 && subject[0]?.text !== 'sie' ? (subject[0] as Piece).folded : '';
  const subjectWord = later ? later.folded : own;
  const plural = (/en$/.test(finite.folded) || finite.folded === 'sind') && subjectWord !== 'ihr';
  let aux: string;
  let infinitive: Piece[] = [];
  if (finite.lemma === 'sein') aux = agree('wär', subjectWord, plural);
  else if (finite.lemma === 'haben') aux = agree('hätt', subjectWord, plural);
  else if (finite.lemma === 'werden') {
    aux = agree('würd', subjectWord, plural);
    if (copula(rest)) infinitive = words('werden');
  } else if (DE_MODALS[finite.lemma]) aux = agree(DE_MODALS[finite.lemma] as 'müsst', subjectWord, plural);
  else if (/^(?:dürfen|sollen|wollen|mögen)$/.test(finite.lemma)) return null;
  else {
    let lemma = finite.lemma;
    const tail = rest[rest.length - 1];
    if (tail?.word && PARTICLES.has(tail.folded)) {
      lemma = tail.folded + lemma;
      rest = rest.slice(0, -1);
    }
    if (!/(?:en|ern|eln|n)$/.test(lemma)) return null;
    aux = agree('würd', subjectWord, plural);
    infinitive = words(spelledInfinitive(lemma));
  }
  const clause =
    dann.length > 0
      ? [...words(aux), ...subject, ...rest, ...infinitive]
      : [...subject, ...words(aux), ...rest, ...infinitive];
  return [
    ...join,
    ...dann,
    ...clause.map((p, k) => ({ ...p, gap: k === 0 && dann.length === 0 ? ' ' : p.gap || ' ' })),
    ...end,
  ];
}

function english(source: Piece[], at: number): Piece[] | null {
  let pieces = source;
  let i = at;
  while (pieces[i] && EN_OPENERS.has((pieces[i] as Piece).folded)) i++;
  // "failing which we will …": the relative "which" belongs to the opener.
  if (pieces[i]?.folded === 'which' && pieces[i - 1]?.folded === 'failing') i++;
  // "Failing this, we will …": "this" belongs to the opener as "that" does.
  if (pieces[i]?.folded === 'this' && pieces[i - 1]?.folded === 'failing') {
    i++;
    while (pieces[i] && EN_OPENERS.has((pieces[i] as Piece).folded)) i++;
  }
  // "we'll" is one word: its parts are the subject and the verb.
  const fused = /^(we|i|they|you|it)'(ll|re|m)$/.exec(pieces[i]?.folded ?? '');
  if (fused) {
    const whole = pieces[i] as Piece;
    const cut = whole.text.indexOf("'") >= 0 ? whole.text.indexOf("'") : whole.text.indexOf('’');
    const head = { ...whole, text: whole.text.slice(0, cut), folded: fused[1] as string, lemma: fused[1] as string };
    const tail = { ...whole, text: whole.text.slice(cut), folded: `'${fused[2]}`, lemma: `'${fused[2]}`, gap: '' };
    pieces = [...pieces.slice(0, i), head, tail, ...pieces.slice(i + 1)];
  }
  // "the crew and van go …", "the file goes …": a noun phrase as subject, its verb after it.
  const np = nounSubject(pieces, i);
  // "we'll leave and rebook, and the wasted day will be charged": the writer's act before it would stay indicative.
  // So does the writer's own "I'll be closing my file … and you'll have to …": no mixed moods.
  if (pieces.slice(0, i).some((p) => /^(?:will|won't)$|['’]ll$/.test(p.folded))) return null;
  if (np > i) i = np;
  const subject = pieces[i];
  const verb = pieces[i + 1];
  if (!subject?.word || !verb?.word) return null;
  const writer = subject.folded === 'we' || subject.folded === 'i';
  let replaced: Piece[];
  let next = i + 2;
  /** Whether a progressive became "would have to" + base form: a second "and …ing" act follows it there. */
  let fromProgressive = false;
  const forced = FORCED_EN.find((phrase) => phraseAt(pieces, i + 2, phrase) > 0);
  const future = verb.folded === 'will' || verb.folded === "'ll" || verb.folded === 'shall';
  // "I'll also have no choice but to …" → "I would also have to …".
  const also =
    future && writer && !forced && pieces[i + 2]?.folded === 'also'
      ? FORCED_EN.find((phrase) => phraseAt(pieces, i + 3, phrase) > 0)
      : undefined;
  if (also) {
    replaced = words('would also have to');
    next = phraseAt(pieces, i + 3, also);
  } else if (future && forced && writer) {
    // "we will have no choice but to remove you" → "we would unfortunately have to remove you".
    replaced = words('would have to');
    next = phraseAt(pieces, i + 2, forced);
  } else if (future && writer && pieces[i + 2]?.folded === 'be' && progressive(pieces[i + 3])) {
    // "I'll be passing the debt to …" → "I would have to pass the debt to …".
    replaced = words(`would have to ${(pieces[i + 3] as Piece).lemma}`);
    next = i + 4;
    fromProgressive = true;
  } else if (future && pieces[i + 2]?.folded === 'be') {
    // "we will be unable to issue the claim" → "we would unfortunately be unable to …": regret, not a plain "would".
    const unable = /^(?:unable|able)$/.test(pieces[i + 3]?.folded ?? '');
    replaced = words(unable ? 'would unfortunately' : np > 0 ? 'would have to' : 'would');
  } else if (future && pieces[i + 2]?.folded === 'not') {
    // "we will not release the drawings" → "we wouldn't be able to release …", not "have to not release".
    replaced = words(writer && pieces[i + 3]?.folded !== 'be' ? "wouldn't be able to" : "wouldn't");
    next = i + 3;
  } else if (future && writer && EN_BEFALLS.has(pieces[i + 2]?.folded ?? ''))
    // "we'll miss the print slot" befalls the writer: "we would miss …", not "would have to miss".
    replaced = words('would');
  else if (future)
    // "works will stop" → "works would unfortunately stop": said with regret, what follows is information.
    replaced = words(writer || np > 0 ? 'would have to' : 'would unfortunately');
  // "won't be coming back" → "wouldn't be coming back", not "wouldn't be able to be …".
  else if (verb.folded === "won't")
    replaced = words(writer && pieces[i + 2]?.folded !== 'be' ? "wouldn't be able to" : "wouldn't");
  else if (verb.folded === "can't" || verb.folded === 'cannot') replaced = words("couldn't");
  else if ((verb.folded === "'m" || verb.folded === "'re" || verb.folded === 'am' || verb.folded === 'are') && writer) {
    const ing = pieces[i + 2];
    if (!ing?.word || !ing.folded.endsWith('ing') || ing.lemma === ing.folded) return null;
    // "I'm going to have to escalate" → "I would have to escalate", not "would have to go to have to …".
    if (ing.folded === 'going' && pieces[i + 3]?.folded === 'to') {
      replaced = words('would');
      next = i + 4;
    } else {
      replaced = words(`would have to ${ing.lemma}`);
      next = i + 3;
      fromProgressive = true;
    }
  } else if (
    writer &&
    EN_SUBJECTS.has(subject.folded) &&
    verb.lemma === verb.folded &&
    // "I honestly don't see …": an adverb is no verb to put after "have to".
    !/ly$/.test(verb.folded) &&
    // "we reserve the right to …" has no "would have to reserve …".
    !/^(?:would|could|should|might|must|can|may|have|do|shall|need|ought|had|did|be|reserve)$/.test(verb.folded)
  )
    replaced = words(`would have to ${verb.folded}`);
  else if (
    (np > 0 || subject.folded === 'it') &&
    /[^s]s$/.test(verb.folded) &&
    verb.lemma !== verb.folded &&
    !/^(?:is|was|has|does)$/.test(verb.folded)
  )
    // "the file goes to our collections agent" → "the file would have to go to …".
    replaced = words(`would have to ${verb.lemma}`);
  else if (np > 0 && verb.lemma === verb.folded && pieces.slice(at, i).some((p) => p.folded === 'and'))
    // "the crew and van go to the next family" → "… would have to go …".
    replaced = words(`would have to ${verb.folded}`);
  else return null;
  // A second clause after the sanction ("and you lose the fee", "and any fees … will be …") goes into the
  // conditional too; the condition after the sanction ("… unless the invoice is settled") stays as it is.
  const condition = pieces.findIndex((p, k) => k >= next && CONDITION_AFTER.en.test(p.folded));
  const afterCondition = condition > 0 ? pieces.findIndex((p, k) => k > condition && /^[,;:–—-]$/.test(p.text)) : -1;
  const head = conditional(pieces.slice(next, condition > 0 ? condition : pieces.length));
  // "I'll be passing the debt … and adding interest": the second act takes the "have to" as well.
  const first =
    head && fromProgressive
      ? head.map((p, k) =>
          head[k - 1]?.folded === 'and' && progressive(p) ? { ...p, text: p.lemma, folded: p.lemma } : p,
        )
      : head;
  const between = condition > 0 ? pieces.slice(condition, afterCondition > 0 ? afterCondition : pieces.length) : [];
  const second = afterCondition > 0 ? conditional(pieces.slice(afterCondition)) : [];
  if (!first || !second) return null;
  const gap = verb.gap || ' ';
  const inserted = replaced.map((p, k) => (k === 0 ? { ...p, gap } : p));
  // "we'll" is one word with its subject in some drafts: keep the subject apart.
  return [...pieces.slice(0, i + 1), ...inserted, ...first, ...between, ...second];
}

const EN_PRONOUNS = /^(?:i|we|you|they|it|he|she)$/;
/** What befalls the writer rather than what they do (as German "verlieren", "verpassen"). */
const EN_BEFALLS = new Set(['miss', 'lose', 'fall', 'run']);

/** English phrases of being forced to an act, after "will": they become "would have to". */
const FORCED_EN = [
  'have no choice but to',
  'have no option but to',
  'have no alternative but to',
  'have no other choice but to',
  'have no other option but to',
  'be left with no choice but to',
  'be left with no option but to',
  'be left with no alternative but to',
  'be left with no choice except to',
  'be left with no option except to',
  'be forced to',
  'have to',
  'need to',
];

/** Determiners that open a subject noun phrase: "the", "our" (not the reader's "your": their doing is another matter). */
const EN_NP_DETERMINERS = new Set(['the', 'our', 'this', 'that', 'any', 'every']);
const AUXILIARIES = "will|won't|would|can|can't|could|may|might|must|shall|should|is|are|was|were";
const EN_AUXILIARY = new RegExp(`^(?:${AUXILIARIES})$`);
/** Words that close or cannot be in a subject noun phrase of the sanction. */
const EN_NOT_IN_NP = new RegExp(`^(?:${AUXILIARIES}|not|to|in|on|at|by|for|of|with|if|unless|or|then)$`);

/**
 * The last word of a noun phrase opening the sanction at `at` ("the file", "the crew and van",
 * "our crew will"), when the next word is its verb: "will", a present tense in -s right after a
 * one-word phrase, or a base form after two joined ones; else -1. Without parts of speech a plural
 * noun after a noun ("the site crews go") could pass for the verb: such phrases get no rewrite.
 */
function nounSubject(pieces: readonly Piece[], at: number): number {
  // The reader's thing as the subject of a passive ("your booking will be cancelled") is what happens to it, not
  // their doing: it takes "would have to be …" too.
  const passiveAhead = (k: number) => pieces[k + 1]?.folded === 'will' && pieces[k + 2]?.folded === 'be';
  const yours = pieces[at]?.folded === 'your' && [1, 2, 3].some((n) => passiveAhead(at + n));
  if (!EN_NP_DETERMINERS.has(pieces[at]?.folded ?? '') && !yours) return -1;
  for (let k = at + 1; k <= at + 4; k++) {
    const p = pieces[k];
    const next = pieces[k + 1];
    const before = pieces[k - 1] as Piece;
    if (!p?.word || EN_NOT_IN_NP.test(p.folded) || !next?.word) return -1;
    // A phrase ends in a noun, not in "and" or the second phrase's article ("the marquee and the catering").
    if (p.folded === 'and' || EN_NP_DETERMINERS.has(p.folded) || /^(?:a|an|my|his|her|their)$/.test(p.folded)) continue;
    // "our crew will down tools": the future's "will" follows the phrase.
    if (before.word && /^(?:will|won't)$/.test(next.folded)) return k;
    if (EN_NOT_IN_NP.test(next.folded)) return -1;
    // Only right after the determiner: "the site crews" would read as "the site" and its verb.
    const presentS = k === at + 1 && /[^s]s$/.test(next.folded) && next.lemma !== next.folded && !/s$/.test(p.folded);
    const coordinated = pieces.slice(at, k).some((q) => q.folded === 'and') && next.lemma === next.folded;
    // "the team leads will decide": a verb after the would-be verb makes it a noun.
    if (before.word && (presentS || coordinated) && !EN_AUXILIARY.test(pieces[k + 2]?.folded ?? '')) return k;
  }
  return -1;
}

/** An English -ing form with a known base ("passing" → pass): a progressive to turn into "have to". */
const progressive = (p: Piece | undefined): boolean => !!p?.word && p.folded.endsWith('ing') && p.lemma !== p.folded;

/**
 * The rest of an English sanction in the conditional: "will" → "would", "and
 * you lose the fee" → "and you would lose the fee". Null where a verb form has
 * no plain conditional ("is", "can", "the ball's in your court").
 */
function conditional(rest: readonly Piece[]): Piece[] | null {
  const out: Piece[] = [];
  for (let k = 0; k < rest.length; k++) {
    const p = rest[k] as Piece;
    const fused = /^(i|we|you|they|it|he|she)['’]ll$/.exec(p.folded);
    if (p.folded === 'will') out.push({ ...p, text: 'would', folded: 'would', lemma: 'would' });
    else if (p.folded === "won't") out.push({ ...p, text: "wouldn't", folded: "wouldn't", lemma: "wouldn't" });
    else if (fused) out.push({ ...p, text: p.text.slice(0, -3) }, ...words('would'));
    // "we may have to remove you" → "we might have to …".
    else if (p.folded === 'may' && rest[k + 1]?.folded === 'have' && rest[k + 2]?.folded === 'to')
      out.push({ ...p, text: 'might', folded: 'might', lemma: 'might' });
    else if (/^(?:shall|may|might|can|cannot|can't|is|are|was|were|must)$|['’](?:s|re|ve|d)$/.test(p.folded))
      return null;
    else if ((p.folded === 'and' || p.text === ',') && EN_PRONOUNS.test(rest[k + 1]?.folded ?? '')) {
      // "and you lose the fee" → "and you would lose the fee".
      const pronoun = rest[k + 1] as Piece;
      const verb = rest[k + 2];
      // "and we may have to remove you" → "and we might have to remove you".
      if (verb?.folded === 'may' && rest[k + 3]?.folded === 'have' && rest[k + 4]?.folded === 'to') {
        out.push(p, pronoun, { ...verb, text: 'might', folded: 'might', lemma: 'might' });
        k += 2;
        continue;
      }
      if (
        !verb?.word ||
        /ly$|^(?:would|could|should|might|may|must|can|cannot|can't|shall|not|never|no)$/.test(verb.folded)
      )
        return null;
      // "and you will lose …": the "will" itself becomes "would"; "and we won't be able to …" → "wouldn't".
      const plain = /^(?:will|won't)$/.test(verb.folded)
        ? []
        : [{ ...verb, text: verb.lemma, folded: verb.lemma, gap: ' ' }];
      out.push(p, pronoun, ...words(verb.folded === "won't" ? "wouldn't" : 'would'), ...plain);
      k += 2;
    } else out.push(p);
  }
  return out;
}

/** Whether the clause ending at `end` ends the sentence (only end marks after it). */
function closes(pieces: readonly Piece[], end: number): boolean {
  return pieces.slice(end).every((p) => /^[.!?…]+$/.test(p.text));
}

/** Whether what follows the clause ending at `end` is the condition of a sanction said first ("…, falls …"). */
function tailIsCondition(pieces: readonly Piece[], end: number): boolean {
  return pieces[end]?.text === ',' && CONDITION_AFTER.de.test(pieces[end + 1]?.folded ?? '');
}

/**
 * The writer's wish to avoid the consequence and a way out, after the
 * sentence: the consequence then reads as a matter of course, not a threat.
 */
function goodwill(input: RewriteInput, writer: RewriteInput['writer']): string {
  if (input.language === 'en')
    return writer === 'wir'
      ? "We'd much rather avoid that, so please tell us early if something stands in the way."
      : "I'd much rather avoid that, so please tell me early if something stands in the way.";
  const me = writer === 'wir' ? 'uns' : 'mir';
  const wish = writer === 'wir' ? 'Das möchten wir gern vermeiden' : 'Das möchte ich gern vermeiden';
  const form = formSaid(input.pieces, input.form);
  const tell = form === 'du' ? `gib ${me}` : form === 'ihr' ? `gebt ${me}` : `geben Sie ${me}`;
  return `${wish} – ${tell} bitte Bescheid, falls etwas dazwischenkommt.`;
}

/** Imperatives at the start of an English ultimatum get a "please" ("Pay … or …" → "Please pay … or …"). */
function politeStart(pieces: Piece[], language: RewriteInput['language']): Piece[] {
  const first = pieces[0];
  if (language !== 'en' || !first?.word || !EN_IMPERATIVES.has(first.folded)) return pieces;
  return [...words('Please'), { ...first, text: first.text.toLowerCase(), gap: ' ' }, ...pieces.slice(1)];
}

/** Words that open the condition after a sanction that comes first. */
const CONDITION_AFTER: Record<RewriteInput['language'], RegExp> = {
  de: /^(?:wenn|falls|sofern|solange)$/,
  en: /^(?:if|unless|until|should)$/,
};

/**
 * Whether the sentence opens with the writer's sanction ("Ich/Wir …", "I/We …")
 * and the condition follows it: in German after the comma that closes the
 * sanction's clause, in English anywhere after the verb.
 */
function conditionAfter(pieces: readonly Piece[], language: RewriteInput['language'], own: boolean): boolean {
  const subject = pieces[0]?.folded ?? '';
  if (language === 'de') return germanSanctionFirst(pieces, own) >= 0;
  if (!/^(?:i|we|we'll|i'll)$/.test(subject)) return false;
  return pieces.slice(2).some((p) => p.word && CONDITION_AFTER.en.test(p.folded));
}

/**
 * Where a German sanction said before its condition starts for german(): at the writer ("Wir kündigen …, falls
 * …"), at a noun phrase as subject ("Die Forderung geht …, wenn …"), or at the verb after a fronted phrase ("Ab
 * Montag stellen wir …, falls …"); -1 when the sentence has no such shape. A "gezwungen, … zu …" clause between
 * sanction and condition belongs to the sanction.
 */
function germanSanctionFirst(pieces: readonly Piece[], own: boolean): number {
  const first = pieces[0];
  if (!first?.word) return -1;
  let start = -1;
  if (/^(?:ich|wir)$/.test(first.folded)) start = 0;
  // The other shapes only for the ultimatum rule's own finding: it found the sanction; a command ("Die Zahlung muss
  // …, falls Sie …") is no sanction to put in the subjunctive.
  else if (!own) return -1;
  else if (first.text !== 'Sie' && nounPhraseEnd(pieces, 0) > 0 && subjectFirst(pieces, nounPhraseEnd(pieces, 0)))
    start = 0;
  else if (FRONTED.has(first.folded)) {
    const verb = nounPhraseEnd(pieces, 1);
    const subject = pieces[verb + 1]?.folded ?? '';
    if (
      verb > 1 &&
      /^\p{Ll}/u.test(pieces[verb]?.text ?? '') &&
      looksFinite(pieces[verb] as Piece) &&
      /^(?:ich|wir)$/.test(subject)
    )
      start = verb;
  }
  if (start < 0) return -1;
  let end = clauseEnd(pieces, start + 1);
  if (pieces.slice(start, end).some((p) => FORCED.has(p.folded)) && pieces[end]?.text === ',')
    end = clauseEnd(pieces, end + 1);
  return pieces[end]?.text === ',' && CONDITION_AFTER.de.test(pieces[end + 1]?.folded ?? '') ? start : -1;
}

/** Phrases of time that may stand before a sanction said first ("Ab Montag stellen wir …"). */
const FRONTED = new Set(['ab', 'nach', 'bis', 'vor', 'am', 'zum', 'in', 'im', 'spätestens']);

/**
 * "Entweder Sie …, oder wir beenden …" / "Either you …, or we will …" as a
 * request and, after it, the consequence the writer would rather avoid:
 * "Bitte bestätigen Sie … Andernfalls müssten wir leider … beenden." The
 * either-or of a threat goes, the consequence stays.
 */
function eitherOr(input: RewriteInput, pieces: Piece[]): Piece[][] | null {
  const or = input.language === 'de' ? 'oder' : 'or';
  const at = pieces.findIndex((p, k) => k > 2 && p.folded === or);
  if (at < 0) return null;
  const end = pieces[at - 1]?.text === ',' ? at - 1 : at;
  const request = eitherAsRequest(pieces.slice(1, end), input.language);
  if (!request || request.some((p) => !p.word && !/^[%€$£]$/.test(p.text))) return null;
  const sanction = pieces.slice(at);
  const softened = input.language === 'de' ? german(sanction, 0) : english(sanction, 0);
  if (!softened || softened[0]?.folded !== or) return null;
  const clause = softened.slice(1);
  if (input.language === 'en') return [request, [...words('Otherwise'), ...clause]];
  // "oder wir müssten leider …" → "Andernfalls müssten wir leider …": the verb second after the adverb.
  const [subject, verb] = clause;
  if (!subject || !verb || !/^(?:ich|wir)$/.test(subject.folded)) return null;
  return [request, [...words('Andernfalls'), { ...verb, gap: ' ' }, { ...subject, gap: ' ' }, ...clause.slice(2)]];
}

/**
 * A consequence tied to a noun rather than a clause ("Failure to do so will leave us no option but to begin
 * recovery proceedings", "Any further missed appointments will result in a £40 fee"): the consequence stays,
 * said as what would follow, with regret ("would unfortunately mean we have to …"). `doer`: the writer left with
 * no option, who "would have to" act where the noun is only "Failure to do so" ("Otherwise we would have to …").
 */
interface NominalFrame {
  phrase: string;
  said: string;
  doer?: 'we' | 'I';
}
const NOMINAL_EN: readonly NominalFrame[] = [
  ...(['us', 'me'] as const).flatMap((object) =>
    ['', 'with '].flatMap((withWord) =>
      ['option', 'alternative', 'choice'].map((choice): NominalFrame => {
        const doer = object === 'us' ? 'we' : 'I';
        return {
          phrase: `will leave ${object} ${withWord}no ${choice} but to`,
          said: `would unfortunately mean ${doer} have to`,
          doer,
        };
      }),
    ),
  ),
  { phrase: 'will result in', said: 'would unfortunately mean' },
  { phrase: 'will mean', said: 'would unfortunately mean' },
  { phrase: 'will lead to', said: 'would unfortunately mean' },
];

function nominalConsequence(input: RewriteInput): Candidate[] {
  if (input.language !== 'en') return [];
  const { pieces, dropped } = withoutEdge(input, input.pieces);
  const found = findPhrase(
    pieces,
    NOMINAL_EN.map((f) => f.phrase),
  );
  // The subject is a noun phrase that names the condition, not a person ("we will …" is the other shape);
  // a clause before a semicolon stays as it is ("We expect this won't be repeated; any further …").
  const semicolon = found ? pieces.slice(0, found.at).findLastIndex((p) => p.text === ';') : -1;
  if (
    !found ||
    found.at < semicolon + 2 ||
    pieces.slice(semicolon + 1, found.at).some((p) => EN_SUBJECTS.has(p.folded) || p.text === ',')
  )
    return [];
  const frame = NOMINAL_EN.find((f) => f.phrase === found.phrase) as NominalFrame;
  const rest = conditional(pieces.slice(found.end));
  if (!rest) return [];
  const otherwise = frame.doer !== undefined && phraseAt(pieces, semicolon + 1, 'failure to do so') === found.at;
  const lead = pieces.slice(0, semicolon + 1);
  const out = otherwise
    ? [...lead, ...words(`otherwise ${frame.doer} would have to`), ...rest]
    : [...pieces.slice(0, found.at), ...words(frame.said).map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p)), ...rest];
  const first = out[0] as Piece;
  out[0] = { ...first, gap: '', text: capitalise(first.text) };
  const sentence = render(out).replace(/\s*[.!…]*$/u, '.');
  const writer = frame.doer === 'I' ? 'ich' : frame.doer === 'we' ? 'wir' : input.writer;
  return [{ text: `${sentence} ${goodwill(input, writer)}`, dropped: [...dropped, ...found.phrase.split(' ')] }];
}

/**
 * Whether the sentence opens with what each further occurrence brings ("Jede weitere Verzögerung stellen wir
 * …", "Für jeden Tag Verspätung fällt …"): the occurrence is the condition.
 */
function each(pieces: readonly Piece[]): boolean {
  const at = pieces[0]?.folded === 'für' ? 1 : 0;
  const quantifier = pieces[at]?.folded ?? '';
  if (!/^jede[nrs]?$/.test(quantifier)) return false;
  return at === 1 || /^(?:weitere[nrs]?|erneute[nrs]?)$/.test(pieces[at + 1]?.folded ?? '');
}

/** "bleibt uns keine andere Wahl, als …": the writer left without choice, said as the act they would be forced to. */
const NO_CHOICE: ReadonlyArray<[string, string]> = [
  ...['uns', 'mir'].flatMap(
    (me): Array<[string, string]> =>
      ['keine andere wahl', 'keine wahl', 'keine andere möglichkeit', 'keine alternative', 'nichts anderes übrig'].map(
        (what): [string, string] => [
          `bleibt ${me} ${what}`,
          me === 'uns' ? 'sehen wir uns gezwungen' : 'sehe ich mich gezwungen',
        ],
      ),
  ),
];

/**
 * "…, bleibt uns keine andere Wahl, als die Wartung einzustellen" read as "…, sehen wir uns gezwungen, die
 * Wartung einzustellen", which the subjunctive then says as "müssten wir die Wartung leider einstellen"; null
 * where no act follows in a "zu" infinitive.
 */
function noChoice(pieces: Piece[]): { pieces: Piece[]; dropped: string[] } | null {
  const found = findPhrase(
    pieces,
    NO_CHOICE.map(([phrase]) => phrase),
  );
  if (!found || pieces[found.end]?.text !== ',' || pieces[found.end + 1]?.folded !== 'als') return null;
  const said = (NO_CHOICE.find(([phrase]) => phrase === found.phrase) as [string, string])[1];
  const first = pieces[found.at] as Piece;
  const inserted = words(said).map((p, k) =>
    k === 0 ? { ...p, gap: first.gap, start: first.start, end: first.end } : p,
  );
  const comma = pieces[found.end] as Piece;
  return {
    pieces: [...pieces.slice(0, found.at), ...inserted, comma, ...pieces.slice(found.end + 2)],
    dropped: [...found.phrase.split(' '), 'als'],
  };
}

/**
 * Where the sanction's clause starts when the rule's cue is only part of it: a second clause after the
 * sanction (", und spätere Änderungen gehen zu Ihren Lasten") starts at the main clause before it
 * ("planen wir … weiter"), which opens with its verb after the condition's comma.
 */
function sanctionStart(pieces: readonly Piece[], found: number, input: RewriteInput): number {
  if (!input.ruleId.endsWith('/pressure/ultimatum')) return found;
  if (input.language === 'en') return englishClauseStart(pieces, found);
  // "Bei Nichtzahlung bis zum 30. April geht der Vorgang … an ein Inkassounternehmen": the cue is the harm's noun;
  // the sanction starts at the verb after the opening phrase.
  if (
    /^(?:bei|beim|ohne)$/.test(pieces[0]?.folded ?? '') &&
    /^\p{Lu}/u.test(pieces[found]?.text ?? '') &&
    !pieces.slice(0, found).some((p) => !p.word && p.text !== '.')
  ) {
    // The verb opens its subject: an article or a pronoun follows it ("geht der Vorgang"), not a noun as after an
    // adjective ("fehlenden Kontoauszüge", "erneute Vorwarnung").
    const verb = pieces.findIndex(
      (p, k) =>
        k > 1 &&
        k < found &&
        /^\p{Ll}/u.test(p.text) &&
        looksFinite(p) &&
        (DE_DETERMINERS.has(pieces[k + 1]?.folded ?? '') || DE_SUBJECT_PRONOUNS.has(pieces[k + 1]?.folded ?? '')),
    );
    if (verb > 0) return verb;
  }
  if (!/^(?:und|oder)$/.test(pieces[found]?.folded ?? '') || pieces[found - 1]?.text !== ',') return found;
  let start = found - 1;
  while (start > 0 && (pieces[start - 1] as Piece).word) start--;
  const verb = pieces[start];
  if (start < 2 || pieces[start - 1]?.text !== ',' || !verb || !/^\p{Ll}/u.test(verb.text) || !looksFinite(verb))
    return found;
  return start;
}

/**
 * English: a cue that starts inside its clause ("… we'll be ending …", "… the crew goes home and you'll be
 * charged …") starts at the clause's subject: the writer's pronoun nearest before it, else the clause's first
 * word after its comma.
 */
function englishClauseStart(pieces: readonly Piece[], found: number): number {
  // "Another late cancellation and we will …": the sanction starts at the writer after "and".
  if (englishOccasion(pieces, pieces.length)) {
    const writer = pieces.findIndex((p, k) => pieces[k - 1]?.folded === 'and' && WRITER_EN.test(p.folded));
    if (writer > found) return writer;
  }
  const first = pieces[found];
  if (!first?.word || EN_OPENERS.has(first.folded) || /^(?:we|i|we'll|i'll|i'm|we're)$/.test(first.folded))
    return found;
  let start = found;
  while (start > 0 && (pieces[start - 1] as Piece).word) start--;
  for (let k = found - 1; k >= start; k--) if (WRITER_EN.test((pieces[k] as Piece).folded)) return k;
  // Only back to a comma after a condition (the clause before it is the condition's), or to a sentence that
  // opens with the occasion as its subject ("Any further delay will be billed …").
  if (start === 0 && anyFurther(pieces)) return 0;
  return start > 0 && pieces[start - 1]?.text === ',' ? start : found;
}

const WRITER_EN = /^(?:we|i|we'll|i'll|i'm|we're)$/;

/**
 * English openings that make what follows "and" a sanction: "Another no-show and we …", "One more … and I'll …".
 * `at` is where the sanction starts (the end of the sentence: only the opening is asked about).
 */
const englishOccasion = (pieces: readonly Piece[], at: number): boolean =>
  (at === pieces.length || pieces[at - 1]?.folded === 'and') &&
  (pieces[0]?.folded === 'another' || (pieces[0]?.folded === 'one' && pieces[1]?.folded === 'more'));

/** "Any further delay …", "Another missed session …": the occasion as the subject is the condition. */
const anyFurther = (pieces: readonly Piece[]): boolean =>
  pieces[0]?.folded === 'another' ||
  (pieces[0]?.folded === 'any' && /^(?:further|more|additional)$/.test(pieces[1]?.folded ?? ''));

/** "Next time this happens …", "The next time it happens, …": the occasion is the condition. */
const nextTime = (pieces: readonly Piece[]): boolean =>
  phraseAt(pieces, 0, 'next time') > 0 || phraseAt(pieces, 0, 'the next time') > 0;

export const softenUltimatum: Strategy = (input) => {
  const { cue, language } = input;
  // A question (an ask built by another strategy, polished here) gets no second sentence after it.
  if (input.pieces.some((p) => p.text === '?')) return [];
  const nominal = nominalConsequence(input);
  if (nominal.length > 0) return nominal;
  if (/^(?:entweder|either)$/.test(input.pieces[0]?.folded ?? '')) {
    const edge = withoutEdge(input, input.pieces);
    const parts = eitherOr(input, edge.pieces);
    if (!parts) return [];
    const sentences = parts.map((part) => {
      const first = part[0] as Piece;
      const text = render([{ ...first, gap: '', text: capitalise(first.text) }, ...part.slice(1)]);
      return text.replace(/\s*[.!…]*$/u, '.');
    });
    // The request and the consequence after it are the whole rewrite: no closing line (blind review: a stock line
    // after them read as no calmer).
    return [
      {
        text: sentences.join(' '),
        dropped: ['entweder', 'either', 'oder', 'or', ...edge.dropped, ...REPLACED],
      },
    ];
  }
  const edged = withoutEdge(input, input.pieces);
  const choice = language === 'de' ? noChoice(edged.pieces) : null;
  // "…, bleibt uns keine andere Wahl." names no act: said in the subjunctive it stays a veiled threat.
  if (
    !choice &&
    findPhrase(
      edged.pieces,
      NO_CHOICE.map(([phrase]) => phrase),
    )
  )
    return [];
  const pieces = choice?.pieces ?? edged.pieces;
  const dropped = [...edged.dropped, ...(choice?.dropped ?? [])];
  // The cue is the sanction clause; find where it now starts after the cuts.
  const cueStart = input.pieces[cue.from];
  const found = pieces.findIndex((p) => p.start >= (cueStart?.start ?? 0) && p.start >= 0);
  if (found < 0) return [];
  const at = sanctionStart(pieces, found, input);
  // Only a condition with a sanction: a bare command or "we need" has no sanction to soften.
  const opener = pieces[at]?.folded ?? '';
  // German: a verb-first clause after a comma ("…, berechnen wir …") follows a fronted condition.
  // For the ultimatum rule's own finding, a main clause that opens with its verb after a comma is the sanction
  // of the clause before it ("Kommen die Bilder nicht, verschiebt sich der Termin").
  const verbFirst =
    language === 'de' &&
    pieces[at - 1]?.text === ',' &&
    (DE_SUBJECT_PRONOUNS.has(pieces[at + 1]?.folded ?? '') ||
      (input.ruleId.endsWith('/pressure/ultimatum') &&
        /^\p{Ll}/u.test(pieces[at]?.text ?? '') &&
        looksFinite(pieces[at] as Piece)));
  const firstWord = pieces.findIndex((p) => p.word);
  const ownFinding = input.ruleId.endsWith('/pressure/ultimatum');
  const conditioned =
    verbFirst ||
    (ownFinding && language === 'de' && at > 0 && each(pieces)) ||
    // "Another … and I'll …" says its condition itself, whichever rule found the sanction.
    (language === 'en' && at > 0 && (englishOccasion(pieces, at) || (ownFinding && nextTime(pieces)))) ||
    (ownFinding && language === 'en' && at === 0 && anyFurther(pieces)) ||
    pieces
      .slice(0, at)
      .some((p, k) => CONDITIONS[language].has(p.folded) && (k === firstWord || !OPENING_CONDITIONS.has(p.folded)));
  // The sanction first, its condition after: "Wir kündigen den Vertrag, falls …", "We will stop work if …".
  const sanctionFirst = at === 0 && conditionAfter(pieces, language, ownFinding);
  // "Ab Montag stellen wir …": the subjunctive is built from the verb on; the phrase before it stays.
  const from = sanctionFirst && language === 'de' ? germanSanctionFirst(pieces, ownFinding) : at;
  if (!conditioned && !sanctionFirst && !DE_OPENERS.has(opener) && !EN_OPENERS.has(opener)) return [];
  // "…, und ich warte immer noch auf …": after a plain "und" without a condition the clause is a complaint, no sanction.
  // ("Noch ein Fehlen und wir …" is the ultimatum rule's own condition shape.)
  if (opener === 'und' && !conditioned && !input.ruleId.includes('ultimatum')) return [];
  const softened = language === 'de' ? german(pieces, from) : english(pieces, at);
  if (!softened) return [];
  // Verb forms the conditional took back to their base ("passing" → "would have to pass").
  const bases = new Set(softened.map((p) => p.folded));
  const based = pieces.filter((p) => p.word && p.lemma !== p.folded && !bases.has(p.folded) && bases.has(p.lemma));
  // The request first and the consequence after it, where the condition or command can be said as an ask.
  const asked = from === at ? askFirst(input, pieces, at, softened) : null;
  if (asked)
    return [{ text: asked.text, dropped: [...dropped, ...REPLACED, ...based.map((p) => p.folded), ...asked.dropped] }];
  let out = politeStart(softened, language);
  // English: a present "if"/"unless" clause beside "would" is a mixed conditional; said with "should" it is not.
  // One that cannot be said so gets no rewrite ("If not, …" stays: it has no verb of its own).
  if (
    language === 'en' &&
    out.some((p) => p.folded === 'would' || p.folded === "wouldn't" || p.folded === "couldn't")
  ) {
    const condition = out.findIndex((p, k) => /^(?:if|unless)$/.test(p.folded) && out[k + 1]?.folded !== 'not');
    if (condition >= 0) {
      const should = shouldCondition(out, condition);
      if (!should) return [];
      out = should.pieces;
      dropped.push(...should.dropped);
    }
  }
  const first = out[0] as Piece;
  out[0] = { ...first, text: capitalise(first.text) };
  const sentence = render(out).replace(/\s*[.!…]*$/u, '.');
  // The wish is the sanction's subject's when the writer is it ("we'll …" in a draft that mostly says "I").
  const own = pieces.slice(at, at + 4).find((p) => /^(?:ich|wir|uns|mir|i|we|i'll|we'll|i'm|we're)$/.test(p.folded));
  const writer = own ? (/^(?:ich|mir|i\b|i')/.test(own.folded) ? 'ich' : 'wir') : input.writer;
  return [
    {
      text: `${sentence} ${goodwill(input, writer)}`,
      dropped: [...dropped, ...REPLACED, ...based.map((p) => p.folded)],
    },
  ];
};
