// An English -ing form that is also a noun reads as the verb after a form of "be".
import { describe, expect, it } from 'vitest';
import { markProgressives } from '../../../lib/analysis/progressive';
import { tokenize } from '../../../lib/analysis/tokenize';

const lemmaOf = (text: string, word: string) => {
  const tokens = tokenize(text);
  markProgressives(tokens);
  return tokens.find((t) => t.folded === word)?.lemma?.folded;
};

describe('progressives', () => {
  it.each([
    ["I'll be offering the slot to the next family.", 'offering', 'offer'],
    ['We are now billing the extra hours separately.', 'billing', 'bill'],
    ["We're booking the crane for Monday.", 'booking', 'book'],
  ])('%j reads %s as %s', (text, word, lemma) => {
    expect(lemmaOf(text, word)).toBe(lemma);
  });

  it.each([
    ['Thanks for the offering you sent.', 'offering'],
    ['The booking is confirmed for Monday.', 'booking'],
    // "sending" has no noun reading: its own lemma is the verb already, nothing to mark.
    ['We are sending the plans today.', 'sending'],
  ])('leaves %j alone', (text, word) => {
    expect(lemmaOf(text, word)).toBeUndefined();
  });
});
