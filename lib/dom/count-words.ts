// Word counts of drafts of any size without a long task on the page's thread.
import { countWords } from '../analysis/words';
import { nextTask } from './next-task';

/** Characters counted in one task: a 1 MB draft is counted a slice at a time, never in one long task. */
const COUNT_SLICE = 30_000;

/** Counts the words of `text` a slice a task and hands the total to `done`, unless `stale` first. */
export function countWordsInSlices(text: string, stale: () => boolean, done: (count: number) => void): void {
  let at = 0;
  let count = 0;
  const step = () => {
    if (stale()) return;
    const end = Math.min(at + COUNT_SLICE, text.length);
    // Cut after a space: no word or run of punctuation spans one.
    let cut = end;
    while (cut < text.length && cut > at && !/\s/.test(text[cut - 1] as string)) cut--;
    if (cut === at) cut = end;
    count += countWords(text.slice(at, cut));
    at = cut;
    if (at < text.length) nextTask(step);
    else done(count);
  };
  step();
}
