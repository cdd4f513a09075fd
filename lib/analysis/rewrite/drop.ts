// Rewrites that leave something out: the "as I said" clause of being right,
// and condescending words ("offensichtlich", "obviously"). What remains is the
// user's own statement, its word order repaired where German needs it.
import { type Candidate, cut, findPhrase, type RewriteInput, type Strategy } from './context';
import { looksFinite, opensMainClause, verbSecond } from './german';
import { isAddress } from './guard';
import { body, capitalise, type Piece, render } from './pieces';
import { EN_PREPOSITIONS, EN_SUBJECT_WORDS, REWRITE_WORDS } from './words';

const CLAUSE_MARK = /^[,;:–—-]+$/;
const END_MARK = /^[.!?…]+$/;
const isMark = (p: Piece | undefined) => !!p && !p.word && (CLAUSE_MARK.test(p.text) || END_MARK.test(p.text));
/** What may not open an English sentence after a cut clause; nor may a subordinator ("If you recall, and was told …"). */
const EN_NOT_OPENING = new Set(['that', 'to', 'and', 'or', 'but', 'which', 'who', 'so']);
/** Words that need what follows them: a clause cut after them is left hanging ("The patch is, I'm afraid."). */
const NEEDS_MORE = new Set(
  "is are was were be been am 's 're ist sind war waren wird werden bin bist seid the a an der die das den dem ein eine that dass but and or so honestly frankly really aber und oder also ehrlich".split(
    ' ',
  ),
);

/** Words that open a clause that cannot stand alone. */
/** Words that open a sentence without being its clause: "Tja, …", "Well, …". */
const INTERJECTIONS = new Set(['tja', 'na', 'nun', 'also', 'ok', 'okay', 'well', 'so', 'oh', 'ach']);
const SUBORDINATORS = new Set(
  'wer was wie warum wenn weil dass ob obwohl als da falls nachdem sobald bevor während who whoever what how why as if when because that whether although though since unless'.split(
    ' ',
  ),
);

/**
 * Whether English words left after a cut at the front open a clause: not a
 * word that runs straight into a mark, a number or a preposition ("Slowly:",
 * "Almost to the pound.", "Dated 4 October, …") unless it is a subject or a
 * request ("The deposit is …", "Please send …").
 */
function opensEnglishClause(rest: readonly Piece[]): boolean {
  const [first, second] = rest;
  if (!first?.word) return false;
  if (EN_SUBJECT_WORDS.has(first.folded) || /^\p{Lu}/u.test(first.text) || first.folded === 'please') return true;
  return !!second?.word && !/^\d/.test(second.text) && !EN_PREPOSITIONS.has(second.folded);
}

/** Whether what is left opens a clause: in German a main clause or a verb first; in English not a bare phrase. */
function standsAlone(rest: readonly Piece[], language: RewriteInput['language']): boolean {
  const first = rest[0];
  if (!first?.word) return false;
  if (language === 'en') return !EN_PREPOSITIONS.has(first.folded);
  return opensMainClause(rest) || looksFinite(first);
}

/** The last word before `at`, over one aside in commas of up to four words (", I'm afraid,"). */
function wordBefore(pieces: readonly Piece[], at: number): Piece | undefined {
  let i = at - 1;
  if (pieces[i]?.text === ',') {
    const open = pieces.slice(Math.max(0, i - 5), i).findLastIndex((p) => p.text === ',');
    if (open >= 0) i = Math.max(0, i - 5) + open;
  }
  while (i >= 0 && !pieces[i]?.word) i--;
  return pieces[i];
}

/** The clause (between marks) that holds piece range [from, to). */
function clauseAround(pieces: readonly Piece[], from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !isMark(pieces[start - 1])) start--;
  let end = to;
  while (end < pieces.length && !isMark(pieces[end])) end++;
  return { start, end };
}

/** The sentence without [start, end) and the marks that joined it; German word order repaired. */
function withoutClause(input: RewriteInput, start: number, end: number): Piece[] | null {
  const { pieces } = input;
  // After a colon the clause opens a statement of its own ("Kurz noch: wie besprochen, brauchen wir …").
  if (start > 0 && /^[:–—]$/.test(pieces[start - 1]?.text ?? '')) {
    const rest = withoutClause({ ...input, pieces: pieces.slice(start) }, 0, end - start);
    return (
      rest && [
        ...pieces.slice(0, start),
        ...rest.map((p, i) => (i === 0 ? { ...p, gap: ' ', text: capitalise(p.text) } : p)),
      ]
    );
  }
  return withoutOwnClause(input, start, end);
}

