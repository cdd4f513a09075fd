// Alt+Shift+H hides every Rapport surface on the page at once (and shows them
// again): the user may be sharing their screen.
const HOSTS = 'rapport-precall, rapport-call-sidebar, rapport-sidebar';

export function installHideShortcut(doc: Document, signal: AbortSignal): void {
  let hidden = false;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyH')) return;
      hidden = !hidden;
      for (const host of doc.querySelectorAll<HTMLElement>(HOSTS)) host.style.display = hidden ? 'none' : '';
      doc.documentElement.toggleAttribute('data-rapport-hidden', hidden);
      event.preventDefault();
    },
    { capture: true, signal },
  );
}

/** New surfaces respect a hide that is in force. */
export function hiddenNow(doc: Document): boolean {
  return doc.documentElement.hasAttribute('data-rapport-hidden');
}
