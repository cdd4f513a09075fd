// Mock praise opening a reproach ("Bravo, Sie haben es geschafft, …", "Nice one,
// you sent …"): the words before the first comma, when they are only such
// praise. A rewrite from the writer's side leaves them out; kept, they would
// read as the same sarcasm in front of a calm sentence.
import type { Language } from '../types';
import type { Piece } from './pieces';

const PRAISE: Record<Language, RegExp> = {
  de: /^(?:bravo|glückwunsch|glueckwunsch|herzlichen|gratuliere|gratulation|respekt|beeindruckend|toll|super|spitze|klasse|prima|wunderbar|großartig|grossartig|herrlich|fantastisch|perfekt|chapeau|na|ja|sauber|stark|hut|ab)$/,
  en: /^(?:bravo|congratulations|congrats|well|done|nice|one|work|great|amazing|wonderful|brilliant|fantastic|impressive|lovely|good|job|superb|excellent|perfect|oh|wow)$/,
};

/** The pieces without a mock-praise opener and its comma, and the words that went; unchanged when there is none. */
export function withoutMockPraise(
  pieces: readonly Piece[],
  language: Language,
): { pieces: Piece[]; dropped: string[] } {
  const comma = pieces.findIndex((p) => p.text === ',');
  if (comma < 1 || comma > 3) return { pieces: [...pieces], dropped: [] };
  const opener = pieces.slice(0, comma);
  if (!opener.every((p) => p.word && PRAISE[language].test(p.folded))) return { pieces: [...pieces], dropped: [] };
  const rest = pieces.slice(comma + 1);
  const first = rest[0];
  if (!first?.word) return { pieces: [...pieces], dropped: [] };
  return { pieces: [{ ...first, gap: '' }, ...rest.slice(1)], dropped: opener.map((p) => p.folded) };
}