function withoutOwnClause(input: RewriteInput, start: number, end: number): Piece[] | null {
  const { pieces, language } = input;
  const closing = pieces[end];
  const last = pieces.length - (END_MARK.test(pieces[pieces.length - 1]?.text ?? '') ? 1 : 0);
  let out: Piece[];
  if (start === 0) {
    // "Wie bereits erwähnt, benötigen wir …": the clause and its comma go; the rest opens the sentence.
    if (!closing || closing.word || END_MARK.test(closing.text)) return null;
    out = cut(pieces, 0, end + 1);
    // "Das überrascht mich nicht, denn er steht …": "denn" joined the cut clause on; its main clause stands alone.
    if (language === 'de' && out[0]?.folded === 'denn' && out[1]?.word) out = cut(out, 0, 1);
    if (language === 'de') {
      const reordered = verbSecond(out);
      if (!reordered || !opensMainClause(reordered)) return null;
      out = reordered;
    } else if (
      EN_NOT_OPENING.has(out[0]?.folded ?? '') ||
      SUBORDINATORS.has(out[0]?.folded ?? '') ||
      !opensEnglishClause(out)
    )
      return null;
  } else if (end >= last) {
    // "…, wie besprochen.": the comma before it goes too; not when what stays needs the cut clause.
    const right = pieces.slice(0, start).findLast((p) => p.word);
    if (NEEDS_MORE.has(right?.folded ?? '') || NEEDS_MORE.has(wordBefore(pieces, start)?.folded ?? '')) return null;
    out = cut(pieces, start - 1, end);
  } else {
    // A parenthesis: ", wie gesagt, ": both commas go. After a fronted subordinate clause
    // ("Wenn ich anrufe, wie gesagt, ist …") German word order depends on what follows: not cut.
    if (language === 'de' && /^(?:wenn|weil|da|als|falls|obwohl|sobald|nachdem|dass|ob)$/.test(pieces[0]?.folded ?? ''))
      return null;
    if (!closing || !/^,$/.test(closing.text) || pieces[start - 1]?.text !== ',') return null;
    // "…, obwohl wir vereinbart hatten, dass …": the clause after it is what the cut one said.
    if (SUBORDINATORS.has(pieces[end + 1]?.folded ?? '')) return null;
    out = cut(pieces, start - 1, end + 1);
  }
  return out.some((p) => p.word) ? out : null;
}

/** Words before "einfach/simply" that make it a predicate ("denkbar einfach"). */
const PREDICATE_BEFORE = new Set([
  'denkbar',
  'ganz',
  'sehr',
  'total',
  'super',
  'recht',
  'relativ',
  'ziemlich',
  'eigentlich',
  'quite',
  'very',
  'really',
  'pretty',
]);

/**
 * Whether what is left after a cut still says something: three words or more,
 * and in German a noun among them ("Die Unterschrift fehlt." yes; "Das passiert
 * eben." or "Trust me." no).
 */
export function saysSomething(pieces: readonly Piece[], language: RewriteInput['language']): boolean {
  const words = pieces.filter((p) => p.word);
  // "To be fair." is what is left of a sentence, not one.
  if (words.length < 3 || (language === 'en' && words.length < 4)) return false;
  return (
    language === 'en' ||
    words.some((p) => /^\p{Lu}/u.test(p.text) && !isAddress(p.folded) && p !== words[0]) ||
    words.length >= 5
  );
}

/** Lemmas of asking: a sentence about having asked holds what was asked for. */
const ASKING = new Set([
  'ask',
  'request',
  'bitten',
  'anfragen',
  'nachfragen',
  'fragen',
  'erinnern',
  'remind',
  'chase',
  'anmahnen',
  'mahnen',
  'gebeten',
  'asked',
]);

/** What a sentence that is left out must not hold: a number, a date, a deadline or a request. */
const KEEPS_SOMETHING =
  /\d|\b(?:bis|by|until|heute|today|morgen|tomorrow|montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|friday|saturday|bitte|please|could|könnten|können|can)\b|\?/i;

