import type { PhraseEntry } from '../types';

// Commands and ultimatums instead of room (principle 6: leave room).
export const pressure: readonly PhraseEntry[] = [
  {
    id: 'you-have-to',
    pattern: 'you have|need|must to|absolutely|immediately',
    unlessAfter: ["don't", 'not', 'nothing'],
    hit: 'You have to sign this today.',
    miss: "You don't have to do anything else.",
  },
  {
    id: 'you-should-have',
    pattern:
      "you should've|could've|should|could|ought (to) (have) told|known|sent|asked|checked|called|informed|read|warned|said|done|paid|replied|answered|mentioned",
    hit: 'You should have told us earlier.',
    miss: 'We should have told you earlier.',
  },
  {
    id: 'i-expect',
    pattern: 'i|we expect|demand ~3 immediately|by|today|now',
    hit: 'I expect an answer by tomorrow.',
    miss: 'I expect the weather will be fine.',
  },
  {
    id: 'final-warning',
    pattern: 'final|last warning|notice|chance',
    hit: 'This is your final warning.',
    miss: 'This is the final slide.',
  },
];
