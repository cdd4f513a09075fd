// analyze(): segment → detect language → run rules → localise → score.
import { type Doc, type SentenceView, viewSentence } from './document';
import { widen } from './extent';
import { keepConfident } from './gate';
import { type CueReadings, readCues } from './gauges/features';
import { gauge } from './gauges/model';
import { detectLanguage } from './language';
import { MESSAGES } from './messages';
import { REWRITE_CATEGORIES, type Recheck, rewritesFor, voiceOf } from './rewrite';
import { RULES } from './rules';
import { formUses } from './rules/formality-mix';
import { changesEnough, localNote, quoteOf, shorten, wordBound } from './rules/shape';
import type { RawFinding, Rule } from './rules/types';
import { withoutRetoldBlame } from './rules/verdict-not-blame';
import { segment } from './segment';
import type { Analysis, AnalyzeOptions, DetectedLanguage, Finding, Language, Rewrite } from './types';
import { verdictOf } from './verdict';

/** Findings per request that get whole-sentence rewrites (the sidebar shows about 50). */
const MAX_REWRITTEN = 50;

/** Paragraphs shorter than this inherit the draft's language: too few words to tell. */
const MIN_WORDS_TO_DETECT = 6;

function words(tokens: readonly { word: boolean }[]): number {
  let n = 0;
  for (const t of tokens) if (t.word) n++;
  return n;
}

/** Keeps the longest of overlapping findings of one category; orders by position; a verdict is not told again as blame. */
function tidy(text: string, findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted by start, a finding overlaps a kept one of its category exactly when
  // it starts before the end of the last one kept.
  const lastEnd = new Map<string, number>();
  const kept = sorted.filter((f) => {
    if (f.start < (lastEnd.get(f.category) ?? -1)) return false;
    lastEnd.set(f.category, f.end);
    return true;
  });
  return withoutRetoldBlame(text, kept);
}

/** Whether the finding covers exactly one sentence (binary search: sentences are in text order). */
function isSentence(sentences: readonly SentenceView[], f: RawFinding): boolean {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as SentenceView;
    if (s.start < f.start) lo = mid + 1;
    else if (s.start > f.start) hi = mid - 1;
    else return s.end === f.end;
  }
  return false;
}

function addressFormOf(doc: Doc): Analysis['stats']['addressForm'] {
  const { sie, du } = formUses(doc);
  if (sie.length > 0 && du.length > 0) return 'mixed';
  return sie.length > 0 ? 'sie' : du.length > 0 ? 'du' : null;
}

/**
 * Every rule in its phase. A rule that throws (a data entry that no longer
 * compiles, a case nobody foresaw) is left out of this analysis, not the
 * whole review: the user keeps the other findings.
 */
export function runRules(rules: readonly Rule[], doc: Doc): RawFinding[] {
  const raw: RawFinding[] = [];
  for (const phase of ['sentence', 'mail'] as const) {
    for (const rule of rules) {
      if (rule.phase !== phase) continue;
      try {
        raw.push(...rule.run(doc, raw));
      } catch (error) {
        console.warn(`[Rapport] rule ${rule.id} failed`, error);
      }
    }
  }
  return raw;
}

export interface Examined {
  source: string;
  detected: DetectedLanguage;
  draftLanguage: Language | null;
  paragraphWords: number[];
  doc: Doc;
  /** The rules' findings, widened and tidied, before localisation: the gauges weigh them all. */
  raw: RawFinding[];
  /** Those the confidence gate shows (./gate): a lone reading the warm mail around it makes unlikely is left out. */
  shown: RawFinding[];
  /** The gauges' cues of the draft and every reading, read once for the gate and the gauges; null without sentences. */
  cues: CueReadings | null;
}

