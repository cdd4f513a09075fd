// NOTE FOR THE HELPER WORKING IN THIS WORKTREE: read /work/helper-common.md NOW (integrity,
// budgets, commands, deadline 02:55 UTC, report). Delete these three lines in your first commit.
// (Left by the lead.)
// Every rule, in the order they run. Sentence rules first; whole-mail rules
// see what the sentence rules found.
import { butAfterPraise } from './but-after-praise';
import { formalityMix } from './formality-mix';
import { longSentence } from './long-sentence';
import { missingAppreciation } from './missing-appreciation';
import { phrases } from './phrases';
import { praiseTakenBack } from './praise-taken-back';
import { sarcasm } from './sarcasm';
import { shouting } from './shouting';
import type { Rule } from './types';
import { unclearAsk } from './unclear-ask';

export const RULES: readonly Rule[] = [
  phrases,
  shouting,
  butAfterPraise,
  praiseTakenBack,
  sarcasm,
  longSentence,
  unclearAsk,
  formalityMix,
  missingAppreciation,
];
