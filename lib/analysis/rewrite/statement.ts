// A statement wrapped in a reminder that one said it, or that everyone knows
// it ("Ich habe dir schon zweimal gesagt, dass die Baustelle um fünf schließt",
// "Surely you know that VAT is added to the net price", "Once again I have to
// remind you that the deposit is overdue"): the statement alone, as a main
// clause. Only when the frame holds no fact (no name or number; a date only
// as the occasion of the telling, or as a source kept as a pointer) and the
// statement runs to the sentence's end. The same for a fact framed as no
// surprise ("Dass die Frist abgelaufen ist, überrascht mich nicht", "I'm not
// surprised the ceiling is stained").

import type { Candidate, RewriteInput, Strategy } from './context';
import { datedSource, withSource } from './drop';
import { mainClause } from './german';
import { isAddress } from './guard';
import { capitalise, type Piece, render } from './pieces';
import { EN_SUBJECT_WORDS, REWRITE_WORDS } from './words';

/** Lemmas of reminding and knowing that frame a statement, besides those of saying. */
const FRAMING: Record<RewriteInput['language'], ReadonlySet<string>> = {
  de: new Set([
    ...REWRITE_WORDS.de.saying,
    'erinnern',
    'hinweisen',
    'vorwarnen',
    'informieren',
    'wissen',
    'bekannt',
    'klar',
    // "zu bedenken geben"; participles the lemma tables do not know.
    'bedenken',
    'vorhergesagt',
    'vorausgesagt',
  ]),
  en: new Set([
    ...REWRITE_WORDS.en.saying,
    'remind',
    'recall',
    'remember',
    'know',
    'knowledge',
    'realise',
    'realize',
    'tell',
    'told',
    'aware',
  ]),
};
/** A frame with a negation ("Ich weiß nicht, …", "I don't know that …") does not assert what follows. */
const NEGATION = /^(?:nicht|nie|kein|keine|not|never|no)$|n['’]t$/;
/** A frame that is a question or a condition does not assert what follows either. */
const NOT_ASSERTING = /^(?:hatte|hätte|habe|hast|hat|ob|wenn|falls|did|do|does|have|had|if|whether|as)$/;
/** "Jeder Laie weiß, …", "Every beginner knows …": the put-down's noun goes with the frame. */
const GENERIC = /^(?:jeder|jede|jedes|every|any|anyone|everyone|everybody)$/;
const MAX_FRAME = 9;
/** A statement that is itself the writer's advice ("Ich habe vom Grundriss abgeraten") is the being right, not the fact. */
const ADVICE = new Set([
  'abraten',
  'raten',
  'empfehlen',
  'vorschlagen',
  'anregen',
  'warnen',
  'advise',
  'recommend',
  'suggest',
  'propose',
  'warn',
  'flag',
]);
/** English statements in a conditional would turn a past prediction into a claim ("this would happen"). */
const EN_HYPOTHETICAL = /^(?:would|wouldn['’]t|could|couldn['’]t|might|'d)$/;
const DE_HYPOTHETICAL = /^(?:würde|würden|würdest|wäre|wären|hätte|hätten|könnte|könnten)$/;

/** Prepositions of the occasion a reminder names ("im Januar", "bei der Abnahme", "at the kick-off"). */
const OCCASION = /^(?:im|in|bei|beim|am|an|auf|vor|nach|seit|während|zum|zur|at|on|during|after|back)$/;
/** The writer, who did the telling: a frame naming an occasion must be theirs. */
const WRITER = /^(?:ich|wir|mich|mir|uns|i|we|i['’]m|we['’]re|i['’]ve|we['’]ve)$/;
const TITLE = /^(?:frau|herr|herrn|dr|mr|mrs|ms)$/;

/**
 * The frame's words that name when the writer told the reader ("Wir haben
 * Ihnen im Januar gesagt", "at the kick-off meeting", "VIER Mal"): up to
 * three words after a preposition of occasion, and a count of times. None when
 * the frame does not name the writer as the one who told, or names a person.
 */
function occasions(words: readonly Piece[]): Set<Piece> {
  const told = words.some((p) => WRITER.test(p.folded)) && !words.some((p) => TITLE.test(p.folded));
  if (!told) return new Set();
  return new Set(
    words.filter(
      (p, i) =>
        words.slice(Math.max(0, i - 3), i).some((q) => OCCASION.test(q.folded)) ||
        p.folded === 'mal' ||
        words[i + 1]?.folded === 'mal',
    ),
  );
}

/** Whether the frame holds no fact but its occasions; numbers only inside `source`, the dated source kept as a pointer. */
function onlyOccasions(words: readonly Piece[], source: readonly Piece[] | null): boolean {
  const generic = GENERIC.test(words[0]?.folded ?? '');
  const when = occasions(words);
  const sourced = (p: Piece) => source?.some((q) => q.start === p.start) ?? false;
  return !words.some(
    (p, i) =>
      !sourced(p) &&
      (/\d/.test(p.text) ||
        (i > 0 && /^\p{Lu}/u.test(p.text) && !isAddress(p.folded) && !generic && p.text !== 'I' && !when.has(p))),
  );
}

/** Whether the frame (before "dass"/"that") only frames: short, a verb of saying or knowing, no fact, no negation. */
function onlyFrames(frame: readonly Piece[], language: RewriteInput['language']): boolean {
  const words = frame.filter((p) => p.word);
  const source = datedSource(frame, language);
  // The source kept as a pointer and the occasion do not count towards the frame's length.
  const when = occasions(words);
  const length = words.filter((p) => !when.has(p) && !source?.some((q) => q.start === p.start)).length;
  if (length <= 0 || length > MAX_FRAME || frame.some((p) => !p.word && p.text !== ',')) return false;
  if (NOT_ASSERTING.test(words[0]?.folded ?? '') || words.some((p) => NEGATION.test(p.folded))) return false;
  if (!words.some((p) => FRAMING[language].has(p.lemma) || FRAMING[language].has(p.folded))) return false;
  // A name, a number or a noun in the frame is a fact the statement alone would lose.
  return onlyOccasions(words, source);
}

/**
 * English frame words the rewrite may drop besides the verbs of saying and knowing. Any other longer
 * word of the frame ("at the kick-off meeting") is a fact: the guard keeps the rewrite from losing it.
 */
const EN_FRAME_WORDS = new Set(
  'surely clearly already again twice several times repeatedly common knowledge course ought writing agree sure sorry everyone everybody anyone'.split(
    ' ',
  ),
);

/** Whether what is left says something on its own: not "Das kommt so." or "Sie verstehen es.". */
function saysSomething(statement: readonly Piece[], language: RewriteInput['language']): boolean {
  const words = statement.filter((p) => p.word);
  if (language === 'en') return words.length >= 4;
  return words.length >= 5 || words.slice(1).some((p) => /^\p{Lu}/u.test(p.text) && !isAddress(p.folded));
}

/** Irony inside the statement ("dass meine Mails überhaupt gelesen werden"): said plainly it would claim the opposite. */
const IRONY = /^(?:überhaupt|sogar|endlich|even|finally|all)$/;

/** Whether the statement reports the writer's own advice or saying, or mocks. */
const advice = (clause: readonly Piece[], language: RewriteInput['language']) =>
  clause.some(
    (p) => ADVICE.has(p.lemma) || ADVICE.has(p.folded) || FRAMING[language].has(p.lemma) || IRONY.test(p.folded),
  );

/** The statement as a sentence of its own: first word capitalised, the end mark kept, the dated source as a pointer. */
function asSentence(
  statement: readonly Piece[],
  last: Piece,
  frame: readonly Piece[],
  dropped: string[],
  language: RewriteInput['language'],
): Candidate {
  const first = statement[0] as Piece;
  const out = [{ ...first, gap: '', text: capitalise(first.text) }, ...statement.slice(1)];
  // "… am 5." ends on the ordinal's dot: it takes no second one.
  const closed = last.word || (last.text === '.' && out[out.length - 1]?.text.endsWith('.'));
  return { text: withSource(render(closed ? out : [...out, last]), datedSource(frame, language), language), dropped };
}

/** The German statement of a "dass" clause as a main clause, or null where it is no plain fact. */
function germanStatement(clause: readonly Piece[]): Piece[] | null {
  // "dass du … warten sollst" said alone is an order ("Du sollst …"), not a fact.
  if (clause.some((p) => !p.word || DE_HYPOTHETICAL.test(p.folded) || p.lemma === 'sollen') || advice(clause, 'de'))
    return null;
  const statement = mainClause(clause);
  return statement && saysSomething(statement, 'de') ? statement : null;
}

function german(pieces: readonly Piece[]): Candidate[] {
  const join = pieces.findIndex((p) => p.word && p.folded === 'dass');
  if (join === 0) return seenComingDe(pieces);
  // "…, so, dass Sie es verstehen": a clause of result, not what was said.
  if (join < 2 || pieces[join - 1]?.text !== ',' || pieces.slice(0, join).some((p) => p.folded === 'so')) return [];
  const frame = pieces.slice(0, join - 1);
  if (!onlyFrames(frame, 'de')) return [];
  const last = pieces[pieces.length - 1] as Piece;
  const statement = germanStatement(pieces.slice(join + 1, last.word ? pieces.length : -1));
  if (!statement) return [];
  return [
    asSentence(
      statement,
      last,
      frame,
      pieces.slice(0, join + 1).map((p) => p.folded),
      'de',
    ),
  ];
}

/** Having seen it coming: no surprise ("überrascht mich nicht", "I wasn't shocked"), or foreseeable ("war absehbar"). */
const UNSURPRISED = new Set(['überraschen', 'überraschend', 'wundern', 'verwundern', 'erstaunen', 'surprise', 'shock']);
const FORESEEN = new Set(['absehbar', 'abzusehen', 'vorhersehbar', 'erwarten', 'erwartbar']);
/** What says "not" to the surprise: "nicht", "wenig", "kaum". */
const LITTLE = /^(?:nicht|wenig|kaum|not)$|n['’]t$/;

/**
 * Whether a frame after the statement only says the writer saw it coming:
 * short, no mark, no fact but occasions, and a surprise denied ("überrascht
 * mich nicht"), a foresight not denied ("war absehbar"), or the writer's own
 * telling ("habe ich Ihnen im Januar gesagt").
 */
function onlySeenComing(frame: readonly Piece[]): boolean {
  const words = frame.filter((p) => p.word);
  if (words.length < 2 || words.length > MAX_FRAME || words.length < frame.length) return false;
  const has = (set: ReadonlySet<string>) => words.some((p) => set.has(p.lemma) || set.has(p.folded));
  const negated = words.some((p) => LITTLE.test(p.folded));
  const seen =
    (has(UNSURPRISED) && negated) ||
    (!negated && (has(FORESEEN) || (has(FRAMING.de) && words.some((p) => WRITER.test(p.folded)))));
  return seen && onlyOccasions(words, null);
}

/** "Dass die Frist abgelaufen ist, überrascht mich nicht." → "Die Frist ist abgelaufen." */
function seenComingDe(pieces: readonly Piece[]): Candidate[] {
  const comma = pieces.findIndex((p) => p.text === ',');
  const last = pieces[pieces.length - 1] as Piece;
  if (comma < 3 || !onlySeenComing(pieces.slice(comma + 1, last.word ? pieces.length : -1))) return [];
  const statement = germanStatement(pieces.slice(1, comma));
  if (!statement) return [];
  return [asSentence(statement, last, [], ['dass', ...pieces.slice(comma + 1).map((p) => p.folded)], 'de')];
}

/** Words an English no-surprise frame may hold besides its subject and verb: "So, honestly, I'm not surprised to hear …". */
const EN_UNSURPRISED_FRAME = new Set(
  "so honestly frankly i i'm i’m am was wasn't wasn’t we we're we’re are were weren't weren’t not really entirely at all to hear see learn read that".split(
    ' ',
  ),
);

/** "I'm not surprised (to hear) (that) the ceiling is stained." → "The ceiling is stained." */
function seenComingEn(pieces: readonly Piece[]): Candidate[] {
  const at = pieces.findIndex((p, i) => i < 6 && p.word && UNSURPRISED.has(p.lemma) && /ed$/.test(p.folded));
  if (at < 0 || !pieces.slice(0, at).some((p) => LITTLE.test(p.folded))) return [];
  let from = at + 1;
  if (pieces[from]?.folded === 'to' && /^(?:hear|see|learn|read)$/.test(pieces[from + 1]?.folded ?? '')) from += 2;
  if (pieces[from]?.folded === 'that') from++;
  const frame = pieces.slice(0, from);
  if (frame.some((p) => (p.word ? !EN_UNSURPRISED_FRAME.has(p.folded) && p !== pieces[at] : p.text !== ','))) return [];
  return english(pieces, from, frame);
}

/** The English statement from `from` to the end, said without its frame. */
function english(pieces: readonly Piece[], from: number, frame: readonly Piece[]): Candidate[] {
  const last = pieces[pieces.length - 1] as Piece;
  const clause = pieces.slice(from, last.word ? pieces.length : -1);
  const first = clause[0];
  if (!first?.word || !(EN_SUBJECT_WORDS.has(first.folded) || /^(?:\p{Lu}|\d)/u.test(first.text))) return [];
  if (
    clause.some((p) => (!p.word && p.text !== "'" && p.text !== '’') || EN_HYPOTHETICAL.test(p.folded)) ||
    advice(clause, 'en') ||
    !saysSomething(clause, 'en')
  )
    return [];
  const when = occasions(frame.filter((p) => p.word));
  const dropped = pieces
    .slice(0, from)
    .filter(
      (p) =>
        FRAMING.en.has(p.lemma) ||
        EN_FRAME_WORDS.has(p.folded) ||
        UNSURPRISED.has(p.lemma) ||
        p.folded.length < 5 ||
        when.has(p),
    )
    .map((p) => p.folded);
  return [asSentence(clause, last, frame, dropped, 'en')];
}

function toldEn(pieces: readonly Piece[]): Candidate[] {
  let join = pieces.findIndex((p) => p.word && p.folded === 'that');
  if (pieces[join - 1]?.folded === 'so') return [];
  let from = join + 1;
  if (join < 0) {
    // "I did warn you the tiles were …": no "that" after the one who was told.
    join = pieces.findIndex((p, i) => i > 1 && p.word && (p.folded === 'you' || p.folded === 'us'));
    if (join < 0 || !EN_SUBJECT_WORDS.has(pieces[join + 1]?.folded ?? '')) return [];
    from = join + 1;
    join = from;
  }
  const frame = pieces.slice(0, join);
  if (frame.length < 2 || !onlyFrames(frame, 'en')) return [];
  return english(pieces, from, frame);
}

export const statementOnly: Strategy = (input) => {
  // A frame that asks ("Ihnen ist hoffentlich klar, dass …?") leaves a statement with a question mark.
  if (input.pieces[input.pieces.length - 1]?.text === '?') return [];
  if (input.language === 'de') return german(input.pieces);
  const unsurprised = seenComingEn(input.pieces);
  return unsurprised.length > 0 ? unsurprised : toldEn(input.pieces);
};
