import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { addAppreciation, getContact, learnAddressForm, updateContact } from '../../../lib/storage/contacts';
import {
  confirmPerson,
  getMeeting,
  meetingSeen,
  noteAgreement,
  noteMoment,
  pendingAgreements,
  updateMeeting,
} from '../../../lib/storage/meetings';
import { readQuarantine } from '../../../lib/storage/quarantine';
import { callTransports } from '../messaging/transport';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));
const sighting = (state: 'pre-join' | 'in-call' | 'ended', names = ['Anna Schmidt', 'Jonas Weber']) => ({
  site: 'meet',
  key: 'abc-defg-hij',
  title: 'Bauabnahme',
  participants: names.map((name) => ({ name, email: '' })),
  state,
});

describe('meetings', () => {
  it('follows a call from pre-join to leaving, and asks for the agreement afterwards', async () => {
    const shown = await meetingSeen(sighting('pre-join'), at(1));
    await updateMeeting(
      'meet',
      'abc-defg-hij',
      { mood: 2, criticalPoint: 'Die Mehrkosten', goal: 'Termin fix' },
      shown,
    );
    await meetingSeen(sighting('in-call', ['Anna Schmidt', 'Lena Fischer']), at(1, 10));
    expect(await pendingAgreements()).toEqual([]);
    await meetingSeen(sighting('ended', []), at(1, 11));
    const [pending] = await pendingAgreements();
    expect(pending).toMatchObject({
      title: 'Bauabnahme',
      mood: 2,
      criticalPoint: 'Die Mehrkosten',
      leftAt: at(1, 11).toISOString(),
      agreement: null,
    });
    expect(pending?.participants.map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber', 'Lena Fischer']);
    await noteAgreement('meet', 'abc-defg-hij', '');
    expect(await pendingAgreements()).toEqual([]);
  });

  it('puts moments and the agreement into the journals of the participants known by address or confirmed by name', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Schmidt', text: 'Klar', source: 'sidebar' });
    await learnAddressForm(['jonas@example.com'], 'du');
    await updateContact('jonas@example.com', { name: 'Jonas Weber' });
    await meetingSeen(sighting('in-call', ['Anna Schmidt', 'jonas weber', 'Unbekannt']), at(2));
    await confirmPerson('meet', 'abc-defg-hij', 'anna@example.com', true);
    await confirmPerson('meet', 'abc-defg-hij', 'jonas@example.com', true);
    expect(await noteMoment('meet', 'abc-defg-hij', 'Wir nehmen Variante B.', at(2, 10))).toBe(2);
    await meetingSeen(sighting('ended', []), at(2, 11));
    expect(
      await noteAgreement('meet', 'abc-defg-hij', 'Abnahme am 3. Dezember, Anna schickt das Protokoll.', at(2, 12)),
    ).toBe(2);
    const anna = await getContact('anna@example.com');
    expect(anna.agreements.map((n) => [n.text, n.source, n.title])).toEqual([
      ['Wir nehmen Variante B.', 'call', 'Bauabnahme'],
      ['Abnahme am 3. Dezember, Anna schickt das Protokoll.', 'call', 'Bauabnahme'],
    ]);
    expect((await getMeeting('meet', 'abc-defg-hij'))?.moments).toHaveLength(1);
  });

  it('writes nothing into the journal of a contact who only shares a participant’s name, until the user confirms', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Schmidt', text: 'Klar', source: 'sidebar' });
    await meetingSeen(sighting('in-call', ['Anna Schmidt', 'Jonas Weber']), at(4));
    expect(await noteMoment('meet', 'abc-defg-hij', 'Wir prüfen den Dachanschluss.', at(4, 10))).toBe(0);
    await meetingSeen(sighting('ended', []), at(4, 11));
    expect(await noteAgreement('meet', 'abc-defg-hij', 'Angebot bis Freitag.', at(4, 12))).toBe(0);
    expect((await getContact('anna@example.com')).agreements).toEqual([]);
    // "No, not them" is remembered too, and a contact whose name is not in the meeting cannot be linked.
    await confirmPerson('meet', 'abc-defg-hij', 'anna@example.com', false);
    expect((await getMeeting('meet', 'abc-defg-hij'))?.declined).toEqual(['anna@example.com']);
    await addAppreciation({ email: 'lena@example.com', name: 'Lena Fischer', text: 'Pünktlich', source: 'sidebar' });
    await expect(confirmPerson('meet', 'abc-defg-hij', 'lena@example.com', true)).rejects.toThrow(
      'not among the people of this meeting',
    );
  });

  it('keeps an unreadable meeting aside and starts a fresh one', async () => {
    await fakeBrowser.storage.local.set({ 'meeting:meet:abc-defg-hij': { site: 'meet', mood: 9 } });
    expect(await getMeeting('meet', 'abc-defg-hij')).toBeNull();
    expect((await readQuarantine())[0]?.source).toBe('meeting:meet:abc-defg-hij');
    expect((await meetingSeen(sighting('pre-join'), at(3))).mood).toBeNull();
  });
});

