// The packed form of the generated tables (de-table.ts, en-table.ts). Lemmas
// sharing the ending and the rules that turn them into their forms make a
// paradigm; a rule is written
//
//   [~][!][g]<cut><suffix>   drop <cut> letters from the lemma's end, append <suffix>;
//                            g: put "ge" in front; !: a participle; ~: a rare slot
//                            (past, subjunctive, short imperative) that yields to a noun
//
// e.g. "schicken" with "0 1 2st 2t ~2te !g2t" has the forms schicken, schicke,
// schickst, schickt, schickte, geschickt. The table stores the rules inverted,
// as lines "suffix|g|cut letters|,pp f,pp f…": a form ending in the suffix (and
// starting with ge- if g), with the suffix (and ge-) taken off and the cut
// letters put back, is a lemma if it belongs to one of the listed paradigms pp
// (two ID_DIGITS); f tells the slot: c common, p common participle, r rare.
// Lemmas are sorted, front-coded (frontCode) and space-separated, with their
// paradigm ids in a parallel string, two characters per lemma.
//
// Decoding builds no map of forms or lemmas: a form is matched backwards from
// its ending and the candidate lemma found by binary search, so the first
// lookup costs little more than reading the front-coded lemma string once.

export const ID_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

export interface Rule {
  cut: number;
  suffix: string;
  ge: boolean;
  participle: boolean;
  rare: boolean;
}

const RULE = /^(~?)(!?)(g?)(\d+)(.*)$/;
const parsed = new Map<string, Rule>();

export function parseRule(source: string): Rule {
  let rule = parsed.get(source);
  if (!rule) {
    const m = RULE.exec(source);
    if (!m) throw new Error(`bad lemma rule "${source}"`);
    rule = {
      rare: m[1] === '~',
      participle: m[2] === '!',
      ge: m[3] === 'g',
      cut: Number(m[4]),
      suffix: m[5] as string,
    };
    parsed.set(source, rule);
  }
  return rule;
}

export function formatRule(rule: Rule): string {
  return `${rule.rare ? '~' : ''}${rule.participle ? '!' : ''}${rule.ge ? 'g' : ''}${rule.cut}${rule.suffix}`;
}

export function applyRule(lemma: string, rule: Rule): string {
  const stem = rule.cut === 0 ? lemma : lemma.slice(0, lemma.length - rule.cut);
  return rule.ge ? `ge${stem}${rule.suffix}` : stem + rule.suffix;
}

/** The rule that turns lemma into form, if one of the shapes above does. */
export function ruleFor(lemma: string, form: string, flags: Omit<Rule, 'cut' | 'suffix' | 'ge'>): Rule {
  const ge = form.startsWith('ge') && !lemma.startsWith('ge') && form.length > 2;
  const body = ge ? form.slice(2) : form;
  let shared = 0;
  while (shared < lemma.length && shared < body.length && lemma[shared] === body[shared]) shared++;
  return { ...flags, ge, cut: lemma.length - shared, suffix: body.slice(shared) };
}

/** Packs the rules of each lemma into the inverted rules, lemmas and paradigm ids FormTable reads. */
export function pack(entries: Iterable<[lemma: string, rules: Rule[]]>): {
  index: string;
  lemmas: string;
  ids: string;
  paradigms: number;
} {
  const paradigmOf = new Map<string, string>();
  const members = new Map<string, Rule[]>();
  const count = new Map<string, number>();
  for (const [lemma, rules] of entries) {
    const cut = Math.max(...rules.map((r) => r.cut));
    const key = `${lemma.slice(lemma.length - cut)}|${[...new Set(rules.map(formatRule))].sort().join(' ')}`;
    paradigmOf.set(lemma, key);
    members.set(key, rules);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // Frequent paradigms first: their ids repeat and compress well.
  const keys = [...count.keys()].sort((a, b) => (count.get(b) as number) - (count.get(a) as number));
  if (keys.length > ID_DIGITS.length ** 2) throw new Error(`too many paradigms: ${keys.length}`);
  const id = (i: number) => (ID_DIGITS[Math.floor(i / ID_DIGITS.length)] as string) + ID_DIGITS[i % ID_DIGITS.length];
  const inverted = new Map<string, Map<string, string>>();
  keys.forEach((key, i) => {
    const ending = key.slice(0, key.indexOf('|'));
    const slots = new Map<string, string>();
    for (const rule of members.get(key) as Rule[]) {
      const line = `${rule.suffix}|${rule.ge ? 'g' : ''}|${ending.slice(ending.length - rule.cut)}`;
      const old = slots.get(line);
      const flag = rule.participle ? 'p' : rule.rare ? 'r' : 'c';
      slots.set(line, old === undefined || old === 'r' ? flag : old === 'c' && flag === 'p' ? 'p' : old);
    }
    for (const [line, flag] of slots) slot(inverted, line, () => new Map<string, string>()).set(id(i), flag);
  });
  const index = [...inverted]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([line, list]) => `${line}|${[...list].map(([i, f]) => `,${i}${f}`).join('')}`);
  const lemmas = [...paradigmOf.keys()].sort();
  return {
    index: index.join('\n'),
    lemmas: frontCode(lemmas),
    ids: lemmas.map((l) => id(keys.indexOf(paradigmOf.get(l) as string))).join(''),
    paradigms: keys.length,
  };
}

