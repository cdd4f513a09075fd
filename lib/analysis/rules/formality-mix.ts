// German: "du" and "Sie" for the same person, or a form that differs from the
// one the user keeps with this contact. A capital the grammar asks for is not
// the polite form: at a sentence start or after a colon, "Sie" may be she or
// they and "Ihr" you all or her, so the polite forms count only elsewhere.
// "du", "dich", "euch", "eure" … are familiar wherever they stand.
import { type Doc, inQuotes, type SentenceView } from '../document';
import type { RawFinding, Rule } from './types';

interface Use {
  start: number;
  end: number;
}

/** Whether the token at i opens a sentence or follows a colon: there its capital says nothing. */
function capitalByGrammar(sentence: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const token = sentence.tokens[k];
    if (!token) break;
    if (token.word) return false;
    if (token.text.includes(':')) return true;
  }
  return true;
}

/** Where the draft addresses the reader with "Sie" and with "du" (German sentences only). */
export function formUses(doc: Doc): Record<'sie' | 'du', Use[]> {
  const uses: Record<'sie' | 'du', Use[]> = { sie: [], du: [] };
  for (const sentence of doc.sentences) {
    if (sentence.language !== 'de') continue;
    for (const [kind, list] of [
      ['sie', sentence.signals.formal],
      ['du', sentence.signals.familiar],
    ] as const) {
      for (const i of list) {
        const token = sentence.tokens[i];
        if (!token || inQuotes(doc, token.start)) continue;
        if (kind === 'sie' && capitalByGrammar(sentence, i)) continue;
        uses[kind].push({ start: token.start, end: token.end });
      }
    }
  }
  return uses;
}

export const formalityMix: Rule = {
  id: 'formality-mix',
  phase: 'mail',
  run(doc: Doc) {
    const uses = formUses(doc);
    const usual = doc.contact.formality;
    const make = (use: Use, message: RawFinding['message']): RawFinding[] => [
      { ruleId: 'formality-mix', category: 'formality-mix', start: use.start, end: use.end, suggestions: [], message },
    ];
    if (uses.sie.length > 0 && uses.du.length > 0) {
      const minority = uses.du.length <= uses.sie.length ? 'du' : 'sie';
      const first = uses[minority][0] as Use;
      return make(first, (m) => m.formalityMix(minority));
    }
    if (usual === 'sie' || usual === 'du') {
      const other = usual === 'sie' ? 'du' : 'sie';
      const first = uses[other][0];
      if (first) return make(first, (m) => m.formalityContact(other));
    }
    return [];
  },
};
