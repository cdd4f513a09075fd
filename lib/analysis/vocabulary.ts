// Every distinct folded word gets one shared record, so work that depends only
// on the word (which languages use it, which patterns may start with it) is
// done once per word, not once per token.

export interface WordInfo {
  folded: string;
  /** Filled lazily by language.ts. */
  languages?: readonly number[];
  /** Filled lazily by each PatternIndex, at its own slot. */
  candidates: unknown[];
}

const words = new Map<string, WordInfo>();
const LIMIT = 200_000;

export function intern(folded: string): WordInfo {
  let info = words.get(folded);
  if (!info) {
    if (words.size >= LIMIT) words.clear();
    info = { folded, candidates: [] };
    words.set(folded, info);
  }
  return info;
}
