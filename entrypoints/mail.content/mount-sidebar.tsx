// Mounts the sidebar in a closed shadow root while a compose is open and
// keeps its word count in step with the draft.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSurface } from '../../lib/dom/surface';
import { watchPresence } from '../../lib/dom/watch';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { loadSettingsInPage } from '../../lib/ui/page-settings';
import { SidebarHost } from './sidebar-host';

export function watchComposes(ctx: ContentScriptContext, adapter: MailAdapter): void {
  let current: { controller: AbortController; removal: Promise<() => void> } | null = null;

  // With several composes open (inline reply, pop-out, minimised), follow the one being written in.
  let preferred: HTMLElement | null = null;
  let reported = false;
  const recheck = watchPresence(document.body, ctx.signal, {
    find: () => {
      const composes = adapter.findComposes(document);
      if (composes.length === 0 && !reported && adapter.composeVisible?.(document)) {
        // The site changed its markup: stay out of the page, say so once.
        reported = true;
        console.warn(
          `[Rapport] ${adapter.id}: a compose window is open, but its editor is not one Rapport knows; no sidebar.`,
        );
      }
      return composes.find((c) => c.root === preferred) ?? composes[0] ?? null;
    },
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
  document.addEventListener(
    'focusin',
    (event) => {
      // Focus moving into Rapport's own sidebar keeps the compose it belongs to.
      const target = event.target instanceof Node ? event.target : null;
      const compose = target && adapter.findComposes(document).find((c) => c.root.contains(target));
      if (compose && compose.root !== preferred) {
        preferred = compose.root;
        recheck();
      }
    },
    { signal: ctx.signal },
  );
}

async function mountFor(
  ctx: ContentScriptContext,
  adapter: MailAdapter,
  compose: MailCompose,
  signal: AbortSignal,
): Promise<() => void> {
  const settings = await loadSettingsInPage();
  if (settings.disabledSites.includes(adapter.id)) return () => undefined;
  const ui = await createSurface(ctx, {
    name: 'rapport-sidebar',
    anchor: 'body',
    onMount: (container) => {
      render(
        <SidebarHost
          adapter={adapter}
          compose={compose}
          startCollapsed={settings.sidebarCollapsed}
          settings={settings}
          signal={signal}
        />,
        container,
      );
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (!signal.aborted) ui.mount();
  return () => ui.remove();
}
