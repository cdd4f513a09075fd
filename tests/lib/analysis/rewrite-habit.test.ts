// A habit pinned on the reader said as one occasion with a request for the
// next time (lib/analysis/rewrite/habit.ts). Sentences written for this test;
// none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';
import { rewritesOf } from './rewrites-of';

const absoluteRewrites = (text: string, language: Language) => rewritesOf(text, language, 'absolute');

const OFFERED: Array<[Language, string, string]> = [
  // A habit phrase in front becomes "Diesmal"; the verb stays second.
  [
    'de',
    'Wie immer kam Ihre Anzahlung für den Umzug zu spät.',
    'Diesmal kam Ihre Anzahlung für den Umzug zu spät. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  // "bei Ihnen" goes with the habit phrase; the clause after it stays.
  [
    'de',
    'Wie üblich bei Ihnen fehlen die Tankquittungen für März, ohne die ich die Fahrten nicht abrechnen kann.',
    'Diesmal fehlen die Tankquittungen für März, ohne die ich die Fahrten nicht abrechnen kann. Wie können wir das beim nächsten Mal besser hinbekommen?',
  ],
  // Sending late, always: what the writer received this time, and a date for the next.
  [
    'de',
    'Sie schicken die Lohnzettel ständig erst am Monatsende.',
    'Ich habe die Lohnzettel diesmal erst am Monatsende erhalten. Könnten Sie sie mir beim nächsten Mal bis [Datum] schicken?',
  ],
  [
    'de',
    'Du schickst mir den Wochenbericht immer erst am Montagabend.',
    'Ich habe den Wochenbericht diesmal erst am Montagabend erhalten. Könntest du ihn mir beim nächsten Mal bis [Datum] schicken?',
  ],
  [
    'en',
    'As per usual, your timesheets reached us on the Tuesday after payroll closed.',
    'This time, your timesheets reached us on the Tuesday after payroll closed. How can we make this work better next time?',
  ],
  [
    'en',
    'You always send the meter readings at the last minute.',
    'I received the meter readings at the last minute this time. Could you send them to me by [date] next time?',
  ],
  // "never" of something to be sent: not received yet, with a date for it.
  [
    'en',
    'You never returned the signed tenancy form.',
    "I haven't received the signed tenancy form yet. Could you send it over by [date]?",
  ],
  [
    'de',
    'Du hast mir die Fahrtenbücher für April nie geschickt.',
    'Ich habe die Fahrtenbücher für April noch nicht erhalten. Könntest du sie mir bis [Datum] schicken?',
  ],
];

describe('a habit said as one occasion', () => {
  // Of no one's doing in particular, the habit reads as sarcasm; the same occasion is offered.
  it('de: Wie üblich ging das Protokoll der Eigentümerversammlung unvollständig raus.', () => {
    const text = 'Wie üblich ging das Protokoll der Eigentümerversammlung unvollständig raus.';
    const analysis = analyzeWithRewrites(text, { language: 'de' });
    expect(analysis.findings.flatMap((f) => (f.rewrites ?? []).map((r) => r.text))).toContain(
      'Diesmal ging das Protokoll der Eigentümerversammlung unvollständig raus. Wie können wir das beim nächsten Mal besser hinbekommen?',
    );
  });
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(absoluteRewrites(text, language)).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // Without "wieder" the second clause would open with its verb.
  ['de', 'Wieder einmal ist der Server ausgefallen, und wieder hat es keiner gemeldet.', /Diesmal/],
  // "noch nie" claims every occasion: not said as one.
  ['de', 'Sie haben mir die Stundenzettel noch nie geschickt.', /noch nicht erhalten/],
  // A count is a fact, not a habit word: no "Diesmal" in its place.
  ['de', 'Zum vierten Mal haben Sie den Schlüssel für den Keller verloren.', /Diesmal/],
  // A fronted habit before a present-tense act ("ignorieren") names no one occasion.
  ['de', 'Wie üblich ignorieren Sie die Hausordnung.', /Diesmal/],
  // Sent always, but not late: no date asked for the next time; a verb particle ("ein") would be lost.
  ['de', 'Sie schicken die Belege immer ungeordnet.', /erhalten/],
  ['de', 'Sie reichen die Anträge immer erst nach Fristende ein.', /erhalten/],
];

describe('no one-occasion rewrite where it would not hold', () => {
  for (const [language, text, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      const analysis = analyzeWithRewrites(text, { language });
      expect(analysis.findings.length).toBeGreaterThan(0);
      for (const f of analysis.findings) for (const r of f.rewrites ?? []) expect(r.text).not.toMatch(unwanted);
    });
});
