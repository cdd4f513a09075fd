// Focus inside a Rapport panel (its own document, in its frame): where focus
// goes when the control the user acted on is replaced, and between the rows
// of a list.

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

/** The elements of `selector` under `root`, in document order. */
export function rowsOf(root: ParentNode | null | undefined, selector: string): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])];
}
