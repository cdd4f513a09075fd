// Mounts the sidebar in a closed shadow root while a compose is open and
// keeps its word count in step with the draft.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { countWords } from '../../lib/analysis/words';
import { watchPresence, watchText } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { applyLanguage } from '../../lib/ui/language';
import { placeBeside } from '../../lib/ui/placement';

const PANEL = { width: 280, height: 180 };

interface HostProps {
  adapter: MailAdapter;
  compose: MailCompose;
  startCollapsed: boolean;
  signal: AbortSignal;
}

function readCount(adapter: MailAdapter, compose: MailCompose): number {
  try {
    return countWords(adapter.readDraft(compose));
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not read the draft`, error);
    return 0;
  }
}

function SidebarHost({ adapter, compose, startCollapsed, signal }: HostProps) {
  const [wordCount, setWordCount] = useState(() => readCount(adapter, compose));
  const [collapsed, setCollapsed] = useState(startCollapsed);
  const [place, setPlace] = useState(() => placeFor(compose));

  useEffect(() => {
    const update = () => setWordCount(readCount(adapter, compose));
    compose.editor.addEventListener('input', update, { signal });
    watchText(compose.editor, signal, update);
    const replace = () => setPlace(placeFor(compose));
    window.addEventListener('resize', replace, { signal });
  }, [adapter, compose, signal]);

  const toggle = () => {
    setCollapsed(!collapsed);
    send({ type: 'settings/set', patch: { sidebarCollapsed: !collapsed } }).catch((error: unknown) =>
      console.warn('[Rapport] could not remember the sidebar state', error),
    );
  };

  return (
    <div class="rp-dock" style={{ right: `${place.right}px`, top: `${place.top}px` }}>
      <Sidebar wordCount={wordCount} collapsed={collapsed || place.cramped} onToggle={toggle} />
    </div>
  );
}

function placeFor(compose: MailCompose) {
  const r = compose.root.getBoundingClientRect();
  return placeBeside(
    { left: r.left, top: r.top, width: r.width, height: r.height },
    { width: window.innerWidth, height: window.innerHeight },
    PANEL,
  );
}

async function startCollapsedSetting(): Promise<boolean> {
  try {
    const settings = await send({ type: 'settings/get' });
    applyLanguage(settings.uiLanguage);
    return settings.sidebarCollapsed;
  } catch (error) {
    console.warn('[Rapport] settings unavailable, using defaults', error);
    applyLanguage('auto');
    return false;
  }
}

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
  const startCollapsed = await startCollapsedSetting();
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
