// Sentiment words of a draft, read sentence by sentence as VADER reads them
// (Hutto & Gilbert 2014): a word's valence from its language's lexicon, made
// stronger or weaker by boosters among the three words before it, turned
// around by a negation there, raised when it alone is in capitals, and
// weighted by a contrast ("gut, aber …": the part after "aber" is what the
// reader takes away). German adds the negation at the end of the clause ("Das
// gefällt mir nicht"). Feeds the gauges' cues `negative-words` and
// `positive-words`.
import { type Doc, inQuotes, type SentenceView } from './document';
import { lemmaInfo } from './lemmas';
import {
  ABUSIVE_PREFIXES_DE,
  COMPOUND_HEADS_DE,
  PREFIX_FALSE_FRIENDS_DE,
  SENTIMENT_ADJECTIVES_DE,
  SENTIMENT_DE,
  SENTIMENT_VERBS_DE,
} from './lexicon/sentiment.de';
import { SENTIMENT_EN } from './lexicon/sentiment.en';
import { SENTIMENT_MODIFIERS_DE } from './lexicon/sentiment-modifiers.de';
import {
  SENTIMENT_ADDITIONS_EN,
  SENTIMENT_MODIFIERS_EN,
  SENTIMENT_RESCALED_EN,
} from './lexicon/sentiment-modifiers.en';
import type { SentimentModifiers } from './lexicon/types';
import { isClosingLine } from './segment';
import type { Token } from './tokenize';
import type { Language } from './types';
import type { WordInfo } from './vocabulary';

/** UTF-16 offsets into doc.text of the sentiment word; valence after negation, intensifiers, caps and contrast. */
export interface SentimentHit {
  start: number;
  end: number;
  valence: number;
}

/** positive: sum of the positive valences; negative: sum of the absolute values of the negative ones. */
export interface Sentiment {
  positive: number;
  negative: number;
  hits: readonly SentimentHit[];
}

// VADER's empirical constants.
/** A negation turns a valence around and takes a quarter of its strength. */
const NEGATION = -0.74;
/** A sentiment word or booster in capitals while the sentence is not. */
const CAPS_STEP = 0.733;
/** A booster's step shrinks with its distance: right before, one word between, two between. */
const DECAY = [1, 0.95, 0.9] as const;
/** Before a contrast word and after it. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** How far back boosters and negations reach, in words. */
const REACH = 3;

interface Reading {
  lexicon: Readonly<Record<string, number>>;
  /** Hand-written entries looked up before a generated lexicon. */
  additions: Readonly<Record<string, number>> | null;
  /** Nouns that may end a compound and give it their valence (German: "Lieferverzug"). */
  heads: ReadonlySet<string> | null;
  /** Adjectives, whose inflected forms may be found without their ending (German). */
  adjectives: Readonly<Record<string, number>> | null;
  /** Verbs, which a negation at the end of the clause denies (German). */
  verbs: Readonly<Record<string, number>> | null;
  /** First parts that make any word abusive ("Scheißregierung", "Drecksarbeit"), longest first (German). */
  prefixes: ReadonlyArray<readonly [string, number]> | null;
  /** Words that only seem to start with such a part ("Sauna", "sauber", "Mistel"). */
  falseFriends: RegExp | null;
  boosters: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  notNegating: ReadonlySet<string>;
  trailingNegators: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  contrasts: ReadonlySet<string>;
  clauseContrasts: ReadonlySet<string>;
  concessives: ReadonlySet<string>;
  notContrasting: ReadonlySet<string>;
  /** Never carry a valence of their own: modifiers and the words the lexicon should not score. */
  silent: ReadonlySet<string>;
  /** English: any word ending in n't negates. */
  contracted: boolean;
}

function reading(
  lexicon: Readonly<Record<string, number>>,
  additions: Readonly<Record<string, number>> | null,
  m: SentimentModifiers,
  german: {
    heads: readonly string[];
    adjectives: Readonly<Record<string, number>>;
    verbs: Readonly<Record<string, number>>;
    prefixes: Readonly<Record<string, number>>;
    falseFriends: RegExp;
  } | null,
): Reading {
  return {
    lexicon,
    additions,
    heads: german ? new Set(german.heads) : null,
    adjectives: german?.adjectives ?? null,
    verbs: german?.verbs ?? null,
    prefixes: german ? Object.entries(german.prefixes).sort(([a], [b]) => b.length - a.length) : null,
    falseFriends: german?.falseFriends ?? null,
    boosters: new Map(Object.entries(m.boosters)),
    negators: new Set(m.negators),
    notNegating: new Set(m.notNegating),
    trailingNegators: new Set(m.trailingNegators),
    clauseBreaks: new Set(m.clauseBreaks),
    contrasts: new Set(m.contrasts),
    clauseContrasts: new Set(m.clauseContrasts),
    concessives: new Set(m.concessives),
    notContrasting: new Set(m.notContrasting),
    silent: new Set([...Object.keys(m.boosters), ...m.negators, ...m.ignored]),
    contracted: german === null,
  };
}

