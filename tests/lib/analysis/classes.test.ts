// Every word class matches its own example sentence and not its near miss;
// and the pattern language uses classes, lemmas and particles as documented.
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../lib/analysis/pattern';
import { CLASSES, WORD_CLASSES } from '../../../lib/analysis/phrases/classes';
import { matches } from './pattern-matches';

describe('word classes', () => {
  for (const language of ['de', 'en'] as const) {
    it.each(WORD_CLASSES.map((c) => [c]))(`${language} <%s> matches its example and not its near miss`, (name) => {
      const data = CLASSES[language][name];
      expect(matches(`<${name}>`, data.hit, language).length, data.hit).toBeGreaterThan(0);
      expect(matches(`<${name}>`, data.miss, language), data.miss).toEqual([]);
    });
  }
});

describe('the pattern language', () => {
  it('<reader> is a pronoun or a possessive with the one or two words after it', () => {
    expect(matches('<reader> hat', 'Ihre Buchhaltung hat die Belege verloren.', 'de')).toEqual([
      'Ihre Buchhaltung hat',
    ]);
    expect(matches('<reader> sent', 'Your IT team sent the wrong file.', 'en')).toEqual(['Your IT team sent']);
    expect(matches('<reader> sent', 'Our IT team sent the wrong file.', 'en')).toEqual([]);
    // The polite "Sie" only in its exact case: "sie" is she or they.
    expect(matches('<reader> vergessen', 'Dann hat sie vergessen, dass …', 'de')).toEqual([]);
  });

  it('skips up to two particles between steps, not three, and not at the edges', () => {
    expect(matches('das ist kein problem', 'Das ist doch wirklich kein Problem.', 'de')).toEqual([
      'Das ist doch wirklich kein Problem',
    ]);
    expect(matches('das ist kein problem', 'Das ist doch ja wirklich kein Problem.', 'de')).toEqual([]);
    expect(matches('you should have', 'You really should have asked.', 'en')).toEqual(['You really should have']);
    expect(matches('should have', 'You really should have asked.', 'en')).toEqual(['should have']);
  });

  it('rejects unknown classes and bad lemmas', () => {
    expect(() => compilePattern('<nobody> kommt', 'de')).toThrow('unknown class <nobody>');
    expect(() => compilePattern('@ha!ben', 'de')).toThrow('bad lemma');
  });
});
