import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportData } from '../../../lib/storage/backup';
import { task } from '../../../lib/storage/contacts';
import { quarantine, readQuarantine } from '../../../lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const stored = async () => fakeBrowser.storage.local.get(null);

describe('an unreadable quarantine list', () => {
  it('is moved aside, never overwritten by the next record kept aside', async () => {
    const damaged = { source: 'contact:x', note: 'not a list' };
    await fakeBrowser.storage.local.set({ quarantine: damaged });
    await task(() => quarantine('settings', { uiLanguage: 'fr' }, ['uiLanguage must be one of auto, de, en']));
    const all = await stored();
    const aside = Object.keys(all).filter((k) => k.startsWith('quarantine-unreadable-'));
    expect(aside).toHaveLength(1);
    expect(all[aside[0] as string]).toEqual(damaged);
    expect((all.quarantine as { source: string }[]).map((r) => r.source)).toEqual(['settings']);
  });

  it('is shown and exported with the records', async () => {
    await fakeBrowser.storage.local.set({ quarantine: 'garbled' });
    const shown = await readQuarantine();
    expect(Array.isArray(shown)).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.value).toBe('garbled');
    expect(shown[0]?.problems.join(' ')).toMatch(/not a list/);
    expect((await exportData()).quarantine.map((r) => r.value)).toEqual(['garbled']);
  });
});

describe('quarantine entries', () => {
  it('are checked when read: a damaged entry is shown as what it is, with the reason', async () => {
    const good = { source: 'settings', value: 1, problems: ['x'], date: '2026-11-02T09:00:00.000Z' };
    await fakeBrowser.storage.local.set({ quarantine: [good, null, { source: 7 }] });
    const shown = await readQuarantine();
    expect(shown[0]).toEqual(good);
    expect(shown.slice(1).map((r) => [r.source, r.value])).toEqual([
      ['quarantine', null],
      ['quarantine', { source: 7 }],
    ]);
    for (const record of shown) {
      expect(typeof record.date).toBe('string');
      expect(Array.isArray(record.problems)).toBe(true);
    }
  });
});

describe('lists moved aside', () => {
  it('are all kept and shown, even when their index is damaged', async () => {
    await fakeBrowser.storage.local.set({ quarantine: 'first' });
    await readQuarantine();
    await fakeBrowser.storage.local.set({ quarantine: { second: true } });
    await task(() => quarantine('settings', 1, ['x']));
    expect((await readQuarantine()).map((r) => r.value)).toEqual([1, 'first', { second: true }]);
    await fakeBrowser.storage.local.set({ quarantineAside: 'garbled' });
    expect((await readQuarantine()).map((r) => r.value)).toEqual([1, 'first', { second: true }]);
  });
});
