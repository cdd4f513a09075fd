import type { PhraseEntry } from '../types';

// Praise taken back in the same breath (principle 3: let appreciation stand).
export const butAfterPraise: readonly PhraseEntry[] = [
  {
    id: 'in-principle-but',
    pattern: 'in principle|theory|general ~4 , but',
    hit: 'In principle the draft works, but the colours are off.',
    miss: 'In principle the draft works well.',
  },
  {
    id: 'nothing-personal-but',
    pattern: 'nothing personal|against+you ~2 , but',
    hit: 'Nothing personal, but that was weak.',
    miss: 'There is nothing personal in our decision.',
  },
];
