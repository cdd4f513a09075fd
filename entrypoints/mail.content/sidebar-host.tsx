// The sidebar's live state on the page: the draft's word count, collapsed or
// open, and where it docks beside the compose window.
import { useEffect, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { countWords } from '../../lib/analysis/words';
import { watchText } from '../../lib/dom/watch';
import { send } from '../../lib/messaging/client';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { placeBeside } from '../../lib/ui/placement';

const PANEL = { width: 280, height: 180 };

export interface HostProps {
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

export function SidebarHost({ adapter, compose, startCollapsed, signal }: HostProps) {
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
