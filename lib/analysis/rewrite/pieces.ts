// A sentence as a list of editable pieces: the user's own tokens (with the
// spacing before each) and words a rewrite inserts. Rewrites cut, replace and
// move pieces, then render; the user's words keep their exact spelling.
import { lemmaInfo } from '../lemmas';
import type { Token } from '../tokenize';
import type { Language } from '../types';

export interface Piece {
  text: string;
  /** Lower case, ß as ss: what word lists compare against ('' for inserted punctuation). */
  folded: string;
  /** The folded lemma (the sentence's, for a separable verb); the folded form for inserted words. */
  lemma: string;
  word: boolean;
  /** Whitespace before the piece in the draft; a single space for inserted words. */
  gap: string;
  /** Where the user's piece starts and ends in the draft; -1 for inserted words. */
  start: number;
  end: number;
}

export function piecesOf(text: string, tokens: readonly Token[], language: Language): Piece[] {
  const out: Piece[] = [];
  for (const [i, t] of tokens.entries()) {
    const previous = tokens[i - 1];
    const gap = previous ? text.slice(previous.end, t.start) : '';
    const last = out[out.length - 1];
    // Numbers stay whole ("80.000", "3,5", "12.03.2025"), and a full stop inside
    // the sentence belongs to its word ("15. April", "z. B.", "Dr.").
    const inNumber = /^[.,:/]$/.test(t.text) && /\d$/.test(last?.text ?? '') && /^\d/.test(tokens[i + 1]?.text ?? '');
    const glued =
      last &&
      gap === '' &&
      (inNumber || (t.text === '.' && i < tokens.length - 1) || (/^\d/.test(t.text) && /\d[.,:/]$/.test(last.text)));
    if (last && glued) {
      out[out.length - 1] = {
        ...last,
        text: last.text + t.text,
        folded: last.folded + t.folded,
        lemma: last.lemma + t.folded,
        end: t.end,
      };
      continue;
    }
    const info = t.lemma ?? (t.info ? lemmaInfo(t.info, language) : null);
    // Symbols the tokenizer skips ("15 %", "€ 40") become pieces, so they move with their neighbours.
    const symbol = /^(\s*)(\S+)(\s*)$/u.exec(gap);
    if (symbol && previous) {
      const [, lead, text_, trail] = symbol as unknown as [string, string, string, string];
      out.push({
        text: text_,
        folded: text_,
        lemma: text_,
        word: false,
        gap: lead,
        start: previous.end + lead.length,
        end: t.start - trail.length,
      });
      out.push({
        text: t.text,
        folded: t.folded,
        lemma: info ? info.folded : t.folded,
        word: t.word,
        gap: trail,
        start: t.start,
        end: t.end,
      });
      continue;
    }
    out.push({
      text: t.text,
      folded: t.folded,
      lemma: info ? info.folded : t.folded,
      word: t.word,
      gap,
      start: t.start,
      end: t.end,
    });
  }
  return out;
}

/** New words, each a piece of its own: "müssten wir leider" → three pieces. */
export function words(phrase: string): Piece[] {
  const out: Piece[] = [];
  for (const m of phrase.matchAll(/[\p{L}\p{N}'’[\]-]+|[^\s\p{L}\p{N}]+/gu)) {
    const text = m[0];
    const word = /[\p{L}\p{N}]/u.test(text);
    const folded = text.toLowerCase().replace(/ß/g, 'ss');
    const glued = !word && /^[,.;:!?)]/.test(text);
    out.push({ text, folded, lemma: folded, word, gap: glued ? '' : ' ', start: -1, end: -1 });
  }
  return out;
}

/** The rendered sentence: pieces joined by their gaps, punctuation tidied, first letter capitalised. */
export function render(pieces: readonly Piece[]): string {
  const kept = tidy(pieces);
  let out = '';
  for (const [i, p] of kept.entries()) out += (i === 0 ? '' : p.gap.includes('\n') ? ' ' : p.gap) + p.text;
  return capitalise(out.trim());
}

const CLAUSE_MARK = /^[,;:–—-]+$/;
const END_MARK = /^[.!?…]+$/;

/** Drops marks left dangling by a cut: at the start, doubled, or before the end mark; no space before commas. */
function tidy(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (!p.word && CLAUSE_MARK.test(p.text)) {
      const last = out[out.length - 1];
      if (!last || (!last.word && (CLAUSE_MARK.test(last.text) || END_MARK.test(last.text)))) continue;
    }
    if (!p.word && END_MARK.test(p.text)) {
      while (out.length > 0) {
        const last = out[out.length - 1] as Piece;
        if (last.word || !CLAUSE_MARK.test(last.text)) break;
        out.pop();
      }
    }
    out.push(!p.word && /^[,.;:!?)]/.test(p.text) && !/^[–—-]/.test(p.text) ? { ...p, gap: '' } : p);
  }
  while (
    out.length > 0 &&
    !(out[out.length - 1] as Piece).word &&
    CLAUSE_MARK.test((out[out.length - 1] as Piece).text)
  )
    out.pop();
  return out;
}

export function capitalise(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0 || (i > 0 && s.charAt(i - 1) === '[')) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

/** The piece with its first letter in lower case, unless it is a proper noun or a German noun (the caller decides). */
export function lowerFirst(p: Piece): Piece {
  return { ...p, text: p.text.charAt(0).toLowerCase() + p.text.slice(1) };
}

/** The index of the clause mark (comma, dash, colon …) at or after `from`, or the sentence's end. */
export function clauseEnd(pieces: readonly Piece[], from: number): number {
  for (let i = from; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (!p.word && (CLAUSE_MARK.test(p.text) || END_MARK.test(p.text))) return i;
  }
  return pieces.length;
}

const NO_MARKS: ReadonlySet<string> = new Set();

/** Where a sentence of words only ends, its closing mark left out; -1 when another mark (but `inside`) stands in it. */
export function wordsEnd(pieces: readonly Piece[], inside: ReadonlySet<string> = NO_MARKS): number {
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  return pieces.slice(0, end).every((p) => p.word || inside.has(p.text)) ? end : -1;
}

/** The pieces without the sentence's closing mark. */
export function body(pieces: readonly Piece[]): Piece[] {
  const last = pieces[pieces.length - 1];
  return last && !last.word && END_MARK.test(last.text) ? pieces.slice(0, -1) : [...pieces];
}

/** The pieces with the first one's gap set: '' to open a text, ' ' to follow words before it. */
export const gapped = (pieces: readonly Piece[], gap: '' | ' '): Piece[] =>
  pieces.map((p, i) => (i === 0 ? { ...p, gap } : p));

export const isCapitalised = (p: Piece): boolean => p.word && p.text.charAt(0) !== p.text.charAt(0).toLowerCase();
