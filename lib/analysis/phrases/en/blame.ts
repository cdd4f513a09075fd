import type { PhraseEntry } from '../types';

// Making the reader the culprit (principle 1: appreciation).
export const blame: readonly PhraseEntry[] = [
  {
    id: 'you-failed-to',
    pattern: 'you failed|neglected to',
    hit: 'You failed to send the signed contract.',
    miss: 'We failed to send the signed contract.',
  },
  {
    id: 'you-forgot-again',
    pattern: 'you ~2 forgot|missed|ignored|overlooked ~3 again',
    hit: 'You forgot the attachments again.',
    miss: 'I forgot the attachments again, sorry.',
  },
  {
    id: 'your-fault',
    pattern: 'your fault|mistake|error',
    hit: 'This delay is your fault.',
    miss: 'This delay is my fault.',
  },
  {
    id: 'you-didnt',
    pattern: "you didn't|did+not|haven't|have+not ~2 send|sent|pay|paid|reply|replied|answer|answered|sign|signed|read",
    unlessAfter: ['yet'],
    hit: "You didn't send the figures.",
    miss: 'Did you get a chance to send the figures?',
  },
];
