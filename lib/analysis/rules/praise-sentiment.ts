// Praise and criticism as the sentiment lexicon reads them (../sentiment.ts),
// for the two turn rules: praise in any wording ("geschmackvoll", "I love how
// motivated you've been") and criticism without a listed flaw word ("würde
// eher schaden", "could damage your case"). Praise by sentiment needs the
// reader in its sentence: a warm word about the writer's own plans ("ich helfe
// gern", "happy to help") praises no one.
import { negatedBefore, type SentenceView } from '../document';
import { CLASSES } from '../phrases/classes';
import { isReaderWord } from '../reader-words';
import { valenceOf } from '../sentiment';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { WordInfo } from '../vocabulary';

/** VADER valences run from -4 to 4: a clearly warm word, a clearly bad one. */
const PRAISE_VALENCE = 1.5;
const FLAW_VALENCE = -1;

/** Warm words that are the writer's willingness, wishes or greetings, not praise of the reader. */
const NOT_PRAISE: Record<Language, ReadonlySet<string>> = {
  de: new Set([
    'gern',
    'gerne',
    'freue',
    'freuen',
    'freut',
    'hoffe',
    'hoffen',
    'hoffentlich',
    'wünsche',
    'wünschen',
    'urlaub',
    'bitte',
    'willkommen',
    'geniessen',
    'erholsam',
    'erholsame',
    'erholsamen',
    'liebe',
    'lieber',
    'lieben',
    'herzlich',
    'herzliche',
    'herzlichen',
    'geehrte',
    'geehrter',
    'grüsse',
    'gruss',
    'helfe',
    'helfen',
    'hilfe',
    'verständnis',
    'würde',
    'würden',
    'könnte',
    'könnten',
  ]),
  en: new Set([
    'happy',
    'glad',
    'pleased',
    'hope',
    'hoping',
    'hopefully',
    'wish',
    'welcome',
    'enjoy',
    'please',
    'dear',
    'kind',
    'best',
    'warm',
    'warmly',
    'regards',
    'wishes',
    'holiday',
    'vacation',
    'like',
    'agree',
    'true',
    'help',
    'helping',
    'would',
    "i'd",
    "we'd",
    'could',
  ]),
};

/** Bad words that are the writer's own news or regret, not a verdict on the reader ("leider", "krank", "sorry"). */
const NOT_FLAW: Record<Language, ReadonlySet<string>> = {
  de: new Set(['leider', 'schade', 'krank', 'erkrankt', 'entschuldigung', 'sorge', 'sorgen', 'stress', 'bedauern']),
  en: new Set(['unfortunately', 'sadly', 'sorry', 'sick', 'ill', 'apologies', 'worry', 'worried', 'regret', 'shame']),
};

/** Whether the sentence names the reader ("Sie", "du", "your", "you've"). */
export function addressesReader(sentence: SentenceView): boolean {
  return sentence.tokens.some((t) => t.word && isReaderWord(t, sentence.language));
}

function valence(token: Token, language: Language): number {
  return token.info ? valenceOf(token.info as WordInfo, language) : 0;
}

/** A negation later in the same German clause ("gefällt mir nicht"). */
function negatedLater(sentence: SentenceView, i: number): boolean {
  if (sentence.language !== 'de') return false;
  const neg = CLASSES.de.neg.words;
  for (let k = i + 1; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k] as Token;
    if (!t.word) return false;
    if (neg.includes(t.folded)) return true;
  }
  return false;
}

/** Tokens that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—()]/;

/** Whether the clause around token i holds a word of the writer's wishes or willingness ("I wish I could help you"). */
function wishfulClause(sentence: SentenceView, i: number): boolean {
  const { tokens, language } = sentence;
  const bounded = (k: number) => !(tokens[k] as Token).word && CLAUSE_MARK.test((tokens[k] as Token).text);
  let from = i;
  while (from > 0 && !bounded(from - 1)) from--;
  let to = i;
  while (to + 1 < tokens.length && !bounded(to + 1)) to++;
  for (let k = from; k <= to; k++)
    if (tokens[k]?.word && NOT_PRAISE[language].has((tokens[k] as Token).folded)) return true;
  return false;
}

/** Wishes that open a clause with a warm word ("Viel Erfolg bei …", "Have a great holiday"): no praise. */
const WISH_OPENERS: Record<Language, readonly (readonly string[])[]> = {
  de: [
    ['viel', 'erfolg'],
    ['viel', 'glück'],
    ['gute', 'besserung'],
    ['schönen', 'urlaub'],
    ['schönes', 'wochenende'],
    ['schönen', 'abend'],
    ['schöne', 'feiertage'],
    ['frohe'],
    ['frohes'],
    ['alles', 'gute'],
  ],
  en: [['good', 'luck'], ['best', 'of', 'luck'], ['get', 'well'], ['have', 'a'], ['have', 'fun'], ['enjoy']],
};

/** Whether token i stands in a clause that opens with a wish ("Gute Besserung an Ihre Tochter, …"). */
export function inWish(sentence: SentenceView, i: number): boolean {
  const { tokens, language } = sentence;
  let from = i;
  while (from > 0 && !(!tokens[from - 1]?.word && CLAUSE_MARK.test((tokens[from - 1] as Token).text))) from--;
  const words = tokens.slice(from, i + 4).filter((t) => t.word);
  return WISH_OPENERS[language].some((w) => w.every((x, k) => words[k]?.folded === x));
}

