import { describe, expect, it } from 'vitest';
import { remountBudget } from '../../../lib/dom/remount-budget';

describe('remountBudget', () => {
  it('allows a few fresh frames a minute, then none until the minute has passed', () => {
    let clock = 0;
    const may = remountBudget(3, 60_000, () => clock);
    expect([may(), may(), may(), may()]).toEqual([true, true, true, false]);
    clock = 59_999;
    expect(may()).toBe(false);
    clock = 60_000;
    expect(may()).toBe(true);
  });
});
