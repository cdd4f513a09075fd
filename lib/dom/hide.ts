// Alt+Shift+H hides every Rapport surface on the page at once (and shows them
// again): the user may be sharing their screen. A style on the host element
// would lose to the shadow root's own `:host { all: initial !important }`, so
// the hiding rule goes inside each root, after it; a frame is hidden by its own
// style. `inert` keeps a hidden surface out of focus and the accessibility tree
// even if a style fails. The state lives here, not in the page's DOM, where a
// page could change it.

interface Registered {
  host: HTMLElement;
  /** null for a frame. */
  shadow: ShadowRoot | null;
  rule: HTMLStyleElement | null;
  /** A frame's own display (a card in the page's flow is a block), given back when shown again. */
  display: string;
}

const surfaces = new Set<Registered>();
let hidden = false;

function apply(surface: Registered): void {
  if (!surface.shadow) {
    if (hidden) surface.host.style.setProperty('display', 'none', 'important');
    else if (surface.display) surface.host.style.setProperty('display', surface.display, 'important');
    else surface.host.style.removeProperty('display');
  } else if (hidden && !surface.rule) {
    const rule = surface.host.ownerDocument.createElement('style');
    rule.textContent = ':host { display: none !important; }';
    surface.shadow.append(rule);
    surface.rule = rule;
  } else if (!hidden && surface.rule) {
    surface.rule.remove();
    surface.rule = null;
  }
  surface.host.inert = hidden;
}

/** A surface follows the hide in force now and every later toggle; returns how to forget it. */
export function registerSurface(host: HTMLElement, shadow: ShadowRoot | null): () => void {
  const surface: Registered = { host, shadow, rule: null, display: host.style.getPropertyValue('display') };
  surfaces.add(surface);
  apply(surface);
  return () => {
    surfaces.delete(surface);
  };
}

export function setHidden(value: boolean): void {
  hidden = value;
  for (const surface of surfaces) apply(surface);
}

export function hiddenNow(): boolean {
  return hidden;
}

export function installHideShortcut(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!(event.isTrusted && event.altKey && event.shiftKey && event.code === 'KeyH')) return;
      setHidden(!hidden);
      event.preventDefault();
    },
    { capture: true, signal },
  );
}
