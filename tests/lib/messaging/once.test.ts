import { describe, expect, it } from 'vitest';
import { createOnce, saveId } from '../../../lib/messaging/once';

describe('once per save id', () => {
  it('runs a save once per id and answers a retry as the first', async () => {
    const once = createOnce();
    let saves = 0;
    const save = async () => ++saves;
    expect(await once('a', save)).toBe(1);
    expect(await once('a', save)).toBe(1);
    expect(await once('b', save)).toBe(2);
    expect(await once(undefined, save)).toBe(3);
    expect(await once(undefined, save)).toBe(4);
  });

  it('lets a failed save be tried again, and forgets ids after ten minutes', async () => {
    let now = 0;
    const once = createOnce(() => now);
    await expect(once('a', () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await once('a', async () => 'stored')).toBe('stored');
    now = 10 * 60_000 + 1;
    expect(await once('a', async () => 'again')).toBe('again');
  });

  it('accepts only a short text as id', () => {
    expect(saveId(undefined)).toBeUndefined();
    expect(saveId('3f2c')).toBe('3f2c');
    for (const bad of ['', 'x'.repeat(101), 7, null]) expect(() => saveId(bad)).toThrow('saveId');
  });
});
