// How a rule's raw finding reaches the user: its range on word boundaries
// with no quote or bracket opened and left dangling, the quote its message
// shows, notes in the UI language's quotation marks, and only suggestions
// that change more than case and punctuation.
import type { Language } from '../types';
import { isShoutedWord } from './shouting';
import type { RawFinding } from './types';

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Inside words: apostrophes, hyphens, gender marks ("Kund:innen"), soft hyphens. */
const JOINER = /['’\-‐:*·_\u00AD]/;

function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 32);
}

const isWord = (c: string) => c !== '' && WORD.test(c);

/** Whether offset i falls inside a word (or a number such as 3.500 or 3,8). */
function splitsWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff) return true; // between the halves of one character
  const a = charBefore(text, i);
  const b = charAt(text, i);
  if (isWord(a) && isWord(b)) return true;
  const digits = (c: string) => /\d/.test(c);
  const inner = (c: string, left: string, right: string) =>
    JOINER.test(c) ? isWord(left) && isWord(right) : /[.,]/.test(c) && digits(left) && digits(right);
  if (isWord(a) && inner(b, a, text.charAt(i + 1))) return true;
  return isWord(b) && inner(a, text.charAt(i - 2), b);
}

const CLOSERS: Record<string, string> = { '„': '“”', '“': '”', '"': '"', '(': ')', '[': ']', '«': '»', '‚': '‘’' };
const QUOTE_OR_BRACKET = /[„“”"()[\]«»‚‘’]/g;

/** Openers in text[from, to) whose closer is not in that range, with their offsets. */
function danglingOpeners(text: string, from: number, to: number): number[] {
  const stack: number[] = [];
  // On the slice: a search of the whole text would pass the range's end.
  for (const m of text.slice(from, to).matchAll(QUOTE_OR_BRACKET)) {
    const i = from + (m.index as number);
    const c = m[0];
    const top = stack[stack.length - 1];
    if (top !== undefined && (CLOSERS[text.charAt(top)] as string).includes(c)) {
      stack.pop();
      continue;
    }
    // “ and " open only where a word follows: “ also closes German quotes.
    const opens = '„([«‚'.includes(c) || ((c === '“' || c === '"') && isWord(charAt(text, i + 1)));
    if (opens) stack.push(i);
  }
  return stack;
}

/** Where the sidebar's quote of [start, end) begins and ends (lib/ui/review.ts trims it so). */
function visible(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:.!?]/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  return { from, to };
}

/** Replacements for the old range rebased to [start, end); those that cannot be (they change what is cut off) are dropped. */
function rebase(text: string, f: RawFinding, start: number, end: number): string[] {
  const out: string[] = [];
  for (const s of f.suggestions) {
    let x = s;
    if (start <= f.start) x = text.slice(start, f.start) + x;
    else if (x.startsWith(text.slice(f.start, start))) x = x.slice(start - f.start);
    else continue;
    if (end >= f.end) x += text.slice(f.end, end);
    else if (x.endsWith(text.slice(end, f.end))) x = x.slice(0, x.length - (f.end - end));
    else continue;
    out.push(x);
  }
  return out;
}

/** The finding's range on word boundaries, with no quotation mark or bracket left open in it. */
export function wordBound(text: string, f: RawFinding): RawFinding {
  let start = f.start;
  let end = f.end;
  while (splitsWord(text, start)) start--;
  while (splitsWord(text, end)) end++;
  let { from, to } = visible(text, start, end);
  for (let guard = 0; guard < 4; guard++) {
    const open = danglingOpeners(text, from, to);
    const at = open[open.length - 1];
    if (at === undefined) break;
    if (at === from) {
      // The range starts inside a quotation that closes after it: start at its first word.
      start = from + 1;
      while (start < end && /\s/.test(text.charAt(start))) start++;
    } else {
      const lineEnd = text.indexOf('\n', to);
      const limit = Math.min(lineEnd < 0 ? text.length : lineEnd, to + 200);
      const close = [...(CLOSERS[text.charAt(at)] as string)]
        .map((c) => text.indexOf(c, to))
        .filter((i) => i >= 0 && i < limit)
        .sort((a, b) => a - b)[0];
      if (close !== undefined) end = close + 1;
      else {
        end = at;
        while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      }
    }
    ({ from, to } = visible(text, start, end));
  }
  if (start === f.start && end === f.end) return f;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return f;
  return { ...f, start, end, suggestions: rebase(text, f, start, end) };
}

/** The words a message quotes for [start, end): the sidebar's quote without trailing commas. */
export function quoteOf(text: string, start: number, end: number): string {
  const { from, to } = visible(text, start, end);
  return text
    .slice(from, to)
    .replace(/[,;:\s]+$/, '')
    .replace(/\s+/g, ' ');
}

const MAX_QUOTE = 60;

/** A long quote keeps its first and last words around "…", cut between words. */
export function shorten(quote: string): string {
  if (quote.length <= MAX_QUOTE) return quote;
  const half = (MAX_QUOTE - 3) / 2;
  const head = quote.slice(0, half).replace(/\s+\S*$/, '');
  const tail = quote.slice(quote.length - half).replace(/^\S*\s+/, '');
  return `${head || quote.slice(0, half)} … ${tail || quote.slice(quote.length - half)}`;
}

const MARKS: Record<Language, { open: string; close: string; quoted: RegExp }> = {
  de: { open: '„', close: '“', quoted: /„([^“”]*)[“”]/ },
  en: { open: '“', close: '”', quoted: /“([^”]*)”/ },
};

/**
 * A phrase note in the UI language's quotation marks; the quote it opens with
 * (its subject: "„Irgendwann“ lässt offen …", "A terse "see below" …") becomes
 * {match}, the user's own words, never a translation of them.
 */
export function localNote(note: string, ui: Language): string {
  const { open, close, quoted } = MARKS[ui];
  let out = note.replace(/"([^"\n]*)"/g, `${open}$1${close}`);
  out = ui === 'de' ? out.replace(/“([^”„“\n]*)”/g, '„$1“') : out.replace(/„([^“”\n]*)[“”]/g, '“$1”');
  const subject = quoted.exec(out);
  if (!subject || out.includes('{match}')) return out;
  if (out.slice(0, subject.index).split(/\s+/).filter(Boolean).length > 2) return out;
  return `${out.slice(0, subject.index)}${open}{match}${close}${out.slice(subject.index + subject[0].length)}`;
}

const STACKED = /[!?]{2,}/;
const essence = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const shouted = (s: string) => (s.match(/[\p{L}\p{N}'’]+/gu) ?? []).filter(isShoutedWord).length;

/**
 * Whether a suggestion is worth a click: it changes words, or it calms a whole
 * shouted sentence, or capitals and stacked marks together ("NICHT so
 * abgesprochen!!!"). "NICHT" → "nicht" or "!!!" → "!" alone leaves the
 * sentence as loud as it was.
 */
export function changesEnough(original: string, suggestion: string, wholeSentence: () => boolean): boolean {
  if (essence(original) !== essence(suggestion)) return true;
  if (shouted(original) === 0 || shouted(suggestion) > 0 || STACKED.test(suggestion)) return false;
  return STACKED.test(original) || wholeSentence();
}
