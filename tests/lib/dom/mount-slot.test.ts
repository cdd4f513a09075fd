import { describe, expect, it } from 'vitest';
import { createMountSlot } from '../../../lib/dom/mount-slot';

describe('createMountSlot', () => {
  it('shows one surface at a time, shows it afresh when its frame is lost, and not after it was cleared', async () => {
    const log: string[] = [];
    const lost: (() => void)[] = [];
    const slot = createMountSlot<string>(
      async (item, signal, onLost) => {
        log.push(`mount ${item}`);
        lost.push(onLost);
        signal.addEventListener('abort', () => log.push(`abort ${item}`));
        return () => log.push(`remove ${item}`);
      },
      () => undefined,
    );
    slot.show('a');
    lost[0]?.();
    await Promise.resolve();
    expect(log).toEqual(['mount a', 'abort a', 'mount a', 'remove a']);
    // The first frame's word comes again: that surface is gone, nothing happens.
    lost[0]?.();
    slot.clear();
    lost[1]?.();
    await Promise.resolve();
    expect(log.filter((l) => l.startsWith('mount'))).toHaveLength(2);
  });

  it('stops showing afresh once the budget of the minute is spent', () => {
    let mounts = 0;
    const slot = createMountSlot<string>(
      async (_item, _signal, onLost) => {
        mounts++;
        if (mounts < 20) queueMicrotask(onLost);
        return () => undefined;
      },
      () => undefined,
    );
    slot.show('a');
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(mounts).toBe(6);
        done();
      }, 20),
    );
  });
});
