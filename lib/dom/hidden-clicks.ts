// Click-jacking: the page owns the iframe's style, so it can make a Rapport
// frame transparent or cover it and lure the user into clicking it under a
// decoy. Chromium's IntersectionObserver v2 vouches for what the user can see
// (an entry's isVisible is false under opacity, filters or anything drawn on
// top); while it says so, the frame takes no click. Firefox gives no such
// signal (isVisible is undefined) and clicks stay as they are
// (docs/extension-frames.md).

const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick'];
/** The shortest interval the API allows; a frame that just became visible waits this long at most. */
const DELAY_MS = 100;

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export function refuseHiddenClicks(doc: Document): void {
  const view = doc.defaultView;
  if (!view?.IntersectionObserver) return;
  let visible = true;
  const observer = new view.IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (typeof last?.isVisible === 'boolean') visible = last.isVisible;
    },
    // trackVisibility and delay are the v2 options; browsers without them ignore them.
    { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
  );
  observer.observe(doc.documentElement);
  const refuse = (event: Event) => {
    if (visible) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of POINTER_EVENTS) view.addEventListener(type, refuse, { capture: true });
}
