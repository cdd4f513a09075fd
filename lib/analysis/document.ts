// The analysed draft as the rules see it: sentences with their language,
// folded tokens for matching, and the signals (thanks, asks, dates …) found in
// each sentence. Built once per analyze() call.
import { type CompiledPattern, compilePattern, fold, PatternIndex } from './pattern';
import { SIGNALS, type Signals } from './phrases/signals';
import type { Paragraph, Segmented, Sentence } from './segment';
import type { ContactHints, Language } from './types';

export type SignalKind = keyof Signals;

export interface SentenceView extends Sentence {
  language: Language;
  folded: string[];
  /** Token indexes of signal matches in this sentence, by kind. */
  signals: Record<SignalKind, number[]>;
  words: number;
}

export interface Doc {
  text: string;
  sentences: SentenceView[];
  paragraphs: Paragraph[];
  quotes: Segmented['quotes'];
  greeting: Segmented['greeting'];
  contact: ContactHints;
  /** The language most of the draft is in. */
  language: Language;
}

const KINDS: SignalKind[] = ['appreciation', 'ask', 'deadline', 'date', 'praise', 'formal', 'familiar'];

const DATE_PATTERN =
  /\b(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.\s?(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}(?::\d{2})?\s?(?:uhr|h|am|pm)|\d{1,2}(?:st|nd|rd|th)\b)/iu;

let indexes: Record<Language, PatternIndex<SignalKind>> | null = null;

function signalIndexes(): Record<Language, PatternIndex<SignalKind>> {
  if (indexes) return indexes;
  const build = (signals: Signals) => {
    const index = new PatternIndex<SignalKind>();
    for (const kind of KINDS) for (const source of signals[kind]) index.add(compilePattern(source), kind);
    return index;
  };
  indexes = { de: build(SIGNALS.de), en: build(SIGNALS.en) };
  return indexes;
}

export function viewSentence(sentence: Sentence, language: Language, text: string): SentenceView {
  const folded = sentence.tokens.map((t) => fold(t.text));
  const signals = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<SignalKind, number[]>;
  for (const { match, value } of signalIndexes()[language].matches(sentence.tokens, folded))
    signals[value].push(match.first);
  if (DATE_PATTERN.test(text.slice(sentence.start, sentence.end))) signals.date.push(0);
  return { ...sentence, language, folded, signals, words: sentence.tokens.filter((t) => t.word).length };
}

export function inQuotes(doc: Doc, offset: number): boolean {
  return doc.quotes.some(([from, to]) => offset >= from && offset < to);
}

export function hasSignal(doc: Doc, kind: SignalKind): boolean {
  return doc.sentences.some((s) => s.signals[kind].length > 0);
}

export type { CompiledPattern };
