// Condescension as constructions. Its wording is open-ended, so single phrases
// (../phrases/*/dismissive*.ts) miss most of it; what recurs is how it is built:
// a lay source set against training ("Reddit threads are no substitute for a
// degree"), the reader's task called easy in an impatient voice ("honestly
// isn't difficult"), an explanation pitched for someone "without a finance
// background". A construction fires when each of its parts matches somewhere in
// one sentence and none of its quiet frames does (sincere reassurance, an offer,
// the writer's own modesty). Data: ../constructions/condescension.{de,en}.ts.
import { CONDESCENSION_DE } from '../constructions/condescension.de';
import { CONDESCENSION_EN } from '../constructions/condescension.en';
import { type Doc, inQuotes, type SentenceView } from '../document';
import type { Language } from '../types';
import { type FrameEntry, FrameMatcher, type FrameSpan } from './frames';
import type { RawFinding, Rule } from './types';

export interface Construction {
  /** kebab-case, unique within the language. */
  id: string;
  /** Frame lists that must each match in the sentence; the finding spans their matches. */
  parts: readonly (readonly FrameEntry[])[];
  /** Frames that keep the whole construction quiet when they match anywhere in the sentence. */
  quiet?: readonly FrameEntry[];
}

export interface CondescensionData {
  constructions: readonly Construction[];
}

export const CONDESCENSION: Record<Language, CondescensionData> = { de: CONDESCENSION_DE, en: CONDESCENSION_EN };

interface Compiled {
  id: string;
  parts: FrameMatcher[];
  quiet: FrameMatcher | null;
}

const only = (language: Language, entries: readonly FrameEntry[]) => ({
  de: language === 'de' ? entries : [],
  en: language === 'en' ? entries : [],
});

function compile(language: Language): Compiled[] {
  return CONDESCENSION[language].constructions.map((c) => ({
    id: c.id,
    parts: c.parts.map((part, i) => new FrameMatcher(`condescension ${c.id} ${i}`, only(language, part))),
    quiet: c.quiet ? new FrameMatcher(`condescension ${c.id} quiet`, only(language, c.quiet)) : null,
  }));
}

const COMPILED: Partial<Record<Language, Compiled[]>> = {};
const compiled = (language: Language) => {
  COMPILED[language] ??= compile(language);
  return COMPILED[language];
};

/** The reader as subject, right before a quote: "even if you 'work best at night'". */
const READER_BEFORE_QUOTE: Record<Language, (word: string) => boolean> = {
  de: (w) => w === 'Sie' || w === 'du' || w === 'ihr',
  en: (w) => w.toLowerCase() === 'you',
};

/**
 * The reader's own claim in scare quotes after "you"/"Sie": "even if you 'think better after a run'".
 * Only a lower-case quote of two words or more: a label ('Save changes') or a one-word answer is a quote.
 */
function quotedClaims(doc: Doc, sentence: SentenceView): { first: number; last: number; id: string }[] {
  const hits: { first: number; last: number; id: string }[] = [];
  for (const [from, to] of doc.quotes) {
    if (from < sentence.start || to > sentence.end) continue;
    const inner = doc.text.slice(from + 1, to - 1).trim();
    if (!/^\p{Ll}/u.test(inner) || inner.split(/\s+/).length < 2) continue;
    const before = sentence.tokens.findLastIndex((t) => t.end <= from);
    const token = sentence.tokens[before];
    if (!token?.word || doc.text.slice(token.end, from).trim() !== '') continue;
    if (!READER_BEFORE_QUOTE[sentence.language](token.text)) continue;
    const last = sentence.tokens.findLastIndex((t) => t.start < to);
    hits.push({ first: before, last, id: 'quoted-claim' });
  }
  return hits;
}

export const condescension: Rule = {
  id: 'condescension',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    // A sentence the phrase data already flagged keeps that finding (and its rewrites).
    const known = earlier.filter((f) => f.category === 'dismissive');
    for (const sentence of doc.sentences) {
      if (known.some((f) => f.start < sentence.end && f.end > sentence.start)) continue;
      // Every construction found in the sentence, as token spans: one finding covers them all,
      // as a coach underlines the sentence once.
      const hits: { first: number; last: number; id: string }[] = [];
      for (const c of compiled(sentence.language)) {
        const found: FrameSpan[] = [];
        for (const part of c.parts) {
          const spans = part.spans(sentence);
          if (spans.length === 0) break;
          // A one-part construction is a list of single frames: each of its matches counts.
          found.push(...(c.parts.length === 1 ? spans : spans.slice(0, 1)));
        }
        if (found.length < c.parts.length || c.quiet?.has(sentence)) continue;
        for (const group of c.parts.length === 1 ? found.map((s) => [s]) : [found]) {
          const first = Math.min(...group.map((s) => s.first));
          const last = Math.max(...group.map((s) => s.last));
          const from = sentence.tokens[first];
          if (!from || inQuotes(doc, from.start)) continue;
          hits.push({ first, last, id: `${c.id}/${group.map((s) => s.entry.id).join('+')}` });
        }
      }
      hits.push(...quotedClaims(doc, sentence));
      if (hits.length === 0) continue;
      const from = sentence.tokens[Math.min(...hits.map((h) => h.first))];
      const to = sentence.tokens[Math.max(...hits.map((h) => h.last))];
      if (!from || !to) continue;
      findings.push({
        ruleId: `condescension/${sentence.language}/${(hits[0] as { id: string }).id}`,
        category: 'dismissive',
        start: from.start,
        end: to.end,
        suggestions: [],
      });
    }
    return findings;
  },
};
