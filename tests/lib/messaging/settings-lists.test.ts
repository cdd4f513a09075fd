import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { writeSettings } from '../../../lib/storage/settings';
import { MAIL_FRAME, MAIL_PAGE, OPTIONS_PAGE, transportFrom } from './transport';

beforeEach(() => fakeBrowser.reset());

describe('settings lists through the background', () => {
  it('keep what two options pages add and remove at the same moment', async () => {
    await writeSettings({ disabledRules: ['a', 'b'] });
    const [one, two] = [transportFrom(OPTIONS_PAGE), transportFrom(OPTIONS_PAGE)];
    await Promise.all([
      send({ type: 'settings/lists', changes: { disabledRules: { remove: ['a'] } } }, one),
      send({ type: 'settings/lists', changes: { disabledRules: { remove: ['b'], add: ['c'] } } }, two),
    ]);
    expect((await send({ type: 'settings/get' }, one)).disabledRules).toEqual(['c']);
  });

  it('are refused as whole lists, so that no page sends a stale one', async () => {
    const options = transportFrom(OPTIONS_PAGE);
    await expect(send({ type: 'settings/set', patch: { disabledSites: ['gmx'] } }, options)).rejects.toThrow(
      'disabledSites changes by adding and removing',
    );
    await expect(send({ type: 'settings/set', patch: { resetList: null } }, options)).resolves.toMatchObject({
      resetList: null,
    });
  });

  it('refuse a bad operation and one from a content script', async () => {
    const options = transportFrom(OPTIONS_PAGE);
    await expect(
      send({ type: 'settings/lists', changes: { disabledSites: { add: ['<b>'] } } }, options),
    ).rejects.toThrow('disabledSites');
    await expect(
      send({ type: 'settings/lists', changes: { disabledRules: { add: ['x'] } } }, transportFrom(MAIL_PAGE)),
    ).rejects.toThrow('not allowed');
  });

  it('let the sidebar turn off two rules from two tabs', async () => {
    const [one, two] = [transportFrom(MAIL_FRAME), transportFrom(MAIL_FRAME)];
    await Promise.all([
      send({ type: 'settings/page-set', disableRule: 'de/hedging/eigentlich' }, one),
      send({ type: 'settings/page-set', disableRule: 'en/shouting/caps' }, two),
    ]);
    expect((await send({ type: 'settings/page-get' }, one)).disabledRules.sort()).toEqual([
      'de/hedging/eigentlich',
      'en/shouting/caps',
    ]);
  });
});

describe('own webmail and Jitsi servers', () => {
  it('added and removed from two options pages at once are all kept, and registered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const registered: string[][] = [];
    Object.assign(fakeBrowser, {
      scripting: {
        getRegisteredContentScripts: async () => [],
        unregisterContentScripts: async () => undefined,
        registerContentScripts: async (scripts: { matches: string[] }[]) => {
          registered.push(scripts[0]?.matches ?? []);
        },
      },
      contextMenus: { removeAll: async () => undefined, create: () => undefined },
    });
    await writeSettings({ ownMailSites: ['https://old.example.org/*'] });
    const [one, two] = [transportFrom(OPTIONS_PAGE), transportFrom(OPTIONS_PAGE)];
    await Promise.all([
      send({ type: 'sites/own-mail-change', add: ['https://a.example.org/*'] }, one),
      send(
        { type: 'sites/own-mail-change', add: ['https://b.example.org/*'], remove: ['https://old.example.org/*'] },
        two,
      ),
    ]);
    const { ownMailSites } = await send({ type: 'settings/get' }, one);
    expect(ownMailSites).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);
    expect(registered.at(-1)).toEqual(ownMailSites);
    await expect(send({ type: 'sites/own-call-change', add: ['https://*/*'] }, one)).rejects.toThrow('ownCallSites');
  });
});
