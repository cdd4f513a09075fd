// Turns the phrase-data matches of each sentence (found while the Doc is built, one
// pass with the signals) into findings: guards, quotes, case and spaces.
import { type Doc, inQuotes, negatedBefore, type SentenceView } from '../document';
import type { PatternMatch } from '../pattern';
import { connectorIn } from './but-after-praise';
import { warmSentence } from './praise-sentiment';
import type { RawFinding, Rule } from './types';
import { advised } from './ultimatum';

/** The words right around the match, for the unless-guards. */
function neighbourWords(sentence: SentenceView, match: PatternMatch): { before: string[]; after: string[] } {
  const before: string[] = [];
  for (let i = match.first - 1; i >= 0 && before.length < 2; i--)
    if (sentence.tokens[i]?.word) before.push(sentence.tokens[i]?.folded as string);
  const after: string[] = [];
  for (let i = match.last + 1; i < sentence.tokens.length && after.length < 2; i++) {
    if (sentence.tokens[i]?.word) after.push(sentence.tokens[i]?.folded as string);
  }
  return { before, after };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Turns templates into replacements for text.slice(start, end), adjusting case and spaces. */
function buildSuggestions(
  text: string,
  sentence: SentenceView,
  match: PatternMatch,
  templates: readonly string[],
): { start: number; end: number; suggestions: string[] } {
  let start = (sentence.tokens[match.first] as { start: number }).start;
  let end = (sentence.tokens[match.last] as { end: number }).end;
  const original = text.slice(start, end);
  const atSentenceStart = !sentence.tokens.slice(0, match.first).some((t) => t.word);
  const startsUpper = original.charAt(0) !== original.charAt(0).toLowerCase();
  const filled = templates.map((t) =>
    t
      .replace(/\{(\d)\}/g, (_, n: string) => {
        const gap = match.gaps[Number(n) - 1];
        return gap ? text.slice(gap[0], gap[1]) : '';
      })
      .replace(/\s+/g, ' ')
      .trim(),
  );

  // Deleting takes one neighbouring space along, so no double space is left;
  // the other suggestions then carry that space themselves.
  let pad = { before: '', after: '' };
  if (filled.includes('') && !atSentenceStart) {
    if (/\s/.test(text.charAt(start - 1))) {
      start -= 1;
      pad = { before: text.charAt(start), after: '' };
    } else if (/\s/.test(text.charAt(end))) {
      pad = { before: '', after: text.charAt(end) };
      end += 1;
    }
  }
  const adjusted = text.slice(start, end);
  const suggestions = filled
    // Deleting the first word of a German or English sentence breaks its word order: advice only.
    .filter((s) => s !== '' || !atSentenceStart)
    .map((s) => (s !== '' && atSentenceStart && startsUpper ? capitalize(s) : s))
    .map((s) => (s === '' ? s : pad.before + s + pad.after))
    .filter((s) => s !== adjusted);
  return { start, end, suggestions: [...new Set(suggestions)] };
}

export const phrases: Rule = {
  id: 'phrases',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    for (const sentence of doc.sentences) {
      for (const { match, hit: value } of sentence.phrases) {
        const { before, after } = neighbourWords(sentence, match);
        if (before.some((w) => value.unlessBefore.has(w)) || after.some((w) => value.unlessAfter.has(w))) continue;
        if (value.entry.unlessWarm && warmSentence(sentence)) continue;
        // "Ihre Frage ist überhaupt nicht dumm", "that wasn't stupid at all": a denied insult reassures.
        if (value.category === 'harsh' && negatedBefore(sentence.tokens, match.first, sentence.language)) continue;
        if (value.entry.unlessAdvised && advised(sentence)) continue;
        if (
          value.unlessLater.size > 0 &&
          sentence.tokens.some((t, k) => k > match.last && value.unlessLater.has(t.folded))
        )
          continue;
        if (
          value.unlessEarlier.size > 0 &&
          sentence.tokens.some((t, k) => k < match.first && value.unlessEarlier.has(t.folded))
        )
          continue;
        if (
          value.unlessWithin.size > 0 &&
          sentence.tokens.some((t, k) => k >= match.first && k <= match.last && value.unlessWithin.has(t.folded))
        )
          continue;
        const first = sentence.tokens[match.first] as { start: number };
        if (inQuotes(doc, first.start)) continue;
        const built = buildSuggestions(doc.text, sentence, match, value.entry.suggestions ?? []);
        // Praise taken back: the why names the connector the user wrote, if the phrase has one.
        const connector =
          value.category === 'but-after-praise'
            ? connectorIn(doc.text, sentence.tokens, match.first, match.last, sentence.language)
            : null;
        findings.push({
          ruleId: `${sentence.language}/${value.category}/${value.entry.id}`,
          category: value.category,
          start: built.start,
          end: built.end,
          suggestions: built.suggestions,
          ...(value.entry.note ? { note: value.entry.note } : {}),
          ...(connector ? { explanation: (m) => m.butAfterPraiseWhy(connector) } : {}),
        });
      }
    }
    return findings;
  },
};
