// The text a verdict finding covers: the statement, its subject when short.
import type { Token } from '../tokenize';
import { afterCopula, COORDINATORS, clauseOf, copulaBefore, prevWord } from './verdict-clause';
import type { Hit } from './verdict-hits';
import type { Compiled } from './verdict-lookup';

/** Token range the finding covers: the statement, its subject when short, not a long one. */
export function extentOf(c: Compiled, tokens: readonly Token[], group: Hit[]): [number, number] {
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
      // A noun as subject or object: its phrase ("mit solchem Stückwerk").
      return [phraseStart(c, tokens, head.first), tail.last];
    } else if (group.length === 1 && head.word.kind === 'adjective' && !afterCopula(c, tokens, head.first)) {
      // An adjective before its noun as subject or object: the noun phrase ("mit Ihrem schlampigen Aufmaß").
      const noun = head.last + 1;
      if (attributive(c, tokens, noun)) return [phraseStart(c, tokens, head.first), noun];
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
      // "is a shambles and frankly dangerous": a second predicate with no subject of its own goes on the statement.
      if (COORDINATORS.has(t.folded) && predicateGoesOn(c, tokens, k + 1)) continue;
      last = k - 1;
      break;
    }
  }
  while (last > tail.last && !tokens[last]?.word) last--;
  return [start, last];
}

/** The start of a noun phrase whose first content word is at `first`: its determiners and a preposition. */
function phraseStart(c: Compiled, tokens: readonly Token[], first: number): number {
  let start = first;
  for (let k = prevWord(tokens, first), steps = 0; k >= 0 && steps < 3; k = prevWord(tokens, k), steps++) {
    const t = tokens[k] as Token;
    if (!(c.pointers.has(t) || c.articles.has(t) || c.intensifiers.has(t) || c.readerPossessives.has(t))) {
      if (c.prepositions.has(t)) start = k;
      break;
    }
    start = k;
  }
  return start;
}

/** Whether the token right after an adjective is the noun it qualifies: capitalised in German, a content word in English. */
function attributive(c: Compiled, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  if (/^\p{Lu}/u.test(t.text) && t.text !== 'Sie' && t.text !== 'Ihnen') return true;
  if (!c.afterNoun) return false;
  return !(
    c.afterNoun.has(t) ||
    c.copulas.has(t) ||
    c.boundaries.has(t) ||
    c.prepositions.has(t) ||
    c.readerPronouns.has(t) ||
    c.selfPronouns.has(t) ||
    COORDINATORS.has(t.folded)
  );
}

/** Whether a word other than articles and intensifiers stands in [from, to). */
function hasWordBefore(c: Compiled, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.word && !c.articles.has(t) && !c.intensifiers.has(t) && !c.light.has(t)) return true;
  }
  return false;
}

/** Words that open a statement of their own after "and"/"und": a subject ("die Schrift", "it", "your team"). */
const OWN_SUBJECT = new Set([
  'it',
  "it's",
  'they',
  "they're",
  'he',
  'she',
  'there',
  'this',
  'that',
  'es',
  'er',
  'sie',
  'das',
  'dies',
]);

/** Whether the words at `i` continue the predicate before "and": an adverb or adjective, not a new subject. */
function predicateGoesOn(c: Compiled, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  if (OWN_SUBJECT.has(t.folded) || /^\p{Lu}/u.test(t.text)) return false;
  return !(
    c.articles.has(t) ||
    c.pointers.has(t) ||
    c.readerPronouns.has(t) ||
    c.readerPossessives.has(t) ||
    c.selfPronouns.has(t) ||
    c.selfPossessives.has(t) ||
    c.copulas.has(t) ||
    COORDINATORS.has(t.folded)
  );
}
