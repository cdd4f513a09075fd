// "Sie hat uns die ganze Zeit angeschaut": at a sentence's start "Sie" is
// capitalised whoever it is, and a verb in the singular makes it her, not the
// reader ("Sie haben" would be the reader). Marked tokens do not match the
// reader's "=Sie" in patterns.
import type { Token } from './tokenize';

/** Finite verbs of the third person singular that cannot follow the formal "Sie". */
export const SINGULAR_VERBS: ReadonlySet<string> = new Set(
  'hat hatte hätte ist war wäre wird wurde würde kann konnte könnte muss musste müsste soll sollte will wollte darf durfte mag mochte'.split(
    ' ',
  ),
);

const marked = new WeakSet<readonly Token[]>();

export function markThirdPersonSie(tokens: readonly Token[]): void {
  if (marked.has(tokens)) return;
  marked.add(tokens);
  const first = tokens.findIndex((t) => t.word);
  const sie = tokens[first];
  if (sie?.folded !== 'sie') return;
  const next = tokens[first + 1];
  if (next?.word && SINGULAR_VERBS.has(next.folded)) sie.thirdPerson = true;
}
