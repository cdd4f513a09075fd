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
import { type Doc, inQuotes } from '../document';
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

export const condescension: Rule = {
  id: 'condescension',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    // What the phrase data already found keeps its own finding (and its rewrites).
    const known = earlier.filter((f) => f.category === 'dismissive');
    for (const sentence of doc.sentences) {
      for (const c of compiled(sentence.language)) {
        // A one-part construction is a list of single frames: each match is its own finding.
        const found: FrameSpan[][] = [];
        for (const part of c.parts) {
          const spans = part.spans(sentence);
          if (spans.length === 0) break;
          found.push([...spans]);
        }
        if (found.length < c.parts.length) continue;
        if (c.quiet?.has(sentence)) continue;
        const groups = c.parts.length === 1 ? (found[0] ?? []).map((s) => [s]) : [found.map((spans) => spans[0])];
        for (const group of groups) {
          const spans = group.filter((s): s is FrameSpan => s !== undefined);
          const first = Math.min(...spans.map((s) => s.first));
          const last = Math.max(...spans.map((s) => s.last));
          const from = sentence.tokens[first];
          const to = sentence.tokens[last];
          if (!from || !to || inQuotes(doc, from.start)) continue;
          if (known.some((f) => f.start < to.end && f.end > from.start)) continue;
          findings.push({
            ruleId: `condescension/${sentence.language}/${c.id}/${spans.map((s) => s.entry.id).join('+')}`,
            category: 'dismissive',
            start: from.start,
            end: to.end,
            suggestions: [],
          });
        }
      }
    }
    return findings;
  },
};
