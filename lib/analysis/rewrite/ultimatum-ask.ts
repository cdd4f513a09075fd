// An ultimatum said as the request first, the consequence after it as plain
// information, and room to say what stands in the way: "If the balance isn't
// cleared by Friday, we will stop work." → "Could you make sure the balance is
// cleared by Friday? Otherwise we would have to stop work. If the timing is
// difficult, please let us know and we'll look at it together." / "Wenn die
// Zahlung nicht bis Freitag da ist, stelle ich die Planung ein." → "Könnten
// Sie dafür sorgen, dass die Zahlung bis Freitag da ist? Andernfalls müsste
// ich leider die Planung einstellen. Falls das zeitlich schwierig wird, …".
// The condition's facts become the ask, the sanction stays stated. Blind
// reviewers read the threat in the subjunctive with a stock line as no calmer,
// then the threat without any way out as no calmer either, and "If it's not
// …, we would …" as broken English; so the ask opens, the consequence follows
// "Otherwise"/"Andernfalls" in one consistent conditional, and the editor's
// offer closes (a timing offer where the ask has a date). Shapes it cannot
// build safely return null: the caller then offers the old shape or nothing.
import type { RewriteInput } from './context';
import { DE_DETERMINERS, DE_SUBJECT_PRONOUNS, formSaid, looksFinite, nounPhraseEnd, spelledInfinitive } from './german';
import { capitalise, type Piece, render, words } from './pieces';
import { eitherAsRequest } from './ultimatum-request';
import { DATE_WORDS, EN_IMPERATIVES } from './words';

export interface Reshaped {
  text: string;
  /** The condition's words that the ask does without ("if", "nicht", "isn't", "still" …): the guard lets them go. */
  dropped: string[];
}

/** Words that join the sanction to its condition or command: they go, "Otherwise"/"Andernfalls" opens it. */
const JOINERS = new Set([
  'or',
  'else',
  'otherwise',
  'then',
  'and',
  'sonst',
  'andernfalls',
  'anderenfalls',
  'ansonsten',
  'widrigenfalls',
  'dann',
  'oder',
  'und',
]);
/** Words that offer the sanction as the alternative to a command. */
const ALTERNATIVE = /^(?:or|otherwise|else|sonst|oder|andernfalls|anderenfalls|ansonsten|widrigenfalls)$/;
const AGAIN = /^(?:again|another|further|wieder|erneut|nochmal|nochmals|diesmal|weitere[mnrs]?)$/;
/** Whether one of the (folded, space-separated) phrases occurs among the pieces. */
const phraseIn = (pieces: readonly Piece[], phrases: readonly string[]) => {
  const text = ` ${pieces.map((p) => p.folded).join(' ')} `;
  return phrases.some((phrase) => text.includes(` ${phrase} `));
};

/** Symbols that may stand inside a clause the ask keeps ("£4,200", "15 %"). */
const SYMBOL = /^[%€$£]$/;
const clauseOnly = (part: readonly Piece[]) => part.length > 0 && part.every((p) => p.word || SYMBOL.test(p.text));
/** The piece after a space, said as `text` where given (its folded form and lemma then follow the new text). */
const gap = (p: Piece, text?: string): Piece => {
  if (text === undefined) return { ...p, gap: ' ' };
  const folded = text.toLowerCase().replace(/ß/g, 'ss');
  return { ...p, gap: ' ', text, folded, lemma: p.lemma === p.folded ? folded : p.lemma };
};

/**
 * The request first, then the consequence: `pieces` is the sentence after the edge cuts, `at` where the
 * sanction starts, `softened` the same sentence with the sanction in the conditional (the pieces before `at`
 * as they were). Null for any shape whose ask cannot be built.
 */
