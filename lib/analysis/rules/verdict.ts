// Verdicts on the reader or their work: a negative evaluative word from the
// lexicon (../lexicon/verdicts.*.ts) predicated of the reader, their work, or
// "das/this/it" pointing back at it: "Ihr Konzept ist unausgegoren", "Das ist
// weder machbar noch sinnvoll", "What you sent is a mess".
//
// How hard the word judges (its degree, raised by "völlig"/"utterly" or a list
// of verdicts, lowered by "etwas"/"a bit") and whom it is about decide:
// degree 3 is a finding about anyone's work but the writer's own; degree 2 only
// about the reader, their work or a pointer back at it; degree 1 never alone.
// Denied ("keineswegs unprofessionell", "not bad"), asked, supposed ("falls …
// unbrauchbar", "that would be a mess"), reported ("laut Gutachten …"), kind
// ("das ist ja furchtbar, gute Besserung") or about the weather, the traffic or
// the week, a verdict is no finding.
//
// No parser: the clause (between , ; : – and brackets) is read left to right
// for the first word that names whom it is about.
import { type Doc, inQuotes, type SentenceView } from '../document';
import { lemmasOf } from '../lemma';
import { LEXICONS, type VerdictKind } from '../lexicon';
import type { Degree } from '../lexicon/types';
import { compilePattern, fold, PatternIndex } from '../pattern';
import { CLASSES } from '../phrases/classes';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { WordInfo } from '../vocabulary';
import type { RawFinding, Rule } from './types';

export { LEXICONS };

export interface VerdictWord {
  /** The entry as the lexicon writes it: what the finding's rule id names. */
  lemma: string;
  degree: Degree;
  kind: VerdictKind;
  predicateOnly: boolean;
}

export type Target = 'reader' | 'self' | 'pointer' | 'external' | 'other';

/** Words of a context list: single words (some case-exact, "=Sie") and sequences ("alles+andere+als"). */
class Words {
  private readonly folded = new Set<string>();
  private readonly exact = new Set<string>();
  private readonly sequences: string[][] = [];

  constructor(words: readonly string[]) {
    for (const raw of words) {
      if (raw.includes('+')) this.sequences.push(raw.split('+').map(fold));
      else if (raw.startsWith('=')) this.exact.add(raw.slice(1));
      else this.folded.add(fold(raw));
    }
  }

  has(token: Token | undefined): boolean {
    if (!token?.word) return false;
    return this.exact.size > 0 && this.exact.has(token.text) ? true : this.folded.has(token.folded);
  }

  /** Words of a sequence or single word ending at word index `end` (0 when none). */
  endingAt(tokens: readonly Token[], end: number): number {
    if (this.has(tokens[end])) return 1;
    for (const sequence of this.sequences) {
      let k = end;
      let ok = true;
      for (let s = sequence.length - 1; s >= 0 && ok; s--, k--)
        ok = tokens[k]?.word === true && tokens[k]?.folded === sequence[s];
      if (ok) return sequence.length;
    }
    return 0;
  }

  /** Words of a sequence or single word starting at `start` (0 when none). */
  startingAt(tokens: readonly Token[], start: number): number {
    for (const sequence of this.sequences) {
      let ok = true;
      for (let s = 0; s < sequence.length && ok; s++) ok = tokens[start + s]?.folded === sequence[s];
      if (ok) return sequence.length;
    }
    return this.has(tokens[start]) ? 1 : 0;
  }
}

