// Every distinct folded word gets one shared record, so work that depends only
// on the word (which languages use it, which patterns may start with it) is
// done once per word, not once per token.

export interface WordInfo {
  folded: string;
  /** Filled lazily by language.ts. */
  languages?: readonly number[];
  /** Filled lazily by each PatternIndex, at its own slot; made on the first (most pattern words never start a match). */
  candidates: unknown[] | undefined;
  /** The last sentence (by stamp) this word occurred in; patterns skip sentences that lack their words. */
  seen: number;
  /** Pattern words survive a vocabulary reset: compiled patterns hold on to them. */
  pinned: boolean;
  /** German: the known noun a compound ends in (compounds.ts), null when none; undefined until asked. */
  deHead: WordInfo | null | undefined;
  /** The word's lemma per language, filled lazily by lemmas.ts. */
  deLemma?: WordInfo;
  enLemma?: WordInfo;
  /** Ids of the frame matchers (by language) that this word may trigger, filled by rules/frames.ts. */
  frames: number[] | undefined;
  /** The word's sentiment valence per language, filled lazily by sentiment.ts (0: none). */
  deValence?: number;
  enValence?: number;
  /** The word's weight in the shipped stance-words model per language, filled lazily by gauges/stance-words.ts. */
  deStance?: number;
  enStance?: number;
}

const words = new Map<string, WordInfo>();
const LIMIT = 200_000;

export function intern(folded: string, pin = false): WordInfo {
  let info = words.get(folded);
  if (!info) {
    if (words.size >= LIMIT) {
      for (const [key, value] of words) if (!value.pinned) words.delete(key);
    }
    // Every field set from the start, so all records share one shape and the
    // matching loops' property reads stay monomorphic.
    info = {
      folded,
      languages: undefined,
      candidates: undefined,
      seen: -1,
      pinned: pin,
      frames: undefined,
      deHead: undefined,
      deLemma: undefined,
      enLemma: undefined,
      deValence: undefined,
      enValence: undefined,
      deStance: undefined,
      enStance: undefined,
    };
    words.set(folded, info);
  } else if (pin) {
    info.pinned = true;
  }
  return info;
}

let stamp = 0;
/** The sentence marked last: a rule asks several matchers about one sentence in a row. */
let lastMarked: readonly unknown[] | null = null;

/** Marks the words of one sentence; returns the stamp to test WordInfo.seen against. */
export function markSentence(tokens: readonly { info: WordInfo | null; head?: WordInfo }[]): number {
  if (tokens === lastMarked) return stamp;
  stamp++;
  for (const token of tokens) {
    if (token.info) token.info.seen = stamp;
    // A compound counts as its last noun too (compounds.ts): "Montagetermin" holds "termin".
    if (token.head) token.head.seen = stamp;
  }
  lastMarked = tokens;
  return stamp;
}
