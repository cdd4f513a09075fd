// English blame the other strategies leave standing, in the shapes that come
// up most in written client mail, each said from the writer's side or as an
// event, with a next step:
// - occasions the reader missed or cancelled, counted ("You've cancelled four
//   of our last five sessions", "you missed your last two check-ups", "You've
//   missed every fitting we booked since May") → "We missed you at your last
//   two check-ups. Would a different day or time work better for you?",
//   "Four of our last five sessions have been cancelled. …", "Every payment
//   date we agreed this year has slipped. Shall we agree on …?";
// - something that came late from the reader's side ("We didn't get the
//   brief from you until Monday", "the K-1s from your partnership didn't
//   land in our inbox until April 12th", "… weren't passed on to us by your
//   team until Thursday") → "We didn't get the brief until Monday. Could we
//   agree on [date] for the next one?", "we didn't receive the K-1s from the
//   partnership until April 12th. …";
// - an act done without telling the writer, with what followed ("You
//   cancelled the scaffolding without telling us, so …") → next-time.ts's
//   "We only found out afterwards that …", the consequence kept, then its ask.
// - a fault in what the reader sent, named with the reader as sender ("the
//   timesheet you uploaded is for the wrong month") → "the timesheet I
//   received is for the wrong month. Could you send me a corrected version by
//   [date]?".
// - a thing lost ("you managed to lose the original files" → "The original
//   files have gone missing. How can we replace them …?"), something done
//   wrong ("Again you booked the room for the wrong day" → "The room was
//   booked for the wrong day. Could you check this …?"), a thing forgotten to
//   send along ("I don't have the signed floor plans yet. …"), and nobody on
//   the reader's side reading or calling back ("I'm not sure the minutes are
//   reaching anyone on your side. …").
// The count, the occasions and every word after them stay as the writer put
// them; a shape that does not fit cleanly gives nothing.

import { objectPronoun } from './blame';
import { type Candidate, cut, type RewriteInput, type Strategy } from './context';
import { IRREGULAR, participle } from './english';
import { EN_NOT_MISLAID } from './mishap';
import { withoutMockPraise } from './mock-praise';
import { nextTime } from './next-time';
import { capitalise, clauseEnd, gapped, type Piece, render, words } from './pieces';
import { EN_PREPOSITIONS } from './words';

// ------------------------------------------------------------ occasions missed, counted

/** Occasions the reader attends: missed, "we missed you at" them; cancelled, they "have been cancelled". */
const OCCASION =
  /^(?:appointments?|sessions?|check-?ins?|check-?ups?|fittings?|class(?:es)?|lessons?|meetings?|consultations?|visits?|walk-?throughs?|viewings?|rehearsals?|workshops?|tastings?)$/;
/** Dates the reader was to keep: missed, they "have slipped". */
const DATE = /^(?:deadlines?|dates?|cut-?offs?)$/;
const NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;
const OWNER = /^(?:our|the|your|my)$/;
/** Verbs of missing an occasion (folded forms) and whether the reader called it off. */
const MISSING: Record<string, 'missed' | 'cancelled'> = {
  missed: 'missed',
  skipped: 'missed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};
/** Words that may follow a missed occasion in its clause: a time ("since May", "this quarter", "so far"). */
const TIME_WORDS = new Set(
  'since this in so far over the past last year quarter month week weeks months term season'.split(' '),
);
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)$/;
/** Words that may follow a cancelled occasion in its clause: the notice given ("with less than a day's notice", "at short notice"). */
const NOTICE_WORDS = new Set(
  "with less than a an day's hours' hour's notice at short the last minute on day itself morning".split(' '),
);
/** Words after the occasion that make the rewrite say something else, or keep the finger: none of these. */
const NOT_AFTER = /^(?:you|your|yours|without|because|again|not|never|even|although|though|and|or|but)$/;
/** Openers before "you" that the rewrite keeps: a phrase closed by a comma ("According to our diary,"). */
const NOT_IN_OPENER = /^(?:you|your|if|when|whenever|because|since|as|although|though|again|once|yet|time|times)$/;

