// The reader must act but does not learn what to do: the mail says something
// is pending or urgent (rules/pending.ts) and asks for nothing; or it talks of
// a deadline with no date. A mail that needs no answer (a status note, a
// thank-you) is left alone, however long.
// Requests count however they are built: "bitte"/"please", a question, or a
// conditional or indirect frame ("Es wäre schön, wenn …", "if you could …").
import type { Doc, SentenceView } from '../document';
import { DATE_FRAMES, NO_DEADLINE, NUMERIC_DATES } from './dates';
import { FrameMatcher } from './frames';
import { PENDING_FRAMES } from './pending';
import { REQUEST_FRAMES } from './requests';
import type { RawFinding, Rule } from './types';

const pending = new FrameMatcher('pending', PENDING_FRAMES);
const requests = new FrameMatcher('requests', REQUEST_FRAMES);
const dates = new FrameMatcher('dates', DATE_FRAMES);
const noDeadline = new FrameMatcher('no-deadline', NO_DEADLINE);

function isRequest(s: SentenceView): boolean {
  return s.signals.ask.length > 0 || s.tokens.some((t) => !t.word && t.text.includes('?')) || requests.has(s);
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
  if (s.signals.deadline.length === 0) return false;
  const excused = noDeadline.spans(s);
  return s.signals.deadline.some((i) => !excused.some((x) => x.first <= i && i <= x.last));
}

function finding(anchor: SentenceView, message: RawFinding['message']): RawFinding[] {
  return [
    { ruleId: 'unclear-ask', category: 'unclear-ask', start: anchor.start, end: anchor.end, suggestions: [], message },
  ];
}

export const unclearAsk: Rule = {
  id: 'unclear-ask',
  phase: 'mail',
  run(doc: Doc) {
    const request = requestOf(doc);
    if (!request) {
      const anchor = doc.sentences.find((s) => pending.has(s));
      return anchor ? finding(anchor, (m) => m.unclearAskNoRequest) : [];
    }
    const deadline = doc.sentences.find(talksOfDeadline);
    if (deadline && !doc.sentences.some((s) => hasDate(doc, s))) {
      return finding(doc.sentences.find((s) => s.signals.ask.length > 0) ?? request, (m) => m.unclearAskNoDate);
    }
    return [];
  },
};
