// A habit pinned on the reader: "Sie fragen trotzdem jede Woche erneut", "you
// always seem to …", "Noch nie haben wir von Ihrer Seite …". One occasion
// becomes a rule about the person, which invites a defence, not a change
// (principle 1). "Ständig", "every time" beside the reader are enough; "immer",
// "never", "jede Woche" only with a slip in the same clause (lateness, "erneut",
// a forgotten thing), since "Sie sind immer so schnell" is praise. Kind words
// or an offer in the sentence, a question or a condition keep it quiet.
import type { SentenceView } from '../document';
import { clauseAround, isZuInfinitive, withTimeClause } from '../extent';
import { lemmaInfo } from '../lemmas';
import { CLASSES } from '../phrases/classes';
import { valenceOf } from '../sentiment';
import { type FrameBook, FrameMatcher, type FrameSpan } from './frames';
import {
  CHASES,
  DUTIES,
  HABIT_WORDS,
  KIND_HABITS,
  OFFERS,
  PRAISE,
  READER_SIDE,
  SLIPS,
  SOFT_HABIT_WORDS,
} from './habit-cues';
import { warmSentence } from './praise-sentiment';
import { type Found, readerFaultIn } from './reader-fault';
import type { RawFinding, Rule } from './types';

const matcher = (name: string, book: FrameBook) => new FrameMatcher(name, book);
const habits = matcher('habit-words', HABIT_WORDS);
const softHabits = matcher('soft-habit-words', SOFT_HABIT_WORDS);
const readerSide = matcher('reader-side', READER_SIDE);
const slips = matcher('slips', SLIPS);
const kind = matcher('kind-habits', KIND_HABITS);
const duties = matcher('duties', DUTIES);
const praise = matcher('praise', PRAISE);
const offers = matcher('offers', OFFERS);
const chases = matcher('chases', CHASES);

/**
 * Slips a writer can make too ("ich vergesse", "I forget"), and "so" pointing back ("das machen wir schon immer
 * so"); a state ("zu spät", "late") is the reader's.
 */
const OWN_SLIPS = new Set(['vergessen', 'forget', 'immer-so']);
/** "wieder", "again" as the only slip: in the writer's own clause it repeats what they did ("habe ich wieder geheult"). */
const REPEATS = new Set(['wieder', 'erneut', 'again']);
const repeatOnly = (sentence: SentenceView, s: FrameSpan) =>
  s.first === s.last && REPEATS.has(sentence.tokens[s.first]?.folded ?? '');

/** Negations per language: "nie" before a duty or a praise word makes a complaint of it; so does "niemand", "none". */
const NEGATIONS = {
  de: new Set([...CLASSES.de.neg.words, 'niemand']),
  en: new Set([...CLASSES.en.neg.words, 'none', 'nobody']),
};

/** "nicht", "not", "didn't": a duty not done ("nichts", "kein" say what is not needed: "Sie brauchen nichts mitzubringen"). */
const NOT = new Set([
  'nicht',
  ...CLASSES.en.neg.words.filter((w) => w.endsWith("n't") || w === 'not' || w === 'cannot'),
]);

/** The writer as the subject beside the habit word: "Every week we send you …", "We constantly look for …". */
const WRITERS = new Set(['we', 'i', "we've", "i've", "we're", "i'm", "we'll", "i'll", "we'd", "i'd", 'wir', 'ich']);

/** The clause right after `own`, for a habit in front ("As usual, we'll …"); none when it opens a condition or a time. */
function clauseAfter(sentence: SentenceView, own: Range, readerIn: (range: Range) => boolean): Range | undefined {
  let end = own.end;
  // Past a relative or "wenn" clause to the main clause: "Jedes Update, das wir ankündigen, schiebt ihr …".
  for (let step = 0; step < 3; step++) {
    const next = sentence.tokens.find((t) => t.word && t.start >= end);
    if (!next) return undefined;
    const range = clauseAround(sentence, next.start, next.end);
    if (!(WHEN.has(next.folded) || CONDITIONS.has(next.folded) || THAT.has(next.folded) || RELATIVES.has(next.folded)))
      return range;
    // "Jedes Mal, wenn Sie den Grundriss ändern, verlieren wir eine Woche": the reader's act, the writer's loss.
    if (readerIn(range)) return undefined;
    end = range.end;
  }
  return undefined;
}

/**
 * The clause right before `own`, for a habit that trails its clause ("Ich habe wieder geheult, wie immer."); none
 * when it is a condition or a time ("Wenn wir bei euch anliefern, ist nie jemand da").
 */
function clauseBefore(sentence: SentenceView, own: Range): Range | undefined {
  const previous = sentence.tokens.filter((t) => t.word && t.end <= own.start).pop();
  if (!previous) return undefined;
  const range = clauseAround(sentence, previous.start, previous.end);
  const opener = sentence.tokens.find((t) => t.word && t.start >= range.start);
  return opener && (WHEN.has(opener.folded) || CONDITIONS.has(opener.folded)) ? undefined : range;
}

const RELATIVES = new Set(['der', 'die', 'das', 'den', 'dem', 'which', 'who', 'whom']);

