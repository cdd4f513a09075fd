import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeLists, parseListChanges, readSettings, writeSettings } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings lists change by adding and removing', () => {
  it('keeps two tabs’ changes made from the same stale list', async () => {
    await writeSettings({ disabledRules: ['a', 'b'], disabledSites: ['gmx'] });
    await Promise.all([
      changeLists({ disabledRules: { remove: ['a'] }, disabledCategories: { add: ['hedging'] } }),
      changeLists({ disabledRules: { remove: ['b'], add: ['c'] }, disabledCategories: { add: ['long-sentence'] } }),
      changeLists({ disabledSites: { add: ['gmail'] } }),
      changeLists({ disabledSites: { remove: ['gmx'], add: ['yahoo'] } }),
    ]);
    const settings = await readSettings();
    expect(settings.disabledRules).toEqual(['c']);
    expect(settings.disabledCategories).toEqual(['hedging', 'long-sentence']);
    expect(settings.disabledSites).toEqual(['gmail', 'yahoo']);
  });

  it('adds to the reset list from the suggestions shown while none is stored, and removes one line', async () => {
    await changeLists({ resetList: { add: ['Wasser trinken'], from: ['Atmen', 'Fenster auf'] } });
    expect((await readSettings()).resetList).toEqual(['Atmen', 'Fenster auf', 'Wasser trinken']);
    await Promise.all([
      changeLists({ resetList: { remove: ['Atmen'], from: ['ignored'] } }),
      changeLists({ resetList: { add: ['Kurz raus'] } }),
    ]);
    expect((await readSettings()).resetList).toEqual(['Fenster auf', 'Wasser trinken', 'Kurz raus']);
  });

  it('validates each operation and names what is wrong', () => {
    expect(parseListChanges({ disabledRules: { add: ['x'] } })).toEqual({ disabledRules: { add: ['x'] } });
    for (const [raw, problem] of [
      [{ disabledSites: { add: ['<b>'] } }, 'disabledSites'],
      [{ disabledCategories: { remove: ['rudeness'] } }, 'disabledCategories'],
      [{ disabledRules: { add: 'x' } }, 'disabledRules'],
      [{ disabledRules: { add: ['x'], replace: ['y'] } }, 'replace'],
      [{ uiLanguage: { add: ['de'] } }, 'uiLanguage'],
      [{ ownMailSites: { add: ['https://*/*'] } }, 'ownMailSites'],
      [null, 'object'],
    ] as const) {
      expect(() => parseListChanges(raw), JSON.stringify(raw)).toThrow(problem);
    }
  });

  it('keeps a list within its bound', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `site-${i}`);
    await expect(changeLists({ disabledSites: { add: many } })).rejects.toThrow('disabledSites');
    expect((await readSettings()).disabledSites).toEqual([]);
  });
});
