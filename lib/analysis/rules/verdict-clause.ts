// Reading a sentence around a verdict without a parser: word steps, the clause
// (between , ; : – and brackets) and the linking verb before it.
import type { Token } from '../tokenize';
import type { Compiled } from './verdict-lookup';

const CLAUSE_MARK = /^[,;:–—()[\]-]/;
export const COORDINATORS = new Set(['und', 'oder', 'sowie', 'noch', 'and', 'or', 'nor']);

export const isMark = (t: Token | undefined) => t !== undefined && !t.word && CLAUSE_MARK.test(t.text);

/** The index of the word token before or after i, or -1. */
export function prevWord(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]?.word) return k;
  return -1;
}

export function nextWord(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]?.word) return k;
  return -1;
}

/** Token range [start, end] of the clause around i. */
export function clauseOf(tokens: readonly Token[], i: number): [number, number] {
  let start = i;
  while (start > 0 && !isMark(tokens[start - 1])) start--;
  let end = i;
  while (end < tokens.length - 1 && !isMark(tokens[end + 1])) end++;
  return [start, end];
}

/** Whether a linking verb stands before `i` in its clause ("ist (ein einziges) Chaos", "is a mess"). */
export function afterCopula(c: Compiled, tokens: readonly Token[], i: number): boolean {
  const [start] = clauseOf(tokens, i);
  for (let k = i - 1, words = 0; k >= start && words < 7; k--) {
    if (!tokens[k]?.word) continue;
    words++;
    if (c.copulas.has(tokens[k]) || c.pointers.startingAt(tokens, k) > 1) return true;
  }
  // A clause that is only the verdict, after a copula in the clause before ("ist, mit Verlaub, ein Kabelsalat").
  return copulaBefore(c, tokens, start) >= 0;
}

/** The start of the clause, at most two short clauses back, that ends with a linking verb; -1 if none. */
export function copulaBefore(c: Compiled, tokens: readonly Token[], clauseStart: number): number {
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