interface Compiled {
  words: Map<string, VerdictWord>;
  /** The entries of several words, by their pattern (found by the sentence's pattern pass). */
  phrases: Map<string, VerdictWord>;
  sympathy: PatternIndex<true>;
  /** Per shared word record (vocabulary.ts), so a word is looked up once and the cache goes with the vocabulary. */
  cache: WeakMap<WordInfo, VerdictWord | null>;
  negators: Words;
  praiseDeniers: Words;
  notDenying: Words;
  intensifiers: Words;
  softeners: Words;
  litotes: Words;
  partly: Words;
  farFrom: Words;
  copulas: Words;
  judging: Words;
  readerPronouns: Words;
  readerPossessives: Words;
  selfPronouns: Words;
  selfPossessives: Words;
  pointers: Words;
  external: Words;
  reported: Words;
  conditions: Words;
  hypothetical: Words;
  gradable: Words;
  boundaries: Words;
  articles: Words;
  apologies: Words;
  work: readonly string[];
  /** External words long enough to end a German compound ("Arbeitswoche", "Wetterlage"). */
  externalParts: readonly string[];
  afterNoun: Words | null;
  /** Words that may stand between a verdict and what points at it ("mir sehr peinlich"). */
  light: Words;
  paired: Map<string, string>;
}

const compiled: Partial<Record<Language, Compiled>> = {};

function compile(language: Language): Compiled {
  const cached = compiled[language];
  if (cached) return cached;
  const { lexicon, context } = LEXICONS[language];
  const words = new Map<string, VerdictWord>();
  const phrases = new Map<string, VerdictWord>();
  const predicateOnly = new Set(lexicon.predicateOnly.map(fold));
  const add = (entries: Readonly<Record<string, Degree>>, kind: VerdictKind) => {
    for (const [lemma, degree] of Object.entries(entries)) {
      const word: VerdictWord = { lemma, degree, kind, predicateOnly: predicateOnly.has(fold(lemma)) };
      if (kind === 'phrase' || lemma.includes(' ')) phrases.set(lemma, word);
      else words.set(fold(lemma), word);
    }
  };
  add(lexicon.adjectives, 'adjective');
  add(lexicon.nouns, 'noun');
  add(lexicon.phrases, 'phrase');
  add(lexicon.deniedPraise, 'praise');
  const sympathy = new PatternIndex<true>(language);
  for (const source of context.sympathy) sympathy.add(compilePattern(source, language), true);
  const light = [...CLASSES[language].particle.words, ...CLASSES[language].intens.words];
  const result: Compiled = {
    words,
    phrases,
    sympathy,
    cache: new WeakMap(),
    negators: new Words(context.negators),
    praiseDeniers: new Words(context.praiseDeniers),
    notDenying: new Words(context.notDenying),
    intensifiers: new Words(context.intensifiers),
    softeners: new Words(context.softeners),
    litotes: new Words(context.litotes),
    partly: new Words(context.partly),
    farFrom: new Words(context.farFrom),
    copulas: new Words(context.copulas),
    judging: new Words(context.judging),
    readerPronouns: new Words(context.readerPronouns),
    readerPossessives: new Words(context.readerPossessives),
    selfPronouns: new Words(context.selfPronouns),
    selfPossessives: new Words(context.selfPossessives),
    pointers: new Words(context.pointers),
    external: new Words(context.external),
    reported: new Words(context.reported),
    conditions: new Words(context.conditions),
    hypothetical: new Words(context.hypothetical),
    gradable: new Words(context.gradable),
    boundaries: new Words(context.boundaries),
    articles: new Words(context.articles),
    apologies: new Words(context.apologies),
    work: context.work.map(fold),
    externalParts: context.external.map(fold).filter((w) => w.length >= 5),
    afterNoun: context.afterNoun.length > 0 ? new Words(context.afterNoun) : null,
    light: new Words(light),
    paired: new Map(Object.entries(context.paired).map(([k, v]) => [fold(k), fold(v)])),
  };
  compiled[language] = result;
  return result;
}

// Inflection endings tried when neither the word nor its lemma is in the
// lexicon: German adjective endings and degrees, English adverbs and degrees.
const ENDINGS: Record<Language, ReadonlyArray<[string, string]>> = {
  de: [
    ['sten', ''],
    ['ster', ''],
    ['stes', ''],
    ['stem', ''],
    ['ste', ''],
    ['eren', ''],
    ['erer', ''],
    ['eres', ''],
    ['erem', ''],
    ['ere', ''],
    ['er', ''],
    ['en', ''],
    ['em', ''],
    ['es', ''],
    ['e', ''],
    ['n', ''],
    ['s', ''],
  ],
  en: [
    ['ily', 'y'],
    ['ier', 'y'],
    ['iest', 'y'],
    ['ly', ''],
    ['er', ''],
    ['est', ''],
    ['es', ''],
    ['s', ''],
  ],
};

