import { describe, expect, it } from 'vitest';
import { type ContactKind, PROMPTS, type PromptEntry } from '../../../lib/contacts/prompt-bank';
import { choosePrompt, type PromptContext } from '../../../lib/contacts/prompts';

const BANK: PromptEntry[] = [
  {
    id: 'any-1',
    theme: 'personality',
    when: 'any',
    de: 'Was schätzen Sie an {name}?',
    en: 'What do you value in {name}?',
  },
  {
    id: 'new-1',
    theme: 'moment',
    when: 'new',
    de: 'Was zeigte die erste Mail von {name}?',
    en: "What did {name}'s first mail show?",
  },
  {
    id: 'known-1',
    theme: 'learned',
    when: 'known',
    de: 'Was haben Sie von {name} gelernt?',
    en: 'What did you learn from {name}?',
  },
  {
    id: 'tense-1',
    theme: 'positive-moment',
    when: 'tense',
    de: { sie: 'Wofür könnten Sie sagen: „Danke, dass Sie …“?', du: 'Wofür könnten Sie sagen: „Danke, dass du …“?' },
    en: 'Find one good moment with {name}, however small.',
  },
  {
    id: 'supplier-1',
    theme: 'makes-easy',
    when: 'any',
    kinds: ['supplier'],
    de: 'Was macht {name} Ihnen leicht?',
    en: 'What does {name} make easy?',
  },
];

const context = (over: Partial<PromptContext['contact']> = {}, rest: Partial<PromptContext> = {}): PromptContext => ({
  contact: {
    key: 'anna@example.com',
    name: 'Frau Schmidt',
    kind: 'client',
    formality: 'sie',
    tense: false,
    appreciations: 0,
    ...over,
  },
  recent: [],
  language: 'de',
  now: new Date('2026-11-23T10:00:00Z'),
  ...rest,
});

describe('choosePrompt', () => {
  it('asks a new contact a new-or-general question, a known one a known-or-general one', () => {
    for (let i = 0; i < 20; i++) {
      const fresh = choosePrompt(context({ key: `k${i}` }), BANK);
      expect(['any-1', 'new-1']).toContain(fresh?.id);
      const known = choosePrompt(context({ key: `k${i}`, appreciations: 3 }), BANK);
      expect(['any-1', 'known-1']).toContain(known?.id);
    }
  });

  it('looks for one positive moment when the relationship or the draft is tense', () => {
    expect(choosePrompt(context({ tense: true }), BANK)?.id).toBe('tense-1');
    expect(choosePrompt(context({}, { draftTension: 75 }), BANK)?.id).toBe('tense-1');
  });

  it('words the question for the form of address and names the contact', () => {
    expect(choosePrompt(context({ tense: true }), BANK)?.text).toContain('„Danke, dass Sie …“');
    expect(choosePrompt(context({ tense: true, formality: 'du', name: 'Anna' }), BANK)?.text).toContain(
      '„Danke, dass du …“',
    );
    const en = choosePrompt(context({ tense: true, name: 'Anna' }, { language: 'en' }), BANK);
    expect(en?.text).toBe('Find one good moment with Anna, however small.');
  });

  it('asks a known contact about a concrete moment after a long quiet', () => {
    for (let i = 0; i < 20; i++) {
      const quiet = choosePrompt(
        context({ key: `k${i}`, appreciations: 3, lastAppreciation: '2026-08-01T10:00:00Z' }),
        BANK,
      );
      expect(quiet?.id).toBe('known-1');
    }
    const recent = new Set(
      Array.from(
        { length: 20 },
        (_, i) =>
          choosePrompt(context({ key: `k${i}`, appreciations: 3, lastAppreciation: '2026-11-20T10:00:00Z' }), BANK)?.id,
      ),
    );
    expect(recent).toEqual(new Set(['any-1', 'known-1']));
  });

  it('keeps the Sie wording for a contact written to in English (du/Sie quotes fit German mail only)', () => {
    const text = choosePrompt(context({ tense: true, formality: 'du', language: 'en' }), BANK)?.text;
    expect(text).toContain('„Danke, dass Sie …“');
  });

  it('offers kind-specific questions only for that kind', () => {
    const asked = new Set<string>();
    for (let i = 0; i < 50; i++) asked.add(choosePrompt(context({ key: `c${i}` }), BANK)?.id ?? '');
    expect(asked.has('supplier-1')).toBe(false);
    const supplier = new Set<string>();
    for (let i = 0; i < 50; i++)
      supplier.add(choosePrompt(context({ key: `s${i}`, kind: 'supplier' }), BANK)?.id ?? '');
    expect(supplier.has('supplier-1')).toBe(true);
  });

  it('never repeats one of the last ten questions, and says nothing rather than repeat', () => {
    expect(choosePrompt(context({}), BANK)).not.toBeNull();
    expect(choosePrompt(context({}, { recent: ['any-1', 'new-1'] }), BANK)).toBeNull();
    const shown = ['any-1', ...Array.from({ length: 10 }, (_, i) => `other-${i}`)];
    // any-1 is eleven questions back: it may come again.
    const again = new Set<string>();
    for (let i = 0; i < 30; i++)
      again.add(choosePrompt(context({ key: `r${i}` }, { recent: [...shown, 'new-1'] }), BANK)?.id ?? '');
    expect([...again]).toEqual(['any-1']);
  });

  it('picks the same question for the same contact on the same day', () => {
    expect(choosePrompt(context(), BANK)).toEqual(choosePrompt(context(), BANK));
  });
});

describe('the question bank', () => {
  it('has at least 40 questions in each language, unique ids, and only {name} as placeholder (German: also with its case)', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    for (const p of PROMPTS) {
      const texts = [p.en, ...(typeof p.de === 'string' ? [p.de] : [p.de.sie, p.de.du])];
      for (const text of texts) {
        expect(text.trim(), p.id).not.toBe('');
        const allowed = text === p.en ? ['{name}'] : ['{name}', '{name:dat}', '{name:acc}'];
        expect(text.match(/\{[^}]*\}/g)?.filter((m) => !allowed.includes(m)) ?? [], p.id).toEqual([]);
      }
    }
  });

  it('covers every theme, and words some questions for Sie and du', () => {
    const themes = new Set(PROMPTS.map((p) => p.theme));
    expect([...themes].sort()).toEqual([
      'behaviour',
      'learned',
      'makes-easy',
      'moment',
      'personality',
      'positive-moment',
    ]);
    expect(PROMPTS.filter((p) => typeof p.de !== 'string').length).toBeGreaterThanOrEqual(6);
  });

  it.each(['client', 'colleague', 'supplier', 'other'] as ContactKind[])(
    'never runs dry for a %s: more than ten questions in every situation',
    (kind) => {
      for (const over of [{ appreciations: 0 }, { appreciations: 4 }, { tense: true }]) {
        const recent: string[] = [];
        for (let i = 0; i < 12; i++) {
          const prompt = choosePrompt(context({ kind, ...over }, { recent: [...recent] }));
          expect(prompt, `${kind} ${JSON.stringify(over)} after ${i}`).not.toBeNull();
          expect(recent.slice(-10)).not.toContain(prompt?.id);
          recent.push(prompt?.id ?? '');
        }
      }
    },
  );
});
