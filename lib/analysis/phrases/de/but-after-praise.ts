import type { PhraseEntry } from '../types';

// Lob, das im selben Atemzug zurückgenommen wird (Prinzip 3: Wertschätzung stehen lassen).
export const butAfterPraise: readonly PhraseEntry[] = [
  {
    id: 'grundsaetzlich-ja-aber',
    pattern: 'grundsätzlich|prinzipiell|im+prinzip ~6 , aber',
    hit: 'Grundsätzlich gefällt mir der Entwurf, aber die Farben passen nicht.',
    miss: 'Grundsätzlich gefällt mir der Entwurf sehr.',
  },
  {
    id: 'nichts-gegen-sie-aber',
    pattern: 'nichts gegen =Sie|=Ihre|=Ihren|=Ihr ~3 , aber',
    hit: 'Nichts gegen Sie persönlich, aber das war schwach.',
    miss: 'Wir haben nichts gegen eine Verschiebung.',
  },
];
