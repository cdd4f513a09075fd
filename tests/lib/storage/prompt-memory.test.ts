import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBrief } from '../../../lib/contacts/brief';
import {
  addAppreciation,
  deleteContact,
  getContact,
  listContacts,
  rememberPrompt,
  snoozePrompts,
} from '../../../lib/storage/contacts';
import { PROMPT_MEMORY_KEY, recentPrompts } from '../../../lib/storage/prompt-memory';
import { readQuarantine } from '../../../lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const stored = async () => (await fakeBrowser.storage.local.get(PROMPT_MEMORY_KEY))[PROMPT_MEMORY_KEY] as object;

describe('the memory of questions shown', () => {
  // 2,000 sequential storage writes take ~3 s on a quiet 2-core machine and more under load: a correctness test, not a timing one.
  it('showing questions for 2,000 addresses creates no contact and remembers the 500 shown last', async () => {
    for (let i = 0; i < 2_000; i++) await rememberPrompt(`person${i}@example.com`, `Person ${i}`, `p${i % 7}`);
    expect(await listContacts()).toEqual([]);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('contact:'))).toEqual([]);
    expect(Object.keys(await stored())).toHaveLength(500);
    expect(await recentPrompts(['person1999@example.com'])).toEqual(['p4']);
    expect(await recentPrompts(['person1500@example.com'])).toEqual(['p2']);
    expect(await recentPrompts(['person1499@example.com'])).toEqual([]);
  }, 30_000);

  it('keeps the last ten per address, however the address is written, touched ones last', async () => {
    for (let i = 0; i < 12; i++) await rememberPrompt('Anna@Example.com', 'Anna', `p${i}`);
    await rememberPrompt('anna@example.com', 'Anna', 'p5');
    expect(await recentPrompts(['ANNA@example.com'])).toEqual([
      'p2',
      'p3',
      'p4',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
      'p11',
      'p5',
    ]);
    await expect(rememberPrompt('not an address', 'X', 'p1')).rejects.toThrow('Not an email address');
  });

  it('reads the questions of all addresses of a person together', async () => {
    await rememberPrompt('anna@example.com', 'Anna', 'a');
    await rememberPrompt('anna@home.example', 'Anna', 'b');
    await rememberPrompt('anna@example.com', 'Anna', 'c');
    expect((await recentPrompts(['anna@example.com', 'anna@home.example'])).sort()).toEqual(['a', 'b', 'c']);
  });

  it('does not ask a question again for that address within the next ten', async () => {
    const email = 'anna@example.com';
    const asked: string[] = [];
    for (let i = 0; i < 10; i++) {
      const recent = await recentPrompts([email]);
      const brief = makeBrief({ contact: null, key: email, name: 'Anna', language: 'de', general: [], recent });
      const id = brief.prompt?.id as string;
      expect(asked).not.toContain(id);
      asked.push(id);
      await rememberPrompt(email, 'Anna', id);
    }
  });

  it('remembers addresses whose local part is a name of an object member', async () => {
    await rememberPrompt('__proto__@example.org', 'Proto', 'p1');
    await rememberPrompt('constructor@example.org', 'C', 'p2');
    expect(await recentPrompts(['__proto__@example.org'])).toEqual(['p1']);
    expect(await recentPrompts(['constructor@example.org'])).toEqual(['p2']);
    expect(await recentPrompts(['toString@example.org'])).toEqual([]);
  });

  it('keeps an unreadable memory aside and starts afresh', async () => {
    await fakeBrowser.storage.local.set({ [PROMPT_MEMORY_KEY]: 'garbage' });
    await rememberPrompt('anna@example.com', 'Anna', 'p1');
    expect(await recentPrompts(['anna@example.com'])).toEqual(['p1']);
    const at = new Date().toISOString();
    await fakeBrowser.storage.local.set({
      [PROMPT_MEMORY_KEY]: { 'ben@example.com': { recent: ['b'], at }, 'NOT an address': { recent: ['x'], at } },
    });
    expect(await recentPrompts(['ben@example.com'])).toEqual(['b']);
    const kept = await readQuarantine();
    expect(kept.map((k) => [k.source, k.value])).toEqual([
      [PROMPT_MEMORY_KEY, 'garbage'],
      [PROMPT_MEMORY_KEY, { 'NOT an address': { recent: ['x'], at } }],
    ]);
    expect(Object.keys(await stored())).toEqual(['ben@example.com']);
  });

  it('forgets the questions of a deleted person; a snooze still makes a contact', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna', text: 'Klar', source: 'sidebar' });
    await rememberPrompt('anna@example.com', 'Anna', 'p1');
    await deleteContact('anna@example.com');
    expect(await recentPrompts(['anna@example.com'])).toEqual([]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('anna@');
    await snoozePrompts('ben@example.com', new Date(Date.UTC(2026, 11, 1)));
    expect((await getContact('ben@example.com')).prompts.snoozedUntil).toBe('2026-12-01T00:00:00.000Z');
  });
});
