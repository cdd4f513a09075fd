// @vitest-environment jsdom
// Issue 16: the sidebar follows steady typing (the count stayed at 0 words for seconds).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenTypingPauses } from '../../../lib/dom/watch';

afterEach(() => vi.useRealTimers());

describe('whenTypingPauses', () => {
  it('reads after a pause, and with maxWaitMs also during steady typing', () => {
    vi.useFakeTimers();
    const editor = document.createElement('div');
    const run = vi.fn();
    const steady = vi.fn();
    const controller = new AbortController();
    whenTypingPauses(editor, controller.signal, 300, run);
    whenTypingPauses(editor, controller.signal, 300, steady, 600);
    // A key every 150 ms for 1.5 s: never a 300 ms pause.
    for (let i = 0; i < 10; i++) {
      editor.dispatchEvent(new Event('input'));
      vi.advanceTimersByTime(150);
    }
    expect(run).not.toHaveBeenCalled();
    expect(steady.mock.calls.length).toBeGreaterThanOrEqual(2);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledOnce();
    controller.abort();
  });
});