/** The lexicon word a token is a form of, if any. */
function lookup(c: Compiled, token: Token, language: Language): VerdictWord | null {
  const info = token.info as WordInfo;
  const cached = c.cache.get(info);
  if (cached !== undefined) return cached;
  const folded = info.folded;
  let found = c.words.get(folded) ?? null;
  if (!found) for (const lemma of lemmasOf(folded, language)) found ??= c.words.get(lemma) ?? null;
  if (!found) {
    for (const [ending, replacement] of ENDINGS[language]) {
      if (folded.length > ending.length + 3 && folded.endsWith(ending)) {
        found = c.words.get(folded.slice(0, -ending.length) + replacement) ?? null;
        if (found) break;
      }
    }
  }
  c.cache.set(info, found);
  return found;
}

interface Hit {
  first: number;
  last: number;
  word: VerdictWord;
  degree: number;
}

const CLAUSE_MARK = /^[,;:–—()[\]-]/;
const STRONG_MARK = /[;:–—()[\]?!]/;
const OPEN_QUOTE = /[„“"‚‘«»]$/;
const CLOSE_QUOTE = /^[“”"‘’«»]/;
const COORDINATORS = new Set(['und', 'oder', 'sowie', 'noch', 'and', 'or', 'nor']);

const isMark = (t: Token | undefined) => t !== undefined && !t.word && CLAUSE_MARK.test(t.text);

/** The index of the word token before or after i, or -1. */
function prevWord(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]?.word) return k;
  return -1;
}

function nextWord(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]?.word) return k;
  return -1;
}

/** Token range [start, end] of the clause around i. */
function clauseOf(tokens: readonly Token[], i: number): [number, number] {
  let start = i;
  while (start > 0 && !isMark(tokens[start - 1])) start--;
  let end = i;
  while (end < tokens.length - 1 && !isMark(tokens[end + 1])) end++;
  return [start, end];
}

/** Whether a word before `first` in its stretch of the clause denies it ("keineswegs unprofessionell", "isn't sloppy"). */
function denied(c: Compiled, tokens: readonly Token[], first: number): boolean {
  let words = 0;
  for (let k = first - 1; k >= 0 && words < 5; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (isMark(t)) return false;
      continue;
    }
    words++;
    if (c.negators.endingAt(tokens, k) > 0) {
      const next = nextWord(tokens, k);
      return !(next >= 0 && c.notDenying.startingAt(tokens, next) > 0);
    }
    if (c.boundaries.has(t) || COORDINATORS.has(t.folded)) {
      // "weder X noch Y": the second is denied too.
      const needs = c.paired.get(t.folded);
      if (needs && tokens.slice(0, k).some((x) => x.folded === needs)) return true;
      return false;
    }
  }
  return false;
}

/** Praise turned into a verdict by its denial: the degree, or 0 when the praise stands. */
function deniedPraise(c: Compiled, tokens: readonly Token[], hit: Hit): number {
  let partly = false;
  let k = prevWord(tokens, hit.first);
  for (let steps = 0; k >= 0 && steps < 3; steps++) {
    const t = tokens[k] as Token;
    if (isMark(tokens[k + 1]) && k + 1 < hit.first) return 0;
    const far = c.farFrom.endingAt(tokens, k);
    if (far > 0) return hit.word.degree + 1;
    if (c.praiseDeniers.has(t)) return partly ? hit.word.degree - 1 : hit.word.degree;
    const needs = c.paired.get(t.folded);
    if (needs && tokens.slice(0, k).some((x) => x.folded === needs)) return hit.word.degree;
    if (c.partly.has(t)) partly = true;
    else if (!c.litotes.has(t) && !c.light.has(t)) return 0;
    k = prevWord(tokens, k);
  }
  return 0;
}

