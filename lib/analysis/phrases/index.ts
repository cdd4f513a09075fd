import type { Language } from '../types';
import { DE } from './de';
import { EN } from './en';
import type { PhraseBook } from './types';

export const PHRASES: Record<Language, PhraseBook> = { de: DE, en: EN };
