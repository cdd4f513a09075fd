// The token ranges reader-fault works in: a sentence's clauses, the frames and
// words inside one, and the find it reports.
import { isZuInfinitive } from '../extent';
import type { Token } from '../tokenize';
import type { FrameSpan } from './frames';

/** Token indexes (inclusive) of a clause's words. */
export interface Clause {
  first: number;
  last: number;
}

const CLAUSE_MARK = /^[,;:–—()[\]]|^-$/;

/**
 * The sentence's clauses, split at commas, semicolons, colons, dashes and brackets; not before
 * "sondern", which corrects inside its clause ("Hätten Sie es nicht erst im Mai, sondern im März vorgelegt").
 */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.word) {
      if (first < 0) first = i;
      last = i;
    } else if (CLAUSE_MARK.test(t.text) && first >= 0 && !(t.text === ',' && tokens[i + 1]?.folded === 'sondern')) {
      clauses.push({ first, last });
      first = -1;
    }
  }
  if (first >= 0) clauses.push({ first, last });
  return clauses;
}

/** Word indexes of a clause. */
export function wordsIn(tokens: readonly Token[], clause: Clause): number[] {
  const out: number[] = [];
  for (let i = clause.first; i <= clause.last; i++) if (tokens[i]?.word) out.push(i);
  return out;
}

/** A frame match inside [from, to]. */
export function frameIn(spans: readonly FrameSpan[], from: number, to: number): FrameSpan | undefined {
  return spans.find((s) => s.first >= from && s.last <= to);
}

/** A German zu-infinitive that carries the deed of the clause before it ("Sie haben sich entschieden, | die Empfehlung zu ignorieren"). */
export function zuInfinitive(tokens: readonly Token[], clause: Clause): boolean {
  return isZuInfinitive(tokens, clause.first, clause.last);
}

/** Whether the sentence ends in a question mark. */
export function isQuestion(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.word) return false;
    if (t.text.includes('?')) return true;
  }
  return false;
}

/** A find in token indexes: the span to mark and the words that cue it. */
export interface Found {
  start: number;
  end: number;
  cueFirst: number;
  cueLast: number;
  /** The span is the charge as found: not grown to its clause ("der Anlage, die Ihr Schwager … montiert hat"). */
  own?: boolean;
  /** A demand in hindsight ("Sie hätten … müssen"): pressure, as "you should have" is (principles.md). */
  pressure?: boolean;
  /** Found by an agentless passive ("wurde nicht wie vereinbart verpackt"): whose part it was is only implied. */
  agentless?: boolean;
}
