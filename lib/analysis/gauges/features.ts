// Reads the gauges' cues from a draft: how often each cue occurs (or how much
// sentiment it carries) and the user's words that carry it, so a score can say
// why. One pass over what the engine already found: the findings, the signals
// of each sentence, the sentiment words and the draft's structure.
import type { Doc, SentenceView, SignalKind } from '../document';
import { CLASSES } from '../phrases/classes';
import { POLITENESS_CUES } from '../phrases/politeness';
import { TONE_CUES } from '../phrases/tone';
import { isReaderWord } from '../reader-words';
import type { RawFinding } from '../rules/types';
import { asks } from '../rules/unclear-ask';
import { type SentimentHit, sentimentOf } from '../sentiment';
import type { Language } from '../types';
import { CUES, type Cue } from './cues';
import { type StanceWeights, stanceOf } from './stance-words';

export interface Range {
  start: number;
  end: number;
}

export interface CueReadings {
  /** Raw value per cue, in the order of CUES: a count, a sum of valences, a 0/1. */
  values: Float64Array;
  /** The user's words per cue, in the order of CUES. */
  ranges: Range[][];
}

const INDEX = new Map<Cue, number>(CUES.map((cue, i) => [cue, i]));

/** Cues that are signals of the pattern index (phrases/signals.ts), by their signal key. */
const SIGNAL_CUES = [...Object.entries(POLITENESS_CUES), ...Object.entries(TONE_CUES)].map(
  ([kind, cue]) => [cue, kind] as [Cue, SignalKind],
);

/** How many words after a signal's first word its quote shows: enough to recognise the phrase. */
const SIGNAL_QUOTE_WORDS = 4;

function signalRange(sentence: SentenceView, first: number): Range {
  const tokens = sentence.tokens;
  const start = tokens[first]?.start ?? sentence.start;
  let end = tokens[first]?.end ?? sentence.end;
  for (let i = first + 1, words = 0; i < tokens.length && words < SIGNAL_QUOTE_WORDS; i++) {
    const t = tokens[i] as SentenceView['tokens'][number];
    if (!t.word) break;
    end = t.end;
    words++;
  }
  return { start, end };
}

const UPPER = /^\p{Lu}{4,}$/u;
/** A word starting with a lower-case ASCII letter is no run of capitals: it need not be sliced from the draft. */
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;

/** Valence from which a word is an insult or contempt rather than everyday trouble. */
const STRONG = -2;
/** Negative valence in a sentence that addresses the reader from which it reads as criticism of them. */
const AIMED = -1;

const SELF = Object.fromEntries(
  (['de', 'en'] as const).map((language) => [language, new Set(CLASSES[language].self.words)]),
) as Record<Language, Set<string>>;

/** The sentence addresses the reader and the writer does not speak of themselves ("Wir haben den Fehler in unserer Rechnung gefunden"). */
function aimsAtReader(sentence: SentenceView): boolean {
  const self = SELF[sentence.language];
  let aimed = false;
  for (const t of sentence.tokens) {
    if (!t.word) continue;
    if (self.has(t.folded)) return false;
    if (isReaderWord(t, sentence.language)) aimed = true;
  }
  return aimed;
}

/** Sentences aimed at the reader whose negative words add up to AIMED or worse. */
function readerNegative(
  doc: Doc,
  hits: readonly SentimentHit[],
  add: (cue: Cue, value: number, range?: Range) => void,
) {
  let h = 0;
  for (const sentence of doc.sentences) {
    let sum = 0;
    let first: SentimentHit | null = null;
    for (; h < hits.length && (hits[h] as SentimentHit).start < sentence.end; h++) {
      const hit = hits[h] as SentimentHit;
      if (hit.start < sentence.start || hit.valence >= 0) continue;
      sum += hit.valence;
      first ??= hit;
    }
    if (first && sum <= AIMED && aimsAtReader(sentence))
      add('reader-negative', 1, { start: sentence.start, end: sentence.end });
  }
}

/** Below this a sentence's words read as ordinary business; above, the excess counts. */
const STANCE_FLOOR = 0.5;

/** The sentence whose words read most like a reproach, by how far it passes the floor (0–1). */
function stanceWords(doc: Doc, add: (cue: Cue, value: number, range?: Range) => void, model?: StanceWeights) {
  let best = STANCE_FLOOR;
  let where: SentenceView | null = null;
  for (const sentence of doc.sentences) {
    const p = stanceOf(sentence.tokens, sentence.language, model);
    if (p > best) {
      best = p;
      where = sentence;
    }
  }
  if (where) add('stance-words', (best - STANCE_FLOOR) / (1 - STANCE_FLOOR), { start: where.start, end: where.end });
}

function isNamed(doc: Doc): boolean {
  const name = doc.contact.name?.trim();
  if (name && doc.text.toLowerCase().includes(name.toLowerCase())) return true;
  if (!doc.greeting) return false;
  return /\p{Lu}\p{Ll}+[,!]?\s*$/u.test(doc.text.slice(doc.greeting.start, doc.greeting.end).trim());
}

/** `stance`: another stance-words model than the shipped one (training reads each mail with one that never saw it). */
export function readCues(doc: Doc, findings: readonly RawFinding[], stance?: StanceWeights): CueReadings {
  const values = new Float64Array(CUES.length);
  const ranges: Range[][] = CUES.map(() => []);
  const add = (cue: Cue, value: number, range?: Range) => {
    const i = INDEX.get(cue) as number;
    values[i] = (values[i] as number) + value;
    // A plain copy: a token or a sentiment hit would carry the draft and the shared vocabulary into the result.
    if (range) ranges[i]?.push({ start: range.start, end: range.end });
  };

  for (const f of findings) add(`finding:${f.category}`, f.weight ?? 1, f.cue ?? { start: f.start, end: f.end });

  let words = 0;
  for (const sentence of doc.sentences) {
    words += sentence.words;
    for (const [cue, kind] of SIGNAL_CUES) {
      for (const first of sentence.signals[kind]) add(cue, 1, signalRange(sentence, first));
    }
    let asked = false;
    for (const token of sentence.tokens) {
      if (token.word) {
        // Four capitals take four code units at least: shorter words are not sliced from the draft.
        if (token.end - token.start >= 4 && !isAsciiLower(token.codeAt(0)) && UPPER.test(token.text))
          add('caps', 1, token);
      } else {
        const text = token.text;
        for (let i = 0; i < text.length; i++) if (text[i] === '!') add('exclamations', 1, token);
        if (!asked && text.includes('?')) {
          asked = true;
          add('questions', 1, sentence);
        }
      }
    }
    if (sentence.signals.ask.length > 0) {
      const range = signalRange(sentence, sentence.signals.ask[0] as number);
      add('ask', 1, range);
      if (sentence.signals.date.length > 0) add('dated-ask', 1, range);
    }
  }

  const sentiment = sentimentOf(doc);
  for (const hit of sentiment.hits) {
    if (hit.valence <= STRONG) add('strong-negative-words', -hit.valence, hit);
    else if (hit.valence < 0) add('negative-words', -hit.valence, hit);
    else if (hit.valence > 0) add('positive-words', hit.valence, hit);
  }
  readerNegative(doc, sentiment.hits, add);
  stanceWords(doc, add, stance);

  if (doc.greeting) add('greeting-line', 1, doc.greeting);
  if (isNamed(doc)) add('named', 1);
  if (doc.sentences.length > 0 && !asks(doc)) add('no-ask', 1);
  add('length', words);
  return { values, ranges };
}
