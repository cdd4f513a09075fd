// A finding reaches over the clause its words belong to (what a coach would
// underline); the message still quotes the words that gave it away.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { apply } from './apply';

const reach = (text: string, category: string) =>
  analyze(text, { uiLanguage: 'en' })
    .findings.filter((f) => f.category === category)
    .map((f) => ({
      underlined: text.slice(f.start, f.end),
      cue: f.cue ? text.slice(f.cue.start, f.cue.end) : null,
    }));

describe('how far a finding reaches', () => {
  it('grows to its clause, not over the next one, and keeps its cue', () => {
    const text = 'Danke für die Pläne, aber die Statik ist Murks, das sehen Sie selbst.';
    const [harsh] = reach(text, 'harsh');
    expect(harsh?.underlined).toBe('die Statik ist Murks');
    expect(harsh?.cue).toBe('Murks');
  });

  it('stops at a clause mark its own words begin with, not at the sentence start', () => {
    const text = 'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.';
    const blame = reach(text, 'blame');
    expect(blame.map((f) => f.underlined.replace(/^,\s*/, ''))).toEqual([
      'haben Sie die Unterlagen schon wieder nicht geschickt',
    ]);
  });

  it('quotes the cue in the message, and its rewrites keep the clause’s other words', () => {
    const text = 'As I said before, the beam must be moved.';
    const finding = analyze(text).findings.find((f) => f.category === 'being-right');
    expect(finding && text.slice(finding.start, finding.end)).toBe('As I said before');
    expect(finding?.message).toContain('“As I said before”');
    for (const suggestion of finding?.suggestions ?? []) {
      const fixed = apply(text, finding as NonNullable<typeof finding>, suggestion);
      expect(fixed.endsWith(', the beam must be moved.')).toBe(true);
    }
  });

  it('leaves two findings of a category in one clause apart, each with its own words', () => {
    const text = 'per my last email per my last email';
    const found = reach(text, 'being-right');
    expect(found.map((f) => f.underlined)).toEqual(['per my last email', 'per my last email']);
  });

  it('reaches from a counterfactual reproach through what would have been, and no further', () => {
    const en = 'If you had booked the crane in May, the roof trusses would be up by now. We start on Monday.';
    expect(reach(en, 'blame').map((f) => f.underlined)).toEqual([
      'If you had booked the crane in May, the roof trusses would be up by now',
    ]);
    const de = 'Hätten Sie die Maße geprüft, wäre die Arbeitsplatte nicht zu kurz.';
    expect(reach(de, 'blame').map((f) => f.underlined)).toEqual([de.slice(0, -1)]);
    // "could have" says what would have been too.
    const plain = 'Had you forwarded the letter sooner, we could have replied.';
    expect(reach(plain, 'blame').map((f) => f.underlined)).toEqual([plain.slice(0, -1)]);
  });

  it('does not widen structural findings (a long sentence stays the sentence, a missing ask the mail’s)', () => {
    const text = 'Hallo Frau Berg, die Pläne sind da.';
    for (const f of analyze(text).findings) expect(f.cue).toBeUndefined();
  });
});
