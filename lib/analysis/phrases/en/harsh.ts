import type { PhraseEntry } from '../types';

// Verdicts instead of information (principle 2: clear, and respectful).
export const harsh: readonly PhraseEntry[] = [
  {
    id: 'unacceptable',
    pattern: 'unacceptable|outrageous|ridiculous|absurd|pathetic|disgraceful|unprofessional',
    hit: 'This delay is unacceptable.',
    miss: 'This delay is a problem for both of us.',
  },
  {
    id: 'that-is-wrong',
    pattern: '^that|this is|was (completely|totally|just|simply) wrong|false|nonsense|rubbish $',
    hit: 'This is wrong.',
    miss: 'This is wrong number, please call the office.',
  },
  {
    id: 'no-offense-but',
    pattern: 'no offense|offence (intended) , but',
    hit: 'No offense, but the design is dated.',
    miss: 'No offense was taken, all is well.',
  },
];
