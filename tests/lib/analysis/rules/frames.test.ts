// The data modules next to the rules: every entry finds its example and
// leaves its near miss alone, and no example comes from the eval data.
import { describe, expect, it } from 'vitest';
import { ultimatumBook } from '../../../../lib/analysis/constructions/ultimatum';
import { viewSentence } from '../../../../lib/analysis/document';
import { DATE_FRAMES, NO_DEADLINE, NUMERIC_DATES } from '../../../../lib/analysis/rules/dates';
import { type FrameBook, type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import {
  DUTIES,
  HABIT_WORDS,
  KIND_HABITS,
  PRAISE,
  READER_SIDE,
  SLIPS,
  SOFT_HABIT_WORDS,
} from '../../../../lib/analysis/rules/habit-cues';
import { SOFT_HEDGES, STRONG_HEDGES } from '../../../../lib/analysis/rules/hedge-cues';
import { NEXT_STEPS } from '../../../../lib/analysis/rules/next-steps';
import { NOT_PENDING, PENDING_FRAMES } from '../../../../lib/analysis/rules/pending';
import { PRAISE_WORDS } from '../../../../lib/analysis/rules/praise-words';
import { REQUEST_FRAMES } from '../../../../lib/analysis/rules/requests';
import { RELAXED_TIMES, UNNAMED_ASKS, VAGUE_ASKS, VAGUE_PROPOSALS } from '../../../../lib/analysis/rules/vague-asks';
import { WARM_WISHES } from '../../../../lib/analysis/rules/warm-wishes';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { devFingerprint, sharedRuns } from '../shingles';

const BOOKS: Record<string, FrameBook> = {
  requests: REQUEST_FRAMES,
  dates: DATE_FRAMES,
  'no-deadline': NO_DEADLINE,
  'warm-wishes': WARM_WISHES,
  pending: PENDING_FRAMES,
  'not-pending': NOT_PENDING,
  'next-steps': NEXT_STEPS,
  'vague-asks': VAGUE_ASKS,
  'unnamed-asks': UNNAMED_ASKS,
  'relaxed-times': RELAXED_TIMES,
  'vague-proposals': VAGUE_PROPOSALS,
  'strong-hedges': STRONG_HEDGES,
  'soft-hedges': SOFT_HEDGES,
  'habit-words': HABIT_WORDS,
  'soft-habit-words': SOFT_HABIT_WORDS,
  'reader-side': READER_SIDE,
  slips: SLIPS,
  'kind-habits': KIND_HABITS,
  'ultimatum conditions': ultimatumBook('conditions'),
  'ultimatum failing': ultimatumBook('failing'),
  'ultimatum sanctions': ultimatumBook('sanctions'),
  'ultimatum wishes': ultimatumBook('wishes'),
  'ultimatum favours': ultimatumBook('favours'),
  'ultimatum lawful': ultimatumBook('lawful'),
  'ultimatum demands': ultimatumBook('demands'),
  'ultimatum others': ultimatumBook('others'),
  'ultimatum finals': ultimatumBook('finals'),
  'ultimatum unreal': ultimatumBook('unreal'),
  duties: DUTIES,
  praise: PRAISE,
  'praise-words': PRAISE_WORDS,
};

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const book: FrameBook = { de: [], en: [], [language]: [entry] };
  const matcher = new FrameMatcher(entry.id, book);
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

const entries = Object.entries(BOOKS).flatMap(([name, book]) =>
  (['de', 'en'] as const).flatMap((language) =>
    book[language].map((entry) => [`${name} ${language}/${entry.id}`, language, entry] as const),
  ),
);

describe('frame data', () => {
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
  });

  it('has unique ids per book and language', () => {
    for (const book of Object.values(BOOKS)) {
      for (const language of ['de', 'en'] as const) {
        const ids = book[language].map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it.each(NUMERIC_DATES.map((d) => [d.id, d] as const))('numeric date %s', (_, date) => {
    expect(date.pattern.test(date.hit), date.hit).toBe(true);
    expect(date.pattern.test(date.miss), date.miss).toBe(false);
  });

  it('shares no five words in a row with the client-mail dev set', () => {
    const fingerprint = devFingerprint();
    const examples = [
      ...entries.flatMap(([, , e]) => [e.hit, e.miss]),
      ...NUMERIC_DATES.flatMap((d) => [d.hit, d.miss]),
    ];
    expect(examples.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
  });
});

describe('frame exceptions', () => {
  const entry: FrameEntry = {
    id: 'sorgen-dafuer',
    pattern: 'sorgen =Sie dafür , dass',
    unlessWithin: ['bitte'],
    hit: 'Sorgen Sie dafür, dass abends das Hoftor zu ist.',
    miss: 'Sorgen Sie bitte dafür, dass abends das Hoftor zu ist.',
  };

  it('skips a match that holds one of its unlessWithin words, a particle the pattern passed over', () => {
    expect(finds(entry, 'de', entry.hit)).toBe(true);
    expect(finds(entry, 'de', entry.miss)).toBe(false);
    expect(finds({ ...entry, unlessWithin: undefined }, 'de', entry.miss)).toBe(true);
  });
});
