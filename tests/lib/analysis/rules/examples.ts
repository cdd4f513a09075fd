import { expect, it } from 'vitest';
import { type AnalyzeOptions, analyze, type Category } from '../../../../lib/analysis';

/** A rule's documented examples are its tests: texts it must flag and texts it must leave alone. */
export function examples(
  category: Category,
  cases: { flags: readonly string[]; quiet: readonly string[] },
  options: AnalyzeOptions = {},
): void {
  it.each(cases.flags.map((t) => [t]))('flags %j', (text) => {
    const found = analyze(text, options).findings.filter((f) => f.category === category);
    expect(found.length, `${category} in ${JSON.stringify(text)}`).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.message).not.toBe('');
      expect(f.explanation).not.toBe('');
    }
  });
  it.each(cases.quiet.map((t) => [t]))('leaves %j alone', (text) => {
    const found = analyze(text, options).findings.filter((f) => f.category === category);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
}
