// The confidence gate (lib/analysis/gate): what it holds back and what it never touches.
// Findings are made here, so the tests read the gate, not the rules' current reach.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { examine } from '../../../lib/analysis/engine';
import { GATE_FEATURES, GATED } from '../../../lib/analysis/gate/features';
import WEIGHTS from '../../../lib/analysis/gate/gate-weights.json';
import { confidences, type GateWeights, keepConfident, modelMatches } from '../../../lib/analysis/gate/index';
import type { RawFinding } from '../../../lib/analysis/rules/types';
import { CATEGORIES, type Category } from '../../../lib/analysis/types';

const MODEL = WEIGHTS as GateWeights;

/** A finding of `category` on the first occurrence of `words` in `text`. */
function finding(text: string, words: string, category: Category): RawFinding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { ruleId: 'test', category, start, end: start + words.length, suggestions: [] };
}

const WARM =
  'Hi Mrs Okafor,\n\nwhat a lovely afternoon that was, and thank you so much for the wonderful cake! The whole team enjoyed it. As discussed, the new cabinets arrive next week. We are delighted with how beautiful the kitchen looks and so happy you like it.\n\nWarm wishes,\nLena';
const COLD =
  'Hi Mr Price,\n\nthe invoice is unpaid again. As discussed, the new cabinets arrive next week. This is unacceptable and frankly careless, and the delay is damaging our schedule.\n\nLena';
const SENTENCE = 'As discussed, the new cabinets arrive next week';

/** A draft as the gate reads it: its Doc and its cues. */
function read(text: string) {
  const { doc, cues } = examine(text, { language: 'en' });
  if (!cues) throw new Error('no sentences');
  return { doc, cues };
}

describe('confidence gate', () => {
  it('its weights were fitted for its features, each weight on its sign', () => {
    expect(modelMatches(MODEL)).toBe(true);
    GATE_FEATURES.forEach(([name, sign], k) => {
      const w = MODEL.weights[k] as number;
      if (sign > 0) expect(w, name).toBeGreaterThanOrEqual(0);
      if (sign < 0) expect(w, name).toBeLessThanOrEqual(0);
    });
  });

  it('holds back a lone reading in a warm mail and keeps the same reading in a cold one', () => {
    const warm = read(WARM);
    const cold = read(COLD);
    const inWarm = finding(WARM, SENTENCE, 'being-right');
    const inCold = finding(COLD, SENTENCE, 'being-right');
    const [pWarm] = confidences(warm.doc, [inWarm], warm.cues);
    const [pCold] = confidences(cold.doc, [inCold], cold.cues);
    expect(pWarm as number).toBeLessThan(MODEL.threshold);
    expect(pCold as number).toBeGreaterThanOrEqual(MODEL.threshold);
    expect(keepConfident(warm.doc, [inWarm], warm.cues)).toEqual([]);
    expect(keepConfident(cold.doc, [inCold], cold.cues)).toEqual([inCold]);
  });

  it('does not count the warm words of a salutation or a closing formula as warmth', () => {
    const body = 'Wie besprochen, kommen die neuen Schränke nächste Woche';
    const plain = `Hallo Frau Schmidt,\n\n${body}.\n\nTom`;
    const confidence = (text: string) => {
      const { doc, cues } = examine(text, { language: 'de' });
      return confidences(doc, [finding(text, body, 'being-right')], cues as NonNullable<typeof cues>)[0];
    };
    for (const formal of [
      `Liebe Frau Schmidt,\n\n${body}.\n\nViele liebe Grüße\nTom`,
      `Liebe Frau Schmidt, ${body}. Herzliche Grüße, Tom`,
    ])
      expect(confidence(formal), formal).toBeCloseTo(confidence(plain) as number, 6);
    // A warm sentence of the mail's own does count.
    expect(confidence(`Hallo Frau Schmidt,\n\n${body}. Die Küche sieht wunderbar aus!\n\nTom`)).toBeLessThan(
      confidence(plain) as number,
    );
  });

  it('reads the mail around a reading, not warmth paragraphs away in a long draft', () => {
    const neutral = 'The delivery is planned for the morning. ';
    const warm = 'What a wonderful, lovely and delightful day that was! ';
    const plain = `Hi Mr Price,\n\n${SENTENCE}. ${neutral.repeat(8)}\n\nLena`;
    const far = `Hi Mr Price,\n\n${SENTENCE}. ${neutral.repeat(8)}${warm.repeat(6)}\n\nLena`;
    const near = `Hi Mr Price,\n\n${SENTENCE}. ${warm.repeat(2)}${neutral.repeat(8)}\n\nLena`;
    const confidence = (text: string) => {
      const { doc, cues } = read(text);
      return confidences(doc, [finding(text, SENTENCE, 'being-right')], cues)[0] as number;
    };
    expect(confidence(far)).toBeCloseTo(confidence(plain), 6);
    expect(confidence(near)).toBeLessThan(confidence(plain));
  });

  it('never judges clarity, shouting, mixed address, praise taken back or sarcasm', () => {
    const warm = read(WARM);
    const ungated = CATEGORIES.filter((c) => !GATED.has(c));
    expect(ungated.join()).toBe('hedging,shouting,sarcasm,but-after-praise,long-sentence,unclear-ask,formality-mix');
    for (const category of ungated) {
      const f = finding(WARM, SENTENCE, category);
      expect(keepConfident(warm.doc, [f], warm.cues), category).toEqual([f]);
    }
  });

  it('drops the prompt for appreciation when nothing it held back leaves the draft tense', () => {
    const warm = read(WARM);
    const stance = finding(WARM, SENTENCE, 'being-right');
    const prompt = finding(WARM, 'Hi Mrs Okafor,', 'missing-appreciation');
    expect(keepConfident(warm.doc, [prompt, stance], warm.cues)).toEqual([]);
    // A reading the gate keeps keeps the prompt with it.
    const cold = read(COLD);
    const kept = [finding(COLD, 'Hi Mr Price,', 'missing-appreciation'), finding(COLD, SENTENCE, 'being-right')];
    expect(keepConfident(cold.doc, kept, cold.cues)).toEqual(kept);
  });

  it('keeps everything when its weights do not match its features', () => {
    const warm = read(WARM);
    const f = finding(WARM, SENTENCE, 'blame');
    const stale: GateWeights = { ...MODEL, features: MODEL.features.slice(1), weights: MODEL.weights.slice(1) };
    expect(modelMatches(stale)).toBe(false);
    expect(keepConfident(warm.doc, [f], warm.cues, stale)).toEqual([f]);
  });

  it('the engine shows what the gate keeps, and its gauges still weigh every reading', () => {
    const text =
      'Hi Ms Hale,\n\nas I said at the start, the cheaper tiles would crack. Good news: the new ones are in and they look great.\n\nTom';
    const { raw, shown } = examine(text, { language: 'en' });
    expect(raw.some((f) => f.category === 'being-right')).toBe(true);
    expect(shown.some((f) => f.category === 'being-right')).toBe(false);
    const analysis = analyze(text, { language: 'en' });
    expect(analysis.findings.some((f) => f.category === 'being-right')).toBe(false);
    expect(analysis.reasons.some((r) => r.cue === 'finding:being-right')).toBe(true);
  });
});
