// How far a finding reaches. A pattern matches the few words that give a
// problem away ("Murks", "immer", "wie bereits erwähnt"); a coach underlines
// the clause they belong to ("Ihre Vorarbeiten im Bad sind Murks"), and so does
// the sidebar: the reader sees which statement to rework. The words that gave
// it away stay the finding's cue, which its message quotes.
import { type Doc, type SentenceView, sentenceAt } from './document';
import type { RawFinding } from './rules/types';
import type { Token } from './tokenize';
import type { Category } from './types';

/** Categories whose findings grow to their clause; the others keep the range their rule chose. */
const CLAUSE: ReadonlySet<Category> = new Set([
  'blame',
  'absolute',
  'being-right',
  'pressure',
  'hedging',
  'dismissive',
  'harsh',
  'sarcasm',
  'formality-mix',
]);

/**
 * Categories whose clause grows to the whole sentence when it is at least half of it:
 * a coach underlines "It's a password reset, not brain surgery." whole, and a
 * finding of at least half the sentence is never more than twice its clause.
 */
const SENTENCE_WHEN_HALF: ReadonlySet<Category> = new Set(['dismissive', 'being-right']);

const CONJUNCTIONS = new Set(['aber', 'und', 'oder', 'denn', 'sondern', 'doch', 'but', 'and', 'or', 'so', 'yet']);

/** Tokens that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—()[\]]/;

/** The clause around [start, end): its words from the previous clause mark to the next (sentence-final punctuation left out). */
export function clauseAround(sentence: SentenceView, start: number, end: number): { start: number; end: number } {
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > start);
  let last = tokens.length - 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if ((tokens[i] as { start: number }).start < end) {
      last = i;
      break;
    }
  }
  if (first < 0) return { start, end };
  // A match that itself opens or closes with a clause mark (", haben Sie …") already has that edge.
  if (!isMark(tokens[first])) while (first > 0 && !isMark(tokens[first - 1])) first--;
  if (!isMark(tokens[last])) while (last < tokens.length - 1 && !isMark(tokens[last + 1])) last++;
  // No punctuation at either edge: the sentence's closing "." or "!!!" is not part of the statement.
  while (last > first && !tokens[last]?.word) last--;
  while (first < last && !tokens[first]?.word) first++;
  // A joining word that opens the clause ("aber die Statik ist Murks") belongs to the sentence, not the statement.
  if (first < last && CONJUNCTIONS.has(tokens[first]?.folded ?? '') && (tokens[first] as { end: number }).end <= start)
    first++;
  return {
    start: Math.min(start, (tokens[first] as { start: number }).start),
    end: Math.max(end, (tokens[last] as { end: number }).end),
  };
}

/** Openers of a clause that says when: "wenn", "bis", "when", "until". */
const TIME_OPENERS = new Set(['wenn', 'bis', 'bevor', 'sobald', 'nachdem', 'when', 'until', 'till', 'before', 'once']);

/** The clause after a comma right after `end`: its first and last token indexes. */
function clauseAfter(sentence: SentenceView, end: number): { first: number; last: number } | undefined {
  const tokens = sentence.tokens;
  const mark = tokens.findIndex((t) => t.start >= end);
  const opener = tokens[mark + 1];
  if (mark < 0 || tokens[mark]?.text !== ',' || !opener?.word) return undefined;
  let last = mark + 1;
  while (last < tokens.length - 1 && !isMark(tokens[last + 1])) last++;
  while (last > mark + 1 && !tokens[last]?.word) last--;
  return { first: mark + 1, last };
}

/** The end of a time clause right after `end` ("…, wenn die Frist abgelaufen ist"), or `end` when none follows. */
export function withTimeClause(sentence: SentenceView, end: number): number {
  const next = clauseAfter(sentence, end);
  const opener = next && sentence.tokens[next.first];
  return next && opener && TIME_OPENERS.has(opener.folded) ? (sentence.tokens[next.last] as { end: number }).end : end;
}

const ZU_PREFIXED =
  /^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zurück|weiter|hin|her|fest|frei|durch|um|über)zu[a-zäöüß]+en$/;
