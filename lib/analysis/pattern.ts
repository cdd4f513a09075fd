// A small pattern language over tokens, for phrase data that non-programmers
// can read and edit:
//
//   wie (ich) bereits|schon erwähnt|gesagt    words; a|b alternatives; (x) optional
//   immer|jedes+mal zu spät                   + joins words into one alternative ("jedes mal")
//   sie haben ~3 vergess*                      ~3: up to 3 tokens of any kind; ~1-4: 1 to 4
//   =Sie müssen                                =: exact case ("Sie", not "sie")
//   danke , aber                               punctuation , ! ? . : ; is a token of its own
//   ^das ist falsch $                          ^ sentence start, $ sentence end (before final punctuation)
//
// Matching is case-insensitive and treats ß and ss alike (Swiss spelling).
// Gaps are bounded, so matching stays linear in the text length.
import type { Token } from './tokenize';

interface Word {
  value: string;
  prefix: boolean;
  exact: boolean;
  punct: boolean;
}
/** One or more consecutive words. */
type Alternative = Word[];
interface Step {
  kind: 'step';
  alternatives: Alternative[];
  optional: boolean;
}
interface Gap {
  kind: 'gap';
  min: number;
  max: number;
}
type Element = Step | Gap;

export interface CompiledPattern {
  source: string;
  elements: Element[];
  anchorStart: boolean;
  anchorEnd: boolean;
  /** Lowercase keys a match can start with; null when it can start anywhere (index under '*'). */
  firstKeys: string[] | null;
}

export interface PatternMatch {
  /** Token indexes into the sentence, inclusive. */
  first: number;
  last: number;
  /** Character ranges of the text each gap skipped, in order. */
  gaps: Array<[number, number]>;
}

export const fold = (s: string): string => s.toLowerCase().replace(/ß/g, 'ss').replace(/’/g, "'");

const PUNCT = /^[,!?.:;…]$/;

function parseAlternative(raw: string): Alternative {
  return raw.split('+').map(parseWord);
}

function parseWord(raw: string): Word {
  const exact = raw.startsWith('=');
  const body = exact ? raw.slice(1) : raw;
  const prefix = body.endsWith('*') && body.length > 1;
  const word = prefix ? body.slice(0, -1) : body;
  if (PUNCT.test(word)) return { value: word, prefix: false, exact: false, punct: true };
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’:*·_-]*$/u.test(word)) throw new Error(`bad word "${raw}"`);
  return { value: exact ? word : fold(word), prefix, exact, punct: false };
}

export function compilePattern(source: string): CompiledPattern {
  const parts = source.trim().split(/\s+/);
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0] === '^') {
    anchorStart = true;
    parts.shift();
  } else if (parts[0]?.startsWith('^')) {
    anchorStart = true;
    parts[0] = parts[0].slice(1);
  }
  if (parts[parts.length - 1] === '$') {
    anchorEnd = true;
    parts.pop();
  }
  const elements: Element[] = parts.map((part): Element => {
    const gap = /^~(\d+)(?:-(\d+))?$/.exec(part);
    if (gap) {
      const [min, max] = gap[2] === undefined ? [0, Number(gap[1])] : [Number(gap[1]), Number(gap[2])];
      if (max > 8 || min > max) throw new Error(`gap "${part}" must lie within 0..8`);
      return { kind: 'gap', min, max };
    }
    const optional = part.startsWith('(') && part.endsWith(')');
    const body = optional ? part.slice(1, -1) : part;
    return { kind: 'step', optional, alternatives: body.split('|').map(parseAlternative) };
  });
  const first = elements[0];
  if (!first || first.kind !== 'step' || elements[elements.length - 1]?.kind !== 'step') {
    throw new Error(`pattern "${source}" must start and end with a word or punctuation`);
  }
  if (!elements.some((e) => e.kind === 'step' && !e.optional))
    throw new Error(`pattern "${source}" has no required step`);
  const heads = first.alternatives.map((a) => a[0] as Word);
  const firstKeys =
    first.optional || heads.some((w) => w.prefix || w.punct)
      ? null
      : heads.map((w) => (w.exact ? fold(w.value) : w.value));
  return { source, elements, anchorStart, anchorEnd, firstKeys };
}

function wordMatches(w: Word, token: Token | undefined, folded: string): boolean {
  if (!token) return false;
  if (w.punct) return !token.word && token.text.includes(w.value);
  return token.word && (w.exact ? token.text === w.value : w.prefix ? folded.startsWith(w.value) : folded === w.value);
}

/** How many tokens each matching alternative of the step covers at token i (longest first). */
function stepLengths(step: Step, tokens: readonly Token[], folded: readonly string[], i: number): number[] {
  const lengths: number[] = [];
  for (const alternative of step.alternatives) {
    if (
      alternative.every((w, k) => wordMatches(w, tokens[i + k], folded[i + k] as string)) &&
      !lengths.includes(alternative.length)
    ) {
      lengths.push(alternative.length);
    }
  }
  return lengths.sort((a, b) => b - a);
}

/** Tries to match `pattern` starting exactly at token `at`. */
export function matchAt(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  folded: readonly string[],
  at: number,
): PatternMatch | null {
  if (pattern.anchorStart && tokens.slice(0, at).some((t) => t.word)) return null;
  const gaps: Array<[number, number]> = [];
  const walk = (e: number, i: number, last: number): number => {
    if (e === pattern.elements.length) {
      if (pattern.anchorEnd && tokens.slice(i).some((t) => t.word)) return -1;
      return last;
    }
    const element = pattern.elements[e] as Element;
    if (element.kind === 'gap') {
      for (let skip = element.min; skip <= element.max && i + skip <= tokens.length; skip++) {
        const gapStart = tokens[i]?.start ?? 0;
        const gapEnd = skip > 0 ? (tokens[i + skip - 1]?.end ?? gapStart) : gapStart;
        gaps.push([gapStart, gapEnd]);
        const end = walk(e + 1, i + skip, skip > 0 ? i + skip - 1 : last);
        if (end >= 0) return end;
        gaps.pop();
      }
      return -1;
    }
    for (const length of stepLengths(element, tokens, folded, i)) {
      const end = walk(e + 1, i + length, i + length - 1);
      if (end >= 0) return end;
    }
    return element.optional ? walk(e + 1, i, last) : -1;
  };
  const last = walk(0, at, at - 1);
  return last >= at ? { first: at, last, gaps } : null;
}

/** Patterns indexed by the word they start with, so each token tries only its few candidates. */
export class PatternIndex<T> {
  private byKey = new Map<string, Array<{ pattern: CompiledPattern; value: T }>>();
  private anywhere: Array<{ pattern: CompiledPattern; value: T }> = [];

  add(pattern: CompiledPattern, value: T): void {
    if (pattern.firstKeys === null) {
      this.anywhere.push({ pattern, value });
      return;
    }
    for (const key of pattern.firstKeys) {
      const list = this.byKey.get(key);
      if (list) list.push({ pattern, value });
      else this.byKey.set(key, [{ pattern, value }]);
    }
  }

  /** Every match in one sentence's tokens. */
  *matches(
    tokens: readonly Token[],
    folded: readonly string[],
  ): Generator<{ match: PatternMatch; value: T; pattern: CompiledPattern }> {
    for (let at = 0; at < tokens.length; at++) {
      const keyed = this.byKey.get(folded[at] as string);
      for (const candidates of keyed ? [keyed, this.anywhere] : [this.anywhere]) {
        for (const { pattern, value } of candidates) {
          const match = matchAt(pattern, tokens, folded, at);
          if (match) yield { match, value, pattern };
        }
      }
    }
  }
}
