// The reader's pronouns and possessives (phrases/classes.ts, <reader> and <yours>) as sets,
// for rules and gauges that ask of one word whether it names the reader: "=Sie" matches
// the capitalised form only, every other word its folded form.
import { CLASSES } from './phrases/classes';
import type { Token } from './tokenize';
import type { Language } from './types';

interface ReaderWords {
  exact: ReadonlySet<string>;
  folded: ReadonlySet<string>;
}

function readerWords(language: Language): ReaderWords {
  const words = [...CLASSES[language].reader.words, ...CLASSES[language].yours.words];
  return {
    exact: new Set(words.filter((w) => w.startsWith('=')).map((w) => w.slice(1))),
    folded: new Set(words.filter((w) => !w.startsWith('='))),
  };
}

const READER_WORDS: Record<Language, ReaderWords> = { de: readerWords('de'), en: readerWords('en') };

/** Whether the word names the reader ("Sie", "du", "your", "you've"). */
export function isReaderWord(token: Token, language: Language): boolean {
  const { exact, folded } = READER_WORDS[language];
  return folded.has(token.folded) || (exact.size > 0 && exact.has(token.text) && token.thirdPerson !== true);
}
