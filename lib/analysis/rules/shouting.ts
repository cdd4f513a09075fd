// Capitals and stacked marks: irritation leaking into the draft. Where a
// sentence shouts with capitals and "!!!" together, or is written in capitals
// throughout, one finding covers the sentence and its rewrite calms all of it
// at once; lower-casing one word or trimming "!!!" to "!" would leave it as
// loud. Stacked marks alone quote the clause they close; a lone capitalised
// word is pointed out with advice only.
import { type Doc, inQuotes, type SentenceView } from '../document';
import type { Token } from '../tokenize';
import { ACRONYMS, LOWER_CASE_DE, SHOUT_WORDS_DE, SHOUT_WORDS_EN } from './shouting-words';
import type { RawFinding, Rule } from './types';

const LETTERS = /\p{L}/u;
const NONE: never[] = [];
const STACKED = /[!?]{2,}|!.*\?|\?.*!/;
/** Marks that end a clause inside a sentence, quotation marks and brackets included. */
const CLAUSE_MARK = /[,;:–—„“”"«»()[\]]/;
/** Words of a clause quoted before its stacked marks, at most. */
const CLAUSE_WORDS = 8;

const allCaps = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** A word in capitals that reads as raised voice, not as an abbreviation. */
export function isShoutedWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || !allCaps(letters) || ACRONYMS.has(word.toUpperCase())) return false;
  // Short all-caps words are usually abbreviations, unless they are known shout words.
  return letters.length >= 5 || SHOUT_WORDS_DE.has(word) || SHOUT_WORDS_EN.has(word);
}

function isShouted(token: Token, source: string): boolean {
  // Fast exit for the usual case: a lower-case letter among the first two.
  const a = source.charAt(token.start);
  const b = source.charAt(token.start + 1);
  if (a !== a.toUpperCase() || b !== b.toUpperCase()) return false;
  return isShoutedWord(token.text);
}

/** A capitalised word as it reads calmly, or null when its case cannot be told (a German noun?). */
function calmWord(word: string, language: SentenceView['language'], first: boolean): string | null {
  if (!allCaps(word.replace(/[^\p{L}]/gu, '')) || ACRONYMS.has(word.toUpperCase())) return word;
  let lower = word.toLowerCase();
  if (language === 'en') {
    if (/^i(['’]|$)/.test(lower)) lower = `I${lower.slice(1)}`;
  } else if (word === 'SIE' || word === 'IHNEN') {
    lower = `${word.charAt(0)}${lower.slice(1)}`;
  } else if (!SHOUT_WORDS_DE.has(word) && !LOWER_CASE_DE.has(word)) {
    return null;
  }
  return first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** The sentence with its capitals lower-cased and its stacked marks made one; null when unsafe. */
function calmSentence(doc: Doc, sentence: SentenceView, lowerAll: boolean): string | null {
  const firstWord = sentence.tokens.find((t) => t.word && LETTERS.test(t.text));
  let out = '';
  let at = sentence.start;
  for (const token of sentence.tokens) {
    let replacement: string | null = null;
    if (token.word && (lowerAll ? LETTERS.test(token.text) : isShouted(token, doc.text))) {
      replacement = calmWord(token.text, sentence.language, token === firstWord);
      if (replacement === null) return null;
    } else if (!token.word && STACKED.test(token.text)) {
      replacement = token.text.replace(/[!?]+/, token.text.includes('?') ? '?' : '.');
    }
    if (replacement === null) continue;
    out += doc.text.slice(at, token.start) + replacement;
    at = token.end;
  }
  return out + doc.text.slice(at, sentence.end);
}

/** The first word of the clause that the token at `index` closes, at most CLAUSE_WORDS back. */
function clauseStart(tokens: readonly Token[], index: number): Token | undefined {
  let first: Token | undefined;
  let words = 0;
  for (let i = index - 1; i >= 0 && words < CLAUSE_WORDS; i--) {
    const token = tokens[i] as Token;
    if (!token.word && CLAUSE_MARK.test(token.text)) break;
    if (token.word) {
      first = token;
      words++;
    }
  }
  return first;
}

function finding(start: number, end: number, suggestions: string[], message: RawFinding['message']): RawFinding {
  return { ruleId: 'shouting', category: 'shouting', start, end, suggestions, message };
}

/** What a sentence shouts with: its stacked marks (token index or -1), its shouted words, all capitals or not. */
function loudness(doc: Doc, sentence: SentenceView): { marks: number; shouted: Token[]; capitals: boolean } {
  const text = doc.text;
  let marks = -1;
  let shouted: Token[] = NONE;
  let capitals = true;
  let lettered = 0;
  sentence.tokens.forEach((t, i) => {
    if (!t.word) {
      if (marks < 0 && t.end - t.start >= 2 && STACKED.test(t.text) && !inQuotes(doc, t.start)) marks = i;
      return;
    }
    // Fast exit for the usual word: a lower-case letter among its first two.
    const a = text.charAt(t.start);
    const b = text.charAt(t.start + 1);
    if (a !== a.toUpperCase() || (t.end - t.start > 1 && b !== b.toUpperCase())) {
      capitals = false;
      return;
    }
    if (!LETTERS.test(t.text)) return;
    lettered++;
    if (!allCaps(t.text) || inQuotes(doc, t.start)) capitals = false;
    // A single capitalised word in an otherwise empty line is a heading, not a shout.
    if (sentence.words > 1 && isShoutedWord(t.text) && !inQuotes(doc, t.start)) shouted = [...shouted, t];
  });
  return { marks, shouted, capitals: capitals && lettered >= 2 && shouted.length > 0 };
}

function shoutsIn(doc: Doc, sentence: SentenceView): RawFinding[] {
  const { marks, shouted, capitals } = loudness(doc, sentence);
  if (marks < 0 && shouted.length === 0) return NONE;
  if (capitals || (marks >= 0 && shouted.length > 0)) {
    // Marks left standing right after the sentence ("… !!! !!!") would keep the rewrite loud: advice only.
    const moreMarks = /^[\s,;:.]*[!?]/.test(doc.text.slice(sentence.end, sentence.end + 8));
    const calm = moreMarks ? null : calmSentence(doc, sentence, capitals);
    const loud = finding(sentence.start, sentence.end, calm === null ? [] : [calm], (m) =>
      marks >= 0 ? m.shoutingBoth : m.shoutingCaps,
    );
    // As loud as its parts: each capitalised word and the stacked marks.
    return [{ ...loud, weight: shouted.length + (marks >= 0 ? 1 : 0) }];
  }
  if (marks >= 0) {
    const mark = sentence.tokens[marks] as Token;
    const from = clauseStart(sentence.tokens, marks);
    return [finding(from?.start ?? sentence.start, mark.end, [], (m) => m.shoutingMarks)];
  }
  return shouted.map((t) => finding(t.start, t.end, [], (m) => m.shoutingCaps));
}

export const shouting: Rule = {
  id: 'shouting',
  phase: 'sentence',
  run(doc: Doc) {
    return doc.sentences.flatMap((sentence) => shoutsIn(doc, sentence));
  },
};
