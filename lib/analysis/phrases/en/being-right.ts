import type { PhraseEntry } from '../types';

// Proving you were right (principle 4: common ground over being right).
export const beingRight: readonly PhraseEntry[] = [
  {
    id: 'per-my-last-email',
    pattern: 'per|as+per my|our last|previous|earlier email|e-mail|mail|message',
    suggestions: ['to recap'],
    hit: 'Per my last email, the contract needs your signature.',
    miss: 'My last email may have got lost, so here are the details again.',
  },
  {
    id: 'as-i-already-said',
    pattern: 'as i|we (have) already|previously said|mentioned|stated|explained|pointed+out|noted|told+you',
    suggestions: ['as we discussed', 'to recap'],
    hit: 'As I already said, the deadline is Friday.',
    miss: 'As we discussed, the deadline is Friday.',
  },
  {
    id: 'as-i-said-before',
    pattern: 'as i said|mentioned|stated|wrote before|earlier|several+times|many+times|repeatedly',
    suggestions: ['as we discussed', 'to recap'],
    hit: 'As I said before, we need the files.',
    miss: 'As I said on the phone, we are glad to help.',
  },
  {
    id: 'i-told-you',
    pattern: 'i told|warned you',
    hit: 'I told you this would happen.',
    miss: 'I told your colleague we would call back.',
    unlessAfter: ['we', 'about', 'that'],
  },
];
