// Bare praise right after a reproach is sarcasm: "Sie haben die Unterlagen
// wieder an die alte Adresse geschickt. Sehr hilfreich." The fragment has no
// subject, no finite verb, no thanks or wish, and ends on a full stop (a
// sincere "Great work!" is mostly exclaimed); the sentence before it, in the
// same paragraph, already carries a finding about the writer's stance. The
// praise itself is any word the sentiment lexicon reads as clearly positive.
// After plain bad news the sarcasm rule's short-praise reading (sarcasm.ts)
// decides; a report with no reproach is left to it, since "The scaffolders
// packed up early. Great work." is meant.
import { PRAISE_FRAGMENT } from '../constructions/praise-fragment';
import type { Doc, SentenceView } from '../document';
import { fold } from '../pattern';
import { valenceOf } from '../sentiment';
import type { Category, Language } from '../types';
import type { RawFinding, Rule } from './types';

/** Findings that make the sentence before a reproach. */
const REPROACH: ReadonlySet<Category> = new Set([
  'blame',
  'pressure',
  'harsh',
  'sarcasm',
  'absolute',
  'being-right',
  'dismissive',
]);
const MAX_WORDS = 6;
/** How positive a word must read to be the praise ("helpful" 1.7 on VADER's scale, "fine" 0.8 is not praise). */
const PRAISE_VALENCE = 1.2;

const sets = (language: Language) => {
  const data = PRAISE_FRAGMENT[language];
  const folded = (words: readonly string[]) => new Set(words.map(fold));
  return { lead: folded(data.lead), praise: folded(data.praise), sentence: folded(data.sentence) };
};
const WORDS = { de: sets('de'), en: sets('en') };

/** The fragment's words, when the sentence is bare praise; undefined otherwise. */
function bareRange(doc: Doc, sentence: SentenceView): { start: number; end: number } | undefined {
  const words = sentence.tokens.filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const text = doc.text.slice(sentence.start, sentence.end).trimEnd();
  if (!(text.endsWith('.') || text.endsWith('…')) || text.endsWith('...')) return undefined;
  const { lead, praise, sentence: blockers } = WORDS[sentence.language];
  if (words.some((t) => blockers.has(t.folded) || t.folded.endsWith("'s") || /\d/.test(t.text))) return undefined;
  // The praise opens the fragment, after its intensifiers: "Truly a masterclass", not "Three hours, great".
  const first = words.find((t) => !lead.has(t.folded));
  if (!first?.info) return undefined;
  const positive = praise.has(first.folded) || valenceOf(first.info, sentence.language) >= PRAISE_VALENCE;
  if (!positive) return undefined;
  const end = (words[words.length - 1] as (typeof words)[number]).end;
  return { start: (words[0] as (typeof words)[number]).start, end };
}

export const praiseFragment: Rule = {
  id: 'praise-fragment',
  phase: 'mail',
  run(doc, earlier) {
    const found: RawFinding[] = [];
    const reproaches = earlier.filter((f) => REPROACH.has(f.category));
    if (reproaches.length === 0) return found;
    doc.sentences.forEach((sentence, i) => {
      const before = doc.sentences[i - 1];
      if (!before || before.paragraph !== sentence.paragraph) return;
      if (!reproaches.some((f) => f.start < before.end && before.start < f.end)) return;
      if (earlier.some((f) => f.category === 'sarcasm' && f.start < sentence.end && sentence.start < f.end)) return;
      const range = bareRange(doc, sentence);
      if (!range) return;
      found.push({
        ruleId: 'praise-fragment',
        category: 'sarcasm',
        start: range.start,
        end: range.end,
        suggestions: [],
        ownExtent: true,
      });
    });
    return found;
  },
};
