// Alt+Shift+R moves keyboard focus from the page into Rapport's frame (the mail
// sidebar, the pre-join card, the in-call sidebar): the manifest's
// `focus-sidebar` shortcut (changeable by the user), passed on by the
// background; where the browser leaves the key to the page, the page-side
// listener below. The way back is Escape in the frame, on keyup and through the
// background, so the page sees no key of it (docs/extension-frames.md).
import { browser } from '../browser';
import { isShortcut } from '../messaging/shortcuts';

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
  const listener = (message: unknown) => {
    if (isShortcut(message, 'focus-sidebar')) surface.focus();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** Inside a frame: focuses `preferred` (the mail sidebar's first finding) or else its first control, as Tab would. */
export function focusFirst(root: HTMLElement, preferred?: string): void {
  const first = 'button, input, textarea, select, summary, [tabindex]:not([tabindex="-1"])';
  ((preferred && root.querySelector<HTMLElement>(preferred)) || root.querySelector<HTMLElement>(first))?.focus();
}

/**
 * Runs an edit the frame asked for, which must focus the editor, and gives the
 * focus back to the frame when the user was there: their next key belongs to
 * the panel, and the panel need not pull focus out of the page later.
 */
export function keepFrameFocus<T>(frame: HTMLElement, edit: () => T, keepInEditor: (result: T) => boolean): T {
  const root = frame.getRootNode() as Document | ShadowRoot;
  const wasThere = root.activeElement === frame;
  const result = edit();
  if (wasThere && !keepInEditor(result)) frame.focus();
  return result;
}