/**
 * A sentence that is nothing but the problem ("I did put it in the quote.",
 * "Das ist ein typischer Anfängergedanke.") is best left out: the cue covers
 * most of it, or it is short, and it holds no number, date, deadline or request.
 */
export function leftOut(input: RewriteInput, maxWords: number, mostly = true): Candidate[] {
  const words = input.pieces.filter((p) => p.word);
  if (words.length > maxWords) return [];
  // The problem must be most of the sentence: otherwise what is left out may be a fact the reader needs.
  const covered = input.pieces.slice(input.cue.from, input.cue.to).filter((p) => p.word).length;
  if (mostly && covered * 2 < words.length) return [];
  // German nouns outside the problem's words are facts ("… wüssten Sie von der Schließung").
  const outside = [...input.pieces.slice(0, input.cue.from), ...input.pieces.slice(input.cue.to)];
  if (
    mostly &&
    input.language === 'de' &&
    outside.slice(1).some((p) => p.word && /^\p{Lu}/u.test(p.text) && !isAddress(p.folded))
  )
    return [];
  if (KEEPS_SOMETHING.test(input.pieces.map((p) => p.text).join(' '))) return [];
  return [{ text: '', dropped: words.map((p) => p.folded) }];
}

export const dropBeingRight: Strategy = (input) => {
  const { pieces, cue, language } = input;
  const { start, end } = clauseAround(pieces, cue.from, cue.to);
  // Only a clause that is the reminder itself: short, or about having said it.
  const saying = new Set(REWRITE_WORDS[language].saying);
  const clause = pieces.slice(start, end);
  // A counterfactual condition ("Hätten Sie … gelesen, …") carries the rest's meaning: not cut.
  const counterfactual = /^(?:hätte|hätten|hättest|hättet|wäre|wären|wärst|had|if|wenn)$/.test(clause[0]?.folded ?? '');
  const reminder =
    !counterfactual && (clause.filter((p) => p.word).length <= 5 || clause.some((p) => saying.has(p.lemma)));
  let out = reminder ? withoutClause(input, start, end) : null;
  // What is left must say something: "Trust me." is not a sentence worth keeping on its own, nor is "As you know.".
  if (out && (!saysSomething(out, language) || SUBORDINATORS.has(out[0]?.folded ?? ''))) out = null;
  // "Tja was aus …", "To be fair and it …": an interjection or opener left before a subordinate clause or an "and".
  const lead = out?.findIndex((p) => p.word && !INTERJECTIONS.has(p.folded)) ?? -1;
  if (
    out &&
    lead >= 0 &&
    (SUBORDINATORS.has(out[lead]?.folded ?? '') || (lead > 0 && /^(?:and|und)$/.test(out[lead]?.folded ?? '')))
  )
    out = null;
  if (
    out
      ?.slice(0, 5)
      .some(
        (p, i, all) =>
          i > 0 &&
          /^(?:and|und|but|aber)$/.test(p.folded) &&
          all[i - 1]?.word &&
          /^(?:fair|ehrlich|honest)$/.test(all[i - 1]?.folded ?? ''),
      )
  )
    out = null;
  // "Ich will ja nicht sagen[, dass …,] aber …": the frame of the cut clause would dangle before its "aber".
  if (out?.some((p, i) => saying.has(p.lemma) && /^(?:aber|but)$/.test(out?.[i + 1]?.folded ?? ''))) out = null;
  // "You may not want to hear this[, but …]": a lead-in whose "this" pointed at the cut clause announces nothing left.
  const lastWord = out?.findLast((p) => p.word);
  if (lastWord && /^(?:this|that|das|dies)$/.test(lastWord.folded)) out = null;
  // "Sie hören das sicher nicht gern[, aber …]": the same with "das" standing alone inside the lead-in.
  if (
    language === 'de' &&
    start > 0 &&
    out?.some((p, i) => /^(?:das|dies)$/.test(p.folded) && /^(?:\p{Ll}|[.,!?])/u.test(out?.[i + 1]?.text ?? '.'))
  )
    out = null;
  // A short announcement before a colon ("Zur Klarstellung: …", "For the record: …") goes, the statement stays.
  const colon = pieces.findIndex((p, i) => i <= 5 && p.text === ':');
  if (!out && colon > 0) out = withoutClause(input, 0, colon);
  // A reminder of having asked carries the request itself ("I have asked three times for the lease"): not left out.
  if (!out)
    return clause.some((p) => ASKING.has(p.lemma)) || pieces.some((p) => ASKING.has(p.lemma)) ? [] : leftOut(input, 10);
  const dropped = pieces.slice(start, end).map((p) => p.folded);
  return [{ text: withSource(render(out), datedSource(clause, language), language), dropped }];
};

