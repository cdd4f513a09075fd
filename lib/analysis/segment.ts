// Splits a draft into what is analysed (the user's own text) and what is not
// (quoted replies, forwarded headers, the signature), then into paragraphs and
// sentences. Offsets always refer to the original text.
import { type Token, tokenize } from './tokenize';

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Index into Segmented.paragraphs. */
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface Segmented {
  paragraphs: Paragraph[];
  /** Ranges inside quotation marks: speech or citations, not the writer's own voice. */
  quotes: Array<[number, number]>;
  /** The salutation line ("Hallo Frau Schmidt,"), when the draft opens with one. */
  greeting: { start: number; end: number } | null;
}

/** Lines that start a quoted reply or a forwarded message: everything from there on is someone else's text. */
const REPLY_HEADER =
  /^(?:Am\s.{3,200}\sschrieb\s.{0,200}:|On\s.{3,200}\swrote:|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}|(?:Von|From|Gesendet|Sent):\s.+)\s*$/i;
/** The signature delimiter, and the lines mail apps add under a message ("Sent with Proton Mail", "Sent from my iPhone"). */
const SIGNATURE =
  /^(?:--\s?|(?:sent|gesendet) (?:with|from|mit|von) (?:my|meinem|meiner|proton|outlook|gmx|web\.de|yahoo|samsung|mobile|iphone|ipad|android|mail)\b.{0,50})$/i;
const QUOTED_LINE = /^\s*>/;
/** A closing line ("Viele Grüße,", "Best regards"): what follows it, when short, is the sender's name and address. */
const CLOSING =
  /^\s*(?:(?:mit |mit den )?(?:freundliche[nm]?|beste[nm]?|herzliche[nm]?|liebe[nm]?|viele[nm]?|sonnige[nm]?|schöne[nm]?) grü(?:ß|ss)en?|(?:viele |liebe |beste |herzliche )?grü(?:ß|ss)e(?: aus \p{L}+)?|lg|vg|mfg|gruß|best(?: regards| wishes)?|(?:kind|warm|warmest|many|with) (?:regards|wishes|thanks)|regards|cheers|sincerely|yours(?: sincerely| truly)?|thanks(?: again)?|many thanks|thank you)\s*[,.!]?\s*$/iu;
/** Whether a line is a closing formula ("Best wishes,", "Viele Grüße"). */
export const isClosingLine = (line: string): boolean => CLOSING.test(line);

/** Lines under a closing that still read as a signature block. */
const SIGNATURE_LINES = 6;
const GREETING =
  /^\s*(?:hallo|hi|hey|moin|servus|grüezi|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|hello|dear|good (?:morning|afternoon|evening))\b/i;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'z',
  'b',
  'd',
  'h',
  'u',
  'a',
  'o',
  's',
  'e',
  'g',
  'i',
  'dr',
  'prof',
  'bzw',
  'ca',
  'nr',
  'usw',
  'etc',
  'vgl',
  'ggf',
  'evtl',
  'inkl',
  'zzgl',
  'abs',
  'str',
  'st',
  'hr',
  'fr',
  'mr',
  'mrs',
  'ms',
  'vs',
  'jr',
  'sr',
  'no',
  'tel',
  'mio',
  'mrd',
  'bspw',
  'sog',
  'resp',
  'geb',
  'gem',
  'lt',
  'max',
  'min',
  'mind',
  'approx',
  'dept',
  'incl',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dez',
  'dec',
  'mo',
  'di',
  'mi',
  'do',
  'sa',
  'so',
]);

/** Abbreviations only when capitalised ("Do.", "So.", "No. 5"): lower case they are words ("won't do.", "say no."). */
const WORDS_TOO = new Set(['mo', 'di', 'mi', 'do', 'sa', 'so', 'no']);

