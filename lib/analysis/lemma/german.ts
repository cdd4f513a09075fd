// German lemmas from packed paradigm tables of verbs and nouns (de-table.ts)
// plus rules for what a table of that size cannot list: separable verbs
// written as one word (abzugeben, weitergeht, hochgeladen), inflected
// adjectives and participles (unausgegorene), noun compounds
// (Darlehensverträge) and productive suffixes (-ungen, -ieren).
//
// One lemma per form, the first of: a fixed word (function words, auxiliaries
// and modals); a verb in a common slot (infinitive, present, participle); a
// separable verb's participle or infinitive; a noun; a known adjective or
// participle; a compound noun; a verb in a rare slot (past, subjunctive, short
// imperative); an adjective by its suffix alone; a productive suffix. So
// "Unterlagen" is the noun, "würde" the auxiliary and "fragen" the verb;
// `readings` keeps the others for patterns that must match any of them.
import { Lemmatizer, pairs } from './lemmatizer';
import { FormTable, frontDecode, type Reading } from './pack';

export interface GermanData {
  verbIndex: string;
  verbLemmas: string;
  verbIds: string;
  /** Separable verbs as "particle base", by particle: "ab:geben nehmen\nan:rufen". */
  separable: string;
  nounIndex: string;
  nounLemmas: string;
  nounIds: string;
  /** Positive forms of adjectives that no suffix rule recognizes. */
  adjectives: string;
  /** "form lemma" pairs that win over everything else: function words, auxiliaries, fixed choices. */
  fixed: string;
}

/** Particles that are hardly ever prepositions, so particle + verb may form a verb the table lacks. */
const PRODUCTIVE = new Set(
  'hoch herunter runter rauf raus rein rüber heraus herein hinauf hinaus hinein hinunter vorbei voran weiter zurück zusammen fest frei los weg fort bereit kennen statt teil nebenher entgegen gegenüber'.split(
    ' ',
  ),
);
const ADJ_SUFFIX = /(lich|isch|ig|bar|los|sam|haft|iv|ell|al|ös|är|ant|ent|end|voll|reich|arm|mässig|fähig|weise)$/;
const NOUN_SUFFIX: ReadonlyArray<[RegExp, number, string]> = [
  [/(ung|heit|keit|schaft|ion|tät|ik|enz|anz|ur|ei)en$/, 2, ''],
  [/innen$/, 3, ''],
  [/nisse[ns]?$/, -1, ''],
  [/ismen$/, 2, 'us'],
];
const ENDINGS = ['en', 'em', 'er', 'es', 'e'];
/** Longer words (pasted codes, URLs without dots) are left as they are. */
const MAX_LENGTH = 64;
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

export class German extends Lemmatizer {
  private readonly verbs: FormTable;
  private readonly separable = new Set<string>();
  private readonly particles: string[] = [];
  /** The particles by their first letter, longest first as in `particles`: a word is tried against a few, not all. */
  private readonly particlesByLetter = new Map<string, string[]>();
  private readonly particleSet = new Set<string>();
  private readonly nouns: FormTable;
  private readonly adjectives: Set<string>;
  private readonly fixed = new Map<string, string>();