/** The rewrite with the dated source its reminder named kept as a pointer: the reader may want to look it up. */
export function withSource(text: string, source: readonly Piece[] | null, language: RewriteInput['language']): string {
  if (!source) return text;
  const pointer = render(source);
  return `${text.replace(/\s*[.!…]*$/u, '')} (${MORE[language]} ${pointer.charAt(0).toLowerCase()}${pointer.slice(1)}).`;
}

/** "… (mehr dazu in meiner Mail vom 3. Mai)": the words before a source kept as a pointer. */
const MORE: Record<RewriteInput['language'], string> = { de: 'mehr dazu', en: 'more on this' };
const OWN = /^(?:meiner|meinem|unserer|unserem|my|our)$/;
const DATED = /^(?:vom|of|on|from|dated)$/;
const MONTHS =
  /^(?:januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)$/;

/**
 * The writer's own dated source in a reminder ("in meiner Mail vom 3. Mai",
 * "in my letter of 12 January"), from "in" to the date's end; null when the
 * clause names none or the date holds no number.
 */
export function datedSource(clause: readonly Piece[], language: RewriteInput['language']): Piece[] | null {
  const at = clause.findIndex((p, k) => p.folded === 'in' && OWN.test(clause[k + 1]?.folded ?? ''));
  if (at < 0) return null;
  const of = clause.findIndex((p, k) => k > at + 2 && k <= at + 4 && DATED.test(p.folded));
  if (of < 0) return null;
  let end = of + 1;
  while (end < clause.length) {
    const p = clause[end] as Piece;
    if (/^\d/.test(p.text) || (p.text === '.' && /^\d/.test(clause[end - 1]?.text ?? '')) || MONTHS.test(p.folded))
      end++;
    else if (language === 'en' && p.folded === 'the' && /^\d/.test(clause[end + 1]?.text ?? '')) end++;
    else break;
  }
  const date = clause.slice(of + 1, end);
  if (!date.some((p) => /^\d/.test(p.text))) return null;
  // "vom 3." alone (the day without its month) would end on the ordinal's dot: only a whole date is kept.
  if (date[date.length - 1]?.text === '.') return null;
  return clause.slice(at, end).map((p, k) => (k === 0 ? { ...p, gap: '' } : p));
}

/** Condescension: the dismissive words go (their clause, when the whole clause is the put-down). */
export const dropDismissive: Strategy = (input) => {
  const { pieces, cue, language } = input;
  const words = REWRITE_WORDS[language].dismissive;
  const out: Candidate[] = [];
  const found = findPhrase(pieces, words, cue.from, cue.to);
  if (found) {
    const rest = withoutWords(input, unquoted(cut(pieces, found.at, found.end), found.at), found.at === 0);
    if (rest) out.push({ text: render(rest), dropped: found.phrase.split(' ') });
    return out;
  }
  // The put-down is a clause of its own ("Das ist wirklich ganz simpel, du trägst …", "…, it's not hard").
  const { start, end } = clauseAround(pieces, cue.from, cue.to);
  const last = body(pieces).length;
  const whole = start === 0 && end >= last;
  // A complement clause ("…, dass Sie die Mail diesmal lesen") leaves its main clause hanging: not cut.
  const complement = /^(?:dass|that|ob|whether)$/.test(pieces[start]?.folded ?? '');
  const shorter =
    whole || complement || (start !== 0 && end < last) || end - start > 10 ? null : withoutClause(input, start, end);
  const rest = shorter && withoutWords(input, shorter, false);
  // A subordinate clause left alone ("Wer eine Wand ohne Dübel befestigt.") is no sentence, nor is a
  // fronted phrase whose clause went ("Euren Plan, das Team umzustellen.", "With all due respect to …").
  if (
    !rest ||
    !saysSomething(rest, language) ||
    SUBORDINATORS.has(rest[0]?.folded ?? '') ||
    !standsAlone(rest, language)
  )
    return leftOut(input, 14);
  // "The process is very simple, any client manages it …" → "Any client manages it …": what "it" meant went with the cut.
  if (start === 0 && refersBack(pieces.slice(start, end), rest, language)) return leftOut(input, 14);
  return [{ text: render(rest), dropped: pieces.slice(start, end).map((p) => p.folded) }];
};

