// "Danke für …, aber …": the praise is taken back by the conjunction. A full
// stop lets the thanks stand; "und" keeps both halves.
import { type Doc, inQuotes } from '../document';
import type { Language } from '../types';
import type { RawFinding, Rule } from './types';

/** Conjunctions that take praise back, and whether a rewrite is safe (they take no verb after them). */
const BUTS: Record<Language, Record<string, { and: string } | null>> = {
  de: { aber: { and: 'und' }, doch: null, jedoch: null, allerdings: null, nur: null },
  en: { but: { and: 'and' }, however: null, though: null, yet: null },
};
const MAX_DISTANCE = 12;

export const butAfterPraise: Rule = {
  id: 'but-after-praise',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    for (const sentence of doc.sentences) {
      const praise = sentence.signals.praise[0];
      if (praise === undefined) continue;
      const { tokens } = sentence;
      for (let i = praise + 1; i < tokens.length - 2 && i <= praise + MAX_DISTANCE; i++) {
        const comma = tokens[i];
        const conj = tokens[i + 1];
        const next = tokens[i + 2];
        if (!comma || comma.word || !comma.text.includes(',') || !conj?.word || !next?.word) continue;
        if (!(conj.folded in BUTS[sentence.language])) continue;
        if (inQuotes(doc, comma.start)) break;
        const rewrite = BUTS[sentence.language][conj.folded];
        const nextWord = next.text;
        findings.push({
          ruleId: 'but-after-praise',
          category: 'but-after-praise',
          start: comma.start,
          end: next.end,
          suggestions: rewrite
            ? [`. ${nextWord.charAt(0).toUpperCase()}${nextWord.slice(1)}`, `, ${rewrite.and} ${nextWord}`]
            : [],
        });
        break;
      }
    }
    return findings;
  },
};
