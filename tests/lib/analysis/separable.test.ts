import { describe, expect, it } from 'vitest';
import { markSeparableVerbs } from '../../../lib/analysis/separable';
import { tokenize } from '../../../lib/analysis/tokenize';
import { matches } from './pattern-matches';

const marked = (text: string) => {
  const tokens = tokenize(text);
  markSeparableVerbs(tokens);
  return tokens.filter((t) => t.lemma).map((t) => `${t.text}→${t.lemma?.folded}`);
};

describe('separable verbs in verb-second order', () => {
  it('gives the finite verb the compound lemma when its particle closes the clause', () => {
    expect(marked('Wir geben die Fragen bis Freitag ab.')).toEqual(['geben→abgeben']);
    expect(marked('Rufen Sie mich morgen an, bitte.')).toEqual(['Rufen→anrufen']);
    expect(marked('Das Paket kommt heute an, die Rechnung morgen.')).toEqual(['kommt→ankommen']);
  });

  it('leaves a reflexive pronoun, a preposition inside the clause and a finished compound alone', () => {
    expect(marked('Entscheide dich bis Montag.')).toEqual([]);
    expect(marked('Ab Montag gilt der neue Plan.')).toEqual([]);
    expect(marked('Wir haben die Pläne zurückgeschickt.')).toEqual([]);
  });
});

describe('@lemma in patterns', () => {
  it('matches inflected, du/ihr and subjunctive forms, and separated verbs', () => {
    expect(matches('<reader> @haben', 'Ihr habt die Schlüssel.', 'de')).toEqual(['Ihr habt']);
    expect(matches('<reader> @haben', 'Du hast die Schlüssel.', 'de')).toEqual(['Du hast']);
    expect(matches('@haben <reader>', 'Hätten Sie das früher gesagt …', 'de')).toEqual(['Hätten Sie']);
    expect(matches('@abgeben', 'Geben Sie die Unterlagen bis Freitag ab.', 'de')).toEqual(['Geben']);
    expect(matches('<reader> ~2 @send', 'Your assistant sent the wrong ledger.', 'en')).toEqual([
      'Your assistant sent',
    ]);
    expect(matches('<reader> ~2 @send', 'Our assistant sent the wrong ledger.', 'en')).toEqual([]);
  });
});
