// More "being right" said as the fact or the plan it carries
// (lib/analysis/rewrite/being-right-more.ts, and counterfactual.ts for advice
// not taken). Sentences written for this test; none from the dev set, the
// acceptance corpus or the written mails.
import { describe, expect, it } from 'vitest';
import type { Category, Language } from '../../../lib/analysis/types';
import { rewritesOf } from './rewrites-of';

const OFFERED: Array<[Language, string, string, Category?]> = [
  // "Wenn …, gefolgt wären": advice not taken with "wären"; the consequence said as what is the case.
  [
    'de',
    'Wenn du meinem Rat gefolgt wärst, wäre der Teich jetzt nicht zugefroren.',
    'Leider ist der Teich jetzt zugefroren. Gern überlege ich mit dir zusammen, wie es jetzt am besten weitergeht.',
  ],
  // Advice of a named expert counts as advice not taken too.
  [
    'en',
    'If you had listened to the electrician, the lights would not be flickering in the hallway.',
    "Unfortunately, the lights are flickering in the hallway. I'm happy to talk through with you how best to go on from here.",
  ],
];

describe('being right said as the fact or the plan it carries', () => {
  for (const [language, text, expected, category] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(rewritesOf(text, language, category ?? 'being-right')).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, Category, RegExp]> = [
  // "wären" with anything but following is no advice ("früher gekommen wären").
  ['de', 'Wenn Sie früher gekommen wären, wäre der Teich jetzt nicht zugefroren.', 'blame', /^Leider/],
  // Listening to something that is no adviser ("the radio") is no advice.
  [
    'en',
    "If you'd listened to the radio, the lights would not be flickering in the hallway.",
    'blame',
    /^Unfortunately/,
  ],
];

describe('no such rewrite where the shape does not fit', () => {
  for (const [language, text, category, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of rewritesOf(text, language, category)) expect(rewrite).not.toMatch(unwanted);
    });
});
