// The engine as a whole against texts judged by people outside this project:
// ROC AUC of `tension` for impolite vs polite quartiles of the Stanford
// Politeness Corpus (Wikipedia) and OFFENSE vs OTHER of GermEval 2018, and the
// share of polite/OTHER texts with any finding. Rows alternate between a tuning
// half (even) and a held-out half (odd).
import { existsSync, readFileSync } from 'node:fs';
import { analyze, type Language } from '../../../lib/analysis';

/** Minimal CSV reader (quoted fields with doubled quotes, commas and newlines inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Mann–Whitney AUC: the chance a positive scores above a negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
  const all = [...positives.map((v) => ({ v, p: 1 })), ...negatives.map((v) => ({ v, p: 0 }))].sort(
    (a, b) => a.v - b.v,
  );
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.v === all[i]?.v) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]?.p) rankSum += rank;
    i = j;
  }
  const n1 = positives.length;
  const n0 = negatives.length;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

function report(name: string, items: CorpusItem[], language: Language, out: (line: string) => void): void {
  const scored = items.map((item) => {
    const analysis = analyze(item.text, { language });
    return {
      ...item,
      tension: analysis.scores.tension,
      flagged: analysis.findings.length > 0,
    };
  });
  for (const half of ['tuning', 'held-out', 'all'] as const) {
    const rows = half === 'all' ? scored : scored.filter((r) => r.half === half);
    const pos = rows.filter((r) => r.positive);
    const neg = rows.filter((r) => !r.positive);
    const value = auc(
      pos.map((r) => r.tension),
      neg.map((r) => r.tension),
    );
    const flaggedNeg = neg.filter((r) => r.flagged).length / neg.length;
    out(
      `${name.padEnd(34)} ${half.padEnd(9)} n=${String(pos.length).padStart(4)}+${String(neg.length).padEnd(5)} AUC ${value.toFixed(3)}   benign with any finding ${(flaggedNeg * 100).toFixed(1)}%`,
    );
  }
}

export interface CorpusItem {
  text: string;
  positive: boolean;
  half: 'tuning' | 'held-out';
}

const halfOf = (i: number): CorpusItem['half'] => (i % 2 === 0 ? 'tuning' : 'held-out');

/** Stanford Politeness (Wikipedia): the bottom quartile (impolite, positive) against the top quartile. */
export function loadPoliteness(dir: string): CorpusItem[] {
  const file = `${dir}/politeness-wikipedia.csv`;
  if (!existsSync(file)) throw new Error(`eval data not found in ${dir}`);
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const requestCol = header?.indexOf('Request') ?? -1;
  const scoreCol = header?.indexOf('Normalized Score') ?? -1;
  const requests = rows
    .filter((r) => r.length > scoreCol)
    .map((r) => ({ text: (r[requestCol] as string).replace(/<url>/g, 'the page'), score: Number(r[scoreCol]) }));
  const sorted = [...requests].sort((a, b) => a.score - b.score);
  const q1 = sorted[Math.floor(sorted.length / 4)]?.score ?? 0;
  const q3 = sorted[Math.floor((sorted.length * 3) / 4)]?.score ?? 0;
  return requests
    .filter((r) => r.score <= q1 || r.score >= q3)
    .map((r, i) => ({ text: r.text, positive: r.score <= q1, half: halfOf(i) }));
}

/** GermEval 2018: OFFENSE (positive) against OTHER. */
export function loadGermEval(dir: string): CorpusItem[] {
  const file = `${dir}/germeval2018-training.tsv`;
  if (!existsSync(file)) throw new Error(`eval data not found in ${dir}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line, i) => {
      const [text, label] = line.split('\t');
      // @user handles and |LBR| line-break markers are Twitter artefacts, not the author's words.
      return {
        text: (text as string)
          .replace(/@\w+/g, '')
          .replace(/\|LBR\|/g, '\n')
          .trim(),
        positive: label === 'OFFENSE',
        half: halfOf(i),
      };
    });
}

export function reportPublicCorpora(dir: string, out: (line: string) => void): void {
  report('politeness (impolite vs polite)', loadPoliteness(dir), 'en', out);
  report('GermEval 2018 (OFFENSE vs OTHER)', loadGermEval(dir), 'de', out);
}