/** The hits of one sentence, each with its degree after denial, intensifiers and softeners. */
function hitsOf(c: Compiled, sentence: SentenceView): Hit[] {
  const { tokens, language } = sentence;
  const found: Hit[] = [];
  for (const { match, hit } of sentence.verdicts) {
    const word = c.phrases.get(hit.entry.lemma);
    if (word) found.push({ first: match.first, last: match.last, word, degree: word.degree });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || (found.length > 0 && found.some((h) => h.first <= i && i <= h.last))) continue;
    const word = lookup(c, token, language);
    if (word) found.push({ first: i, last: i, word, degree: word.degree });
  }
  const hits: Hit[] = [];
  for (const hit of found.sort((a, b) => a.first - b.first || b.last - a.last)) {
    if (hits.some((h) => h.first <= hit.first && hit.last <= h.last)) continue;
    if (hit.word.kind === 'praise') {
      hit.degree = deniedPraise(c, tokens, hit);
    } else {
      if (denied(c, tokens, hit.first)) continue;
      const before = prevWord(tokens, hit.first);
      const twoBefore = prevWord(tokens, before);
      if (c.intensifiers.endingAt(tokens, before) > 0 || c.intensifiers.has(tokens[twoBefore])) hit.degree++;
      if (c.softeners.endingAt(tokens, before) > 0 || c.softeners.has(tokens[twoBefore])) hit.degree--;
    }
    // "lächerlich gering", "ridiculously cheap": an intensifier, not a verdict.
    const after = tokens.slice(hit.last + 1).find((t) => t.word || isMark(t));
    if (after?.word && c.gradable.has(after)) continue;
    if (hit.word.predicateOnly && !afterCopula(c, tokens, hit.first)) continue;
    // "a disaster recovery plan": a noun that modifies the next one judges nothing.
    const next = tokens[hit.last + 1];
    if (hit.word.kind === 'noun' && c.afterNoun && next?.word && !c.afterNoun.has(next) && !c.copulas.has(next))
      continue;
    if (hit.degree >= 1) hits.push(hit);
  }
  return hits;
}

/** Whether a linking verb stands before `i` in its clause ("ist (ein einziges) Chaos", "is a mess"). */
function afterCopula(c: Compiled, tokens: readonly Token[], i: number): boolean {
  const [start] = clauseOf(tokens, i);
  for (let k = i - 1, words = 0; k >= start && words < 5; k--) {
    if (!tokens[k]?.word) continue;
    words++;
    if (c.copulas.has(tokens[k]) || c.pointers.startingAt(tokens, k) > 1) return true;
  }
  // A clause that is only the verdict, after a copula in the clause before ("ist, mit Verlaub, ein Kabelsalat").
  return copulaBefore(c, tokens, start) >= 0;
}

/** The start of the clause, at most two short clauses back, that ends with a linking verb; -1 if none. */
function copulaBefore(c: Compiled, tokens: readonly Token[], clauseStart: number): number {
  let end = clauseStart - 2;
  for (let back = 0; back < 2 && end >= 0; back++) {
    const [start, last] = clauseOf(tokens, end);
    const lastWord = tokens[last]?.word ? last : prevWord(tokens, last + 1);
    if (lastWord >= start && c.copulas.has(tokens[lastWord])) return start;
    let words = 0;
    for (let k = start; k <= last; k++) if (tokens[k]?.word) words++;
    if (words > 3) return -1;
    end = start - 2;
  }
  return -1;
}

/** Groups hits that share one predicate ("langatmig, voller Floskeln und völlig unbrauchbar"). */
function groupsOf(c: Compiled, tokens: readonly Token[], hits: readonly Hit[]): Hit[][] {
  const groups: Hit[][] = [];
  for (const hit of hits) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && joins(c, tokens, previous, hit)) group.push(hit);
    else groups.push([hit]);
  }
  return groups;
}

