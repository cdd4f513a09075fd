import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Contact, newContact } from '../../../lib/contacts/model';
import { importData } from '../../../lib/storage/backup';
import { checkBackup, joinReports, splitBackup } from '../../../lib/storage/backup-file';
import { addAppreciation, listContacts } from '../../../lib/storage/contacts';
import { readSettings, writeSettings } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const none = async () => false;
const LINE = 'Hat die Pläne am Abend noch einmal durchgesehen und mit klaren Fragen zurückgeschickt. ';
function person(i: number): Contact {
  const contact = newContact(`person${i}@kunde.example.org`, `Person ${i}`) as Contact;
  const appreciations = Array.from({ length: 5 }, (_, n) => ({
    text: `${LINE.repeat(3)}(${n})`,
    date: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
    source: 'sidebar' as const,
  }));
  return { ...contact, appreciations };
}
const backup = (contacts: unknown[], over: Record<string, unknown> = {}) => ({
  format: 'rapport-backup',
  version: 1,
  exportedAt: '2026-11-02T09:00:00.000Z',
  contacts,
  compliments: [{ text: 'Großartig', date: '2026-11-01T09:00:00.000Z', source: 'mail' }],
  meetings: [],
  quarantine: [],
  settings: { sensitivity: 'strict', disabledRules: ['x'] },
  ...over,
});
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('a backup checked whole in the options page', () => {
  it('refuses a damaged file before anything is sent', () => {
    expect(() => checkBackup({ format: 'rapport-backup', version: 1, contacts: {} })).toThrow(
      'contacts must be a list',
    );
    expect(() => checkBackup({ version: 1 })).toThrow('not a Rapport backup');
    expect(() => checkBackup({ format: 'rapport-backup', version: 9 })).toThrow('version 9');
  });

  it('counts the records it will send and the ones that will be skipped', () => {
    const checked = checkBackup(backup([person(1), { id: 'broken' }, person(2)]));
    expect(checked.records).toBe(4);
    expect(checked.unreadable).toBe(1);
  });
});

describe('a big backup is sent in chunks', () => {
  const contacts = Array.from({ length: 300 }, (_, i) => person(i));

  it('of at most the given size, in the file’s order, settings and kept-aside records with the last', () => {
    const file = backup(contacts);
    const chunks = splitBackup(checkBackup(file).file, 100_000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(bytes(chunk.file)).toBeLessThanOrEqual(100_000);
    expect(chunks.flatMap((c) => c.file.contacts)).toEqual(contacts);
    expect(chunks.map((c) => c.offsets.contacts)).toEqual(
      chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.file.contacts.length, 0)),
    );
    expect(chunks.filter((c) => c.file.settings !== undefined)).toEqual([chunks.at(-1)]);
    expect(chunks.flatMap((c) => c.file.compliments)).toHaveLength(1);
  });

  it('lands as the whole file would, with one report numbered by the place in the whole file', async () => {
    await addAppreciation({ email: 'person7@kunde.example.org', text: 'Schon bekannt', source: 'sidebar' });
    const file = backup([...contacts.slice(0, 150), { emails: 'kaputt' }, ...contacts.slice(150)]);
    const reports = [];
    for (const chunk of splitBackup(checkBackup(file).file, 100_000))
      reports.push(await importData(chunk.file, none, chunk.offsets));
    const report = reports.reduce(joinReports);
    expect(report).toMatchObject({ added: 299, merged: 1, compliments: 1 });
    expect(report.skipped.map((s) => s.what)).toEqual(['contact 151']);
    expect(await listContacts()).toHaveLength(300);
    expect((await readSettings()).disabledRules).toEqual(['x']);
  });

  it('reads and writes storage a few times per chunk, not once per contact', async () => {
    // The store's one-off upgrade (which writes the maps too) is done before.
    await listContacts();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await importData(backup(contacts.slice(0, 200), { settings: undefined, compliments: [] }), none);
    expect(get.mock.calls.length).toBeLessThanOrEqual(10);
    expect(set.mock.calls.filter(([items]) => 'contactAliases' in (items as object))).toHaveLength(1);
  });
});

describe('the import report on settings', () => {
  it('says which settings changed, and that none did when the backup’s match or were all skipped', async () => {
    await writeSettings({ sensitivity: 'strict' });
    const same = await importData(backup([], { settings: { sensitivity: 'strict' } }), none);
    expect(same.settings).toEqual({ changed: [], skipped: 0 });
    const skipped = await importData(
      backup([], { settings: { ownMailSites: ['https://b.example/*'], sensitivity: 'loud' } }),
      none,
    );
    expect(skipped.settings).toEqual({ changed: [], skipped: 2 });
    const taken = await importData(backup([], { settings: { uiLanguage: 'en', sensitivity: 'strict' } }), none);
    expect(taken.settings).toEqual({ changed: ['uiLanguage'], skipped: 0 });
    expect((await importData(backup([], { settings: undefined }), none)).settings).toBeNull();
  });
});
