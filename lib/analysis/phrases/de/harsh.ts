import type { PhraseEntry } from '../types';

// Urteile statt Information (Prinzip 2: klar, aber respektvoll).
export const harsh: readonly PhraseEntry[] = [
  {
    id: 'das-ist-falsch',
    pattern:
      '^das|dies ist|war (völlig|komplett|total|einfach) falsch|inakzeptabel|unmöglich|unverschämt|unprofessionell',
    hit: 'Das ist falsch.',
    miss: 'Das ist falsch verbunden, die Nummer hat sich geändert.',
    unlessAfter: ['verbunden'],
  },
  {
    id: 'unakzeptabel',
    pattern: 'inakzeptabel|unakzeptabel|unzumutbar|unverschämt|unverschämtheit|frechheit|zumutung',
    hit: 'Diese Verzögerung ist unzumutbar.',
    miss: 'Diese Verzögerung ist ärgerlich für uns beide.',
  },
  {
    id: 'so-geht-das-nicht',
    pattern: 'so geht|läuft das nicht',
    hit: 'So geht das nicht weiter.',
    miss: 'So geht das am schnellsten.',
  },
];
