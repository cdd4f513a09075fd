// Word tokens with a Unicode-aware regex (not Intl.Segmenter, which is
// superlinear on long strings in V8). Joiners inside a word keep German gender
// forms (Kund:innen, Kund*innen), contractions (don't) and compounds (E-Mail)
// as one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’:*·_-][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}
