// What the confidence gate reads about one finding: its category and the mail
// around it — how warm the rest of the mail is, whether the finding's sentence
// reads as a reproach, whether other findings stand beside it. No words: the
// features are the gauges' cues (../gauges/cues.ts), counted inside and outside
// the finding's sentence, so the gate learns where a reading is likely wrong,
// not which sentences were.
import type { Doc } from '../document';
import { CUES, type Cue } from '../gauges/cues';
import type { CueReadings } from '../gauges/features';
import type { RawFinding } from '../rules/types';
import { isClosingLine } from '../segment';
import { CATEGORIES, type Category } from '../types';

/** Findings about clarity and the prompt for appreciation: all others are the writer's stance toward the reader. */
const NOT_STANCE: ReadonlySet<Category> = new Set(['hedging', 'long-sentence', 'unclear-ask', 'missing-appreciation']);

/**
 * What the gate never judges. Clarity findings (hedging, long sentences, no ask), mixed forms of
 * address and shouting (capitals and marks, counted) are facts of the text, not readings of tone;
 * praise taken back and sarcasm are found by the very warmth that lowers the gate's confidence
 * elsewhere.
 */
const NEVER_GATED: ReadonlySet<Category> = new Set([
  'hedging',
  'long-sentence',
  'unclear-ask',
  'formality-mix',
  'shouting',
  'but-after-praise',
  'sarcasm',
]);

/** Categories the gate judges: readings of the writer's tone, and the prompt for appreciation they raise. */
export const GATED: ReadonlySet<Category> = new Set(CATEGORIES.filter((c) => !NEVER_GATED.has(c)));

/** Cues counted inside the finding's sentence (`in:`) or elsewhere in the mail (`out:`), each with its fixed sign. */
const CONTEXT: ReadonlyArray<readonly [name: string, cue: Cue, where: 'in' | 'out', sign: 1 | -1]> = [
  ['out:positive-words', 'positive-words', 'out', -1],
  ['in:positive-words', 'positive-words', 'in', -1],
  ['out:gratitude', 'gratitude', 'out', -1],
  ['out:apology', 'apology', 'out', -1],
  ['in:negative-words', 'negative-words', 'in', 1],
  ['in:stance-words', 'stance-words', 'in', 1],
  ['out:stance-words', 'stance-words', 'out', 1],
];

/**
 * The gate's features in order, each with the sign its weight must keep (0: free).
 * A warm mail around a finding may only lower its confidence; a reproach beside it only raise it.
 */
export const GATE_FEATURES: ReadonlyArray<readonly [name: string, sign: -1 | 0 | 1]> = [
  ...CATEGORIES.filter((c) => GATED.has(c)).map((c) => [`cat:${c}`, 0] as const),
  ['cues', 1],
  ['other-stance', 1],
  ['flag-missing-appreciation', 1],
  ...CONTEXT.map(([name, , , sign]) => [name, sign] as const),
];

const INDEX = new Map<Cue, number>(CUES.map((cue, i) => [cue, i]));

const SALUTATION = /^\s*(?:liebe[rs]?|dear)\b/iu;
/** A short line around a farewell word: "Viele liebe Grüße", "Herzliche Grüße, Tom", "Kind regards". */
const FAREWELL = /^[^.!?]{0,40}\b(?:grü(?:ß|ss)en?|gru(?:ß|ss)|regards|wishes)\b[^.!?]{0,30}$/iu;

/**
 * Warm words every mail has by form, not by feeling: the "Liebe"/"Dear" of a salutation and a
 * closing formula ("Viele Grüße", "Warm wishes"). They say nothing about this mail's warmth.
 */
function formulaic(doc: Doc, range: { start: number; end: number }, sentenceIndex: number): boolean {
  const greeting = doc.greeting;
  if (greeting && range.start >= greeting.start && range.end <= greeting.end) return true;
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (isClosingLine(text) || FAREWELL.test(text)) return true;
  // A salutation run into the first line ("Liebe Frau Schmidt, danke …"): its first word.
  return range.start === sentence.start + (text.length - text.trimStart().length) && SALUTATION.test(text);
}

