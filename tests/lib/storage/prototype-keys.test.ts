// People whose name or address is also the name of a member of every
// JavaScript object: the indexes that find them must not read Object.prototype.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData, exportData, importData } from '../../../lib/storage/backup';
import {
  addAppreciation,
  deleteContact,
  findByNames,
  findContact,
  listContacts,
  mergeContactRecords,
  parseContactPatch,
  updateContact,
} from '../../../lib/storage/contacts';
import { readQuarantine } from '../../../lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'Constructor'];
const none = async () => false;
const ids = async (name: string) => (await findByNames([name])).map((c) => c.id).sort();

describe('names and addresses that are also names of object members', () => {
  it.each(WORDS)('%s: noted, found by name and address, merged, renamed and deleted', async (word) => {
    const email = `${word}@example.org`.toLowerCase();
    const work = `${word}.work@example.org`.toLowerCase();
    await addAppreciation({ email, name: word, text: 'Klar', source: 'sidebar' });
    await addAppreciation({ email: work, name: word, text: 'Geduldig', source: 'popup' });
    expect(await ids(word)).toEqual([email, work].sort());
    expect((await findContact([email]))?.appreciations.map((n) => n.text)).toEqual(['Klar']);

    await mergeContactRecords(email, work);
    expect(await ids(word)).toEqual([email]);
    expect((await findContact([work]))?.id).toBe(email);

    await updateContact(email, { name: 'Anna' });
    expect(await ids(word)).toEqual([]);
    await updateContact(email, { name: word });
    expect(await ids(word)).toEqual([email]);

    await deleteContact(email);
    expect(await ids(word)).toEqual([]);
    expect(await findContact([email, work])).toBeNull();
  });

  it('finds nobody by such a name while nobody has it', async () => {
    await addAppreciation({ email: 'anna@example.org', name: 'Anna', text: 'Klar', source: 'sidebar' });
    for (const word of WORDS) expect(await ids(word)).toEqual([]);
  });

  it('keeps all of them through export → delete all → import', async () => {
    for (const [i, word] of WORDS.entries()) {
      await addAppreciation({ email: `${word}@example.org`, name: word, text: `Notiz ${i}`, source: 'sidebar' });
    }
    await updateContact('__proto__@example.org', { addEmails: ['constructor@example.net'] });
    const before = await exportData(new Date(Date.UTC(2026, 10, 1)));
    expect(before.contacts).toHaveLength(4);
    const file = JSON.parse(JSON.stringify(before));
    await deleteAllData();

    const report = await importData(file, none);
    expect(report).toMatchObject({ added: 4, merged: 0, skipped: [] });
    expect(await exportData(new Date(Date.UTC(2026, 10, 1)))).toEqual(before);
    expect(await ids('CONSTRUCTOR')).toEqual(['constructor@example.org']);
    expect(await ids('__proto__')).toEqual(['__proto__@example.org']);
    expect((await findContact(['constructor@example.net']))?.id).toBe('__proto__@example.org');
  });

  it('upgrades forms of address of Rapport 0.1 kept under such keys, setting aside what is no address', async () => {
    const forms = JSON.parse(
      '{"__proto__": {"form": "du", "at": "2026-10-01T09:00:00.000Z"},' +
        ' "constructor@example.org": {"form": "sie", "at": "2026-10-02T09:00:00.000Z"}}',
    );
    await fakeBrowser.storage.local.set({ addressForms: forms });
    expect((await listContacts()).map((c) => [c.id, c.formality])).toEqual([['constructor@example.org', 'sie']]);
    const [kept] = await readQuarantine();
    expect(kept?.source).toBe('addressForms');
    expect(Object.keys(kept?.value as object)).toEqual(['__proto__']);
  });

  it('reads an edit by its own fields only, never inherited ones', () => {
    const inherited = Object.create({ kind: 'friend', name: 'Eve' });
    expect(parseContactPatch(inherited)).toEqual({});
    expect(parseContactPatch({ name: ' Anna ' })).toEqual({ name: 'Anna' });
  });
});
