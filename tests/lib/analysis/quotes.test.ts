// What the sidebar quotes for a finding is text.slice(start, end), trimmed as
// lib/ui/review.ts findingView does. It must show the words the finding is
// about, start and end on word boundaries, and open no quote or bracket it
// does not close — in German and English, across every rule.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { DRAFTS, uiQuote } from './drafts';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const OPENERS = new Set(['„', '(', '[', '«', '‚']);

/** Quote marks and brackets opened in `quote` and not closed there. */
function unclosed(quote: string): string[] {
  const stack: string[] = [];
  const closes: Record<string, string> = { '„': '“”', '(': ')', '[': ']', '«': '»', '‚': '‘’', '“': '”', '"': '"' };
  for (let i = 0; i < quote.length; i++) {
    const c = quote.charAt(i);
    const top = stack[stack.length - 1];
    // “ and " open only where a word follows (“ also closes German quotes).
    const opens = OPENERS.has(c) || ((c === '“' || c === '"') && WORD_CHAR.test(quote.charAt(i + 1)));
    if (top !== undefined && (closes[top] as string).includes(c)) stack.pop();
    else if (opens) stack.push(c);
  }
  return stack;
}

const cases = DRAFTS.flatMap((text) => analyze(text).findings.map((f) => [f.ruleId, text, f] as const));

describe('the quote of a finding', () => {
  it('covers every rule of the engine in these drafts', () => {
    const rules = new Set(cases.map(([, , f]) => f.category));
    expect([...rules].sort()).toEqual(
      expect.arrayContaining([
        'being-right',
        'blame',
        'but-after-praise',
        'formality-mix',
        'long-sentence',
        'missing-appreciation',
        'shouting',
        'unclear-ask',
      ]),
    );
  });

  it.each(cases)('%s in %j shows words, cut at word boundaries, no dangling mark', (_, text, finding) => {
    const quote = uiQuote(text, finding);
    expect(quote, 'quotes words').toMatch(/[\p{L}\p{N}]/u);
    const at = text.indexOf(quote, finding.start);
    const before = text.charAt(at - 1);
    const after = text.charAt(at + quote.length);
    if (WORD_CHAR.test(quote.charAt(0))) expect(before, `cut before ${JSON.stringify(quote)}`).not.toMatch(WORD_CHAR);
    if (WORD_CHAR.test(quote.charAt(quote.length - 1)))
      expect(after, `cut after ${JSON.stringify(quote)}`).not.toMatch(WORD_CHAR);
    expect(unclosed(quote), `dangling in ${JSON.stringify(quote)}`).toEqual([]);
  });
});

describe('punctuation-only findings quote the words they are about', () => {
  it.each([
    // The word the marks close, as a reader hears it: "okay!!!".
    ['Das ist nicht okay!!!', 'okay'],
    ['That is not okay!!!', 'okay'],
    ['Wir warten seit drei Wochen auf die Skizzen, das ist nicht okay!!!', 'okay'],
    ['Wo bleibt die Schlussrechnung???', 'Schlussrechnung'],
    ['Where is the final invoice?!', 'invoice'],
  ])('%j', (text, words) => {
    for (const uiLanguage of ['de', 'en'] as const) {
      const finding = analyze(text, { uiLanguage }).findings.find((f) => f.category === 'shouting');
      expect(finding, text).toBeDefined();
      expect(uiQuote(text, finding as { start: number; end: number })).toContain(words);
      expect(finding?.message).toContain(words);
      expect(finding?.message).not.toMatch(/[„“]\s*[“”]/);
    }
  });
});
