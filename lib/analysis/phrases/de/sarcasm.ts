import type { PhraseEntry } from '../types';

// Spöttischer Dank und falsches Lob (Prinzip 5: der eigene Zustand zuerst).
export const sarcasm: readonly PhraseEntry[] = [
  {
    id: 'danke-fuer-nichts',
    pattern: 'danke|vielen+dank (auch) für nichts|gar+nichts|nix',
    hit: 'Vielen Dank auch für nichts.',
    miss: 'Vielen Dank für Ihre Geduld.',
  },
  {
    id: 'na-super',
    pattern: '^na super|toll|klasse|prima',
    hit: 'Na super, jetzt verschiebt sich alles.',
    miss: 'Super, dann machen wir es so.',
  },
  {
    id: 'schoen-dass-sie-sich-auch-mal',
    pattern: 'schön|nett ~1 dass =Sie sich ~2 auch mal|endlich',
    hit: 'Schön, dass Sie sich auch mal melden.',
    miss: 'Schön, dass Sie sich melden.',
  },
];
