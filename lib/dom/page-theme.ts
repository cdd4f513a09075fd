// Whether the page looks light or dark, from its own background: the sidebar
// follows the page (a light Gmail keeps a light sidebar on a dark OS). Only
// "light" or "dark" leaves the page, nothing else of its look.

export type PageTheme = 'light' | 'dark';

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, or null when transparent or unreadable. */
function luminance(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || (parts.length > 3 && parts[3] === 0)) return null;
  const [r, g, b] = parts.slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The theme of the background behind `from` (the compose), else the body's, else the document's; light by default. */
export function pageTheme(doc: Document, from?: Element | null): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = from ?? doc.body; el; el = el.parentElement) {
    const found = luminance(view.getComputedStyle(el).backgroundColor);
    if (found !== null) return found < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