/**
 * A sorted word list, each word after the first written as how many letters it shares with the one
 * before (one ID_DIGITS character, at most 63) and the rest: "abend abends aber" is "0abend 5s 2er".
 * Sorted lemma lists share long beginnings ("Abteilung", "Abteilungsleiter"), which gzip alone keeps
 * only in part; decoding is one pass over the string.
 */
export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      const most = Math.min(previous.length, word.length, ID_DIGITS.length - 1);
      while (shared < most && previous[shared] === word[shared]) shared++;
      previous = word;
      return (ID_DIGITS[shared] as string) + word.slice(shared);
    })
    .join(' ');
}

export function frontDecode(coded: string): string[] {
  if (coded === '') return [];
  const words: string[] = [];
  let previous = '';
  let at = 0;
  while (at <= coded.length) {
    let end = coded.indexOf(' ', at);
    if (end < 0) end = coded.length;
    const shared = DIGIT_VALUE[coded.charCodeAt(at)] ?? -1;
    if (shared < 0 || shared > previous.length) throw new Error(`lemma table: bad front-coded word at ${at}`);
    previous = shared === 0 ? coded.slice(at + 1, end) : previous.slice(0, shared) + coded.slice(at + 1, end);
    words.push(previous);
    at = end + 1;
  }
  return words;
}

/** The value of each ID_DIGITS character, by char code. */
const DIGIT_VALUE: number[] = [];
for (let i = 0; i < ID_DIGITS.length; i++) DIGIT_VALUE[ID_DIGITS.charCodeAt(i)] = i;

/** The value under key, made and stored first if missing. */
export function slot<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export interface Reading {
  lemma: string;
  rare: boolean;
  participle: boolean;
}

/** Inverted rules that share a suffix: the ge- prefix, the letters to put back, the paradigms. */
interface Backward {
  ge: boolean;
  cut: string;
  paradigms: string;
}

/** Form → lemma over a packed table, matched backwards from the form's ending. */
export class FormTable {
  private readonly lemmas: string[];
  private readonly ids: string;
  private readonly bySuffix = new Map<string, Backward[]>();
  private longest = 0;

  constructor(index: string, lemmas: string, ids: string) {
    this.lemmas = frontDecode(lemmas);
    this.ids = ids;
    if (this.lemmas.length * 2 !== ids.length) throw new Error('lemma table: lemmas and paradigm ids differ in length');
    if (index === '') return;
    for (const line of index.split('\n')) {
      const [suffix, ge, cut, paradigms] = line.split('|') as [string, string, string, string];
      slot(this.bySuffix, suffix, () => []).push({ ge: ge === 'g', cut, paradigms });
      if (suffix.length > this.longest) this.longest = suffix.length;
    }
  }

  /** The reading of a form, a common slot before a rare one (gab: geben). */
  get(form: string): Reading | undefined {
    let rare: Reading | undefined;
    for (let k = Math.min(this.longest, form.length); k >= 0; k--) {
      const entries = this.bySuffix.get(k === 0 ? '' : form.slice(form.length - k));
      if (!entries) continue;
      for (const entry of entries) {
        const flag = this.match(form, k, entry);
        if (flag === null || (flag === 'r' && rare)) continue;
        const reading = { lemma: this.candidate(form, k, entry), rare: flag === 'r', participle: flag === 'p' };
        if (flag !== 'r') return reading;
        rare = reading;
      }
    }
    return rare;
  }

  /** Every reading of a form, one per lemma. */
  all(form: string): Reading[] {
    const found: Reading[] = [];
    for (let k = Math.min(this.longest, form.length); k >= 0; k--) {
      const entries = this.bySuffix.get(k === 0 ? '' : form.slice(form.length - k));
      if (!entries) continue;
      for (const entry of entries) {
        const flag = this.match(form, k, entry);
        if (flag === null) continue;
        const lemma = this.candidate(form, k, entry);
        const same = found.find((r) => r.lemma === lemma);
        if (!same) found.push({ lemma, rare: flag === 'r', participle: flag === 'p' });
        else {
          same.rare &&= flag === 'r';
          same.participle ||= flag === 'p';
        }
      }
    }
    return found;
  }

  private candidate(form: string, k: number, entry: Backward): string {
    return form.slice(entry.ge ? 2 : 0, form.length - k) + entry.cut;
  }

  /** The slot flag (c, p, r) if the form, its last k letters being the entry's suffix, is one of its lemmas'. */
  private match(form: string, k: number, entry: Backward): string | null {
    if (entry.ge && (form.length - k < 2 || !form.startsWith('ge'))) return null;
    const id = this.id(this.candidate(form, k, entry));
    if (id === null) return null;
    const at = entry.paradigms.indexOf(`,${id}`);
    return at < 0 ? null : (entry.paradigms[at + 3] as string);
  }

  /**
   * The paradigm id of a lemma, by binary search over the sorted lemmas (each listed once); null if
   * the table lacks it. No buckets by first letters: building them cost the first lookup a walk over
   * every lemma, more than the few extra steps of the search cost all lookups of a draft.
   */
  private id(lemma: string): string | null {
    let low = 0;
    let high = this.lemmas.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const here = this.lemmas[mid] as string;
      if (here === lemma) return this.ids.slice(2 * mid, 2 * mid + 2);
      if (here < lemma) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  }
}
