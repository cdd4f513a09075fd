// The reader must act but does not learn what to do: the mail says something
// is pending or urgent (rules/pending.ts) and asks for nothing; or it talks of
// a deadline with no date. A mail that needs no answer (a status note, a
// thank-you) is left alone, however long.
// Requests count however they are built: "bitte"/"please", a question, or a
// conditional or indirect frame ("Es wäre schön, wenn …", "if you could …");
// so does a next step the writer takes on ("Ich melde mich morgen").
import { type Doc, negatedBefore, type SentenceView } from '../document';
import { isClosingLine } from '../segment';
import { DATE_FRAMES, NO_DEADLINE, NUMERIC_DATES, PLAN_TIMES } from './dates';
import { FrameMatcher } from './frames';
import { NEXT_STEPS } from './next-steps';
import { DEALT_WITH, NOT_PENDING, PENDING_FRAMES, PROBLEMS } from './pending';
import { REQUEST_FRAMES } from './requests';
import type { RawFinding, Rule } from './types';
import { DEFERRED_ASKS, VAGUE_ASKS, VAGUE_PROPOSALS } from './vague-asks';

/** One answer per sentence: the rule asks the same questions of a sentence several times. */
function perSentence<T>(f: (s: SentenceView) => T): (s: SentenceView) => T {
  const known = new WeakMap<SentenceView, T>();
  return (s) => {
    if (known.has(s)) return known.get(s) as T;
    const value = f(s);
    known.set(s, value);
    return value;
  };
}

const pendingFrames = new FrameMatcher('pending', PENDING_FRAMES);
const problems = new FrameMatcher('problems', PROBLEMS);
const notPending = new FrameMatcher('not-pending', NOT_PENDING);
const dealtWith = new FrameMatcher('dealt-with', DEALT_WITH);

/** Findings that make a sentence a complaint about the reader, not a matter to settle with them. */
const COMPLAINT = new Set(['blame', 'sarcasm', 'harsh', 'dismissive', 'being-right', 'absolute', 'pressure']);

function complaint(s: SentenceView, earlier: readonly RawFinding[]): boolean {
  return earlier.some((f) => COMPLAINT.has(f.category) && f.start < s.end && f.end > s.start);
}

/**
 * Something the reader must act on, said as a fact: a pending item, or a problem,
 * choice or open point; not reassured away, not a condition. A problem counts
 * only as news: not in thanks or a complaint, nor in a mail whose writer owns it
 * or says it is fixed (`settled`).
 */
function isPending(s: SentenceView, earlier: readonly RawFinding[], settled = false): boolean {
  if (reassured(s)) return false;
  if (hasPendingFrame(s)) return true;
  if (settled || s.signals.appreciation.length > 0 || !hasProblem(s) || promisedAfter(s)) return false;
  return !complaint(s, earlier);
}

const hasPendingFrame = perSentence((s) => pendingFrames.has(s));

const hasProblem = perSentence((s) => {
  const ownSide = s.tokens.some((t) => t.word && SELF.has(t.folded));
  return problems
    .spans(s)
    .some(
      (x) =>
        !negated(s, x.first) &&
        (!OWN_SIDE.has(x.entry.id) || !ownSide) &&
        (!RENEWALS.has(x.entry.id) || stoppable(s)) &&
        (!OTHERWISE.has(x.entry.id) || !ownPlan(s)) &&
        !replacedOne(s),
    );
});

/** "keine Auffälligkeiten", "nothing of concern", "no problems": a problem word denied is good news. */
const DENIALS = new Set(['kein', 'keine', 'keinen', 'keiner', 'keinerlei', 'ohne', 'no', 'nothing', 'without', 'zero']);

function negated(s: SentenceView, first: number): boolean {
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen < 3; i--) {
    const t = s.tokens[i];
    if (!t?.word) continue;
    if (DENIALS.has(t.folded)) return true;
    seen++;
  }
  return false;
}

