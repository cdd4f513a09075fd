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
  await meetingSeen(
    {
      site: 'meet',
      key: 'abc-defg-hij',
      title: 'Abnahme',
      participants: [{ name: 'Anna', email: '' }],
      state: 'ended',
    },
    at(5),
  );
}

describe('backup', () => {
  it('export → delete all → import gives back identical data', async () => {
    await seed();
    const before = await exportData(at(10));
    const file = JSON.parse(JSON.stringify(before));
    await deleteAllData();
    expect(await listContacts()).toEqual([]);
    const report = await importData(file, none);
    expect(report).toEqual({ added: 2, merged: 0, compliments: 1, meetings: 1, settings: true, skipped: [] });
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
