// Fits the stance-words model of the gauges (lib/analysis/gauges/
// stance-words.ts): npm run build:stance-words writes the shipped one, and
// npm run train fits one per half of the written mails so that each mail's cue
// comes from a model that never read it.
// Data, all written for this project's tests (none from the dev set or the
// public corpora): the probe sentences (tests/fixtures/analysis/probe-*.jsonl;
// a probe expected to fire in a stance category is a reproach, the others are
// not) and the written mails asked for (sentences that hold a coach's quote
// of a stance category are reproaches, the rest and the friendly mails are
// not). Logistic regression per language, AdaGrad in a
// fixed order for a fixed number of passes, weights rounded: the same file on
// every run.
import { readdirSync, readFileSync } from 'node:fs';
import { examine } from '../../lib/analysis/engine';
import {
  type PackedStanceWeights,
  type StanceModel,
  type StanceWeights,
  stanceFeatures,
} from '../../lib/analysis/gauges/stance-words';
import type { Language } from '../../lib/analysis/types';

const FIXTURES = 'tests/fixtures/analysis';
const STANCE = new Set([
  'blame',
  'pressure',
  'harsh',
  'sarcasm',
  'dismissive',
  'being-right',
  'absolute',
  'but-after-praise',
]);
/** A feature seen in fewer sentences is left out: it would fit a sentence, not a way of speaking. */
const MIN_SENTENCES = 9;
const PASSES = 15;
const RATE = 0.1;
const L2 = 0.0001;
/** Weights this small are dropped from the shipped table. */
const KEEP = 0.1;

interface Sentence {
  features: string[];
  reproach: boolean;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A word after a title or a greeting ("Frau Albers", "Hi Priya"): a name, which says nothing about stance. */
const NAMED =
  /\b(?:Frau|Herrn?|Mr|Mrs|Ms|Miss|Dr|Prof|Dear|Hallo|Hi|Hello|Hey|Liebe|Lieber|Moin|Servus)\.?\s+(?:(?:Frau|Herrn?|Mr|Mrs|Ms|Dr|Prof)\.?\s+)*(\p{Lu}[\p{L}'’-]+)/gu;

const TITLES = new Set(['frau', 'herr', 'herrn', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/** The names in `texts`, folded; a name that is also a word of the texts ("Frau Klein", "klein") stays a word. */
export function namesIn(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(NAMED)) found.add((m[1] as string).toLowerCase().replace(/ß/g, 'ss'));
    for (const w of text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []) lower.add(w.replace(/ß/g, 'ss'));
  }
  return new Set([...found].filter((n) => !lower.has(n) && !TITLES.has(n)));
}

function sentences(language: Language, useMail: (id: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  const texts: Array<{ text: string; reproach: (start: number, end: number) => boolean }> = [];
  const read = (text: string, reproach: (start: number, end: number) => boolean) => {
    texts.push({ text, reproach });
  };
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.startsWith('probe-') && f.endsWith(`-${language}.jsonl`))
    .sort()) {
    for (const p of readJsonl<{ category: string; expect: boolean; text: string }>(`${FIXTURES}/${file}`))
      read(p.text, () => p.expect === true && STANCE.has(p.category));
  }
  for (const file of readdirSync(FIXTURES)
    .filter((f) => /^(mails-.*|friendly-mail)-/.test(f) && f.endsWith(`-${language}.jsonl`))
    .sort()) {
    for (const m of readJsonl<{ id: string; text: string; spans?: { category: string; quote: string }[] }>(
      `${FIXTURES}/${file}`,
    )) {
      if (!useMail(m.id)) continue;
      const quotes = (m.spans ?? [])
        .filter((s) => STANCE.has(s.category))
        .map((s) => {
          const start = m.text.indexOf(s.quote);
          return { start, end: start + s.quote.length };
        })
        .filter((q) => q.start >= 0);
      read(m.text, (start, end) =>
        quotes.some((q) => {
          const overlap = Math.min(q.end, end) - Math.max(q.start, start);
          return overlap > 0.5 * (q.end - q.start) || overlap > 0.5 * (end - start);
        }),
      );
    }
  }
  // Names are left out: a weight on "Albers" fits one written mail, not a way of speaking.
  const names = namesIn(texts.map((t) => t.text));
  for (const { text, reproach } of texts) {
    const { doc } = examine(text, { language });
    for (const s of doc.sentences)
      out.push({
        features: stanceFeatures(
          s.tokens.filter((t) => !names.has(t.folded)),
          language,
        ).filter((f) => !names.has(f)),
        reproach: reproach(s.start, s.end),
      });
  }
  return out;
}

function fitModel(data: Sentence[]): StanceModel & { features: number; reproaches: number } {
  const seen = new Map<string, number>();
  for (const s of data) for (const f of s.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (n >= MIN_SENTENCES) index.set(f, index.size);
  const rows = data.map((s) => ({
    x: s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: s.reproach ? 1 : 0,
  }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = -2;
  let b2 = 1e-8;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let k = 0; k < rows.length; k++) {
      // A fixed stride through the rows, different each pass: no random numbers, the same order every run.
      const row = rows[(k * 7919 + pass * 104729) % rows.length] as (typeof rows)[number];
      let z = bias;
      for (const j of row.x) z += w[j] as number;
      const g = 1 / (1 + Math.exp(-z)) - row.y;
      for (const j of row.x) {
        const gj = g + L2 * (w[j] as number);
        g2[j] = (g2[j] as number) + gj * gj;
        w[j] = (w[j] as number) - (RATE / Math.sqrt(g2[j] as number)) * gj;
      }
      b2 += g * g;
      bias -= (RATE / Math.sqrt(b2)) * g;
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, j] of index) {
    const v = Math.round((w[j] as number) * 100) / 100;
    if (Math.abs(v) >= KEEP) weights[f] = v;
  }
  return {
    bias: Math.round(bias * 100) / 100,
    weights,
    features: index.size,
    reproaches: rows.filter((r) => r.y === 1).length,
  };
}

/** The model per language, fitted on the probes and the written mails `useMail` lets in. */
export function fitStanceWords(
  useMail: (id: string) => boolean,
  log: (line: string) => void = () => {},
): StanceWeights {
  const out = {} as Record<Language, StanceModel>;
  for (const language of ['de', 'en'] as const) {
    const data = sentences(language, useMail);
    const { bias, weights, features, reproaches } = fitModel(data);
    out[language] = { bias, weights };
    log(
      `${language}: ${data.length} sentences (${reproaches} reproaches), ${features} features, ${Object.keys(weights).length} kept`,
    );
  }
  return out;
}

/** The model as shipped (lib/analysis/lexicon/stance-words.json): per language, the lemmas of each weight in one line. */
export function packStanceWeights(model: StanceWeights): PackedStanceWeights {
  const pack = (language: Language) => {
    const byWeight: Record<string, string> = {};
    const weights = Object.entries(model[language].weights).sort(([a, x], [b, y]) => x - y || a.localeCompare(b));
    for (const [lemma, weight] of weights) {
      const key = String(weight);
      byWeight[key] = byWeight[key] === undefined ? lemma : `${byWeight[key]} ${lemma}`;
    }
    return { bias: model[language].bias, byWeight };
  };
  return { de: pack('de'), en: pack('en') };
}
