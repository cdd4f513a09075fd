// Whole friendly client mails (tests/fixtures/analysis/friendly-mail-*.jsonl): ordinary
// invoices, appointments, thanks, refusals and bad news written well, which a careful
// coach would not mark at all. Every finding on them is a false alarm: at most 2 % of
// the mails per language may get any (issue 11; npm run eval reads the same files).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../lib/analysis';

interface Mail {
  id: string;
  text: string;
  kind: string;
}

const MIN_MAILS = 220;
/** Share of friendly mails that may get any finding. */
const FALSE_ALARM_BUDGET = 0.02;

function mails(language: Language): Mail[] {
  const file = `tests/fixtures/analysis/friendly-mail-${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<Mail>;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.kind !== 'string') {
        throw new Error(`${file}:${i + 1}: needs string fields id, text and kind`);
      }
      return { id: row.id, text: row.text, kind: row.kind };
    });
}

describe.each(['de', 'en'] as const)('friendly %s client mail', (language) => {
  const corpus = mails(language);

  it(`has at least ${MIN_MAILS} whole mails with unique ids`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_MAILS);
    const ids = corpus.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const m of corpus) {
      expect(m.id, m.id).toMatch(new RegExp(`^friendly-${language}-\\d{3}$`));
      expect(m.kind, m.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(m.text.trim(), m.id).not.toBe('');
    }
  });

  // Each test reads the whole corpus (the first also warms the engine): more than vitest's 5 s on a busy machine.
  it(`is recognised as ${language} without a hint`, { timeout: 30_000 }, () => {
    const other = corpus.filter((m) => analyze(m.text).language !== language).map((m) => m.id);
    expect(other).toEqual([]);
  });

  it(`flags at most ${FALSE_ALARM_BUDGET * 100} % of the mails, each finding inside its mail`, {
    timeout: 30_000,
  }, () => {
    const rules = new Map<string, number>();
    let flagged = 0;
    for (const m of corpus) {
      const { findings } = analyze(m.text, { language });
      if (findings.length) flagged++;
      for (const f of findings) {
        rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
        expect(0 <= f.start && f.start < f.end && f.end <= m.text.length, `${m.id} ${f.ruleId}`).toBe(true);
      }
    }
    const top = [...rules]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
    console.info(
      `friendly-mail-${language}: ${flagged}/${corpus.length} mails with any finding (${((100 * flagged) / corpus.length).toFixed(1)} %)${top ? `; most: ${top}` : ''}`,
    );
    expect(flagged / corpus.length, top).toBeLessThanOrEqual(FALSE_ALARM_BUDGET);
  });
});
