// Focus inside a Rapport panel (its own document, in its frame): where focus
// goes when the control the user acted on is replaced, and between the rows
// of a list.

/** How long focus waits for the control that replaces the one acted on; later it would come as a surprise. */
export const PENDING_FOCUS_MS = 5_000;

/** Focuses the first element of the first of `selectors` found under `root`; false when none is there (yet). */
export function focusFirstFound(root: ParentNode | null | undefined, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    const target = root?.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}

export interface PendingFocus {
  /** After an action: focus the first of `selectors` once it is rendered. */
  set(selectors: readonly string[]): void;
  /** After a render, or when the panel gets focus back: focus it if it is there now. */
  attempt(): void;
}

/**
 * Focus that waits for the control replacing the one the user acted on (the
 * undo of an edit appears only once the page has answered). It never pulls
 * focus out of the page: a user who clicked back into the mail meanwhile
 * keeps typing there (their Ctrl+Z is the mail's, not the panel's).
 */
export function pendingFocus(root: () => ParentNode | null, doc: Document, now = Date.now): PendingFocus {
  let pending: { selectors: readonly string[]; until: number } | null = null;
  return {
    set(selectors) {
      pending = { selectors, until: now() + PENDING_FOCUS_MS };
    },
    attempt() {
      if (!pending) return;
      if (now() > pending.until) pending = null;
      else if (doc.hasFocus() && focusFirstFound(root(), pending.selectors)) pending = null;
    },
  };
}

/** The elements of `selector` under `root`, in document order. */
export function rowsOf(root: ParentNode | null | undefined, selector: string): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])];
}
