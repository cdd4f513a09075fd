import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Contact, newContact } from '../../../lib/contacts/model';
import { send } from '../../../lib/messaging/client';
import { readGeneral } from '../../../lib/storage/compliments';
import {
  addAppreciation,
  addCompliment,
  deleteContact,
  findByNames,
  findContact,
  getContact,
  learnAddressForm,
  listContacts,
  mergeContactRecords,
  rememberPrompt,
  removeNote,
  STORE_VERSION,
  task,
  updateContact,
} from '../../../lib/storage/contacts';
import { readQuarantine } from '../../../lib/storage/quarantine';
import { readSettings } from '../../../lib/storage/settings';
import v0 from '../../fixtures/storage/v0.json';
import { OPTIONS_PAGE, transportFrom } from '../messaging/transport';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

describe('contacts in storage', () => {
  it('finds a person by any way of writing their address', async () => {
    await addAppreciation({
      email: 'Jonas.Weber+projekt@googlemail.com',
      name: 'Jonas',
      text: 'Schnell',
      source: 'sidebar',
    });
    const found = await findContact(['jonasweber@gmail.com']);
    expect(found?.name).toBe('Jonas');
    expect(found?.appreciations.map((n) => n.text)).toEqual(['Schnell']);
    expect(await findContact(['someone@example.com'])).toBeNull();
  });

  it('learns the form of address from sends, unless it was set by hand', async () => {
    await learnAddressForm(['anna@example.com', 'team@example.com'], 'sie', at(1));
    await learnAddressForm(['team@example.com'], 'du', at(2));
    expect((await findContact(['anna@example.com']))?.formality).toBe('sie');
    const team = await findContact(['TEAM@example.com']);
    expect(team?.formality).toBe('du');
    expect(team?.sends.map((s) => s.form)).toEqual(['sie', 'du']);
    expect(team?.lastContacted).toBe(at(2).toISOString());
    await updateContact('anna@example.com', { formality: 'du' });
    await learnAddressForm(['anna@example.com'], 'sie', at(3));
    const anna = await getContact('anna@example.com');
    expect(anna.formality).toBe('du');
    expect(anna.formalityByHand).toBe(true);
    expect(anna.sends).toHaveLength(2);
  });

  it('makes nobody a contact by showing a question about them, and leaves known records as they are', async () => {
    await rememberPrompt('anna@example.com', 'Anna', 'p1');
    expect(await listContacts()).toEqual([]);
    const ben = await addAppreciation({ email: 'ben@example.com', name: 'Ben', text: 'a', source: 'sidebar' });
    await rememberPrompt('ben@example.com', 'Ben', 'p1');
    expect(await getContact('ben@example.com')).toEqual(ben);
  });

  it('loses nothing when batches of saves from several pages interleave', async () => {
    // Three "tabs" fire their saves without waiting for each other, in alternating order.
    const tabs = ['mail', 'call', 'popup'];
    const saves = Array.from({ length: 30 }, (_, i) => {
      const tab = tabs[i % 3] as string;
      return i % 4 === 3
        ? addCompliment({ email: 'anna@example.com', text: `${tab} compliment ${i}`, source: 'mail', at: at(1) })
        : addAppreciation({
            email: 'anna@example.com',
            name: 'Anna',
            text: `${tab} note ${i}`,
            source: 'sidebar',
            at: at(1),
          });
    });
    await Promise.all([...saves, learnAddressForm(['anna@example.com'], 'sie', at(2))]);
    const anna = await getContact('anna@example.com');
    expect(anna.appreciations.length + anna.compliments.length).toBe(30);
    expect(new Set(anna.appreciations.map((n) => n.text)).size).toBe(anna.appreciations.length);
    expect(anna.formality).toBe('sie');
  });

  it('merges two records of one person and finds them by either address', async () => {
    await addAppreciation({
      email: 'anna@example.com',
      name: 'Anna Schmidt',
      text: 'Klar',
      source: 'sidebar',
      at: at(1),
    });
    await addAppreciation({ email: 'a.schmidt@büro.example', name: '', text: 'Geduldig', source: 'popup', at: at(2) });
    await addAppreciation({ email: 'a.schmidt@buero.example', name: '', text: 'Geduldig', source: 'popup', at: at(2) });
    await mergeContactRecords('anna@example.com', 'a.schmidt@buero.example');
    expect((await listContacts()).map((c) => c.id).sort()).toEqual(['a.schmidt@büro.example', 'anna@example.com']);
    const merged = await findContact(['A.Schmidt@buero.example']);
    expect(merged?.id).toBe('anna@example.com');
    expect(merged?.emails).toEqual(['anna@example.com', 'a.schmidt@buero.example']);
    expect(merged?.appreciations.map((n) => n.text)).toEqual(['Klar', 'Geduldig']);
    await expect(mergeContactRecords('anna@example.com', 'anna@example.com')).rejects.toThrow('itself');
  });

  it('finds people by name (case, accents and spacing aside) and follows renames, merges and deletes', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Müller', text: 'a', source: 'sidebar' });
    await addAppreciation({ email: 'other.anna@example.com', name: 'anna  muller', text: 'b', source: 'sidebar' });
    await addAppreciation({ email: 'ben@example.com', name: 'Ben', text: 'c', source: 'sidebar' });
    const ids = async (...names: string[]) => (await findByNames(names)).map((c) => c.id).sort();
    expect(await ids('ANNA MÜLLER')).toEqual(['anna@example.com', 'other.anna@example.com']);
    expect(await ids('Nobody')).toEqual([]);
    await updateContact('ben@example.com', { name: 'Benedikt Kraus' });
    expect(await ids('Ben')).toEqual([]);
    expect(await ids('benedikt kraus')).toEqual(['ben@example.com']);
    await mergeContactRecords('anna@example.com', 'other.anna@example.com');
    expect(await ids('Anna Müller')).toEqual(['anna@example.com']);
    await deleteContact('anna@example.com');
    expect(await ids('Anna Müller')).toEqual([]);
  });

  it('finds a contact saved with titles and salutation by the bare name, and the other way round', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Dr. Anna Schmidt', text: 'a', source: 'sidebar' });
    await addAppreciation({ email: 'jonas@example.com', name: 'Jonas Weber', text: 'b', source: 'sidebar' });
    const ids = async (...names: string[]) => (await findByNames(names)).map((c) => c.id).sort();
    expect(await ids('Anna Schmidt')).toEqual(['anna@example.com']);
    expect(await ids('Frau Prof. Dr. Anna Schmidt')).toEqual(['anna@example.com']);
    expect(await ids('Herr Dipl.-Ing. Jonas Weber')).toEqual(['jonas@example.com']);
    expect(await ids('Dr. Hanna Schmidt')).toEqual([]);
  });

  it('rebuilds the name map of an older store so titled names are found', async () => {
    const dr = newContact('anna@example.com', 'Dr. Anna Schmidt') as Contact;
    await fakeBrowser.storage.local.set({
      contactsVersion: 3,
      contactAliases: {},
      contactNames: { 'dr. anna schmidt': ['anna@example.com'] },
      'contact:anna@example.com': dr,
    });
    expect((await findByNames(['Anna Schmidt'])).map((c) => c.id)).toEqual(['anna@example.com']);
  });

  it('refuses to give one address to two people', async () => {
    await addAppreciation({ email: 'anna@example.com', text: 'a', source: 'sidebar' });
    await addAppreciation({ email: 'ben@example.com', name: 'Ben', text: 'b', source: 'sidebar' });
    await expect(updateContact('anna@example.com', { addEmails: ['ben@example.com'] })).rejects.toThrow(
      'belongs to Ben: merge the two instead',
    );
  });

  it('deletes a person with everything about them, and their other addresses', async () => {
    await addAppreciation({ email: 'anna@example.com', text: 'a', source: 'sidebar' });
    await updateContact('anna@example.com', { addEmails: ['anna@home.example'] });
    expect((await findContact(['anna@home.example']))?.id).toBe('anna@example.com');
    await deleteContact('anna@example.com');
    expect(await findContact(['anna@home.example'])).toBeNull();
    expect(await listContacts()).toEqual([]);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(stored)).not.toContain('anna@');
  });

  it('removes one note and says when it is gone already', async () => {
    const anna = await addAppreciation({ email: 'anna@example.com', text: 'a', source: 'sidebar', at: at(1) });
    const note = anna.appreciations[0] as Contact['appreciations'][number];
    expect((await removeNote(anna.id, 'appreciations', note.date, note.text)).appreciations).toEqual([]);
    await expect(removeNote(anna.id, 'appreciations', note.date, note.text)).rejects.toThrow('no longer there');
  });

  it('keeps a compliment without a known author in the general collection', async () => {
    expect(await addCompliment({ text: 'Danke, das war großartig!', title: 'Re: Plan', source: 'mail' })).toBe(
      'general',
    );
    expect(await addCompliment({ email: 'not-an-address', text: 'Super', source: 'mail' })).toBe('general');
    const general = await task(readGeneral);
    expect(general.map((n) => [n.text, n.title])).toEqual([
      ['Danke, das war großartig!', 'Re: Plan'],
      ['Super', undefined],
    ]);
    await expect(addCompliment({ text: '   ', source: 'mail' })).rejects.toThrow('empty');
  });

  it('moves a corrupt record to quarantine and keeps the others in use', async () => {
    const good = newContact('ben@example.com', 'Ben') as Contact;
    await fakeBrowser.storage.local.set({
      contactsVersion: 1,
      'contact:ben@example.com': good,
      'contact:anna@example.com': { ...good, id: 'anna@example.com', emails: ['anna@example.com'], kind: 'friend' },
      'contact:x@example.com': 'garbage',
    });
    expect((await listContacts()).map((c) => c.id)).toEqual(['ben@example.com']);
    const kept = await readQuarantine();
    expect(kept.map((k) => k.source).sort()).toEqual(['contact:anna@example.com', 'contact:x@example.com']);
    expect(kept.find((k) => k.source === 'contact:anna@example.com')?.problems.join()).toContain('kind');
    expect(kept.find((k) => k.source === 'contact:x@example.com')?.value).toBe('garbage');
    // Saving for the quarantined address starts a fresh record; the old one stays in quarantine.
    await addAppreciation({ email: 'anna@example.com', text: 'neu', source: 'sidebar' });
    expect(await readQuarantine()).toHaveLength(2);
  });

  it('says clearly when the browser refuses a write', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addAppreciation({ email: 'anna@example.com', text: 'a', source: 'sidebar' })).rejects.toThrow(
      /could not save \(QUOTA_BYTES quota exceeded\)\. Export a backup/,
    );
  });
});

