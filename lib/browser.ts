// The one import point for the extension API: webextension-polyfill, through
// WXT's alias (see @wxt-dev/webextension-polyfill in wxt.config.ts).

export type { Browser } from 'wxt/browser';
export { browser } from 'wxt/browser';
