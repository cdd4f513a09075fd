// Alt+Shift+R moves keyboard focus from the page into Rapport's frame (the mail
// sidebar, the pre-join card, the in-call sidebar).
// The way back is Escape in the frame, on keyup and through the background,
// so the page sees no key of it (docs/extension-frames.md).

export function installFocusShortcut(doc: Document, surface: { focus(): void }, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!(event.isTrusted && event.altKey && event.shiftKey && event.code === 'KeyR')) return;
      event.preventDefault();
      event.stopPropagation();
      surface.focus();
    },
    { capture: true, signal },
  );
}

/** Inside a frame: focuses its first control, as if the user had tabbed into it. */
export function focusFirst(root: HTMLElement): void {
  root.querySelector<HTMLElement>('button, input, textarea, select, summary, [tabindex]:not([tabindex="-1"])')?.focus();
}
