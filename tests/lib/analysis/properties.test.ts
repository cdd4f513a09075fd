// Property tests over hostile input: random Unicode, emoji, RTL, zero-width
// characters, mixed with trigger phrases. Never throws; offsets lie in the
// text; applying a suggestion and re-analysing does not flag the same rule at
// the same place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { apply } from './apply';

const TRIGGERS = [
  'Wie bereits erwähnt, ',
  'Sie haben schon wieder vergessen, ',
  'Sie müssen unbedingt ',
  'eigentlich wollte ich nur mal fragen ',
  'Das ist falsch. ',
  'Danke, aber ',
  'NICHT ',
  '!!! ',
  'per my last email ',
  'you never ',
  'obviously ',
  'I just wanted to check ',
  'Kund:innen ',
  'Grüsse ',
];
const ODD = [
  '\u200b',
  '\u200d',
  '\u202e',
  '\u00ad',
  '\ufeff',
  '👋🏽',
  '👨‍👩‍👧',
  'שלום ',
  'مرحبا ',
  '𝐀𝐁𝐂 ',
  '\r\n',
  '\t',
  '> ',
  '-- \n',
  '„',
  '“',
  "'",
  '"',
];

const draft = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRIGGERS),
      fc.constantFrom(...ODD),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('Hallo Frau Schmidt,\n', 'Viele Grüße\n', 'und ', 'the ', 'Sie ', 'du ', '. ', ', ', '\n\n'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('analyze on arbitrary input', () => {
  // Was: a signal phrase on the draft's last token, with no closing mark, read past the end of its sentence.
  it.each([
    'The report is very clear, well done',
    'Hi Tom,\n\nthe report is very clear, well done',
    'thanks',
    'Danke für nichts',
  ])('never throws when a phrase ends the draft with no closing mark: %j', (text) => {
    expect(() => analyze(text)).not.toThrow();
  });

  it('never throws and keeps every finding inside the text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { findings, scores } = analyze(text);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
        for (const score of Object.values(scores)) expect(score >= 0 && score <= 100).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('does not flag the same rule at the same place after a suggestion is applied', () => {
    fc.assert(
      fc.property(draft, (text) => {
        for (const finding of analyze(text).findings) {
          for (const suggestion of finding.suggestions) {
            const fixed = apply(text, finding, suggestion);
            // Where the words that gave it away were (a finding may reach over their whole clause).
            const at = (f: typeof finding) => f.cue?.start ?? f.start;
            const again = analyze(fixed).findings.filter((f) => f.ruleId === finding.ruleId && at(f) === at(finding));
            expect(again, `${finding.ruleId}: "${fixed}"`).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('analyses a huge draft (a thread pasted 2,000 times) to the end', () => {
    const text = 'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt!!!\n> quoted\n'.repeat(
      2_000,
    );
    const analysis = analyze(text);
    expect(analysis.findings.length).toBeGreaterThan(1_000);
  });
});
