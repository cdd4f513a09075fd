// Underlines ranges in the page's editor without touching its DOM: the CSS
// Custom Highlight API. The ::highlight rule must live in the page's <head>
// (inside a shadow root it renders nothing; browser-facts.md); it is static
// CSS and carries none of the user's text. Browsers without the API get none.

const STYLE_ID = 'rapport-highlight-style';
const FINDINGS = 'rapport-finding';
const FOCUS = 'rapport-focus';

const CSS_TEXT = `::highlight(${FINDINGS}) { text-decoration: underline wavy #c2410c; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(${FOCUS}) { background-color: rgb(250 204 21 / 45%); }`;

function supported(doc: Document): boolean {
  return Boolean(doc.head) && typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function showHighlights(doc: Document, ranges: readonly Range[]): void {
  if (!supported(doc)) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS_TEXT;
    doc.head.append(style);
  }
  CSS.highlights.set(FINDINGS, new Highlight(...ranges));
}

export function focusHighlight(doc: Document, range: Range | null): void {
  if (!supported(doc)) return;
  if (range) CSS.highlights.set(FOCUS, new Highlight(range));
  else CSS.highlights.delete(FOCUS);
}

export function clearHighlights(doc: Document): void {
  if (!supported(doc)) return;
  CSS.highlights.delete(FINDINGS);
  CSS.highlights.delete(FOCUS);
  doc.getElementById(STYLE_ID)?.remove();
}
