// English blame the other strategies leave standing, in the shapes that come
// up most in written client mail, each said from the writer's side or as an
// event, with a next step:
// - occasions the reader missed or cancelled, counted ("You've cancelled four
//   of our last five sessions", "you missed your last two check-ups", "You've
//   missed every fitting we booked since May") → "We missed you at your last
//   two check-ups. Would a different day or time work better for you?",
//   "Four of our last five sessions have been cancelled. …", "Every payment
//   date we agreed this year has slipped. Shall we agree on …?";
// The count, the occasions and every word after them stay as the writer put
// them; a shape that does not fit cleanly gives nothing.
import type { Candidate, RewriteInput, Strategy } from './context';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';

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
  const text = render([...lead, ...clause.map((p, i) => (i === 0 ? { ...p, gap } : p)), ...tail]);
  return [{ text: `${text.replace(/[.!…]+$/u, '')}. ${step}`, dropped }];
}

export const faultEn: Strategy = (input) => (input.language === 'en' ? [...missedOccasions(input)] : []);
