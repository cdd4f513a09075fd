// Every rule, in the order they run. Sentence rules first; whole-mail rules
// see what the sentence rules found.
import { beingRight } from './being-right';
import { butAfterPraise } from './but-after-praise';
import { condescension } from './condescension';
import { formalityMix } from './formality-mix';
import { habitAboutReader } from './habit-about-reader';
import { hedgeDensity } from './hedge-density';
import { longSentence } from './long-sentence';
import { missingAppreciation } from './missing-appreciation';
import { phrases } from './phrases';
import { praiseFragment } from './praise-fragment';
import { praiseTakenBack } from './praise-taken-back';
import { readerFault } from './reader-fault';
import { sarcasm } from './sarcasm';
import { shouting } from './shouting';
import type { Rule } from './types';
import { ultimatum } from './ultimatum';
import { unclearAsk } from './unclear-ask';
import { verdict } from './verdict';

export const RULES: readonly Rule[] = [
  phrases,
  beingRight,
  condescension,
  readerFault,
  verdict,
  hedgeDensity,
  habitAboutReader,
  shouting,
  ultimatum,
  butAfterPraise,
  praiseTakenBack,
  sarcasm,
  longSentence,
  unclearAsk,
  formalityMix,
  praiseFragment,
  missingAppreciation,
];