const READINGS: Record<Language, Reading> = {
  de: reading(SENTIMENT_DE, null, SENTIMENT_MODIFIERS_DE, {
    heads: COMPOUND_HEADS_DE,
    adjectives: SENTIMENT_ADJECTIVES_DE,
    verbs: SENTIMENT_VERBS_DE,
    prefixes: ABUSIVE_PREFIXES_DE,
    falseFriends: PREFIX_FALSE_FRIENDS_DE,
  }),
  en: reading(SENTIMENT_EN, { ...SENTIMENT_ADDITIONS_EN, ...SENTIMENT_RESCALED_EN }, SENTIMENT_MODIFIERS_EN, null),
};

const own = (record: Readonly<Record<string, number>>, key: string): number | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const entry = (r: Reading, key: string): number | undefined =>
  (r.additions ? own(r.additions, key) : undefined) ?? own(r.lexicon, key);

/** Compounds rarely in a lexicon: a listed noun at the end ("Qualitätsmängel" → Mangel), after a first part of three letters or more. */
const MIN_HEAD = 3;
const MIN_FIRST_PART = 3;
/** First parts that deny the rest ("Misserfolg", "Nichtlieferung"). */
const DENYING_FIRST_PART = /^(?:miss|nicht|un)/;

function compoundValence(lemma: string, r: Reading): number | undefined {
  if (!r.heads || lemma.length < MIN_FIRST_PART + MIN_HEAD || DENYING_FIRST_PART.test(lemma)) return undefined;
  for (let i = MIN_FIRST_PART; i <= lemma.length - MIN_HEAD; i++) {
    const head = lemma.slice(i);
    if (r.heads.has(head)) return own(r.lexicon, head);
  }
  return undefined;
}

/** An abusive first part counts when three letters or more follow it ("Saum", "Sauna" are too short). */
const MIN_AFTER_PREFIX = 3;

/** The valence of an abusive first part ("Scheißwetter", "Drecksarbeit", "Hurensohn"), unless the word only seems to start with it. */
function prefixValence(folded: string, r: Reading): number | undefined {
  if (!r.prefixes) return undefined;
  for (const [prefix, valence] of r.prefixes) {
    if (folded.length >= prefix.length + MIN_AFTER_PREFIX && folded.startsWith(prefix)) {
      return r.falseFriends?.test(folded) ? undefined : valence;
    }
  }
  return undefined;
}

/**
 * German inflected adjectives the lemmatizer reads as another word ("tolle" →
 * tollen, "langweiligen" → a plural of Liga): the form without its ending.
 */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
const MIN_STEM = 3;

function lookUp(info: WordInfo, language: Language): number {
  const r = READINGS[language];
  if (r.silent.has(info.folded)) return 0;
  const direct = entry(r, info.folded);
  if (direct !== undefined) return direct;
  // The lemma, and the lemma's lemma: an inflected participle leads to the
  // participle first ("überzeugten" → überzeugt → überzeugen).
  const lemma = lemmaInfo(info, language);
  const root = lemmaInfo(lemma, language);
  for (const word of [lemma.folded, root.folded]) {
    if (r.silent.has(word)) return 0;
    const valence = entry(r, word);
    if (valence !== undefined) return valence;
  }
  if (r.adjectives) {
    const stem = info.folded.replace(ADJECTIVE_ENDING, '');
    const valence = stem !== info.folded && stem.length >= MIN_STEM ? own(r.adjectives, stem) : undefined;
    if (valence !== undefined) return valence;
  }
  // After every entry: a word listed itself ("sauber", "saugut", "Mistkerl") keeps its own valence.
  return prefixValence(info.folded, r) ?? compoundValence(lemma.folded, r) ?? 0;
}

