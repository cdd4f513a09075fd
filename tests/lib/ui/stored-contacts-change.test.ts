import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GENERAL_COMPLIMENTS } from '../../../lib/storage/compliments';
import { CONTACT_PREFIX } from '../../../lib/storage/contacts';
import { onStoredContactsChange } from '../../../lib/ui/stored-contacts-change';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('onStoredContactsChange', () => {
  it('calls once after a burst of contact or compliment writes, not for other keys, and not after stop', async () => {
    const onChange = vi.fn();
    const stop = onStoredContactsChange(onChange, 50);
    await fakeBrowser.storage.local.set({ settings: { x: 1 } });
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [`${CONTACT_PREFIX}a@example.com`]: {} });
    await fakeBrowser.storage.local.set({ [GENERAL_COMPLIMENTS]: [] });
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ [`${CONTACT_PREFIX}b@example.com`]: {} });
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