/** Reassured away; "fixed" in a condition ("Until that's repaired, …") is no news that it is done. */
const reassured = perSentence((s: SentenceView): boolean => {
  const spans = notPending.spans(s);
  if (spans.length === 0) return false;
  const conditional = CONDITIONS.has(s.tokens.find((t) => t.word)?.folded ?? '');
  return spans.some(
    (x) =>
      (!conditional || !RESOLVED.has(x.entry.id)) &&
      (!AUTOMATIC.has(x.entry.id) || !stoppable(s)) &&
      (!GRANTED.has(x.entry.id) || !(negatedBefore(s.tokens, x.first, s.language) || partly(s))) &&
      (!ON_TIME.has(x.entry.id) || !negatedBefore(s.tokens, x.first, s.language)) &&
      (!RESOLVED_WORDS.has(x.entry.id) || !s.tokens.some((t) => t.word && MODALS.has(t.folded))),
  );
});

/** "nicht rechtzeitig fertig", "not on time": timing denied is bad news. */
const ON_TIME = new Set(['fristgerecht', 'on-time']);
/** "sollten ersetzt werden", "ought to be replaced": a repair recommended, not done. */
const RESOLVED_WORDS = new Set(['behoben', 'fixed']);
const MODALS = new Set([
  ...['sollte', 'sollten', 'müsste', 'müssten', 'muss', 'müssen', 'soll'],
  ...['should', 'ought', 'must', 'need', 'needs'],
]);

/** A decision in the reader's favour reassures unless denied ("nicht bewilligt", "not approved"). */
const GRANTED = new Set(['bewilligt', 'granted']);
/** "nur zur Hälfte bewilligt", "approved only in part": the rest is still open. */
const PARTLY = new Set(['nur', 'teilweise', 'hälfte', 'only', 'partly', 'partially', 'half']);
const partly = (s: SentenceView) => s.tokens.some((t) => t.word && PARTLY.has(t.folded));

/** "renews automatically unless cancelled": what runs by itself but can be stopped is the reader's choice. */
const AUTOMATIC = new Set(['automatisch', 'automatically']);
const STOPPERS = new Set([
  'unless',
  'denn',
  'kündigen',
  'gekündigt',
  'cancel',
  'cancelled',
  'canceled',
  'widersprechen',
]);

function stoppable(s: SentenceView): boolean {
  return s.tokens.some((t) => t.word && STOPPERS.has(t.folded));
}

const RESOLVED = new Set(['behoben', 'fixed']);

/** "Die alte war nicht mehr zu reparieren", "the old one had failed": what was replaced is history. */
const OLD = new Set(['alte', 'alten', 'alter', 'altes', 'bisherige', 'bisherigen', 'old', 'previous']);
const WAS = new Set(['war', 'waren', 'hatte', 'hatten', 'was', 'were', 'had']);
const replacedOne = (s: SentenceView) =>
  s.tokens.some((t) => t.word && OLD.has(t.folded)) && s.tokens.some((t) => t.word && WAS.has(t.folded));

/** "Ansonsten planen wir …", "Otherwise we'll go ahead": the writer's plan, not a choice put to the reader. */
const OTHERWISE = new Set(['alternativ', 'alternatively']);
const ownPlan = (s: SentenceView) =>
  s.tokens.some((t) => t.word && SELF.has(t.folded)) && !s.tokens.some((t) => t.word && MAYBE.has(t.folded));

/** "verlängert sich um ein Jahr": news, unless the reader can stop it ("wenn nicht gekündigt", "unless cancelled"). */
const RENEWALS = new Set(['verlaengert-sich', 'renews']);

/**
 * The way round a problem or a stand-in ("stattdessen", "instead", "my colleague will …") settles
 * it only when said as what happens: not as a choice ("A oder B") or a maybe ("could step in").
 */
const REMEDIES = new Set(['stattdessen', 'vertretung', 'zugesagt', 'instead', 'stand-in', 'promised']);
const MAYBE = new Set([
  ...['oder', 'könnte', 'könnten', 'wäre', 'wären', 'ginge', 'gingen', 'würde', 'würden', 'hätte', 'hätten'],
  ...['vielleicht', 'eventuell', 'möglicherweise', 'vermutlich', 'wahrscheinlich', 'nicht', 'kein', 'keine'],
  ...['or', 'could', 'would', 'might', 'may', 'maybe', 'perhaps', 'possibly', 'probably', 'likely'],
  ...["we'd", "i'd", "it'd", 'not', "won't", "can't"],
]);

