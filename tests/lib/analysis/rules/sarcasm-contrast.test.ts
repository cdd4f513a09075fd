// Praise known by its feeling (the sentiment lexicon) next to bad news: each
// language's examples run through the whole engine, and the near misses
// (repairs, regret, wishes, the reader's help, the writer's own slip) stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examine } from '../../../../lib/analysis/engine';
import { SARCASM_CONTRAST, sentimentOpener, tellsDelay } from '../../../../lib/analysis/rules/sarcasm-contrast';
import { devFingerprint, sharedRuns } from '../shingles';
import { examples } from './examples';

const LANGUAGES = ['de', 'en'] as const;

for (const language of LANGUAGES) {
  describe(`sarcasm: praise by feeling next to bad news, ${language}`, () => {
    const { hit, miss } = SARCASM_CONTRAST[language].examples;
    it('has at least 15 examples each way', () => {
      expect(hit.length).toBeGreaterThanOrEqual(15);
      expect(miss.length).toBeGreaterThanOrEqual(15);
    });
    examples('sarcasm', { flags: hit, quiet: miss }, { language });
  });
}

describe('sentimentOpener', () => {
  const opener = (text: string, language: 'de' | 'en') => {
    const { doc } = examine(text, { language });
    const s = doc.sentences[0];
    if (!s) return undefined;
    const span = sentimentOpener(s);
    return span && text.slice(s.tokens[span.first]?.start, s.tokens[span.last]?.end);
  };

  it('takes a short evaluation up to its comma, dash or join', () => {
    expect(opener('Oh, splendid, the roof leaks.', 'en')).toBe('splendid,');
    expect(opener('Delightful to discover the fee has gone up.', 'en')).toBe('Delightful to');
    expect(opener('I just love getting invoices.', 'en')).toBe('I just love');
    expect(opener('Reizend, dass wir das erfahren.', 'de')).toBe('Reizend,');
    expect(opener('Ich bin begeistert, dass es klappt.', 'de')).toBe('Ich bin begeistert,');
  });

  it('leaves statements, greetings and negative openers alone', () => {
    expect(opener('The plan is lovely, thanks.', 'en')).toBeUndefined();
    expect(opener('Good morning, the boiler is making a noise.', 'en')).toBeUndefined();
    expect(opener('Not great, the roof leaks.', 'en')).toBeUndefined();
    expect(opener('Brilliant.', 'en')).toBeUndefined();
    expect(opener('Leider, die Heizung ist kalt.', 'de')).toBeUndefined();
    // A salutation run into the first line is no praise.
    expect(opener('Dear Ms Hale, the tiles cracked when the pallet fell.', 'en')).toBeUndefined();
    expect(opener('Sehr geehrter Herr Frost, die Frist ist leider abgelaufen.', 'de')).toBeUndefined();
  });
});

describe('sarcasm contrast data', () => {
  it('shares no five words in a row with the client-mail dev set', () => {
    const fingerprint = devFingerprint();
    const texts = LANGUAGES.flatMap((l) => [...SARCASM_CONTRAST[l].examples.hit, ...SARCASM_CONTRAST[l].examples.miss]);
    expect(texts.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
  });

  it('covers the whole sentence a praise opens', () => {
    const text = 'Splendid, the heating has broken down in the middle of January.';
    const found = analyze(text, { language: 'en' }).findings.filter((f) => f.category === 'sarcasm');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([text.slice(0, -1)]);
  });
});

describe('sarcasm contrast delays', () => {
  it('each delay frame finds its example and not its near miss', () => {
    for (const language of LANGUAGES) {
      for (const entry of SARCASM_CONTRAST[language].delay) {
        const finds = (text: string) => {
          const { doc } = examine(text, { language });
          return doc.sentences.some((s) => tellsDelay(doc, s)?.entry === entry);
        };
        expect(finds(entry.hit), entry.hit).toBe(true);
        expect(finds(entry.miss), entry.miss).toBe(false);
      }
    }
  });
});
