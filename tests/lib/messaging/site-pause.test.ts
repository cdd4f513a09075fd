import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { DEFAULT_SETTINGS, siteState } from '../../../lib/settings/model';
import { readSettings } from '../../../lib/storage/settings';
import { MAIL_FRAME, MAIL_PAGE, OPTIONS_PAGE, transportFrom } from './transport';

const NOW = new Date('2026-12-05T15:00:00.000Z');

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => vi.useRealTimers());

describe('pausing Rapport on a site for an hour (popup)', () => {
  it('stores the end of the pause, an hour ahead, and the site is paused until then', async () => {
    const popup = transportFrom(OPTIONS_PAGE);
    const settings = await send({ type: 'settings/pause-site', site: 'gmail', minutes: 60 }, popup);
    expect(settings.pausedSites).toEqual({ gmail: '2026-12-05T16:00:00.000Z' });
    expect(siteState(settings, 'gmail', NOW.getTime())).toEqual({ kind: 'paused', until: '2026-12-05T16:00:00.000Z' });
    expect(siteState(settings, 'outlook', NOW.getTime())).toEqual({ kind: 'on' });
    // Content scripts get the pause with the page settings.
    expect((await send({ type: 'settings/page-get' }, transportFrom(MAIL_PAGE))).pausedSites).toEqual({
      gmail: '2026-12-05T16:00:00.000Z',
    });
  });

  it('ends by itself: a minute after the hour the site is on again', async () => {
    const settings = await send(
      { type: 'settings/pause-site', site: 'meet', minutes: 60 },
      transportFrom(OPTIONS_PAGE),
    );
    expect(siteState(settings, 'meet', NOW.getTime() + 59 * 60_000).kind).toBe('paused');
    expect(siteState(settings, 'meet', NOW.getTime() + 61 * 60_000)).toEqual({ kind: 'on' });
  });

  it('resumes at once with zero minutes, and forgets pauses that are over', async () => {
    const popup = transportFrom(OPTIONS_PAGE);
    await send({ type: 'settings/pause-site', site: 'gmail', minutes: 60 }, popup);
    vi.setSystemTime(NOW.getTime() + 2 * 3_600_000);
    const settings = await send({ type: 'settings/pause-site', site: 'outlook', minutes: 0 }, popup);
    expect(settings.pausedSites).toEqual({});
  });

  it('says "off" for a site turned off, whatever its pause', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      disabledSites: ['gmail'],
      pausedSites: { gmail: '2026-12-05T16:00:00.000Z' },
    };
    expect(siteState(settings, 'gmail', NOW.getTime())).toEqual({ kind: 'off' });
  });

  it('refuses an unknown site, a pause longer than a day, a whole map and a page asking', async () => {
    const popup = transportFrom(OPTIONS_PAGE);
    await expect(send({ type: 'settings/pause-site', site: 'example', minutes: 60 }, popup)).rejects.toThrow(
      'not a site Rapport knows',
    );
    await expect(send({ type: 'settings/pause-site', site: 'gmail', minutes: 100_000 }, popup)).rejects.toThrow(
      'minutes',
    );
    await expect(
      send({ type: 'settings/set', patch: { pausedSites: { gmail: '2030-01-01T00:00:00.000Z' } } }, popup),
    ).rejects.toThrow('settings/pause-site');
    await expect(
      send({ type: 'settings/pause-site', site: 'gmail', minutes: 60 }, transportFrom(MAIL_PAGE)),
    ).rejects.toThrow();
    await expect(
      send({ type: 'settings/pause-site', site: 'gmail', minutes: 60 }, transportFrom(MAIL_FRAME)),
    ).rejects.toThrow();
    expect((await readSettings()).pausedSites).toEqual({});
  });
});
