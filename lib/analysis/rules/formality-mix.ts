// German: "du" and "Sie" for the same person, or a form that differs from the
// one the user keeps with this contact. Sentence-initial "Sie"/"Ihr" are left
// out: there they may mean "she", "they" or "you (plural)".
import { type Doc, inQuotes } from '../document';
import type { RawFinding, Rule } from './types';

interface Use {
  start: number;
  end: number;
}

/** Where the draft addresses the reader with "Sie" and with "du" (German sentences only). */
export function formUses(doc: Doc): Record<'sie' | 'du', Use[]> {
  const uses: Record<'sie' | 'du', Use[]> = { sie: [], du: [] };
  for (const sentence of doc.sentences) {
    if (sentence.language !== 'de') continue;
    const firstWord = sentence.tokens.findIndex((t) => t.word);
    for (const [kind, list] of [
      ['sie', sentence.signals.formal],
      ['du', sentence.signals.familiar],
    ] as const) {
      for (const i of list) {
        const token = sentence.tokens[i];
        if (!token || i === firstWord || inQuotes(doc, token.start)) continue;
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
      if (first) return make(first, (m) => m.formalityContact(other, usual));
    }
    return [];
  },
};
