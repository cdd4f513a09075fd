export { analyze } from './engine';
export type {
  Analysis,
  AnalyzeOptions,
  Category,
  ContactHints,
  DetectedLanguage,
  Finding,
  Formality,
  Language,
  Scores,
  Stats,
} from './types';
export { CATEGORIES } from './types';
