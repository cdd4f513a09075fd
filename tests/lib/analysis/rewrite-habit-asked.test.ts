// Habits pinned on the reader in two more shapes (lib/analysis/rewrite/habit-more.ts):
// the same question asked again and again, its topic kept and answered in writing;
// and (English) every deadline or instruction treated as optional, said as what the
// writer's planning rests on or as reasoning the writer is glad to explain; every one
// held up, said as how long each has been taking, with a turnaround to agree.
// Sentences written for this test; none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import { rewritesOf } from './rewrites-of';

const de = (text: string) => rewritesOf(text, 'de', 'absolute');
const en = (text: string) => rewritesOf(text, 'en', 'absolute');

const OFFERED: Array<['de' | 'en', string, string]> = [
  // The question acknowledged with its topic as written, the habit gone, the answer offered in writing.
  [
    'de',
    'Du fragst jede Woche wieder nach dem Stand der Bauanträge.',
    'Deine Frage nach dem Stand der Bauanträge ist berechtigt – ich schicke dir die Antwort gern schriftlich, dann hast du sie jederzeit zur Hand.',
  ],
  [
    'de',
    'Sie fragen in jedem Telefonat erneut nach den Kündigungsfristen.',
    'Ihre Frage nach den Kündigungsfristen ist berechtigt – ich schicke Ihnen die Antwort gern schriftlich, dann haben Sie sie jederzeit zur Hand.',
  ],
  // "die gleiche Frage zur …": the topic after "zur" stays.
  [
    'de',
    'Ihr stellt jede Woche die gleiche Frage zur Parkplatzregelung.',
    'Eure Frage zur Parkplatzregelung ist berechtigt – ich schicke euch die Antwort gern schriftlich, dann habt ihr sie jederzeit zur Hand.',
  ],
  [
    'en',
    'Every single week you ask about the parking permit again.',
    "Your question about the parking permit is a fair one – I'm happy to put the answer in writing, so you have it to hand whenever you need it.",
  ],
  [
    'en',
    'You keep asking about the warranty terms.',
    "Your question about the warranty terms is a fair one – I'm happy to put the answer in writing, so you have it to hand whenever you need it.",
  ],
  // Every one of what the writer plans around treated as optional: what the planning rests on, and an agreement.
  [
    'en',
    'You treat every booking as a suggestion.',
    'My planning depends on the bookings. Could we agree on ones that work for you, so we can both rely on them?',
  ],
  // Advice treated as optional: the reasoning offered, the reader's choice asked.
  [
    'en',
    'You act as if every guideline were optional.',
    "I'm happy to explain the reasoning behind any of the guidelines. Which ones would you like to go through together?",
  ],
  [
    'en',
    'You treat each of our warnings as negotiable.',
    "I'm happy to explain the reasoning behind any of our warnings. Which ones would you like to go through together?",
  ],
  // A habit phrase in front of advice passed over goes: the wish is for from now on (fault-de.ts).
  [
    'de',
    'Wie üblich habt ihr die Vorgaben aus dem Hygieneplan ignoriert.',
    'Mir ist wichtig, dass wir die Vorgaben aus dem Hygieneplan berücksichtigen. Was stand dem aus eurer Sicht im Weg?',
  ],
  // Every one held up: how long each has been taking, as written, and a turnaround to agree.
  [
    'en',
    'You sit on every estimate for weeks.',
    'Each estimate has been taking weeks to come back to me. Could we agree on a turnaround that works for both of us, starting with the next one?',
  ],
  [
    'en',
    'You sit on every single proposal for two weeks before signing it.',
    'Each proposal has been taking two weeks to come back signed. Could we agree on a turnaround that works for both of us, starting with the next one?',
  ],
  // Nobody on the reader's side reading something, with its consequence kept.
  [
    'en',
    'Nobody on your team ever reads the risk log, so the same issues come up every month.',
    "I'm not sure the risk log is reaching anyone on your team, so the same issues come up every month. What would make it more useful for you?",
  ],
];

const NOT_OFFERED: Array<['de' | 'en', string, RegExp]> = [
  // No topic to answer: a call, a clause after the question.
  ['de', 'Sie rufen jeden Tag wieder an.', /ist berechtigt/],
  ['de', 'Du fragst ständig, wann die Küche kommt.', /ist berechtigt/],
  // Held up without a time, or for a time that is no turnaround.
  ['en', 'You sit on every decision.', /turnaround/],
  ['en', 'You sit on every committee for years.', /turnaround/],
  // Invoices are neither planned around nor advice.
  ['en', 'You treat every invoice as optional.', /planning depends|reasoning behind/],
];

describe('habits: the same question again, every one treated as optional', () => {
  for (const [language, text, expected] of OFFERED)
    it(text, () => {
      expect((language === 'de' ? de : en)(text)).toContain(expected);
    });
  for (const [language, text, forbidden] of NOT_OFFERED)
    it(`not: ${text}`, () => {
      for (const r of (language === 'de' ? de : en)(text)) expect(r).not.toMatch(forbidden);
    });
});