/** Two verdicts in one list: a comma or "und/and/noch" between them, no verb of their own. */
function joins(c: Compiled, tokens: readonly Token[], a: Hit, b: Hit): boolean {
  let words = 0;
  let joined = false;
  for (let k = a.last + 1; k < b.first; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (STRONG_MARK.test(t.text)) return false;
      if (t.text.includes(',')) joined = true;
      continue;
    }
    words++;
    if (COORDINATORS.has(t.folded)) joined = true;
    else if (c.copulas.has(t) || c.boundaries.has(t)) return false;
  }
  return joined && words <= 5;
}

/** Whether the word right after `i` (skipping `skip`) names something no one wrote (the weather, the week). */
function externalAfter(c: Compiled, tokens: readonly Token[], i: number, skip: Hit[], language: Language): boolean {
  let seen = 0;
  for (let k = i + 1; k < tokens.length && seen < 3; k++) {
    const t = tokens[k] as Token;
    if (isMark(t)) return false;
    if (!t.word || skip.some((h) => h.first <= k && k <= h.last)) continue;
    seen++;
    if (isExternal(c, t, language)) return true;
  }
  return false;
}

/** Whether a word names something no one wrote; German compounds by a last part of five letters or more ("Arbeitswoche"). */
function isExternal(c: Compiled, token: Token, language: Language): boolean {
  if (c.external.has(token)) return true;
  if (language !== 'de' || !token.word) return false;
  const word = token.folded;
  return c.externalParts.some((part) => word.endsWith(part));
}

/** A German "das", "dies" before a capitalised noun is its article or determiner, not a pointer. */
function beforeNoun(tokens: readonly Token[], i: number, language: Language): boolean {
  if (language !== 'de') return false;
  const next = tokens[i + 1];
  if (!next?.word) return false;
  const first = next.text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Whom the words in [from, to] name first: the reader, the writer, a pointer,
 * something external. `own`: the verdict's own clause, where the writer as
 * subject counts; in earlier clauses only the reader and pointers do.
 */
function firstMarker(
  c: Compiled,
  sentence: SentenceView,
  from: number,
  to: number,
  group: Hit[],
  own: boolean,
): Target | null {
  const { tokens, language } = sentence;
  const first = (group[0] as Hit).first;
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (!t.word || group.some((h) => h.first <= i && i <= h.last)) continue;
    if (c.readerPossessives.has(t)) return externalAfter(c, tokens, i, group, language) ? 'external' : 'reader';
    if (c.selfPossessives.has(t)) {
      if (externalAfter(c, tokens, i, group, language)) return 'external';
      if (own) return 'self';
      continue;
    }
    if (c.readerPronouns.has(t)) {
      // "Sie fanden unseren Entwurf …", "you said our draft …": the reader judges, the judged comes later.
      const next = tokens[nextWord(tokens, i)];
      if (c.judging.has(next)) continue;
      return 'reader';
    }
    if (c.selfPronouns.has(t)) {
      // "Ich finde …", "halte ich …", "I think …": the judge, not the judged.
      const judge = c.judging.has(tokens[nextWord(tokens, i)]) || c.judging.has(tokens[prevWord(tokens, i)]);
      if (own && !judge) return 'self';
      continue;
    }
    const pointer = c.pointers.startingAt(tokens, i);
    if (pointer > 0 && !(pointer === 1 && c.articles.has(t) && beforeNoun(tokens, i, language))) {
      return externalAfter(c, tokens, i + pointer - 1, group, language) ? 'external' : 'pointer';
    }
    if (i < first && isExternal(c, t, language)) return 'external';
  }
  return null;
}

