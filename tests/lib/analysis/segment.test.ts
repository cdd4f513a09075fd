import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { segment } from '../../../lib/analysis/segment';

const sentences = (text: string) =>
  segment(text).paragraphs.flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));

describe('segment', () => {
  it('splits sentences but not at abbreviations, ordinals or decimals', () => {
    expect(
      sentences(
        'Das kostet ca. 3.500 € bzw. etwas mehr. Am 3. März geht es los! Passt das? Dr. Weber kommt z. B. auch.',
      ),
    ).toEqual([
      'Das kostet ca. 3.500 € bzw. etwas mehr.',
      'Am 3. März geht es los!',
      'Passt das?',
      'Dr. Weber kommt z. B. auch.',
    ]);
    expect(sentences('See e.g. the plan. Mr. Smith agrees, i.e. we go ahead.')).toEqual([
      'See e.g. the plan.',
      'Mr. Smith agrees, i.e. we go ahead.',
    ]);
  });

  it('ends a sentence at a line break (greeting lines, lists)', () => {
    expect(sentences('Hallo Frau Schmidt,\nanbei die Pläne')).toEqual(['Hallo Frau Schmidt,', 'anbei die Pläne']);
  });

  it.each([
    ['a "> " quoted reply', 'Danke für die Pläne.\n\n> Sie haben schon wieder vergessen, die Pläne zu schicken!!!'],
    [
      'an "Am … schrieb …:" block',
      'Danke für die Pläne.\n\nAm 12.03.2026 um 10:14 schrieb Jonas Weber <j@example.de>:\nSie haben schon wieder vergessen!!!',
    ],
    [
      'an "On … wrote:" block',
      'Thanks for the plans.\n\nOn Tue, 3 Mar 2026 at 10:14, Tom <t@example.com> wrote:\nYou never send anything on time!!!',
    ],
    ['a forwarded message', 'Thanks.\n\n---------- Forwarded message ---------\nYou never send anything on time!!!'],
    ['the signature', 'Danke für die Pläne.\n-- \nMAX MUSTERMANN!!! GESCHÄFTSFÜHRER'],
    ['an app footer', 'Danke für die Pläne.\nSent with Proton Mail secure email.\nYOU NEVER READ ANYTHING!!!'],
  ])('does not analyse %s', (_, text) => {
    const analysis = analyze(text);
    expect(analysis.findings).toEqual([]);
    expect(analysis.stats.analysedWords).toBeLessThan(6);
  });

  it('finds quotation marks of both languages and leaves quoted speech unflagged', () => {
    const text =
      'Er sagte: „Sie müssen unbedingt unterschreiben.“ Sie schrieb: "You have to sign today." Und \'Das ist falsch.\' stand da.';
    expect(segment(text).quotes).toHaveLength(3);
    expect(analyze(text, { language: 'de' }).findings.filter((f) => f.category !== 'unclear-ask')).toEqual([]);
  });

  it('does not let a stray quotation mark swallow the rest of the draft', () => {
    const text = 'Er sagte: „Moment.\nSie müssen unbedingt bis Freitag unterschreiben.';
    expect(analyze(text).findings.map((f) => f.category)).toContain('pressure');
  });

  it('recognises the greeting line', () => {
    const text = 'Liebe Anna,\n\ndanke dir.';
    const g = segment(text).greeting;
    expect(g && text.slice(g.start, g.end)).toBe('Liebe Anna,');
  });
});
