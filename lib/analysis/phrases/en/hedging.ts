import type { PhraseEntry } from '../types';

// Hedges that blur the message (principle 2: clear, true, honest).
export const hedging: readonly PhraseEntry[] = [
  {
    id: 'just-wanted-to',
    pattern: 'i|we just wanted|want to (quickly) check|ask|follow|touch|see',
    hit: 'I just wanted to check if you saw my offer.',
    miss: 'I want to check if you saw my offer.',
  },
  {
    id: 'sort-of',
    pattern: 'sort|kind of',
    suggestions: [''],
    unlessBefore: ['what', 'this', 'that', 'any', 'some', 'the', 'a'],
    hit: 'The draft is sort of finished.',
    miss: 'What kind of support do you need?',
  },
  {
    id: 'i-was-wondering-if-maybe',
    pattern: 'i was wondering if|whether (maybe|perhaps)',
    suggestions: ['could you tell me if'],
    hit: 'I was wondering if maybe you had time.',
    miss: 'Do you have time on Monday?',
  },
  {
    id: 'sorry-to-bother-you',
    pattern: 'sorry to bother|disturb|trouble you',
    hit: 'Sorry to bother you, but where is the report?',
    miss: 'Sorry for the late reply.',
  },
];