const DEGREE = new Set(['viel', 'weit', 'deutlich', 'etwas', 'noch', 'einfach', 'schlicht', 'leider']);

/**
 * Whether tokens first..last are a German zu-infinitive ("uns rechtzeitig zu informieren", "sie beizulegen"):
 * not a purpose ("um … zu"), not a degree ("viel zu klein").
 */
export function isZuInfinitive(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[last];
  if (!verb?.word || tokens[first]?.folded === 'um' || verb.text[0] !== verb.folded[0]) return false;
  const zu = tokens[last - 1]?.folded === 'zu' && /(?:en|ern|eln)$/.test(verb.folded);
  return (zu && !DEGREE.has(tokens[last - 2]?.folded ?? '')) || ZU_PREFIXED.test(verb.folded);
}

/** English causal subordinators that may start a blame inside its clause. */
const CAUSAL = new Set(['because', 'since']);

/** The folded word that starts at `offset`, or ''. */
function wordAt(sentence: SentenceView, offset: number): string {
  return sentence.tokens.find((t) => t.start === offset)?.folded ?? '';
}

/** Openers of a fronted cause: "Thanks to your last-minute change, | forty guests went to the wrong address". */
const FRONTED_CAUSES = new Set(['because', 'due', 'owing', 'thanks', 'wegen', 'aufgrund', 'dank', 'infolge']);

/** The end of the effect after a fronted cause that opens the sentence at `start`, or `end`. */
export function withEffect(sentence: SentenceView, start: number, end: number): number {
  const first = sentence.tokens.find((t) => t.word);
  if (!first || first.start !== start || !FRONTED_CAUSES.has(first.folded)) return end;
  const next = clauseAfter(sentence, end);
  return next ? (sentence.tokens[next.last] as Token).end : end;
}

/** The end of a German zu-infinitive right after `end` ("Sie haben es versäumt, | uns zu informieren"), or `end`. */
export function withInfinitive(sentence: SentenceView, end: number): number {
  const next = clauseAfter(sentence, end);
  if (!next || sentence.language !== 'de' || !isZuInfinitive(sentence.tokens, next.first, next.last)) return end;
  return (sentence.tokens[next.last] as Token).end;
}

/** A condition about the past that did not happen: "If you'd listened", "Had your office sent", „Hättest du … gehört“. */
const COUNTERFACTUAL_OPENERS = new Set([
  'if',
  'had',
  'wenn',
  'hätte',
  'hättest',
  'hätten',
  'hättet',
  'wäre',
  'wärst',
  'wären',
]);
const PAST_UNREAL = /^(?:had|hadn't|you'd|we'd|they'd|he'd|she'd|hätte|hättest|hätten|hättet|wäre|wärst|wären|wärt)$/;
/** The consequence that tells what would have been: "would", "wouldn't", „hätte“, „wäre“, „würde“. */
const WOULD =
  /^(?:would|wouldn't|could|couldn't|might|hätte|hättest|hätten|hättet|wäre|wärst|wären|wärt|würde|würden|könnte|könnten)$|'d$/;

/**
 * The end of what would have been, right after a counterfactual condition ("If you'd signed in March, | the
 * cabinets would be in by now"): the reproach is the pair, and a coach underlines both.
 */
export function withConsequence(sentence: SentenceView, start: number, end: number): number {
  const tokens = sentence.tokens;
  const opener = tokens.find((t) => t.word && t.start >= start);
  if (!opener || !COUNTERFACTUAL_OPENERS.has(opener.folded)) return end;
  if (!tokens.some((t) => t.word && t.start >= start && t.end <= end && PAST_UNREAL.test(t.folded))) return end;
  // A pattern may end on the comma itself ("… gelesen,").
  const comma = tokens.find((t) => t.end === end && t.text === ',');
  const next = clauseAfter(sentence, comma ? comma.start : end);
  if (!next) return end;
  for (let i = next.first; i <= next.last; i++)
    if (WOULD.test((tokens[i] as Token).folded)) return (tokens[next.last] as Token).end;
  return end;
}

function isMark(token: { word: boolean; text: string } | undefined): boolean {
  return token !== undefined && !token.word && CLAUSE_MARK.test(token.text);
}

