// The tokenizer: words with their joiners, punctuation as tokens of its own, and
// numbers whose thousands or decimal mark would otherwise read as a clause mark.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/analysis/tokenize';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps a number with its thousands or decimal mark whole', () => {
    expect(texts('an offer of £8,000 is low')).toEqual(['an', 'offer', 'of', '8,000', 'is', 'low']);
    expect(texts('1.480 Euro, 3,5 kg')).toEqual(['1.480', 'Euro', ',', '3,5', 'kg']);
  });

  it('still ends a number at a comma or point before a space or a word', () => {
    expect(texts('bis 2024. Danach')).toEqual(['bis', '2024', '.', 'Danach']);
    expect(texts('12, 13 und 14')).toEqual(['12', ',', '13', 'und', '14']);
    expect(texts('Seite 4,dann')).toEqual(['Seite', '4', ',', 'dann']);
  });

  it('joins words across an apostrophe or hyphen', () => {
    expect(texts("you're half-way")).toEqual(["you're", 'half-way']);
  });
});
