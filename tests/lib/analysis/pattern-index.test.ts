import { describe, expect, it } from 'vitest';
import { indexFor } from '../../../lib/analysis/matching';
import { PatternIndex } from '../../../lib/analysis/pattern';
import { tokenize } from '../../../lib/analysis/tokenize';

describe('pattern index', () => {
  it('compiles a pattern when a sentence that may match first offers it a start, and names it when it is broken', () => {
    const index = new PatternIndex<string>('en');
    // The head ("you forgot") is fine; the tail is not: found only when "you" starts a sentence's word
    // and the sentence holds the words the pattern requires ("it").
    index.add('you forgot ~9 it', 'broken', 'en/test/broken-gap');
    index.forEachMatch(tokenize('Thanks for the plans.'), () => {});
    index.forEachMatch(tokenize('You forgot the plans.'), () => {});
    expect(() => index.forEachMatch(tokenize('You forgot it again.'), () => {})).toThrow(
      /en\/test\/broken-gap: gap "~9" must lie within 0..8/,
    );
  });

  it('rejects a pattern whose start it cannot index at once', () => {
    const index = new PatternIndex<string>('de');
    expect(() => index.add('~2 vergessen', 'x', 'de/test/gap-first')).toThrow(/de\/test\/gap-first/);
  });

  it.each(['de', 'en'] as const)('all %s phrase, signal and verdict patterns compile', (language) => {
    expect(() => indexFor(language).compileAll()).not.toThrow();
  });
});
