// Shared by the tests of signal data with must/must-not examples
// (politeness.test.ts, tone.test.ts): which kinds a text carries, read through
// segmentation and the engine's sentence view, and the examples as test cases.
import { type SignalKind, viewSentence } from '../../../lib/analysis/document';
import { segment } from '../../../lib/analysis/segment';
import type { Language } from '../../../lib/analysis/types';

export const LANGUAGES: readonly Language[] = ['de', 'en'];

/** The kinds among `kinds` found in any sentence of the text. */
export function kindsIn<K extends SignalKind>(text: string, language: Language, kinds: readonly K[]): Set<K> {
  const found = new Set<K>();
  for (const paragraph of segment(text).paragraphs)
    for (const sentence of paragraph.sentences) {
      const view = viewSentence(sentence, language, text);
      for (const kind of kinds) if (view.signals[kind].length > 0) found.add(kind);
    }
  return found;
}

type Book<K extends string> = Record<
  Language,
  Record<K, readonly { must: readonly string[]; mustNot: readonly string[] }[]>
>;

/** Every example of one side as [language, kind, sentence]. */
export function exampleCases<K extends string>(book: Book<K>, kinds: readonly K[], which: 'must' | 'mustNot') {
  return LANGUAGES.flatMap((language) =>
    kinds.flatMap((kind) =>
      book[language][kind].flatMap((entry) =>
        entry[which].map((text) => [language, kind, text] as [Language, K, string]),
      ),
    ),
  );
}
