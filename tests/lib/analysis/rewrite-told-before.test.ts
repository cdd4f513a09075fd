// "I told you so" without what was said (lib/analysis/rewrite/told-before.ts): the
// pointer back at an explanation or a warning becomes an offer to go through the
// thing again, the named document kept as a reference, the occasion of the telling
// gone. Sentences written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import { rewritesOf } from './rewrites-of';

const OFFERED: Array<['de' | 'en', string, string]> = [
  // The document stays as where to read it up, with its date.
  [
    'de',
    'Ich hatte das bereits in meinem Schreiben vom 14. März genau erläutert.',
    'Gern gehe ich das mit Ihnen in Ruhe durch. Die Einzelheiten stehen auch in meinem Schreiben vom 14. März.',
  ],
  // The object in front keeps its accusative.
  [
    'de',
    'Den Ablauf hatte ich Ihnen schon beim Erstgespräch erklärt.',
    'Gern gehe ich den Ablauf mit Ihnen in Ruhe durch.',
  ],
  // A warning "vor …" keeps its dative with "mit …"; the reader as the sentence says it.
  [
    'de',
    'Dabei hatte ich dich vor diesem Engpass ausdrücklich gewarnt.',
    'Gern überlege ich mit dir, wie wir jetzt mit diesem Engpass umgehen.',
  ],
  // A prediction about "das": how to deal with it now.
  ['de', 'Das hatten wir Ihnen im Sommer vorausgesagt.', 'Gern überlegen wir mit Ihnen, wie wir jetzt damit umgehen.'],
  [
    'en',
    'I explained this at our kick-off call.',
    "I'm happy to go through this with you and look at the next steps together.",
  ],
  [
    'en',
    'We flagged this problem in our report of 12 June.',
    "We're happy to go through this problem with you and look at the next steps together. The details are also in our report of 12 June.",
  ],
  [
    'en',
    'I did mention it in my note from Friday.',
    "I'm happy to go through it with you and look at the next steps together. The details are also in my note from Friday.",
  ],
];

describe('being right: told before, offered again', () => {
  for (const [language, text, expected] of OFFERED)
    it(text, () => {
      expect(rewritesOf(text, language, 'being-right')).toContain(expected);
    });

  it('a pointer "darauf" stays a pointer', () => {
    const out = rewritesOf(
      'Dabei haben wir euch im Herbst und im Winter eindringlich darauf hingewiesen.',
      'de',
      'being-right',
    );
    expect(out).toContain('Gern gehen wir mit euch in Ruhe darauf ein.');
  });

  // A date in the occasion would be lost: nothing is offered in this shape.
  it('keeps a date of the occasion or offers nothing of this shape', () => {
    const out = rewritesOf('Wir haben Sie bei der Ortsbesichtigung am 9. Mai darauf hingewiesen.', 'de', 'being-right');
    for (const text of out) expect(text).not.toMatch(/in Ruhe darauf ein/);
  });

  // What was said is a clause of its own: it is not dropped for an offer.
  it('does not drop what was said', () => {
    const out = rewritesOf('I had warned you this shortcut would backfire.', 'en', 'being-right');
    for (const text of out) expect(text).not.toMatch(/go through/);
    const de = rewritesOf('Ich hatte Ihnen gesagt, dass die Trocknung dauert.', 'de', 'being-right');
    for (const text of de) expect(text).not.toMatch(/in Ruhe/);
  });
});