/** A day number followed by a month is an ordinal ("3. März"), not a sentence end. */
const MONTHS = /^(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/;

const OPENING_QUOTE: Record<string, string> = { '„': '“', '“': '”', '«': '»', '»': '«', '‚': '‘', '"': '"' };

function findQuotes(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let open: { char: string; at: number } | null = null;
  const marks = /[„“”«»‚‘"'\n]/g;
  marks.lastIndex = from;
  for (let m = marks.exec(text); m !== null && m.index < to; m = marks.exec(text)) {
    let i = m.index;
    const c = m[0];
    if (c === '\n') {
      open = null; // Quotes do not span lines: a stray mark must not swallow the draft.
      continue;
    }
    if (open) {
      if (c === OPENING_QUOTE[open.char] || (open.char === '„' && c === '”')) {
        out.push([open.at, i + 1]);
        open = null;
      }
    } else if (c in OPENING_QUOTE) {
      open = { char: c, at: i };
    } else if (c === "'" && (i === 0 || /[\s:(]/.test(text[i - 1] as string))) {
      const close = text.indexOf("'", i + 1);
      const lineEnd = text.indexOf('\n', i);
      if (close > i && (lineEnd === -1 || close < lineEnd) && !/\p{L}/u.test(text[close + 1] ?? '')) {
        out.push([i, close + 1]);
        i = close;
        marks.lastIndex = close + 1;
      }
    }
  }
}

function startsUpper(token: Token | undefined): boolean {
  if (!token) return true;
  const c = token.text[0] as string;
  return c !== c.toLowerCase() || /[\d„“"«»(‚]/.test(c);
}

const wordBefore = (tokens: readonly Token[], i: number): Token | undefined => {
  const t = tokens[i - 1];
  return t?.word ? t : undefined;
};

function splitSentences(text: string, lower: string, start: number, end: number, paragraph: number): Sentence[] {
  const tokens = tokenize(text, start, end, lower);
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const slice = tokens.slice(first, last + 1);
    if (slice.some((t) => t.word)) {
      sentences.push({
        start: slice[0]?.start ?? start,
        end: slice[slice.length - 1]?.end ?? end,
        tokens: slice,
        paragraph,
      });
    }
    first = last + 1;
  };
  let newline = text.indexOf('\n', start);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    while (newline !== -1 && newline < token.end) newline = text.indexOf('\n', newline + 1);
    if (next && newline !== -1 && newline < next.start) {
      close(i);
      continue;
    }
    if (token.word || !/[.!?…]/.test(token.text)) continue;
    // "FRITZ!Box", "Yahoo!Mail": a mark between two letters with no space is part of a name.
    const inName = next?.word && next.start === token.end && wordBefore(tokens, i)?.end === token.start;
    if (/[!?]/.test(token.text) && !inName) {
      close(i);
      continue;
    }
    const before = tokens[i - 1];
    const abbreviation =
      token.text === '.' &&
      before?.word &&
      ((ABBREVIATIONS.has(before.folded) && !(WORDS_TOO.has(before.folded) && !/^\p{Lu}/u.test(before.text))) ||
        (/^\d{1,2}$/.test(before.text) && MONTHS.test(next?.folded ?? ''))) &&
      token.start === before.end;
    // "3.500" and "example.com": a period with no space after it ends nothing.
    const spaced = !next || next.start > token.end;
    if (!abbreviation && spaced && startsUpper(next)) close(i);
  }
  close(tokens.length - 1);
  return sentences;
}

/** Whether the text from `from` is a few short lines (a name, a firm, an address) up to the end or a reply. */
function isSignatureBlock(text: string, from: number): boolean {
  let lines = 0;
  for (const line of text.slice(from, from + 2000).split('\n')) {
    if (SIGNATURE.test(line) || REPLY_HEADER.test(line.trim()) || QUOTED_LINE.test(line)) return lines > 0;
    if (line.trim() === '') continue;
    // A question or a sentence under the closing is a postscript, not a signature.
    if (++lines > SIGNATURE_LINES || line.length > 80 || /[?]|\p{L}{3}[.!]\s*$/u.test(line)) return false;
  }
  return lines > 0 && from + 2000 >= text.length;
}

export function segment(text: string): Segmented {
  const lower = text.toLowerCase();
  const paragraphs: Paragraph[] = [];
  const quotes: Array<[number, number]> = [];
  let greeting: Segmented['greeting'] = null;
  let paragraphStart = -1;
  let paragraphEnd = -1;
  let seenText = false;

  const flush = () => {
    if (paragraphStart < 0) return;
    const index = paragraphs.length;
    paragraphs.push({
      start: paragraphStart,
      end: paragraphEnd,
      sentences: splitSentences(text, lower, paragraphStart, paragraphEnd, index),
    });
    findQuotes(text, paragraphStart, paragraphEnd, quotes);
    paragraphStart = -1;
  };

  let lineStart = 0;
  let signatureFrom = -1;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (SIGNATURE.test(line) || REPLY_HEADER.test(line.trim()) || lineStart === signatureFrom) break;
    if (seenText && CLOSING.test(line) && newline !== -1 && isSignatureBlock(text, newline + 1))
      signatureFrom = newline + 1;
    if (line.trim() === '' || QUOTED_LINE.test(line)) {
      flush();
    } else {
      if (!seenText && GREETING.test(line) && line.length < 80) greeting = { start: lineStart, end: lineEnd };
      seenText = true;
      if (paragraphStart < 0) paragraphStart = lineStart;
      paragraphEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  flush();
  return { paragraphs, quotes, greeting };
}
