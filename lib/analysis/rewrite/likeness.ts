// Verdicts by comparison ("Die Skizze sieht aus, als hätte sie ein Kind
// gemalt", "Your deck looks like a high-school project"): the work stays, the
// comparison goes, and the writer says where it stands for them: "Die Skizze
// überzeugt mich noch nicht", "I don't think your deck is quite there yet".
// The subject keeps its case (nominative before and after), so no ending changes.
import type { Candidate, RewriteInput, Strategy } from './context';
import { nounPhraseEnd } from './german';
import { lowerFirst, type Piece, render, words } from './pieces';
import { LOOK_TOGETHER } from './verdict';

/**
 * Verbs of seeming (lemmas): what follows them is only the comparison. Not
 * "arbeiten wie Anfänger": that compares people, and "überzeugen mich nicht"
 * would still judge them.
 */
const DE_SEEMING = new Set(['aussehen', 'wirken', 'lesen', 'klingen', 'anhören', 'anfühlen']);
const DE_PAST = /^(?:sah|sahen|wirkte|wirkten|las|lasen|klang|klangen|hörte|hörten|fühlte|fühlten)$/;
/** Words between the verb and the comparison: its particle, "sich", a comparative ("schlechter als"). */
const DE_BRIDGE = /^(?:aus|an|sich|,|eher|fast|ja|eben|genau|so|schlechter|schlimmer|mehr)$/;
const DE_LIKE = new Set(['wie', 'als', 'nach']);
const EN_SEEMING = new Set(['looks', 'look', 'looked', 'reads', 'sounds', 'sound', 'sounded', 'feels', 'feel', 'felt']);
const EN_DETERMINERS = new Set('the your this that these those our my their his her its'.split(' '));
const EN_LIKE = new Set(['like', 'as']);
/** A longer comparison may carry facts of its own: not dropped. */
const MAX_COMPARISON = 14;

/** Where the comparison word stands after the verb (over its particle or a comparative), or -1. */
function comparisonAt(pieces: readonly Piece[], verb: number, bridge: RegExp, like: ReadonlySet<string>): number {
  for (let i = verb + 1; i < Math.min(pieces.length, verb + 5); i++) {
    const p = pieces[i] as Piece;
    if (p.word && like.has(p.folded)) return i;
    if (!bridge.test(p.folded || p.text)) return -1;
  }
  return -1;
}

/** The comparison runs to the sentence's end as one clause: no facts after a second turn, not too long. */
function comparisonFits(pieces: readonly Piece[], from: number): boolean {
  const rest = pieces.slice(from);
  const last = rest[rest.length - 1];
  const body = last && !last.word ? rest.slice(0, -1) : rest;
  return body.filter((p) => p.word).length <= MAX_COMPARISON && body.every((p) => p.word || /^['’-]$/.test(p.text));
}

function german(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const end = nounPhraseEnd(pieces, 0);
  const verb = pieces[end];
  if (end <= 0 || !verb?.word || !DE_SEEMING.has(verb.lemma)) return [];
  const like = comparisonAt(pieces, end, DE_BRIDGE, DE_LIKE);
  if (like < 0 || !comparisonFits(pieces, like)) return [];
  const plural = verb.folded.endsWith('en');
  const me = writer === 'wir' ? 'uns' : 'mich';
  const verdict = DE_PAST.test(verb.folded)
    ? `${plural ? 'haben' : 'hat'} ${me} nicht überzeugt.`
    : `${plural ? 'überzeugen' : 'überzeugt'} ${me} noch nicht.`;
  const out = [...pieces.slice(0, end), ...words(verdict)];
  const text = DE_PAST.test(verb.folded) ? render(out) : `${render(out)} ${LOOK_TOGETHER.de}`;
  return [{ text, dropped: pieces.slice(end).map((p) => p.folded) }];
}

function english(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const first = pieces[0];
  if (!first?.word || !(EN_DETERMINERS.has(first.folded) || first.folded === 'it')) return [];
  let verb = 1;
  while (verb < 6 && pieces[verb]?.word && !EN_SEEMING.has((pieces[verb] as Piece).folded)) verb++;
  const seeming = pieces[verb];
  if (!seeming?.word || !EN_SEEMING.has(seeming.folded)) return [];
  const like = comparisonAt(pieces, verb, /^$/, EN_LIKE);
  if (like < 0 || !comparisonFits(pieces, like)) return [];
  // "as if"/"as though", not "as a …" (a role: "reads as a draft").
  if (pieces[like]?.folded === 'as' && !/^(?:if|though)$/.test(pieces[like + 1]?.folded ?? '')) return [];
  const head = (pieces[verb - 1] as Piece).folded;
  const past = /ed$|^felt$/.test(seeming.folded);
  const plural = past ? /[^su]s$/.test(head) : !/s$/.test(seeming.folded);
  const copula = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const we = writer === 'wir' ? 'We' : 'I';
  const subject = pieces.slice(0, verb).map((p, i) => (i === 0 ? { ...lowerFirst(p), gap: ' ' } : p));
  const out = [
    ...words(`${we} don't think`),
    ...subject,
    ...words(`${copula} ${past ? 'quite right' : 'quite there yet'}.`),
  ];
  // The view alone is a hedge in front of the same verdict; in the present the offer to look at it together follows.
  if (past) return [];
  return [{ text: `${render(out)} ${LOOK_TOGETHER.en}`, dropped: pieces.slice(verb).map((p) => p.folded) }];
}

export const withoutComparison: Strategy = (input) => (input.language === 'de' ? german(input) : english(input));