const SUBORDINATORS = new Set(['dass', 'weil', 'da', 'ob', 'that', 'because', 'which', 'who', 'since', 'whether']);
/** The reader's possessives ("your team", "Ihre Buchhaltung", "eure Leute"), case kept: "ihre" is also "her". */
const POSSESSIVE =
  /^(?:[Yy]our|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|[Dd]ein(?:e|en|em|er|es)?|[Ee]uer|[Ee]ur(?:e|en|em|er|es))$/;
const READER_SUBJECTS = new Set(['you', 'du', 'ihr', 'sie']);
const PREPOSITIONS = new Set([
  'of',
  'for',
  'to',
  'with',
  'on',
  'in',
  'at',
  'from',
  'about',
  'von',
  'für',
  'mit',
  'an',
  'auf',
  'bei',
  'zu',
  'aus',
  'über',
]);
const READER_WORDS = new Set(['sie', 'ihnen', 'du', 'dich', 'dir', 'ihr', 'euch', 'you', "you've", "you're", 'your']);

/**
 * Whether the writer is the clause's subject: the first pronoun among its first words, the habit words aside
 * ("Wir rechnen grundsätzlich …", "Jedes Mal prüfen wir …", "Every week we send you …").
 */
function writerLeads(sentence: SentenceView, own: Range, span: FrameSpan): boolean {
  // "we noticed that your office routinely …": the habit's subject follows the last "that" before it.
  let from = 0;
  for (let i = span.first - 1; i >= 0; i--)
    if (SUBORDINATORS.has(sentence.tokens[i]?.folded ?? '')) {
      from = i + 1;
      break;
    }
  // "I've noticed your team invariably …", "… you always": the reader's noun or pronoun just before the habit
  // word is its subject, though a writer opened the clause ("We send you … every week" keeps the writer).
  // "None of your replies ever …": the habit words hold the subject.
  for (let i = span.first; i <= span.last; i++) if (POSSESSIVE.test(sentence.tokens[i]?.text ?? '')) return false;
  for (let i = span.first - 1, words = 0; i >= from; i--) {
    const t = sentence.tokens[i] as (typeof sentence.tokens)[number];
    if (t.start < own.start) break;
    if (!t.word) continue;
    if (WRITERS.has(t.folded)) break;
    // "the outline of your book once again": after a preposition the reader's noun is no subject.
    const object = PREPOSITIONS.has(sentence.tokens[i - 1]?.folded ?? '');
    if ((POSSESSIVE.test(t.text) && words < 3 && !object) || (words === 0 && READER_SUBJECTS.has(t.folded)))
      return false;
    if (++words >= 3) break;
  }
  let seen = 0;
  for (let i = from; i < sentence.tokens.length && seen < 4; i++) {
    const t = sentence.tokens[i] as (typeof sentence.tokens)[number];
    if (!t.word || t.start < own.start || t.start >= own.end || (i >= span.first && i <= span.last)) continue;
    seen++;
    if (WRITERS.has(t.folded)) return true;
    if (READER_WORDS.has(t.folded)) return false;
  }
  return false;
}

/** Words that open a condition or a question about a habit: "wenn Sie immer …", "if you ever …". */
const CONDITIONS = new Set(['wenn', 'falls', 'sofern', 'ob', 'if', 'whether', 'unless', 'in']);

interface Range {
  start: number;
  end: number;
}

const within = (sentence: SentenceView, span: FrameSpan, clause: Range) => {
  const start = (sentence.tokens[span.first] as Range).start;
  return start >= clause.start && start < clause.end;
};

const QUOTE_MARKS = new Set(["'", '"', '„', '“', '”', '‚', '‘', '’', '»', '«']);

/** A kind word in scare quotes is irony: "Every time you 'help' by …". */
function quoted(sentence: SentenceView, span: FrameSpan): boolean {
  const before = sentence.tokens[span.first - 1];
  const after = sentence.tokens[span.last + 1];
  return (
    !!before && !!after && !before.word && !after.word && QUOTE_MARKS.has(before.text) && QUOTE_MARKS.has(after.text)
  );
}

/** "jede"/"every" alone needs a noun after it: "jede Erinnerung", "every reminder", not "jeder von uns", "each of you". */
const DETERMINER_ENTRIES = new Set(['jede-nomen', 'every-noun']);
const NOT_NOUNS = new Set(['of', 'one', 'other', 'and', 'von', 'einzelne']);

function beforeNoun(sentence: SentenceView, span: FrameSpan): boolean {
  if (!DETERMINER_ENTRIES.has(span.entry.id)) return true;
  const next = sentence.tokens[span.last + 1];
  if (!next?.word || NOT_NOUNS.has(next.folded)) return false;
  if (sentence.language === 'de') return next.text[0] !== next.text[0]?.toLowerCase() && next.folded !== 'sie';
  return true;
}

/** "every week", "jeden Monat" say when; "every deadline", "jede Rückfrage" say what: only the latter is a quantified object. */
const QUANTIFIED = new Set(['jede-nomen', 'every-noun', 'jede-woche', 'every-week']);
const TIME_UNITS = new Set([
  'time',
  'week',
  'month',
  'year',
  'quarter',
  'day',
  'morning',
  'evening',
  'weekend',
  'hour',
  'session',
  'single',
  'mal',
  'woche',
  'monat',
  'jahr',
  'quartal',
  'tag',
  'stunde',
  'sitzung',
  'einzelne',
  'einzelnen',
]);

