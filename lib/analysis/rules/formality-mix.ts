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
  /** Index of its sentence in doc.sentences. */
  sentence: number;
}

/** Sentences pointed out at most: the reader sees the pattern, not a list. */
const MAX_FINDINGS = 3;
/** One person by surname: a group ("Sehr geehrte Mitglieder") may still be "ihr". */
const FORMAL_GREETING = /\b(?:frau|herr|dr\.|prof\.)\s/i;
// Case-sensitive for the name's capital, so the greeting word is spelt out in both cases.
const FAMILIAR_GREETING =
  /^\s*(?:[Hh]allo|[Hh]i|[Hh]ey|[Mm]oin|[Ss]ervus|[Ll]iebe[rs]?|[Hh]allöchen)\s+\p{Lu}\p{Ll}+\s*[,!]?\s*$/u;

/** The form the greeting line promises ("Sehr geehrte Frau Roth" → Sie, "Hallo Jana" → du), if it tells. */
function greetingForm(doc: Doc): 'sie' | 'du' | null {
  if (!doc.greeting) return null;
  const line = doc.text.slice(doc.greeting.start, doc.greeting.end);
  if (FORMAL_GREETING.test(line)) return 'sie';
  return FAMILIAR_GREETING.test(line) ? 'du' : null;
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

/**
 * Imperatives of "du", folded: "Schau doch mal drüber", "gib mir Bescheid", "ruf mich an". The polite form says
 * "Schauen Sie", so these tell the familiar address with no pronoun in sight.
 */
const DU_IMPERATIVES = new Set(
  'schau guck gib sag schick schreib ruf komm nimm lies denk bring mach sieh hör vergiss prüf frag probier überleg unterschreib füll zahl überweis'.split(
    ' ',
  ),
);
/**
 * Words after which a clause may open on its imperative ("Bitte schick …", "dann ruf …"). Not "und": "… und mach
 * das fertig" may go on from "ich" ("Ich schaue morgen vorbei und mach das fertig").
 */
const IMPERATIVE_LEAD = new Set(['bitte', 'dann', 'also']);
/** Subjects right after the verb make it a statement ("Mach ich", "sag ich mal"). */
const SUBJECTS = new Set(['ich', 'wir', 'er', 'sie', 'es', 'man']);

/** Token indexes of du-imperatives opening a clause: first word, or after a comma, colon or a joining word. */
function duImperatives(sentence: SentenceView): number[] {
  const found: number[] = [];
  sentence.tokens.forEach((token, i) => {
    if (!token.word || !DU_IMPERATIVES.has(token.folded)) return;
    const next = sentence.tokens.slice(i + 1).find((t) => t.word);
    // "Schauen Sie" is the polite form; "sag ich mal", "mach ich" are the writer's own statements.
    if (next === undefined || next.text === 'Sie' || SUBJECTS.has(next.folded)) return;
    const before = sentence.tokens.slice(0, i).findLast((t) => t.word || /[,:;]/.test(t.text));
    if (!before?.word || IMPERATIVE_LEAD.has(before.folded)) found.push(i);
  });
  return found;
}

/** Where the draft addresses the reader with "Sie" and with "du" (German sentences only). */
export function formUses(doc: Doc): Record<'sie' | 'du', Use[]> {
  const uses: Record<'sie' | 'du', Use[]> = { sie: [], du: [] };
  doc.sentences.forEach((sentence, index) => {
    if (sentence.language !== 'de') return;
    for (const [kind, list] of [
      ['sie', sentence.signals.formal],
      ['du', sentence.signals.familiar],
    ] as const) {
      for (const i of kind === 'du' ? [...list, ...duImperatives(sentence)].sort((a, b) => a - b) : list) {
        const token = sentence.tokens[i];
        if (!token || inQuotes(doc, token.start)) continue;
        if (kind === 'sie' && capitalByGrammar(sentence, i)) continue;
        uses[kind].push({ start: token.start, end: token.end, sentence: index });
      }
    }
  });
  return uses;
}

export const formalityMix: Rule = {
  id: 'formality-mix',
  phase: 'mail',
  run(doc: Doc) {
    const uses = formUses(doc);
    const usual = doc.contact.formality;
    // One finding per sentence with the odd form (the extent module widens it to its clause).
    // From the first to the last odd use in it ("Sag mir einfach, wann es dir passt" is one statement).
    const make = (odd: Use[], message: RawFinding['message']): RawFinding[] =>
      odd
        .filter((use, i) => i === 0 || (odd[i - 1] as Use).sentence !== use.sentence)
        .slice(0, MAX_FINDINGS)
        .map((use) => ({
          ruleId: 'formality-mix',
          category: 'formality-mix',
          start: use.start,
          end: odd.findLast((other) => other.sentence === use.sentence)?.end ?? use.end,
          // The message quotes the first odd word, not the stretch.
          cue: { start: use.start, end: use.end },
          suggestions: [],
          message,
        }));
    if (uses.sie.length > 0 && uses.du.length > 0) {
      // The odd form: the one the greeting does not promise, else the rarer one.
      const promised = greetingForm(doc);
      const minority = promised
        ? promised === 'sie'
          ? 'du'
          : 'sie'
        : uses.du.length <= uses.sie.length
          ? 'du'
          : 'sie';
      return make(uses[minority], (m) => m.formalityMix(minority));
    }
    if (usual === 'sie' || usual === 'du') {
      const other = usual === 'sie' ? 'du' : 'sie';
      return make(uses[other], (m) => m.formalityContact(other));
    }
    // "Guten Tag Frau Hahn" and then "dich": the greeting is the other form. (A first
    // name with "Sie" is common enough in German offices to stay unmarked.)
    if (uses.du.length > 0 && greetingForm(doc) === 'sie') return make(uses.du, (m) => m.formalityMix('du'));
    return [];
  },
};
