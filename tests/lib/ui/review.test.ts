import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analysis';
import { MAX_ANALYSED_CHARS } from '../../../lib/messaging/limits';
import { analysedPart, findingKey, findingView } from '../../../lib/ui/review';

const text = 'Hallo Herr Berg,\nwie bereits erwähnt, benötigen wir die Vollmacht bis Freitag. Danke!';
const sentence = 'wie bereits erwähnt, benötigen wir die Vollmacht bis Freitag.';
const at = text.indexOf(sentence);

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'de/being-right/wie-bereits-erwaehnt',
  category: 'being-right',
  start: at,
  end: at + 'wie bereits erwähnt'.length,
  message: 'Rechthaben kostet Gemeinsamkeit.',
  explanation: 'Warum.',
  suggestions: ['wie besprochen'],
  ...over,
});

describe('findingView', () => {
  it('keeps the phrase suggestions and quotes the words', () => {
    const view = findingView(finding(), text);
    expect(view.key).toBe(`de/being-right/wie-bereits-erwaehnt@${at}`);
    expect(view.key).toBe(findingKey(finding()));
    expect(view.quote).toBe('wie bereits erwähnt');
    expect(view.suggestions).toEqual(['wie besprochen']);
    expect(view.rewrites).toEqual([]);
  });

  it('drops leading punctuation from the quote', () => {
    const comma = text.indexOf(',', at);
    expect(findingView(finding({ start: comma, end: comma + 11 }), text).quote).toBe('benötigen');
  });

  it('maps each rewrite to the sentence it replaces and its text, keeping the engine’s index', () => {
    const rewrites = [
      { start: at, end: at + sentence.length, text: 'Wir benötigen die Vollmacht bis Freitag.' },
      { start: at, end: at + sentence.length, text: 'Könnten Sie uns die Vollmacht bis [Datum] schicken?' },
    ];
    expect(findingView(finding({ rewrites }), text).rewrites).toEqual([
      { index: 0, before: sentence, text: 'Wir benötigen die Vollmacht bis Freitag.' },
      { index: 1, before: sentence, text: 'Könnten Sie uns die Vollmacht bis [Datum] schicken?' },
    ]);
  });

  it('leaves out rewrites that cannot be applied, and the rest keep their index', () => {
    const rewrites = [
      { start: at, end: text.length + 5, text: 'Out of the text.' },
      { start: at + 10, end: at, text: 'Backwards.' },
      { start: at, end: at + sentence.length, text: sentence },
      { start: -1, end: 3, text: 'Before the text.' },
      { start: at, end: at + sentence.length, text: 'Wir benötigen die Vollmacht bis Freitag.' },
    ];
    expect(findingView(finding({ rewrites }), text).rewrites).toEqual([
      { index: 4, before: sentence, text: 'Wir benötigen die Vollmacht bis Freitag.' },
    ]);
  });
});

describe('analysedPart', () => {
  it('sends a draft up to the limit whole', () => {
    const draft = 'Hallo Frau Berg,\n'.repeat(100);
    expect(analysedPart(draft)).toEqual({ text: draft, longDraft: false });
    const full = 'x'.repeat(MAX_ANALYSED_CHARS);
    expect(analysedPart(full)).toEqual({ text: full, longDraft: false });
  });

  it('cuts a long draft to its first characters, at a line break where one is near', () => {
    const line = 'Das Angebot kommt morgen, die Pläne am Freitag.\n';
    const draft = line.repeat(Math.ceil((1_000_000 / line.length) | 0));
    const part = analysedPart(draft);
    expect(part.longDraft).toBe(true);
    expect(part.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(part.text.length).toBeGreaterThan(MAX_ANALYSED_CHARS - line.length);
    expect(draft.startsWith(part.text)).toBe(true);
    expect(part.text.endsWith('\n')).toBe(true);
  });

  it('never splits a surrogate pair when no line break is near', () => {
    const draft = `${'a'.repeat(MAX_ANALYSED_CHARS - 1)}😀${'b'.repeat(10)}`;
    const part = analysedPart(draft);
    expect(part).toEqual({ text: 'a'.repeat(MAX_ANALYSED_CHARS - 1), longDraft: true });
  });
});