function quantifiedObject(sentence: SentenceView, span: FrameSpan): boolean {
  if (!QUANTIFIED.has(span.entry.id)) return false;
  const noun = sentence.tokens[span.last]?.word ? sentence.tokens[span.last] : undefined;
  const after = span.first === span.last ? sentence.tokens[span.last + 1] : noun;
  return !!after?.word && !TIME_UNITS.has(after.folded);
}

/** Words that end the noun phrase after "every"/"jede": pronouns, relatives, prepositions. */
const NP_ENDS = new Set([
  'we',
  "we've",
  'i',
  'you',
  'that',
  'which',
  'since',
  'from',
  'in',
  'on',
  'at',
  'for',
  'by',
  'to',
  'wir',
  'ich',
  'sie',
  'du',
  'der',
  'die',
  'das',
  'den',
  'von',
  'seit',
  'bei',
  'in',
  'an',
  'auf',
  'mit',
]);

/** The noun phrase "every sign-off date", "jede Erinnerung": the quantifier and up to three words after it. */
function nounPhraseEnd(sentence: SentenceView, span: FrameSpan): number {
  let last = span.last;
  for (let k = span.last + 1; k <= span.last + 3; k++) {
    const t = sentence.tokens[k];
    if (!t?.word || NP_ENDS.has(t.folded)) break;
    last = k;
  }
  return last;
}

/** The reader-fault finds of the sentence last asked about (several habit words in one sentence ask again). */
let faultsCache: { sentence: SentenceView; found: Found[] } | undefined;
function faultsIn(sentence: SentenceView): Found[] {
  if (faultsCache?.sentence !== sentence) faultsCache = { sentence, found: readerFaultIn(sentence) };
  return faultsCache.found;
}

/** Whether the sentence already blames the reader: then that finding takes the clause, the quantifier stays its own. */
function blamed(sentence: SentenceView): boolean {
  return sentence.phrases.some((p) => p.hit.category === 'blame') || faultsIn(sentence).length > 0;
}

/** Whether the reader-fault construction blames the clause the habit word stands in: then the habit is its own finding. */
function blamedAt(sentence: SentenceView, span: FrameSpan): boolean {
  return faultsIn(sentence).some((f) => f.start <= span.first && span.first <= f.end);
}

const PREFACE_MARKS = new Set([':']);

/** A kind word in a preface before a colon frames the point, it does not soften it: "Ich sage es freundlich, aber klar: …". */
function prefaced(sentence: SentenceView, span: FrameSpan, clause: Range): boolean {
  return sentence.tokens.some(
    (t, i) => i > span.last && t.start < clause.start && !t.word && PREFACE_MARKS.has(t.text),
  );
}

/** A slip that is not the habit's own word ("each change": "change" is what recurs, not the slip). */
function apart(s: FrameSpan, span: FrameSpan): boolean {
  // "each change": the noun after a bare "each"/"jede" belongs to the habit words too.
  const last = DETERMINER_ENTRIES.has(span.entry.id) ? span.last + 1 : span.last;
  return s.first !== span.first && !(s.first >= span.first && s.last <= last);
}

/** Whether a negation stands one or two words before the slip: "nothing is missing", "keine Fehler". */
function deniedSlip(sentence: SentenceView, s: FrameSpan): boolean {
  const negations = NEGATIONS[sentence.language];
  // "erst ab Montag" says from when, not how late.
  const from = sentence.tokens[s.first]?.folded === 'erst' && sentence.tokens[s.first + 1]?.folded === 'ab';
  return from || [1, 2].some((k) => negations.has(sentence.tokens[s.first - k]?.folded ?? ''));
}

/** How many words the range holds. */
function words(sentence: SentenceView, range: Range): number {
  return sentence.tokens.filter((t) => t.word && t.start >= range.start && t.start < range.end).length;
}

/** Whether a colon stands between the span and token index `at`. */
function beforeColon(sentence: SentenceView, span: FrameSpan, at: number): boolean {
  return sentence.tokens.some((t, i) => i > span.last && i < at && !t.word && PREFACE_MARKS.has(t.text));
}

/** The clause before `own`, when a comma or dash ends it. */
function previousClause(sentence: SentenceView, own: Range): Range | undefined {
  const before = sentence.tokens.findLast((t) => t.word && t.end <= own.start);
  return before ? clauseAround(sentence, before.start, before.end) : undefined;
}

/** A clause of the habit words alone after a comma: "…, week after week", "…, without fail". */
function tailOnly(sentence: SentenceView, own: Range, span: FrameSpan): boolean {
  // "…, every single Friday": the noun after "every" belongs to the habit words.
  const last = Math.max(span.last, nounPhraseEnd(sentence, span));
  return sentence.tokens.every(
    (t, i) => !t.word || t.start < own.start || t.start >= own.end || (i >= span.first && i <= last),
  );
}

/** Openers of a clause that says when something happens: "Wenn wir bei Ihnen klingeln, ist nie jemand da". */
const WHEN = new Set(['wenn', 'sobald', 'jedesmal', 'when', 'whenever', 'once']);

const AND = new Set(['und', 'and']);
/** "…, und dann fehlt uns die Zeit": what follows "und dann" is the habit's effect, not its slip. */
const THEN = new Set(['dann', 'then', 'so', 'also']);

