// One pass over the text with Unicode-aware regexes (Intl.Segmenter is
// superlinear on long strings in V8). Words keep their inner joiners, so German
// gender forms (Kund:innen, Kund*innen), contractions (don't) and compounds
// (E-Mail) are one token; runs of punctuation are tokens of their own.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), or punctuation. */
  word: boolean;
}

const TOKEN = /([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’:*·_\-\u00AD][\p{L}\p{M}\p{N}]+)*)|([!?.,;:…„“”"«»‚‘’'()\-–—]+)/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const value = m[0];
    const end = Math.min(m.index + value.length, to);
    const t = end === m.index + value.length ? value : value.slice(0, end - m.index);
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end, word: m[1] !== undefined });
  }
  return tokens;
}
