// A content script's watch of the page, started afresh whenever the popup
// turns the site off or on or pauses it, and when a pause ends: each start
// reads the settings again and stays away while the site is not on.
import { siteState } from '../settings/model';
import { loadSettingsInPage } from './page-settings';

/** Largest delay setTimeout keeps. */
const MAX_TIMER = 2 ** 31 - 1;

/** Returns the function that (re)starts `watch`; the previous watch ends with its signal. */
export function rewatcher(signal: AbortSignal, site: string, watch: (signal: AbortSignal) => void): () => void {
  let session: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const start = () => {
    session?.abort();
    clearTimeout(timer);
    session = new AbortController();
    const current = AbortSignal.any([signal, session.signal]);
    watch(current);
    loadSettingsInPage().then((settings) => {
      const state = siteState(settings, site);
      if (state.kind === 'paused' && !current.aborted)
        timer = setTimeout(start, Math.min(Date.parse(state.until) - Date.now() + 1_000, MAX_TIMER));
    }, console.warn);
  };
  return start;
}