/**
 * "Ihr Büro überhört unsere Hinweise, und jedes Mal müssen wir nachbestellen": the reader stands in the clause
 * before "und", and the habit opens the clause after it ("Your report was great, and the tribunal agreed on
 * every point" names someone else).
 */
function readerBeforeAnd(sentence: SentenceView, own: Range, span: FrameSpan, readers: readonly FrameSpan[]): boolean {
  const first = sentence.tokens.findIndex((t) => t.start >= own.start);
  if (first !== span.first) return false;
  const and = sentence.tokens[first - 1];
  const mark = sentence.tokens[first - 2];
  const before = sentence.tokens[first - 3];
  if (!and || !AND.has(and.folded) || !mark || mark.word || !before) return false;
  const previous = clauseAround(sentence, before.start, before.end);
  return readers.some((r) => within(sentence, r, { start: previous.start, end: own.start }));
}

/** Habits that deny ("keinen einzigen Termin verpasst", "noch nie zu spät bezahlt", "never once missed"): with a slip they are praise. */
const DENYING = new Set(['noch-nie', 'not-once', 'not-a-single']);

const WITHOUT = new Set(['ohne', 'without']);
const COMPARING = new Set(['wie', 'als', 'like', 'than']);
/** "wie immer", "as always" stay habits: only a never or ever compares. */
const NEVER_EVER = new Set(['nie', 'niemals', 'je', 'jemals', 'never', 'ever']);

const spanHas = (sentence: SentenceView, span: FrameSpan, words: ReadonlySet<string>) =>
  sentence.tokens.slice(span.first, span.last + 1).some((t) => words.has(t.folded));

/** The folded word right before token `i` (punctuation stops the look; "noch" is looked past), or ''. */
function wordBefore(sentence: SentenceView, i: number): string {
  const t = sentence.tokens[i - 1];
  if (t?.word && t.folded === 'noch') return wordBefore(sentence, i - 1);
  return t?.word ? t.folded : '';
}

/** Whether a span starts with "ohne"/"without" or follows it. */
function withoutAt(sentence: SentenceView, s: FrameSpan): boolean {
  return WITHOUT.has(sentence.tokens[s.first]?.folded ?? '') || WITHOUT.has(sentence.tokens[s.first - 1]?.folded ?? '');
}

const LATE = new Set(['spät', 'verspätet', 'late', 'overdue']);

/** Openers of a clause inside the habit's one: "late" there is someone else's ("… in advance when he's going to be late"). */
const CLAUSE_OPENERS = new Set([...WHEN, ...SUBORDINATORS, 'if', 'wenn', 'falls', 'als', 'wann', 'ob']);

/** "nie zu spät bezahlt", "never paid late": the duty done, and never late, is praise. */
function lateAfter(sentence: SentenceView, span: FrameSpan, clause: Range): boolean {
  for (let i = span.last + 1; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i] as (typeof sentence.tokens)[number];
    if (t.start >= clause.end || CLAUSE_OPENERS.has(t.folded)) return false;
    if (LATE.has(t.folded)) return true;
  }
  return false;
}

/** Whether a negation stands before token index `at` in its clause ("Not a single issue came up, | thanks to your tidy records" praises). */
function negatedBefore(sentence: SentenceView, at: number): boolean {
  const negations = NEGATIONS[sentence.language];
  const token = sentence.tokens[at] as Range;
  const clause = clauseAround(sentence, token.start, token.end);
  return sentence.tokens.some((t, i) => i < at && t.start >= clause.start && t.word && negations.has(t.folded));
}

/**
 * "Jedes Mal, wenn wir fertig sind, …", "As usual, …": a habit clause in front leans on the clause after it,
 * or on the one after that when a "wenn"/"when" clause stands between ("Jedes Mal, | wenn wir …, | wollen Sie …").
 */
function withFollowing(
  sentence: SentenceView,
  clause: Range,
  span: FrameSpan,
  readers: readonly FrameSpan[],
  steps = 2,
): Range {
  const opener = sentence.tokens.find((t) => t.start >= clause.start && t.word);
  const next = sentence.tokens.find((t) => t.start >= clause.end && t.word);
  // "Das ist das dritte Mal, dass Sie …", "It's the third time that you …": the habit frames the clause after it.
  const framing = next !== undefined && THAT.has(next.folded);
  if (opener !== sentence.tokens[span.first] && !framing) return clause;
  let end = clause.end;
  for (let step = 0; step < steps; step++) {
    const next = sentence.tokens.find((t) => t.start >= end && t.word);
    if (!next) break;
    end = clauseAround(sentence, next.start, next.end).end;
    if (readers.some((r) => within(sentence, r, { start: clause.start, end }))) break;
  }
  return { start: clause.start, end };
}

/** Progress, not a habit: "you keep getting better", "keep going". */
const KEEP_FINE = new Set([
  'going',
  'getting',
  'growing',
  'improving',
  'doing',
  'working',
  'smiling',
  'learning',
  'impressing',
  'surprising',
  'inspiring',
  'helping',
  'finding',
]);

/** Words before an imperative "keep" ("please keep sending …"); "and keep" in a sentence that asks ("Please …, and keep …"). */
const INSTRUCTING = new Set(['please', 'just', 'simply', 'do']);
/** The writer being the one who keeps doing something. */
const SELF_BEING = new Set(['being', "i'm", 'am', "we're"]);

