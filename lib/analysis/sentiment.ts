// Placeholder until the sentiment reader lands: no sentiment words.
import type { Doc } from './document';

export interface SentimentHit {
  start: number;
  end: number;
  valence: number;
}
export interface Sentiment {
  positive: number;
  negative: number;
  hits: readonly SentimentHit[];
}
export function sentimentOf(_doc: Doc): Sentiment {
  return { positive: 0, negative: 0, hits: [] };
}
