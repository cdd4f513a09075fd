// Outrage about the reader's work or conduct ("Ich bin fassungslos über Ihren
// Umgang mit …", "We are bitterly disappointed with your support") said as
// the writer's concern: "Ich bin unglücklich über Ihren Umgang mit …", "We are
// concerned about your support". What it is about stays word for word: the
// new words govern the same case ("über" + accusative, "von"/"mit" + dative).
import type { Candidate, RewriteInput, Strategy } from './context';
import { type Piece, render, words } from './pieces';

const INTENSIFIERS = new Set(
  'zutiefst wirklich völlig ehrlich absolut sehr ziemlich echt total schlicht maßlos tief einfach deeply really utterly bitterly frankly completely absolutely extremely so very quite truly genuinely thoroughly honestly frankly'.split(
    ' ',
  ),
);
const DE_OUTRAGE = new Set(
  'fassungslos empört entsetzt schockiert erschüttert verärgert enttäuscht bestürzt entrüstet sauer wütend'.split(' '),
);
const EN_OUTRAGE = new Set(
  'appalled shocked disgusted horrified disappointed outraged furious livid dismayed stunned aghast angry annoyed'.split(
    ' ',
  ),
);
/** The German preposition and what the feeling becomes with it: the case stays. */
const DE_CALMER: Record<string, { feeling: string; preposition: string }> = {
  über: { feeling: 'unglücklich', preposition: 'über' },
  von: { feeling: 'nicht zufrieden', preposition: 'mit' },
  vom: { feeling: 'nicht zufrieden', preposition: 'mit dem' },
};
const EN_PREPOSITIONS = new Set(['by', 'at', 'with', 'in', 'about', 'that']);

/** The end of "Ich bin"/"We are"/"I'm" at the sentence's start, or -1. */
function subjectEnd(pieces: readonly Piece[], language: RewriteInput['language']): number {
  const [first, second] = pieces;
  if (!first?.word) return -1;
  if (language === 'de')
    return (first.folded === 'ich' && second?.folded === 'bin') || (first.folded === 'wir' && second?.folded === 'sind')
      ? 2
      : -1;
  if (/^(?:i|we)['’](?:m|re)$/.test(first.folded)) return 1;
  return (first.folded === 'i' && second?.folded === 'am') || (first.folded === 'we' && second?.folded === 'are')
    ? 2
    : -1;
}

function german(pieces: readonly Piece[], from: number): Candidate[] {
  let i = from;
  while (pieces[i]?.word && INTENSIFIERS.has((pieces[i] as Piece).folded)) i++;
  const feeling = pieces[i];
  // "Ich bin fassungslos über …": the feeling first.
  if (feeling?.word && DE_OUTRAGE.has(feeling.folded)) {
    const calmer = DE_CALMER[pieces[i + 1]?.folded ?? ''];
    if (!calmer) return [];
    const out = [...pieces.slice(0, from), ...words(`${calmer.feeling} ${calmer.preposition}`), ...pieces.slice(i + 2)];
    return [{ text: render(out), dropped: pieces.slice(from, i + 2).map((p) => p.folded) }];
  }
  // "Wir sind von Ihrer Betreuung zutiefst enttäuscht.": the feeling closes the clause.
  const calmer = DE_CALMER[pieces[from]?.folded ?? ''];
  const last = pieces.length - (pieces[pieces.length - 1]?.word ? 0 : 1);
  const closing = pieces[last - 1];
  if (!calmer || !closing?.word || !DE_OUTRAGE.has(closing.folded)) return [];
  let start = last - 1;
  while (start > from + 1 && INTENSIFIERS.has((pieces[start - 1] as Piece).folded)) start--;
  const object = pieces.slice(from + 1, start);
  if (object.length === 0 || object.some((p) => !p.word)) return [];
  const out = [
    ...pieces.slice(0, from),
    ...words(calmer.preposition),
    ...object,
    ...words(calmer.feeling),
    ...pieces.slice(last),
  ];
  return [{ text: render(out), dropped: [pieces[from] as Piece, ...pieces.slice(start, last)].map((p) => p.folded) }];
}

function english(pieces: readonly Piece[], from: number): Candidate[] {
  let i = from;
  while (pieces[i]?.word && INTENSIFIERS.has((pieces[i] as Piece).folded)) i++;
  const feeling = pieces[i];
  const preposition = pieces[i + 1];
  if (!feeling?.word || !EN_OUTRAGE.has(feeling.folded) || !preposition || !EN_PREPOSITIONS.has(preposition.folded))
    return [];
  const calmer = preposition.folded === 'that' ? 'concerned that' : 'concerned about';
  const out = [...pieces.slice(0, from), ...words(calmer), ...pieces.slice(i + 2)];
  return [{ text: render(out), dropped: pieces.slice(from, i + 2).map((p) => p.folded) }];
}

export const concernInstead: Strategy = (input) => {
  const from = subjectEnd(input.pieces, input.language);
  if (from < 0) return [];
  return input.language === 'de' ? german(input.pieces, from) : english(input.pieces, from);
};
