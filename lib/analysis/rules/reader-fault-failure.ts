// The failure a clause states after the reader as its agent: a negated
// completion, a fault verb, something wrong, lateness or a fault phrase.

import type { LatenessEntry } from '../constructions/reader-fault.types';
import { KIN } from '../lexicon/kin';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { FrameSpan } from './frames';
import { type Lexicon, lemmaOfToken, wrongAt } from './reader-fault-lexicon';

/** English words after which a fault word is a noun ("the damage", "any delay"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'some',
  'this',
  'that',
  'our',
  'your',
  'their',
  'no',
  'of',
  'its',
]);

interface Failure {
  /** Last token of the words that say it. */
  last: number;
}

/** English subjects that, after "and"/"but", open a clause of their own ("… for ten years and you've never …"). */
const NEW_SUBJECT = new Set([
  'you',
  "you've",
  "you're",
  "you'd",
  "you'll",
  'we',
  "we've",
  'i',
  "i've",
  'they',
  'he',
  'she',
  'it',
]);

/** Whether token k is "and"/"but" before a subject of its own. */
function newSubjectAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.folded !== 'and' && t.folded !== 'but') return false;
  const next = tokens.slice(k + 1).find((x) => x.word);
  return next !== undefined && NEW_SUBJECT.has(next.folded);
}

/** The failure the clause states after its agent, if any. */
export function failureAfter(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  language: Language,
  late: FrameSpan | undefined,
  phrase: FrameSpan | undefined,
  negatedAgent: boolean,
  /** The agent is the reader's side ("von Ihnen"): what comes back from them is their deed ("kam von Ihnen erst … zurück"). */
  side = false,
): Failure | null {
  // "Niemand aus Ihrem Team hat …", "nobody on your side answered": the agent carries the negation.
  let negated = negatedAgent;
  // Where the first negation stands: lateness after it is denied ("noch nie zu spät bezahlt", "never paid late").
  let negatedAt = -1;
  let completion = -1;
  // Permission, ability, future ("Sie können …", "nicht kommen konnten"); English "not … yet" is a status.
  let still = false;
  // Where the agent's predicate ends.
  let stop = to;
  // Past "and" + a subject of its own (English).
  let ownClause = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    // A new subject or a new clause ("you're right that the break was short") ends the agent's predicate.
    if (lex.self.has(t) || (k > from && language === 'en' && lex.subordinators.has(t))) {
      stop = k - 1;
      break;
    }
    // Inside a fault phrase the word is its own ('without the required forms').
    if (lex.modals.has(t) && !(phrase && k >= phrase.first && k <= phrase.last)) return null;
    if (t.folded === 'still') still = true;
    if (language === 'en' && t.folded === 'yet' && !still) return null;
  }
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (lex.self.has(t) || (k > from && language === 'en' && lex.subordinators.has(t))) break;
    // "… for ten years and you've never once missed …": a clause of its own, whose negation is its own.
    if (k > from && language === 'en' && newSubjectAfter(tokens, k)) {
      negated = false;
      negatedAt = -1;
      ownClause = true;
      continue;
    }
    // "you don't have to send …"
    if (language === 'en' && ['have', 'has', 'had'].includes(t.folded) && tokens[k + 1]?.folded === 'to') return null;
    if (lex.negations.has(t)) {
      // "nie mehr als den Festpreis", "no more than": a comparison, not a negation.
      const after = `${tokens[k + 1]?.folded} ${tokens[k + 2]?.folded}`;
      if (!/^(?:mehr|weniger|more|less|later) (?:als|than)$/.test(after)) {
        negated = true;
        if (negatedAt < 0) negatedAt = k;
      }
      continue;
    }
    const lemma = lemmaOfToken(t, language);
    // Receiving is no failure ("Sie erhalten die Pläne erst am Montag"), except "got the dates wrong".
    if (!side && lex.receiving.hasFolded(lemma) && !(lemma === 'get' && tokens[k + 1]?.folded === 'back')) {
      if (lemma !== 'get' || negated) return null;
      for (let w = k + 1; w <= to; w++) if (tokens[w]?.folded === 'wrong') return { last: w };
      return null;
    }
    // "get" and "let" complete only as "get back to us" and "let us know" ("never let us down" is praise).
    const isCompletion =
      (lex.completions.hasFolded(lemma) || lex.completions.has(t)) &&
      !(lemma === 'get' && tokens[k + 1]?.folded !== 'back') &&
      !(lemma === 'let' && ![tokens[k + 2]?.folded, tokens[k + 3]?.folded].includes('know'));
    if (isCompletion) {
      if (negated && deniedLate(tokens, negatedAt, to, late)) return null;
      if (negated) return { last: language === 'en' && tokens[k + 1]?.folded === 'back' ? k + 1 : k };
      completion = k;
    }
    // "fixed the damage", "any delay": after a determiner the word is a noun, not the reader's deed.
    const noun = language === 'en' && DETERMINERS.has(tokens[k - 1]?.folded ?? '');
    // "You missed nothing important": the fault verb denied by its object.
    const denied = language === 'en' && ['nothing', 'none'].includes(tokens[k + 1]?.folded ?? '');
    // "without missing a single session", „ohne … zu vergessen“; German verb-second denies after the verb
    // („Sie vergessen wirklich nie ein Detail“, not „vergessen nicht nur …“).
    const without = ['without', 'ohne'].includes(tokens[k - 1]?.folded ?? '');
    const deniedAfter =
      language === 'de' && [k + 1, k + 2].some((n) => lex.negations.has(tokens[n]) && tokens[n + 1]?.folded !== 'nur');
    const fault =
      !noun &&
      !denied &&
      !without &&
      !deniedAfter &&
      !bereaved(tokens, k, lemma) &&
      (lex.faults.hasFolded(lemma) || lex.faults.has(t));
    if (!negated && fault) return { last: k };
    // A fault denied in a clause of its own ("and you've never once missed a check-up") is praise.
    if (negated && fault && ownClause) return null;
    if (!negated && wrongAt(lex, tokens, k, language)) return { last: k };
    // "you filed the documents late," "paid late again": "late" closing the predicate.
    if (!negated && completion >= 0 && t.folded === 'late' && (k === to || tokens[k + 1]?.folded === 'again'))
      return { last: k };
    // "you've let us down"
    if (!negated && lemma === 'let' && tokens[k + 2]?.folded === 'down') return { last: k + 2 };
  }
  if (
    late &&
    !negated &&
    completion >= 0 &&
    late.first >= from &&
    (!(late.entry as LatenessEntry).past || pastIn(tokens, from, late.last, language))
  )
    return { last: Math.max(completion, late.last) };
  // "hat die Einladung mit 17 statt 18 Uhr verschickt", "supplied the artwork in RGB rather than CMYK".
  const deed = swappedDeed(tokens, from, stop, lex, language);
  if (!negated && deed >= 0) {
    for (let k = from; k <= stop; k++)
      if (lex.instead.words.has(tokens[k]) && swapAt(tokens, k, language)) return { last: Math.max(deed, k) };
  }
  // "ohne Rücksprache verlegt", "left out the insulation", "despite our warnings".
  // A negation inside the phrase is its own ("never bothered to"); one before it denies it.
  if (phrase && phrase.first >= from && phrase.last <= stop && !negatedAgent) {
    let denied = false;
    for (let k = from; k < phrase.first; k++) if (lex.negations.has(tokens[k])) denied = true;
    if (!denied) return { last: phrase.last };
  }
  // Verb second, negation after it: "Von Ihrer Seite kam keine Freigabe".
  if (negated && completion >= 0) return { last: completion };
  return null;
}

