// The names of Rapport's surfaces on a page. Each is an extension frame
// (lib/dom/frame-surface.ts): what it shows is out of the page's reach, which
// a closed shadow root was not (issue 15, docs/extension-frames.md).

export type SurfaceName = 'rapport-sidebar' | 'rapport-underlines' | 'rapport-precall' | 'rapport-call-sidebar';

/** The attribute that names a surface's frame (for Rapport's own code and tests; the page sees the frame anyway). */
export const SURFACE_ATTRIBUTE = 'data-rapport-ui';
