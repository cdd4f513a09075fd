// A suggestion must change more than case and punctuation — or calm a shouted
// sentence: its capitals and its "!!!" together. "NICHT" → "nicht" or "!!!" →
// "!" alone leaves the sentence as loud as it was.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { apply } from './apply';
import { DRAFTS } from './drafts';

const essence = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('suggestions', () => {
  const offered = DRAFTS.flatMap((text) =>
    analyze(text).findings.flatMap((f) => f.suggestions.map((s) => [f.ruleId, text, f, s] as const)),
  );

  it('are offered in these drafts at all', () => {
    expect(offered.length).toBeGreaterThan(5);
  });

  it.each(offered)('%s in %j: %#', (_, text, finding, suggestion) => {
    const original = text.slice(finding.start, finding.end);
    if (essence(original) !== essence(suggestion)) return;
    // Same words: only a rewrite that leaves the draft calm may pass.
    const fixed = apply(text, finding, suggestion);
    expect(suggestion).not.toMatch(/[!?]{2,}/);
    expect(suggestion).not.toMatch(/\p{Lu}{2,}/u);
    expect(analyze(fixed).findings.filter((f) => f.category === 'shouting')).toEqual([]);
  });

  it('never lower-cases one shouted word or trims "!!!" to "!" alone', () => {
    for (const text of ['Ich brauche die Zahlen HEUTE noch.', 'We need the figures NOW.', 'Das ist nicht okay!!!']) {
      for (const f of analyze(text).findings) expect(f.suggestions, text).toEqual([]);
    }
  });

  it('calms a whole shouted sentence in one rewrite', () => {
    const cases: Array<[string, string]> = [
      ['PLEASE CALL ME BACK TODAY!!!', 'Please call me back today.'],
      ['DAS IST NICHT OKAY!!!', 'Das ist nicht okay.'],
      ['Das war NICHT so abgesprochen!!!', 'Das war nicht so abgesprochen.'],
      ['Nicht morgen, nicht übermorgen – JETZT SOFORT!!', 'Nicht morgen, nicht übermorgen – jetzt sofort.'],
    ];
    for (const [text, calm] of cases) {
      const finding = analyze(text).findings.find((f) => f.category === 'shouting');
      expect(finding && apply(text, finding, finding.suggestions[0] ?? ''), text).toBe(calm);
    }
  });
});