/** Whom the verdict is about. */
function targetOf(c: Compiled, sentence: SentenceView, group: Hit[]): Target {
  const { tokens, language } = sentence;
  const first = (group[0] as Hit).first;
  // Its own noun phrase first: "unser unausgegorener Entwurf", "mit solchem Stückwerk", "mir sehr peinlich".
  let pointed = false;
  for (let k = prevWord(tokens, first), steps = 0; k >= 0 && steps < 3 && !pointed; k = prevWord(tokens, k), steps++) {
    const t = tokens[k] as Token;
    if (c.readerPossessives.has(t)) return externalAfter(c, tokens, k, group, language) ? 'external' : 'reader';
    if (c.selfPossessives.has(t)) return 'self';
    if (c.selfPronouns.has(t)) return 'self';
    if (c.pointers.has(t) && !c.articles.has(t)) {
      if (externalAfter(c, tokens, k, group, language)) return 'external';
      pointed = true;
    } else if (!c.intensifiers.has(t) && !c.softeners.has(t) && !c.light.has(t)) break;
  }
  const [start, end] = clauseOf(tokens, first);
  // "Entschuldigen Sie das Durcheinander", "sorry for the mess": the writer's own.
  for (let k = start; k < first; k++) if (c.apologies.has(tokens[k])) return 'self';
  const own = firstMarker(c, sentence, start, end, group, true);
  // "You wrote it sloppily": the subject, not the pronoun before the verdict.
  if (pointed) return own === 'reader' || own === 'self' || own === 'external' ? own : 'pointer';
  if (own) return own;
  // The clauses before it in the sentence: "das Material, das Ihr Vertrieb geliefert hat, ist lückenhaft".
  let clauseEnd = start - 2;
  for (let back = 0; back < 3 && clauseEnd >= 0; back++) {
    const [s, e] = clauseOf(tokens, clauseEnd);
    const marker = firstMarker(c, sentence, s, e, group, false);
    if (marker === 'reader' || marker === 'pointer') return marker;
    clauseEnd = s - 2;
  }
  return 'other';
}

/** Whether a word names work someone made: "Entwurf", "Marktanalyse" (its last part), "figures". */
function isWork(c: Compiled, token: Token | undefined, language: Language): boolean {
  if (!token?.word) return false;
  const word = token.folded;
  // German compounds by their last part, for parts long enough not to end other words ("Kandidaten").
  if (language === 'de') return c.work.some((w) => word === w || (w.length >= 6 && word.endsWith(w)));
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return c.work.includes(word) || c.work.includes(singular);
}

/**
 * Whose work a sentence is about, by its possessives: the writer's, or the
 * reader's when it names their work ("Ihre Änderungswünsche", "the survey your
 * team ran"), or unknown ("Danke für Ihre Geduld").
 */
function focusOf(c: Compiled, sentence: SentenceView): 'reader' | 'self' | 'readerWork' | null {
  const { tokens, language } = sentence;
  let reader = false;
  let work = false;
  let self = false;
  tokens.forEach((t, i) => {
    const possessive = c.readerPossessives.has(t);
    if (possessive || c.readerPronouns.has(t)) {
      reader = true;
      for (let k = Math.max(0, i - 4); k <= i + 3 && !work; k++)
        if (k !== i && isWork(c, tokens[k], language)) work = true;
    } else if (c.selfPossessives.has(t)) self = true;
  });
  if (reader && !self) return work ? 'readerWork' : 'reader';
  return self && !reader ? 'self' : null;
}

/** Whether the verdict's own clause names work before it ("the conclusions are …"). */
function aboutWork(c: Compiled, sentence: SentenceView, first: number): boolean {
  const [start] = clauseOf(sentence.tokens, first);
  for (let k = start; k < first; k++) if (isWork(c, sentence.tokens[k], sentence.language)) return true;
  return false;
}

/** Whether a sentence (in its own language) is kind: "gute Besserung", "sorry to hear". */
function hasSympathy(sentence: SentenceView | undefined): boolean {
  if (!sentence) return false;
  let found = false;
  compile(sentence.language).sympathy.forEachMatch(sentence.tokens, () => {
    found = true;
  });
  return found;
}

/**
 * Whether the verdict is posed, not passed: a question, a condition, a
 * supposition, someone else's report. `degree` is the words' own, before
 * "so"/"völlig": an intensified question is still a question.
 */
