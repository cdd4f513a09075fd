import type { PhraseEntry } from '../types';

// Druck und Kontrolle statt Spielraum (Prinzip 6: Raum geben).
export const pressure: readonly PhraseEntry[] = [
  {
    id: 'sie-muessen-unbedingt',
    pattern: '=Sie müssen ~2 unbedingt|sofort|umgehend|dringend',
    hit: 'Sie müssen unbedingt bis Freitag unterschreiben.',
    miss: 'Sie müssen sich um nichts weiter kümmern.',
  },
  {
    id: 'ich-erwarte',
    pattern: 'ich|wir erwarte|erwarten ~3 umgehend|sofort|unverzüglich|bis',
    hit: 'Ich erwarte Ihre Antwort bis morgen früh.',
    miss: 'Ich erwarte gespannt Ihre Ideen.',
  },
  {
    id: 'haetten-sollen',
    pattern: '=Sie hätten ~4 sollen|müssen',
    hit: 'Sie hätten uns früher informieren sollen.',
    miss: 'Wir hätten Sie früher informieren sollen.',
  },
  {
    id: 'letzte-chance',
    pattern: 'letzte|allerletzte chance|mahnung|frist|warnung',
    hit: 'Das ist Ihre letzte Chance.',
    miss: 'Das ist die letzte Folie der Präsentation.',
  },
];
