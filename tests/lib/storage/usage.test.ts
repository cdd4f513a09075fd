import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addAppreciation } from '../../../lib/storage/contacts';
import { DEFAULT_QUOTA, readUsage, warningFor } from '../../../lib/storage/usage';

beforeEach(() => fakeBrowser.reset());

describe('storage usage', () => {
  it('warns from 80 % of the 10 MB quota without unlimited storage, and when the disk runs low', () => {
    expect(warningFor(0.79 * DEFAULT_QUOTA, false, null)).toBeNull();
    expect(warningFor(0.8 * DEFAULT_QUOTA, false, null)).toBe('near-quota');
    expect(warningFor(50 * DEFAULT_QUOTA, true, 10 * 1024 ** 3)).toBeNull();
    expect(warningFor(1_000, true, 49 * 1024 * 1024)).toBe('low-disk');
  });

  it('counts the contacts and the bytes they take', async () => {
    fakeBrowser.permissions.contains = async () => true;
    await addAppreciation({ email: 'anna@example.com', text: 'Hört zu', source: 'sidebar' });
    await addAppreciation({ email: 'ben@example.com', text: 'Pünktlich', source: 'sidebar' });
    const usage = await readUsage();
    expect(usage).toMatchObject({ contacts: 2, quarantined: 0, unlimited: true });
    expect(usage.bytes).toBeGreaterThan(JSON.stringify({ text: 'Hört zu' }).length * 2);
  });
});
