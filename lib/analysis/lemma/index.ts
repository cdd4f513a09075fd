// Lemmas for German and English words, for patterns that name a word once and
// match all its forms. Input and output are folded as tokenize.ts folds (lower
// case, ß as ss, ’ as '). Each language's table is decoded on its first
// lookup; answers are remembered per form, so a repeated word costs one map
// lookup.
import { CLOSED_DE, CLOSED_EN } from './closed';
import { DE } from './de-table';
import { EN } from './en-table';
import { English } from './english';
import { German } from './german';

export type LemmaLanguage = 'de' | 'en';

let german: German | undefined;
let english: English | undefined;

function de(): German {
  german ??= new German({ ...DE, fixed: `${DE.fixed} ${CLOSED_DE}` });
  return german;
}

function en(): English {
  english ??= new English({ ...EN, fixed: `${EN.fixed} ${CLOSED_EN}` });
  return english;
}

/** The folded lemma of a folded word, or the word itself when no table or rule knows it. */
export function lemmaOf(folded: string, language: LemmaLanguage): string {
  return language === 'de' ? de().lemma(folded) : en().lemma(folded);
}

/** Whether a folded word is English the tables know; a word they lack in capitals is likely a name ("VARILUX"). */
export function isKnownEnglish(folded: string): boolean {
  return en().knows(folded);
}

/**
 * Every lemma the word may have, the one lemmaOf chooses first (German
 * "fragen": the verb, then the noun "frage"). For patterns that should match a
 * word in any of its readings.
 */
export function lemmasOf(folded: string, language: LemmaLanguage): string[] {
  return language === 'de' ? de().readings(folded) : en().readings(folded);
}

/** The last noun of a German compound as written ("montagetermin" → "termin"), or null. */
export function compoundHead(folded: string): string | null {
  return folded.length > MAX_HEAD_SCAN ? null : de().head(folded);
}
/** Longer words (codes, run-together text) are not split. */
const MAX_HEAD_SCAN = 40;

/**
 * The German verb that a finite form and its separated particle make: "gebe" +
 * "ab" → "abgeben", "ruf" + "an" → "anrufen". Null when the second word is no
 * particle of that verb ("entscheide" + "dich", "freue" + "auf").
 */
export function separableLemma(verbFolded: string, particleFolded: string): string | null {
  return de().separableLemma(verbFolded, particleFolded);
}
