// The hostile page of the audit behind issue 10, shared by the Chromium and
// Firefox tests: script that runs before the page's own, and what it got.
import type { Page } from 'playwright-core';

/**
 * Runs in the page before its own scripts: defines the element names Rapport's
 * hosts once had (and any other custom element that appears) so that it keeps
 * their ElementInternals, and records every window message.
 */
export const HOSTILE = `(() => {
  const attack = { internals: [], messages: [] };
  window.__attack = attack;
  const claim = (name) => {
    if (customElements.get(name)) return;
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); try { attack.internals.push(this.attachInternals()); } catch (e) {} }
    });
  };
  for (const name of ['rapport-sidebar', 'rapport-precall', 'rapport-call-sidebar']) claim(name);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName.includes('-')) claim(n.localName);
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('message', (e) => {
    try { attack.messages.push(JSON.stringify(e.data)); } catch (err) { attack.messages.push(String(e.data)); }
  });
})();`;

/** What the page's script got hold of: roots through internals, open roots, the secret in the page's DOM. */
export function lootInPage(secret: string) {
  const attack = (window as unknown as { __attack: { internals: ElementInternals[] } }).__attack;
  const roots = attack.internals.map((i) => i.shadowRoot).filter((r) => r !== null);
  return {
    roots: roots.length,
    rootText: roots.map((r) => r?.textContent ?? '').join(' '),
    openRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot !== null).length,
    inDocument: document.documentElement.textContent?.includes(secret) ?? false,
  };
}

/** Runs before the page's own scripts: logs every key and input event the page can catch (read by `keysSeen`). */
export const KEYLOGGER = `(() => {
  const log = [];
  window.__keys = log;
  for (const target of [window, document])
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'])
      target.addEventListener(type, (e) => log.push(type + ':' + (e.key ?? e.data ?? '')), true);
})();`;

export const clearKeys = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __keys: string[] }).__keys.length = 0;
  });

export const keysSeen = (page: Page) => page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);

/** window.find from the page's own script, from the top of the document. */
export function findInPage(page: Page, words: string): Promise<boolean> {
  return page.evaluate((w) => {
    getSelection()?.removeAllRanges();
    return (window as unknown as { find(s: string): boolean }).find(w);
  }, words);
}

/**
 * What the page can measure of a Rapport surface without reading it: the points
 * of a 4 px grid where its element is hit, the lowest of them, and its own box.
 */
export function surfaceArea(page: Page, hostName: string) {
  return page.evaluate((selector) => {
    let hits = 0;
    let bottom = 0;
    for (let y = 0; y < innerHeight; y += 4)
      for (let x = 0; x < innerWidth; x += 4)
        if (document.elementFromPoint(x, y)?.closest(selector)) {
          hits++;
          bottom = Math.max(bottom, y);
        }
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return { hits, bottom, width: box?.width ?? -1, height: box?.height ?? -1 };
  }, `[data-rapport-ui="${hostName}"]`);
}
