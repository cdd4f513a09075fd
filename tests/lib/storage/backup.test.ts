import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Contact, newContact } from '../../../lib/contacts/model';
import { type Backup, deleteAllData, exportData, importData } from '../../../lib/storage/backup';
import {
  addAppreciation,
  addCompliment,
  getContact,
  learnAddressForm,
  listContacts,
  task,
  updateContact,
} from '../../../lib/storage/contacts';
import { meetingSeen } from '../../../lib/storage/meetings';
import { quarantine } from '../../../lib/storage/quarantine';
import { readSettings, writeSettings } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const none = async () => false;
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

async function seed() {
  await addAppreciation({
    email: 'anna@example.com',
    name: 'Anna <b>Schmidt</b>',
    text: 'Hört zu 👂',
    source: 'sidebar',
    at: at(1),
  });
  await updateContact('anna@example.com', {
    kind: 'supplier',
    note: 'Zeile 1\nZeile 2',
    tense: true,
    addEmails: ['anna@home.example'],
  });
  await learnAddressForm(['ben@example.com'], 'du', at(2));
  await addCompliment({
    email: 'ben@example.com',
    text: 'Danke für die Geduld',
    title: 'Re: Angebot',
    source: 'mail',
    at: at(3),
  });
  await addCompliment({ text: 'Großartige Arbeit', source: 'mail', at: at(4) });
  await writeSettings({ sensitivity: 'strict', disabledRules: ['en.blame.you-never'], resetList: ['Fenster auf'] });
  await task(() => quarantine('contact:x@example.com', 'garbage', ['contact: Invalid type']));
  const call = { site: 'meet', key: 'abc-defg-hij', title: 'Abnahme', participants: [{ name: 'Anna', email: '' }] };
  await meetingSeen({ ...call, state: 'in-call' }, at(5));
  await meetingSeen({ ...call, state: 'ended' }, at(5));
}

describe('backup', () => {
  it('export → delete all → import gives back identical data', async () => {
    await seed();
    const before = await exportData(at(10));
    const file = JSON.parse(JSON.stringify(before));
    await deleteAllData();
    expect(await listContacts()).toEqual([]);
    const report = await importData(file, none);
    expect(report).toEqual({
      added: 2,
      merged: 0,
      compliments: 1,
      meetings: 1,
      settings: { changed: ['disabledRules', 'sensitivity', 'resetList'], skipped: 0 },
      skipped: [],
    });
    expect(await exportData(at(10))).toEqual(before);
    expect((await getContact('anna@example.com')).emails).toEqual(['anna@example.com', 'anna@home.example']);
  });

  it('merges by contact and never deletes', async () => {
    await seed();
    const file = JSON.parse(JSON.stringify(await exportData()));
    await addAppreciation({ email: 'anna@home.example', text: 'Neu seit dem Export', source: 'popup', at: at(20) });
    const report = await importData(file, none);
    expect(report.merged).toBe(2);
    expect(report.compliments).toBe(0);
    const anna = await getContact('anna@example.com');
    expect(anna.appreciations.map((n) => n.text)).toEqual(['Hört zu 👂', 'Neu seit dem Export']);
  });

  it('skips bad records, says which and why, and imports the rest', async () => {
    const good = newContact('carla@example.com', 'Carla') as Contact;
    const file = {
      format: 'rapport-backup',
      version: 1,
      settings: { sensitivity: 'loud', uiLanguage: 'en', ownMailSites: ['https://mail.example.org/*'] },
      contacts: [
        good,
        { ...good, id: 'dora@example.com', emails: ['dora@example.com'], name: 'Dora', kind: 'friend' },
        { ...good, id: 'eve@example.com', emails: ['other@example.com'], name: 'Eve' },
        'not a contact',
        {
          id: 'old@example.com',
          name: 'Old',
          emails: ['old@example.com'],
          kind: 'client',
          formality: 'sie',
          language: 'de',
          note: '',
          tense: false,
          appreciations: [],
          compliments: [],
          lastContacted: null,
        },
      ],
      compliments: [{ text: 'Toll', date: 'gestern', source: 'mail' }],
    };
    const report = await importData(file, none);
    expect(report.added).toBe(2);
    expect(report.skipped.map((s) => s.what)).toEqual([
      'contact 2 (Dora, dora@example.com)',
      'contact 3 (Eve, other@example.com)',
      'contact 4',
      'compliment 1',
      'settings',
      'https://mail.example.org/*',
    ]);
    expect(report.skipped[0]?.why).toContain('kind');
    expect(report.skipped[1]?.why).toBe('its id is not one of its addresses');
    expect(report.skipped[5]?.why).toContain('allow this webmail again');
    // A v0 record (no version) was lifted, the valid settings applied.
    expect((await getContact('old@example.com')).formality).toBe('sie');
    expect((await readSettings()).uiLanguage).toBe('en');
  });

  it('refuses what is not a Rapport backup or is from a newer Rapport', async () => {
    await expect(importData({ contacts: [] }, none)).rejects.toThrow('not a Rapport backup');
    await expect(importData({ format: 'rapport-backup', version: 9 } as Partial<Backup>, none)).rejects.toThrow(
      'reads up to 1',
    );
  });

  it('keeps own webmail sites only where the browser still grants them', async () => {
    const file = {
      format: 'rapport-backup',
      version: 1,
      settings: { ownMailSites: ['https://a.example/*', 'https://b.example/*'] },
    };
    const report = await importData(file, async (site) => site === 'https://a.example/*');
    expect((await readSettings()).ownMailSites).toEqual(['https://a.example/*']);
    expect(report.skipped.map((s) => s.what)).toEqual(['https://b.example/*']);
  });
});

