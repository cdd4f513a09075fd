// Places the sidebar frame beside the compose being written while one is open,
// and feeds it the draft.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { feedCompose } from '../../lib/dom/compose-feed';
import { installFocusShortcut } from '../../lib/dom/frame-focus';
import { createFrameSurface } from '../../lib/dom/frame-surface';
import { createMountSlot } from '../../lib/dom/mount-slot';
import { sidebarLayout } from '../../lib/dom/sidebar-layout';
import { watchPresence } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import { siteState } from '../../lib/settings/model';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { loadSettingsInPage } from '../../lib/ui/page-settings';
import type { DockSide } from '../../lib/ui/placement';

export function watchComposes(ctx: Pick<ContentScriptContext, 'signal'>, adapter: MailAdapter): void {
  const slot = createMountSlot<MailCompose>(
    (compose, signal, onLost) => mountFor(adapter, compose, signal, onLost),
    (error) => console.warn(`[Rapport] ${adapter.id}: sidebar failed`, error),
  );

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
    onAppear: slot.show,
    onDisappear: slot.clear,
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
  adapter: MailAdapter,
  compose: MailCompose,
  signal: AbortSignal,
  onLost: () => void,
): Promise<() => void> {
  const settings = await loadSettingsInPage();
  if (siteState(settings, adapter.id).kind !== 'on' || signal.aborted) return () => undefined;
  const { token, underlines } = await send({ type: 'surface/open' });
  if (signal.aborted) return () => undefined;
  let dock: DockSide = settings.sidebarDock;
  const placed = sidebarLayout(adapter, compose, dock);
  const surface = createFrameSurface(document, {
    page: 'mail-sidebar.html',
    name: 'rapport-sidebar',
    token,
    open: !settings.sidebarCollapsed && !placed.cramped,
    onLost,
  });
  surface.place(placed);
  let cramped = placed.cramped;
  // Placed anew at each reading of the draft too: another compose may have opened meanwhile.
  const layout = () => {
    const next = sidebarLayout(adapter, compose, dock);
    surface.place(next);
    cramped = next.cramped;
    return cramped;
  };
  const reread = feedCompose(adapter, compose, signal, {
    frame: surface.frame,
    panelKeepsFocus: true,
    underlines,
    cramped: layout,
    onSize: surface.setOpen,
    onDock: (side) => {
      dock = side;
    },
  });
  window.addEventListener(
    'resize',
    () => {
      const before = cramped;
      if (layout() !== before) reread();
    },
    { signal },
  );
  installFocusShortcut(document, surface, signal);
  return () => {
    surface.remove();
    send({ type: 'surface/close', id: token }).catch(() => undefined);
  };
}
