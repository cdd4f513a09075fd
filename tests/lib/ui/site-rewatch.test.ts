import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, pageSettings, type Settings } from '../../../lib/settings/model';

const stored: { settings: Settings } = { settings: { ...DEFAULT_SETTINGS } };
vi.mock('../../../lib/ui/page-settings', () => ({
  loadSettingsInPage: async () => pageSettings(stored.settings),
}));
const { rewatcher } = await import('../../../lib/ui/site-rewatch');

const NOW = Date.parse('2026-12-05T15:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  stored.settings = { ...DEFAULT_SETTINGS };
});
afterEach(() => vi.useRealTimers());

describe('rewatcher', () => {
  it('starts the watch, and each restart ends the one before', () => {
    const signals: AbortSignal[] = [];
    const start = rewatcher(new AbortController().signal, 'gmail', (s) => signals.push(s));
    start();
    start();
    expect(signals.length).toBe(2);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
  });

  it('starts again when a pause ends, not before', async () => {
    stored.settings = { ...DEFAULT_SETTINGS, pausedSites: { gmail: new Date(NOW + 3_600_000).toISOString() } };
    const watch = vi.fn();
    rewatcher(new AbortController().signal, 'gmail', watch)();
    await vi.advanceTimersByTimeAsync(3_599_000);
    expect(watch).toHaveBeenCalledTimes(1);
    stored.settings = { ...DEFAULT_SETTINGS };
    await vi.advanceTimersByTimeAsync(2_000);
    expect(watch).toHaveBeenCalledTimes(2);
  });

  it('ends every watch and timer with the content script', async () => {
    stored.settings = { ...DEFAULT_SETTINGS, pausedSites: { gmail: new Date(NOW + 60_000).toISOString() } };
    const outer = new AbortController();
    const signals: AbortSignal[] = [];
    rewatcher(outer.signal, 'gmail', (s) => signals.push(s))();
    await vi.advanceTimersByTimeAsync(0);
    outer.abort();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(signals.length).toBe(1);
    expect(signals[0]?.aborted).toBe(true);
  });
});
