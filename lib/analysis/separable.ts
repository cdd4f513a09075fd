// German separable verbs in verb-second order: "Geben Sie die Unterlagen bis
// Freitag ab" is a form of "abgeben", though the two parts stand apart. The
// particle closes its clause; the finite verb is the first of the clause's
// first words that makes a verb with it. The verb's token then carries the compound lemma, so a
// pattern "@abgeben" finds it.
import { separableLemma } from './lemma';
import type { Token } from './tokenize';
import { intern } from './vocabulary';

/** Tokens that end a clause: the particle stands right before one of them (or at the sentence's end). */
const CLAUSE_END = /^[,;:.!?…–—)]/;
/** Conjunctions that open the next main clause without a comma: "ich stelle die Arbeit ein und nehme …". */
const NEXT_CLAUSE = new Set(['und', 'oder', 'sondern']);

/** Sentences already marked: every index that matches a sentence asks, the work is done once. */
const marked = new WeakSet<readonly Token[]>();

export function markSeparableVerbs(tokens: readonly Token[]): void {
  if (marked.has(tokens)) return;
  marked.add(tokens);
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const particle = tokens[i] as Token;
    if (!particle.word) {
      if (CLAUSE_END.test(particle.text)) clauseStart = i + 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next && (next.word ? !NEXT_CLAUSE.has(next.folded) : !CLAUSE_END.test(next.text))) continue;
    // The finite verb stands near the clause's start (verb-second, or first in
    // questions and requests); a capitalised word after the first is a noun
    // ("Wir geben die Fragen … ab" is "abgeben", not "abfragen").
    let seen = 0;
    for (let j = clauseStart; j < i && seen < 4; j++) {
      const verb = tokens[j] as Token;
      if (!verb.word) continue;
      seen++;
      if (seen > 1 && isCapitalised(verb)) continue;
      const lemma = separableLemma(verb.folded, particle.folded);
      if (lemma) {
        verb.lemma = intern(lemma);
        break;
      }
    }
  }
}

function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}
