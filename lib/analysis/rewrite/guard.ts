// The mechanical guarantees every offered rewrite passes (issue: "Better
// wording"): the user's numbers, dates, amounts, names, quotes and nouns
// survive; an ask stays an ask; a fact the writer did not give is only ever a
// bracketed placeholder; and it changes more than case or punctuation.
import { fold } from '../tokenize';
import type { Language } from '../types';

const DIGITS = /\d(?:[\d.,:/]*\d)?/g;
const QUOTED = /[„“"»«‚‘]([^„“”"»«‚‘’]{1,200})[“”"«»‘’]/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PLACEHOLDER = /\[[^\]\n]{1,30}\]/g;
/** Capitalised words that are not facts: the German forms of address, "I". */
const ADDRESS: ReadonlySet<string> = new Set(
  'sie ihnen ihr ihre ihren ihrem ihrer ihres du dich dir dein deine deinen deinem deiner euch euer eure euren eurem eurer i'.split(
    ' ',
  ),
);
/** Whether a (folded) capitalised word is only a form of address, not a fact ("Sie", "Ihnen", "Du"). */
export const isAddress = (folded: string): boolean => ADDRESS.has(folded);

const ASK: Record<Language, RegExp> = {
  de: /\?|\bbitte\b/i,
  en: /\?|\bplease\b|\bcould you\b|\bwould you\b|\bcan you\b/i,
};

/** The guard's reason for a rewrite that changes only case or punctuation. */
export const ONLY_MARKS = 'only case or punctuation';

const essence = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Words that carry facts: numbers, and capitalised words that do not open a sentence (names; German nouns). */
function factWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const before = text.slice(0, m.index).trimEnd();
    const opens = before === '' || /[.!?:–—-]$/.test(before);
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
    if (capital && !opens && !ADDRESS.has(fold(word))) out.push(fold(word));
  }
  return out;
}

/** Why a rewrite of `original` must not be offered, or null when it may. */
export function rejection(
  original: string,
  rewrite: string,
  language: Language,
  dropped: readonly string[] = [],
): string | null {
  if (essence(original) === essence(rewrite)) return ONLY_MARKS;
  const body = rewrite.replace(PLACEHOLDER, ' ');
  if (/[[\]]/.test(body)) return 'a bracket that is not a placeholder';
  for (const d of original.match(DIGITS) ?? []) if (!body.includes(d)) return `lost the number ${d}`;
  for (const q of original.matchAll(QUOTED)) if (!body.includes(q[1] as string)) return `lost the quote ${q[1]}`;
  const kept = new Set((body.match(WORD) ?? []).map(fold));
  const allowed = new Set(dropped.map(fold));
  for (const w of factWords(original)) if (!kept.has(w) && !allowed.has(w)) return `lost the word ${w}`;
  // English nouns carry no capital: its longer words must survive too (by their first five letters).
  if (language === 'en') {
    // A hyphenated word keeps each of its parts ("non-payment" keeps "payment", which the check below reads alone).
    const stems = new Set([...kept].flatMap((w) => [w, ...w.split('-')]).map((w) => w.slice(0, 5)));
    for (const w of original.match(/\b[a-z][a-z'-]{4,}\b/g) ?? [])
      if (!stems.has(w.slice(0, 5)) && !allowed.has(w)) return `lost the word ${w}`;
  }
  if (ASK[language].test(original) && !ASK[language].test(rewrite)) return 'the ask is gone';
  return null;
}
