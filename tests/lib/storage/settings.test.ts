import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readQuarantine } from '../../../lib/storage/quarantine';
import { DEFAULT_SETTINGS, parseSettingsPatch, readSettings, writeSettings } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes a patch and reads it back', async () => {
    await writeSettings({ sidebarCollapsed: true });
    await writeSettings({ uiLanguage: 'de' });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sidebarCollapsed: true,
      uiLanguage: 'de',
      disabledRules: [],
      ownMailSites: [],
    });
  });

  it('keeps a corrupt record aside, repairs it and reports', async () => {
    await fakeBrowser.storage.local.set({ settings: { sidebarCollapsed: 'yes', uiLanguage: 'fr' } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const kept = await readQuarantine();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.source).toBe('settings');
    expect(kept[0]?.value).toEqual({ sidebarCollapsed: 'yes', uiLanguage: 'fr' });
    expect(kept[0]?.problems.join(' ')).toMatch(/sidebarCollapsed.*uiLanguage/);
    expect(console.warn).toHaveBeenCalledOnce();
    // Repaired once: a second read finds nothing to quarantine.
    await readSettings();
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('keeps the readable fields of a partly corrupt record', async () => {
    await fakeBrowser.storage.local.set({ settings: { sidebarCollapsed: true, uiLanguage: 42 } });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sidebarCollapsed: true,
      uiLanguage: 'auto',
      disabledRules: [],
      ownMailSites: [],
    });
  });

  // null is what storage returns for a missing key, so it means "not set".
  it.each(['text', 7, [true]])('treats %j as unreadable', async (raw) => {
    await fakeBrowser.storage.local.set({ settings: raw });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('loses no write when many run at once', async () => {
    await Promise.all([
      writeSettings({ sidebarCollapsed: true }),
      writeSettings({ uiLanguage: 'en' }),
      writeSettings({ uiLanguage: 'de' }),
    ]);
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sidebarCollapsed: true,
      uiLanguage: 'de',
      disabledRules: [],
      ownMailSites: [],
    });
  });
});

describe('disabled rules', () => {
  it('are stored without duplicates and validated', async () => {
    await writeSettings({ disabledRules: ['de/hedging/irgendwie', 'shouting', 'shouting'] });
    expect((await readSettings()).disabledRules).toEqual(['de/hedging/irgendwie', 'shouting']);
    expect(parseSettingsPatch({ disabledRules: 'shouting' }).problems).toEqual([
      'disabledRules must be a list of at most 1000 rule ids',
    ]);
    expect(parseSettingsPatch({ disabledRules: [42] }).problems).toHaveLength(1);
  });

  it('keep older stored settings (without the field) readable', async () => {
    await fakeBrowser.storage.local.set({ settings: { sidebarCollapsed: true, uiLanguage: 'de' } });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sidebarCollapsed: true,
      uiLanguage: 'de',
      disabledRules: [],
      ownMailSites: [],
    });
  });
});

describe('own webmail sites', () => {
  it('accept only match patterns of whole hosts', () => {
    expect(parseSettingsPatch({ ownMailSites: ['https://webmail.example.org/*'] }).problems).toEqual([]);
    for (const bad of [['https://*/*'], ['<all_urls>'], ['https://x.example.org/path/*'], 'https://x.example.org/*']) {
      expect(parseSettingsPatch({ ownMailSites: bad }).problems, JSON.stringify(bad)).toHaveLength(1);
    }
  });
});

describe('parseSettingsPatch', () => {
  it('ignores unknown fields and names the bad ones', () => {
    expect(parseSettingsPatch({ future: 1, sidebarCollapsed: false })).toEqual({
      patch: { sidebarCollapsed: false },
      problems: [],
    });
    expect(parseSettingsPatch({ uiLanguage: 'tlh' }).problems).toEqual(['uiLanguage must be one of auto, de, en']);
  });
});

describe('rule, site and reset-list settings', () => {
  it('accepts known categories, sensitivities, site ids and reset lines', () => {
    const { patch, problems } = parseSettingsPatch({
      disabledCategories: ['hedging', 'hedging', 'long-sentence'],
      sensitivity: 'gentle',
      disabledSites: ['gmx'],
      resetList: ['  Drei tiefe Atemzüge ', 'Ein Glas Wasser'],
    });
    expect(problems).toEqual([]);
    expect(patch).toEqual({
      disabledCategories: ['hedging', 'long-sentence'],
      sensitivity: 'gentle',
      disabledSites: ['gmx'],
      resetList: ['Drei tiefe Atemzüge', 'Ein Glas Wasser'],
    });
    expect(parseSettingsPatch({ resetList: null }).patch).toEqual({ resetList: null });
  });

  it.each([
    [{ disabledCategories: ['rudeness'] }, 'disabledCategories must be a list of categories'],
    [{ sensitivity: 'max' }, 'sensitivity must be one of gentle, normal, strict'],
    [{ disabledSites: ['<b>'] }, 'disabledSites must be a list of site ids'],
    [{ resetList: ['ok', ''] }, 'resetList must be at most 30 lines'],
    [{ resetList: Array(31).fill('x') }, 'resetList must be at most 30 lines'],
  ])('rejects %j', (raw, problem) => {
    expect(parseSettingsPatch(raw).problems[0]).toContain(problem);
  });
});
