// "Why 72?": the engine's reasons made readable, the user's words quoted
// short enough for a 280-pixel panel, the strongest few per score.
import type { Reason, ScoreKey } from '../analysis';
import type { MessageKey } from '../i18n';
import type { ReasonView } from './review';

/** Longest quote, "…" included. */
export const MAX_QUOTE = 60;
/** Reasons listed per score. */
export const SHOWN_REASONS = 3;

/** i18n key of a cue's name: every character that is not a letter or digit becomes `_`. */
export const cueKey = (cue: string) => `cue_${cue.replace(/[^\p{L}\p{N}]/gu, '_')}` as MessageKey;

/** One line of the user's words, at most `max` characters, cut at a word where one is near. */
export function shorten(words: string, max = MAX_QUOTE): string {
  const line = words.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let cut = line.slice(0, max - 1);
  // Never leave half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space >= max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.!?–-]+$/, '')}…`;
}

/** The reasons as the sidebar shows them, quoting the first range of each from the analysed text. */
export function reasonViews(reasons: readonly Reason[], text: string): ReasonView[] {
  return reasons
    .filter((r) => Number.isFinite(r.points))
    .map((r) => {
      const range = r.ranges[0];
      const valid = range && range.start >= 0 && range.end > range.start && range.end <= text.length;
      const quote = valid ? shorten(text.slice(range.start, range.end)) : '';
      return { score: r.score, cue: r.cue, points: r.points, quote: quote === '' ? null : quote };
    });
}

/** Whole points a reason moved its score by; one that rounds to 0 says nothing. */
const size = (points: number) => Math.round(Math.abs(points));

/** The strongest reasons for one score, by how far they moved it. */
export function strongest(reasons: readonly ReasonView[], score: ScoreKey, count = SHOWN_REASONS): ReasonView[] {
  return reasons
    .filter((r) => r.score === score && size(r.points) >= 1)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, count);
}

/** "+18", "−6" (a true minus sign), rounded to whole points. */
export function signedPoints(points: number): string {
  return `${points > 0 ? '+' : '\u2212'}${size(points)}`;
}