describe('migration from Rapport 0.1 (v0)', () => {
  it('turns learned forms into contacts, lifts old records, quarantines what it cannot read', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v0));
    const contacts = await listContacts();
    expect(contacts.map((c) => [c.id, c.formality]).sort()).toEqual([
      ['anna.schmidt@example.com', 'sie'],
      ['jonasweber@gmail.com', 'du'],
    ]);
    const jonas = contacts.find((c) => c.id === 'jonasweber@gmail.com') as Contact;
    // The v0 record kept its journal and note and gained the send it had been learned from.
    expect(jonas).toMatchObject({
      v: 2,
      kind: 'colleague',
      note: 'Mag kurze Mails.',
      sends: [{ form: 'du', at: '2026-10-03T17:30:00.000Z' }],
      prompts: { recent: [], snoozedUntil: null },
    });
    expect(jonas.appreciations[0]?.text).toBe('Denkt mit, bevor man fragt.');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.addressForms).toBeUndefined();
    expect(stored.contactsVersion).toBe(STORE_VERSION);
    // The name map is built too: call pages find Jonas by name.
    expect(stored.contactNames).toMatchObject({ 'jonas weber': ['jonasweber@gmail.com'] });
    const kept = await readQuarantine();
    expect(kept).toHaveLength(1);
    expect(Object.keys(kept[0]?.value as object).sort()).toEqual(['b.keller@kanzlei-keller.de', 'kein-address']);
    // Settings of 0.1 read as before, new fields at their defaults.
    expect(await readSettings()).toMatchObject({ sidebarCollapsed: true, uiLanguage: 'de', sensitivity: 'normal' });
    // Running again changes nothing.
    await listContacts();
    expect(await readQuarantine()).toHaveLength(1);
  });
});