describe('an import is planned whole before anything is written', () => {
  const file = (over: Record<string, unknown>) => ({ format: 'rapport-backup', version: 1, ...over });
  const person = (email: string, name: string) => newContact(email, name) as Contact;

  it('imports a contact named "constructor" and one at __proto__@example.org fully, with a true report', async () => {
    const report = await importData(
      file({
        contacts: [person('c@example.org', 'constructor'), person('__proto__@example.org', 'Proto')],
        settings: {},
      }),
      none,
    );
    expect(report).toEqual({
      added: 2,
      merged: 0,
      compliments: 0,
      meetings: 0,
      settings: { changed: [], skipped: 0 },
      skipped: [],
    });
    expect((await listContacts()).map((c) => c.name).sort()).toEqual(['Proto', 'constructor']);
  });

  it('reports a record that cannot be stored and imports everything else', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna', text: 'Neu', source: 'popup', at: at(20) });
    // Merged with the stored Anna, this journal would hold 5,001 notes: one more than a record may.
    const full = Array.from({ length: 5_000 }, (_, i) => ({
      text: `Notiz ${i}`,
      date: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      source: 'import',
    }));
    const meeting = {
      site: 'meet',
      key: 'abc-defg-hij',
      title: 'Abnahme',
      seen: at(5).toISOString(),
      participants: [],
      mood: null,
      criticalPoint: 'Kosten',
      goal: '',
      moments: [],
      leftAt: null,
      agreement: null,
    };
    const report = await importData(
      file({
        contacts: [
          person('ben@example.com', 'Ben'),
          { ...person('anna@example.com', 'Anna'), appreciations: full },
          person('carla@example.com', 'Carla'),
        ],
        compliments: [{ text: 'Toll', date: at(3).toISOString(), source: 'mail' }],
        meetings: [meeting],
        settings: { sensitivity: 'strict' },
      }),
      none,
    );
    expect(report).toMatchObject({
      added: 2,
      merged: 0,
      compliments: 1,
      meetings: 1,
      settings: { changed: ['sensitivity'], skipped: 0 },
    });
    expect(report.skipped.map((s) => s.what)).toEqual(['contact 2 (Anna, anna@example.com)']);
    expect(report.skipped[0]?.why).toContain('appreciations');
    expect((await getContact('anna@example.com')).appreciations.map((n) => n.text)).toEqual(['Neu']);
    expect((await getContact('carla@example.com')).name).toBe('Carla');
    expect((await readSettings()).sensitivity).toBe('strict');
  });

  it('refuses a file with a damaged part as a whole and writes nothing', async () => {
    await listContacts();
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    for (const damaged of [{ meetings: 'none' }, { contacts: {} }, { compliments: 3 }, { quarantine: 'x' }]) {
      await expect(
        importData(file({ contacts: [person('ben@example.com', 'Ben')], ...damaged }), none),
      ).rejects.toThrow(`${Object.keys(damaged)[0]} must be a list; nothing was imported`);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('writes nothing when the browser refuses the write, and says so', async () => {
    await listContacts();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(
      importData(
        file({
          contacts: [person('ben@example.com', 'Ben'), person('carla@example.com', 'Carla')],
          compliments: [{ text: 'Toll', date: at(3).toISOString(), source: 'mail' }],
        }),
        none,
      ),
    ).rejects.toThrow(/^Nothing was imported: .*QUOTA_BYTES/);
    vi.restoreAllMocks();
    expect(await listContacts()).toEqual([]);
  });

  it('says what was imported when a later step fails', async () => {
    await listContacts();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (calls++ > 0) throw new Error('disk full');
      return set(items);
    });
    await expect(
      importData(file({ contacts: [person('ben@example.com', 'Ben')], settings: { sensitivity: 'strict' } }), none),
    ).rejects.toThrow('Imported: the contacts, compliments and meetings. Not imported: the settings (disk full).');
    vi.restoreAllMocks();
    expect((await getContact('ben@example.com')).name).toBe('Ben');
  });

  it('says settings were taken over only when one was', async () => {
    const refused = await importData(
      file({ settings: { ownMailSites: ['https://b.example/*'], sensitivity: 'loud' } }),
      none,
    );
    expect(refused.settings).toEqual({ changed: [], skipped: 2 });
    expect(refused.skipped.map((s) => s.what)).toEqual(['settings', 'https://b.example/*']);
    expect((await readSettings()).ownMailSites).toEqual([]);
    expect((await importData(file({ settings: { uiLanguage: 'en' } }), none)).settings).toEqual({
      changed: ['uiLanguage'],
      skipped: 0,
    });
  });
});