/** Conditionals before a warm word make it a wish ("wäre schön", "would be great"), not praise given. */
const CONDITIONAL: Record<Language, ReadonlySet<string>> = {
  de: new Set(['wäre', 'wären', 'würde', 'würden', 'fände', 'fänden']),
  en: new Set(['would', "i'd", "we'd", "it'd", "that'd"]),
};
/** Words after "gut"/"good" that make it a likelihood ("gut möglich", "a good chance"), not praise. */
const LIKELY: Record<Language, ReadonlySet<string>> = {
  de: new Set(['möglich', 'denkbar', 'sein', 'vorstellbar']),
  en: new Set(['chance', 'chances', 'possibility', 'bet', 'odds']),
};
/** Words that may stand between a conditional and its warm word ("wäre wirklich schön", "would be really nice"). */
const BETWEEN = new Set([
  'be',
  'echt',
  'wirklich',
  'sehr',
  'so',
  'really',
  'very',
  'quite',
  'ganz',
  'doch',
  'natürlich',
]);

/**
 * Whether the warm word at i is a wish or a likelihood, not praise given: "Eine weiße Reithose wäre schön, muss
 * aber nicht sein", "It would be great to …", "Gut möglich, dass …", "there's a good chance …".
 */
export function wishedOrLikely(sentence: SentenceView, i: number): boolean {
  const { tokens, language } = sentence;
  const next = tokens[i + 1];
  if (next?.word && LIKELY[language].has(next.folded)) return true;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (CONDITIONAL[language].has(t.folded)) return true;
    if (!BETWEEN.has(t.folded)) return false;
  }
  return false;
}

/**
 * The first warm word praising the reader, by its valence: -1 when none, when the sentence does not
 * name the reader or asks, or when the warm word sits among the writer's wishes ("ich helfe gern").
 */
export function sentimentPraise(sentence: SentenceView): number {
  const { tokens, language } = sentence;
  if (tokens.some((t) => !t.word && t.text.includes('?'))) return -1;
  if (!addressesReader(sentence)) return -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || valence(t, language) < PRAISE_VALENCE) continue;
    if (wishfulClause(sentence, i) || inWish(sentence, i)) continue;
    if (negatedBefore(tokens, i, language) || negatedLater(sentence, i)) continue;
    return i;
  }
  return -1;
}

/** A sentence with a warm word and no bad one, neither negated: "that obviously makes us very happy". */
export function warmSentence(sentence: SentenceView): boolean {
  const { tokens, language } = sentence;
  let warm = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const v = valence(t, language);
    if (v <= FLAW_VALENCE) return false;
    if (
      v >= PRAISE_VALENCE &&
      !sayingHow(tokens, i) &&
      !negatedBefore(tokens, i, language) &&
      !negatedLater(sentence, i)
    )
      warm = true;
  }
  return warm;
}

/** Words that say how something is said, not that it is good: "ehrlich gesagt", "honestly", "to be honest". */
const SAYING_HOW = new Set(['honestly', 'truly']);

function sayingHow(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).folded;
  if (SAYING_HOW.has(word)) return true;
  if (word === 'ehrlich' || word === 'offen') return tokens[i + 1]?.folded === 'gesagt';
  return word === 'honest' && tokens[i - 1]?.folded === 'be';
}

/** Words pointing back at the praised work ("sie sind zu lang", "it contains …"). */
const ANAPHOR: Record<Language, ReadonlySet<string>> = {
  de: new Set(['sie', 'es', 'er', 'diese', 'dieser', 'dieses', 'diesen']),
  en: new Set(['it', "it's", 'they', "they're", 'them', 'these', 'those', 'its', 'their']),
};

/** Whether any word of the sentence names the reader or points back at their work. */
export function namesReader(sentence: SentenceView): boolean {
  const { language } = sentence;
  return sentence.tokens.some((t) => t.word && (isReaderWord(t, language) || ANAPHOR[language].has(t.folded)));
}

/**
 * Whether the clause of token `k` and the words after it name the reader or point back at their
 * work ("Sie liegen aber …", "However, it contains …").
 */
export function aboutReader(sentence: SentenceView, k: number): boolean {
  const { tokens, language } = sentence;
  let from = k;
  while (from > 0 && !(!tokens[from - 1]?.word && CLAUSE_MARK.test((tokens[from - 1] as Token).text))) from--;
  return tokens
    .slice(from)
    .some((t, i) => from + i !== k && t.word && (isReaderWord(t, language) || ANAPHOR[language].has(t.folded)));
}

/**
 * Whether a clearly bad word, not negated and not the writer's regret, follows token `k` in words
 * about the reader or the praised work: "the printer has broken down" is the writer's news.
 */
export function badAfter(sentence: SentenceView, k: number): boolean {
  const { tokens, language } = sentence;
  if (!aboutReader(sentence, k)) return false;
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || NOT_FLAW[language].has(t.folded)) continue;
    if (valence(t, language) > FLAW_VALENCE) continue;
    if (!negatedBefore(tokens, i, language)) return true;
  }
  return false;
}
