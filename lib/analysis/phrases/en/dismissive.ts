import type { PhraseEntry } from '../types';

// Condescension (principle 1: appreciation; principle 4: admit blind spots).
export const dismissive: readonly PhraseEntry[] = [
  {
    id: 'obviously',
    pattern: 'obviously|clearly|evidently',
    suggestions: [''],
    unlessBefore: ['not'],
    hit: 'This is obviously a misunderstanding.',
    miss: 'This is a misunderstanding.',
  },
  {
    id: 'simply-just',
    pattern: 'simply|just ~1 click|read|follow|do|fill|open',
    hit: 'Simply read the instructions.',
    miss: 'The instructions are simple to follow.',
  },
  {
    id: 'as-everyone-knows',
    pattern: 'as everyone|anyone|everybody knows',
    hit: 'As everyone knows, this takes time.',
    miss: 'As you know, this takes time.',
  },
];
