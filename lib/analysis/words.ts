import { tokenize } from './tokenize';

export function countWords(text: string): number {
  let n = 0;
  for (const token of tokenize(text)) if (token.word) n++;
  return n;
}
