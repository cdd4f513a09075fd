import type { Language } from '../types';
import { de } from './de';
import { en } from './en';
import type { EngineMessages } from './types';

export const MESSAGES: Record<Language, EngineMessages> = { de, en };
