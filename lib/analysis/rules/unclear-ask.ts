// The reader must act but does not learn what to do: the mail says something
// is pending or urgent (rules/pending.ts) and asks for nothing; or it talks of
// a deadline with no date. A mail that needs no answer (a status note, a
// thank-you) is left alone, however long.
// Requests count however they are built: "bitte"/"please", a question, or a
// conditional or indirect frame ("Es wäre schön, wenn …", "if you could …");
// so does a next step the writer takes on ("Ich melde mich morgen").
import type { Doc, SentenceView } from '../document';
import { fold } from '../pattern';
import { DATE_FRAMES, LABEL_DATES, NO_DEADLINE, NUMERIC_DATES, UNTIL_DATES } from './dates';
import { FrameMatcher } from './frames';
import { NEXT_STEPS, REMEDIES, UNSURE_STEPS } from './next-steps';
import { NEEDED_FOR, NOT_PENDING, PENDING_FRAMES } from './pending';
import { REQUEST_FRAMES } from './requests';
import type { RawFinding, Rule } from './types';
import {
  CHOICES,
  RELAXED_TIMES,
  REPLY_INVITATIONS,
  SHRUGS,
  TAKE_BACKS,
  UNNAMED_ASKS,
  VAGUE_ASKS,
  VAGUE_PROPOSALS,
} from './vague-asks';

const pendingFrames = new FrameMatcher('pending', PENDING_FRAMES);
const notPending = new FrameMatcher('not-pending', NOT_PENDING);
const neededFor = new FrameMatcher('needed-for', NEEDED_FOR);

/** Something pending on the reader, said as a fact: not reassured away, not a condition. */
const pending = { has: (s: SentenceView) => pendingFrames.has(s) && !notPending.has(s) };
const requests = new FrameMatcher('requests', REQUEST_FRAMES);
const nextSteps = new FrameMatcher('next-steps', NEXT_STEPS);
const unsure = new FrameMatcher('unsure-steps', UNSURE_STEPS);
const remedies = new FrameMatcher('remedies', REMEDIES);
const vagueAsks = new FrameMatcher('vague-asks', VAGUE_ASKS);
const proposals = new FrameMatcher('vague-proposals', VAGUE_PROPOSALS);
const unnamedAsks = new FrameMatcher('unnamed-asks', UNNAMED_ASKS);
const choices = new FrameMatcher('choices', CHOICES);
const shrugs = new FrameMatcher('shrugs', SHRUGS);
const relaxedTimes = new FrameMatcher('relaxed-times', RELAXED_TIMES);
const takeBacks = new FrameMatcher('take-backs', TAKE_BACKS);
const replyInvitations = new FrameMatcher('reply-invitations', REPLY_INVITATIONS);
const dates = new FrameMatcher('dates', DATE_FRAMES);
const noDeadline = new FrameMatcher('no-deadline', NO_DEADLINE);
const untilDates = new FrameMatcher('until-dates', UNTIL_DATES);
const labelDates = new FrameMatcher('label-dates', LABEL_DATES);

/**
 * Ask signals that make a request of the sentence. "Termin" alone names an
 * appointment ("nach unserem letzten Termin", "den Starttermin"), not an ask.
 */
function askSignals(s: SentenceView): boolean {
  return s.signals.ask.some((i) => {
    const token = s.tokens[i];
    return fold(token?.text ?? '') !== 'termin' && token?.head?.folded !== 'termin';
  });
}

const isQuestion = (s: SentenceView) => s.tokens.some((t) => !t.word && t.text.includes('?'));

/** A request or question to the reader, not only a step the writer takes ("we'll remind you"). */
function asksReader(s: SentenceView): boolean {
  if (isQuestion(s)) return true;
  if (unsure.has(s)) return false;
  return requests.has(s) || (askSignals(s) && !nextSteps.has(s));
}

function isRequest(s: SentenceView): boolean {
  return asksReader(s) || (!unsure.has(s) && (askSignals(s) || nextSteps.has(s) || remedies.has(s)));
}

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
  return s.signals.deadline.some((i) => !excused.some((x) => x.first <= i && i <= x.last));
}

function finding(anchor: SentenceView, message: RawFinding['message']): RawFinding[] {
  return [
    { ruleId: 'unclear-ask', category: 'unclear-ask', start: anchor.start, end: anchor.end, suggestions: [], message },
  ];
}

/** Words that open a condition: a vague time inside one ("Falls Sie irgendwann wieder …, melden Sie sich gern") leaves no ask open. */
const CONDITION_WORDS = new Set(['falls', 'wenn', 'sofern', 'sollten', 'if', 'whenever', 'should']);

/**
 * Whether token `at` stands in a condition that opens the sentence, no clause mark between: "Es wäre gut, wenn
 * … irgendwann …" is a request dressed as a wish, not a condition.
 */
function inCondition(s: SentenceView, at: number): boolean {
  const first = s.tokens.findIndex((t) => t.word);
  if (first < 0 || !CONDITION_WORDS.has((s.tokens[first] as { folded: string }).folded)) return false;
  for (let k = at - 1; k > first; k--) {
    const t = s.tokens[k];
    if (t && !t.word && /[,;:.–—]/.test(t.text)) return false;
  }
  return true;
}

/**
 * An ask that leaves open what, who or when: vague words, or hedges piling up in it; in a mail that leaves
 * unnamed what it wants (`unnamed`), also an ask timed only by the reader's convenience; or an ask taken
 * straight back in its own sentence or the next ("Totally fine if not").
 */
