// Mounts the sidebar in a closed shadow root while a compose is open and
// keeps its word count in step with the draft.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { watchPresence } from '../../lib/dom/watch';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { loadSettingsInPage } from '../../lib/ui/page-settings';
import { SidebarHost } from './sidebar-host';

export function watchComposes(ctx: ContentScriptContext, adapter: MailAdapter): void {
  let current: { controller: AbortController; removal: Promise<() => void> } | null = null;

  watchPresence(document.body, ctx.signal, {
    find: () => adapter.findComposes(document)[0] ?? null,
    same: (a, b) => a.editor === b.editor,
    onAppear: (compose) => {
      const controller = new AbortController();
      current = { controller, removal: mountFor(ctx, adapter, compose, controller.signal) };
    },
    onDisappear: () => {
      if (!current) return;
      current.controller.abort();
      current.removal.then(
        (remove) => remove(),
        (error: unknown) => console.warn(`[Rapport] ${adapter.id}: sidebar failed`, error),
      );
      current = null;
    },
  });
}

async function mountFor(
  ctx: ContentScriptContext,
  adapter: MailAdapter,
  compose: MailCompose,
  signal: AbortSignal,
): Promise<() => void> {
  const { sidebarCollapsed: startCollapsed } = await loadSettingsInPage();
  const ui = await createShadowRootUi(ctx, {
    name: 'rapport-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount: (container) => {
      render(
        <SidebarHost adapter={adapter} compose={compose} startCollapsed={startCollapsed} signal={signal} />,
        container,
      );
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (!signal.aborted) ui.mount();
  return () => ui.remove();
}