function posed(c: Compiled, sentence: SentenceView, group: Hit[], degree: number, target: Target): boolean {
  const { tokens } = sentence;
  const first = (group[0] as Hit).first;
  const [start] = clauseOf(tokens, first);
  const question = tokens.some((t, i) => i > first && !t.word && t.text.includes('?'));
  if (question && degree <= 2) return true;
  if (degree <= 2) {
    for (let k = start; k < first; k++) {
      if (c.conditions.startingAt(tokens, k) > 0 || c.hypothetical.has(tokens[k])) return true;
    }
  }
  if (target !== 'reader' && tokens.some((t) => c.reported.has(t))) return true;
  // Quoted: „unbrauchbar“, "useless" — someone's word, or irony, not the writer's verdict.
  const open = tokens[(group[0] as Hit).first - 1];
  const close = tokens[(group[group.length - 1] as Hit).last + 1];
  if (open && !open.word && OPEN_QUOTE.test(open.text) && close && !close.word && CLOSE_QUOTE.test(close.text))
    return true;
  return false;
}

/** Token range the finding covers: the statement, its subject when short, not a long one. */
function extentOf(c: Compiled, tokens: readonly Token[], group: Hit[]): [number, number] {
  const head = group[0] as Hit;
  const tail = group[group.length - 1] as Hit;
  let [start] = clauseOf(tokens, head.first);
  const [, end] = clauseOf(tokens, tail.last);
  let copula = -1;
  for (let k = head.first - 1; k >= start; k--) if (c.copulas.has(tokens[k])) copula = k;
  if (copula < 0) {
    const earlier = copulaBefore(c, tokens, start);
    if (earlier >= 0 && !hasWordBefore(c, tokens, start, head.first)) {
      for (let k = start - 1; k >= earlier; k--) if (c.copulas.has(tokens[k])) copula = k;
      start = earlier;
    } else if (head.word.kind === 'noun' && !afterCopula(c, tokens, head.first)) {
      // A noun as subject or object: its phrase ("solchem Stückwerk").
      start = head.first;
      for (let k = prevWord(tokens, head.first), steps = 0; k >= 0 && steps < 3; k = prevWord(tokens, k), steps++) {
        const t = tokens[k] as Token;
        if (!(c.pointers.has(t) || c.articles.has(t) || c.intensifiers.has(t) || c.readerPossessives.has(t))) break;
        start = k;
      }
      return [start, tail.last];
    }
  }
  // Leading joining words and long subjects stay out.
  while (
    start < head.first &&
    (!tokens[start]?.word || COORDINATORS.has(tokens[start]?.folded ?? '') || c.boundaries.has(tokens[start]))
  )
    start++;
  if (copula >= 0) {
    let subjectWords = 0;
    for (let k = start; k < copula; k++) if (tokens[k]?.word) subjectWords++;
    if (subjectWords > 6) start = copula;
  }
  // The statement ends where the next one joins on ("… wirkt billig und die Schrift ist …").
  let last = end;
  for (let k = tail.last + 1; k <= end; k++) {
    const t = tokens[k] as Token;
    if (t.word && (COORDINATORS.has(t.folded) || c.boundaries.has(t))) {
      last = k - 1;
      break;
    }
  }
  while (last > tail.last && !tokens[last]?.word) last--;
  return [start, last];
}

/** Whether a word other than articles and intensifiers stands in [from, to). */
function hasWordBefore(c: Compiled, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.word && !c.articles.has(t) && !c.intensifiers.has(t) && !c.light.has(t)) return true;
  }
  return false;
}

/** Whether the verdict, of this degree about this target, is a finding. */
/**
 * Whether the verdict, of this degree about this target, is a finding. `focus`:
 * whose work the sentences before were about; "readerWork" when they named it.
 * `work`: the verdict's clause names work ("the conclusions").
 */
