// The hostile page of the audit behind issue 10, shared by the Chromium and
// Firefox tests: script that runs before the page's own, and what it got.

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
