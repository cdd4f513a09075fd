// The analysed draft as the rules see it: sentences with their language, the
// signals (thanks, asks, dates …) and the phrase matches found in each
// sentence. Built once per analyze() call.
import { indexFor, type PhraseHit, type SignalHit, type SignalKind, type VerdictHit } from './matching';
import type { PatternMatch } from './pattern';
import { CLASSES } from './phrases/classes';
import { MID_SENTENCE_ONLY, QUESTION_ONLY } from './phrases/politeness';
import type { Paragraph, Segmented, Sentence } from './segment';
import type { ContactHints, Language } from './types';

export type { SignalKind };

export interface SentenceView extends Sentence {
  language: Language;
  /** Token indexes of signal matches in this sentence, by kind. */
  signals: Record<SignalKind, number[]>;
  /** Phrase-data matches, turned into findings by rules/phrases.ts. */
  phrases: Array<{ match: PatternMatch; hit: PhraseHit }>;
  /** Verdict-lexicon entries of several words, judged by rules/verdict.ts. */
  verdicts: Array<{ match: PatternMatch; hit: VerdictHit }>;
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

const DATE_PATTERN =
  /\b(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.\s?(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}(?::\d{2})?\s?(?:uhr|h|am|pm)|\d{1,2}(?:st|nd|rd|th)\b)/iu;

const NONE: never[] = [];

const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  de: new Set(CLASSES.de.neg.words),
  en: new Set(CLASSES.en.neg.words),
};
/** "nicht nur", "not only": the thanks still stand. */
const NOT_ONLY = new Set(['nur', 'only', 'just']);
/**
 * Kinds that a negation turns around: "nicht nachvollziehbar", "ich verstehe
 * nicht", "not helpful". Not the politeness strategies: a negated hedge still
 * hedges ("I don't think"), a negated request still asks ("Could you not park
 * there?"), and a negation next to thanks mostly starts a clause of its own
 * ("Danke, nicht nötig").
 */
const NEGATABLE: ReadonlySet<SignalKind> = new Set(['appreciation', 'praise']);
const MID_SENTENCE: ReadonlySet<SignalKind> = MID_SENTENCE_ONLY;
const QUESTIONS: ReadonlySet<SignalKind> = QUESTION_ONLY;

/** A negation among the two words before token `first`, in the same clause ("nicht zufrieden", "not happy"). */
export function negatedBefore(tokens: Sentence['tokens'], first: number, language: Language): boolean {
  const neg = NEGATIONS[language];
  for (let i = first - 1, words = 0; i >= 0 && words < 2; i--) {
    const t = tokens[i] as Sentence['tokens'][number];
    if (!t.word) break;
    words++;
    if (neg.has(t.folded)) return !NOT_ONLY.has(tokens[i + 1]?.folded ?? '');
  }
  return false;
}

function wordBefore(tokens: Sentence['tokens'], first: number): boolean {
  for (let i = 0; i < first; i++) if (tokens[i]?.word) return true;
  return false;
}

/** Whether the sentence ends in a question mark (the last run of punctuation holds one). */
function endsInQuestion(tokens: Sentence['tokens']): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Sentence['tokens'][number];
    if (t.word) return false;
    if (t.text.includes('?')) return true;
  }
  return false;
}

/**
 * Whether a signal's match stands: not cancelled by the word after it, not
 * negated (thanks and praise), and where its kind must be (politeness.ts).
 */
function signalHolds(hit: SignalHit, tokens: Sentence['tokens'], match: PatternMatch, language: Language): boolean {
  if (hit.unlessAfter) {
    const next = tokens[match.last + 1];
    if (next?.word && hit.unlessAfter.has(next.folded)) return false;
  }
  if (NEGATABLE.has(hit.signal) && negated(tokens, match, language)) return false;
  if (MID_SENTENCE.has(hit.signal) && !wordBefore(tokens, match.first)) return false;
  return !QUESTIONS.has(hit.signal) || endsInQuestion(tokens);
}

/**
 * A negation among the two words before the match, or after it in the same
 * clause: right after it in English ("thanks not"), anywhere up to the clause's
 * end in German, where "nicht" closes the clause ("Ich verstehe ehrlich gesagt
 * nicht, warum …", "Danke für nichts").
 */
function negated(tokens: Sentence['tokens'], match: PatternMatch, language: Language): boolean {
  const neg = NEGATIONS[language];
  if (negatedBefore(tokens, match.first, language)) return true;
  // English reads one token past the match, which may be the sentence's last: no further than its end.
  const reach = language === 'de' ? tokens.length : Math.min(tokens.length, match.last + 2);
  for (let i = match.last + 1; i < reach; i++) {
    const t = tokens[i] as Sentence['tokens'][number];
    if (!t.word) return false;
    if (neg.has(t.folded)) return !NOT_ONLY.has(tokens[i + 1]?.folded ?? '');
  }
  return false;
}

export function viewSentence(sentence: Sentence, language: Language, text: string): SentenceView {
  // Most sentences carry few signals: share one empty list until a kind is found.
  const signals: Record<SignalKind, number[]> = {
    appreciation: NONE,
    ask: NONE,
    deadline: NONE,
    date: NONE,
    praise: NONE,
    formal: NONE,
    familiar: NONE,
    edge: NONE,
    softener: NONE,
    gratitude: NONE,
    deference: NONE,
    greet: NONE,
    apology: NONE,
    please: NONE,
    pleaseStart: NONE,
    indirect: NONE,
    hedge: NONE,
    counterfactual: NONE,
    indicative: NONE,
    directStart: NONE,
    secondStart: NONE,
    firstStart: NONE,
    directQuestion: NONE,
    firstPlural: NONE,
    factuality: NONE,
    repetition: NONE,
    urgency: NONE,
    intensifier: NONE,
    stance: NONE,
  };
  let phrases: SentenceView['phrases'] = NONE;
  let verdicts: SentenceView['verdicts'] = NONE;
  indexFor(language).forEachMatch(sentence.tokens, (match, hit) => {
    if (hit.kind === 'signal') {
      if (!signalHolds(hit, sentence.tokens, match, language)) return;
      signals[hit.signal] = signals[hit.signal] === NONE ? [match.first] : [...signals[hit.signal], match.first];
    } else if (hit.kind === 'verdict') {
      verdicts = verdicts === NONE ? [{ match, hit }] : [...verdicts, { match, hit }];
    } else {
      phrases = phrases === NONE ? [{ match, hit }] : [...phrases, { match, hit }];
    }
  });
  const digits = sentence.tokens.some(
    (t) => t.word && text.charCodeAt(t.start) >= 48 && text.charCodeAt(t.start) <= 57,
  );
  if (digits && DATE_PATTERN.test(text.slice(sentence.start, sentence.end))) signals.date = [...signals.date, 0];
  let words = 0;
  for (const token of sentence.tokens) if (token.word) words++;
  const { start, end, tokens, paragraph } = sentence;
  return { start, end, tokens, paragraph, language, signals, phrases, verdicts, words };
}

/** The sentence that holds `offset` (binary search: sentences are in text order). */
export function sentenceAt(doc: Doc, offset: number): SentenceView | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as SentenceView;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Binary search: the quote ranges are sorted and do not overlap. */
export function inQuotes(doc: Doc, offset: number): boolean {
  let lo = 0;
  let hi = doc.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = doc.quotes[mid] as [number, number];
    if (offset < from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

export function hasSignal(doc: Doc, kind: SignalKind): boolean {
  return doc.sentences.some((s) => s.signals[kind].length > 0);
}