/** "your director keeps handing out his password": "keep" with any "-ing" word but progress. */
function keepsDoing(sentence: SentenceView, span: FrameSpan): boolean {
  const { tokens } = sentence;
  const next = tokens[span.last + 1];
  const before = tokens[span.first - 1];
  if (before?.word && WRITERS.has(before.folded)) return false;
  // An instruction, not a habit: "…, and keep taking your readings twice a week", "Please keep sending them".
  if (!before?.word || INSTRUCTING.has(before.folded)) return false;
  if (before.folded === 'and' && tokens.some((t) => t.folded === 'please')) return false;
  // The writer as "the one who keeps …": "Sorry for being the person who keeps popping up in your inbox".
  if (
    before.folded === 'who' &&
    tokens.slice(Math.max(0, span.first - 5), span.first).some((t) => SELF_BEING.has(t.folded))
  )
    return false;
  return !!next?.word && next.folded.endsWith('ing') && next.folded.length > 5 && !KEEP_FINE.has(next.folded);
}

/** A question about a habit is quiet, unless it asks why: "Warum kommen Ihre Belege immer erst am letzten Tag?". */
const THAT = new Set(['dass', 'that']);
const WHY = new Set(['warum', 'wieso', 'weshalb', 'why']);

/** Openers of a phrase that sets the scene before a comma: "As usual with your team, …", "Wie üblich bei Ihnen, …". */
const SCENE = new Set(['with', 'at', 'from', 'for', 'in', 'bei', 'mit', 'von', 'aus']);

/**
 * A habit that opens its clause and only leads in: a "whenever" clause ("Whenever we ask your office, | there is
 * silence") or a scene ("As usual with your team, | the invoices came without numbers"). The statement follows.
 */
function leadsIn(sentence: SentenceView, own: Range, span: FrameSpan): 'when' | 'scene' | undefined {
  const first = sentence.tokens.findIndex((t) => t.word && t.start >= own.start);
  const after = sentence.tokens[span.last + 1];
  const mark = sentence.tokens.find((t) => t.start >= own.end);
  if (first !== span.first || mark?.text !== ',') return undefined;
  if (sentence.tokens.slice(span.first, span.last + 2).some((t) => t.word && WHEN.has(t.folded))) return 'when';
  // "Every time we're booked for your flat, | the key …": "every time" with its own subject is a "whenever".
  if (everyTime(sentence, span) && after?.word) return 'when';
  // A scene is short: "As usual with your accounts team", not "Wie üblich bei Ihnen fehlen die Belege …".
  const rest = sentence.tokens.filter((t, i) => t.word && i > span.last && t.start < own.end).length;
  return after?.word && SCENE.has(after.folded) && rest <= 4 ? 'scene' : undefined;
}

const EVERY = new Set(['every', 'each']);

/** "every time" / "each time" as a conjunction: the clause it opens says when, like "whenever". */
function everyTime(sentence: SentenceView, span: FrameSpan): boolean {
  const t = sentence.tokens;
  return span.last === span.first + 1 && EVERY.has(t[span.first]?.folded ?? '') && t[span.last]?.folded === 'time';
}

/** The end of the clause after the one ending at `end`. */
function nextClauseEnd(sentence: SentenceView, end: number): number {
  const next = sentence.tokens.find((t) => t.word && t.start >= end);
  return next ? clauseAround(sentence, next.start, next.end).end : end;
}

/** Words that announce a clause after the comma: "endet damit, dass …", "vergessen regelmäßig, die Daten weiterzugeben". */
const ANNOUNCERS = new Set(['damit', 'darauf', 'dadurch', 'daran', 'dabei', 'davon']);

/** `end` grown by the "dass" clause a "damit" announces, or by a zu-infinitive that completes the verb. */
function withAnnounced(sentence: SentenceView, end: number): number {
  const tokens = sentence.tokens;
  const mark = tokens.findIndex((t) => t.start >= end);
  if (mark < 1 || tokens[mark]?.text !== ',') return end;
  const next = tokens[mark + 1];
  if (!next?.word) return end;
  const clause = clauseAround(sentence, next.start, next.end);
  const last = tokens.findLastIndex((t) => t.word && t.end <= clause.end);
  // "damit endet, dass": the announcer may stand before the final verb.
  const announced = [1, 2].some((k) => ANNOUNCERS.has(tokens[mark - k]?.folded ?? '')) && THAT.has(next.folded);
  return announced || isZuInfinitive(tokens, mark + 1, last) ? clause.end : end;
}

/** Forms of "sein" and "be" that describe the reader. */
const COPULAS = new Set(['bist', 'sind', 'seid', 'warst', 'waren', 'wart', 'are', "you're", 'were']);

/** The writer's chasing entries: never having had to chase is praise. */
const CHASING = new Set(['erinnern', 'chase']);

const COORDINATORS = new Set(['und', 'oder', 'aber', 'and', 'or', 'but']);

/**
 * A question about a habit is quiet ("Kommen Sie jede Woche?"), but a statement may run on into a rhetorical one:
 * "Seit Wochen ändern Sie jeden Tag die Anforderungen, …, und dann soll ich schuld sein?". The habit then stands in
 * a clause a comma and "und"/"and" close before the question.
 */
