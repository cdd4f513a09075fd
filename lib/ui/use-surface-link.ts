// A Rapport frame's link to the background: a port over which it presents
// every token posted into its window (the page may post guesses first; the
// background grants only the one the content script registered for this tab)
// and then gets each reading of the compose or chat box (the sidebars), the
// meeting (the call's frames) or the boxes to draw (the underline layer).
// Until granted it has no data.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '../browser';
import { send } from '../messaging/client';
import {
  type DraftSnapshot,
  type EditorCommand,
  FOCUS_KEY,
  LOST_KEY,
  type Marks,
  type PortNews,
  SURFACE_PORT,
  type SurfaceMeeting,
  TOKEN_KEY,
} from '../messaging/surface-types';

/** A port message now and then keeps the background awake while the compose is open (MV3 service worker). */
const KEEP_AWAKE_MS = 20_000;

/** Asks the content script of this frame's surface to act in the page. */
export const sendCommand = (command: EditorCommand) => send({ type: 'surface/command', command });

export interface SurfaceState {
  granted: boolean;
  draft: DraftSnapshot | null;
  /** The underline layer's boxes (that frame gets no draft). */
  marks: Marks | null;
  /** The call's frames: the meeting the content script reported. */
  meeting: SurfaceMeeting | null;
}

export interface SurfaceLink {
  state(): SurfaceState;
  subscribe(listener: () => void): () => void;
  /** Called when the content script asks the frame to take focus (Alt+Shift+R in the page). */
  onFocusRequest: (() => void) | null;
  /** Called when the background passes on the user's toggle shortcut. */
  onToggleRequest: (() => void) | null;
}

/**
 * Connects at once, before the first render: the content script posts the
 * token on the frame's load, which comes before Preact runs any effect.
 */
export function connectSurface(): SurfaceLink {
  let state: SurfaceState = { granted: false, draft: null, marks: null, meeting: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SurfaceState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const port = browser.runtime.connect({ name: SURFACE_PORT });
  let open = true;
  const keepAwake = () => {
    window.setTimeout(() => {
      if (!open) return;
      port.postMessage({ ping: true });
      keepAwake();
    }, KEEP_AWAKE_MS);
  };
  port.onMessage.addListener((message: unknown) => {
    const news = message as PortNews;
    if ('granted' in news && news.granted) {
      set({ granted: true });
      keepAwake();
    } else if ('draft' in news) set({ draft: news.draft });
    else if ('marks' in news) set({ marks: news.marks });
    else if ('meeting' in news) set({ meeting: news.meeting });
    else if ('toggle' in news) link.onToggleRequest?.();
  });
  port.onDisconnect.addListener(() => {
    open = false;
    // The background stopped or forgot this frame: the content script places a fresh one.
    if (window.parent !== window) window.parent.postMessage({ [LOST_KEY]: true }, '*');
  });
  const link: SurfaceLink = {
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFocusRequest: null,
    onToggleRequest: null,
  };
  // Any window may post here; the token goes only to the background, which checks it.
  window.addEventListener('message', (event) => {
    const data = event.data as Record<string, unknown> | null;
    if (typeof data?.[TOKEN_KEY] === 'string' && open) port.postMessage({ token: data[TOKEN_KEY] });
    else if (data?.[FOCUS_KEY] === true) link.onFocusRequest?.();
  });
  return link;
}

export function useSurfaceLink(link: SurfaceLink): SurfaceState {
  const [state, setState] = useState(link.state);
  useEffect(() => {
    setState(link.state());
    return link.subscribe(() => setState(link.state()));
  }, [link]);
  return state;
}

/** A call frame's meeting as the brief hooks take it, the same object while it stays the same meeting. */
export function useMeetingRef(state: SurfaceState): { site: string; key: string } | null {
  const site = state.meeting?.site;
  const key = state.meeting?.key;
  return useMemo(() => (site && key !== undefined ? { site, key } : null), [site, key]);
}