function firmRemedy(s: SentenceView): boolean {
  return !s.tokens.some((t) => t.word && MAYBE.has(t.folded)) && !hasProblem(s);
}

/**
 * Bad news that is the writer's own when they are in the sentence: "Ich habe leider
 * vergessen …", "Wir haben den Termin verschoben" admit or report; they leave the reader nothing to settle.
 */
const OWN_SIDE = new Set(['leider', 'unfortunately', 'verzoegert', 'delayed', 'kaum', 'barely']);
const SELF = new Set([
  ...['ich', 'wir', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
  ...['unser', 'unsere', 'unseren', 'unserem', 'unserer'],
  ...['i', 'we', 'my', 'our', "i've", "we've", "i'm", "we're"],
]);

/** "Until it is fixed …", "Bevor die Mängel behoben sind …": a condition, not a report that it is done. */
const CONDITIONS = new Set([
  'wenn',
  'falls',
  'sofern',
  'bevor',
  'solange',
  'sobald',
  'bis',
  'until',
  'unless',
  'once',
  'if',
  'when',
  'before',
]);

const settledDocs = new WeakMap<Doc, boolean>();

function settled(doc: Doc): boolean {
  let known = settledDocs.get(doc);
  if (known === undefined) {
    known = doc.sentences.some(
      (s) =>
        !CONDITIONS.has(s.tokens.find((t) => t.word)?.folded ?? '') &&
        dealtWith.spans(s).some((x) => !REMEDIES.has(x.entry.id) || firmRemedy(s)),
    );
    settledDocs.set(doc, known);
  }
  return known;
}

const requests = new FrameMatcher('requests', REQUEST_FRAMES);
const nextSteps = new FrameMatcher('next-steps', NEXT_STEPS);
const vagueAsks = new FrameMatcher('vague-asks', VAGUE_ASKS);
const proposals = new FrameMatcher('vague-proposals', VAGUE_PROPOSALS);
const deferred = new FrameMatcher('deferred-asks', DEFERRED_ASKS);
const dates = new FrameMatcher('dates', DATE_FRAMES);
const noDeadline = new FrameMatcher('no-deadline', NO_DEADLINE);
const planTimes = new FrameMatcher('plan-times', PLAN_TIMES);

/**
 * Ask signals that also name what is wrong ("Der Termin ist ausgefallen", "not sure
 * how we'll handle it"): in a sentence that reports a pending matter they ask nothing.
 */
const WEAK_ASKS = new Set([
  'termin',
  'rückmeldung',
  'ruckmeldung',
  'werde',
  'werden',
  'will',
  "we'll",
  "i'll",
  'we’ll',
  'i’ll',
]);

function strongAsk(s: SentenceView): boolean {
  return s.signals.ask.some((i) => !WEAK_ASKS.has(s.tokens[i]?.folded ?? ''));
}

const isRequest = perSentence((s: SentenceView): boolean => {
  return (
    strongAsk(s) ||
    (s.signals.ask.length > 0 && !isPending(s, [])) ||
    s.tokens.some((t) => !t.word && t.text.includes('?')) ||
    requests.has(s) ||
    namesNextStep(s)
  );
});

/** Open points said as such ("not sure yet how", "unklar, ob"): a next step after them is still in doubt. */
const OPEN_POINTS = new Set(['not-sure-yet-how', 'unclear-which', 'unklar-ob']);

/** Steps taken by someone on the writer's side ("our fitter will …"): only said firmly. */
const OWN_SIDE_STEPS = new Set(['unser-monteur', 'our-fitter-will', 'wir-koennen-anbieten', 'we-can-offer']);

function namesNextStep(s: SentenceView): boolean {
  const steps = nextSteps.spans(s).filter((x) => !OWN_SIDE_STEPS.has(x.entry.id) || firmRemedy(s));
  if (steps.length === 0) return false;
  const open = [...pendingFrames.spans(s), ...problems.spans(s)].filter((x) => OPEN_POINTS.has(x.entry.id));
  return steps.some((step) => !open.some((x) => x.first < step.first));
}

/** A request or question to the reader, not only a step the writer takes ("we'll remind you"). */
function asksReader(s: SentenceView): boolean {
  return (
    requests.has(s) ||
    s.tokens.some((t) => !t.word && t.text.includes('?')) ||
    (s.signals.ask.length > 0 && !nextSteps.has(s))
  );
}

/** Advice rather than a request ("Ich empfehle …", "I'd recommend …"): after a due date it needs no date of its own. */
const ADVICE = new Set(['ich-empfehle', 'i-would-suggest']);
const advises = (s: SentenceView) =>
  requests.spans(s).some((x) => ADVICE.has(x.entry.id)) &&
  !requests.spans(s).some((x) => !ADVICE.has(x.entry.id)) &&
  !s.tokens.some((t) => !t.word && t.text.includes('?'));

const firstRequest = new WeakMap<Doc, SentenceView | null>();

/** The first sentence that asks for something or names a next step, however it is built. */
function requestOf(doc: Doc): SentenceView | null {
  let found = firstRequest.get(doc);
  if (found === undefined) {
    found = doc.sentences.find(isRequest) ?? null;
    firstRequest.set(doc, found);
  }
  return found;
}

export function asks(doc: Doc): boolean {
  return requestOf(doc) !== null;
}

function hasDate(doc: Doc, s: SentenceView): boolean {
  if (s.signals.date.length > 0 || dates.has(s)) return true;
  if (!s.tokens.some((t) => t.word && /\d/.test(t.text))) return false;
  const text = doc.text.slice(s.start, s.end);
  return NUMERIC_DATES.some((d) => d.pattern.test(text));
}

function talksOfDeadline(s: SentenceView): boolean {
  // "Falls Sie die Frist verpasst haben, …" names a deadline but sets none.
  if (s.signals.deadline.length === 0 || notPending.has(s)) return false;
  const excused = noDeadline.spans(s);
  return s.signals.deadline.some((i) => !excused.some((x) => x.first <= i && i <= x.last) && !newest(s, i));
}

/** "the latest version", "die neueste Fassung": the newest thing, not "at the latest". */
function newest(s: SentenceView, i: number): boolean {
  if (s.tokens[i]?.folded !== 'latest') return false;
  const before = s.tokens.slice(0, i).filter((t) => t.word);
  return before.at(-2)?.folded !== 'at';
}

/** A deadline by name ("Frist", "deadline"), not just a word that can signal one ("the latest figures"). */
function namesDeadline(s: SentenceView): boolean {
  return (
    talksOfDeadline(s) &&
    s.tokens.some((t) => t.word && (t.folded.startsWith('deadline') || t.folded.includes('frist')))
  );
}

function finding(anchor: SentenceView, message: RawFinding['message']): RawFinding[] {
  return [
    { ruleId: 'unclear-ask', category: 'unclear-ask', start: anchor.start, end: anchor.end, suggestions: [], message },
  ];
}

/** An ask that leaves open what, who or when: vague words, or hedges piling up in it. */
function isVague(s: SentenceView, earlier: readonly RawFinding[]): boolean {
  return vagueAsks.has(s) || earlier.some((f) => f.ruleId === 'hedge-density' && f.start >= s.start && f.end <= s.end);
}

/** A date that only names which thing is meant ("die Rechnung vom 12. Mai", "since March") sets no time to act. */
const REFERENCE_DATE = /\b(?:vom|seit|since|dated)\s+(?:dem\s+|the\s+)?\d/i;

/** Words that tie a date to a schedule: "bis Freitag", "ab 1. Juli", "won't arrive until the 26th". */
const BY = new Set([
  'bis',
  'spätestens',
  'spatestens',
  'ab',
  'erst',
  'by',
  'until',
  'till',
  'before',
  'from',
  'starting',
]);

/** A delay by a named span ("um eine Woche", "a week later") names its new date. */
const SHIFTS = new Set(['um-eine-woche', 'a-week-later', 'a-week-later-bare']);

/** A matter moved to a new date ("verschiebt die Montage auf Freitag", "moved to 17 June"): the new date is the plan. */
const MOVED_TO =
  /\b(?:verschieb|verschob|verleg|moved?\b|moves\b|moving\b|postpon|push(?:ed|es)?\s+back|reschedul|bump(?:ed|s)?\b)[^.;]*?\b(?:auf|to|until|till|for)\b/i;

/**
 * The problem first, then in a clause of its own the date of what happens next
 * ("die Heizung ist ausgefallen, der Techniker kommt morgen um 8 Uhr"): the plan is set.
 */
function plannedAfter(s: SentenceView): boolean {
  const at = [...s.signals.date.filter((i) => i > 0), ...dates.spans(s).map((x) => x.first)];
  return afterBadNews(s, at);
}

/** The bad news first, then in a clause of its own the writer's promise: "… pressing slightly, which we'll adjust". */
const promisedAfter = perSentence((s: SentenceView): boolean => afterBadNews(s, ownPromises(s)));

/** After the last word of bad news, so that the date is not part of it ("abgesagt, er ist an dem Wochenende ausgebucht"). */
function afterBadNews(s: SentenceView, at: readonly number[]): boolean {
  const reported = problems.spans(s);
  if (reported.length === 0 || at.length === 0) return false;
  const last = Math.max(...reported.map((p) => p.last));
  return at.some((d) => d > last && s.tokens.slice(last + 1, d).some((t) => !t.word && /[,;:–]/.test(t.text)));
}

/** The writer's promise in a sentence: "we'll adjust it", "which I will fix". */
function ownPromises(s: SentenceView): number[] {
  const at: number[] = [];
  s.tokens.forEach((t, i) => {
    if (!t.word) return;
    if (PROMISES.has(t.folded)) at.push(i);
    else if (t.folded === 'will' && SELF.has(s.tokens[i - 1]?.folded ?? '')) at.push(i);
  });
  return at;
}

const PROMISES = new Set(["we'll", "i'll", 'we’ll', 'i’ll']);

/**
 * A date the reader can plan by: not one that only names which thing is meant, nor
 * one inside the report of the problem ("die Zertifikate laufen nächsten Monat ab").
 */
function setsDate(doc: Doc, s: SentenceView, earlier: readonly RawFinding[]): boolean {
  // "Wir bessern die Fuge beim nächsten Besuch nach": the writer's side names when, if not the date.
  if (planTimes.has(s) && !isPending(s, earlier, settled(doc))) return true;
  if (!hasDate(doc, s) || REFERENCE_DATE.test(doc.text.slice(s.start, s.end))) return false;
  return (
    isRequest(s) ||
    s.tokens.some((t) => t.word && BY.has(t.folded)) ||
    MOVED_TO.test(doc.text.slice(s.start, s.end)) ||
    dates.spans(s).some((x) => SHIFTS.has(x.entry.id)) ||
    plannedAfter(s) ||
    !isPending(s, earlier, settled(doc))
  );
}

const bodies = new WeakMap<Doc, SentenceView[]>();

/** The message proper: the sentences after the greeting, up to the closing formula. */
function bodyOf(doc: Doc): SentenceView[] {
  let body = bodies.get(doc);
  if (!body) {
    body = [];
    for (const s of doc.sentences) {
      if (doc.greeting && s.start < doc.greeting.end && doc.greeting.start < s.end) continue;
      if (isClosingLine(doc.text.slice(s.start, s.end))) break;
      body.push(s);
    }
    bodies.set(doc, body);
  }
  return body;
}

/**
 * The mail moves on from the bad news: after the last sentence that reports it comes one
 * that neither reports a problem nor leaves anything pending (what is done about it, what
 * follows, a word of reassurance). A mail that ends on the problem leaves the reader with it.
 */
function movesOn(doc: Doc, earlier: readonly RawFinding[]): boolean {
  const body = bodyOf(doc);
  const st = settled(doc);
  let last = -1;
  body.forEach((s, i) => {
    if (isPending(s, earlier, st) || (hasProblem(s) && !reassured(s))) last = i;
  });
  return last >= 0 && body.slice(last + 1).some((s) => followsUp(s, earlier));
}

/** Negations: a follow-up that denies ("sehe ich keine Lösung", "we don't know why") carries the bad news on. */
const NEGATIONS = new Set([
  ...['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemand', 'nichts', 'kaum'],
  ...['not', 'no', 'never', 'nobody', 'nothing', 'hardly', 'cannot'],
]);
const negates = (folded: string) => NEGATIONS.has(folded) || folded.endsWith("n't") || folded.endsWith('n’t');

const COMPARED = new Set(['als', 'wie', 'than', 'as']);

/** Conditions in front reassure a sentence, but say nothing of what follows the bad news. */
const CONDITION_IDS = new Set(['wenn-vorne', 'if-in-front']);

/**
 * A sentence that follows the bad news up: the writer's side acting or offering, said firmly
 * ("Eine Skizze habe ich angehängt", "Meine Kollegin übernimmt", "we can fit blinds"), or a word
 * that settles it for the reader ("Sie können per Telefon absagen", "nothing changes for you").
 */
function followsUp(s: SentenceView, earlier: readonly RawFinding[]): boolean {
  const words = s.tokens.filter((t) => t.word);
  if (words.length < 3 || hasPendingFrame(s) || hasProblem(s) || vagueAsks.has(s)) return false;
  if (reassured(s) && notPending.spans(s).some((x) => !CONDITION_IDS.has(x.entry.id))) return true;
  // The writer as the one who acts, not in a comparison ("bigger than we thought").
  if (!words.some((t, i) => SELF.has(t.folded) && !COMPARED.has(words[i - 1]?.folded ?? ''))) return false;
  if (words.some((t) => MAYBE.has(t.folded) || negates(t.folded))) return false;
  return !earlier.some((f) => f.category === 'hedging' && f.start < s.end && f.end > s.start);
}

export const unclearAsk: Rule = {
  id: 'unclear-ask',
  phase: 'mail',
  run(doc: Doc, earlier) {
    const request = requestOf(doc);
    const dated = () => doc.sentences.some((s) => hasDate(doc, s));
    // Something the reader must act on; bad news told only in problem words, after which the
    // mail moves on to what is done about it, has been followed up.
    const pendingAnchor = () => {
      const pending = doc.sentences.find((s) => isPending(s, earlier, settled(doc)));
      return pending && !hasPendingFrame(pending) && movesOn(doc, earlier) ? undefined : pending;
    };
    if (!request) {
      // A date tells the reader what is expected by when, even without a request ("bis Mitte Juni").
      // A vague proposal is no request either ("Mal sehen, wie …", "maybe something could be done somehow").
      // A deadline named with no date and nothing asked ("Die Einspruchsfrist ist bald um") leaves the reader guessing too.
      const anchor =
        pendingAnchor() ??
        doc.sentences.find((s) => vagueAsks.has(s) && proposals.has(s) && !notPending.has(s)) ??
        (dated() || settled(doc) ? undefined : doc.sentences.find(namesDeadline));
      return anchor && !doc.sentences.some((s) => setsDate(doc, s, earlier))
        ? finding(anchor, (m) => m.unclearAskNoRequest)
        : [];
    }
    const deadline = doc.sentences.find(talksOfDeadline);
    // A deadline the writer takes care of ("… due in three years; we'll remind you") asks nothing of the reader.
    if (deadline && !dated() && doc.sentences.some((s) => asksReader(s) && !advises(s))) {
      return finding(doc.sentences.find((s) => s.signals.ask.length > 0) ?? request, (m) => m.unclearAskNoDate);
    }
    // Every ask vague and no date anywhere: the reader still has to guess. An ask put
    // off to "whenever" counts as vague where the mail raises something to act on.
    const asked = doc.sentences.filter(isRequest);
    const vague = (s: SentenceView) => isVague(s, earlier) || (deferred.has(s) && pendingAnchor() !== undefined);
    if (!nextSteps.has(request) && asked.every(vague) && !dated()) {
      return finding(request, (m) => m.unclearAskVague);
    }
    return [];
  },
};
