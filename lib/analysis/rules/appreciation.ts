// Where a draft thanks, acknowledges or wishes the reader well. Several
// patterns may find the same words ("thanks" is thank* and thanks; "gerne" is
// thanks and a softener): each span of words counts once.
import type { Doc, SentenceView } from '../document';
import { isClosingLine } from '../segment';
import { FrameMatcher } from './frames';
import { WARM_WISHES } from './warm-wishes';

const wishes = new FrameMatcher('warm-wishes', WARM_WISHES);

type Span = [number, number];

const THANKS = /dank|thank/i;

/** How many spans remain once overlapping ones are merged. */
function distinct(spans: Span[]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let n = 0;
  let end = -1;
  for (const [first, last] of spans) {
    if (first > end) n++;
    end = Math.max(end, last);
  }
  return n;
}

export interface Warmth {
  /** Sentences that thank, acknowledge or wish the reader well. */
  thanked: number;
  /** Those sentences, in text order. */
  thanking: readonly SentenceView[];
  /** Warm words (thanks, wishes, please, an apology), a word that is several of these once. */
  cues: number;
}

function sentenceWarmth(sentence: SentenceView): { thanks: number; cues: number } {
  const { appreciation, softener } = sentence.signals;
  const wished = wishes.spans(sentence);
  if (wished.length === 0 && appreciation.length + softener.length <= 1) {
    return { thanks: appreciation.length, cues: appreciation.length + softener.length };
  }
  const thanks: Span[] = appreciation.map((i): Span => [i, i]);
  for (const w of wished) thanks.push([w.first, w.last]);
  const all = [...thanks, ...softener.map((i): Span => [i, i])];
  return { thanks: distinct(thanks), cues: distinct(all) };
}

const measured = new WeakMap<Doc, Warmth>();

/**
 * "Guten Tag", "Good morning" open the mail and "Best wishes," closes it; they thank
 * no one. A closing that thanks ("Many thanks,") still thanks.
 */
function greetsOrCloses(doc: Doc, sentence: SentenceView): boolean {
  const greeting = doc.greeting;
  if (greeting && sentence.start < greeting.end && greeting.start < sentence.end) return true;
  const text = doc.text.slice(sentence.start, sentence.end);
  return isClosingLine(text) && !THANKS.test(text);
}

export function warmthOf(doc: Doc): Warmth {
  const known = measured.get(doc);
  if (known) return known;
  const thanking: SentenceView[] = [];
  const warmth: Warmth = { thanked: 0, thanking, cues: 0 };
  for (const sentence of doc.sentences) {
    const { thanks, cues } = sentenceWarmth(sentence);
    if (thanks > 0 && !greetsOrCloses(doc, sentence)) {
      warmth.thanked++;
      thanking.push(sentence);
    }
    warmth.cues += cues;
  }
  measured.set(doc, warmth);
  return warmth;
}
