// "Danke für …, aber …": the praise is taken back by the connector. A full
// stop lets the thanks stand; "und" keeps both halves. Messages name the
// connector the user wrote ("allerdings", "that said"), never a stand-in.
import { type Doc, inQuotes } from '../document';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { RawFinding, Rule } from './types';

interface Connector {
  words: readonly string[];
  /** Takes back only thanks, not a status word ("alles gut, nur …"). */
  weak?: boolean;
  /** The word that keeps both halves, where the connector takes no verb after it; else advice only. */
  and?: string;
}

/** Connectors that take praise back, as folded words. */
export const CONNECTORS: Record<Language, readonly Connector[]> = {
  de: [
    { words: ['aber'], and: 'und' },
    { words: ['doch'] },
    { words: ['jedoch'] },
    { words: ['allerdings'] },
    { words: ['nur'], weak: true },
    { words: ['wobei'] },
    { words: ['dennoch'] },
    { words: ['trotzdem'] },
  ],
  en: [
    { words: ['but'], and: 'and' },
    { words: ['however'] },
    { words: ['though'] },
    { words: ['yet'] },
    { words: ['although'] },
    { words: ['that', 'said'] },
    { words: ['having', 'said', 'that'] },
    { words: ['even', 'so'] },
  ],
};
const MAX_DISTANCE = 12;

/** The connector starting at token i, if any. */
function connectorAt(tokens: readonly Token[], i: number, language: Language): Connector | undefined {
  return CONNECTORS[language].find((c) => c.words.every((w, k) => tokens[i + k]?.word && tokens[i + k]?.folded === w));
}

const THANKS = /^(?:dank|thank)/;

/** Connectors that are also particles ("das ist doch gut"): named only right after a comma. */
const PARTICLES = new Set(['doch', 'nur', 'yet', 'though']);

/** The connector among tokens[from..to], as the user wrote it: the one after a comma first. */
export function connectorIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  language: Language,
): string | null {
  let loose: string | null = null;
  for (let i = from; i <= to && i < tokens.length; i++) {
    const c = connectorAt(tokens, i, language);
    if (!c) continue;
    const written = text.slice((tokens[i] as Token).start, (tokens[i + c.words.length - 1] as Token).end);
    if (tokens[i - 1]?.text.includes(',')) return written;
    if (loose === null && !PARTICLES.has(c.words[0] as string)) loose = written;
  }
  return loose;
}

export const butAfterPraise: Rule = {
  id: 'but-after-praise',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    // A phrase entry that already names this turn ("Schön und gut, aber") says it better.
    const named = earlier.filter((f) => f.category === 'but-after-praise');
    for (const sentence of doc.sentences) {
      const praise = sentence.signals.praise[0];
      if (praise === undefined) continue;
      const { tokens } = sentence;
      for (let i = praise + 1; i < tokens.length - 2 && i <= praise + MAX_DISTANCE; i++) {
        const comma = tokens[i] as Token;
        if (comma.word || !comma.text.includes(',')) continue;
        const connector = connectorAt(tokens, i + 1, sentence.language);
        if (!connector) continue;
        // "Alles gut, nur die Farbe fehlt noch" reports what is left; only thanks are taken back by "nur".
        if (connector.weak && !THANKS.test((tokens[praise] as Token).folded)) break;
        const last = tokens[i + connector.words.length] as Token;
        // The word after the connector (past a comma: "that said, the …").
        const next = tokens.slice(i + connector.words.length + 1).find((t) => t.word);
        if (!next) continue;
        if (inQuotes(doc, comma.start)) break;
        if (named.some((f) => f.start < next.end && comma.start < f.end)) break;
        const written = doc.text.slice((tokens[i + 1] as Token).start, last.end);
        const nextWord = next.text;
        // The finding reaches from the praise to the turn, as a coach underlines it; the turn is its cue.
        const from = (tokens[praise] as Token).start;
        const praised = doc.text.slice(from, comma.start);
        findings.push({
          ruleId: 'but-after-praise',
          category: 'but-after-praise',
          start: from,
          end: next.end,
          cue: { start: comma.start, end: next.end },
          suggestions:
            connector.and && next === tokens[i + 2]
              ? [
                  `${praised}. ${nextWord.charAt(0).toUpperCase()}${nextWord.slice(1)}`,
                  `${praised}, ${connector.and} ${nextWord}`,
                ]
              : [],
          message: (m) => m.butAfterPraise(written),
          explanation: (m) => m.butAfterPraiseWhy(written),
        });
        break;
      }
    }
    return findings;
  },
};
