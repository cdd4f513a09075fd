// German writes a kind of thing as one word: a "Montagetermin" is a Termin,
// "Steuerunterlagen" are Unterlagen. A capitalised word whose end is a known
// noun carries that end as its token's `head`, so a pattern naming "termin"
// also finds the compound, and a word list need not spell every compound.
import { compoundHead } from './lemma';
import type { Token } from './tokenize';
import { intern } from './vocabulary';

/** Shorter words are hardly compounds of a first part (≥ 3 letters) and a noun (≥ 5). */
const MIN_LENGTH = 8;

/**
 * Last parts that mean something else inside a compound: a "Theatervorstellung" is a show, not a
 * notion; a "Warenannahme" is a counter, not an assumption.
 */
const OTHER_SENSE = new Set(['vorstellung', 'vorstellungen', 'annahme', 'annahmen']);

/** Sentences already marked: every matcher that reads a sentence asks, the work is done once. */
const marked = new WeakSet<readonly Token[]>();

export function markCompoundHeads(tokens: readonly Token[]): void {
  if (marked.has(tokens)) return;
  marked.add(tokens);
  for (const token of tokens) {
    const info = token.info;
    if (!info || info.folded.length < MIN_LENGTH || !capitalised(token)) continue;
    if (info.deHead === undefined) {
      const head = compoundHead(info.folded);
      info.deHead = head === null || OTHER_SENSE.has(head) ? null : intern(head);
    }
    if (info.deHead) token.head = info.deHead;
  }
}

/** Nouns are capitalised in German; a lower-case word ending in a noun is a verb or an adjective ("zusammenarbeiten"). */
function capitalised(token: Token): boolean {
  const code = token.codeAt(0);
  return (code >= 65 && code <= 90) || code === 196 || code === 214 || code === 220;
}
