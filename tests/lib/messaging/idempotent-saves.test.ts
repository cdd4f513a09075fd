import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { readGeneral } from '../../../lib/storage/compliments';
import { getContact, task } from '../../../lib/storage/contacts';
import { getMeeting } from '../../../lib/storage/meetings';
import { callTransports, MAIL_FRAME, OPTIONS_PAGE, transportFrom } from './transport';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a retried save', () => {
  it('of an appreciation is stored once; another user action with the same text is stored again', async () => {
    const mail = transportFrom(MAIL_FRAME);
    const note = { email: 'anna@example.com', name: 'Anna', text: 'Hört zu', source: 'sidebar' } as const;
    await Promise.all([
      send({ type: 'contacts/appreciate', ...note, saveId: 'click-1' }, mail),
      send({ type: 'contacts/appreciate', ...note, saveId: 'click-1' }, mail),
    ]);
    await send({ type: 'contacts/appreciate', ...note, saveId: 'click-1' }, mail);
    expect((await getContact('anna@example.com')).appreciations).toHaveLength(1);
    await send({ type: 'contacts/appreciate', ...note, saveId: 'click-2' }, mail);
    expect((await getContact('anna@example.com')).appreciations).toHaveLength(2);
  });

  it('of a compliment is stored once', async () => {
    const options = transportFrom(OPTIONS_PAGE);
    const compliment = { text: 'Großartig', title: 'Re: Plan', email: null, name: '', saveId: 'menu-1' };
    await send({ type: 'compliments/add', ...compliment }, options);
    await send({ type: 'compliments/add', ...compliment }, options);
    expect(await task(readGeneral)).toHaveLength(1);
  });

  it('of a moment and of an agreement is stored once', async () => {
    const { page, frame: call } = callTransports();
    const meeting = { site: 'meet', key: 'abc-defg-hij' };
    await send({ type: 'calls/seen', ...meeting, title: 'Abnahme', participants: [], state: 'in-call' }, page);
    for (let i = 0; i < 2; i++)
      await send({ type: 'calls/moment', ...meeting, text: 'Variante B', saveId: 'm-1' }, call);
    expect((await getMeeting('meet', 'abc-defg-hij'))?.moments).toHaveLength(1);
    await send({ type: 'calls/seen', ...meeting, title: 'Abnahme', participants: [], state: 'ended' }, page);
    const popup = transportFrom(OPTIONS_PAGE);
    const agreement = { type: 'calls/agreement', ...meeting, text: 'Abnahme am 3.', saveId: 'a-1' } as const;
    await send({ ...agreement }, popup);
    // The meeting is closed after the first; a retry answers as the first did instead of failing or writing again.
    expect(await send({ ...agreement }, popup)).toBe(0);
    expect((await getMeeting('meet', 'abc-defg-hij'))?.agreement).toBe('Abnahme am 3.');
  });

  it('refuses a save id that is not a short text', async () => {
    const mail = transportFrom(MAIL_FRAME);
    const bad = { type: 'contacts/appreciate', email: 'a@example.com', name: '', text: 'x', source: 'sidebar' };
    await expect(send({ ...bad, saveId: 'x'.repeat(200) } as never, mail)).rejects.toThrow('saveId');
    await expect(send({ ...bad, saveId: 7 } as never, mail)).rejects.toThrow('saveId');
  });
});
