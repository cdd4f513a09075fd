// One Rapport surface on a page: a closed shadow root on a plain <div>. A
// custom element as host would let a page that defines the name first keep
// `attachInternals()` and read the closed root through `internals.shadowRoot`;
// a built-in element cannot have internals, so the root stays out of reach.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { registerSurface } from './hide';

export type SurfaceName = 'rapport-sidebar' | 'rapport-underlines' | 'rapport-precall' | 'rapport-call-sidebar';

/** The attribute that names a surface's host (for Rapport's own code and tests; the page sees the div anyway). */
export const SURFACE_ATTRIBUTE = 'data-rapport-ui';

export interface SurfaceOptions {
  name: SurfaceName;
  anchor: string | Element;
  onMount: (container: HTMLElement) => void;
  /** Gets the container onMount rendered into (undefined if never mounted). */
  onRemove: (container: HTMLElement | undefined) => void;
}

export interface Surface {
  mount: () => void;
  remove: () => void;
}

export async function createSurface(ctx: ContentScriptContext, options: SurfaceOptions): Promise<Surface> {
  let unregister: () => void = () => undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'div',
    position: 'inline',
    anchor: options.anchor,
    append: 'last',
    mode: 'closed',
    // Keys typed into Rapport's fields do not reach the page's shortcuts.
    isolateEvents: true,
    onMount: (container) => {
      options.onMount(container);
      return container;
    },
    onRemove: (container) => {
      unregister();
      options.onRemove(container);
    },
  });
  ui.shadowHost.setAttribute(SURFACE_ATTRIBUTE, options.name);
  return {
    mount: () => {
      ui.mount();
      unregister = registerSurface(ui.shadowHost, ui.shadow);
    },
    remove: () => ui.remove(),
  };
}
