// A Rapport surface as an extension frame: a plain <iframe> of an extension
// page, sized by the content script from a few fixed states (never by its
// content), handed its one-time token by postMessage into that frame's window
// only. The page sees the box, where it is and when focus enters it; it cannot
// read, search or measure what the frame shows (docs/extension-frames.md).
import { browser } from '../browser';
import { t } from '../i18n';
import { FOCUS_KEY, LOST_KEY, TOKEN_KEY } from '../messaging/surface-types';
import type { Box, Layout } from '../ui/placement';
import { registerSurface } from './hide';
import { SURFACE_ATTRIBUTE, type SurfaceName } from './surface';

/** The sizes the page may see: the tab, and the open panel (as wide and tall as the page's layout leaves room for). */
export const FRAME_SIZES = {
  collapsed: { width: 48, height: 48 },
  open: { minWidth: 260, maxWidth: 320, minHeight: 320, maxHeight: 640 },
} as const;

export interface FrameSurface {
  frame: HTMLIFrameElement;
  /** Open panel or collapsed tab; the panel's height follows the view only. */
  setOpen(open: boolean): void;
  /** Where the open panel and the tab go (lib/ui/placement.ts): boxes of the page's layout only. */
  place(layout: Pick<Layout, 'open' | 'tab'>): void;
  /** Moves focus into the frame, which focuses its first control. */
  focus(): void;
  remove(): void;
}

export interface FrameOptions {
  /** The extension page, e.g. 'mail-sidebar.html'. */
  page: string;
  name: SurfaceName;
  /** The one-time token the background gave for this tab (surface/open). */
  token: string;
  open: boolean;
  /** The frame lost its grant (see placeExtensionFrame); the surface is placed anew. */
  onLost?: () => void;
}

/**
 * A plain iframe of an extension page, fixed in the view (or in the flow of
 * `into`), that is posted its one-time token once, on the browser's own load,
 * and follows Alt+Shift+H. A later load (the document was reloaded) or the
 * frame's word that its port closed (the service worker stopped) means the
 * grant is gone: `onLost`, so that the surface is placed anew with a fresh token.
 */
export function placeExtensionFrame(
  doc: Document,
  options: { page: string; name: SurfaceName; token: string; title: string; into?: Element; onLost?: () => void },
): { frame: HTMLIFrameElement; style: CSSStyleDeclaration; origin: string; unregister: () => void } {
  const frame = doc.createElement('iframe');
  // The frame's document runs at the extension's static origin even when loaded by a
  // dynamic URL (use_dynamic_url): a message aimed at the src's origin would be dropped.
  const origin = new URL(browser.runtime.getURL('/')).origin;
  let posted = false;
  frame.addEventListener('load', (event) => {
    // The token once, on the browser's own load: a page can dispatch a fake one.
    if (!event.isTrusted) return;
    if (posted) options.onLost?.();
    else frame.contentWindow?.postMessage({ [TOKEN_KEY]: options.token }, origin);
    posted = true;
  });
  const listening = new AbortController();
  // Only this frame's window can be the source; the word carries nothing but "lost".
  doc.defaultView?.addEventListener(
    'message',
    (event) => {
      if (event.source === frame.contentWindow && (event.data as Record<string, unknown> | null)?.[LOST_KEY] === true)
        options.onLost?.();
    },
    { signal: listening.signal },
  );
  frame.setAttribute(SURFACE_ATTRIBUTE, options.name);
  frame.title = options.title;
  const style = frame.style;
  style.setProperty('position', options.into ? 'static' : 'fixed', 'important');
  // In the page's flow a block, so that the content script's margins place it.
  if (options.into) style.setProperty('display', 'block', 'important');
  style.setProperty('z-index', '2147483000', 'important');
  style.setProperty('border', '0', 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('padding', '0', 'important');
  style.setProperty('background', 'transparent', 'important');
  // The frame's own scheme (theme.css): a differing one would paint an opaque backdrop behind the round tab.
  style.setProperty('color-scheme', 'light dark', 'important');
  frame.src = browser.runtime.getURL(`/${options.page}` as '/mail-sidebar.html');
  (options.into ?? doc.body).append(frame);
  const unregister = registerSurface(frame, null);
  return {
    frame,
    style,
    origin,
    unregister: () => {
      listening.abort();
      unregister();
    },
  };
}

/** Moves focus into the frame, which focuses its first control (use-surface-link's onFocusRequest). */
export function focusFrame(frame: HTMLIFrameElement, origin: string): void {
  frame.focus();
  frame.contentWindow?.postMessage({ [FOCUS_KEY]: true }, origin);
}

export function createFrameSurface(doc: Document, options: FrameOptions): FrameSurface {
  const { frame, style, origin, unregister } = placeExtensionFrame(doc, { ...options, title: t('sidebarFrameTitle') });
  let open = options.open;
  let layout: Pick<Layout, 'open' | 'tab'> | null = null;
  const size = () => {
    const tab = { left: 0, top: 0, ...FRAME_SIZES.collapsed };
    const box: Box = (open ? layout?.open : layout?.tab) ?? tab;
    if (layout) {
      style.setProperty('left', `${box.left}px`, 'important');
      style.setProperty('top', `${box.top}px`, 'important');
    }
    style.setProperty('width', `${open ? box.width : FRAME_SIZES.collapsed.width}px`, 'important');
    style.setProperty('height', `${open ? box.height : FRAME_SIZES.collapsed.height}px`, 'important');
  };
  size();
  return {
    frame,
    setOpen: (value) => {
      open = value;
      size();
    },
    place: (next) => {
      layout = next;
      size();
    },
    focus: () => focusFrame(frame, origin),
    remove: () => {
      unregister();
      frame.remove();
    },
  };
}
