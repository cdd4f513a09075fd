import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/analysis/words';
import { countWordsInSlices } from '../../../lib/dom/count-words';
import { nextTask } from '../../../lib/dom/next-task';

const counted = (text: string, stale = () => false) =>
  new Promise<number>((done) => countWordsInSlices(text, stale, done));

describe('countWordsInSlices', () => {
  it('counts a long draft a slice a task, as countWords counts it whole', async () => {
    const text = 'Bitte prüfen Sie den Entwurf bis Freitag. '.repeat(4_000);
    expect(await counted(text)).toBe(countWords(text));
  });

  it('stops when the reading went stale', async () => {
    let slices = 0;
    const stale = () => ++slices > 2;
    let done = false;
    countWordsInSlices('Ein Wort. '.repeat(20_000), stale, () => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    expect(slices).toBe(3);
  });
});

describe('nextTask', () => {
  it('runs later than the current task, in the order asked', async () => {
    const order: number[] = [];
    nextTask(() => order.push(1));
    nextTask(() => order.push(2));
    expect(order).toEqual([]);
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([1, 2]);
  });
});
