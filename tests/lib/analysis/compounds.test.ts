import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { markCompoundHeads } from '../../../lib/analysis/compounds';
import { tokenize } from '../../../lib/analysis/tokenize';
import { matches } from './pattern-matches';

const heads = (text: string) => {
  const tokens = tokenize(text);
  markCompoundHeads(tokens);
  return tokens.filter((t) => t.head).map((t) => `${t.text}→${t.head?.folded}`);
};

describe('German compound nouns', () => {
  it('carry the known noun they end in, as written', () => {
    expect(heads('Den Montagetermin und die Steuerunterlagen haben wir.')).toEqual([
      'Montagetermin→termin',
      'Steuerunterlagen→unterlagen',
    ]);
    expect(heads('Der Wartungsvertrag endet.')).toEqual(['Wartungsvertrag→vertrag']);
  });

  it('leave short words, lower-case verbs and sense-changing last parts alone', () => {
    expect(heads('Der Termin und der Vertrag stehen.')).toEqual([]);
    expect(heads('Wir wollen gerne zusammenarbeiten.')).toEqual([]);
    expect(heads('Die Theatervorstellung und die Warenannahme.')).toEqual([]);
  });

  it('let a pattern word or lemma find the compound', () => {
    expect(matches('den termin', 'Wir verschieben den Montagetermin.', 'de')).toEqual(['den Montagetermin']);
    expect(matches('@termin ab', 'Wir sagen den Montagetermin ab.', 'de')).toEqual(['Montagetermin ab']);
    expect(matches('den @termin', 'Wir verschieben den Montageterminen.', 'de')).toEqual(['den Montageterminen']);
    expect(matches('den termin', 'Wir verschieben den Montageterminen.', 'de')).toEqual([]);
    expect(matches('den @termin', 'Wir verschieben den Montagetermin.', 'de')).toEqual(['den Montagetermin']);
    expect(matches('termin', 'We moved the Montagetermin.', 'en')).toEqual([]);
  });

  it('reach the constructions: a sanction on a compound is still a sanction, a plan stays a plan', () => {
    const pressure = (text: string) => analyze(text).findings.filter((f) => f.category === 'pressure').length;
    expect(pressure('Sollten Sie den Betrag nicht bis zum 22. März überweisen, streichen wir den Montagetermin.')).toBe(
      1,
    );
    expect(pressure('Geht der Betrag nicht bis zum 22. März ein, sagen wir den Montagetermin ab.')).toBe(1);
    expect(pressure('Wir freuen uns auf den Montagetermin am 25. März.')).toBe(0);
  });
});
