// Content scripts watch the host page for elements that come and go. One
// observer per watch, batched to one check per animation frame, torn down with
// the AbortSignal (the content script context's), so nothing outlives an update.

export interface PresenceWatch<T> {
  /** Returns the thing when present, else null. Must not throw; errors count as absent. */
  find: () => T | null;
  onAppear: (found: T) => void;
  onDisappear: () => void;
  /** Called when `find` returns a different thing than before. Default: disappear + appear. */
  same?: (a: T, b: T) => boolean;
}

/** Returns a function that schedules an extra check (for changes no mutation reports, like focus). */
export function watchPresence<T>(target: Node, signal: AbortSignal, watch: PresenceWatch<T>): () => void {
  let current: T | null = null;
  let scheduled = false;
  const same = watch.same ?? ((a: T, b: T) => a === b);

  const check = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    let found: T | null = null;
    try {
      found = watch.find();
    } catch (error) {
      console.warn('[Rapport] page check failed', error);
    }
    if (current !== null && (found === null || !same(current, found))) {
      current = null;
      watch.onDisappear();
    }
    if (found !== null && current === null) {
      current = found;
      watch.onAppear(found);
    }
  };

  const schedule = (): void => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(check);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (current !== null) {
      current = null;
      watch.onDisappear();
    }
  });
  check();
  return schedule;
}

/** Calls `onChange` at most once per frame while the subtree's text or structure changes. */
export function watchText(target: Node, signal: AbortSignal, onChange: () => void): void {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Runs `run` once typing in `editor` pauses for `idleMs` (input, or text the
 * site changed), never in the middle of an IME composition; with `maxWaitMs`,
 * also after that long of steady typing, so that the sidebar follows along.
 */
export function whenTypingPauses(
  editor: HTMLElement,
  signal: AbortSignal,
  idleMs: number,
  run: () => void,
  maxWaitMs = Number.POSITIVE_INFINITY,
): void {
  let timer: number | undefined;
  let composing = false;
  /** When the first change not yet read came. */
  let pendingSince: number | null = null;
  const fire = () => {
    pendingSince = null;
    run();
  };
  const schedule = () => {
    window.clearTimeout(timer);
    if (composing) return;
    const now = Date.now();
    pendingSince ??= now;
    timer = window.setTimeout(fire, Math.max(0, Math.min(idleMs, pendingSince + maxWaitMs - now)));
  };
  editor.addEventListener('input', schedule, { signal });
  editor.addEventListener('compositionstart', () => (composing = true), { signal });
  editor.addEventListener(
    'compositionend',
    () => {
      composing = false;
      schedule();
    },
    { signal },
  );
  watchText(editor, signal, schedule);
  signal.addEventListener('abort', () => window.clearTimeout(timer));
}
