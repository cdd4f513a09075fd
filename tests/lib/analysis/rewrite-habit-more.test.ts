// More habits pinned on the reader said as one occasion or a shared next step
// (lib/analysis/rewrite/habit-more.ts). Sentences written for this test; none
// from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';
import { rewritesOf } from './rewrites-of';

const absoluteRewrites = (text: string, language: Language) => rewritesOf(text, language, 'absolute');

const OFFERED: Array<[Language, string, string]> = [
  // The reader's team pays late, always: the invoices as paid late this time; the team in the shared question.
  [
    'de',
    'Ihre Kanzlei überweist unsere Teilrechnungen notorisch erst nach der dritten Erinnerung.',
    'Unsere Teilrechnungen wurden diesmal erst nach der dritten Erinnerung überwiesen. Wie können wir das mit Ihrer Kanzlei beim nächsten Mal besser hinbekommen?',
  ],
  // Messages ignored: they went under this time; "eurem" for a neuter team.
  [
    'de',
    'Euer Lager ignoriert unsere Lieferhinweise prinzipiell.',
    'Unsere Lieferhinweise sind diesmal untergegangen. Wie können wir das mit eurem Lager beim nächsten Mal besser hinbekommen?',
  ],
  // A phrase of the object moves with it.
  [
    'de',
    'Sie übergehen meine Nachrichten zum Wartungsvertrag ständig.',
    'Meine Nachrichten zum Wartungsvertrag sind diesmal untergegangen. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  // Not done: a state of the thing; a separable verb's particle goes with it.
  [
    'de',
    'Du spielst die Sicherheitsupdates prinzipiell nicht ein.',
    'Die Sicherheitsupdates waren diesmal nicht eingespielt. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  // After "Leider" the verb stays second; the clause after the comma stays.
  [
    'de',
    'Leider sagt ihr die Übungstermine fast immer erst am Vorabend ab, und dann steht der Saal leer.',
    'Leider wurden die Übungstermine diesmal erst am Vorabend abgesagt, und dann steht der Saal leer. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  // Sending the wrong thing: what the writer received this time ("uns": "wir").
  [
    'de',
    'Sie schicken uns regelmäßig die falsche Preisliste.',
    'Wir haben die falsche Preisliste diesmal erhalten. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  [
    'en',
    "You've missed every filing date we agreed for this project.",
    'The filing dates we agreed for this project have slipped. Could we look together at what would help with the next one?',
  ],
  [
    'en',
    'You have cancelled every single tasting since January, and the caterer is asking about it.',
    'The tastings since January have been cancelled, and the caterer is asking about it. Could we look together at what would help with the next one?',
  ],
  [
    'en',
    "You've ignored every notice we posted about the parking rules.",
    'The notices we posted about the parking rules have gone unanswered. Could we look together at what would help with the next one?',
  ],
  [
    'en',
    'Every lesson you skip is an hour another learner was waiting for.',
    'A skipped lesson is an hour another learner was waiting for.',
  ],
  [
    'en',
    'Each fitting you cancel late is a slot the tailor cannot refill.',
    'A fitting cancelled late is a slot the tailor cannot refill.',
  ],
];

describe('more habits said as one occasion', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(absoluteRewrites(text, language)).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // A masculine-or-neuter team in the plural, or a number the tables cannot tell: no shared question built.
  ['de', 'Ihre IT spielt die Sicherheitsupdates prinzipiell nicht ein.', /diesmal/],
  // Ignoring something that is no message: "untergegangen" would say something else.
  ['de', 'Sie ignorieren die Hausordnung ständig.', /untergegangen/],
  // Sent in some manner, not late: not said as received.
  ['de', 'Ihr schickt die Fotos ständig unscharf.', /erhalten/],
  // A second clause about the reader after the comma stays out.
  ['de', 'Sie ignorieren meine Mahnungen ständig, und Sie wundern sich über die Gebühren.', /untergegangen/],
  // "ignored" of a thing that is not a message: "gone unanswered" would not fit.
  ['en', "You've ignored every safety rule we agreed on.", /unanswered/],
  // "every" as one word of a longer noun phrase with an adjective, or the reader in the tail: not taken.
  ['en', "You've missed every deadline we set, and you never told us why.", /slipped/],
  // A manner other than "late": "again" would double the reproach.
  ['en', 'Every session you cancel again is a loss for the whole group.', /^A session/],
];

describe('no rewrite of habit-more where it would not hold', () => {
  for (const [language, text, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      const analysis = analyzeWithRewrites(text, { language });
      expect(analysis.findings.length).toBeGreaterThan(0);
      for (const f of analysis.findings) for (const r of f.rewrites ?? []) expect(r.text).not.toMatch(unwanted);
    });
});