  constructor(data: GermanData) {
    super();
    this.verbs = new FormTable(data.verbIndex, data.verbLemmas, data.verbIds);
    for (const line of data.separable.split('\n')) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      const particle = line.slice(0, colon);
      this.particles.push(particle);
      for (const base of line.slice(colon + 1).split(' ')) this.separable.add(particle + base);
    }
    for (const p of PRODUCTIVE) if (!this.particles.includes(p)) this.particles.push(p);
    this.particles.sort((a, b) => b.length - a.length);
    for (const particle of this.particles) {
      this.particleSet.add(particle);
      const letter = particle.charAt(0);
      const list = this.particlesByLetter.get(letter);
      if (list) list.push(particle);
      else this.particlesByLetter.set(letter, [particle]);
    }
    this.nouns = new FormTable(data.nounIndex, data.nounLemmas, data.nounIds);
    this.adjectives = new Set(frontDecode(data.adjectives));
    pairs(data.fixed, this.fixed);
  }

  readings(form: string): string[] {
    const first = this.lemma(form);
    const all = [first];
    for (const other of [
      this.fixed.get(form),
      this.verbs.get(form)?.lemma,
      this.nouns.get(form)?.lemma,
      this.adjective(form, true),
      this.nouns.get(form) ? null : this.compound(form),
      this.splitVerb(form)?.lemma,
    ]) {
      if (other !== undefined && other !== null && !all.includes(other)) all.push(other);
    }
    return all;
  }

  /** The verb that a finite form and a particle standing apart make ("gebe" … "ab" → "abgeben"), or null. */
  separableLemma(verb: string, particle: string): string | null {
    if (!this.particleSet.has(particle)) return null;
    const productive = PRODUCTIVE.has(particle);
    for (const base of this.verbs.all(verb)) {
      const compound = particle + base.lemma;
      if (this.separable.has(compound) || productive) return compound;
    }
    return null;
  }

  protected resolve(form: string): string {
    if (form.length < 2 || form.length > MAX_LENGTH) return form;
    const fixed = this.fixed.get(form);
    if (fixed !== undefined) return fixed;
    const apostrophe = form.indexOf("'");
    if (apostrophe > 0) {
      // hab's, gibt's, wenn's: the word before the clitic "es".
      return form.endsWith("'s") ? this.lemma(form.slice(0, -2)) : form;
    }
    const verb = this.verbs.get(form);
    if (verb && !verb.rare) return verb.lemma;
    // A separable verb is written as one word in its participle and infinitives
    // (angeboten, abzugeben) but in finite forms only at a clause's end (anrufe),
    // so only the former beat a noun (Angeboten, Anrufe).
    const split = verb ? null : this.splitVerb(form);
    if (split?.nonfinite) return split.lemma;
    const noun = this.nouns.get(form);
    if (noun) return noun.lemma;
    if (split && !split.rare) return split.lemma;
    return (
      this.adjective(form, false) ??
      this.compound(form) ??
      verb?.lemma ??
      split?.lemma ??
      this.adjective(form, true) ??
      this.suffixNoun(form) ??
      this.suffixVerb(form) ??
      form
    );
  }

  /** The noun reading alone: the table, a compound's last part, a productive suffix. */
  nounOf(form: string): string | null {
    return this.nouns.get(form)?.lemma ?? this.compound(form) ?? this.suffixNoun(form);
  }

  /** The adjective reading alone. */
  adjectiveOf(form: string): string | null {
    return this.adjective(form, true);
  }

  /** Particle + verb form written as one word: abgeben, abzugeben, abgegeben, weitergeht. */
  private splitVerb(form: string): (Reading & { nonfinite: boolean }) | null {
    // Only particles that share the word's first letter can start it (an empty particle would start every word).
    const particles = this.particleSet.has('') ? this.particles : (this.particlesByLetter.get(form.charAt(0)) ?? []);
    for (const particle of particles) {
      if (!form.startsWith(particle) || form.length - particle.length < 3) continue;
      const rest = form.slice(particle.length);
      const productive = PRODUCTIVE.has(particle);
      if (rest.startsWith('zu')) {
        const infinitive = rest.slice(2);
        if (this.verbs.all(infinitive).some((r) => r.lemma === infinitive)) {
          const lemma = particle + infinitive;
          if (productive || this.separable.has(lemma))
            return { lemma, rare: false, participle: false, nonfinite: true };
        }
      }
      for (const base of this.verbs.all(rest)) {
        const lemma = particle + base.lemma;
        if (this.separable.has(lemma) || (productive && base.participle)) {
          const nonfinite = base.participle || base.lemma === rest;
          return { lemma, rare: base.rare, participle: base.participle, nonfinite };
        }
      }
    }
    return null;
  }

  /**
   * Inflected, compared or negated adjectives and participles: unausgegorene →
   * unausgegoren. `guess` also accepts stems by their suffix alone (-lich, -isch).
   */
  private adjective(form: string, guess: boolean): string | null {
    const plain = this.positive(form, guess);
    if (plain) return plain;
    const irregular = this.compared(form, guess);
    if (irregular) return irregular;
    for (const ending of ENDINGS) {
      if (form.length > ending.length + 2 && form.endsWith(ending)) {
        const stem = form.slice(0, -ending.length);
        const lemma = this.positive(stem, guess) ?? this.compared(stem, guess);
        if (lemma) return lemma;
      }
    }
    return null;
  }

  /** The positive form behind an uninflected stem (gut, dunkl-, unausgegoren), or null. */
  private positive(stem: string, guess: boolean): string | null {
    const irregular = this.fixed.get(`${stem}~`);
    if (irregular !== undefined) return irregular;
    if (this.adjectives.has(stem)) return stem;
    // Participles end in -t, -en or -end.
    const end = stem[stem.length - 1];
    if ((end === 't' || end === 'n' || end === 'd') && this.verbs.get(stem)?.participle) return stem;
    if (guess && stem.length >= 5 && ADJ_SUFFIX.test(stem)) return stem;
    if (guess && /^ge.{3,}t$/.test(stem) && !this.nouns.get(stem)) return stem;
    const last = stem.length - 1;
    if (stem[last] === 'l' || stem[last] === 'r') {
      // The e a declined adjective drops: dunkl-e, teur-e, flexibl-e.
      const elided = `${stem.slice(0, last)}e${stem[last]}`;
      if (this.adjectives.has(elided)) return elided;
    }
    if (stem.length > 5) {
      const split = this.splitVerb(stem);
      if (split?.participle) return stem;
      if (stem.startsWith('un')) {
        const rest = this.positive(stem.slice(2), guess);
        if (rest) return `un${rest}`;
      }
    }
    return null;
  }

  /** Positive of a comparative or superlative (schneller, grösst, besser), or null. */
  private compared(form: string, guess: boolean): string | null {
    const irregular = this.fixed.get(`${form}~`);
    if (irregular !== undefined) return irregular;
    const cut = form.endsWith('est') ? 3 : form.endsWith('st') || form.endsWith('er') ? 2 : 0;
    if (cut === 0 || form.length - cut < 2) return null;
    const stem = form.slice(0, -cut);
    const positive = this.positive(stem, guess);
    if (positive) return positive;
    const umlaut = stem.search(/[äöü]/);
    if (umlaut >= 0) {
      const plain = stem.slice(0, umlaut) + UMLAUT[stem[umlaut] as string] + stem.slice(umlaut + 1);
      if (this.adjectives.has(plain)) return plain;
    }
    return null;
  }

  /** A compound noun by its longest known last part: darlehensverträge → darlehensvertrag. */
  private compound(form: string): string | null {
    const at = this.headAt(form);
    return at < 0 ? null : form.slice(0, at) + (this.nouns.get(form.slice(at)) as Reading).lemma;
  }

  /** A compound's longest known last noun, as written (montageterminen → terminen), or null. */
  head(form: string): string | null {
    const at = this.headAt(form);
    return at < 0 ? null : form.slice(at);
  }

  /** Where the longest known noun at the end of a form starts, after a first part of three letters or more; -1 if none. */
  private headAt(form: string): number {
    for (let i = 3; i <= form.length - 5; i++) if (this.nouns.get(form.slice(i)) !== undefined) return i;
    return -1;
  }

  /** Plurals by productive suffix: -ungen, -innen, -nisse. */
  private suffixNoun(form: string): string | null {
    for (const [pattern, cut, add] of NOUN_SUFFIX) {
      if (form.length > 6 && pattern.test(form)) {
        return cut < 0 ? form.replace(/se[ns]?$/, '') : form.slice(0, -cut) + add;
      }
    }
    return null;
  }

  /** Verbs no table knows, by productive shape: -ieren verbs, ge…t participles of weak verbs. */
  private suffixVerb(form: string): string | null {
    const ieren = /^(.{3,}ier)(e|st|t|en|et|te|test|ten|tet|end)$/.exec(form);
    if (ieren) return `${ieren[1]}en`;
    const weak = /^ge(.{3,}?)(e?t)$/.exec(form);
    if (weak) {
      const stem = weak[1] as string;
      return /[^aeiouäöü][lr]$/.test(stem) || /e[lr]$/.test(stem) ? `${stem}n` : `${stem}en`;
    }
    return null;
  }
}