/** Losing a parent, partner or pet is grief, not a lapse. */
function bereaved(tokens: readonly Token[], k: number, lemma: string): boolean {
  if (lemma !== 'verlieren' && lemma !== 'lose' && !/^(?:verloren|lost)$/.test((tokens[k] as Token).folded))
    return false;
  for (let n = Math.max(0, k - 5); n <= k + 3; n++) if (n !== k && KIN.test(tokens[n]?.folded ?? '')) return true;
  return false;
}

/** The deed a swap can spoil ("verschickt", "supplied"), or -1. */
function swappedDeed(tokens: readonly Token[], from: number, to: number, lex: Lexicon, language: Language): number {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.word && lex.instead.deeds.hasFolded(lemmaOfToken(t, language))) return k;
  }
  return -1;
}

/** "statt"/"anstatt"/"anstelle" as they stand; "instead" and "rather" only before "of" and "than". */
function swapAt(tokens: readonly Token[], k: number, language: Language): boolean {
  if (language === 'de') return true;
  const next = tokens[k + 1]?.folded;
  return (tokens[k]?.folded === 'instead' && next === 'of') || (tokens[k]?.folded === 'rather' && next === 'than');
}

/** Lateness, or "late", after the negation: the deed was never late, which is praise. */
function deniedLate(tokens: readonly Token[], negatedAt: number, to: number, late: FrameSpan | undefined): boolean {
  if (negatedAt < 0) return false;
  if (late && late.first > negatedAt) return true;
  for (let k = negatedAt + 1; k <= to; k++) if (tokens[k]?.folded === 'late') return true;
  return false;
}

/**
 * A habit adverb frames the failure ("Du schickst … immer erst am Vorabend", "you never keep a session"):
 * the coach calls that a generalisation (absolute, habit-about-reader.ts), not one charge. A fault verb
 * or something wrong stays a charge as well ("Ihr Team ignoriert die Updates grundsätzlich").
 */
export function habitFramed(
  tokens: readonly Token[],
  from: number,
  to: number,
  failure: Failure,
  lex: Lexicon,
  language: Language,
): boolean {
  const last = tokens[failure.last] as Token;
  if (lex.wrong.has(last) || lex.faults.has(last) || lex.faults.hasFolded(lemmaOfToken(last, language))) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    // "nie"/"never" about a past deed is one failure ("hat die Schlüssel nie ausgehändigt", "never paid"); English
    // says the past around "never", German with its auxiliary anywhere in the clause.
    // "noch immer nicht", "immer noch nicht": still, not a habit.
    const still = t.folded === 'immer' && (tokens[k - 1]?.folded === 'noch' || tokens[k + 1]?.folded === 'noch');
    if (lex.habitual.has(t) && !still)
      return !(lex.negations.has(t) && pastIn(tokens, from, language === 'de' ? to : k + 1, language));
    const before = tokens[k - 1]?.folded ?? '';
    if (
      (t.folded === 'mal' && before === 'jedes') ||
      (t.folded === 'time' && (before === 'every' || before === 'each'))
    )
      return true;
  }
  return false;
}

const PERFECT = new Set([
  'hat',
  'haben',
  'habe',
  'hast',
  'habt',
  'hatte',
  'hatten',
  'wurde',
  'wurden',
  'worden',
  'war',
  'waren',
]);
const PAST_EN = new Set(['have', 'has', 'had', "you've", 'did', 'was', 'were']);

/** Whether the clause speaks of the past: a perfect auxiliary, or an English past form. */
function pastIn(tokens: readonly Token[], from: number, to: number, language: Language): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (language === 'de' ? PERFECT.has(t.folded) : PAST_EN.has(t.folded)) return true;
    if (language === 'en' && !/(?:s|ing)$/.test(t.folded) && lemmaOfToken(t, 'en') !== t.folded) return true;
  }
  return false;
}
