import type { PhraseBook } from '../types';
import { absolute } from './absolute';
import { beingRight } from './being-right';
import { blame } from './blame';
import { butAfterPraise } from './but-after-praise';
import { dismissive } from './dismissive';
import { harsh } from './harsh';
import { hedging } from './hedging';
import { pressure } from './pressure';
import { sarcasm } from './sarcasm';

export const DE: PhraseBook = {
  blame,
  absolute,
  'being-right': beingRight,
  pressure,
  hedging,
  dismissive,
  harsh,
  sarcasm,
  'but-after-praise': butAfterPraise,
};
