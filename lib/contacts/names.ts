// A person's name as mails and call pages write it: "Herr Dr. Jonas Weber" in
// a signature, "Jonas Weber" on Meet. Salutations and academic titles are
// split off, so the same person matches across surfaces, a question can say
// "Herr Dr. Weber" instead of the full string, and German can inflect the
// salutation ("an Herrn Weber").
import { fold } from './normalize';

/** Salutations, folded and without the final dot: these decide the form of address. */
const SALUTATIONS = new Set(['herr', 'frau', 'mr', 'mrs', 'ms', 'miss', 'mx']);
/** Academic and professional titles before a name, folded, in parts ("Dipl.-Ing." is dipl + ing; data, not logic). */
const TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'mag',
  'dipl',
  'kfm',
  'kff',
  'psych',
  'ing',
  'med',
  'jur',
  'rer',
  'nat',
  'phil',
  'pol',
  'oec',
  'hc',
  'habil',
  'univ',
  'priv-doz',
  'pd',
]);

export interface NameParts {
  /** "Herr", "Frau", "Mr" … as written, or ''. */
  salutation: string;
  /** "Dr.", "Prof. Dr." … as written, or ''. */
  titles: string;
  /** The name without them: "Jonas Weber". */
  name: string;
}

/** A word's folded form without dots, for the lists above ("Dr." → "dr", "Dipl.-Ing." → "dipl-ing"). */
const bare = (word: string) => fold(word).replace(/\./g, '');

/** Splits leading salutations and titles off; a name made only of them stays the name. */
export function splitName(full: string): NameParts {
  const words = full.trim().split(/\s+/).filter(Boolean);
  let salutation = '';
  const titles: string[] = [];
  let i = 0;
  for (; i < words.length - 1; i++) {
    const word = words[i] as string;
    // "Dipl.-Ing." or "Dr.h.c." in one word: every part must be a title (an initial such as "C." is none).
    const parts = fold(word)
      .replace(/h\.c\b/g, 'hc')
      .split(/[.-]+/)
      .filter(Boolean);
    if (!salutation && titles.length === 0 && SALUTATIONS.has(bare(word))) salutation = word;
    else if (parts.length > 0 && parts.every((p) => TITLES.has(p))) titles.push(word);
    else break;
  }
  return { salutation, titles: titles.join(' '), name: words.slice(i).join(' ') };
}

/** What identifies a person by name alone: folded, titles and salutations aside ("Dr. Anna Schmidt" = "anna schmidt"). */
export function nameKey(full: string): string {
  return fold(splitName(full).name);
}

/**
 * How a question calls the person: with a salutation, salutation, titles and
 * surname ("Herr Dr. Weber", as one says it), otherwise the name as written.
 */
export function addressName(full: string): string {
  const { salutation, titles, name } = splitName(full);
  if (!salutation) return full.trim();
  const surname = name.split(' ').at(-1) ?? name;
  return [salutation, titles, surname].filter(Boolean).join(' ');
}

/**
 * The German form after a preposition or as an object (dative, accusative,
 * genitive): "Herr" becomes "Herrn", also in a list ("Herr A, Herr B");
 * "Frau" and names stay as they are.
 */
export function obliqueName(names: string): string {
  return names.replace(/(^\s*|,\s*|\sund\s)(Herr|Hr\.)(?=\s)/g, (_, before: string, word: string) =>
    word === 'Herr' ? `${before}Herrn` : `${before}Hrn.`,
  );
}
