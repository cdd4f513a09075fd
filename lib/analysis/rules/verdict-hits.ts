// The verdict words of a sentence, each with its degree after denial,
// intensifiers and softeners, and grouped when they share one predicate.
import type { SentenceView } from '../document';
import type { Token } from '../tokenize';
import { afterCopula, COORDINATORS, isMark, nextWord, prevWord } from './verdict-clause';
import { type Compiled, lookup, type VerdictWord } from './verdict-lookup';

export interface Hit {
  first: number;
  last: number;
  word: VerdictWord;
  degree: number;
}

const STRONG_MARK = /[;:–—()[\]?!]/;

/** Whether a word before `first` in its stretch of the clause denies it ("keineswegs unprofessionell", "isn't sloppy"). */
function denied(c: Compiled, tokens: readonly Token[], first: number): boolean {
  // "I can't accept your shoddy report": the verb is denied, not the reader's attribute.
  if (c.readerPossessives.has(tokens[prevWord(tokens, first)])) return false;
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
export function hitsOf(c: Compiled, sentence: SentenceView): Hit[] {
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
    // "what a shambles yesterday's launch was", "what a mess your team made": a new noun phrase follows.
    const phraseAfter =
      next?.word && (next.folded.endsWith("'s") || c.readerPossessives.has(next) || c.articles.has(next));
    if (
      hit.word.kind === 'noun' &&
      c.afterNoun &&
      next?.word &&
      !c.afterNoun.has(next) &&
      !c.copulas.has(next) &&
      !phraseAfter
    )
      continue;
    if (hit.degree >= 1) hits.push(hit);
  }
  return hits;
}

/** Groups hits that share one predicate ("langatmig, voller Floskeln und völlig unbrauchbar"). */
export function groupsOf(c: Compiled, tokens: readonly Token[], hits: readonly Hit[]): Hit[][] {
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
