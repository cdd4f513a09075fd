// The whole-sentence rewrites offered for one category's findings in a draft, for the
// rewrite kinds' own tests. Fails when the category finds nothing, so a test of a
// rewrite cannot pass merely because its finding went away.
import { expect } from 'vitest';
import type { Category, Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';

export function rewritesOf(text: string, language: Language, category: Category): string[] {
  const analysis = analyzeWithRewrites(text, { language });
  const found = analysis.findings.filter((f) => f.category === category);
  expect(found.length).toBeGreaterThan(0);
  return found.flatMap((f) => (f.rewrites ?? []).map((r) => r.text));
}