/** Replacements for the old range become replacements for the wider one, its words around them kept. */
function rebase(text: string, finding: RawFinding, start: number, end: number): string[] {
  const before = text.slice(start, finding.start);
  const after = text.slice(finding.end, end);
  return finding.suggestions.map((s) => before + s + after);
}

/**
 * Widens findings of the clause categories to their clause. Two findings of a
 * category in one clause share it: each reaches up to the other's words, so
 * both keep their own message and rewrites.
 */
export function widen(doc: Doc, findings: readonly RawFinding[]): RawFinding[] {
  // Per category, by position: a finding's neighbours in its clause are next to it in this order.
  const byCategory = new Map<Category, RawFinding[]>();
  for (const f of findings) {
    if (!CLAUSE.has(f.category) || f.ownExtent) continue;
    const list = byCategory.get(f.category);
    if (list) list.push(f);
    else byCategory.set(f.category, [f]);
  }
  const position = new Map<RawFinding, number>();
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.start - b.start);
    for (const [i, f] of list.entries()) position.set(f, i);
  }
  return findings.map((f) => {
    const list = byCategory.get(f.category);
    if (!list || f.ownExtent) return f;
    const sentence = sentenceAt(doc, f.start);
    if (!sentence) return f;
    let { start, end } = clauseAround(sentence, f.start, f.end);
    // The clause's own continuation: the time it happens ("immer erst, | wenn …"), the deed it names ("versäumt, | uns
    // zu informieren"), the effect of a fronted cause ("Thanks to your late change, | forty guests …").
    if (f.category === 'absolute') end = withTimeClause(sentence, end);
    if (f.category === 'blame' || f.category === 'being-right') end = withConsequence(sentence, start, end);
    if (f.category === 'blame') {
      end = withEffect(sentence, start, withInfinitive(sentence, end));
      // "I'm sorry to say the lender has withdrawn the offer | because your broker never …": the charge is the
      // "because" part when the effect before it is the longer one; a short effect belongs to it.
      if (CAUSAL.has(wordAt(sentence, f.start)) && f.start - start > end - f.start) start = f.start;
    }
    const at = position.get(f) as number;
    for (let k = at - 1; k >= 0 && (list[k] as RawFinding).end > start; k--) {
      const other = list[k] as RawFinding;
      if (other.end <= f.start) start = Math.max(start, nextWordStart(doc.text, other.end));
    }
    for (let k = at + 1; k < list.length && (list[k] as RawFinding).start < end; k++) {
      const other = list[k] as RawFinding;
      if (other.start >= f.end) end = Math.min(end, previousWordEnd(doc.text, other.start));
    }
    if (SENTENCE_WHEN_HALF.has(f.category)) ({ start, end } = sentenceIfHalf(sentence, list, at, start, end));
    if (start >= f.start && end <= f.end) return f;
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
    return {
      ...f,
      start,
      end,
      cue: f.cue ?? { start: f.start, end: f.end },
      suggestions: rebase(doc.text, f, start, end),
    };
  });
}

/**
 * The sentence's words, when the clause [start, end) is at least half of them, the rest
 * is a statement of its own (three words or more: a trailing ", ehrlich" is not) and no
 * other finding of its category is there. A closing remark on the clause before ("…, which
 * I did explain") stays on its own: coaches underline it alone.
 */
function sentenceIfHalf(
  sentence: SentenceView,
  list: readonly RawFinding[],
  at: number,
  start: number,
  end: number,
): { start: number; end: number } {
  const words = sentence.tokens.filter((t) => t.word);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return { start, end };
  if (words.filter((t) => t.end <= start || t.start >= end).length < 3) return { start, end };
  if (2 * (end - start) < last.end - first.start) return { start, end };
  const alone = list.every((other, k) => k === at || other.end <= sentence.start || other.start >= sentence.end);
  return alone ? { start: Math.min(start, first.start), end: Math.max(end, last.end) } : { start, end };
}

function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s,;:.!?–—]/.test(text.charAt(i))) i++;
  return i;
}

function previousWordEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && /[\s,;:.!?–—]/.test(text.charAt(i - 1))) i--;
  return i;
}
