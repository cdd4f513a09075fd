export { analyze, rewriteFindings } from './engine';
export type {
  Analysis,
  AnalyzeOptions,
  Category,
  ContactHints,
  DetectedLanguage,
  Finding,
  Formality,
  Language,
  Reason,
  Rewrite,
  ScoreKey,
  Scores,
  Stats,
  Verdict,
} from './types';
export { CATEGORIES } from './types';
export { verdictOf } from './verdict';
