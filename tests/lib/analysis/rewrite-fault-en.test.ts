// English blame in the shapes lib/analysis/rewrite/fault-en.ts takes, said from
// the writer's side or as an event, with a next step; and sentences of nearly
// the same shape that must not get that rewrite. Sentences written for this
// test; none from the dev set, the written drafts or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import { rewritesOf } from './rewrites-of';

const blameRewrites = (text: string) => rewritesOf(text, 'en', 'blame');

function offered(cases: ReadonlyArray<readonly [string, string]>) {
  for (const [text, expected] of cases)
    it(text, () => {
      expect(blameRewrites(text)).toContain(expected);
    });
}

function notOffered(cases: ReadonlyArray<readonly [string, RegExp]>) {
  for (const [text, unwanted] of cases)
    it(text, () => {
      for (const rewrite of blameRewrites(text)) expect(rewrite).not.toMatch(unwanted);
    });
}

describe('occasions missed or cancelled, counted', () => {
  offered([
    [
      "You've cancelled three of our last four lessons.",
      'Three of our last four lessons have been cancelled. Would a different day or time work better for you?',
    ],
    [
      'According to our booking system, you missed your last three physio sessions.',
      'According to our booking system, we missed you at your last three physio sessions. Would a different day or time work better for you?',
    ],
    [
      'You have skipped every rehearsal we planned this month.',
      'We missed you at every rehearsal we planned this month. Would a different day or time work better for you?',
    ],
    [
      'You missed two tastings, so we moved the order date.',
      'We missed you at two tastings, so we moved the order date. Would a different day or time work better for you?',
    ],
    [
      "You've missed every cut-off we agreed since January.",
      'Every cut-off we agreed since January has slipped. Shall we agree on a new date that works for you?',
    ],
    [
      'You cancelled the last two viewings at short notice.',
      'The last two viewings were cancelled at short notice. Would a different day or time work better for you?',
    ],
  ]);
  notOffered([
    // A cause given after the count, a second act of the reader's, a repeat: the rewrite would drop or twist them.
    ['You missed two appointments because of the strike.', /missed you at/],
    ["You've missed two meetings and ignored my emails.", /missed you at/],
    ["You've missed four sessions again.", /missed you at/],
    // "with the bank": the occasion is someone else's; payments are no occasion to be missed at.
    ['You have missed every single meeting with the bank.', /missed you at/],
    ['You have missed three payments.', /missed you at|slipped/],
    // The reader inside a condition before it: not an opener the rewrite may keep.
    ["If you ask me, you've missed four sessions.", /missed you at/],
    // A cancelled date, or every one of them, is not said as an event.
    ['You have cancelled every session at short notice.', /been cancelled/],
  ]);
});

describe('something that came late from the reader, said as received late', () => {
  offered([
    [
      "We didn't get the countersigned lease from you until the Friday before the move.",
      "We didn't get the countersigned lease until the Friday before the move. Could we agree on [date] for the next one?",
    ],
    [
      "The survey results from your engineer didn't reach us until the week of the auction.",
      "We didn't receive the survey results from the engineer until the week of the auction. Could we agree on [date] for the next one?",
    ],
    [
      "Because the tenancy forms weren't forwarded to me by your letting team until Tuesday, the deposit could not be registered.",
      "Because I didn't receive the tenancy forms until Tuesday, the deposit could not be registered. Could we agree on [date] for the next one?",
    ],
    [
      "We didn't receive the stock list from your side until the evening before the audit.",
      "We didn't receive the stock list until the evening before the audit. Could we agree on [date] for the next one?",
    ],
  ]);
  notOffered([
    // A habit ("again", "as usual"): a date for the next one does not answer it.
    ["We didn't get the photos from you until Friday, again.", /agree on \[date\]/],
    ["As usual, the samples from your workshop didn't reach us until the deadline had passed.", /didn't receive/],
    // No determiner before the thing ("a single reply"): not a thing that was to come.
    ["We didn't get a single reply from you until Friday.", /agree on \[date\]/],
    // No source on the reader's side named: a late delivery may be a third party's.
    ["The parts didn't reach us until May.", /didn't receive/],
  ]);
});

describe('done without telling the writer, with what followed', () => {
  offered([
    [
      'You switched the hosting plan without telling us, so the shop was offline for a day.',
      'We only found out afterwards that you had switched the hosting plan, so the shop was offline for a day. Could you check with us first next time?',
    ],
    [
      'Your assistant booked the venue without checking with us, so we paid twice.',
      'We only found out afterwards that your assistant had booked the venue, so we paid twice. Could you check with us first next time?',
    ],
  ]);
  notOffered([
    // No comma before the consequence, or "and" after it: where the act ends, or whether a second one follows, is not clear.
    ['You moved the meeting without telling us and the caterers came anyway.', /found out afterwards/],
    ['You deleted the old mailbox without telling us, and the archive is gone.', /found out afterwards/],
    // Someone else not told: the writer learnt nothing afterwards.
    ['You replaced the boiler without telling the landlord, so the warranty is void.', /found out afterwards/],
  ]);
});

describe('a fault in what the reader sent, said as what the writer received', () => {
  offered([
    [
      'The invoice you uploaded is for the wrong quarter.',
      'The invoice I received is for the wrong quarter. Could you send me a corrected version by [date]?',
    ],
    [
      'Sadly, the floor plan you sent for the loft conversion is missing the stairwell.',
      'Sadly, the floor plan I received for the loft conversion is missing the stairwell. Could you send me a corrected version by [date]?',
    ],
    [
      "But the price list you forwarded us doesn't match the quote at all.",
      "But the price list we received doesn't match the quote. Could you send us a corrected version by [date]?",
    ],
  ]);
  notOffered([
    // Not sent: built, installed, chosen are the reader's work, not a thing that came.
    ['The website you built for the bakery is slow and hard to use.', /received/],
    ['The tiles you picked are the wrong size.', /received/],
    // A habit stays a habit: "is wrong again" after "I received" is no calmer.
    ['The form you sent is wrong again.', /received/],
    ['The figures you sent were wrong, as always.', /received/],
    // The thing not there: "I received" would contradict the sentence.
    ['The signed contract you sent us has still not arrived and the buyer is getting nervous.', /received/],
  ]);
});
