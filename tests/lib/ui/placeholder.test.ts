import { describe, expect, it } from 'vitest';
import { firstPlaceholder, splitPlaceholders } from '../../../lib/ui/placeholder';

describe('firstPlaceholder', () => {
  it('finds the first bracketed gap, offsets into the text', () => {
    const text = 'Könnten Sie mir die Vollmacht bis [Datum] schicken, spätestens am [Wochentag]?';
    const gap = firstPlaceholder(text);
    expect(gap).toEqual({ start: 34, end: 41 });
    expect(text.slice(gap?.start, gap?.end)).toBe('[Datum]');
  });

  it('finds a gap at the very start and one at the very end', () => {
    expect(firstPlaceholder('[weekday] works for us.')).toEqual({ start: 0, end: 9 });
    const text = 'We need the signed form by [date]';
    expect(firstPlaceholder(text)).toEqual({ start: text.length - 6, end: text.length });
  });

  it('finds none without brackets, in empty or unclosed ones, or across a line break', () => {
    expect(firstPlaceholder('Wir benötigen die unterschriebene Vollmacht bis Freitag.')).toBeNull();
    expect(firstPlaceholder('')).toBeNull();
    expect(firstPlaceholder('Bitte [] ergänzen.')).toBeNull();
    expect(firstPlaceholder('Bitte [Datum ergänzen.')).toBeNull();
    expect(firstPlaceholder('Bitte [Da\ntum] ergänzen.')).toBeNull();
  });

  it('counts brackets inside quotes', () => {
    const text = 'Sie schrieben „bis [Datum]“, also bis dahin.';
    const gap = firstPlaceholder(text);
    expect(text.slice(gap?.start, gap?.end)).toBe('[Datum]');
    expect(firstPlaceholder('He said "[date]" twice.')).toEqual({ start: 9, end: 15 });
  });

  it('counts UTF-16 units, as the editor offsets do', () => {
    const text = '🙂 Bis [Datum]';
    expect(firstPlaceholder(text)).toEqual({ start: 7, end: 14 });
  });

  it('takes the innermost of nested brackets', () => {
    expect(firstPlaceholder('a [b [Datum] c] d')).toEqual({ start: 5, end: 12 });
  });

  it('starts afresh on every call', () => {
    const text = 'by [date] and [weekday]';
    expect(firstPlaceholder(text)).toEqual({ start: 3, end: 9 });
    expect(firstPlaceholder(text)).toEqual({ start: 3, end: 9 });
  });
});

describe('splitPlaceholders', () => {
  it('cuts the text into plain runs and gaps, with their offsets', () => {
    expect(splitPlaceholders('Bis [Datum], am [Wochentag].')).toEqual([
      { start: 0, text: 'Bis ', placeholder: false },
      { start: 4, text: '[Datum]', placeholder: true },
      { start: 11, text: ', am ', placeholder: false },
      { start: 16, text: '[Wochentag]', placeholder: true },
      { start: 27, text: '.', placeholder: false },
    ]);
  });

  it('keeps a text without gaps whole, and an empty text empty', () => {
    expect(splitPlaceholders('We need the signed form by Friday.')).toEqual([
      { start: 0, text: 'We need the signed form by Friday.', placeholder: false },
    ]);
    expect(splitPlaceholders('')).toEqual([]);
  });
});
