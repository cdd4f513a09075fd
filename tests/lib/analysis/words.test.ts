import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/analysis/words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Hallo Frau Schmidt,', 3],
    ['Liebe Kund:innen, liebe Kund*innen und KundInnen', 6],
    ["I don't think it's late.", 5],
    ['Die E-Mail kam am 3. März 2026.', 7],
    ['Grüße 👋 aus Zürich!!!', 3],
    ['— … !!! ???', 0],
    ['مرحبا بكم', 2],
    ['日本語', 1],
    ['Zero\u200bwidth', 2],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('is stable across calls (no regex state leaks between calls)', () => {
    expect(countWords('one two three')).toBe(3);
    expect(countWords('one two three')).toBe(3);
  });

  it('counts a long draft', () => {
    expect(countWords('Wort '.repeat(30_000))).toBe(30_000);
  });
});
