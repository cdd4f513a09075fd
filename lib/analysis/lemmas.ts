// The lemma of a word, looked up once per distinct word and language and kept
// on its shared record, so patterns can match "@haben" against hast, habt, hätten.
import { lemmaOf } from './lemma';
import type { Language } from './types';
import { intern, type WordInfo } from './vocabulary';

export function lemmaInfo(info: WordInfo, language: Language): WordInfo {
  const cached = language === 'de' ? info.deLemma : info.enLemma;
  if (cached) return cached;
  const lemma = lemmaOf(info.folded, language);
  const found = lemma === info.folded ? info : intern(lemma);
  if (language === 'de') info.deLemma = found;
  else info.enLemma = found;
  return found;
}
