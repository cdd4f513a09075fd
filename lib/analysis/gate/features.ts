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
function formulaic(doc: Doc, range: { start: number; end: number }): boolean {
  const greeting = doc.greeting;
  if (greeting && range.start >= greeting.start && range.end <= greeting.end) return true;
  const sentence = doc.sentences[sentenceOf(doc, range)];
  if (!sentence) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (isClosingLine(text) || FAREWELL.test(text)) return true;
  // A salutation run into the first line ("Liebe Frau Schmidt, danke …"): its first word.
  return range.start === sentence.start + (text.length - text.trimStart().length) && SALUTATION.test(text);
}

/** The first sentence a range touches, or -1. */
function sentenceOf(doc: Doc, f: { start: number; end: number }): number {
  return doc.sentences.findIndex((s) => s.end > f.start && s.start < f.end);
}

/** One row of GATE_FEATURES per finding; `context` is the draft's readCues (only its cues that are no findings are read). */
export function gateFeatures(doc: Doc, findings: readonly RawFinding[], context: CueReadings): number[][] {
  const sentences = findings.map((f) => sentenceOf(doc, f));
  return findings.map((f, i) => {
    const row: number[] = CATEGORIES.filter((c) => GATED.has(c)).map((c) => (c === f.category ? 1 : 0));
    // A finding that stands for several cues (a shouted sentence: its capitals and its marks) is surer.
    row.push(Math.log(Math.max(1, f.weight ?? 1)));
    const others = new Set<number>();
    let missingAppreciation = 0;
    findings.forEach((g, j) => {
      if (j === i) return;
      if (!NOT_STANCE.has(g.category)) others.add(sentences[j] as number);
      if (g.category === 'missing-appreciation') missingAppreciation = 1;
    });
    row.push(Math.log1p(others.size), missingAppreciation);
    const sentence = doc.sentences[sentences[i] as number];
    for (const [, cue, where] of CONTEXT) {
      const k = INDEX.get(cue) as number;
      let inside = 0;
      let outside = 0;
      for (const r of context.ranges[k] ?? []) {
        if (cue === 'positive-words' && formulaic(doc, r)) continue;
        if (sentence && r.start < sentence.end && r.end > sentence.start) inside++;
        else outside++;
      }
      row.push(Math.log1p(where === 'in' ? inside : outside));
    }
    return row;
  });
}
