import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';

// English blame the German examples showed missing (npm run translated -- de blame):
// more duties left undone ("not heeded", "didn't address", "haven't taken … into
// account"), the reproach as a "why didn't you" question, the reader leaving the
// writer in the lurch, a draft that sat with them, acting without asking, silence
// from their side, neglect as a choice, and "could at least have …" (pressure, as
// "you should have" is in English).
const found = (text: string, category: string) =>
  analyze(text, { language: 'en' }).findings.filter((f) => f.category === category);

const BLAME = [
  'Your site manager has clearly not heeded the noise rules.',
  "You didn't address any of the points in my letter.",
  "I'm afraid you haven't taken the surveyor's notes into account.",
  "Why didn't you tell us the boiler had been serviced?",
  'Your removal firm left us high and dry on moving day.',
  'The signed lease sat on your desk for nearly a month.',
  'Your gardener cut back the hedge without checking with us.',
  'So far we have had no reply from your office.',
  "You evidently didn't consider it important to warn the tenants.",
  "Your team didn't stick to the brief we signed off.",
  // Read on mix29.
  'The rota was changed by your office manager without any reference to us.',
  'Your directors felt the audit could wait until the spring.',
];

const PRESSURE = ['You could at least have rung the office.', 'Surely you could have simply let me know.'];

const QUIET = [
  "If you haven't booked a slot yet, there are still two left on Friday.",
  "You haven't missed anything important, the minutes are attached.",
  "Why didn't we think of this earlier? It's a brilliant idea.",
  'The storm left us stuck at the depot overnight.',
  'The parcel sat at the depot for two days because of the strike.',
  'We fixed the leak without lifting any floorboards.',
  'We felt the audit could wait until the spring, as you agreed.',
  'We had no complaints at all from the neighbours.',
  "We didn't think it necessary to trouble you with the details.",
  'You could simply tell me on Thursday which colour suits you.',
];

describe('English blame and pressure from the German examples', () => {
  it.each(BLAME)('reads %j as blame', (text) => {
    expect(found(text, 'blame').length).toBeGreaterThan(0);
  });
  it.each(PRESSURE)('reads %j as pressure', (text) => {
    expect(found(text, 'pressure').length).toBeGreaterThan(0);
  });
  it.each(QUIET)('leaves %j alone', (text) => {
    const all = analyze(text, { language: 'en' }).findings.filter(
      (f) => f.category === 'blame' || f.category === 'pressure',
    );
    expect(all.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