/** The valence of a word in a language, looked up once per distinct word and kept on its shared record. */
export function valenceOf(info: WordInfo, language: Language): number {
  const cached = language === 'de' ? info.deValence : info.enValence;
  if (cached !== undefined) return cached;
  const valence = lookUp(info, language);
  if (language === 'de') info.deValence = valence;
  else info.enValence = valence;
  return valence;
}

/** A separable verb's lemma ("kommt … an" → ankommen) when it has a valence, else the word's own. */
function tokenValence(token: Token, language: Language): number {
  const info = token.info as WordInfo;
  const own = valenceOf(info, language);
  if (!token.lemma) return own;
  return valenceOf(token.lemma, language) || own;
}

/** All caps, two letters or more ("GREAT", not "I" or "GmbH"). Cheap for ordinary words: they fail on their first lower-case letter. */
function isCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const ch = text[i] as string;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) upper = true;
    }
  }
  return upper;
}

/** Some but not all words in capitals: then capitals stress a word (VADER's "cap differential"). */
function capsStress(text: string, tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.end - t.start < 2) continue;
    words++;
    if (isCaps(text, t.start, t.end)) caps++;
  }
  return caps > 0 && caps < words;
}

function negates(r: Reading, tokens: readonly Token[], i: number): boolean {
  const folded = (tokens[i] as Token).folded;
  if (!r.negators.has(folded) && !(r.contracted && folded.endsWith("n't"))) return false;
  const next = tokens[i + 1];
  return !(next?.word && r.notNegating.has(next.folded));
}

/** The word token before index i in the same stretch of words, or -1 at punctuation or the start. */
function wordBefore(tokens: readonly Token[], i: number): number {
  return i > 0 && (tokens[i - 1] as Token).word ? i - 1 : -1;
}

/** Whether the word at i, with the next, makes a two-word booster ("kind of", "ein bisschen"): then it is no sentiment word. */
function opensPair(r: Reading, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.word === true && r.boosters.has(`${(tokens[i] as Token).folded} ${next.folded}`);
}

/** A booster's step; German boosters inflect before nouns ("völliger Unsinn", "eine echte Frechheit"). */
function boosterStep(r: Reading, folded: string): number {
  const step = r.boosters.get(folded);
  if (step !== undefined || !r.adjectives) return step ?? 0;
  return r.boosters.get(folded.replace(ADJECTIVE_ENDING, '')) ?? 0;
}

/** The valence of the word at i after the boosters and negations among the three words before it. */
function modified(
  r: Reading,
  text: string,
  tokens: readonly Token[],
  i: number,
  valence: number,
  stress: boolean,
  language: Language,
): { valence: number; negated: boolean } {
  let v = valence;
  let negated = false;
  let j = i;
  for (let k = 0; k < REACH; k++) {
    j = wordBefore(tokens, j);
    if (j < 0) break;
    const t = tokens[j] as Token;
    // As in VADER, a sentiment word before is no modifier, but it still counts towards the reach.
    if (tokenValence(t, language) !== 0) continue;
    const before = wordBefore(tokens, j);
    const pair = before >= 0 ? r.boosters.get(`${(tokens[before] as Token).folded} ${t.folded}`) : undefined;
    let step = pair ?? boosterStep(r, t.folded);
    if (step !== 0) {
      if (v < 0) step = -step;
      if (stress && isCaps(text, t.start, t.end)) step += v > 0 ? CAPS_STEP : -CAPS_STEP;
      v += step * (DECAY[k] as number);
    }
    if (negates(r, tokens, j)) {
      v *= NEGATION;
      negated = true;
    }
  }
  return { valence: v, negated };
}

/** Punctuation that ends a clause: "gut, aber", "fine; however", "– so". */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '-', '–', '—', '(', ')']);
const endsClauseAt = (text: string, t: Token): boolean => !t.word && CLAUSE_PUNCTUATION.has(text[t.start] as string);

/** Whether no word stands before token i (a sentence opening with its verb: "Gefällt Ihnen …"). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if ((tokens[j] as Token).word) return false;
  return true;
}

/**
 * German verb-second order puts the negation after the verb, at the end of
 * the clause: "Das gefällt mir nicht", "Ich mag das nicht". Only verbs of the
 * lexicon, written in lower case unless they open the sentence: a noun before
 * a "nicht" is not what it denies ("Der Schaden ist noch nicht behoben").
 */
