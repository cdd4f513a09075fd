// What counts as thanks or acknowledgement: not the greeting, not the closing
// formula, not a negated word, not "understand" as a mere verb.
import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../../../lib/analysis/document';
import { warmthOf } from '../../../../lib/analysis/rules/appreciation';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

function thanked(text: string, language: Language): string[] {
  const segmented = segment(text);
  const doc = {
    text,
    sentences: segmented.paragraphs.flatMap((p) => p.sentences.map((s) => viewSentence(s, language, text))),
    paragraphs: segmented.paragraphs,
    quotes: segmented.quotes,
    greeting: segmented.greeting,
    contact: {},
    language,
  };
  return warmthOf(doc).thanking.map((s) => text.slice(s.start, s.end));
}

describe('appreciation', () => {
  it('does not take a greeting or a closing formula for thanks', () => {
    expect(thanked('Guten Tag Frau Brück,\n\ndie Fenster sind noch nicht da.\n\nHerzliche Grüße\nJan', 'de')).toEqual(
      [],
    );
    expect(thanked('Good morning Sam,\n\nthe tiles are late again.\n\nBest wishes,\nJan', 'en')).toEqual([]);
  });

  it('keeps a closing that thanks', () => {
    expect(thanked('Hi Sam,\n\nthe tiles are here.\n\nMany thanks,\nJan', 'en')).toEqual(['Many thanks,']);
  });

  it('does not count negated acknowledgement', () => {
    expect(thanked('Ich verstehe nicht, warum das so lange dauert.', 'de')).toEqual([]);
    expect(thanked('Die Begründung ist nicht nachvollziehbar.', 'de')).toEqual([]);
    expect(thanked('Ich verstehe Ihren Ärger gut.', 'de')).toHaveLength(1);
    expect(thanked('Danke nicht nur für die Pläne, sondern auch für die Geduld.', 'de')).toHaveLength(1);
  });

  it('reads an estimate or a mere "understand" as no thanks', () => {
    expect(thanked('Ich schätze, es dauert zwei Wochen.', 'de')).toEqual([]);
    expect(thanked('Meine Geduld ist langsam am Ende.', 'de')).toEqual([]);
    expect(thanked('Could we meet to understand what changed?', 'en')).toEqual([]);
    expect(thanked('We completely understand the delay.', 'en')).toHaveLength(1);
  });
});
