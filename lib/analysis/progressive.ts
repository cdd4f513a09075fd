// English "-ing" forms that are also nouns ("offering", "billing", "booking")
// take the noun as their lemma, so "I'll be offering the slot to the next
// family" would not be a form of "@offer". After a form of "be" the word is
// the verb's progressive: its token then carries the verb's lemma, as a
// German separated verb carries its compound (separable.ts).
import { lemmasOf } from './lemma';
import type { Token } from './tokenize';
import { intern } from './vocabulary';

/** Forms of "be" (and their contractions with a pronoun) that a progressive follows. */
const BE = new Set([
  'be',
  'am',
  'is',
  'are',
  'was',
  'were',
  'been',
  "i'm",
  "you're",
  "we're",
  "they're",
  "he's",
  "she's",
  "it's",
  "that's",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
/** Words that may stand between "be" and the verb: "we are now billing", "I'll be simply passing it on". */
const BETWEEN = new Set(['now', 'still', 'just', 'already', 'currently', 'simply', 'then', 'also', 'not', 'therefore']);

const marked = new WeakSet<readonly Token[]>();

export function markProgressives(tokens: readonly Token[]): void {
  if (marked.has(tokens)) return;
  marked.add(tokens);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || token.lemma || !token.folded.endsWith('ing')) continue;
    // "be" first: it rules out most -ing words before the lemma tables are asked (this runs on every sentence).
    let k = i - 1;
    while (k > 0 && BETWEEN.has((tokens[k] as Token).folded)) k--;
    if (!BE.has((tokens[k] as Token).folded)) continue;
    const readings = lemmasOf(token.folded, 'en');
    // Only a noun read first ("offering" → offering, offer); "sending" is read as "send" already.
    if (readings.length < 2 || readings[0] !== token.folded) continue;
    const verb = readings.find((r) => r !== token.folded);
    if (verb) token.lemma = intern(verb);
  }
}
