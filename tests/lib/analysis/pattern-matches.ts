import { PatternIndex } from '../../../lib/analysis/pattern';
import { tokenize } from '../../../lib/analysis/tokenize';
import type { Language } from '../../../lib/analysis/types';

/** The texts one pattern matches in one sentence, as the engine's index finds them. */
export function matches(pattern: string, text: string, language: Language): string[] {
  const index = new PatternIndex<string>(language);
  index.add(pattern, pattern);
  const tokens = tokenize(text);
  const found: string[] = [];
  index.forEachMatch(tokens, (m) =>
    found.push(text.slice((tokens[m.first] as { start: number }).start, (tokens[m.last] as { end: number }).end)),
  );
  return found;
}
