// Which flagged ranges to draw: only those near the part of the editor the
// user sees (a screen above and below), followed as the view scrolls. Every
// range is laid out and painted by the browser, and 30,000 of them froze the
// page for seconds. The drawing itself is the underline layer's
// (lib/dom/underline-layer.ts), in an extension frame: the page's own
// CSS.highlights stays empty (issue 15).

/** Underlines drawn at most at once. */
export const MAX_UNDERLINES = 200;

export interface Span {
  start: number;
  end: number;
}

/** A vertical stretch of the viewport, in px. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The ranges of the spans (in text order) that lie in `band`, at most MAX_UNDERLINES. Text
 * flows down, so the first span in the band is found by bisection: only the spans in view
 * and a few probes are ever laid out. A span with no range counts as above the band.
 */
export function rangesNear(
  spans: readonly Span[],
  range: (start: number, end: number) => Range | null,
  band: Band,
): Range[] {
  const rect = (span: Span) => {
    const r = range(span.start, span.end);
    return r ? { r, box: r.getBoundingClientRect() } : null;
  };
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const probe = rect(spans[mid] as Span);
    if (!probe || probe.box.bottom < band.top) lo = mid + 1;
    else hi = mid;
  }
  const found: Range[] = [];
  for (let i = lo; i < spans.length && found.length < MAX_UNDERLINES; i++) {
    const probe = rect(spans[i] as Span);
    if (!probe) continue;
    if (probe.box.top > band.bottom) break;
    found.push(probe.r);
  }
  return found;
}

/**
 * Hands `draw` the ranges of the spans near the visible part of `editor` (a screen above and
 * below it) now and whenever the view scrolls or resizes, once a frame at most, until `signal` aborts.
 */
export function followNearView(
  editor: HTMLElement,
  spans: readonly Span[],
  range: (start: number, end: number) => Range | null,
  signal: AbortSignal,
  draw: (ranges: Range[]) => void,
): void {
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const redraw = () => {
    const box = editor.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, view.innerHeight);
    const margin = Math.max(bottom - top, 0);
    draw(rangesNear(sorted, range, { top: top - margin, bottom: bottom + margin }));
  };
  let frame = 0;
  const schedule = () => {
    if (frame === 0)
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (!signal.aborted) redraw();
      });
  };
  // Capture: scroll does not bubble, and the editor or any pane around it may be what scrolls.
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  view.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame));
  // In the next frame, not in the task that got the analysis: measuring lays out the whole draft.
  schedule();
}
