import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../lib/analysis';
import { cueKey, MAX_QUOTE, reasonViews, shorten, signedPoints, strongest } from '../../../lib/ui/reasons';

const reason = (over: Partial<Reason>): Reason => ({
  score: 'tension',
  cue: 'negative-words',
  value: 1,
  weight: 1,
  points: 10,
  ranges: [],
  ...over,
});

describe('reasonViews', () => {
  const text = 'Liebe Frau Schmidt,\ndas ist leider  enttäuschend.\nDanke!';

  it('quotes the first range from the analysed text, on one line', () => {
    const start = text.indexOf('leider');
    const end = text.indexOf('.');
    const thanks = text.indexOf('Danke');
    const [view] = reasonViews(
      [
        reason({
          ranges: [
            { start, end },
            { start: thanks, end: thanks + 5 },
          ],
        }),
      ],
      text,
    );
    expect(view).toEqual({ score: 'tension', cue: 'negative-words', points: 10, quote: 'leider enttäuschend' });
  });

  it('has no words for an absence, nor for a range outside the text', () => {
    const views = reasonViews(
      [
        reason({ cue: 'no-ask', score: 'security', points: -20 }),
        reason({ ranges: [{ start: 40, end: 400 }] }),
        reason({ ranges: [{ start: 5, end: 5 }] }),
      ],
      text,
    );
    expect(views.map((v) => v.quote)).toEqual([null, null, null]);
  });

  it('drops a reason without a number', () => {
    expect(reasonViews([reason({ points: Number.NaN }), reason({ points: 4 })], text).map((v) => v.points)).toEqual([
      4,
    ]);
  });
});

describe('shorten', () => {
  it('keeps short words as they are', () => {
    expect(shorten('  haben Sie nicht ')).toBe('haben Sie nicht');
  });

  it('cuts long words at a word, with "…", to at most 60 characters', () => {
    const long =
      'Wie ich Ihnen bereits in meiner letzten Mail ausführlich erklärt habe, ist das so nicht machbar, leider.';
    const short = shorten(long);
    expect(short.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    // At a word: the cut falls before a space of the original.
    expect(long[short.length - 1]).toMatch(/[\s,]/);
  });

  it('never splits a surrogate pair, even without a space', () => {
    const emoji = '😀'.repeat(40);
    const short = shorten(emoji);
    expect(short.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(short).toMatch(/^(😀)+…$/u);
  });
});

describe('strongest', () => {
  const views = reasonViews(
    [
      reason({ cue: 'a', points: 3 }),
      reason({ cue: 'b', points: -30 }),
      reason({ cue: 'c', points: 12 }),
      reason({ cue: 'd', points: 0.4 }),
      reason({ cue: 'e', points: -5 }),
      reason({ cue: 'f', score: 'appreciation', points: 50 }),
    ],
    '',
  );

  it('takes the three of that score that moved it most, either way', () => {
    expect(strongest(views, 'tension').map((v) => v.cue)).toEqual(['b', 'c', 'e']);
    expect(strongest(views, 'appreciation').map((v) => v.cue)).toEqual(['f']);
    expect(strongest(views, 'security')).toEqual([]);
  });

  it('leaves out a reason that rounds to no points', () => {
    expect(strongest(views, 'tension', 10).map((v) => v.cue)).toEqual(['b', 'c', 'e', 'a']);
  });
});

describe('signedPoints and cueKey', () => {
  it('signs whole points with a true minus', () => {
    expect([18, -6, 0.6, -0.5, 12.4].map(signedPoints)).toEqual(['+18', '\u22126', '+1', '\u22121', '+12']);
  });

  it('names the i18n key of a cue', () => {
    expect(cueKey('finding:blame')).toBe('cue_finding_blame');
    expect(cueKey('negative-words')).toBe('cue_negative_words');
    expect(cueKey('finding:but-after-praise')).toBe('cue_finding_but_after_praise');
  });
});
