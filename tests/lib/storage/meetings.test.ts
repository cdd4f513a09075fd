import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send, type Transport } from '../../../lib/messaging/client';
import { handlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';
import { addAppreciation, getContact, learnAddressForm, updateContact } from '../../../lib/storage/contacts';
import {
  getMeeting,
  meetingSeen,
  noteAgreement,
  noteMoment,
  pendingAgreements,
  updateMeeting,
} from '../../../lib/storage/meetings';
import { readQuarantine } from '../../../lib/storage/quarantine';

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
    await meetingSeen(sighting('pre-join'), at(1));
    await updateMeeting('meet', 'abc-defg-hij', { mood: 2, criticalPoint: 'Die Mehrkosten', goal: 'Termin fix' });
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

  it('puts moments and the agreement into the journals of the known participants (by name or address)', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Schmidt', text: 'Klar', source: 'sidebar' });
    await learnAddressForm(['jonas@example.com'], 'du');
    await updateContact('jonas@example.com', { name: 'Jonas Weber' });
    await meetingSeen(sighting('in-call', ['Anna Schmidt', 'jonas weber', 'Unbekannt']), at(2));
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

  it('keeps an unreadable meeting aside and starts a fresh one', async () => {
    await fakeBrowser.storage.local.set({ 'meeting:meet:abc-defg-hij': { site: 'meet', mood: 9 } });
    expect(await getMeeting('meet', 'abc-defg-hij')).toBeNull();
    expect((await readQuarantine())[0]?.source).toBe('meeting:meet:abc-defg-hij');
    expect((await meetingSeen(sighting('pre-join'), at(3))).mood).toBeNull();
  });
});

describe('the call messages', () => {
  const route = createRouter(handlers);
  const transport: Transport = async (envelope) => structuredClone(await route(structuredClone(envelope)));

  it('briefs the most relevant known participant first, and someone unknown by name', async () => {
    await addAppreciation({ email: 'anna@example.com', name: 'Anna Schmidt', text: 'Klar', source: 'sidebar' });
    await learnAddressForm(['jonas@example.com'], 'du', at(20));
    await updateContact('jonas@example.com', { name: 'Jonas Weber' });
    await send({ type: 'calls/seen', ...sighting('pre-join') }, transport);
    const brief = await send({ type: 'calls/brief', site: 'meet', key: 'abc-defg-hij', language: 'en' }, transport);
    expect(brief.people.map((p) => p.email)).toEqual(['jonas@example.com', 'anna@example.com']);
    expect(brief.people[0]?.brief.prompt?.text).toContain('Jonas Weber');

    await send({ type: 'calls/seen', ...sighting('pre-join', ['Lena Fischer']), key: 'other-meet-ing' }, transport);
    const stranger = await send(
      { type: 'calls/brief', site: 'meet', key: 'other-meet-ing', language: 'de' },
      transport,
    );
    expect(stranger.people).toHaveLength(1);
    expect(stranger.people[0]).toMatchObject({ email: '', name: 'Lena Fischer' });
  });

  it('rejects a mood outside 1–5 and an unknown state', async () => {
    await send({ type: 'calls/seen', ...sighting('pre-join') }, transport);
    await expect(
      send({ type: 'calls/update', site: 'meet', key: 'abc-defg-hij', patch: { mood: 7 } }, transport),
    ).rejects.toThrow('mood must be 1 to 5');
    await expect(
      send({ type: 'calls/seen', ...sighting('pre-join'), state: 'lobby' } as never, transport),
    ).rejects.toThrow('state must be');
  });
});
