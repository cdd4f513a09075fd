import { intern, type WordInfo } from './vocabulary';

// One pass over the text with Unicode-aware regexes (Intl.Segmenter is
// superlinear on long strings in V8). Words keep their inner joiners, so German
// gender forms (Kund:innen, Kund*innen), contractions (don't) and compounds
// (E-Mail) are one token; runs of punctuation are tokens of their own.

/**
 * A word (letters or digits) or a run of punctuation. Tokens keep only offsets
 * and a shared per-word record; their text is sliced when asked for, so a long
 * draft does not hold two strings per token.
 */
export class Token {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Shared per distinct folded word (words only). */
    readonly info: WordInfo | null,
  ) {}

  /** Set where the sentence decides the lemma (a separable verb: "gebe … ab" → abgeben). */
  lemma?: WordInfo;

  /** German: the known noun a capitalised compound ends in ("Montagetermin" → termin), set by compounds.ts. */
  head?: WordInfo;

  /** German: a sentence-initial "Sie" before a singular verb ("Sie hat …"), her and not the reader (third-person-sie.ts). */
  thirdPerson?: boolean;

  get word(): boolean {
    return this.info !== null;
  }

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** The code unit at `i` of the token's text, without slicing it. */
  codeAt(i: number): number {
    return this.source.charCodeAt(this.start + i);
  }

  /** Whether the token's text holds `part` (as text.includes), without slicing it for one character. */
  holds(part: string): boolean {
    if (part.length !== 1) return this.text.includes(part);
    const code = part.charCodeAt(0);
    for (let i = this.start; i < this.end; i++) if (this.source.charCodeAt(i) === code) return true;
    return false;
  }

  /** Lower case, ß as ss, ’ as ': the form patterns and word lists compare against. */
  get folded(): string {
    return this.info ? this.info.folded : this.text;
  }
}

export function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ß') || lower.includes('’') ? lower.replace(/ß/g, 'ss').replace(/’/g, "'") : lower;
}

const JOINERS = new Set([..."'’:*·_-\u00AD"].map((c) => c.charCodeAt(0)));
const PUNCT = new Set([...'!?.,;:…„“”"«»‚‘’\'()-–—'].map((c) => c.charCodeAt(0)));
const isJoiner = (code: number): boolean => JOINERS.has(code);
const isPunct = (code: number): boolean => PUNCT.has(code);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** A comma or point between two digits: a thousands or decimal mark. */
const isNumberMark = (text: string, i: number, to: number): boolean => {
  const code = text.charCodeAt(i);
  return (
    (code === 44 || code === 46) && i + 1 < to && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))
  );
};

// Character classes by code unit, worked out once per character with Unicode
// regexes: 1 letter or digit, 2 combining mark, 3 anything else.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const classes = new Uint8Array(65_536);

function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    // Astral plane (rare letters, emoji): classify the whole code point.
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    return LETTER_OR_DIGIT.test(char) ? 1 : MARK.test(char) ? 2 : 3;
  }
  let c = classes[code] as number;
  if (c === 0) {
    const char = String.fromCharCode(code);
    c = LETTER_OR_DIGIT.test(char) ? 1 : MARK.test(char) ? 2 : 3;
    classes[code] = c;
  }
  return c;
}

/** Width in code units of the character at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Tokens of text[from, to). Pass `lower` (text.toLowerCase(), once per text) to
 * fold by slicing instead of lower-casing every token.
 */
export function tokenize(text: string, from = 0, to = text.length, lower?: string): Token[] {
  const sameLength = lower !== undefined && lower.length === text.length;
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = classOf(text, i);
    const start = i;
    if (c === 1) {
      // A word: letters, digits and marks, with single joiners inside.
      i += width(text, i);
      while (i < to) {
        const k = classOf(text, i);
        if (k === 1 || k === 2) {
          i += width(text, i);
        } else if (isJoiner(text.charCodeAt(i)) && i + 1 < to && classOf(text, i + 1) !== 3) {
          i += 1;
        } else if (isNumberMark(text, i, to)) {
          // "8,000", "1.480", "3,5": one number, not a clause mark between two.
          i += 1;
        } else {
          break;
        }
      }
      let folded: string;
      if (sameLength) {
        folded = (lower as string).slice(start, i);
        if (folded.includes('ß') || folded.includes('’')) folded = folded.replace(/ß/g, 'ss').replace(/’/g, "'");
      } else {
        folded = fold(text.slice(start, i));
      }
      tokens.push(new Token(text, start, i, intern(folded)));
    } else if (isPunct(text.charCodeAt(i))) {
      i += 1;
      while (i < to && isPunct(text.charCodeAt(i))) i += 1;
      tokens.push(new Token(text, start, i, null));
    } else {
      i += width(text, i);
    }
  }
  return tokens;
}
