// False positives are the enemy: ordinary friendly client mail, full of benign
// uses of trigger words ("wie immer gern", "I never doubted"), must stay
// almost silent. Written before the rules (tests/fixtures/analysis/friendly-*.txt).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { corpus } from './corpora';

describe.each(['de', 'en'] as const)('friendly %s client mail', (language) => {
  const lines = corpus(`friendly-${language}`);

  it('has 100 sentences', () => {
    expect(lines).toHaveLength(100);
  });

  it('produces at most 3 findings in total', () => {
    const findings = lines.flatMap((line) =>
      analyze(line).findings.map((f) => `${f.ruleId}: "${line.slice(f.start, f.end)}" in "${line}"`),
    );
    expect(findings.length, findings.join('\n')).toBeLessThanOrEqual(3);
  });

  it('is read as calm', () => {
    const tense = lines.filter((line) => analyze(line).verdict !== 'calm');
    expect(tense).toEqual([]);
  });
});