/** Everything analyze() reads from a draft before it speaks: the Doc and the raw findings (tools read cues from them). */
export function examine(text: string, options: AnalyzeOptions = {}): Examined {
  const source = typeof text === 'string' ? text : '';
  const segmented = segment(source);
  const tokenLists = segmented.paragraphs.map((p) => p.sentences.map((s) => s.tokens));
  const paragraphWords = segmented.paragraphs.map((p) => p.sentences.reduce((n, s) => n + words(s.tokens), 0));

  // Each paragraph long enough to tell gets its own language (quoted replies
  // often mix); the draft's language is that of its first such paragraph.
  const paragraphLanguages = tokenLists.map(
    (lists, i): DetectedLanguage | null =>
      options.language ?? ((paragraphWords[i] as number) >= MIN_WORDS_TO_DETECT ? detectLanguage(lists) : null),
  );
  const detected: DetectedLanguage =
    options.language ?? paragraphLanguages.find((l) => l === 'de' || l === 'en') ?? detectLanguage(tokenLists.flat());
  const draftLanguage: Language | null = detected === 'other' ? null : detected;

  const sentences: SentenceView[] = [];
  segmented.paragraphs.forEach((paragraph, i) => {
    const language = paragraphLanguages[i] ?? draftLanguage;
    if (language === null || language === 'other') return;
    for (const sentence of paragraph.sentences) sentences.push(viewSentence(sentence, language, source));
  });

  const doc: Doc = {
    text: source,
    sentences,
    paragraphs: segmented.paragraphs,
    quotes: segmented.quotes,
    greeting: segmented.greeting,
    contact: options.contact ?? {},
    language: draftLanguage ?? 'en',
  };

  let raw: RawFinding[] = [];
  if (sentences.length > 0) {
    raw = runRules(RULES, doc);
    raw = tidy(
      source,
      widen(doc, raw).map((f) => wordBound(source, f)),
    );
  }
  const cues = sentences.length > 0 ? readCues(doc, raw) : null;
  const shown = cues ? keepConfident(doc, raw, cues) : raw;
  return { source, detected, draftLanguage, paragraphWords, doc, raw, shown, cues };
}

/** A sentence read alone, for the rewrites' second reading. */
export const recheck: Recheck = (text, language) => {
  const { doc, raw, cues } = examine(text, { language });
  return { doc, raw, tension: cues ? gauge(cues).scores.tension : 0 };
};

/** The last draft examined, so rewrites asked for right after its analysis do not read it again. */
let lastExamined: { key: string; examined: Examined } | null = null;
const examinedKey = (text: string, options: AnalyzeOptions) =>
  `${options.language ?? ''}|${JSON.stringify(options.contact ?? {})}|${text}`;

function examineOnce(text: string, options: AnalyzeOptions): Examined {
  const key = examinedKey(text, options);
  if (lastExamined?.key === key) return lastExamined.examined;
  const examined = examine(text, options);
  lastExamined = { key, examined };
  return examined;
}

/**
 * Whole-sentence rewrites for the findings at `indexes` of analyze(text,
 * options).findings (the same order), built when the sidebar shows them, not
 * with every analysis: each costs two more readings of its sentence. At most
 * MAX_REWRITTEN findings per call.
 */
export function rewriteFindings(text: string, options: AnalyzeOptions, indexes: readonly number[]): Rewrite[][] {
  const { doc, shown } = examineOnce(typeof text === 'string' ? text : '', options);
  const voice = voiceOf(doc);
  return indexes.slice(0, MAX_REWRITTEN).map((i) => {
    const f = shown[i];
    if (!f || !REWRITE_CATEGORIES.has(f.category)) return [];
    try {
      return rewritesFor(doc, f, voice, recheck);
    } catch (error) {
      // A strategy that fails on a sentence nobody foresaw costs that rewrite, not the analysis.
      console.warn('[Rapport] rewrite failed', error);
      return [];
    }
  });
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { source, detected, draftLanguage, paragraphWords, doc, shown, cues } = examineOnce(
    typeof text === 'string' ? text : '',
    options,
  );
  const sentences = doc.sentences;

  const ui: Language = options.uiLanguage ?? draftLanguage ?? 'en';
  const messages = MESSAGES[ui];
  const findings: Finding[] = shown.map((f) => {
    const text = messages.categories[f.category];
    const message = f.note ? localNote(f.note[ui], ui) : f.message ? f.message(messages) : text.message;
    const original = source.slice(f.start, f.end);
    const whole = () => isSentence(sentences, f);
    return {
      ruleId: f.ruleId,
      category: f.category,
      start: f.start,
      end: f.end,
      ...(f.cue ? { cue: f.cue } : {}),
      // Quote the words, not the punctuation a pattern may begin or end with.
      message: message.replace('{match}', shorten(quoteOf(source, f.cue?.start ?? f.start, f.cue?.end ?? f.end))),
      explanation: f.explanation ? f.explanation(messages) : text.explanation,
      suggestions: [...new Set(f.suggestions)].filter((x) => changesEnough(original, x, whole)),
    };
  });

  const allWords = paragraphWords.reduce((a, b) => a + b, 0);
  const { scores, reasons } = cues
    ? gauge(cues)
    : { scores: { security: 100, appreciation: 50, tension: 0 }, reasons: [] };
  return {
    language: detected,
    findings,
    scores,
    reasons,
    verdict: verdictOf(scores),
    stats: {
      words: allWords,
      sentences: sentences.length,
      analysedWords: sentences.reduce((n, s) => n + s.words, 0),
      longestSentenceWords: sentences.reduce((n, s) => Math.max(n, s.words), 0),
      questions: sentences.filter((s) => s.tokens.some((t) => !t.word && t.text.includes('?'))).length,
      addressForm: addressFormOf(doc),
    },
  };
}
