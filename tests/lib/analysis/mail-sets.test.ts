// Independent mail sets (tests/fixtures/analysis/mails-<name>-{de,en}.jsonl):
// whole client mails in the dev set's format, written for these tests (a test
// checks no five words are shared with the dev set) and committed before the
// rules they probe were widened. They are scored as `npm run eval` scores the dev
// set — a finding counts only on the quote a coach would underline — so they
// measure extent as well as detection. `npm run score-mails -- <file>` lists
// misses. Floors guard what was reached; the first readings are in the commit
// messages and closing notes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Category, type Language } from '../../../lib/analysis';
import { type DevMail, recallByCategory, scoreMail } from '../../tools/eval/metrics';

const DIR = 'tests/fixtures/analysis';

/**
 * Recall each category must reach per set and language. Clean mails must stay without findings.
 * Since the confidence gate (lib/analysis/gate) holds back lone readings in warm mail, thirteen
 * floors sit a few marks lower than these sets had reached: the price of fewer false alarms on
 * friendly mail the rules were never read against.
 */
const FLOORS: Record<string, Record<Language, Partial<Record<Category, number>>>> = {
  harsh2: { de: { harsh: 0.75 }, en: { harsh: 0.83 } },
  harsh2b: { de: { harsh: 0.75 }, en: { harsh: 0.8 } },
  sarc: { de: { sarcasm: 0.63 }, en: { sarcasm: 0.56 } },
  // "Sie hätten … müssen" is reported as pressure (principles.md), though fault2 marks one such quote as blame.
  fault2: { de: { blame: 0.85, absolute: 0.95 }, en: { blame: 0.85, absolute: 0.95 } },
  // A counterfactual reproach reaches through what would have been ("Had you …, the shop would not have …"), as the
  // newer batches underline it; fault2b and cond2 underline the condition alone, and lose a mark each where it is long.
  fault2b: { de: { blame: 0.75, absolute: 0.8 }, en: { blame: 0.8, absolute: 0.8 } },
  cond2: { de: { 'being-right': 0.8, dismissive: 0.65 }, en: { 'being-right': 0.8, dismissive: 0.75 } },
  // Pressure and praise taken back; first readings in the commit messages.
  press2: { de: { pressure: 0.9, 'but-after-praise': 0.85 }, en: { pressure: 0.84, 'but-after-praise': 0.92 } },
  // Praise taken back, blind batch (first reading de 0.27, en 0.15).
  praise3: { de: { 'but-after-praise': 0.75 }, en: { 'but-after-praise': 0.68 } },
  praise3b: { de: { 'but-after-praise': 0.85 }, en: { 'but-after-praise': 0.7 } },
  // Blame; first reading de 0.44, en 0.52 (commit messages).
  blame3: { de: { blame: 0.8 }, en: { blame: 0.8 } },
  blame3b: { de: { blame: 0.66 }, en: { blame: 0.75 } },
  // Absolute: first blind reading de 0.48, en 0.60.
  abs3: { de: { absolute: 0.72 }, en: { absolute: 0.88 } },
  // Second blind batch: first reading de 0.67, en 0.50.
  abs3b: { de: { absolute: 0.9 }, en: { absolute: 0.83 } },
  // Unclear ask, mail-level; first reading de 0.20, en 0.25 (clean 0/25 each).
  ask5: { de: { 'unclear-ask': 0.75 }, en: { 'unclear-ask': 0.85 } },
  // Second blind batch; first reading de 0.30, en 0.20 (clean de 0/12, en 2/12, both also on main).
  ask5b: { de: { 'unclear-ask': 0.6 }, en: { 'unclear-ask': 0.7 } },
  // Being right as a construction; first reading de 0.18, en 0.24.
  right3: { de: { 'being-right': 0.6 }, en: { 'being-right': 0.58 } },
  // Second blind batch; first reading de 0.14, en 0.29.
  right3b: { de: { 'being-right': 0.42 }, en: { 'being-right': 0.71 } },
  // Condescension as constructions; first readings in the commit messages (dism3 de 0.22, en 0.32;
  // dism3b, written after the first widening, de 0.14, en 0.08).
  dism3: { de: { dismissive: 0.75 }, en: { dismissive: 0.84 } },
  dism3b: { de: { dismissive: 0.8 }, en: { dismissive: 0.6 } },
  // Dismissive, blind batch dism5: first reading de 0.19, en 0.42 (clean de 2/15, en 3/15).
  dism5: { de: { dismissive: 0.72 }, en: { dismissive: 0.88 } },
  // Second blind batch: first reading de 0.08, en 0.08 (clean 0/8 each).
  dism5b: { de: { dismissive: 0.78 }, en: { dismissive: 0.6 } },
  // Third blind batch, after two rounds of widening: first reading de 0.00, en 0.10 (clean 0/6 each).
  dism5c: { de: { dismissive: 0.5 }, en: { dismissive: 0.65 } },
  // Pressure, blind batches 3 and 3b: first readings de 0.37 / 0.50, en 0.48 / 0.29 (commit messages).
  press3: { de: { pressure: 0.8 }, en: { pressure: 0.9 } },
  press3b: { de: { pressure: 0.8 }, en: { pressure: 0.7 } },
  // Sarcasm, blind batches 5 and 5b: first readings de 0.19 / 0.17, en 0.21 / 0.00.
  sarc5: { de: { sarcasm: 0.48 }, en: { sarcasm: 0.6 } },
  sarc5b: { de: { sarcasm: 0.45 }, en: { sarcasm: 0.4 } },
  // Hedging, blind batch 5: first reading de 0.54, en 0.57 (clean de 0/15, en 2/15, not hedging).
  hedge5: { de: { hedging: 0.8 }, en: { hedging: 0.77 } },
  // Second blind batch; first reading de 0.32, en 0.24 (clean de 0/8, en 2/8, not hedging).
  hedge5b: { de: { hedging: 0.9 }, en: { hedging: 0.68 } },
  // Pressure, blind batch 5: first reading de 0.24, en 0.30 (clean de 3/15, en 0/15, none of them pressure).
  press5: { de: { pressure: 0.72 }, en: { pressure: 0.66 } },
  // Second blind batch, written after the first widening: first reading de 0.43, en 0.33 (clean 0/8 each), as on main.
  press5b: { de: { pressure: 0.75 }, en: { pressure: 0.75 } },
  // Blame, blind batch 5: first reading de 0.28, en 0.44 (clean de 1/15, en 2/15).
  blame5: { de: { blame: 0.75 }, en: { blame: 0.75 } },
  // Second blind batch: first reading de 0.23, en 0.23 (clean de 2/8, en 1/8).
  blame5b: { de: { blame: 0.7 }, en: { blame: 0.46 } },
  // Absolute, blind batch abs5: first reading de 0.56, en 0.52 (clean de 2/15, en 1/15).
  abs5: { de: { absolute: 0.95 }, en: { absolute: 0.9 } },
  // Second blind batch: first reading de 0.67, en 0.42 (clean de 2/8, en 2/8).
  abs5b: { de: { absolute: 0.75 }, en: { absolute: 0.58 } },
};

