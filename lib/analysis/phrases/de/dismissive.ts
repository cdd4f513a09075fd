import type { PhraseEntry } from '../types';

// Herablassung (Prinzip 1: Wertschätzung; Prinzip 4: blinde Flecken einräumen).
export const dismissive: readonly PhraseEntry[] = [
  {
    id: 'offensichtlich',
    pattern: 'offensichtlich|offenkundig|logischerweise',
    suggestions: [''],
    unlessBefore: ['nicht'],
    hit: 'Das ist offensichtlich ein Missverständnis.',
    miss: 'Das ist ein Missverständnis.',
  },
  {
    id: 'einfach-nur',
    pattern: 'einfach nur|mal',
    suggestions: [''],
    hit: 'Sie müssen das Formular einfach nur ausfüllen.',
    miss: 'Das Formular ist einfach auszufüllen.',
  },
  {
    id: 'wie-jeder-weiss',
    pattern: 'wie jeder|jedermann|allgemein weiß|weiss|bekannt',
    hit: 'Wie jeder weiß, dauert das länger.',
    miss: 'Wie Sie wissen, dauert das länger.',
  },
];