/** The count phrase at `o` ("four of our last five sessions", "your last two check-ups", "every fitting we booked"): its end and head. */
function countPhrase(pieces: readonly Piece[], o: number): { end: number; head: Piece; every: boolean } | null {
  const at = (i: number) => pieces[i]?.folded ?? '';
  const isWord = (i: number) => pieces[i]?.word === true;
  let i = o;
  let every = false;
  let plural = true;
  if (
    NUMBER.test(at(i)) &&
    at(i + 1) === 'of' &&
    OWNER.test(at(i + 2)) &&
    at(i + 3) === 'last' &&
    NUMBER.test(at(i + 4))
  )
    i += 5; // "four of our last five"
  else if (OWNER.test(at(i)) && at(i + 1) === 'last') {
    i += 2; // "your last two", "our last"
    if (NUMBER.test(at(i))) i++;
    else plural = false;
  } else if (NUMBER.test(at(i)) && at(i) !== 'one')
    i++; // "two"
  else if (at(i) === 'every') {
    every = true;
    plural = false;
    i++;
  } else return null;
  // Up to one word before the head ("payment date", "dental check-ups"); "single" after "every" stays.
  const start = i;
  while (i < start + 3 && isWord(i) && /^[a-z][a-z'-]*$/.test(pieces[i]?.text ?? '')) {
    if (OCCASION.test(at(i)) || DATE.test(at(i))) {
      const head = pieces[i] as Piece;
      // The number the count says: "two appointments", "every appointment".
      if (plural !== /s$/.test(head.folded)) return null;
      return { end: i + 1, head, every };
    }
    i++;
  }
  return null;
}

function missedOccasions(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  // "you" opens the sentence, or follows an opener closed by a comma ("According to our diary, you …").
  let s = 0;
  if (pieces[0]?.folded !== 'you' && pieces[0]?.folded !== "you've") {
    const comma = pieces.findIndex((p) => p.text === ',');
    if (comma < 1 || comma > 6) return [];
    if (pieces.slice(0, comma).some((p) => !p.word || NOT_IN_OPENER.test(p.folded))) return [];
    s = comma + 1;
  }
  const subject = pieces[s];
  if (!subject?.word) return [];
  let v = s + 1;
  let perfect = false;
  if (subject.folded === "you've") perfect = true;
  else if (subject.folded !== 'you') return [];
  else if (/^(?:have|'ve)$/.test(pieces[v]?.folded ?? '')) {
    perfect = true;
    v++;
  }
  // "You have now cancelled …": the adverb stays with the new verb.
  const adverbs: Piece[] = [];
  while (pieces[v]?.word && /^(?:now|already)$/.test((pieces[v] as Piece).folded)) adverbs.push(pieces[v++] as Piece);
  const verb = pieces[v];
  const kind = verb?.word ? MISSING[verb.folded] : undefined;
  if (!verb || !kind) return [];
  const phrase = countPhrase(pieces, v + 1);
  if (!phrase) return [];
  const end = clauseEnd(pieces, phrase.end);
  let rest = pieces.slice(phrase.end, end);
  // "every fitting we booked since May": the writer's relative clause belongs to the phrase.
  let relative: Piece[] = [];
  if (phrase.every && /^(?:we|i)$/.test(rest[0]?.folded ?? '')) {
    relative = rest;
    rest = [];
  }
  if ([...relative, ...rest].some((p) => !p.word || NOT_AFTER.test(p.folded))) return [];
  const occasion = OCCASION.test(phrase.head.folded);
  const allowed = (p: Piece) =>
    (kind === 'missed' ? TIME_WORDS.has(p.folded) || MONTH.test(p.text) : NOTICE_WORDS.has(p.folded)) ||
    /^\d/.test(p.text);
  if (!rest.every(allowed)) return [];
  // A cancelled date or a single cancelled occasion reads oddly as an event ("every date has been cancelled").
  if (kind === 'cancelled' && (!occasion || phrase.every)) return [];
  const lead = pieces.slice(0, s);
  const thing = [...pieces.slice(v + 1, phrase.end), ...relative].filter(
    (p, i) => !(phrase.every && i === 1 && p.folded === 'single'),
  );
  const tail = pieces.slice(end);
  const gap = s > 0 ? ' ' : '';
  let clause: Piece[];
  let step: string;
  const dropped = [subject.folded, verb.folded, 'have', 'single'];
  if (kind === 'missed' && occasion) {
    // The writer's side: "We missed you at your last two check-ups."
    const we = writer === 'wir' || pieces.some((p) => /^(?:we|our|us)$/.test(p.folded)) ? 'we' : 'I';
    clause = [...words(`${s === 0 ? capitalise(we) : we} missed you at`), ...thing, ...rest];
    step = 'Would a different day or time work better for you?';
  } else {
    const many = /s$/.test(phrase.head.folded) && !phrase.every;
    const first = thing.map((p, i) => (i === 0 ? { ...p, text: s === 0 ? capitalise(p.text) : p.text } : p));
    const predicate =
      kind === 'missed'
        ? perfect || adverbs.length > 0
          ? `${many ? 'have' : 'has'} ${adverbs.map((a) => `${a.text} `).join('')}slipped`
          : 'slipped'
        : perfect
          ? `${many ? 'have' : 'has'} ${adverbs.map((a) => `${a.text} `).join('')}been cancelled`
          : `${many ? 'were' : 'was'} cancelled`;
    clause = [...first, ...words(predicate), ...rest];
    step =
      kind === 'missed'
        ? 'Shall we agree on a new date that works for you?'
        : 'Would a different day or time work better for you?';
  }
  const text = render([...lead, ...gapped(clause, gap), ...tail]);
  return [{ text: `${text.replace(/[.!…]+$/u, '')}. ${step}`, dropped }];
}

// ------------------------------------------------------------ something that came late

/** Sources that are the reader's side as a whole ("from your team"): they go, with nothing to name instead. */
const SIDE = /^(?:team|office|side|end|lot|people|staff|company|firm|department)$/;
const EN_DETERMINERS = /^(?:the|your|our|my|this|these|those|all|both|any)$/;
/** What closes the late thing's clause: the time it came by. */
const LATE_AT = /^(?:until|till)$/;
const LATE_STEP = 'Could we agree on [date] for the next one?';

/** The reader as a source at `at` ("from you", "from your partnership", "by your accounts team"): its end and the noun to keep, or null. */
function sourceAt(pieces: readonly Piece[], at: number, by: string): { end: number; keep: Piece[] } | null {
  if (pieces[at]?.folded !== by) return null;
  const next = pieces[at + 1]?.folded ?? '';
  if (next === 'you') return { end: at + 2, keep: [] };
  if (next !== 'your') return null;
  // One or two words name who ("your partnership", "your HR office"); up to the time word.
  let end = at + 2;
  while (end < at + 4 && pieces[end]?.word && !LATE_AT.test((pieces[end] as Piece).folded)) end++;
  const noun = pieces.slice(at + 2, end);
  if (noun.length === 0 || !LATE_AT.test(pieces[end]?.folded ?? '')) return null;
  if (noun.some((p) => /^(?:you|your|we|us|me|i|not|never|and|or)$/.test(p.folded))) return null;
  // "from your team": the side goes; "from your partnership": the partnership stays, as "the partnership".
  const side = SIDE.test((noun[noun.length - 1] as Piece).folded);
  const keep = side ? [] : [...words(`${by === 'by' ? 'from' : by} the`), ...noun];
  return { end, keep };
}

/** The late thing with "the" for "your" ("your signed form" → "the signed form"). */
const theFor = (phrase: readonly Piece[]) =>
  phrase.map((p, i) => (i === 0 && p.folded === 'your' ? { ...p, text: 'the', folded: 'the' } : p));

/** "We didn't get the brief from you until Monday": the source goes, the writer's own words stay. */
function receivedLate(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  // "again": a habit, which a date for the next one does not answer.
  if (pieces.some((p) => /^(?:again|always|ever|every)$/.test(p.folded))) return [];
  for (let s = 0; s < pieces.length - 4; s++) {
    const p = pieces[s] as Piece;
    if (!/^(?:we|i)$/.test(p.folded)) continue;
    if (s > 0 && !/^(?:because|since|as|and|so|but)$/.test(pieces[s - 1]?.folded ?? '') && pieces[s - 1]?.text !== ',')
      continue;
    let v = s + 1;
    if (pieces[v]?.folded === "didn't") v++;
    else if (pieces[v]?.folded === 'did' && pieces[v + 1]?.folded === 'not') v += 2;
    else continue;
    if (!/^(?:get|receive|have)$/.test(pieces[v]?.folded ?? '')) continue;
    const o = v + 1;
    if (!EN_DETERMINERS.test(pieces[o]?.folded ?? '')) return [];
    let from = o + 1;
    while (from < o + 7 && pieces[from]?.word && !/^(?:from|until|till)$/.test((pieces[from] as Piece).folded)) from++;
    const source = sourceAt(pieces, from, 'from');
    if (!source) return [];
    const object = theFor(pieces.slice(o, from));
    const out = [...pieces.slice(0, o), ...object, ...source.keep, ...pieces.slice(source.end)];
    const text = render(out).replace(/[.!…]+$/u, '');
    return [{ text: `${text}. ${LATE_STEP}`, dropped: ['from', 'you', 'your', 'team', 'office', 'side', 'end'] }];
  }
  return [];
}

/** Verbs of a thing arriving late, negated ("didn't land in our inbox", "didn't reach us", "weren't passed on to us"): their end, and who got it. */
function arrivalAt(pieces: readonly Piece[], at: number): { end: number; me: 'we' | 'I'; passive: boolean } | null {
  const f = (i: number) => pieces[i]?.folded ?? '';
  const who = (w: string) => (/^(?:us|our)$/.test(w) ? 'we' : 'I');
  if (f(at) === "didn't") {
    if (f(at + 1) === 'reach' && /^(?:us|me)$/.test(f(at + 2)))
      return { end: at + 3, me: who(f(at + 2)), passive: false };
    if (
      /^(?:land|arrive)$/.test(f(at + 1)) &&
      f(at + 2) === 'in' &&
      /^(?:our|my)$/.test(f(at + 3)) &&
      f(at + 4) === 'inbox'
    )
      return { end: at + 5, me: who(f(at + 3)), passive: false };
    return null;
  }
  if (/^(?:wasn't|weren't)$/.test(f(at))) {
    let v = at + 1;
    if (!/^(?:passed|sent|forwarded|handed|given|shared)$/.test(f(v))) return null;
    v++;
    if (/^(?:on|over|across)$/.test(f(v))) v++;
    if (f(v) !== 'to' || !/^(?:us|me)$/.test(f(v + 1))) return null;
    return { end: v + 2, me: who(f(v + 1)), passive: true };
  }
  return null;
}

/** "the K-1s from your partnership didn't land in our inbox until April 12th" → "we didn't receive the K-1s from the partnership until …". */
function arrivedLate(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  if (pieces.some((p) => /^(?:again|always|ever|every)$/.test(p.folded))) return [];
  for (let s = 0; s < pieces.length - 4; s++) {
    const p = pieces[s] as Piece;
    const before = pieces[s - 1];
    if (!EN_DETERMINERS.test(p.folded) || !p.word) continue;
    if (s > 0 && !/^(?:because|since|as|when)$/.test(before?.folded ?? '')) continue;
    // The thing: up to six words, then the source or the verb.
    let e = s + 1;
    while (e < s + 7 && pieces[e]?.word && !/^(?:from|by|didn't|wasn't|weren't)$/.test((pieces[e] as Piece).folded))
      e++;
    if (pieces.slice(s + 1, e).some((q) => /^(?:you|your|we|i|which|that|who)$/.test(q.folded))) return [];
    let keep: Piece[] = [];
    let verbAt = e;
    const fromSource = pieces[e]?.folded === 'from' ? sourceBefore(pieces, e) : null;
    if (fromSource) {
      keep = fromSource.keep;
      verbAt = fromSource.end;
    }
    const arrival = arrivalAt(pieces, verbAt);
    if (!arrival) return [];
    let tail = arrival.end;
    // "… to us by your team until Thursday": the agent goes.
    if (arrival.passive && pieces[tail]?.folded === 'by') {
      const agent = sourceAt(pieces, tail, 'by');
      if (!agent) return [];
      if (!fromSource) keep = agent.keep;
      tail = agent.end;
    }
    if (!LATE_AT.test(pieces[tail]?.folded ?? '')) return [];
    // The reader's side must have been named: a thing that simply came late is no blame to lift.
    if (!fromSource && !(arrival.passive && pieces[arrival.end]?.folded === 'by')) return [];
    const object = theFor(pieces.slice(s, e)).map((q, i) =>
      i === 0 ? { ...q, gap: ' ', text: q.text.toLowerCase() } : q,
    );
    const opening = words(`${s === 0 ? capitalise(arrival.me) : arrival.me} didn't receive`).map((q, i) =>
      i === 0 ? { ...q, gap: p.gap } : q,
    );
    const out = [...pieces.slice(0, s), ...opening, ...object, ...keep, ...pieces.slice(tail)];
    const text = render(out).replace(/[.!…]+$/u, '');
    const dropped = pieces.slice(e, tail).map((q) => q.folded);
    return [{ text: `${text}. ${LATE_STEP}`, dropped }];
  }
  return [];
}

/** "from you", "from your partnership" before the verb of arriving: like sourceAt, closed by the verb. */
function sourceBefore(pieces: readonly Piece[], at: number): { end: number; keep: Piece[] } | null {
  const next = pieces[at + 1]?.folded ?? '';
  if (next === 'you') return { end: at + 2, keep: [] };
  if (next !== 'your') return null;
  let end = at + 2;
  while (end < at + 4 && pieces[end]?.word && !/^(?:didn't|wasn't|weren't)$/.test((pieces[end] as Piece).folded)) end++;
  const noun = pieces.slice(at + 2, end);
  if (noun.length === 0 || !/^(?:didn't|wasn't|weren't)$/.test(pieces[end]?.folded ?? '')) return null;
  if (noun.some((p) => /^(?:you|your|we|us|me|i|not|never|and|or)$/.test(p.folded))) return null;
  const side = SIDE.test((noun[noun.length - 1] as Piece).folded);
  return { end, keep: side ? [] : [...words('from the'), ...noun] };
}

// ------------------------------------------------------------ done without telling, and what followed

/**
 * "You cancelled the scaffolding without telling us, so the roofers stood
 * around all morning": next-time.ts says the act (up to the comma) as what
 * the writer learnt afterwards; the consequence goes back in before its ask.
 */
function untoldThen(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const w = pieces.findIndex((p) => p.folded === 'without');
  if (w < 2) return [];
  const comma = pieces.findIndex((p, i) => i > w && p.text === ',');
  // Only a consequence ("…, so the roofers stood around"): after "and" the clause may be a second act.
  if (comma < 0 || pieces[comma + 1]?.folded !== 'so') return [];
  const head = [...pieces.slice(0, comma), ...words('.')];
  const said = nextTime({ ...input, pieces: head });
  const tail = render(cut(pieces, 0, comma)).replace(/[.!…]+$/u, '');
  return said.flatMap((c) => {
    const split = /^(.*?)\. (Could you [^.?]*\?)$/u.exec(c.text);
    if (!split) return [];
    return [{ text: `${split[1]}, ${tail.charAt(0).toLowerCase()}${tail.slice(1)}. ${split[2]}`, dropped: c.dropped }];
  });
}

// ------------------------------------------------------------ a fault in what the reader sent

/** Verbs of sending in the past (folded): "the plans you sent", "the form you uploaded". */
const SENT_PAST = /^(?:sent|uploaded|emailed|e-mailed|forwarded|submitted|shared|provided|supplied|returned)$/;
/** Where a prepositional phrase after the sender may start ("… you sent for the bench", "… you sent on Monday"). */
const SENT_PHRASE = /^(?:for|on|last|yesterday|this|with|in|over|through|about)$/;
/** The main clause's verb after the thing: what is wrong with it. */
const FAULT_VERB =
  /^(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|hasn't|haven't|don't|doesn't|didn't|contains?|shows?|lacks?|ignores?|misses|leaves|includes?|lists?|gives?|says?|uses?|refers?|covers?)$/;

/** A fault that is the thing not coming ("… has not arrived", "… got lost"): "I received" would contradict it; a habit stays a habit. */
const NOT_RECEIVED =
  /^(?:arrive|arrived|arriving|reach|reached|come|came|land|landed|lost|gone|disappeared|vanished|bounced|again|always|ever|usual|every)$/;

function whatWasSent(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?' || NOT_RECEIVED.test(p.folded))) return [];
  // "… is missing." (the thing itself): not a fault in what came.
  if (/\bmissing[.!]?$/.test(render(pieces))) return [];
  for (let s = 0; s < pieces.length - 4; s++) {
    const p = pieces[s] as Piece;
    if (p.folded !== 'the' || !p.word) continue;
    const before = pieces[s - 1];
    if (s > 0 && before?.text !== ',' && !/^(?:but|and|however|unfortunately|sadly)$/.test(before?.folded ?? ''))
      continue;
    // The thing: one to four plain words, then "you" and a verb of sending.
    let y = s + 1;
    while (
      y < s + 5 &&
      pieces[y]?.word &&
      /^[a-z][a-z'-]*$/.test((pieces[y] as Piece).text) &&
      pieces[y]?.folded !== 'you'
    )
      y++;
    if (y === s + 1 || pieces[y]?.folded !== 'you' || !SENT_PAST.test(pieces[y + 1]?.folded ?? '')) return [];
    if (pieces.slice(s + 1, y).some((q) => /^(?:that|which|we|i|they|and|or)$/.test(q.folded))) return [];
    let v = y + 2;
    let me: 'we' | 'I' = writer === 'wir' || pieces.some((q) => /^(?:we|our|us)$/.test(q.folded)) ? 'we' : 'I';
    if (/^(?:us|me)$/.test(pieces[v]?.folded ?? '')) {
      me = pieces[v]?.folded === 'us' ? 'we' : 'I';
      v++;
    }
    if (pieces[v]?.folded === 'over') v++;
    // A short phrase of purpose or time may follow ("for the bench", "on Monday"); then the fault.
    const phraseFrom = v;
    if (SENT_PHRASE.test(pieces[v]?.folded ?? ''))
      while (v < phraseFrom + 5 && pieces[v]?.word && !FAULT_VERB.test((pieces[v] as Piece).folded)) v++;
    if (!FAULT_VERB.test(pieces[v]?.folded ?? '')) return [];
    if (pieces.slice(phraseFrom, v).some((q) => /^(?:you|your|we|i|not|never)$/.test(q.folded))) return [];
    // "at all" only sharpens the fault.
    let end = pieces.length;
    const last = pieces[end - 1];
    if (last && !last.word) end--;
    const sharp = pieces[end - 2]?.folded === 'at' && pieces[end - 1]?.folded === 'all';
    const tail = sharp ? [...pieces.slice(v, end - 2), ...pieces.slice(end)] : pieces.slice(v);
    const out = [...pieces.slice(0, y), ...words(`${me} received`), ...pieces.slice(phraseFrom, v), ...tail];
    const text = render(out).replace(/[.!…]+$/u, '');
    const to = me === 'we' ? 'us' : 'me';
    return [
      {
        text: `${text}. Could you send ${to} a corrected version by [date]?`,
        dropped: ['you', (pieces[y + 1] as Piece).folded, 'over', 'at', 'all'],
      },
    ];
  }
  return [];
}

// ------------------------------------------------------------ lost, done wrong, forgot to send

/** Words before "you" that say when or how often, kept as they stand ("For the fourth time now"). */
const WHEN_FRONT =
  /^(?:for|the|second|third|fourth|fifth|sixth|time|now|today|yesterday|this|week|morning|once|again|yet|however)$/;
/** Irritation the writer's version needs no longer ("again", "yet again", "actually"). */
const SHARP_EN = /^(?:again|yet|actually|really|somehow|even|just|completely|totally|simply)$/;
/** What may follow the thing: when or how often, or nothing. */
const WHEN_AFTER =
  /^(?:for|the|second|third|fourth|fifth|time|now|today|yesterday|this|week|morning|twice|again|last|month)$/;
const EN_THING_DETS = /^(?:the|your|our|my|this|these|those|both)$/;
/** Heads that make the thing a person or time, not a thing (a "wrong" about them is another matter). */
const WRONG = /^(?:wrong|incorrect|incorrectly|wrongly)$/;

interface EnClause {
  front: Piece[];
  /** The reader, or the reader's side ("your team"). */
  agent: Piece[];
  perfect: boolean;
  /** "managed to" before the verb. */
  managed: boolean;
  verb: Piece;
  /** Everything after the verb up to the end mark. */
  rest: Piece[];
}

/** "[front] you [have] [managed to] VERB …" as one clause to the end: its parts, or null. */
function enClause(pieces: readonly Piece[]): EnClause | null {
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  if (pieces.slice(0, end).some((p) => !p.word && p.text !== ',')) return null;
  let i = 0;
  while (i < 6 && pieces[i]?.word && WHEN_FRONT.test((pieces[i] as Piece).folded)) i++;
  if (pieces[i]?.text === ',') i++;
  const front = pieces.slice(0, i);
  const a = pieces[i];
  if (!a?.word) return null;
  let agent: Piece[];
  let perfect = false;
  if (a.folded === 'you' || a.folded === "you've" || a.folded === 'you’ve') {
    agent = [a];
    perfect = a.folded !== 'you';
    i++;
  } else if (
    a.folded === 'your' &&
    pieces[i + 1]?.word &&
    /^(?:team|office|staff|side|assistant|department)$/.test(pieces[i + 1]?.folded ?? '')
  ) {
    agent = pieces.slice(i, i + 2);
    i += 2;
  } else return null;
  if (!perfect && /^(?:have|has)$/.test(pieces[i]?.folded ?? '')) {
    perfect = true;
    i++;
  }
  // "now" between "have" and the verb is a time word: it stays, in front.
  const now = pieces[i]?.folded === 'now' ? [pieces[i] as Piece] : [];
  i += now.length;
  let managed = false;
  if (/^(?:managed|manage)$/.test(pieces[i]?.folded ?? '') && pieces[i + 1]?.folded === 'to') {
    managed = true;
    i += 2;
  }
  const verb = pieces[i];
  if (!verb?.word || pieces.slice(i + 1, end).some((p) => !p.word)) return null;
  return { front: [...front, ...now], agent, perfect, managed, verb, rest: pieces.slice(i + 1, end) };
}

/** The thing at the start of `rest` ("the signed lease", "it"): its end, or -1. */
function enThingEnd(rest: readonly Piece[]): number {
  if (rest[0]?.folded === 'it') return 1;
  if (!EN_THING_DETS.test(rest[0]?.folded ?? '')) return -1;
  let k = 1;
  while (
    k < 5 &&
    rest[k]?.word &&
    !WHEN_AFTER.test((rest[k] as Piece).folded) &&
    !EN_PREPOSITIONS.has((rest[k] as Piece).folded) &&
    !/ly$/.test((rest[k] as Piece).folded) &&
    !/^(?:and|or|but|that|which|you|we|i|it)$/.test((rest[k] as Piece).folded)
  )
    k++;
  if (k === 1) return -1;
  // "the wrong version of the presentation": the phrase with "of" belongs to the thing.
  if (rest[k]?.folded === 'of' && EN_THING_DETS.test(rest[k + 1]?.folded ?? '')) {
    const more = enThingEnd(rest.slice(k + 1));
    return more > 0 ? k + 1 + more : -1;
  }
  return k;
}

const severalEn = (thing: readonly Piece[]) => objectPronoun(thing, 'en') === 'them';

/** "you managed to lose the original files" → "The original files have gone missing. How can we replace them …?" */
function lostEn(input: RewriteInput): Candidate[] {
  const clause = enClause(input.pieces);
  if (!clause) return [];
  const lose = clause.managed
    ? clause.verb.folded === 'lose'
    : clause.verb.folded === 'lost' && (clause.perfect || true);
  if (!lose) return [];
  const thingEnd = enThingEnd(clause.rest);
  if (thingEnd < 1 || clause.rest[0]?.folded === 'it') return [];
  const thing = clause.rest.slice(0, thingEnd);
  const after = clause.rest.slice(thingEnd);
  if (after.some((p) => !WHEN_AFTER.test(p.folded))) return [];
  // A client, a case or time "lost" is no thing that went missing.
  if (EN_NOT_MISLAID.test(thing[thing.length - 1]?.folded ?? '')) return [];
  const sharp = [...clause.front, ...after].filter((p) => SHARP_EN.test(p.folded));
  const front = clause.front.filter((p) => !SHARP_EN.test(p.folded));
  const kept = after.filter((p) => !SHARP_EN.test(p.folded));
  const many = severalEn(thing);
  const perfect = clause.perfect || clause.managed;
  const verb = perfect ? (many ? 'have gone missing' : 'has gone missing') : 'went missing';
  const frontKept =
    front.length > 0 && front.some((p) => p.word) ? [...front.filter((p) => p.word), ...words(',')] : [];
  const said = [
    ...frontKept,
    ...thing.map((p, k) => (k === 0 && frontKept.length === 0 ? { ...p, gap: '' } : p)),
    ...words(verb),
    ...kept,
  ];
  const text = render(said);
  const it = many ? 'them' : 'it';
  return [
    {
      text: `${text}. How can we replace ${it} and keep ${it} safe from now on?`,
      dropped: [
        ...clause.agent.map((p) => p.folded),
        clause.verb.folded,
        'managed',
        'to',
        ...sharp.map((p) => p.folded),
      ],
    },
  ];
}

/** "Again you booked the room for the wrong day" → "The room was booked for the wrong day. Could you check …?" */
function wrongEn(input: RewriteInput): Candidate[] {
  const clause = enClause(input.pieces);
  if (!clause || clause.managed || !clause.rest.some((p) => WRONG.test(p.folded))) return [];
  const { verb } = clause;
  // Other shapes' verbs, and choices (a verdict on a choice is no mix-up).
  if (
    /^(?:lost|lose|forgot|forget|did|made|got|had|was|were|went|put|chose|chosen|picked|took|taken|decided)$/.test(
      verb.folded,
    )
  )
    return [];
  const done = /ed$/.test(verb.folded) ? verb.folded : IRREGULAR[verb.lemma];
  if (!done || (verb.lemma === verb.folded && !/ed$/.test(verb.folded))) return [];
  const thingEnd = enThingEnd(clause.rest);
  if (thingEnd < 1) return [];
  const thing = clause.rest.slice(0, thingEnd);
  const after = clause.rest.slice(thingEnd);
  if (after.some((p) => /^(?:you|your|and|but|so|because|without|instead)$/.test(p.folded))) return [];
  const sharp = [...clause.front, ...after].filter((p) => SHARP_EN.test(p.folded));
  const front = clause.front.filter((p) => p.word && !SHARP_EN.test(p.folded));
  const kept = after.filter((p) => !SHARP_EN.test(p.folded));
  const many = thing[0]?.folded !== 'it' && severalEn(thing);
  const be = clause.perfect ? (many ? 'have been' : 'has been') : many ? 'were' : 'was';
  const lead = front.length > 0 ? [...front, ...words(',')] : [];
  const said = [
    ...lead,
    ...thing.map((p, k) => (k === 0 && lead.length === 0 ? { ...p, gap: '' } : p)),
    ...words(`${be} ${done}`),
    ...kept,
  ];
  return [
    {
      text: `${render(said)}. Could you check this and let me know how we can put it right?`,
      dropped: [...clause.agent.map((p) => p.folded), verb.folded, ...sharp.map((p) => p.folded)],
    },
  ];
}

/** Verbs of sending a thing along, after "forgot to": the writer does not have it yet. */
const ALONG = /^(?:attach|include|enclose|send|forward|upload|bring)$/;

/** "You forgot to attach the signed floor plans" → "I don't have the signed floor plans yet. Could you send them over by [date]?" */
function forgotToEn(input: RewriteInput, consequence = false): Candidate[] {
  const clause = enClause(input.pieces);
  // Only irritation in front ("Once again, …"): it goes.
  if (!clause || clause.managed || clause.front.some((p) => p.word && !/^(?:once|again|yet)$/.test(p.folded)))
    return [];
  if (!/^(?:forgot|forgotten)$/.test(clause.verb.folded) || clause.rest[0]?.folded !== 'to') return [];
  const along = clause.rest[1];
  if (!along?.word || !ALONG.test(along.folded)) return [];
  const rest = clause.rest.slice(2).filter((p) => !/^(?:me|us)$/.test(p.folded));
  const thingEnd = enThingEnd(rest);
  if (thingEnd !== rest.length || rest[0]?.folded === 'it' || rest[0]?.folded === 'your') return [];
  const me = input.writer === 'wir' ? 'We' : 'I';
  const it = objectPronoun(rest, 'en');
  const ask =
    along.folded === 'bring' ? `Could you bring ${it} along next time?` : `Could you send ${it} over by [date]?`;
  // Before a consequence ("…, so the council rejected the application") it is the thing that was not there.
  const done = along.folded === 'bring' ? 'brought along' : participle(along.folded);
  const text = consequence
    ? render([...rest, ...words(`${it === 'them' ? "weren't" : "wasn't"} ${done}`)])
    : render([...words(`${me} don't have`), ...rest, ...words('yet')]);
  return [
    {
      text: `${text}. ${ask}`,
      dropped: [
        ...clause.agent.map((p) => p.folded),
        clause.verb.folded,
        'to',
        along.folded,
        ...clause.front.map((p) => p.folded),
      ],
    },
  ];
}

// ------------------------------------------------------------ nobody on the reader's side

/** Words before "nobody" that go with it: a turn, or mock praise ("Wonderful that …"). */
const NOBODY_LEAD =
  /^(?:and|but|so|unfortunately|sadly|predictably|expectedly|unsurprisingly|wonderful|great|lovely|brilliant|fantastic|amazing|that)$/;
/** The reader's side: "on your side", "from your office", "on your property team". */
const SIDE_NOUN = /^(?:side|end|team|office|staff|firm|company|department|practice|household|family|lot)$/;

/** "nobody on your side" at `at`: the side's words and where they end, or null. */
function nobodyAt(pieces: readonly Piece[], at: number): { end: number; side: Piece[]; noun: string } | null {
  let i = at;
  if (pieces[i]?.folded === 'nobody') i++;
  else if (pieces[i]?.folded === 'no' && pieces[i + 1]?.folded === 'one') i += 2;
  else return null;
  if (!/^(?:on|from|in|at)$/.test(pieces[i]?.folded ?? '') || pieces[i + 1]?.folded !== 'your') return null;
  const from = i + 2;
  let j = from;
  while (j < from + 3 && pieces[j]?.word && !SIDE_NOUN.test((pieces[j] as Piece).folded)) j++;
  if (!SIDE_NOUN.test(pieces[j]?.folded ?? '')) return null;
  const noun = (pieces[j] as Piece).folded;
  return { end: j + 1, side: pieces.slice(from, j + 1), noun };
}

/**
 * "Nobody on your side ever reads the minutes" → "I'm not sure the minutes are reaching anyone on your side. What
 * would make them more useful for you?"; "nobody from your office returned my call" → "I haven't heard back from
 * anyone at your office yet. Could someone get back to me by [date]?"
 */
export function nobodyOnYourSide(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (input.language !== 'en' || pieces.some((p) => p.text === '?')) return [];
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  if (pieces.slice(0, end).some((p) => !p.word && p.text !== ',')) return [];
  let s = 0;
  while (s < 3 && pieces[s] && NOBODY_LEAD.test((pieces[s] as Piece).folded)) s++;
  // Mock praise in front only with "that" closing it ("Wonderful that nobody …").
  const lead = pieces.slice(0, s).filter((p) => p.word);
  if (
    lead.some((p) => /^(?:wonderful|great|lovely|brilliant|fantastic|amazing)$/.test(p.folded)) &&
    pieces[s - 1]?.folded !== 'that'
  )
    return [];
  const who = nobodyAt(pieces, s);
  if (!who) return [];
  const prep = /^(?:side|end|team|lot|household|family|staff)$/.test(who.noun)
    ? 'on'
    : who.noun === 'department'
      ? 'in'
      : 'at';
  const anyone = render([...words(`anyone ${prep} your`), ...who.side]).replace(/^A/, 'a');
  let i = who.end;
  const dropped = [...lead.map((p) => p.folded), 'nobody', 'no', 'one', 'ever', 'bothered', 'bothers', 'to'];
  let present = false;
  if (pieces[i]?.folded === 'ever') {
    present = true;
    i++;
  }
  if (/^(?:has|have)$/.test(pieces[i]?.folded ?? '')) i++;
  if (/^(?:bothered|bothers)$/.test(pieces[i]?.folded ?? '') && pieces[i + 1]?.folded === 'to') i += 2;
  const verb = pieces[i]?.folded ?? '';
  const rest = pieces.slice(i + 1, end);
  const me = writer === 'wir' ? 'we' : 'I';
  if (/^(?:reads|read)$/.test(verb)) {
    present ||= verb === 'reads';
    // What goes unread: a plain phrase to the end ("the minutes", "the meeting notes").
    if (!/^(?:the|my|our)$/.test(rest[0]?.folded ?? '') || rest.length > 4 || rest.some((p) => !p.word)) return [];
    if (rest.some((p, k) => k > 0 && /^(?:the|a|an|before|after|and|or|on|in|at|to|for|of)$/.test(p.folded))) return [];
    const it = objectPronoun(rest, 'en');
    const be = it === 'them' ? 'are' : 'is';
    const reach = present ? `${be} reaching` : 'reached';
    const text = `${me === 'we' ? "We're" : "I'm"} not sure ${render(rest).replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${reach} ${anyone}. What would make ${it} more useful for you?`;
    return [{ text, dropped: [...dropped, verb] }];
  }
  // "returned my call", "called me back", "got back to us": nothing heard back yet.
  const tail = rest.map((p) => p.folded).join(' ');
  const noReply =
    (verb === 'returned' && /^(?:my|our) calls?$/.test(tail)) ||
    (verb === 'called' && /^(?:me|us) back$/.test(tail)) ||
    (verb === 'got' && /^back to (?:me|us)$/.test(tail));
  if (!noReply) return [];
  const text = `${me === 'we' ? 'We' : 'I'} haven't heard back from ${anyone} yet. Could someone get back to ${me === 'we' ? 'us' : 'me'} by [date]?`;
  return [{ text, dropped: [...dropped, verb, ...rest.map((p) => p.folded)] }];
}

// ------------------------------------------------------------ a consequence after the reproach

/**
 * The shapes said with the consequence kept after their statement ("You forgot to attach the floor plans, so the
 * council rejected the application" → "The floor plans weren't attached, so the council rejected the application.
 * Could you send them over by [date]?"). Only ", so …", ", and now …", ", which means …" without a further comma.
 * Not a passive of the act done wrong: beside what it caused, it reads as the same reproach (rewrite.test.ts).
 */
export function withConsequenceEn(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  const c = pieces.findIndex(
    (p, k) =>
      p.text === ',' &&
      (pieces[k + 1]?.folded === 'so' ||
        (pieces[k + 1]?.folded === 'and' && /^(?:now|so)$/.test(pieces[k + 2]?.folded ?? '')) ||
        (pieces[k + 1]?.folded === 'which' && pieces[k + 2]?.folded === 'means')),
  );
  if (c < 2) return [];
  const tail = pieces.slice(c, end);
  if (tail.some((p, k) => k > 0 && !p.word) || pieces.some((p) => p.text === '?')) return [];
  const inner = { ...input, pieces: [...pieces.slice(0, c), ...words('.')] };
  const tailText = render(tail.slice(1)).replace(/^\p{Lu}/u, (x) => x.toLowerCase());
  const out: Candidate[] = [];
  for (const cand of [...lostEn(inner), ...forgotToEn(inner, true), ...nobodyOnYourSide(inner)]) {
    const m = /^(.*?[^.\s])\.\s(.+)$/su.exec(cand.text);
    if (m) out.push({ ...cand, text: `${m[1]}, ${tailText}. ${m[2]}` });
  }
  return out;
}

/** The shapes above after a mock-praise opener ("Nice one, you sent …"), which goes. */
function afterPraise(input: RewriteInput): Candidate[] {
  const opened = withoutMockPraise(input.pieces, 'en');
  if (opened.dropped.length === 0) return [];
  const inner = { ...input, pieces: opened.pieces };
  return [
    ...missedOccasions(inner),
    ...receivedLate(inner),
    ...arrivedLate(inner),
    ...whatWasSent(inner),
    ...lostEn(inner),
    ...wrongEn(inner),
    ...forgotToEn(inner),
    ...nobodyOnYourSide(inner),
    ...withConsequenceEn(inner),
  ].map((c) => ({
    ...c,
    dropped: [...(c.dropped ?? []), ...opened.dropped],
  }));
}

export const faultEn: Strategy = (input) =>
  input.language === 'en'
    ? [
        ...missedOccasions(input),
        ...receivedLate(input),
        ...arrivedLate(input),
        ...untoldThen(input),
        ...whatWasSent(input),
        ...lostEn(input),
        ...wrongEn(input),
        ...forgotToEn(input),
        ...nobodyOnYourSide(input),
        ...withConsequenceEn(input),
        ...afterPraise(input),
      ]
    : [];