/**
 * Clean mails that another category still flags by mistake, by mail id: kept
 * visible here rather than reworded away. Only the named category is excused
 * (every other finding still counts). Remove an entry once the alarm is gone.
 */
const KNOWN_NOISE: Record<string, readonly Category[]> = {
  'press5-de-c04': ['unclear-ask'],
};

const files = readdirSync(DIR)
  .map((file) => /^mails-([a-z0-9]+)-(de|en)\.jsonl$/.exec(file))
  .filter((m): m is RegExpExecArray => m !== null);

describe('independent mail sets', () => {
  it('every set has floors', () => {
    for (const m of files) expect(FLOORS[m[1] as string], `floors for mails-${m[1]}`).toBeDefined();
  });

  for (const [file, name, language] of files) {
    it(`${file}: recall floors hold, clean mails stay clean`, () => {
      const mails = readFileSync(`${DIR}/${file}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as DevMail);
      const noisy: string[] = [];
      const scores = mails.map((mail) => {
        const score = scoreMail(mail, analyze(mail.text, { uiLanguage: 'en' }).findings);
        const known = KNOWN_NOISE[mail.id] ?? [];
        if (mail.expect.length === 0 && score.findings.some((f) => !known.includes(f.category as Category)))
          noisy.push(mail.id);
        return score;
      });
      const recall = recallByCategory(scores);
      expect(noisy, 'clean mails with a finding').toEqual([]);
      const floors = FLOORS[name as string]?.[language as Language] ?? {};
      for (const [category, floor] of Object.entries(floors)) {
        const r = recall.get(category) ?? { found: 0, n: 0 };
        expect(r.n, `${category} quotes`).toBeGreaterThan(0);
        expect(r.found / r.n, `${category} recall`).toBeGreaterThanOrEqual(floor as number);
      }
    });
  }
});
