import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { writeSettings } from '../../../lib/storage/settings';
import { MAIL_PAGE, OPTIONS_PAGE, transportFrom } from './transport';

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
    const [one, two] = [transportFrom(MAIL_PAGE), transportFrom(MAIL_PAGE)];
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
