import type { PhraseEntry } from '../types';

// Generalisations about the reader (principle 1: appreciation).
export const absolute: readonly PhraseEntry[] = [
  {
    id: 'you-never',
    pattern: "you|you've|you're never",
    hit: 'You never answer my calls.',
    miss: 'I never doubted your commitment.',
  },
  {
    id: 'you-always',
    pattern: "you|you're always ~4 late|forget|miss|ignore|change|complain",
    hit: 'You always send the files late.',
    miss: 'You can always reach me on my mobile.',
  },
  {
    id: 'every-single-time',
    pattern: 'every+single+time|each+and+every+time|every+time+you',
    hit: 'Every single time the invoice is wrong.',
    miss: 'Every month we send a short report.',
  },
];
