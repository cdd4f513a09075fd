// What every rewrite strategy is given, and how it looks up phrases among the pieces.
import type { Language } from '../types';
import type { Piece } from './pieces';

export interface RewriteInput {
  pieces: Piece[];
  /** Piece range of the finding, and of the words that gave it away (its cue, else the finding). */
  span: { from: number; to: number };
  cue: { from: number; to: number };
  language: Language;
  /** The rule that made the finding: strategies that fit one construction only look at it ("…/ultimatum"). */
  ruleId: string;
  /** How the draft addresses the reader (German); 'sie' when unknown. */
  form: 'sie' | 'du' | 'ihr';
  /** How the writer speaks of themselves: "ich" or "wir" (the draft's more frequent). */
  writer: 'ich' | 'wir';
}

/** A candidate: the sentence's new text, and words the strategy drops on purpose (the guard lets them go). */
export interface Candidate {
  text: string;
  dropped?: readonly string[];
}

export type Strategy = (input: RewriteInput) => Candidate[];

/** The end (exclusive) of `phrase` (folded words, space-separated) matched at piece `at`, or -1. */
export function phraseAt(pieces: readonly Piece[], at: number, phrase: string): number {
  let i = at;
  for (const w of phrase.split(' ')) {
    const p = pieces[i];
    if (!p?.word || p.folded !== w) return -1;
    i++;
  }
  return i;
}

/** The first of `phrases` (longest first where they overlap) found in [from, to). */
export function findPhrase(
  pieces: readonly Piece[],
  phrases: readonly string[],
  from = 0,
  to = pieces.length,
): { at: number; end: number; phrase: string } | null {
  for (let at = from; at < to; at++) {
    let best: { at: number; end: number; phrase: string } | null = null;
    for (const phrase of phrases) {
      const end = phraseAt(pieces, at, phrase);
      if (end > 0 && end <= to && (!best || end > best.end)) best = { at, end, phrase };
    }
    if (best) return best;
  }
  return null;
}

/** The pieces without [from, to). The first piece left keeps the gap of the first one cut. */
export function cut(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const after = pieces[to];
  const first = pieces[from];
  const rest = pieces.slice(to);
  // A cut that began at a comma ("Again, as I said, we …") still leaves a space.
  if (after && first && after.word) rest[0] = { ...after, gap: first.gap || (from > 0 ? ' ' : '') };
  return [...pieces.slice(0, from), ...rest];
}

/** The pieces with [from, to) replaced by `replacement`. */
export function splice(pieces: readonly Piece[], from: number, to: number, replacement: readonly Piece[]): Piece[] {
  const first = pieces[from];
  const inserted = replacement.map((p, i) => (i === 0 && first ? { ...p, gap: first.gap } : p));
  return [...pieces.slice(0, from), ...inserted, ...pieces.slice(to)];
}

/**
 * The pieces without every occurrence of `phrases` from `from` on, and the
 * words that went (for the guard). `withMark`: a phrase takes the comma or
 * dash before it along ("…, no exceptions").
 */
export function dropPhrases(
  pieces: readonly Piece[],
  phrases: readonly string[],
  options: { from?: number; withMark?: boolean } = {},
): { pieces: Piece[]; dropped: string[] } {
  const dropped: string[] = [];
  let out = [...pieces];
  for (let found = findPhrase(out, phrases, options.from); found; found = findPhrase(out, phrases, options.from)) {
    const before = out[found.at - 1];
    const start = options.withMark && before && !before.word ? found.at - 1 : found.at;
    out = cut(out, start, found.end);
    dropped.push(...found.phrase.split(' '));
  }
  return { pieces: out, dropped };
}
