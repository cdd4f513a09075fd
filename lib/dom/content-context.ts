// The lifetime of a content script, as WXT's but deaf and mute to the page.
// WXT announces every start with `window.postMessage` (the message names the
// extension id) and ends a running script when `document` receives an event of
// that name, which any page can dispatch: one line of page script removed
// Rapport for the rest of the page's life. This context tells the page nothing
// and ends only when the extension itself is gone (updated, reloaded, removed),
// which only the browser can cause. wxt.config.ts puts it in place of WXT's.
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** How often an old script looks whether its extension is still there (a property read). */
const CHECK_MS = 5_000;

export class ContentScriptContext extends WxtContentScriptContext {
  /** No announcement: Rapport does not inject itself twice, and the page must not learn the id. */
  override stopOldScripts(): void {}

  /**
   * Ends when the extension's runtime is gone (`isInvalid` checks `runtime.id`), never on a page event.
   * Timers in a hidden tab may run once a minute, so the user's next key, click or return to the tab
   * also looks: an orphaned sidebar goes before it can answer with "Extension context invalidated".
   */
  override listenForNewerScripts(): void {
    const check = () => {
      if (!this.isInvalid) setTimeout(check, CHECK_MS);
    };
    setTimeout(check, CHECK_MS);
    const look = () => void this.isInvalid;
    for (const type of ['keydown', 'pointerdown', 'focusin', 'visibilitychange'])
      window.addEventListener(type, look, { capture: true, passive: true, signal: this.signal });
  }
}