const empty = (key: string, state: 'pre-join' | 'in-call' | 'ended' = 'in-call') => ({
  site: 'meet',
  key,
  title: '',
  participants: [],
  state,
});
const minute = (n: number) => new Date(Date.UTC(2026, 10, 2, 0, n));
const meetingKeys = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('meeting:'));

describe('which meetings are stored', () => {
  it('stores an unknown meeting only when the user joins it; a pre-join or ended page gets a transient one', async () => {
    const shown = await meetingSeen(sighting('pre-join'), at(1));
    expect(shown).toMatchObject({ site: 'meet', key: 'abc-defg-hij', title: 'Bauabnahme', mood: null, leftAt: null });
    expect(shown.participants.map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
    const ended = await meetingSeen(sighting('ended'), at(1, 10));
    expect(ended.leftAt).toBe(at(1, 10).toISOString());
    expect(await meetingSeen(sighting('in-call'), at(1, 11), { create: false })).toMatchObject({ leftAt: null });
    expect(await getMeeting('meet', 'abc-defg-hij')).toBeNull();
    expect(await pendingAgreements()).toEqual([]);
    expect(await meetingKeys()).toEqual([]);

    await meetingSeen(sighting('in-call'), at(1, 12));
    expect((await getMeeting('meet', 'abc-defg-hij'))?.seen).toBe(at(1, 12).toISOString());
    // A known meeting follows every sighting, whatever the options.
    await meetingSeen(sighting('pre-join', ['Lena Fischer']), at(1, 13), { create: false });
    expect((await getMeeting('meet', 'abc-defg-hij'))?.participants.map((p) => p.name)).toContain('Lena Fischer');
  });

  it('stores an unknown meeting when the user acts on the one shown, and checks what it is given', async () => {
    const shown = await meetingSeen(sighting('pre-join'), at(1));
    await expect(updateMeeting('meet', 'abc-defg-hij', { mood: 2 })).rejects.toThrow('not seen this meeting yet');
    await expect(updateMeeting('meet', 'other-key', { mood: 2 }, shown)).rejects.toThrow('another meeting');
    await expect(updateMeeting('meet', 'abc-defg-hij', { mood: 2 }, { ...shown, mood: 9 })).rejects.toThrow();
    expect(await meetingKeys()).toEqual([]);
    const saved = await updateMeeting('meet', 'abc-defg-hij', { mood: 2, cardHidden: true }, shown);
    expect(saved).toMatchObject({ mood: 2, cardHidden: true, title: 'Bauabnahme' });
    expect(await getMeeting('meet', 'abc-defg-hij')).toEqual(saved);

    const other = await meetingSeen({ ...sighting('pre-join'), key: 'xyz-abcd-efg' }, at(2));
    await expect(noteMoment('meet', 'xyz-abcd-efg', 'Variante B')).rejects.toThrow('not seen this meeting yet');
    expect(await noteMoment('meet', 'xyz-abcd-efg', 'Variante B', at(2, 10), other)).toBe(0);
    expect((await getMeeting('meet', 'xyz-abcd-efg'))?.moments.map((m) => m.text)).toEqual(['Variante B']);
  });

  it('keeps every meeting the user wrote into when a page cycles through 310 meeting codes', async () => {
    await meetingSeen({ ...sighting('in-call'), key: 'real-meet-ing' }, at(1));
    await updateMeeting('meet', 'real-meet-ing', { criticalPoint: 'Die Mehrkosten', goal: 'Termin fix' });
    await meetingSeen({ ...sighting('ended'), key: 'real-meet-ing' }, at(1, 10));
    await meetingSeen(empty('with-mood'), at(1, 11));
    await updateMeeting('meet', 'with-mood', { mood: 4 });
    await meetingSeen(empty('with-moment'), at(1, 12));
    await noteMoment('meet', 'with-moment', 'Ein Moment', at(1, 12));
    await meetingSeen(empty('hidden-card'), at(1, 13));
    await updateMeeting('meet', 'hidden-card', { cardHidden: true });
    await meetingSeen(empty('left-empty'), at(1, 14));
    await meetingSeen(empty('left-empty', 'ended'), at(1, 15));

    for (let i = 0; i < 310; i++) await meetingSeen(empty(`fake-${i}`), minute(i));

    const real = await getMeeting('meet', 'real-meet-ing');
    expect(real).toMatchObject({ criticalPoint: 'Die Mehrkosten', goal: 'Termin fix', agreement: null });
    expect((await pendingAgreements()).map((m) => m.key)).toEqual(['left-empty', 'real-meet-ing']);
    for (const key of ['with-mood', 'with-moment', 'hidden-card']) expect(await getMeeting('meet', key)).not.toBeNull();
    // 5 meetings the user has to do with, so 295 of the 310 empty ones: the oldest 15 went.
    const keys = await meetingKeys();
    expect(keys).toHaveLength(300);
    expect(keys).not.toContain('meeting:meet:fake-14');
    expect(keys).toContain('meeting:meet:fake-15');
    expect(keys).toContain('meeting:meet:fake-309');
  });

  it('keeps unreadable meeting records aside when meetings are read, never prunes them', async () => {
    await fakeBrowser.storage.local.set({
      'meeting:meet:broken': 'garbage',
      'meeting:meet:old-broken': { site: 'meet', seen: '2020-01-01T00:00:00.000Z', mood: 9 },
    });
    for (let i = 0; i < 301; i++) await meetingSeen(empty(`fake-${i}`), minute(i));
    const keys = await meetingKeys();
    expect(keys).not.toContain('meeting:meet:fake-0');
    expect(await getMeeting('meet', 'old-broken')).toBeNull();
    const kept = await readQuarantine();
    expect(kept.map((k) => [k.source, k.value])).toEqual([
      ['meeting:meet:broken', 'garbage'],
      ['meeting:meet:old-broken', { site: 'meet', seen: '2020-01-01T00:00:00.000Z', mood: 9 }],
    ]);
  });
});

describe('the call messages', () => {
  // The content script reports the call; the in-call sidebar's frame asks about its people.
  const { page, frame: transport, popup } = callTransports();

  it('asks "maybe this is …" for a name-only match and shows none of their notes until confirmed', async () => {
    await addAppreciation({
      email: 'anna@example.com',
      name: 'Anna Schmidt',
      text: 'Bringt Kuchen',
      source: 'sidebar',
    });
    await send({ type: 'calls/seen', ...sighting('in-call', ['Anna Schmidt']) }, page);
    const before = await send({ type: 'calls/brief', site: 'meet', key: 'abc-defg-hij', language: 'de' }, transport);
    expect(before.people).toHaveLength(1);
    expect(before.people[0]).toMatchObject({ email: 'anna@example.com', name: 'Anna Schmidt', maybe: true });
    expect(before.people[0]?.brief.lastNotes).toEqual([]);

    await send(
      { type: 'calls/confirm', site: 'meet', key: 'abc-defg-hij', contact: 'anna@example.com', yes: true },
      transport,
    );
    const after = await send({ type: 'calls/brief', site: 'meet', key: 'abc-defg-hij', language: 'de' }, transport);
    expect(after.people[0]).toMatchObject({ email: 'anna@example.com', maybe: false });
    expect(after.people[0]?.brief.lastNotes.map((n) => n.text)).toEqual(['Bringt Kuchen']);
  });

  it('briefs the most relevant known participant first, and someone unknown by name', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Schmidt', text: 'Klar', source: 'sidebar' });
    await learnAddressForm(['jonas@example.com'], 'du', at(20));
    await updateContact('jonas@example.com', { name: 'Jonas Weber' });
    await send({ type: 'calls/seen', ...sighting('in-call') }, page);
    for (const contact of ['anna@example.com', 'jonas@example.com'])
      await send({ type: 'calls/confirm', site: 'meet', key: 'abc-defg-hij', contact, yes: true }, transport);
    const brief = await send({ type: 'calls/brief', site: 'meet', key: 'abc-defg-hij', language: 'en' }, transport);
    expect(brief.people.map((p) => p.email)).toEqual(['jonas@example.com', 'anna@example.com']);
    expect(brief.people[0]?.brief.prompt?.text).toContain('Jonas Weber');

    // Another meeting: the popup asks (the frame may ask only about its own, tests/lib/messaging/surfaces.test.ts).
    await send({ type: 'calls/seen', ...sighting('pre-join', ['Lena Fischer']), key: 'other-meet-ing' }, page);
    const stranger = await send({ type: 'calls/brief', site: 'meet', key: 'other-meet-ing', language: 'de' }, popup);
    expect(stranger.people).toHaveLength(1);
    expect(stranger.people[0]).toMatchObject({ email: '', name: 'Lena Fischer' });
  });

  it('rejects a mood outside 1–5 and an unknown state', async () => {
    await send({ type: 'calls/seen', ...sighting('pre-join') }, page);
    await expect(
      send({ type: 'calls/update', site: 'meet', key: 'abc-defg-hij', patch: { mood: 7 } }, transport),
    ).rejects.toThrow('mood must be 1 to 5');
    await expect(send({ type: 'calls/seen', ...sighting('pre-join'), state: 'lobby' } as never, page)).rejects.toThrow(
      'state must be',
    );
  });
});
