// "Das ist keine Beratung, das ist Abzocke", "That's not consulting, that's a
// rip-off": what the work should be stays, the insult it is called instead
// goes. "Als Beratung überzeugt mich das noch nicht", "I don't think this works
// as consulting yet". "Als" takes the noun as the user wrote it after "kein"
// (nominative either way), so no ending changes.
import type { Candidate, RewriteInput, Strategy } from './context';
import { type Piece, render, words } from './pieces';

const DE_PRONOUNS = new Set(['das', 'dies', 'es']);
const DE_COPULA: Record<string, 'present' | 'past'> = { ist: 'present', war: 'past' };
const DE_NOT = new Set(['kein', 'keine']);
const EN_PRONOUNS = new Set(['this', 'that', 'it']);
/** "that's", "it's": the pronoun and its copula in one word. */
const EN_FUSED = /^(this|that|it)['’]s$/;
const EN_NEGATED: Record<string, 'present' | 'past'> = {
  "isn't": 'present',
  'isn’t': 'present',
  "wasn't": 'past',
  'wasn’t': 'past',
};
const EN_COPULA: Record<string, 'present' | 'past'> = { is: 'present', was: 'past' };
/** The marks between "not X" and "Y". */
const TURN = /^[,;–—-]$/;
/** What is said instead: a short insult, not a clause with facts of its own. */
const MAX_INSTEAD = 8;

/** The noun phrase X up to the turn: up to four words, the last a noun (German) or any word (English). */
function named(pieces: readonly Piece[], from: number, language: RewriteInput['language']): number {
  let i = from;
  while (i < pieces.length && (pieces[i] as Piece).word) i++;
  const phrase = pieces.slice(from, i);
  if (phrase.length === 0 || phrase.length > 4 || !TURN.test(pieces[i]?.text ?? '')) return -1;
  if (language === 'de' && !/^\p{Lu}/u.test((phrase[phrase.length - 1] as Piece).text)) return -1;
  return i;
}

/** After the turn: "das ist …", "sondern …", "that's …", "it's …"; then Y to the sentence's end. */
function insteadFits(pieces: readonly Piece[], turn: number, language: RewriteInput['language']): boolean {
  const rest = pieces.slice(turn + 1);
  const first = rest[0]?.folded ?? '';
  const opens =
    language === 'de'
      ? first === 'sondern' || (DE_PRONOUNS.has(first) && DE_COPULA[rest[1]?.folded ?? ''] !== undefined)
      : first === 'but' ||
        EN_FUSED.test(first) ||
        (EN_PRONOUNS.has(first) && EN_COPULA[rest[1]?.folded ?? ''] !== undefined);
  if (!opens) return false;
  const body = rest.filter((p) => p.word);
  // One clause only: Y runs to the end without a second turn.
  return body.length <= MAX_INSTEAD && rest.slice(0, -1).every((p) => p.word || /^['’"„“”-]$/.test(p.text));
}

function german(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const [pronoun, copula, not] = pieces;
  if (!pronoun || !DE_PRONOUNS.has(pronoun.folded) || !copula || !not || !DE_NOT.has(not.folded)) return [];
  const tense = DE_COPULA[copula.folded];
  const turn = named(pieces, 3, 'de');
  if (!tense || turn < 0 || !insteadFits(pieces, turn, 'de')) return [];
  const me = writer === 'wir' ? 'uns' : 'mich';
  const verdict = tense === 'present' ? `überzeugt ${me} das noch nicht` : `hat ${me} das nicht überzeugt`;
  const out = [...words('Als'), ...pieces.slice(3, turn), ...words(`${verdict}.`)];
  return [{ text: render(out), dropped: pieces.slice(turn).map((p) => p.folded) }];
}

function english(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const first = pieces[0];
  if (!first?.word) return [];
  let subject: string;
  let tense: 'present' | 'past' | undefined;
  let from: number;
  const fused = EN_FUSED.exec(first.folded);
  if (fused && pieces[1]?.folded === 'not') {
    subject = fused[1] as string;
    tense = 'present';
    from = 2;
  } else if (EN_PRONOUNS.has(first.folded) && EN_NEGATED[pieces[1]?.folded ?? '']) {
    subject = first.folded;
    tense = EN_NEGATED[pieces[1]?.folded ?? ''];
    from = 2;
  } else if (EN_PRONOUNS.has(first.folded) && EN_COPULA[pieces[1]?.folded ?? ''] && pieces[2]?.folded === 'not') {
    subject = first.folded;
    tense = EN_COPULA[pieces[1]?.folded ?? ''];
    from = 3;
  } else return [];
  const turn = named(pieces, from, 'en');
  if (!tense || turn < 0 || !insteadFits(pieces, turn, 'en')) return [];
  const we = writer === 'wir' ? 'We' : 'I';
  const lead = tense === 'present' ? `${we} don't think ${subject} works as` : `${we} don't think ${subject} worked as`;
  const out = [...words(lead), ...pieces.slice(from, turn), ...words(tense === 'present' ? 'yet.' : '.')];
  return [{ text: render(out), dropped: [...pieces.slice(0, from), ...pieces.slice(turn)].map((p) => p.folded) }];
}

export const notButInstead: Strategy = (input) => (input.language === 'de' ? german(input) : english(input));
