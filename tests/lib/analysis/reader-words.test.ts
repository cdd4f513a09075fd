import { describe, expect, it } from 'vitest';
import { isReaderWord } from '../../../lib/analysis/reader-words';
import { tokenize } from '../../../lib/analysis/tokenize';
import type { Language } from '../../../lib/analysis/types';

const readerWords = (text: string, language: Language) =>
  tokenize(text)
    .filter((t) => t.word && isReaderWord(t, language))
    .map((t) => t.text);

describe('reader words', () => {
  it('finds the polite "Sie" by its capital, "du", "euch" and the possessives', () => {
    expect(readerWords('Haben Sie die Pläne, die sie gestern brachte?', 'de')).toEqual(['Sie']);
    expect(readerWords('Hast du mit euch und Ihrem Büro gesprochen?', 'de')).toEqual(['du', 'euch', 'Ihrem']);
  });

  it('finds "you", its contractions and "your", not the writer', () => {
    expect(readerWords("You've sent your plans; we sent ours.", 'en')).toEqual(["You've", 'your']);
  });
});
