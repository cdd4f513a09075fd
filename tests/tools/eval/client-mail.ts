// The client-mail dev set, scored per language and half of the frozen split
// (tests/fixtures/eval/client-mail-split.json): recall per category with n, the
// macro average, precision per finding span, clean mails with any finding, and
// how tension follows the coach's severity. Misses are listed item by item for
// the tuning half only; the held-out half prints aggregates.
import { existsSync, readFileSync } from 'node:fs';
import { analyze, type Scores, type Verdict } from '../../../lib/analysis';
import { STANCE_CATEGORIES } from '../../../lib/analysis/rewrite';
import { hasTension, isClean, lacksAppreciation, onlyClarity } from './gauge-labels';
import { type DevMail, expectedRanges, isHit, type MailScore, recallByCategory, scoreMail, spearman } from './metrics';
import { auc } from './public-corpora';
import { analyzeWithRewrites } from './with-rewrites';

const SPLIT = 'tests/fixtures/eval/client-mail-split.json';
const FRIENDLY = (lang: string) => `tests/fixtures/analysis/friendly-mail-${lang}.jsonl`;

type Half = 'tuning' | 'held-out';

/** The categories issue 14 asks whole-sentence rewrites for. */
const REWRITTEN: ReadonlySet<string> = new Set(STANCE_CATEGORIES);

interface Scored {
  mail: DevMail;
  half: Half;
  score: MailScore;
  /** Expected quotes in the stance categories, and those a finding with a whole-sentence rewrite covers. */
  rewrites: { n: number; covered: number };
  scores: Scores;
  verdict: Verdict;
}

/** The gauges against the coach: each figure is a budget of issue 13. */
export interface GaugeFigures {
  spearman: number;
  /** Tension: mails with a tension problem vs clean mails. */
  tensionAuc: { auc: number; n: [number, number] };
  /** 100 − clarity: mails whose only problems are of clarity vs clean mails. */
  clarityAuc: { auc: number; n: [number, number] };
  /** 100 − appreciation: mails a coach finds lacking appreciation vs clean mails. */
  appreciationAuc: { auc: number; n: [number, number] };
  calmClean: { calm: number; n: number };
}

export interface Summary {
  lang: 'de' | 'en';
  half: Half;
  /** Mean over categories of the share of expected quotes found (the figure the budgets use). */
  macroRecall: number;
  recall: Record<string, { found: number; n: number }>;
  /** Per category, mails that expect it and get any finding of it (looser: location ignored). */
  flagged: Record<string, { found: number; n: number }>;
  precision: { hits: number; findings: number };
  /** Aggregates only (safe for the held-out half): why quotes were missed and findings missed their quote. */
  missedWhy: Record<string, number>;
  falseWhy: Record<string, number>;
  cleanFlagged: { flagged: number; n: number };
  gauges: GaugeFigures;
  /** Expected quotes in the stance categories that get a finding with a whole-sentence rewrite (issue 14). */
  rewrites: { covered: number; n: number };
}

/** What the gauge figures need of a scored mail. */
export type Graded = Pick<Scored, 'mail' | 'scores' | 'verdict'>;

function aucOf(rows: readonly Graded[], positive: (m: DevMail) => boolean, value: (s: Scores) => number) {
  const pos = rows.filter((r) => positive(r.mail)).map((r) => value(r.scores));
  const neg = rows.filter((r) => isClean(r.mail)).map((r) => value(r.scores));
  return {
    auc: pos.length && neg.length ? auc(pos, neg) : Number.NaN,
    n: [pos.length, neg.length] as [number, number],
  };
}

/** One line of gauge figures, as `npm run eval` prints them. */
export function gaugeLine(g: GaugeFigures): string {
  const a = (x: { auc: number; n: [number, number] }) => `${x.auc.toFixed(3)} (n=${x.n[0]}+${x.n[1]})`;
  return `  gauges: Spearman(tension, severity) ${g.spearman.toFixed(2)}   AUC tension ${a(g.tensionAuc)}   AUC 100−clarity ${a(g.clarityAuc)}   AUC 100−appreciation ${a(g.appreciationAuc)}   calm verdict on clean ${g.calmClean.calm}/${g.calmClean.n}`;
}

