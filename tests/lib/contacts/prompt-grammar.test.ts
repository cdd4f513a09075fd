// Every German question about a person reads right with a salutation and a
// title: "Herrn" in the dative and accusative, and the person called as one
// addresses them ("Herr Dr. Weber"), not by the whole string of a signature.
import { describe, expect, it } from 'vitest';
import { PROMPTS, type PromptEntry } from '../../../lib/contacts/prompt-bank';
import { choosePrompt, type PromptContext } from '../../../lib/contacts/prompts';

const ask = (entry: PromptEntry, name: string, language: 'de' | 'en', formality: 'sie' | 'du' = 'sie') =>
  choosePrompt(
    {
      contact: { key: 'k', name, kind: 'client', formality, tense: false, appreciations: 0, language: 'de' },
      recent: [],
      language,
    } satisfies PromptContext,
    [{ ...entry, when: 'any', kinds: undefined }],
  )?.text ?? '';

/** Prepositions and objects that take the dative or accusative in the bank's questions. */
const OBLIQUE_SLOT = /\b(?:an|von|mit|bei|dank|für|zu|aus|über|um|ohne|gegen) \{name\}|Sie \{name\} schon/;

describe('German questions about a person with salutation and title', () => {
  it.each(PROMPTS.map((p) => [p.id, p] as const))('%s', (_, entry) => {
    for (const formality of ['sie', 'du'] as const) {
      const text = ask(entry, 'Herr Dr. Jonas Weber', 'de', formality);
      expect(text).not.toMatch(/\{name/);
      expect(text).not.toMatch(/\b(?:an|von|mit|bei|dank|für|zu) Herr\b/);
      expect(text).not.toContain('Jonas');
      if (/\{name/.test(JSON.stringify(entry.de))) expect(text).toMatch(/Herrn? Dr\. Weber/);
      // "Frau" does not change.
      expect(ask(entry, 'Frau Anna Schmidt', 'de', formality)).not.toContain('Frauen');
    }
  });

  it('marks every slot after a preposition or as a dative object with its case', () => {
    for (const entry of PROMPTS) expect(JSON.stringify(entry.de), entry.id).not.toMatch(OBLIQUE_SLOT);
  });

  it('keeps English and names without a salutation as written', () => {
    const entry = PROMPTS.find((p) => p.en.includes('{name}')) as PromptEntry;
    expect(ask(entry, 'Mr John Miller', 'en')).toContain('Mr Miller');
    expect(ask(entry, 'Dr. Anna Schmidt', 'de')).toContain('Dr. Anna Schmidt');
  });
});