function statedBeforeQuestion(sentence: SentenceView, span: FrameSpan): boolean {
  const { tokens } = sentence;
  for (let i = span.last + 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as (typeof tokens)[number];
    if (!t.word && t.text.includes('?')) return false;
    if (t.text === ',' && COORDINATORS.has(tokens[i + 1]?.folded ?? '')) return true;
  }
  return false;
}

/** German pronouns of the reader as the subject before the verb: "du", "ihr", "Sie" (capital: not "sie", she). */
const DE_READER_SUBJECT = /^(?:du|Du|ihr|Ihr|Sie)$/;
/** Verbs after which "nie" is no reproach: being, needing, having to ("Sie sind nie allein", "Du musst nie warten"). */
const NOT_DEEDS = new Set(
  'bist sind seid ist war warst waren wart habt hast haben hatte hattest hatten musst müssen müsst brauchst brauchen braucht kannst können könnt darfst dürfen dürft sollst sollen sollt wirst werden werdet zahlst zahlen zahlt'.split(
    ' ',
  ),
);
/** Verbs the sentiment lexicon leaves neutral whose "nie" is praise: giving up, hesitating, slacking. */
const NEVER_IS_PRAISE = new Set([
  'aufgeben',
  'zögern',
  'nachlassen',
  'aufhören',
  'lockerlassen',
  'jammern',
  'schwächeln',
  'übersehen',
  'versäumen',
  'auslassen',
  'verschlafen',
  'verwechseln',
  'vertun',
  'irren',
  'verrechnen',
  'verspäten',
  'hetzen',
  'drängeln',
  'meckern',
  'nörgeln',
]);
/** Words that may stand between the verb and "nie": "Du schaust beim Spurwechsel nie …". */
const BEFORE_NEVER = new Set([
  'ja',
  'doch',
  'leider',
  'wirklich',
  'einfach',
  'auch',
  'eben',
  'halt',
  'mir',
  'uns',
  'mich',
]);

/**
 * "Du schaust beim Spurwechsel nie über die Schulter": in German, the reader, a deed and "nie" is the complaint
 * whatever the verb, as "you never …" is in English; being, needing and having to are not deeds.
 */
function neverDoes(sentence: SentenceView, span: FrameSpan): boolean {
  if (sentence.language !== 'de' || !NEVER_EVER.has(sentence.tokens[span.first]?.folded ?? '')) return false;
  const tokens = sentence.tokens;
  // After a preface and its colon the statement starts anew: "Kurze Rückmeldung: Du schaust … nie …".
  let from = 0;
  for (let i = span.first - 1; i >= 0; i--)
    if (!tokens[i]?.word && tokens[i]?.text === ':') {
      from = i + 1;
      break;
    }
  const words = tokens.slice(from).filter((t) => t.word);
  const at = words.indexOf(tokens[span.first] as (typeof words)[number]);
  if (at < 2) return false;
  const subject = words[0] as (typeof words)[number];
  const verb = words[1] as (typeof words)[number];
  if (!DE_READER_SUBJECT.test(subject.text) || NOT_DEEDS.has(verb.folded) || !verb.info) return false;
  // The verb's ending says who: "Sie faucht nie" is the cat, "Sie fauchen nie" the reader.
  const agrees =
    subject.folded === 'sie'
      ? verb.folded.endsWith('n')
      : subject.folded === 'du'
        ? /(?:st|ßt)$/.test(verb.folded)
        : verb.folded.endsWith('t');
  if (!agrees || subject.thirdPerson) return false;
  // A bad deed never done is praise: "Du enttäuschst mich nie", "Sie verpassen nie einen Termin", "Du gibst nie auf".
  const lemma = verb.lemma ?? lemmaInfo(verb.info, 'de');
  if (valenceOf(verb.info, 'de') < 0 || valenceOf(lemma, 'de') < 0 || NEVER_IS_PRAISE.has(lemma.folded)) return false;
  // Between the verb and "nie" at most a short phrase ("beim Spurwechsel"), or three particles.
  const gap = at - 2;
  return gap <= 2 || (gap === 3 && words.slice(2, at).every((t) => BEFORE_NEVER.has(t.folded)));
}

/** Pronouns that can stand for the reader's things or people named just before ("your figures … They …"). */
const THEY = new Set(['they', 'sie']);
const PRONOUN_ENTRY = { id: 'pronoun-back', pattern: '', hit: '', miss: '' };

/**
 * "Your month-end figures … Without fail, they reach me on the last day": "they" in the first words, lower case in
 * German (so not the formal "Sie"), after a sentence of the same paragraph that names the reader's things by a
 * possessive. The pronoun then stands for the reader's side.
 */
function pronounForReader(sentence: SentenceView, previous: SentenceView | undefined): FrameSpan[] {
  if (!previous || previous.paragraph !== sentence.paragraph) return [];
  if (!previous.tokens.some((t) => POSSESSIVE.test(t.text))) return [];
  const words = sentence.tokens
    .map((t, i) => [t, i] as const)
    .filter(([t]) => t.word)
    .slice(0, 6);
  const hit = words.find(([t]) => THEY.has(t.folded) && (sentence.language === 'en' || t.text === 'sie'));
  return hit ? [{ first: hit[1], last: hit[1], entry: PRONOUN_ENTRY }] : [];
}