export function askFirst(
  input: RewriteInput,
  pieces: readonly Piece[],
  at: number,
  softened: readonly Piece[],
): Reshaped | null {
  if (at <= 0 || softened.length <= at) return null;
  for (let k = 0; k < at; k++) if (softened[k]?.start !== pieces[k]?.start || pieces[k]?.start === -1) return null;
  let end = at;
  while (end > 0 && !(pieces[end - 1] as Piece).word) end--;
  // "… by Friday, or else we …": the joining words before the sanction's start belong to neither part.
  while (end > 0 && JOINERS.has((pieces[end - 1] as Piece).folded)) end--;
  while (end > 0 && !(pieces[end - 1] as Piece).word) end--;
  const condition = pieces.slice(0, end);
  let from = at;
  while (from < softened.length && (!(softened[from] as Piece).word || JOINERS.has((softened[from] as Piece).folded))) {
    if (/^[.!?…]+$/.test((softened[from] as Piece).text)) return null;
    from++;
  }
  const sanction = softened.slice(from);
  if (sanction.length < 3) return null;
  // A command is one only before "or"/"sonst" ("Pay … or we …"); before a plain comma or "and" the clause in
  // front is a condition ("Fehlen Sie ein weiteres Mal …, sehen wir …", "Noch ein Fehlen und wir …").
  const alternative = pieces.slice(end, at + 1).some((p) => ALTERNATIVE.test(p.folded));
  // A repeated act as the condition ("Wenn Sie erneut nicht erscheinen", "If it happens again") is no request
  // to make: asking for it reads as nonsense.
  if (
    condition.some((p) => AGAIN.test(p.folded)) ||
    phraseIn(condition, ['noch einmal', 'ein weiteres mal', 'one more', 'this time'])
  )
    return null;
  const reshaped =
    input.language === 'en'
      ? english(condition, sanction, alternative)
      : german(input, condition, sanction, alternative);
  return reshaped && { ...reshaped, text: `${reshaped.text} ${offer(input, condition)}` };
}

/**
 * What the editor adds after the consequence: room to say what stands in the way, and help finding a way
 * ("If the timing is difficult, please let me know and we'll look at it together.") — the next step that makes
 * the ask a request rather than a threat in the subjunctive.
 */
function offer(input: RewriteInput, condition: readonly Piece[]): string {
  const timed = condition.some((p) => p.word && DATE_WORDS[input.language].test(p.folded));
  if (input.language === 'en') {
    // The sentence's own "we" decides ("we're giving your date away" → "let us know"), else the draft's writer.
    const plural = input.pieces.some((p) => /^(?:we|we're|we'll|we'd|we've|us|our)$/.test(p.folded));
    const me = plural || input.writer === 'wir' ? 'us' : 'me';
    return `${timed ? 'If the timing is difficult' : 'If anything stands in the way'}, please let ${me} know and we'll look at it together.`;
  }
  const form = formSaid(input.pieces, input.form);
  const reach = form === 'du' ? 'melde dich bitte' : form === 'ihr' ? 'meldet euch bitte' : 'melden Sie sich bitte';
  return `${timed ? 'Falls das zeitlich schwierig wird' : 'Falls etwas dagegen spricht'}, ${reach} – dann finden wir gemeinsam eine Lösung.`;
}

/** The sentence's end: a full stop after the consequence. */
const closed = (pieces: readonly Piece[]) => render(pieces).replace(/\s*[.!…]*$/u, '.');

// ——— English ———

/** Steps of law and endings: after "Otherwise" they read as "or else". */
const LEGAL =
  /^(?:legal|lawyers?|court|courts|solicitors?|attorneys?|collections?|consequences|forced|terminat\w*|penalt\w+|bailiffs?|sue|proceedings)$/;

/** Verbs of the writer's receiving: "If we don't receive X" asks for X as "Could you make sure we receive X?". */
const RECEIVING = new Set(['receive', 'get', 'have', 'see', 'hear']);
/** Determiners and pronouns that open the thing a condition is about ("the balance", "it", "your payment"). */
const THING = /^(?:the|your|our|this|that|these|those|it|they|payment|all|both)$/;
/** A negated auxiliary and what it says without the negation. */
const NEGATED: Record<string, string> = {
  "isn't": 'is',
  "aren't": 'are',
  "hasn't": 'has',
  "haven't": 'have',
  "doesn't": '',
  "don't": '',
  "can't": '',
  cannot: '',
};
const NEGATED_PAIR: Record<string, string> = { is: 'is', are: 'are', has: 'has', have: 'have', does: '', do: '' };
/** A piece's folded form with a straight apostrophe ("isn’t" → "isn't"). */
const straight = (p: Piece | undefined) => (p?.folded ?? '').replace(/’/g, "'");
const negated = (p: Piece | undefined) => Object.hasOwn(NEGATED, straight(p));
const pair = (p: Piece | undefined) => Object.hasOwn(NEGATED_PAIR, straight(p));

/** The present third person of a base form: "arrive" → "arrives", "reach" → "reaches". */
function third(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'be') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Verbs of moving and clearing things that open a command before "or" besides the usual requests. */
const MORE_COMMANDS = new Set('move clear collect drop hand lodge post vacate empty sort pick take put'.split(' '));