/** Words that open a thing named in English ("the process", "how the programme …", "that side of things"). */
const EN_NAMING = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'your',
  'my',
  'our',
  'their',
  'how',
  'what',
]);

/** Whether a pronoun stands alone at `i` (no noun after it): "that's", "that is", "it", "das ist", "das." */
function pronounAt(pieces: readonly Piece[], i: number, language: RewriteInput['language']): boolean {
  const p = pieces[i] as Piece;
  const next = pieces[i + 1];
  if (language === 'en') {
    if (/^(?:it|it's|them|that's|this's)$/.test(p.folded)) return true;
    return /^(?:that|this)$/.test(p.folded) && (!next?.word || /^(?:'s|is|was|will|would|'ll)$/.test(next.folded));
  }
  return /^(?:das|dies|es)$/.test(p.folded) && (!next?.word || looksFinite(next)) && p.folded !== 'es';
}

/**
 * Whether what is left after the put-down clause at the front points back with a pronoun ("that's what I'm
 * here for", "any client manages it") to a thing only that clause named ("how the programme is structured",
 * "The process"). A clause that names nothing ("Sie reagieren über, das ist …") leaves the pronoun its
 * reference in the mail before.
 */
function refersBack(cutClause: readonly Piece[], rest: readonly Piece[], language: RewriteInput['language']): boolean {
  const names =
    language === 'en'
      ? cutClause.some((p) => p.word && EN_NAMING.has(p.folded))
      : cutClause.some((p, i) => i > 0 && p.word && /^\p{Lu}/u.test(p.text) && !isAddress(p.folded));
  return names && rest.some((p, i) => p.word && pronounAt(rest, i, language));
}

const QUOTE_MARK = /^[„“”"'‘’‚»«]$/;

/** "Ihre sogenannten „Verbesserungen“": with "sogenannt" gone, the scare quotes around the next word or two go too. */
function unquoted(pieces: Piece[], at: number): Piece[] {
  const open = pieces[at];
  if (!open || !QUOTE_MARK.test(open.text)) return pieces;
  const close = pieces.findIndex((p, i) => i > at + 1 && i <= at + 3 && QUOTE_MARK.test(p.text));
  if (close < 0 || pieces.slice(at + 1, close).some((p) => !p.word)) return pieces;
  const first = pieces[at + 1] as Piece;
  return [
    ...pieces.slice(0, at),
    { ...first, gap: open.gap },
    ...pieces.slice(at + 2, close),
    ...pieces.slice(close + 1),
  ];
}

/** The sentence without its other dismissive words; after a cut at the front, the order repaired. */
function withoutWords(input: RewriteInput, pieces: Piece[], front: boolean): Piece[] | null {
  const words = REWRITE_WORDS[input.language].dismissive;
  let rest = pieces;
  if (front && rest[0] && !rest[0].word && rest[0].text === ',') rest = cut(rest, 0, 1);
  for (let again = findPhrase(rest, words); again; again = findPhrase(rest, words, again.end)) {
    // "denkbar einfach", "ist einfach.": a predicate, not a put-down particle; it stays.
    const before = rest[again.at - 1];
    const after = rest[again.end];
    // "Just because …": without "just" the clause no longer says what the sentence means.
    if (PREDICATE_BEFORE.has(before?.folded ?? '') || !after || !after.word || after.folded === 'because') continue;
    front ||= again.at === 0;
    rest = cut(rest, again.at, again.end);
    again = { ...again, end: again.at };
  }
  if (front && input.language === 'de') {
    const reordered = verbSecond(rest);
    if (!reordered) return null;
    // Moved: it must now open a main clause; unmoved it may be an instruction ("Den Treiber neu installieren.").
    if (reordered[0] !== rest[0] && !opensMainClause(reordered)) return null;
    rest = reordered;
  }
  return rest;
}
