// The reader must act but does not learn what to do: no request, question or
// next step in a mail of some length; or talk of a deadline with no date.
// Requests count however they are built: "bitte"/"please", a question, or a
// conditional or indirect frame ("Es wäre schön, wenn …", "if you could …").
import type { Doc, SentenceView } from '../document';
import { DATE_FRAMES, NO_DEADLINE, NUMERIC_DATES } from './dates';
import { FrameMatcher } from './frames';
import { REQUEST_FRAMES } from './requests';
import type { RawFinding, Rule } from './types';

/** Shorter mails (a thank-you, a confirmation) need no explicit ask. */
const MIN_WORDS_FOR_ASK = 60;
const CLOSING =
  /^(?:viele|beste|freundliche|herzliche|liebe|mit freundlichen)?\s*grü(?:ß|ss)e|^(?:best|kind|warm)?\s*regards|^(?:cheers|thanks|best|sincerely|yours)\b|^(?:bis bald|schönen tag)/i;

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

/** The last sentence before the closing formula ("Viele Grüße", "Best regards") and the name under it. */
function lastBodySentence(doc: Doc): SentenceView | undefined {
  const closing = doc.sentences.findIndex((s) => CLOSING.test(doc.text.slice(s.start, s.end)));
  const body = closing > 0 ? doc.sentences.slice(0, closing) : doc.sentences;
  return body[body.length - 1];
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
    const words = doc.sentences.reduce((n, s) => n + s.words, 0);
    const request = requestOf(doc);
    if (!request) {
      const anchor = words >= MIN_WORDS_FOR_ASK ? lastBodySentence(doc) : undefined;
      return anchor ? finding(anchor, (m) => m.unclearAskNoRequest) : [];
    }
    const deadline = doc.sentences.find(talksOfDeadline);
    if (deadline && !doc.sentences.some((s) => hasDate(doc, s))) {
      return finding(doc.sentences.find((s) => s.signals.ask.length > 0) ?? request, (m) => m.unclearAskNoDate);
    }
    return [];
  },
};
