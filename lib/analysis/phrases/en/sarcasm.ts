import type { PhraseEntry } from '../types';

// Mock thanks and praise (principle 5: your own state first).
export const sarcasm: readonly PhraseEntry[] = [
  {
    id: 'thanks-for-nothing',
    pattern: 'thanks|thank+you for nothing',
    hit: 'Thanks for nothing.',
    miss: 'Thanks for everything.',
  },
  {
    id: 'oh-great',
    pattern: '^oh|wow great|wonderful|perfect|fantastic',
    hit: 'Oh great, another delay.',
    miss: 'Great, then we go ahead.',
  },
  {
    id: 'nice-of-you-to-finally',
    pattern: 'nice|kind|good of you to ~1 finally',
    hit: 'Nice of you to finally reply.',
    miss: 'Nice of you to reply so quickly.',
  },
];
