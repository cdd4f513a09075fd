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
  // The writer's advice, as it stands now; the reminder and its occasion go.
  [
    'en',
    'You will remember that I advised against the glass roof.',
    "I'd still advise against the glass roof. I'm happy to talk through with you how best to go on from here.",
  ],
  [
    'en',
    'We did caution you against the marble worktop during the kitchen consultation.',
    "We'd still caution against the marble worktop. We're happy to talk through with you how best to go on from here.",
  ],
  [
    'de',
    'Sie erinnern sich bestimmt, dass ich Ihnen bei der Abnahme vom hellen Teppich im Flur abgeraten habe.',
    'Ich rate weiterhin vom hellen Teppich im Flur ab. Gern überlege ich mit Ihnen zusammen, wie es jetzt am besten weitergeht.',
  ],
  [
    'de',
    'Ich darf daran erinnern, dass wir euch im Frühjahr zu einer zweiten Dämmschicht geraten haben.',
    'Wir raten weiterhin zu einer zweiten Dämmschicht. Gern überlegen wir mit euch zusammen, wie es jetzt am besten weitergeht.',
  ],
  [
    'de',
    'Wir hatten dir eindringlich davon abgeraten, den Zaun selbst zu streichen.',
    'Wir raten weiterhin davon ab, den Zaun selbst zu streichen. Gern überlegen wir mit dir zusammen, wie es jetzt am besten weitergeht.',
  ],
  // A prediction: what was said "would" happen is said as what will.
  [
    'en',
    'I did point out during the kick-off that the archive scan would need a second pass.',
    'The archive scan will need a second pass.',
  ],
  // A request counted: the request itself, with a placeholder for the date.
  [
    'en',
    'I have now asked twice for the gas safety certificate.',
    'Could I have the gas safety certificate by [date]?',
  ],
  [
    'en',
    'We have written to you four times about the unpaid deposit for the marquee.',
    "We're following up on the unpaid deposit for the marquee. Could you let us know where things stand by [date]?",
  ],
  // The "I told you so" lead-in goes, what follows "but" stays.
  [
    'en',
    "I don't want to say I told you so, but the scaffolding went up a week late.",
    'The scaffolding went up a week late.',
  ],
  [
    'de',
    'Ich möchte nicht sagen, dass ich es dir gesagt habe, aber der Estrich war noch nicht trocken.',
    'Der Estrich war noch nicht trocken.',
  ],
  // Advice not taken and no fact in the consequence: a plan for next time, in the reader's form.
  [
    'de',
    'Hättest du mal gleich auf mich gehört, wäre das alles nie passiert.',
    'Für das nächste Mal: Lass uns so etwas vorher gemeinsam besprechen.',
  ],
  [
    'de',
    'Hätten Sie auf uns gehört, hätten Sie sich die Aufregung gespart.',
    'Für das nächste Mal: Lassen Sie uns so etwas vorher gemeinsam besprechen, dann ersparen wir uns die Aufregung.',
  ],
  [
    'de',
    'Hättet ihr euch für den Kalkputz aus meinem Angebot entschieden, hättet ihr dieses Problem nicht.',
    'Gern bespreche ich mit euch noch einmal den Kalkputz aus meinem Angebot.',
  ],
  [
    'en',
    'Had you taken my advice, none of this would have happened.',
    "Next time, let's talk decisions like this through together first.",
  ],
  [
    'en',
    'Had you gone with the oak flooring in our quote, you would not be dealing with this.',
    "The oak flooring in our quote is still an option – I'm happy to go through it with you.",
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
  // Advice against "it" says nothing once the reminder goes; a second clause ("and …") is not taken apart.
  ['en', 'You will remember that I advised against it.', 'being-right', /still advise/],
  [
    'en',
    "You'll recall that I advised against the loft conversion and the dormer window.",
    'being-right',
    /still advise/,
  ],
  // Not the writer's advice against something: "zu raten" with a person as object, a "dass" of something else.
  ['de', 'Sie werden sich erinnern, dass ich Ihnen den Termin im Mai genannt habe.', 'being-right', /weiterhin/],
  // A prediction with a condition or time clause is no plain fact ("if we skipped …").
  ['en', 'I told you the ceiling would sag if we skipped the extra joist.', 'being-right', /\bwill\b/],
  // Asking someone else, or asking for "this": no request to repeat.
  ['en', 'I have asked the joiner twice now and will keep at it.', 'being-right', /^Could/],
  ['en', 'To be clear, I have now asked for this three times.', 'being-right', /^Could/],
  // A consequence with facts in it does not go for a plan: the facts would be lost.
  [
    'de',
    'Hätten Sie auf mich gehört, hätten wir den Keller im August abgedichtet und nicht im Oktober.',
    'being-right',
    /nächste Mal/,
  ],
  // A consequence that states nothing ("here today", "das ist passiert") is not said as what is the case.
  ['en', "If you had taken our advice, we wouldn't be here today.", 'being-right', /^Unfortunately/],
  ['de', 'Hätten Sie meinen Rat befolgt, wäre das nicht passiert.', 'being-right', /^Leider/],
  // Choosing something that was not the writer's offer is no advice not taken.
  ['de', 'Hätten Sie sich für den Kalkputz entschieden, wäre das nie passiert.', 'blame', /noch einmal/],
];

describe('no such rewrite where the shape does not fit', () => {
  for (const [language, text, category, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      for (const rewrite of rewritesOf(text, language, category)) expect(rewrite).not.toMatch(unwanted);
    });
});
