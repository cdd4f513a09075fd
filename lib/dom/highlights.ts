// Underlines ranges in the page's editor without touching its DOM: the CSS
// Custom Highlight API. The ::highlight rule must live in the page's <head>
// (inside a shadow root it renders nothing; browser-facts.md); it is static
// CSS and carries none of the user's text. Browsers without the API get none.

const STYLE_ID = 'rapport-highlight-style';
const FINDINGS = 'rapport-finding';
const FOCUS = 'rapport-focus';

const CSS_TEXT = `::highlight(${FINDINGS}) { text-decoration: underline wavy #c2410c; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(${FOCUS}) { background-color: rgb(250 204 21 / 45%); }`;

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
}

/** The editor's own window: an editor inside an iframe (Proton) has its own registry. */
function api(doc: Document): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const view = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = view?.CSS?.highlights;
  return doc.head && registry && view?.Highlight ? { registry, Highlight: view.Highlight } : null;
}

export function showHighlights(doc: Document, ranges: readonly Range[]): void {
  const hl = api(doc);
  if (!hl) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS_TEXT;
    doc.head.append(style);
  }
  hl.registry.set(FINDINGS, new hl.Highlight(...ranges));
}

export function focusHighlight(doc: Document, range: Range | null): void {
  const hl = api(doc);
  if (!hl) return;
  if (range) hl.registry.set(FOCUS, new hl.Highlight(range));
  else hl.registry.delete(FOCUS);
}

export function clearHighlights(doc: Document): void {
  const hl = api(doc);
  if (!hl) return;
  hl.registry.delete(FINDINGS);
  hl.registry.delete(FOCUS);
  doc.getElementById(STYLE_ID)?.remove();
}