export function gaugeFigures(rows: readonly Graded[]): GaugeFigures {
  const clean = rows.filter((r) => isClean(r.mail));
  return {
    spearman: spearman(
      rows.map((r) => r.scores.tension),
      rows.map((r) => r.mail.severity),
    ),
    tensionAuc: aucOf(rows, hasTension, (s) => s.tension),
    clarityAuc: aucOf(rows, onlyClarity, (s) => 100 - s.security),
    appreciationAuc: aucOf(rows, lacksAppreciation, (s) => 100 - s.appreciation),
    calmClean: { calm: clean.filter((r) => r.verdict === 'calm').length, n: clean.length },
  };
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function score(mails: readonly DevMail[], halfOf: (id: string) => Half): Scored[] {
  return mails.map((mail) => {
    const analysis = analyzeWithRewrites(mail.text, { uiLanguage: 'en' });
    const stance = expectedRanges(mail).filter((r) => REWRITTEN.has(r.category));
    const withRewrite = analysis.findings.filter((f) => (f.rewrites?.length ?? 0) > 0);
    return {
      mail,
      half: halfOf(mail.id),
      score: scoreMail(mail, analysis.findings),
      rewrites: {
        n: stance.length,
        covered: stance.filter((r) => withRewrite.some((f) => f.category === r.category && isHit(f, r))).length,
      },
      scores: analysis.scores,
      verdict: analysis.verdict,
    };
  });
}

function summarize(rows: readonly Scored[], lang: 'de' | 'en', half: Half): Summary {
  const recall: Summary['recall'] = Object.fromEntries(recallByCategory(rows.map((r) => r.score)));
  let hits = 0;
  let findings = 0;
  const flagged: Summary['flagged'] = {};
  const missedWhy: Record<string, number> = {};
  const falseWhy: Record<string, number> = {};
  const count = (tally: Record<string, number>, key: string) => {
    tally[key] = (tally[key] ?? 0) + 1;
  };
  for (const { mail, score: s } of rows) {
    for (const e of s.expected) if (!e.found) count(missedWhy, e.why ?? 'unrelated');
    for (const f of s.findings) if (!f.hit) count(falseWhy, f.why ?? 'unrelated');
    for (const category of mail.expect) {
      const r = flagged[category] ?? { found: 0, n: 0 };
      r.n++;
      if (s.findings.some((f) => f.category === category)) r.found++;
      flagged[category] = r;
    }
    findings += s.findings.length;
    hits += s.findings.filter((f) => f.hit).length;
  }
  const categories = Object.values(recall);
  const clean = rows.filter((r) => r.mail.expect.length === 0);
  return {
    lang,
    half,
    recall,
    flagged,
    macroRecall: categories.reduce((sum, r) => sum + r.found / r.n, 0) / Math.max(1, categories.length),
    precision: { hits, findings },
    missedWhy,
    falseWhy,
    cleanFlagged: { flagged: clean.filter((r) => r.score.findings.length > 0).length, n: clean.length },
    gauges: gaugeFigures(rows),
    rewrites: {
      covered: rows.reduce((n, r) => n + r.rewrites.covered, 0),
      n: rows.reduce((n, r) => n + r.rewrites.n, 0),
    },
  };
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);
const ratio = (a: number, b: number) => (b === 0 ? '  –  ' : (a / b).toFixed(2));

function printSummary(s: Summary, out: (line: string) => void): void {
  out(`\n${s.lang} ${s.half}`);
  out(`  ${'category'.padEnd(22)} quotes  recall   mails  flagged`);
  for (const [category, r] of Object.entries(s.recall).sort(([a], [b]) => a.localeCompare(b))) {
    const m = s.flagged[category] ?? { found: 0, n: 0 };
    out(
      `  ${category.padEnd(22)} n=${String(r.n).padStart(3)}  ${ratio(r.found, r.n)}    n=${String(m.n).padStart(3)}  ${ratio(m.found, m.n)}`,
    );
  }
  out(
    `  macro recall ${s.macroRecall.toFixed(2)}   precision per finding ${ratio(s.precision.hits, s.precision.findings)} (${s.precision.hits}/${s.precision.findings})   clean mails with any finding ${s.cleanFlagged.flagged}/${s.cleanFlagged.n}`,
  );
  out(gaugeLine(s.gauges));
  const tally = (t: Record<string, number>) =>
    Object.entries(t)
      .sort(([, a], [, b]) => b - a)
      .map(([why, n]) => `${why} ${n}`)
      .join(', ') || 'none';
  out(
    `  whole-sentence rewrites: ${s.rewrites.covered}/${s.rewrites.n} expected quotes in the stance categories get a finding with one (${pct(s.rewrites.covered, s.rewrites.n)})`,
  );
  out(`  quotes missed, why: ${tally(s.missedWhy)}`);
  out(`  findings that miss, why: ${tally(s.falseWhy)}`);
}

function printMisses(rows: readonly Scored[], out: (line: string) => void): void {
  for (const { mail, score: s } of rows) {
    const missed = s.expected.filter((e) => !e.found);
    const wrong = s.findings.filter((f) => !f.hit);
    if (missed.length === 0 && wrong.length === 0) continue;
    out(`  ${mail.id}`);
    for (const m of missed) out(`    miss   ${m.category.padEnd(20)} ${JSON.stringify(m.quote)}`);
    for (const f of wrong) out(`    false  ${f.category.padEnd(20)} ${JSON.stringify(f.quote)}`);
  }
}

/** The friendly corpus of ordinary client mail (tests/fixtures): the share with any finding. */
export function friendlyFlagged(lang: 'de' | 'en'): { flagged: number; n: number; rules: Map<string, number> } | null {
  if (!existsSync(FRIENDLY(lang))) return null;
  const mails = readJsonl<{ text: string }>(FRIENDLY(lang));
  const rules = new Map<string, number>();
  let flagged = 0;
  for (const { text } of mails) {
    const { findings } = analyze(text);
    if (findings.length > 0) flagged++;
    for (const f of findings) rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  }
  return { flagged, n: mails.length, rules };
}

export function reportClientMail(dir: string, out: (line: string) => void, misses: boolean): Summary[] {
  const split = JSON.parse(readFileSync(SPLIT, 'utf8')) as Record<Half, string[]>;
  const tuning = new Set(split.tuning);
  const mails = readJsonl<DevMail>(`${dir}/client-mail-dev.jsonl`);
  const unknown = mails.filter((m) => !tuning.has(m.id) && !split['held-out'].includes(m.id));
  if (unknown.length > 0) throw new Error(`not in the frozen split: ${unknown.map((m) => m.id).join(', ')}`);
  const rows = score(mails, (id) => (tuning.has(id) ? 'tuning' : 'held-out'));
  const summaries: Summary[] = [];
  out('Client mail (../shared/eval/client-mail-dev.jsonl, frozen split; language detected, as for a user)');
  for (const lang of ['de', 'en'] as const) {
    for (const half of ['tuning', 'held-out'] as const) {
      const mine = rows.filter((r) => r.mail.lang === lang && r.half === half);
      const summary = summarize(mine, lang, half);
      summaries.push(summary);
      printSummary(summary, out);
    }
    const clean = rows.filter((r) => r.mail.lang === lang && r.mail.expect.length === 0);
    const flagged = clean.filter((r) => r.score.findings.length > 0).length;
    out(`  ${lang}: all ${clean.length} clean mails with any finding ${flagged} (${pct(flagged, clean.length)})`);
    const calm = clean.filter((r) => r.verdict === 'calm').length;
    out(`  ${lang}: all ${clean.length} clean mails with the calm verdict ${calm} (${pct(calm, clean.length)})`);
    const friendly = friendlyFlagged(lang);
    out(
      friendly
        ? `  ${lang}: friendly corpus (${FRIENDLY(lang)}) with any finding ${friendly.flagged}/${friendly.n} (${pct(friendly.flagged, friendly.n)})`
        : `  ${lang}: friendly corpus ${FRIENDLY(lang)} not found`,
    );
  }
  if (misses) {
    out('\nMisses and false findings, tuning half only (held-out items are never listed):');
    printMisses(
      rows.filter((r) => r.half === 'tuning'),
      out,
    );
  }
  return summaries;
}