/** The first sentence a range touches, or -1 (sentences are in order and do not overlap: a binary search). */
function sentenceOf(doc: Doc, f: { start: number; end: number }): number {
  const sentences = doc.sentences;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid] as (typeof sentences)[number]).end > f.start) high = mid;
    else low = mid + 1;
  }
  const sentence = sentences[low];
  return sentence && sentence.start < f.end ? low : -1;
}

const GATED_CATEGORIES = CATEGORIES.filter((c) => GATED.has(c));

/** How many of a cue's ranges the draft holds in all, and per sentence (a huge draft has thousands of both). */
interface Tally {
  total: number;
  bySentence: Map<number, number>;
}

function tally(doc: Doc, context: CueReadings, cue: Cue): Tally {
  const bySentence = new Map<number, number>();
  let total = 0;
  for (const r of context.ranges[INDEX.get(cue) as number] ?? []) {
    const at = sentenceOf(doc, r);
    if (cue === 'positive-words' && formulaic(doc, r, at)) continue;
    total++;
    bySentence.set(at, (bySentence.get(at) ?? 0) + 1);
  }
  return { total, bySentence };
}

/**
 * How many sentences either side of a finding's own count as the mail around it. Client mail is
 * a few sentences, so the window holds all of it; in a long draft the warmth three paragraphs
 * away says nothing about this sentence. The prompt for appreciation reads the whole draft.
 */
const AROUND = 4;

/** The sum of `bySentence` over the window around sentence `at` (the whole draft for -1 or a whole-mail reading). */
function around(bySentence: Map<number, number>, total: number, at: number, whole: boolean): number {
  if (whole || at < 0) return total;
  let sum = 0;
  for (let s = at - AROUND; s <= at + AROUND; s++) sum += bySentence.get(s) ?? 0;
  return sum;
}

/** One row of GATE_FEATURES per finding; `context` is the draft's readCues (only its cues that are no findings are read). */
export function gateFeatures(doc: Doc, findings: readonly RawFinding[], context: CueReadings): number[][] {
  const sentences = findings.map((f) => sentenceOf(doc, f));
  const tallies = new Map<Cue, Tally>();
  for (const [, cue] of CONTEXT) if (!tallies.has(cue)) tallies.set(cue, tally(doc, context, cue));
  // Readings of stance per sentence; readings of missing appreciation.
  const stance = new Map<number, number>();
  let prompts = 0;
  findings.forEach((f, i) => {
    if (!NOT_STANCE.has(f.category)) {
      stance.set(sentences[i] as number, (stance.get(sentences[i] as number) ?? 0) + 1);
    }
    if (f.category === 'missing-appreciation') prompts++;
  });
  return findings.map((f, i) => {
    const at = sentences[i] as number;
    const whole = f.category === 'missing-appreciation';
    const row: number[] = GATED_CATEGORIES.map((c) => (c === f.category ? 1 : 0));
    // A finding that stands for several cues (a shouted sentence: its capitals and its marks) is surer.
    row.push(Math.log(Math.max(1, f.weight ?? 1)));
    // Other sentences around it with a reading of stance; its own sentence when another reading shares it.
    let others = 0;
    for (const [s, n] of stance) {
      if (!whole && at >= 0 && Math.abs(s - at) > AROUND) continue;
      if (n > (s === at && !NOT_STANCE.has(f.category) ? 1 : 0)) others++;
    }
    row.push(Math.log1p(others));
    row.push(prompts - (whole ? 1 : 0) > 0 ? 1 : 0);
    for (const [, cue, where] of CONTEXT) {
      const { total, bySentence } = tallies.get(cue) as Tally;
      const inside = at >= 0 ? (bySentence.get(at) ?? 0) : 0;
      row.push(Math.log1p(where === 'in' ? inside : around(bySentence, total, at, whole) - inside));
    }
    return row;
  });
}
