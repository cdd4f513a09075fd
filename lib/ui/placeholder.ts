// Rewrites leave facts the writer did not give as bracketed gaps ("[Datum]",
// "[date]"): the card marks them, and applying a rewrite selects the first so
// the user types over it.

/** A gap is a short bracketed run on one line; `[]` is none, and of nested brackets only the innermost. */
const GAP = /\[[^[\]\n]{1,60}\]/;

export interface Span {
  start: number;
  end: number;
}

/** The first gap in `text`, as offsets into it; null when there is none. */
export function firstPlaceholder(text: string): Span | null {
  const match = GAP.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export interface TextPart {
  /** Offset of the part in the whole text (a stable key when rendering). */
  start: number;
  text: string;
  placeholder: boolean;
}

/** The text cut into plain runs and gaps, in order, for rendering without markup. */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  // A fresh global copy: a shared one would carry its lastIndex from call to call.
  for (const match of text.matchAll(new RegExp(GAP.source, 'g'))) {
    if (match.index > at) parts.push({ start: at, text: text.slice(at, match.index), placeholder: false });
    parts.push({ start: match.index, text: match[0], placeholder: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ start: at, text: text.slice(at), placeholder: false });
  return parts;
}
