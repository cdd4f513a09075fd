import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportData } from '../../../lib/storage/backup';
import { listMeetings, meetingSeen, pendingAgreements } from '../../../lib/storage/meetings';
import { readQuarantine } from '../../../lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const BAD = {
  'meeting:meet:mistyped': { site: 'meet', key: 'mistyped', title: 42, goal: 'Angebot klären' },
  'meeting:zoom:text': 'nur Text',
  'meeting:meet:list': [1, 2],
};
const joined = (key: string, minute = 0) =>
  meetingSeen(
    { site: 'meet', key, title: 'Abnahme', participants: [], state: 'in-call' },
    new Date(Date.UTC(2026, 10, 2, 9, minute)),
  );

describe('unreadable meetings', () => {
  it('are kept aside with the reason when meetings are read, and the others still work', async () => {
    await fakeBrowser.storage.local.set(BAD);
    await joined('abc-defg-hij');
    expect((await listMeetings()).map((m) => m.key)).toEqual(['abc-defg-hij']);
    expect(await pendingAgreements()).toEqual([]);
    const kept = await readQuarantine();
    expect(kept.map((r) => r.source).sort()).toEqual(Object.keys(BAD).sort());
    expect(kept.find((r) => r.source === 'meeting:meet:mistyped')?.value).toEqual(BAD['meeting:meet:mistyped']);
    expect(kept.every((r) => r.problems.length > 0)).toBe(true);
  });

  it('are in the backup', async () => {
    await fakeBrowser.storage.local.set(BAD);
    const backup = await exportData();
    expect(backup.quarantine.map((r) => r.source).sort()).toEqual(Object.keys(BAD).sort());
  });

  it('are never pruned', async () => {
    await fakeBrowser.storage.local.set(BAD);
    for (let i = 0; i < 305; i++) await joined(`m-${i}`, i);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    const aside = (await readQuarantine()).map((r) => r.source);
    for (const key of Object.keys(BAD)) expect(keys.includes(key) || aside.includes(key), key).toBe(true);
  });
});
