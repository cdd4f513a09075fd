// English lemmas: a table of the inflected forms of common words that suffix
// rules get wrong (irregular verbs, plurals, comparatives), clitics, and suffix
// rules checked against a list of base words for everything else.

import { Lemmatizer, pairs } from './lemmatizer';
import { frontDecode } from './pack';

export interface EnglishData {
  /** "form lemma" pairs. */
  forms: string;
  /** Base forms the suffix rules may produce. */
  bases: string;
  /** The bases that are adjectives, the only ones -er and -est are taken off. */
  adjectives: string;
  /** "form lemma" pairs that win over everything else: pronouns, clitics, auxiliaries. */
  fixed: string;
}

/** Words before 's that make it "is"/"has" rather than a possessive. */
const CLITIC_HOSTS = new Set(
  'it he she that there here what who where when how this everyone everything nobody nothing'.split(' '),
);
const CLITICS: Record<string, string> = { "'re": 'be', "'m": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would' };

export class English extends Lemmatizer {
  private readonly forms = new Map<string, string>();
  private readonly bases: Set<string>;
  private readonly adjectives: Set<string>;
  private readonly fixed = new Map<string, string>();

  constructor(data: EnglishData) {
    super();
    pairs(data.forms, this.forms);
    pairs(data.fixed, this.fixed);
    this.bases = new Set(frontDecode(data.bases));
    this.adjectives = new Set(frontDecode(data.adjectives));
  }

  readings(form: string): string[] {
    const first = this.lemma(form);
    const other = this.forms.get(form) ?? (form.includes("'") ? null : this.rules(form));
    return other && other !== first ? [first, other] : [first];
  }

  /** Whether the form is an English word the tables know, by itself or through a suffix rule. */
  knows(form: string): boolean {
    return this.fixed.has(form) || this.forms.has(form) || this.bases.has(form) || this.lemma(form) !== form;
  }

  protected resolve(form: string): string {
    if (form.length > 64) return form;
    const fixed = this.fixed.get(form) ?? this.forms.get(form);
    if (fixed !== undefined) return fixed;
    const apostrophe = form.lastIndexOf("'");
    if (apostrophe > 0) {
      const host = form.slice(0, apostrophe);
      const clitic = form.slice(apostrophe);
      if (clitic === "'s") return CLITIC_HOSTS.has(host) ? 'be' : host === 'let' ? 'let' : this.lemma(host);
      if (clitic === "'t" && host.endsWith('n')) return this.lemma(host.slice(0, -1));
      return CLITICS[clitic] ?? form;
    }
    if (this.bases.has(form)) return form;
    return this.rules(form) ?? form;
  }

  /** Suffix rules, each answer checked against the base words; plurals also unchecked. */
  private rules(form: string): string | null {
    const n = form.length;
    if (n < 4) return null;
    if (form.endsWith('ies') || form.endsWith('ied')) return this.known(`${form.slice(0, -3)}y`);
    if (form.endsWith('ing') && n > 5) return this.stem(form.slice(0, -3));
    if (form.endsWith('ed') && n > 4) return this.stem(form.slice(0, -2)) ?? this.known(form.slice(0, -1));
    if (form.endsWith('est') && n > 5) return this.compared(form.slice(0, -3));
    if (form.endsWith('er') && n > 4) return this.compared(form.slice(0, -2));
    if (form.endsWith('ves')) {
      const stem = form.slice(0, -3);
      const base = this.known(`${stem}f`) ?? this.known(`${stem}fe`);
      if (base) return base;
    }
    if (form.endsWith('s') && !/(ss|us|is|ous|ics)$/.test(form)) {
      if (/(ch|sh|x|z|ss)es$/.test(form)) return form.slice(0, -2);
      return this.known(form.slice(0, -1)) ?? form.slice(0, -1);
    }
    return null;
  }

  /** A stem after -ing/-ed/-est: plain, with its e back, or with a doubled consonant undone. */
  private stem(stem: string): string | null {
    if (this.bases.has(stem)) return stem;
    if (this.bases.has(`${stem}e`)) return `${stem}e`;
    const n = stem.length;
    if (n > 2 && stem[n - 1] === stem[n - 2] && this.bases.has(stem.slice(0, -1))) return stem.slice(0, -1);
    if (stem.endsWith('i') && this.bases.has(`${stem.slice(0, -1)}y`)) return `${stem.slice(0, -1)}y`;
    return null;
  }

  /** The adjective behind a comparative or superlative stem: larg-, bigg-, happi-. */
  private compared(stem: string): string | null {
    const base = this.stem(stem);
    return base && this.adjectives.has(base) ? base : null;
  }

  private known(word: string): string | null {
    return this.bases.has(word) ? word : null;
  }
}