function habitsIn(sentence: SentenceView, previous?: SentenceView): RawFinding[] {
  const opener = sentence.tokens.find((t) => t.word);
  const asks = sentence.tokens.some((t) => !t.word && t.text.includes('?')) && !(opener && WHY.has(opener.folded));
  const strong = habits.spans(sentence).filter((s) => s.entry.id !== 'keep-ing' || keepsDoing(sentence, s));
  const soft = softHabits.spans(sentence).filter((s) => beforeNoun(sentence, s));
  if (strong.length + soft.length === 0) return [];
  const kinds = kind.spans(sentence).filter((k) => !quoted(sentence, k));
  // "Sie sind immer pünktlich" is praise; "noch nie pünktlich" is not.
  // A praise word in a preface before the colon frames the point ("Quick thing: you never …").
  const firstHabit = Math.min(...strong.map((s) => s.first), ...soft.map((s) => s.first));
  const praised = praise.spans(sentence).filter((p) => !beforeColon(sentence, p, firstHabit));
  const turned = praised.filter((p) => negatedBefore(sentence, p.first));
  if (turned.length < praised.length) return [];
  // The reader described in praise, with no flaw beside it: "Du bist jedes Mal die entspannteste Gastgeberin".
  // Only with a copula: a lone warm verb says little ("you treat every deadline as optional").
  if (sentence.tokens.some((t) => COPULAS.has(t.folded)) && warmSentence(sentence)) return [];
  let readers = readerSide.spans(sentence);
  if (readers.length === 0) readers = pronounForReader(sentence, previous);
  if (readers.length === 0) return [];
  const slipSpans = slips.spans(sentence);
  // "nothing is missing", "no errors": a slip right after a negation is good news ("never once missed" is
  // praise through DENYING below).
  const slipped = [...slipSpans.filter((s) => !deniedSlip(sentence, s)), ...turned];
  const owedAll = duties.spans(sentence);
  const offered = offers.spans(sentence);
  const chased = chases.spans(sentence);
  const negations = NEGATIONS[sentence.language];
  const found: RawFinding[] = [];
  for (const [span, needsSlip] of [...strong.map((s) => [s, false] as const), ...soft.map((s) => [s, true] as const)]) {
    if (asks && !statedBeforeQuestion(sentence, span)) continue;
    const start = (sentence.tokens[span.first] as Range).start;
    const end = (sentence.tokens[span.last] as Range).end;
    // "so voll wie noch nie", "better than ever", "like never before": a comparison, not a habit.
    if (COMPARING.has(wordBefore(sentence, span.first)) && spanHas(sentence, span, NEVER_EVER)) continue;
    const own = clauseAround(sentence, start, end);
    const opener = sentence.tokens.find((t) => t.start >= own.start && t.word);
    if (opener && CONDITIONS.has(opener.folded)) continue;
    const previous = previousClause(sentence, own);
    const readerIn = (range: Range) => readers.some((r) => within(sentence, r, range));
    let clause = own;
    if (!readerIn(own)) {
      const opener = previous && sentence.tokens.find((t) => t.start >= previous.start && t.word);
      // "…, week after week" leans on the clause before it; so does a main clause on its "wenn" clause.
      // "With your team, nothing is ever final": a short scene before the comma names whose habit it is.
      const scene = opener && SCENE.has(opener.folded) && previous && words(sentence, previous) <= 5;
      if (
        previous &&
        readerIn(previous) &&
        (tailOnly(sentence, own, span) || (opener && WHEN.has(opener.folded)) || scene)
      )
        clause = { start: previous.start, end: own.end };
      else clause = withFollowing(sentence, own, span, readers);
    }
    const lead = readerIn(own) ? leadsIn(sentence, own, span) : undefined;
    if (lead) clause = { start: own.start, end: nextClauseEnd(sentence, own.end) };
    if (!readerIn(clause)) {
      if (!readerBeforeAnd(sentence, own, span, readers)) continue;
      clause = own;
    }
    // "Kein einziges Mal ein Angebot ohne Fehler": a denied habit turns "ohne Fehler" round, as "ohne" turns slips below.
    const turnedKind = (k: FrameSpan) => DENYING.has(span.entry.id) && withoutAt(sentence, k);
    if (kinds.some((k) => !prefaced(sentence, k, clause) && !turnedKind(k))) continue;
    if (offered.some((o) => within(sentence, o, clause))) continue;
    // "nie" or "never" beside a duty: "Sie zahlen nie", "you never answer".
    const never = negations.has(sentence.tokens[span.first]?.folded ?? '') || span.entry.id === 'not-a-single';
    // "Wie üblich hat Ihr Büro die Vollmacht nicht unterschrieben": a duty left undone beside any habit word.
    const denied = never || sentence.tokens.some((t, i) => i > span.last && t.start < clause.end && NOT.has(t.folded));
    const owed = owedAll.filter((d) => d.entry.id !== 'paid' || span.entry.id === 'not-a-single');
    const undone =
      ((denied && owed.some((d) => within(sentence, d, clause))) ||
        // "Du machst nie Fehler": a slip after "nie" is praise.
        (neverDoes(sentence, span) && !slipSpans.some((x) => x.first > span.last && within(sentence, x, clause)))) &&
      !lateAfter(sentence, span, clause);
    // A slip beside "never" is praise ("never late", "never complains"), but a praise word it denies is not.
    const slips = never ? turned : slipped;
    // "Every time you 'help' …, things get built wrong": the slip may be the damage in the clause after.
    // "Like clockwork, your receipts arrive in a shoebox, unsorted": the clause after may name the slip.
    // "Du neigst dazu, | die Belege zu verlegen": a zu-infinitive completes the habit's verb.
    const near = lead ? clause : withFollowing(sentence, clause, span, [], 1);
    const reach = { start: near.start, end: withAnnounced(sentence, near.end) };
    // "…, no matter how many times it comes up": a clause that opens on the slip belongs to the habit.
    // "…, and it's never the case": the slip may follow a joining word and a pronoun.
    const next = sentence.tokens.filter((t) => t.word && t.start >= reach.end).slice(0, 4);
    const opensOnSlip = (i: number) => {
      const t = next[i];
      return t !== undefined && slips.some((x) => sentence.tokens[x.first] === t);
    };
    // The joined clause counts only when the habit's own has no slip: "…zu spät, und dann fehlt uns …" is its effect.
    const slipInReach = () => slips.some((s) => within(sentence, s, reach) && apart(s, span));
    const joined =
      needsSlip &&
      !undone &&
      next[0] !== undefined &&
      AND.has(next[0].folded) &&
      !THEN.has(next[1]?.folded ?? '') &&
      (opensOnSlip(1) || opensOnSlip(2) || opensOnSlip(3)) &&
      !slipInReach();
    const after = next[0];
    const slipClause =
      after && (opensOnSlip(0) || joined) ? clauseAround(sentence, after.start, after.end).end : undefined;
    if (slipClause !== undefined) reach.end = slipClause;
    const hasSlip = slipInReach();
    if (needsSlip && !undone && !hasSlip) continue;
    // "ohne", "without" deny in turn: "noch kein einziges Mal eine Rechnung ohne Fehler" is no praise.
    if (DENYING.has(span.entry.id) && slipSpans.some((s) => within(sentence, s, clause) && !withoutAt(sentence, s)))
      continue;
    // "Kein einziges Mal mussten wir auf Sie warten", "not once did we have to chase you": never chased is praise.
    if (
      (DENYING.has(span.entry.id) || never) &&
      chased.some((c) => CHASING.has(c.entry.id) && within(sentence, c, clause))
    )
      continue;
    // The writer's own habit toward the reader is a service ("Wir rechnen grundsätzlich jedes Quartal mit Ihnen ab"), and
    // "I constantly forget to send you …" their own slip, unless they chase the reader ("we always have to remind you").
    // A habit set off after its clause ("…, wie immer, wenn …", "…, as always.") comments on the clause before it;
    // a clause the writer leads is theirs, wherever the reader's words stand in it ("habe ich bei eurem Ja-Wort wieder …").
    const subject = clause === own ? own : (clauseAfter(sentence, own, readerIn) ?? clauseBefore(sentence, own));
    // A fronted habit's own clause is only its time ("Every time we agree on a scope, your team …").
    const fronted = !sentence.tokens.some((t) => t.word && t.start >= own.start && t.end <= start);
    const writerHabit =
      (!fronted && writerLeads(sentence, own, span)) || (subject && writerLeads(sentence, subject, span));
    if (writerHabit && !chased.some((c) => within(sentence, c, clause))) {
      const inReach = slips.filter((s) => within(sentence, s, reach) && apart(s, span));
      if (inReach.every((s) => OWN_SLIPS.has(s.entry.id) || repeatOnly(sentence, s))) continue;
    }
    // "You have missed every sign-off date": the clause is the blame, "every sign-off date" the generalisation.
    if (quantifiedObject(sentence, span) && blamed(sentence)) {
      const last = sentence.tokens[nounPhraseEnd(sentence, span)] as Range;
      found.push({
        ruleId: 'habit-about-reader',
        category: 'absolute',
        start,
        end: last.end,
        suggestions: [],
        ownExtent: true,
      });
      continue;
    }
    // The coach underlines the clause ("jedes Mal, wenn wir …, sagen Sie ab" with the clause it leans on), and a
    // time clause that says when ("immer erst, wenn die Frist abgelaufen ist"). In a clause that blames the reader,
    // the habit runs from its word: the blame has the clause ("…, dass Sie die Tabletten | immer nur dann nehmen").
    const range = { ...clause };
    if (clause === own && blamedAt(sentence, span)) range.start = start;
    range.end = withAnnounced(sentence, withTimeClause(sentence, range.end));
    if (slipClause !== undefined && hasSlip && !undone) range.end = Math.max(range.end, slipClause);
    found.push({
      ruleId: 'habit-about-reader',
      category: 'absolute',
      start: range.start,
      end: range.end,
      suggestions: [],
      ownExtent: true,
      cue: { start, end },
    });
  }
  // A pronoun standing for the reader's things counts only in the finding that holds it.
  const pronoun = readers[0]?.entry === PRONOUN_ENTRY ? (sentence.tokens[readers[0].first] as Range) : undefined;
  return pronoun ? found.filter((f) => f.start <= pronoun.start && f.end >= pronoun.end) : found;
}

export const habitAboutReader: Rule = {
  id: 'habit-about-reader',
  phase: 'sentence',
  run: (doc) => doc.sentences.flatMap((sentence, i) => habitsIn(sentence, doc.sentences[i - 1])),
};
