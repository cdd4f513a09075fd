// A statement wrapped in a reminder that one said it, or that everyone knows
// it ("Ich habe dir schon zweimal gesagt, dass die Baustelle um fünf schließt",
// "Surely you know that VAT is added to the net price", "Once again I have to
// remind you that the deposit is overdue"): the statement alone, as a main
// clause. Only when the frame holds no fact (no name, date or number) and
// the statement runs to the sentence's end.

import type { Candidate, RewriteInput, Strategy } from './context';
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

/** Whether the frame (before "dass"/"that") only frames: short, a verb of saying or knowing, no fact, no negation. */
function onlyFrames(frame: readonly Piece[], language: RewriteInput['language']): boolean {
  const words = frame.filter((p) => p.word);
  if (words.length === 0 || words.length > MAX_FRAME || frame.some((p) => !p.word && p.text !== ',')) return false;
  if (NOT_ASSERTING.test(words[0]?.folded ?? '') || words.some((p) => NEGATION.test(p.folded))) return false;
  if (!words.some((p) => FRAMING[language].has(p.lemma) || FRAMING[language].has(p.folded))) return false;
  const generic = GENERIC.test(words[0]?.folded ?? '');
  // A name, a date, a number or a noun in the frame is a fact the statement alone would lose.
  return !words.some(
    (p, i) =>
      /\d/.test(p.text) || (i > 0 && /^\p{Lu}/u.test(p.text) && !isAddress(p.folded) && !generic && p.text !== 'I'),
  );
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

function german(pieces: readonly Piece[]): Candidate[] {
  const join = pieces.findIndex((p) => p.word && p.folded === 'dass');
  // "…, so, dass Sie es verstehen": a clause of result, not what was said.
  if (join < 2 || pieces[join - 1]?.text !== ',' || pieces.slice(0, join).some((p) => p.folded === 'so')) return [];
  const frame = pieces.slice(0, join - 1);
  if (!onlyFrames(frame, 'de')) return [];
  const last = pieces[pieces.length - 1] as Piece;
  const clause = pieces.slice(join + 1, last.word ? pieces.length : -1);
  // "dass du … warten sollst" said alone is an order ("Du sollst …"), not a fact.
  if (clause.some((p) => !p.word || DE_HYPOTHETICAL.test(p.folded) || p.lemma === 'sollen') || advice(clause, 'de'))
    return [];
  const statement = mainClause(clause);
  if (!statement || !saysSomething(statement, 'de')) return [];
  const out = [
    { ...(statement[0] as Piece), gap: '', text: capitalise((statement[0] as Piece).text) },
    ...statement.slice(1),
  ];
  return [{ text: render(last.word ? out : [...out, last]), dropped: pieces.slice(0, join + 1).map((p) => p.folded) }];
}

function english(pieces: readonly Piece[]): Candidate[] {
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
  const out = [{ ...first, gap: '', text: capitalise(first.text) }, ...clause.slice(1)];
  const dropped = pieces
    .slice(0, from)
    .filter((p) => FRAMING.en.has(p.lemma) || EN_FRAME_WORDS.has(p.folded) || p.folded.length < 5)
    .map((p) => p.folded);
  return [{ text: render(last.word ? out : [...out, last]), dropped }];
}

export const statementOnly: Strategy = (input) => {
  // A frame that asks ("Ihnen ist hoffentlich klar, dass …?") leaves a statement with a question mark.
  if (input.pieces[input.pieces.length - 1]?.text === '?') return [];
  return input.language === 'de' ? german(input.pieces) : english(input.pieces);
};
