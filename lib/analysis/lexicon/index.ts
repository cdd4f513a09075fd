// The verdict lexicons by language, and the entries of several words that the
// sentence's one pattern pass (../matching.ts) finds for rules/verdict.ts.
import type { Language } from '../types';
import type { Degree, VerdictContext, VerdictLexicon } from './types';
import { VERDICT_CONTEXT_DE, VERDICTS_DE } from './verdicts.de';
import { VERDICT_CONTEXT_EN, VERDICTS_EN } from './verdicts.en';

export const LEXICONS: Record<Language, { lexicon: VerdictLexicon; context: VerdictContext }> = {
  de: { lexicon: VERDICTS_DE, context: VERDICT_CONTEXT_DE },
  en: { lexicon: VERDICTS_EN, context: VERDICT_CONTEXT_EN },
};

export type VerdictKind = 'adjective' | 'noun' | 'phrase' | 'praise';

/** A lexicon entry matched as a pattern: the phrases, and nouns or adjectives of more than one word. */
export interface VerdictPattern {
  /** The entry as the lexicon writes it, which is also its pattern. */
  lemma: string;
  degree: Degree;
  kind: VerdictKind;
}

export function verdictPatterns(language: Language): VerdictPattern[] {
  const { lexicon } = LEXICONS[language];
  const entries = (record: Readonly<Record<string, Degree>>, kind: VerdictKind) =>
    Object.entries(record).map(([lemma, degree]) => ({ lemma, degree, kind }));
  return [
    ...entries(lexicon.phrases, 'phrase'),
    ...[...entries(lexicon.adjectives, 'adjective'), ...entries(lexicon.nouns, 'noun')].filter((e) =>
      e.lemma.includes(' '),
    ),
  ];
}