function negatedLater(r: Reading, text: string, tokens: readonly Token[], i: number, language: Language): boolean {
  if (!r.verbs || r.trailingNegators.size === 0) return false;
  const t = tokens[i] as Token;
  const lemma = t.lemma ?? lemmaInfo(t.info as WordInfo, language);
  const verb = (word: WordInfo) => Object.hasOwn(r.verbs as object, word.folded);
  if (!verb(lemma) && !verb(lemmaInfo(lemma, language))) return false;
  const first = text[t.start] as string;
  if (first !== first.toLowerCase() && !opensSentence(tokens, i)) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (!u.word) {
      if (endsClauseAt(text, u)) return false;
      continue;
    }
    if (r.clauseBreaks.has(u.folded)) return false;
    if (r.trailingNegators.has(u.folded)) return negates(r, tokens, j);
  }
  return false;
}

/** Whether the word at i is the last of its clause (", though."). */
function closesClause(text: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (u.word) return false;
    if (endsClauseAt(text, u)) return true;
  }
  return true;
}

/** Where the contrast falls, as a token index: hits before it count half, from it on 1.5 times. -1 when none. */
function contrastPoint(r: Reading, text: string, tokens: readonly Token[]): number {
  let clauseStart = 0;
  let previousClauseStart = 0;
  let firstWord = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) {
      if (endsClauseAt(text, t)) {
        previousClauseStart = clauseStart;
        clauseStart = i + 1;
      }
      continue;
    }
    const f = t.folded;
    if (firstWord && r.concessives.has(f)) {
      // "Obwohl der Entwurf gut ist, …": the contrast falls where the conceding clause ends.
      for (let j = i + 1; j < tokens.length; j++) if (endsClauseAt(text, tokens[j] as Token)) return j + 1;
      return -1;
    }
    firstWord = false;
    const next = tokens[i + 1];
    if (next?.word && r.notContrasting.has(next.folded)) continue;
    if (r.contrasts.has(f) || (clauseStart === i && r.clauseContrasts.has(f))) {
      // A contrast inside its clause ("kam allerdings zu spät") weighs the whole
      // clause; one standing alone after it ("…, though.") the clause before.
      const alone = clauseStart === i && closesClause(text, tokens, i);
      return alone ? previousClauseStart : clauseStart;
    }
  }
  return -1;
}

function readSentence(doc: Doc, s: SentenceView, hits: SentimentHit[]): void {
  const r = READINGS[s.language];
  const { tokens } = s;
  const text = doc.text;
  const greeting = doc.greeting;
  let stress: boolean | undefined;
  const found: Array<{ hit: SentimentHit; index: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const valence = tokenValence(t, s.language);
    if (valence === 0 || opensPair(r, tokens, i)) continue;
    if (greeting && t.start >= greeting.start && t.start < greeting.end) continue;
    if (inQuotes(doc, t.start)) continue;
    stress ??= capsStress(text, tokens);
    let v = valence;
    if (stress && isCaps(text, t.start, t.end)) v += v > 0 ? CAPS_STEP : -CAPS_STEP;
    const m = modified(r, text, tokens, i, v, stress, s.language);
    v = m.valence;
    if (!m.negated && negatedLater(r, text, tokens, i, s.language)) v *= NEGATION;
    found.push({ hit: { start: t.start, end: t.end, valence: v }, index: i });
  }
  if (found.length === 0) return;
  const point = contrastPoint(r, text, tokens);
  for (const { hit, index } of found) {
    if (point >= 0) hit.valence *= index < point ? BEFORE_CONTRAST : AFTER_CONTRAST;
    hits.push(hit);
  }
}

/** Closing lines ("Beste Grüße", "Kind regards") are formulas, not feelings; only short sentences are tested. */
const CLOSING_WORDS = 4;

const cache = new WeakMap<Doc, Sentiment>();

export function sentimentOf(doc: Doc): Sentiment {
  const cached = cache.get(doc);
  if (cached) return cached;
  const hits: SentimentHit[] = [];
  for (const s of doc.sentences) {
    if (s.words <= CLOSING_WORDS && isClosingLine(doc.text.slice(s.start, s.end))) continue;
    readSentence(doc, s, hits);
  }
  let positive = 0;
  let negative = 0;
  for (const hit of hits) {
    if (hit.valence > 0) positive += hit.valence;
    else negative -= hit.valence;
  }
  const sentiment: Sentiment = { positive, negative, hits };
  cache.set(doc, sentiment);
  return sentiment;
}