/** "please settle it this week" / "Pay the £4,200 by Friday" → "Could you settle it this week?". */
function englishCommand(condition: readonly Piece[]): Piece[] | null {
  const at = condition[0]?.folded === 'please' ? 1 : 0;
  const verb = condition[at];
  if (
    !verb?.word ||
    !(EN_IMPERATIVES.has(verb.folded) || MORE_COMMANDS.has(verb.folded)) ||
    !clauseOnly(condition.slice(at))
  )
    return null;
  return [...words('Could you'), gap(verb, verb.text.toLowerCase()), ...condition.slice(at + 1)];
}

function english(condition: readonly Piece[], sanction: readonly Piece[], alternative: boolean): Reshaped | null {
  const dropped = [
    'if',
    'unless',
    'until',
    'should',
    'please',
    'still',
    'or',
    'else',
    'otherwise',
    ...Object.keys(NEGATED),
    'not',
  ];
  const conj = condition[0]?.folded ?? '';
  let ask: Piece[] | null = null;
  if (!/^(?:if|unless|until|should)$/.test(conj)) ask = alternative ? englishCommand(condition) : null;
  else {
    const kept = condition.slice(1).filter((p) => p.folded !== 'still');
    // "Should the documents not be returned …" says what "Unless the documents are returned …" says.
    const body = conj === 'should' ? shouldNot(kept) : kept;
    if (!body) return null;
    if (!clauseOnly(body)) return null;
    const asked = englishCondition(conj === 'should' ? 'unless' : conj, body);
    if (!asked) return null;
    ask = asked.ask;
    dropped.push(...asked.dropped);
  }
  if (!ask) return null;
  const first = sanction[0] as Piece;
  // The consequence goes on after "Otherwise" in lower case, unless it opens with "I" or a name.
  const lead =
    first.text === 'I' || /^\p{Lu}{2,}/u.test(first.text)
      ? first
      : { ...first, text: first.text.charAt(0).toLowerCase() + first.text.slice(1) };
  // A legal step or an ending right after "Otherwise" still reads as "or else" (the second reading flags it):
  // "Should that not happen," says the same as a plain condition.
  const legal = sanction.slice(0, 8).some((p) => LEGAL.test(p.folded));
  const opener = words(conj === 'until' ? 'Until then,' : legal ? 'Should that not happen,' : 'Otherwise');
  const question = `${render(ask)}?`;
  const consequence = closed([...opener, gap(lead), ...sanction.slice(1)]);
  return { text: `${question} ${consequence}`, dropped };
}

/**
 * "Should X not V …" as the positive clause "X V(s) …": the verb agrees with the subject ("the documents are
 * returned", "the payment arrives", "we receive"); null for any other shape.
 */
function shouldNot(body: readonly Piece[]): Piece[] | null {
  const not = body.findIndex((p) => p.folded === 'not');
  const base = body[not + 1];
  if (not < 1 || not > 5 || !base?.word || base.lemma !== base.folded) return null;
  const subject = body.slice(0, not);
  const head = (subject[subject.length - 1] as Piece).folded;
  const plural = /^(?:we|i|you|they)$/.test(head) || (subject.length > 1 && /[^su]s$/.test(head));
  const form = base.folded === 'be' ? (plural ? 'are' : 'is') : plural ? base.folded : third(base.folded);
  return [...subject, gap(base, form), ...body.slice(not + 2)];
}

/**
 * The condition after "if"/"unless"/"until" as a request: the reader's own act ("you don't send the documents by
 * 9 March" → "Could you send the documents by 9 March?"), or the state of a thing or of the writer's receiving
 * ("the balance isn't cleared by Friday" → "Could you make sure the balance is cleared by Friday?").
 */
