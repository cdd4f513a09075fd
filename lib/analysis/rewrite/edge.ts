// The last pass over a rewrite: words that only sharpen ("völlig", "wirklich",
// "nie im Leben", "totally", "frankly") go wherever they stand in it, so a
// second barb no finding marked does not undo the calmer first half. Only
// mid-clause, where leaving a word out keeps the order grammatical.
import type { Doc } from '../document';
import type { Language } from '../types';
import { cut, findPhrase, splice } from './context';
import { type Piece, piecesOf, render, words } from './pieces';

const EDGE: Record<Language, readonly string[]> = {
  de: [
    'wirklich',
    'echt',
    'total',
    'absolut',
    'völlig',
    'komplett',
    'ehrlich gesagt',
    'schlicht',
    'schlichtweg',
    'gefälligst',
  ],
  en: ['really', 'totally', 'completely', 'absolutely', 'utterly', 'frankly', 'seriously', 'blatantly'],
};
/** What the last pass may drop: the guard lets these go. */
export const EDGE_DROPPED: readonly string[] = [
  ...[...EDGE.de, ...EDGE.en].flatMap((w) => w.split(' ')),
  'nie',
  'im',
  'leben',
  'million',
  'years',
];
/** Sharp phrases that say something plainer instead. */
const PLAINER: Record<Language, ReadonlyArray<readonly [string, string]>> = {
  de: [['nie im leben', 'nicht']],
  en: [['not in a million years', 'not']],
};
const QUICK: Record<Language, RegExp> = {
  de: /wirklich|echt|total|absolut|völlig|komplett|ehrlich gesagt|schlicht|gefälligst|nie im Leben/i,
  en: /really|totally|completely|absolutely|utterly|frankly|seriously|blatantly|in a million years/i,
};

/** One sentence without its sharpeners; null when nothing changed. */
function calmer(pieces: Piece[], language: Language): Piece[] | null {
  let out = pieces;
  let changed = false;
  for (const [phrase, plain] of PLAINER[language]) {
    const found = findPhrase(out, [phrase]);
    if (found) {
      out = splice(out, found.at, found.end, words(plain));
      changed = true;
    }
  }
  for (let found = findPhrase(out, EDGE[language]); found; found = findPhrase(out, EDGE[language], found.end)) {
    const before = out[found.at - 1];
    const after = out[found.end];
    // Not at a clause's start (the verb would move) and not as a predicate ("ist komplett."). After a
    // German "und"/"aber" the sharpener holds the first place too ("und ehrlich gesagt liegt das …").
    if (!before?.word || !after?.word) continue;
    if (language === 'de' && /^(?:und|oder|aber|denn|sondern)$/.test(before.folded)) continue;
    out = cut(out, found.at, found.end);
    found = { ...found, end: found.at };
    changed = true;
  }
  return changed ? out : null;
}

/** The rewrite without sharpeners anywhere in it, or the rewrite itself when it has none. */
export function withoutEdge(text: string, language: Language, read: (text: string) => Doc): string {
  if (!QUICK[language].test(text)) return text;
  const doc = read(text);
  let out = '';
  let at = 0;
  for (const sentence of doc.sentences) {
    const pieces = piecesOf(text, sentence.tokens, language);
    const changed = calmer(pieces, language);
    out += text.slice(at, sentence.start) + (changed ? render(changed) : text.slice(sentence.start, sentence.end));
    at = sentence.end;
  }
  return out + text.slice(at);
}
