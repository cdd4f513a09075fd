// How findings are scored against a coach's marks in the client-mail dev set.
// A finding is a hit when it covers at least half of an expected quote of its
// own category and is at most twice as long; a quote is found when some finding
// hits it. Two categories are properties of the whole mail (no greeting or thanks
// anywhere, no ask anywhere): there any finding of the category in a mail that
// expects it counts.

export const MAIL_LEVEL: ReadonlySet<string> = new Set(['missing-appreciation', 'unclear-ask']);

export interface Range {
  start: number;
  end: number;
}

export interface Marked extends Range {
  category: string;
}

export interface DevMail {
  id: string;
  lang: 'de' | 'en';
  text: string;
  expect: string[];
  severity: number;
  spans: { category: string; quote: string }[];
}

export function isHit(finding: Range, quote: Range): boolean {
  const length = quote.end - quote.start;
  const overlap = Math.max(0, Math.min(finding.end, quote.end) - Math.max(finding.start, quote.start));
  return length > 0 && overlap >= 0.5 * length && finding.end - finding.start <= 2 * length;
}

/** The expected quotes of a mail as ranges (the first occurrence at or after the previous one of the same text). */
export function expectedRanges(mail: DevMail): Marked[] {
  const ranges: Marked[] = [];
  for (const span of mail.spans) {
    const start = mail.text.indexOf(span.quote);
    if (start < 0) throw new Error(`${mail.id}: quote not in text: ${span.quote}`);
    ranges.push({ category: span.category, start, end: start + span.quote.length });
  }
  return ranges;
}

/**
 * Why a finding is not a hit, or a quote not found: the span policy (a finding of the
 * right category on the quote, but too long or covering too little of it), the place
 * (the category is marked elsewhere in the mail), another category on the same words,
 * or nothing related; for a missed quote, "too long" and "too little" describe the finding on it.
 * Printed as aggregates, so the held-out half can say which to fix.
 */
export type Mismatch = 'too long' | 'too little' | 'elsewhere' | 'other category' | 'unrelated';

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Why a finding of the right category on the quote is no hit: it is too long, or covers too little of it. */
function extentMiss(finding: Range, quote: Range): Mismatch {
  return overlap(finding, quote) >= 0.5 * (quote.end - quote.start) ? 'too long' : 'too little';
}

function mismatchOfFinding(finding: Marked, quotes: readonly Marked[], categoryInMail: boolean): Mismatch {
  const same = quotes.find((q) => q.category === finding.category && overlap(finding, q) > 0);
  if (same) return extentMiss(finding, same);
  if (categoryInMail) return 'elsewhere';
  return quotes.some((q) => overlap(finding, q) > 0) ? 'other category' : 'unrelated';
}

function mismatchOfQuote(quote: Marked, findings: readonly Marked[]): Mismatch {
  const same = findings.filter((f) => f.category === quote.category && overlap(f, quote) > 0);
  if (same.length > 0) return same.some((f) => extentMiss(f, quote) === 'too long') ? 'too long' : 'too little';
  if (findings.some((f) => f.category === quote.category)) return 'elsewhere';
  return findings.some((f) => overlap(f, quote) > 0) ? 'other category' : 'unrelated';
}

export interface MailScore {
  /** One per expected quote (mail-level categories: one per category). */
  expected: { category: string; quote: string; found: boolean; why?: Mismatch }[];
  /** One per finding. */
  findings: { category: string; quote: string; hit: boolean; why?: Mismatch }[];
}

export function scoreMail(mail: DevMail, findings: readonly Marked[]): MailScore {
  const ranges = expectedRanges(mail);
  const quote = (r: Range) => mail.text.slice(r.start, r.end);
  const hits = (f: Marked) =>
    MAIL_LEVEL.has(f.category)
      ? mail.expect.includes(f.category)
      : ranges.some((r) => r.category === f.category && isHit(f, r));
  const expected: MailScore['expected'] = [];
  for (const category of mail.expect.filter((c) => MAIL_LEVEL.has(c))) {
    expected.push({
      category,
      quote: ranges.find((r) => r.category === category)
        ? quote(ranges.find((r) => r.category === category) as Range)
        : '',
      found: findings.some((f) => f.category === category),
    });
  }
  for (const r of ranges.filter((r) => !MAIL_LEVEL.has(r.category))) {
    const found = findings.some((f) => f.category === r.category && isHit(f, r));
    expected.push({
      category: r.category,
      quote: quote(r),
      found,
      ...(found ? {} : { why: mismatchOfQuote(r, findings) }),
    });
  }
  return {
    expected,
    findings: findings.map((f) => {
      const hit = hits(f);
      return {
        category: f.category,
        quote: quote(f),
        hit,
        ...(hit ? {} : { why: mismatchOfFinding(f, ranges, mail.expect.includes(f.category)) }),
      };
    }),
  };
}

/** Quotes found per category over scored mails (mail-level categories once per mail). */
export function recallByCategory(scores: readonly MailScore[]): Map<string, { found: number; n: number }> {
  const recall = new Map<string, { found: number; n: number }>();
  for (const score of scores)
    for (const e of score.expected) {
      const r = recall.get(e.category) ?? { found: 0, n: 0 };
      r.n++;
      if (e.found) r.found++;
      recall.set(e.category, r);
    }
  return recall;
}

/** Spearman's rank correlation (ties get their average rank). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (vs: readonly number[]) => {
    const order = vs.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const ranks = new Array<number>(vs.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j < order.length && order[j]?.v === order[i]?.v) j++;
      for (let k = i; k < j; k++) ranks[(order[k] as { i: number }).i] = (i + j - 1) / 2;
      i = j;
    }
    return ranks;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    const a = (rx[i] as number) - mx;
    const b = (ry[i] as number) - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}
