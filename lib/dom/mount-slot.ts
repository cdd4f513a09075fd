// The one surface a content script shows at a time (the sidebar of the compose
// being written, the call's card or sidebar): shown for an item, cleared when
// the item goes, and shown afresh for the same item when its frame lost its
// grant (lib/dom/frame-surface.ts) — a few times a minute at most
// (lib/dom/remount-budget.ts).
import { remountBudget } from './remount-budget';

/** Places the surface for `item` until `signal` aborts; resolves to its removal. */
export type Mount<T> = (item: T, signal: AbortSignal, onLost: () => void) => Promise<() => void>;

export interface MountSlot<T> {
  show(item: T): void;
  clear(): void;
}

export function createMountSlot<T>(mount: Mount<T>, onError: (error: unknown) => void): MountSlot<T> {
  let current: { controller: AbortController; removal: Promise<() => void> } | null = null;
  const mayRemount = remountBudget();
  const clear = () => {
    if (!current) return;
    current.controller.abort();
    current.removal.then((remove) => remove(), onError);
    current = null;
  };
  const show = (item: T) => {
    const controller = new AbortController();
    const onLost = () => {
      if (controller.signal.aborted || !mayRemount()) return;
      clear();
      show(item);
    };
    current = { controller, removal: mount(item, controller.signal, onLost) };
  };
  return { show, clear };
}
