// A sentiment lexicon shipped as one line per valence ("1.6 dear dearer …"):
// smaller gzipped than an object literal, read back once into word → valence.
import type { Degree } from './types';

/** The lines read back into word → valence. */
export function byValence(lines: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const line of lines.split('\n')) {
    const [valence = '', ...words] = line.split(' ');
    for (const word of words) out[word] = Number(valence);
  }
  return out;
}

/** The same lines for a verdict lexicon, a degree (1–3) in place of the valence ("3 stümperhaft dilettantisch …"). */
export function byDegree(lines: string): Record<string, Degree> {
  return byValence(lines) as Record<string, Degree>;
}