export function judges(
  degree: number,
  target: Target,
  focus: 'reader' | 'self' | 'readerWork' | null,
  work = false,
): boolean {
  if (target === 'reader') return degree >= 2;
  if (target === 'pointer') return degree >= 2 && focus !== 'self';
  if (target === 'other')
    return degree >= 3 || (degree >= 2 && (focus === 'readerWork' || (focus === 'reader' && work)));
  return false;
}

export interface VerdictFound {
  /** Token indexes of the verdict words in their sentence. */
  first: number;
  last: number;
  lemmas: string[];
  degree: number;
  target: Target;
  /** Whether it is a finding: degree and target judge, and nothing poses, softens or quotes it. */
  finding: boolean;
  /** Text offsets the finding would cover. */
  start: number;
  end: number;
}

/** The verdicts of one sentence, findings or not: the rule's reading, for it and for tests. */
export function verdictsIn(doc: Doc, index: number): VerdictFound[] {
  const sentence = doc.sentences[index] as SentenceView;
  const c = compile(sentence.language);
  const { tokens } = sentence;
  const hits = hitsOf(c, sentence);
  if (hits.length === 0) return [];
  const out: VerdictFound[] = [];
  // What the sentences before are about, and kindness around: worked out once, when first needed.
  let focus: 'reader' | 'self' | 'readerWork' | null | undefined;
  const focusNow = () => {
    focus ??=
      [doc.sentences[index - 1], doc.sentences[index - 2]].map((s) => (s ? focusOf(c, s) : null)).find((f) => f) ??
      null;
    return focus;
  };
  let kind: { here: boolean; nearby: boolean } | undefined;
  const kindNow = () => {
    kind ??= {
      here: hasSympathy(sentence),
      nearby: hasSympathy(doc.sentences[index - 1]) || hasSympathy(doc.sentences[index + 1]),
    };
    return kind;
  };
  for (const group of groupsOf(c, tokens, hits)) {
    const strongest = Math.max(...group.map((h) => h.degree));
    const degree = Math.min(3, group.length > 1 ? Math.max(strongest, 2) : strongest);
    const target = targetOf(c, sentence, group);
    const [from, to] = extentOf(c, tokens, group);
    const start = (tokens[from] as Token).start;
    const finding =
      judges(
        degree,
        target,
        target === 'reader' ? null : focusNow(),
        target === 'other' && aboutWork(c, sentence, (group[0] as Hit).first),
      ) &&
      !posed(c, sentence, group, Math.max(...group.map((h) => h.word.degree)), target) &&
      !kindNow().here &&
      !(kindNow().nearby && target !== 'reader') &&
      !inQuotes(doc, start);
    out.push({
      first: (group[0] as Hit).first,
      last: (group[group.length - 1] as Hit).last,
      lemmas: group.map((h) => h.word.lemma),
      degree,
      target,
      finding,
      start,
      end: (tokens[to] as Token).end,
    });
  }
  return out;
}

/** A lexicon entry as a rule id: "@wirken (sehr) billig" → "wirken-billig", "not fit for|to" → "not-fit-for". */
export function slug(lemma: string): string {
  return fold(lemma)
    .split(/\s+/)
    .filter((part) => !part.startsWith('(') && !part.startsWith('~'))
    .map((part) => (part.split('|')[0] as string).replace(/^[@=]/, '').replace(/\+/g, '-'))
    .join('-')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export const verdict: Rule = {
  id: 'verdict',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    doc.sentences.forEach((sentence, index) => {
      for (const v of verdictsIn(doc, index)) {
        if (!v.finding) continue;
        const cue = {
          start: (sentence.tokens[v.first] as Token).start,
          end: (sentence.tokens[v.last] as Token).end,
        };
        findings.push({
          ruleId: `${sentence.language}/harsh/verdict-${slug(v.lemmas[0] ?? '')}`,
          category: 'harsh',
          start: v.start,
          end: v.end,
          suggestions: [],
          cue,
          ownExtent: true,
          weight: v.degree >= 3 ? 1.5 : 1,
        });
      }
    });
    return findings;
  },
};