function englishCondition(conj: string, body: readonly Piece[]): { ask: Piece[]; dropped: string[] } | null {
  const subject = body[0] as Piece;
  const dropped: string[] = [];
  // The verb phrase said positively: for "if", the one negation goes; for "unless"/"until", it is there already.
  let positive: Piece[];
  let verbAt: number;
  if (subject.folded === 'you') verbAt = 1;
  else if (/^(?:we|i)$/.test(subject.folded)) verbAt = 1;
  else if (/^(?:it's|they're|that's)$/.test(straight(subject))) verbAt = 1;
  else if (THING.test(subject.folded)) {
    // A noun phrase of up to five words before its verb.
    // An auxiliary first ("the files aren't …": "files" is no verb), else a present in -s ("payment reaches us").
    verbAt = body.findIndex(
      (p, k) => k > 0 && k <= 5 && (negated(p) || pair(p) || /^(?:is|are|was|were)$/.test(p.folded)),
    );
    if (verbAt < 0) verbAt = body.findIndex((p, k) => k === 1 && /[^s]s$/.test(p.folded) && p.lemma !== p.folded);
    if (/^(?:it|they)$/.test(subject.folded)) verbAt = 1;
    // After "unless"/"until" the clause is asked for as it stands: its verb need not be found.
    if (verbAt <= 0 && conj !== 'if') verbAt = 1;
    if (verbAt <= 0) return null;
  } else return null;
  const verb = body[verbAt];
  if (!verb?.word) return null;
  const rest = body.slice(verbAt + 1);
  if (
    body.some(
      (p, k) =>
        k > verbAt &&
        /^(?:not|never|no|and|or|if|unless|because)$/.test(p.folded) &&
        !(k === verbAt + 1 && p.folded === 'not'),
    )
  )
    return null;
  if (conj === 'if') {
    // Exactly one negation right at the verb.
    if (/^(?:it's|they're|that's)$/.test(straight(subject))) {
      if (verb.folded !== 'not') return null;
      positive = [subject, ...rest];
    } else if (negated(verb) || (pair(verb) && rest[0]?.folded === 'not')) {
      const said = negated(verb) ? (NEGATED[straight(verb)] as string) : (NEGATED_PAIR[straight(verb)] as string);
      const after = negated(verb) ? rest : rest.slice(1);
      if (said) positive = [...body.slice(0, verbAt), gap(verb, said), ...after];
      else {
        // "doesn't arrive" → "arrives", "don't send" → "send"; "can't decide" → "decide" for the reader only.
        const base = after[0];
        if (!base?.word || base.lemma !== base.folded || base.folded === 'be') return null;
        if (/^(?:can't|cannot)$/.test(straight(verb)) && subject.folded !== 'you') return null;
        const form = /^(?:doesn't|does)$/.test(straight(verb)) ? third(base.folded) : base.folded;
        positive = [...body.slice(0, verbAt), gap(base, form), ...after.slice(1)];
      }
    } else return null;
  } else {
    if (body.some((p) => negated(p) || p.folded === 'not')) return null;
    positive = [...body];
  }
  if (subject.folded === 'you') {
    // "you send …", "you can honour …", "you haven't replied …" (said "have replied"): the act itself.
    let k = 1;
    if (/^(?:can|do|will)$/.test(positive[k]?.folded ?? '')) k++;
    let act = positive[k];
    if (!act?.word) return null;
    if (/^(?:have|has)$/.test(act.folded)) {
      const done = positive[k + 1];
      if (!done?.word || done.lemma === done.folded || !/(?:ed|en|t|n)$/.test(done.folded)) return null;
      dropped.push(done.folded);
      act = { ...done, text: done.lemma };
      k++;
    } else if (act.lemma !== act.folded || /^(?:are|is|be|were|was)$/.test(act.folded)) return null;
    return { ask: [...words('Could you'), gap(act), ...positive.slice(k + 1)], dropped };
  }
  if (/^(?:we|i)$/.test(subject.folded)) {
    // Only the writer's receiving: "we receive the deposit"; not "we have heard" (a perfect).
    const act = positive[1];
    const heard = act?.folded === 'have' && positive[2]?.folded === 'heard';
    if (!act?.word || !RECEIVING.has(act.folded) || (!heard && positive[2]?.lemma !== positive[2]?.folded)) return null;
    // "I hear (back) from you by Friday", "we have heard from you" → "Could you let me know by Friday?".
    if (act.folded === 'hear' || heard) {
      let k = heard ? 3 : 2;
      if (positive[k]?.folded === 'back') k++;
      if (positive[k]?.folded === 'from' && positive[k + 1]?.folded === 'you') k += 2;
      dropped.push('hear', 'heard', 'back', 'from');
      return {
        ask: words(`Could you let ${subject.folded === 'we' ? 'us' : 'me'} know`).concat(positive.slice(k)),
        dropped,
      };
    }
  }
  // The thing's state or the writer's receiving, asked for as it is.
  return {
    ask: [
      ...words('Could you make sure'),
      ...positive.map((p, k) =>
        k === 0 ? gap(p, p.text === 'I' ? 'I' : p.text.charAt(0).toLowerCase() + p.text.slice(1)) : p,
      ),
    ],
    dropped,
  };
}

/**
 * An English condition in the present before or after a consequence in "would" ("If you cancel again, I would
 * have to …") is a mixed conditional (blind review: broken English). Where no ask can be built, the condition is
 * said with "should" instead, which goes with "would": "Should you cancel again, I would have to …", "Should the
 * invoice still be unpaid …", "Should it not be sorted …"; "unless" becomes "should … not". The pieces come back
 * with the clause from `at` ("if"/"unless") to the next comma or the end replaced; null where the clause has no
 * shape to invert (a modal, two verbs, a negation after "unless").
 */
export function shouldCondition(pieces: readonly Piece[], at: number): { pieces: Piece[]; dropped: string[] } | null {
  const conj = pieces[at];
  if (!conj?.word || !/^(?:if|unless)$/.test(conj.folded)) return null;
  let end = at + 1;
  while (end < pieces.length && (pieces[end] as Piece).word) end++;
  const body = pieces.slice(at + 1, end);
  if (
    body.length < 2 ||
    body.some((p) => /^(?:and|or|if|can|can't|cannot|could|will|won't|would|may|might|must)$/.test(p.folded))
  )
    return null;
  const unless = conj.folded === 'unless';
  const first = body[0] as Piece;
  const fused = /^(i|you|we|they|it|he|she)['’](m|re|s)$/.exec(first.folded);
  let subject: Piece[];
  let verb: Piece;
  let rest: Piece[];
  if (fused) {
    subject = [{ ...first, text: first.text.replace(/['’].*$/, ''), folded: fused[1] as string }];
    verb = { ...first, text: 'is', folded: 'is', lemma: 'be' };
    rest = body.slice(1);
  } else {
    let v = 1;
    if (!/^(?:i|you|we|they|it|he|she)$/.test(first.folded)) {
      if (!/^(?:the|your|our|this|that|any|these|those)$/.test(first.folded)) return null;
      // An auxiliary first ("the rent arrears are": "arrears" is no verb), else a present in -s after a noun.
      v = body.findIndex(
        (p, k) =>
          k > 0 &&
          k <= 4 &&
          /^(?:is|are|isn't|aren't|has|have|hasn't|haven't|does|do|doesn't|don't)$/.test(straight(p)),
      );
      if (v < 0)
        v = body.findIndex(
          (p, k) =>
            k > 1 &&
            k <= 4 &&
            /[^s]s$/.test(p.folded) &&
            p.lemma !== p.folded &&
            !THING.test(body[k - 1]?.folded ?? ''),
        );
      if (v < 1) return null;
    }
    subject = body.slice(0, v);
    verb = body[v] as Piece;
    rest = body.slice(v + 1);
  }
  const f = straight(verb);
  let said: string[];
  let negative = false;
  if (rest[0]?.folded === 'not') {
    negative = true;
    rest = rest.slice(1);
  }
  if (/^(?:is|are|am)$/.test(f) || verb.lemma === 'be') said = ['be'];
  else if (/^(?:isn't|aren't)$/.test(f)) {
    said = ['be'];
    negative = true;
  } else if (/^(?:has|have)$/.test(f)) said = ['have'];
  else if (/^(?:hasn't|haven't)$/.test(f)) {
    said = ['have'];
    negative = true;
  } else if (/^(?:does|do|doesn't|don't)$/.test(f)) {
    const base = rest[0];
    if (!base?.word || base.lemma !== base.folded) return null;
    said = [base.text];
    rest = rest.slice(1);
    negative = negative || /n't$/.test(f);
  } else if (verb.lemma !== verb.folded || /^(?:i|you|we|they)$/.test(subject[0]?.folded ?? '')) said = [verb.lemma];
  else return null;
  // "still" goes before the verb: "Should the invoice still be unpaid".
  const still = rest[0]?.folded === 'still' ? [rest[0] as Piece] : [];
  rest = rest.slice(still.length);
  if (unless) {
    if (negative) return null;
    negative = true;
  }
  const lead = conj.text.charAt(0) === conj.text.charAt(0).toUpperCase() ? 'Should' : 'should';
  const head = words(lead).map((p) => ({ ...p, gap: conj.gap }));
  const subjectOut = subject.map((p, k) =>
    k === 0
      ? { ...p, gap: ' ', text: p.text === 'I' || at > 0 ? p.text : p.text.charAt(0).toLowerCase() + p.text.slice(1) }
      : p,
  );
  const clause = [
    ...head,
    ...subjectOut,
    ...(negative ? words('not') : []),
    ...still,
    ...words(said.join(' ')),
    ...rest,
  ];
  return {
    pieces: [...pieces.slice(0, at), ...clause, ...pieces.slice(end)],
    // A fused "you're" is said as "you … be": the contraction itself goes.
    dropped: [
      'if',
      'unless',
      verb.folded,
      "isn't",
      "aren't",
      "hasn't",
      "haven't",
      "doesn't",
      "don't",
      ...(fused ? [first.folded] : []),
    ],
  };
}

// ——— German ———

const DE_CONDITIONS = /^(?:wenn|falls|sofern|solange)$/;
/** Steps of law: after "Andernfalls" they read as "or else". */
const LEGAL_DE = /(?:anwalt|anwält|inkasso|gericht|klage|mahnverfahren|rechtlich|juristisch|kündig)/;
/** Separable particles that close a verb-first clause ("Kommt das Geld nicht an"). */
const PARTICLES = new Set('ab an auf aus bei ein fest her hinein mit nach vor zu zurück zusammen'.split(' '));
/** Words after a bare stem that show it is an imperative ("Schick mir …", "Zahl die …"). */
const AFTER_STEM = new Set([
  'mir',
  'uns',
  'bitte',
  'mal',
  'doch',
  'jetzt',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einen',
  'meine',
  'unsere',
  'deine',
  'bis',
  'sie',
  'es',
  'ihn',
]);

/** The one negation of a clause gone: "nicht" (with a "noch" before it) left out, "kein…" said "ein…"; null for more or another. */
function affirmed(clause: readonly Piece[]): Piece[] | null {
  const negations = clause.filter((p) => p.folded === 'nicht' || /^kein(?:e[mnrs]?)?$/.test(p.folded));
  if (negations.length !== 1 || clause.some((p) => /^(?:nichts|nie|niemals|niemand|mehr)$/.test(p.folded))) return null;
  const at = clause.indexOf(negations[0] as Piece);
  let from = at;
  while (from > 0 && /^(?:noch|immer)$/.test((clause[from - 1] as Piece).folded)) from--;
  const negation = clause[at] as Piece;
  if (negation.folded === 'nicht') {
    // "nicht bis Freitag", "bis Freitag nicht da": the gap of the first word cut goes to the next.
    const out = [...clause.slice(0, from), ...clause.slice(at + 1)];
    const next = out[from];
    if (next && from < out.length) out[from] = { ...next, gap: (clause[from] as Piece).gap };
    return out;
  }
  // "keine" may be a plural ("keine Unterlagen", "keine brauchbaren Daten"), which has no "eine": only before a
  // noun that is singular by its ending; "keiner" may be a pronoun ("wieder keiner"): not said positively.
  if (negation.folded === 'keiner') return null;
  if (
    negation.folded === 'keine' &&
    !/(?:ung|ion|heit|keit|schaft|nahme|tät|antwort|zusage|absage|freigabe|entscheidung)$/.test(
      clause[at + 1]?.folded ?? '',
    )
  )
    return null;
  const ein = {
    ...negation,
    text: negation.text.slice(1),
    folded: negation.folded.slice(1),
    gap: (clause[from] as Piece).gap,
  };
  return [...clause.slice(0, from), ein, ...clause.slice(at + 1)];
}

/** "Könnten Sie dafür sorgen, dass …?" in the draft's form of address: a question, as the English "Could you make sure …?". */
function seeTo(form: 'sie' | 'du' | 'ihr'): Piece[] {
  return words(
    form === 'du'
      ? 'Könntest du dafür sorgen, dass'
      : form === 'ihr'
        ? 'Könntet ihr dafür sorgen, dass'
        : 'Könnten Sie dafür sorgen, dass',
  );
}

/** "Zahl die Rechnung bis Freitag" / "Senden Sie … bis Montag" → "Bitte zahl …", "Bitte senden Sie …". */
function germanCommand(condition: readonly Piece[]): Piece[] | null {
  if (!clauseOnly(condition)) return null;
  const [verb, next] = condition;
  if (!verb?.word || !next?.word) return null;
  // "Überweis bitte die Anzahlung": the request is there already.
  if (condition.some((p) => p.folded === 'bitte')) return [...condition];
  const lower = { ...verb, text: verb.text.charAt(0).toLowerCase() + verb.text.slice(1) };
  // "Zahlen Sie …": the polite imperative.
  if (next.text === 'Sie' && /en$/.test(verb.folded) && !DE_DETERMINERS.has(verb.folded))
    return [...words('Bitte'), gap(lower), ...condition.slice(1)];
  // "Zahl …", "Schick mir …": the bare stem of a verb.
  const lemma = verb.lemma;
  const stem =
    lemma !== verb.folded &&
    (lemma === `${verb.folded}en` ||
      lemma === `${verb.folded}n` ||
      (verb.folded.endsWith('e') && lemma === `${verb.folded.slice(0, -1)}en`));
  // "Gib mir …": a strong verb's stem, which its lemma does not show, before a pronoun or an article.
  const strong =
    lemma !== verb.folded && /en$/.test(lemma) && !/(?:en|t|st|e)$/.test(verb.folded) && AFTER_STEM.has(next.folded);
  if (
    stem ||
    strong ||
    (lemma === verb.folded && !/(?:en|t|ung|heit|keit)$/.test(verb.folded) && AFTER_STEM.has(next.folded))
  )
    return [...words('Bitte'), gap(lower), ...condition.slice(1)];
  // "Sie bestätigen …", "ihr schickt …", "du schickst …": said as the request they are.
  const request = eitherAsRequest(condition, 'de');
  return request && /^bitte$/.test(request[0]?.folded ?? '') ? request : null;
}

/**
 * The condition as a request: the reader's own act ("Sollten Sie bis Freitag keine Stellungnahme abgeben" →
 * "Könnten Sie bis Freitag eine Stellungnahme abgeben?"), or the state they are asked to see to ("Wenn die
 * Zahlung nicht bis Freitag da ist" → "Könnten Sie dafür sorgen, dass die Zahlung bis Freitag da ist?").
 */
function germanCondition(input: RewriteInput, condition: readonly Piece[]): { ask: Piece[]; question: boolean } | null {
  const conj = condition[0] as Piece;
  const form = formSaid(input.pieces, input.form);
  if (!clauseOnly(condition)) return null;
  if (DE_CONDITIONS.test(conj.folded) || /^(?:sollten|solltest|solltet)$/.test(conj.folded)) {
    const body = affirmed(condition.slice(1));
    if (!body || body.length < 2) return null;
    const subject = body[0] as Piece;
    const reader =
      subject.text === 'Sie' ? 'sie' : subject.folded === 'du' ? 'du' : subject.text === 'ihr' ? 'ihr' : null;
    if (/^sollte/.test(conj.folded) && !reader) return null;
    if (reader) {
      // "Könnten Sie … abgeben?": the verb at the end said as an infinitive; a modal there goes ("zahlen können").
      let mid = body.slice(1);
      let last = mid[mid.length - 1] as Piece;
      if (/^(?:können|wollen)$/.test(last.lemma) && mid.length > 1) {
        mid = mid.slice(0, -1);
        last = mid[mid.length - 1] as Piece;
        if (last.lemma !== last.folded) return null;
      }
      if (
        !last?.word ||
        /^\p{Lu}/u.test(last.text) ||
        /^(?:haben|sein|werden|können|müssen|wollen|dürfen|sollen)$/.test(last.lemma)
      )
        return null;
      let infinitive: Piece;
      if (last.lemma === last.folded && /(?:en|ern|eln)$/.test(last.folded)) infinitive = last;
      else if (last.lemma !== last.folded && /(?:en|ern|eln)$/.test(last.lemma))
        infinitive = gap(last, spelledInfinitive(last.lemma));
      else return null;
      // The verb of "ihr"/"du" must be one of their forms ("unterschreibt", "schickst"), else the lemma is a guess.
      if (reader === 'du' && !/st$/.test(last.folded) && !/^sollte/.test(conj.folded)) return null;
      if (reader === 'ihr' && !/t$/.test(last.folded) && !/^sollte/.test(conj.folded)) return null;
      const could = reader === 'du' ? 'Könntest du' : reader === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
      return { ask: [...words(could), ...mid.slice(0, -1), gap(infinitive)], question: true };
    }
    // A thing, a third person or the writer: the state is what the reader sees to.
    // Its subject may come later ("… bis Freitag keine Zahlung eingeht"): the clause moves as it is. The verb
    // that closes it stays in lower case.
    const last = body[body.length - 1] as Piece;
    if (
      /^\p{Lu}/u.test(last.text) ||
      !looksFinite(last) ||
      body.some((p) => p.text === 'Sie' || /^(?:du|ihr)$/.test(p.text))
    )
      return null;
    return { ask: [...seeTo(form), ...body.map((p, k) => (k === 0 ? gap(p) : p))], question: true };
  }
  // "Kommt das Briefing nicht bis Mittwoch": the verb goes to the end of the "dass" clause.
  const verb = conj;
  if (
    !looksFinite({ ...verb, text: verb.text.toLowerCase() }) ||
    /^(?:werden|können|müssen|wollen|dürfen|sollen)$/.test(verb.lemma)
  )
    return null;
  const rest = affirmed(condition.slice(1));
  if (!rest) return null;
  let said = verb.text.toLowerCase();
  let tail = rest;
  const particle = rest[rest.length - 1];
  if (particle?.word && PARTICLES.has(particle.folded)) {
    said = particle.folded + said;
    tail = rest.slice(0, -1);
  }
  // "Bestätigen Sie heute nicht": the reader's own act, asked for ("Könnten Sie heute bestätigen?").
  if (condition[1]?.text === 'Sie') {
    const act = tail.slice(1);
    if (!/en$/.test(said) || /^(?:haben|sein)$/.test(verb.lemma) || act.some((p) => p.text === 'Sie')) return null;
    return { ask: [...words('Könnten Sie'), ...act, gap(verb, said)], question: true };
  }
  // The subject as the affirmed clause has it ("kein Techniker" → "ein Techniker"), then its words, then the verb.
  const subjectEnd = DE_SUBJECT_PRONOUNS.has(tail[0]?.folded ?? '') ? 1 : nounPhraseEnd(tail, 0);
  if (subjectEnd <= 0 || subjectEnd >= tail.length || /^(?:du|ihr)$/.test(tail[0]?.folded ?? '')) return null;
  const body = [...tail, gap(verb, said)];
  return { ask: [...seeTo(form), ...body.map((p, k) => (k === 0 ? gap(p) : p))], question: true };
}

function german(
  input: RewriteInput,
  condition: readonly Piece[],
  sanction: readonly Piece[],
  alternative: boolean,
): Reshaped | null {
  const first = condition[0];
  if (!first?.word) return null;
  const conditional =
    DE_CONDITIONS.test(first.folded) ||
    /^sollte/.test(first.folded) ||
    (/^\p{Lu}/u.test(first.text) && condition.some((p) => p.folded === 'nicht' || /^kein/.test(p.folded)));
  let asked: { ask: Piece[]; question: boolean } | null;
  if (conditional) asked = germanCondition(input, condition);
  else if (alternative) {
    const command = germanCommand(condition);
    asked = command ? { ask: command, question: false } : null;
  } else asked = null;
  if (!asked) return null;
  // The consequence opens with its verb after "Andernfalls": "müsste ich leider …", or "ich müsste" turned round.
  // Before a lawyer or a collection agency "Andernfalls" still reads as "or else" (the second reading flags it):
  // "Falls nicht," says the same as a plain condition.
  let clause = [...sanction];
  const [a, b] = clause;
  const auxiliary = (p: Piece | undefined) => !!p && p.start === -1 && /^(?:müsst|würd|könnt|hätt|wär)/.test(p.folded);
  if (a && b && /^(?:ich|wir)$/.test(a.folded) && auxiliary(b)) clause = [gap(b), gap(a), ...clause.slice(2)];
  else if (!auxiliary(a)) return null;
  const ask = `${capitalise(render(asked.ask))}${asked.question ? '?' : '.'}`;
  const legal = clause.some((p) => LEGAL_DE.test(p.folded));
  // "Solange … nicht …": what holds until then ("Bis dahin könnten wir leider nicht weiter …").
  const opener = words(first.folded === 'solange' ? 'Bis dahin' : legal ? 'Falls nicht,' : 'Andernfalls');
  const consequence = closed([...opener, ...clause.map((p, k) => (k === 0 ? gap(p) : p))]);
  return {
    text: `${ask} ${consequence}`,
    dropped: [
      'wenn',
      'falls',
      'sofern',
      'sollten',
      'solltest',
      'solltet',
      'nicht',
      'noch',
      'immer',
      'kein',
      'keine',
      'keinen',
      'keinem',
      'keiner',
      'keines',
      'sonst',
      'oder',
      'andernfalls',
      'ansonsten',
      'widrigenfalls',
      'dann',
    ],
  };
}
