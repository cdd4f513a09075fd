// The reader must act but does not learn what to do: no request, question or
// next step in a mail of some length; or talk of a deadline with no date.
import { type Doc, hasSignal, type SentenceView } from '../document';
import type { RawFinding, Rule } from './types';

/** Shorter mails (a thank-you, a confirmation) need no explicit ask. */
const MIN_WORDS_FOR_ASK = 60;
const CLOSING =
  /^(?:viele|beste|freundliche|herzliche|liebe|mit freundlichen)?\s*grü(?:ß|ss)e|^(?:best|kind|warm)?\s*regards|^(?:cheers|thanks|best|sincerely|yours)\b|^(?:bis bald|schönen tag)/i;

/** The last sentence before the closing formula ("Viele Grüße", "Best regards") and the name under it. */
function lastBodySentence(doc: Doc): SentenceView | undefined {
  const closing = doc.sentences.findIndex((s) => CLOSING.test(doc.text.slice(s.start, s.end)));
  const body = closing > 0 ? doc.sentences.slice(0, closing) : doc.sentences;
  return body[body.length - 1];
}

export const unclearAsk: Rule = {
  id: 'unclear-ask',
  phase: 'mail',
  run(doc: Doc) {
    const words = doc.sentences.reduce((n, s) => n + s.words, 0);
    const question = doc.sentences.some((s) => s.tokens.some((t) => !t.word && t.text.includes('?')));
    const ask = question || hasSignal(doc, 'ask');
    if (!ask && words >= MIN_WORDS_FOR_ASK) {
      const anchor = lastBodySentence(doc);
      if (!anchor) return [];
      return [
        {
          ruleId: 'unclear-ask',
          category: 'unclear-ask',
          start: anchor.start,
          end: anchor.end,
          suggestions: [],
          message: (m) => m.unclearAskNoRequest,
        },
      ];
    }
    if (ask && hasSignal(doc, 'deadline') && !hasSignal(doc, 'date')) {
      const anchor =
        doc.sentences.find((s) => s.signals.ask.length > 0) ?? doc.sentences.find((s) => s.signals.deadline.length > 0);
      if (!anchor) return [];
      const finding: RawFinding = {
        ruleId: 'unclear-ask',
        category: 'unclear-ask',
        start: anchor.start,
        end: anchor.end,
        suggestions: [],
        message: (m) => m.unclearAskNoDate,
      };
      return [finding];
    }
    return [];
  },
};
