import type { PhraseEntry } from '../types';

// Weichmacher, die die Botschaft verwischen (Prinzip 2: klar, wahr, ehrlich).
export const hedging: readonly PhraseEntry[] = [
  {
    id: 'eigentlich-wollte-ich-nur-mal',
    pattern: 'eigentlich (wollte|möchte) ich|wir ~1 nur (mal|kurz)',
    hit: 'Eigentlich wollte ich nur mal fragen, ob alles passt.',
    miss: 'Ich möchte fragen, ob alles passt.',
  },
  {
    id: 'wollte-nur-mal',
    pattern: 'wollte|wollten ~2 nur (mal) kurz|mal',
    suggestions: ['möchte', 'möchten'],
    hit: 'Ich wollte nur mal nachfragen, wie es aussieht.',
    miss: 'Ich wollte Ihnen die Unterlagen heute schicken.',
  },
  {
    id: 'irgendwie',
    pattern: 'irgendwie',
    suggestions: [''],
    hit: 'Das Angebot passt irgendwie nicht.',
    miss: 'Das Angebot passt nicht zu unserem Budget.',
  },
  {
    id: 'quasi-sozusagen',
    pattern: 'quasi|sozusagen|gewissermaßen|gewissermassen',
    suggestions: [''],
    hit: 'Das ist quasi schon fertig.',
    miss: 'Das ist schon fertig.',
  },
];