describe('the messages about contacts', () => {
  // As Rapport's own pages ask; what a content script gets is in tests/lib/messaging.
  const transport = transportFrom(OPTIONS_PAGE);

  it('warns when a draft uses du for someone written to with Sie before', async () => {
    await send({ type: 'contacts/learn-form', emails: ['anna.schmidt@example.com'], form: 'sie' }, transport);
    const analysis = await send(
      {
        type: 'analysis/run',
        text: 'Hallo Anna, kannst du mir die Pläne schicken?',
        options: { uiLanguage: 'en' },
        recipients: ['anna.schmidt@example.com'],
      },
      transport,
    );
    // The message quotes the user's own word (issue 11), not the name of the form.
    expect(analysis.findings.map((f) => f.message)).toContain(
      '“du” is the familiar du; you usually address this person with the formal Sie.',
    );
  });

  it('rejects a form that is neither sie nor du', async () => {
    await expect(
      send({ type: 'contacts/learn-form', emails: ['a@example.com'], form: 'ihr' } as never, transport),
    ).rejects.toThrow('needs addresses and sie or du');
  });

  it('briefs: a question, then after an answer "last time you noted", and no question while snoozed', async () => {
    const first = await send(
      { type: 'contacts/brief', email: 'anna@example.com', name: 'Anna', language: 'en' },
      transport,
    );
    expect(first.contact).toBeNull();
    expect(first.prompt?.text).toContain('Anna');
    await send(
      { type: 'contacts/prompt-shown', email: 'anna@example.com', name: 'Anna', promptId: first.prompt?.id ?? '' },
      transport,
    );
    const saved = await send(
      {
        type: 'contacts/appreciate',
        email: 'anna@example.com',
        name: 'Anna',
        text: 'Sie hört genau zu.',
        source: 'sidebar',
      },
      transport,
    );
    expect(saved.lastNotes.map((n) => n.text)).toEqual(['Sie hört genau zu.']);
    const next = await send(
      { type: 'contacts/brief', email: 'anna@example.com', name: 'Anna', language: 'en' },
      transport,
    );
    expect(next.contact?.appreciations).toBe(1);
    expect(next.prompt?.id).not.toBe(first.prompt?.id);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await send({ type: 'contacts/snooze', email: 'anna@example.com', until }, transport);
    const snoozed = await send(
      { type: 'contacts/brief', email: 'anna@example.com', name: 'Anna', language: 'en' },
      transport,
    );
    expect(snoozed.prompt).toBeNull();
    expect(snoozed.snoozedUntil).toBe(until);
  });

  it('rejects bad edits with the reason', async () => {
    await send(
      { type: 'contacts/appreciate', email: 'anna@example.com', name: 'A', text: 'x', source: 'sidebar' },
      transport,
    );
    await expect(
      send({ type: 'contacts/update', id: 'anna@example.com', patch: { kind: 'friend' } } as never, transport),
    ).rejects.toThrow('kind must be one of client, colleague, supplier, other');
    await expect(
      send(
        {
          type: 'contacts/appreciate',
          email: 'anna@example.com',
          name: 'A',
          text: 'x'.repeat(3_000),
          source: 'sidebar',
        },
        transport,
      ),
    ).rejects.toThrow('at most 2000 characters');
  });
});
