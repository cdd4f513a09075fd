import { describe, expect, it } from 'vitest';
import { type DevMail, isHit, recallByCategory, scoreMail, spearman } from './metrics';

describe('scoring findings against a coach’s marks', () => {
  const quote = { start: 10, end: 30 };

  it('a hit covers at least half of the quote and is at most twice as long', () => {
    expect(isHit({ start: 10, end: 20 }, quote)).toBe(true);
    expect(isHit({ start: 10, end: 19 }, quote)).toBe(false);
    expect(isHit({ start: 0, end: 40 }, quote)).toBe(true);
    expect(isHit({ start: 0, end: 41 }, quote)).toBe(false);
    expect(isHit({ start: 30, end: 40 }, quote)).toBe(false);
  });

  const mail: DevMail = {
    id: 'x',
    lang: 'en',
    text: 'Hi Sam, you never send the plans on time. Best, Jo',
    expect: ['absolute', 'missing-appreciation'],
    severity: 2,
    spans: [
      { category: 'absolute', quote: 'you never send the plans on time' },
      { category: 'missing-appreciation', quote: 'Hi Sam,' },
    ],
  };

  it('scores quotes by span and whole-mail categories by presence', () => {
    const never = mail.text.indexOf('never');
    const score = scoreMail(mail, [
      { category: 'absolute', start: never, end: never + 5 },
      { category: 'absolute', start: 8, end: 41 },
      { category: 'missing-appreciation', start: 0, end: 2 },
      { category: 'harsh', start: 8, end: 41 },
    ]);
    expect(score.expected).toEqual([
      { category: 'missing-appreciation', quote: 'Hi Sam,', found: true },
      { category: 'absolute', quote: 'you never send the plans on time', found: true },
    ]);
    expect(score.findings.map((f) => f.hit)).toEqual([false, true, true, false]);
  });

  it('says why a finding missed its quote and why a quote was missed', () => {
    const long = { ...mail, text: `${mail.text} We met on Monday and on Tuesday and agreed on a schedule.` };
    const at = (word: string) => long.text.indexOf(word);
    const score = scoreMail(long, [
      { category: 'absolute', start: at('never'), end: at('never') + 5 },
      { category: 'absolute', start: 0, end: long.text.length },
      { category: 'harsh', start: at('plans'), end: at('plans') + 5 },
      { category: 'blame', start: at('Best'), end: at('Best') + 4 },
    ]);
    expect(score.findings.map((f) => f.why)).toEqual(['too little', 'too long', 'other category', 'unrelated']);
    expect(score.expected.find((e) => e.category === 'absolute')?.why).toBe('too long');
    const elsewhere = scoreMail(long, [{ category: 'absolute', start: at('Best'), end: at('Best') + 4 }]);
    expect(elsewhere.findings[0]?.why).toBe('elsewhere');
    expect(elsewhere.expected.find((e) => e.category === 'absolute')?.why).toBe('elsewhere');
  });

  it('counts quotes found per category over mails', () => {
    const never = mail.text.indexOf('never');
    const found = scoreMail(mail, [{ category: 'absolute', start: never - 4, end: never + 20 }]);
    const missed = scoreMail(mail, []);
    expect(Object.fromEntries(recallByCategory([found, missed]))).toEqual({
      'missing-appreciation': { found: 0, n: 2 },
      absolute: { found: 1, n: 2 },
    });
  });

  it('ranks ties together', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([0, 0, 0, 1], [0, 1, 2, 3])).toBeCloseTo(0.775, 2);
  });
});
