// The sidebar on the page: the draft under review, docked beside the compose
// window, collapsible to a tab that is remembered.
import { useEffect, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { send } from '../../lib/messaging/client';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { placeBeside } from '../../lib/ui/placement';
import { useAppreciationPrompt } from '../../lib/ui/use-appreciation-prompt';
import { useDraftReview } from '../../lib/ui/use-draft-review';

const PANEL = { width: 280, height: 180 };

export interface HostProps {
  adapter: MailAdapter;
  compose: MailCompose;
  startCollapsed: boolean;
  disabledRules: readonly string[];
  signal: AbortSignal;
}

export function SidebarHost({ adapter, compose, startCollapsed, disabledRules, signal }: HostProps) {
  const draft = useDraftReview(adapter, compose, disabledRules, signal);
  const prompt = useAppreciationPrompt(draft.recipients[0], draft.review?.scores.tension);
  const [collapsed, setCollapsed] = useState(startCollapsed);
  // A compose that fills the pane leaves no room beside it: Rapport waits as a tab
  // and opens over the page only when the user asks for it.
  const [openedWhileCramped, setOpenedWhileCramped] = useState(false);
  const [place, setPlace] = useState(() => placeFor(compose));

  useEffect(() => {
    window.addEventListener('resize', () => setPlace(placeFor(compose)), { signal });
  }, [compose, signal]);

  const toggle = () => {
    if (place.cramped) {
      setOpenedWhileCramped(!openedWhileCramped);
      return;
    }
    setCollapsed(!collapsed);
    send({ type: 'settings/set', patch: { sidebarCollapsed: !collapsed } }).catch((error: unknown) =>
      console.warn('[Rapport] could not remember the sidebar state', error),
    );
  };

  return (
    <div class="rp-dock" style={{ right: `${place.right}px`, top: `${place.top}px` }}>
      <Sidebar
        wordCount={draft.wordCount}
        collapsed={place.cramped ? !openedWhileCramped : collapsed}
        recipients={draft.recipients}
        repliedTo={draft.repliedTo}
        appreciationPrompt={prompt?.text ?? null}
        review={draft.review}
        notice={draft.notice}
        canUndo={draft.canUndo}
        onToggle={toggle}
        onApply={draft.apply}
        onIgnore={draft.ignore}
        onDisableRule={draft.disableRule}
        onUndo={draft.undo}
        onHover={draft.hover}
      />
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