function isVague(doc: Doc, s: SentenceView, earlier: readonly RawFinding[], unnamed: boolean): boolean {
  const next = doc.sentences[doc.sentences.indexOf(s) + 1];
  return (
    vagueAsks.spans(s).some((x) => !inCondition(s, x.first)) ||
    takeBacks.has(s) ||
    (next !== undefined && takeBacks.has(next)) ||
    (unnamed && (unnamedAsks.has(s) || relaxedTimes.has(s))) ||
    earlier.some((f) => f.ruleId === 'hedge-density' && f.start >= s.start && f.end <= s.end)
  );
}

/**
 * Whether a date tells the reader by when something happens next: a date in the
 * sentence that raises the matter or after it. A date in the account of what
 * happened before it ("Am Dienstag ist die Sicherung ausgefallen", "after
 * Thursday's session") answers nothing; nor does one in the sentence itself
 * that only labels the matter ("die Belege aus dem Oktober", "since this
 * morning"), unless it is said as a deadline ("bis Freitag", "by the 5th").
 */
function datedFrom(doc: Doc, anchor: SentenceView): boolean {
  const at = doc.sentences.indexOf(anchor);
  return doc.sentences.some(
    (s, i) =>
      (i > at && hasDate(doc, s)) ||
      (i === at &&
        hasDate(doc, s) &&
        (untilDates.has(s) || !(labelDates.has(s) || pending.has(s)) || dateAfterPending(s))),
  );
}

/** Tokens that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—]/;
/** Words that say when the missing thing comes ("kommt am Mittwoch", "arrives on Wednesday", "is due Friday"). */
const ARRIVES = new Set(
  'kommt kommen eintrifft eintreffen trifft geliefert zugestellt ankommt ankommen voraussichtlich arrive arrives arriving delivered due coming comes expected'.split(
    ' ',
  ),
);

/**
 * A date, told as an arrival, in a clause after the one that says what is pending: when it comes ("fehlt noch der Kartenleser, das Gerät
 * kommt am Mittwoch", "is still missing; it arrives on Wednesday"), not what it is ("Ihre Unterschrift vom 3. März").
 */
function dateAfterPending(s: SentenceView): boolean {
  const open = pendingFrames.spans(s)[0];
  if (!open) return false;
  const tokens = s.tokens;
  let mark = -1;
  for (let i = open.last + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && !t.word && CLAUSE_MARK.test(t.text)) {
      mark = i;
      break;
    }
  }
  if (mark < 0 || !tokens.slice(mark + 1).some((t) => t.word && ARRIVES.has(t.folded))) return false;
  const labelled = labelDates.spans(s);
  const later = (i: number) => i > mark && !labelled.some((l) => l.first <= i && i <= l.last);
  return s.signals.date.some(later) || dates.spans(s).some((d) => later(d.first));
}

/** A proposal that names no step, no doer and no time ("Mal sehen, wie …", "maybe we could look at it sometime"). */
function vagueProposal(doc: Doc): SentenceView | undefined {
  return doc.sentences.find((s) => vagueAsks.has(s) && proposals.has(s) && !notPending.has(s));
}

export const unclearAsk: Rule = {
  id: 'unclear-ask',
  phase: 'mail',
  run(doc: Doc, earlier) {
    const request = requestOf(doc);
    const dated = () => doc.sentences.some((s) => hasDate(doc, s));
    // Options laid out, then a shrug where the question belongs ("We could A, B or C. Anyway, something to think
    // about."): the reader must choose but is not asked to, nor told by when.
    const shrug = doc.sentences.find((s) => shrugs.has(s) && !isQuestion(s));
    if (
      shrug &&
      doc.sentences.some((s) => s !== shrug && choices.has(s)) &&
      !doc.sentences.some((s) => s !== shrug && asksReader(s)) &&
      !datedFrom(doc, shrug)
    )
      return finding(shrug, (m) => m.unclearAskChoice);
    if (!request) {
      // A date tells the reader what is expected by when, even without a request ("bis Mitte Juni").
      // A vague proposal is no request either ("Mal sehen, wie …", "maybe something could be done somehow").
      // An ultimatum ("Unless the NDA is back today, we stop work") tells the reader what to do:
      // the pressure rule speaks to it, not this one.
      const demand = (s: SentenceView) =>
        earlier.some((f) => f.ruleId.endsWith('/ultimatum') && f.start < s.end && f.end > s.start);
      // What the missing part is needed for, said plainly, tells the reader what to send ("Ohne diese Zeichnung kann …").
      if (doc.sentences.some((s) => neededFor.has(s))) return [];
      const anchor = doc.sentences.find((s) => pending.has(s) && !demand(s)) ?? vagueProposal(doc);
      return anchor && !datedFrom(doc, anchor) ? finding(anchor, (m) => m.unclearAskNoRequest) : [];
    }
    const deadline = doc.sentences.find(talksOfDeadline);
    // A deadline the writer takes care of ("… due in three years; we'll remind you") asks nothing of the reader.
    if (deadline && !dated() && doc.sentences.some(asksReader)) {
      return finding(doc.sentences.find(askSignals) ?? request, (m) => m.unclearAskNoDate);
    }
    // Every ask vague and no date anywhere: the reader still has to guess. An invitation to reply ("Let me know what
    // you think") asks nothing of its own: beside a vague proposal it leaves the reader guessing too.
    const real = doc.sentences.filter((s) => isRequest(s) && !replyInvitations.has(s));
    const first = real[0];
    if (!first) {
      const proposal = vagueProposal(doc);
      return proposal && !datedFrom(doc, proposal) ? finding(proposal, (m) => m.unclearAskVague) : [];
    }
    if (nextSteps.has(first) || remedies.has(first)) return [];
    const unnamed = doc.sentences.some((s) => unnamedAsks.has(s));
    if (real.every((s) => isVague(doc, s, earlier, unnamed)) && !datedFrom(doc, first)) {
      return finding(first, (m) => m.unclearAskVague);
    }
    return [];
  },
};
