import type { PhraseEntry } from '../types';

// Verallgemeinerungen über die andere Person (Prinzip 1: Wertschätzung).
export const absolute: readonly PhraseEntry[] = [
  {
    id: 'sie-immer-zu-spaet',
    pattern: '=Sie sind|kommen|liefern|antworten|melden ~2 immer|ständig|dauernd|jedes+mal zu+spät|verspätet',
    hit: 'Sie sind immer zu spät mit den Unterlagen.',
    miss: 'Sie sind diesmal leider etwas spät dran.',
  },
  {
    id: 'sie-nie',
    pattern: '=Sie haben|hatten|sind|melden|antworten|halten|reagieren ~2 nie|niemals',
    unlessBefore: ['noch', 'fast'],
    hit: 'Sie haben nie auf meine Fragen geantwortet.',
    miss: 'So etwas ist uns noch nie passiert.',
  },
  {
    id: 'jedes-mal-dasselbe',
    pattern: 'jedes+mal|immer dasselbe|das+gleiche|derselbe|dieselbe',
    hit: 'Es ist jedes Mal dasselbe mit diesen Lieferungen.',
    miss: 'Jedes Mal freue ich mich über Ihre Post.',
  },
  {
    id: 'immer-wieder-sie',
    pattern: 'immer+wieder|ständig|dauernd ~3 =Sie|=Ihre|=Ihr',
    unlessBefore: ['nicht', 'wie'],
    hit: 'Immer wieder vergessen Sie die Anlagen.',
    miss: 'Wie immer sind Sie herzlich eingeladen.',
  },
];
