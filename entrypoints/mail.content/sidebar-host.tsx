// The sidebar on the page: the draft under review, docked beside the compose
// window, collapsible to a tab that is remembered.
import { useEffect, useState } from 'preact/hooks';
import { AppreciationPrompt } from '../../components/sidebar/AppreciationPrompt';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { pauseAt, shownCategories } from '../../lib/analysis/sensitivity';
import { send } from '../../lib/messaging/client';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import type { PageSettings } from '../../lib/storage/settings';
import { placeBeside } from '../../lib/ui/placement';
import { useContactBrief } from '../../lib/ui/use-contact-brief';
import { useDraftReview } from '../../lib/ui/use-draft-review';

const PANEL = { width: 280, height: 180 };

export interface HostProps {
  adapter: MailAdapter;
  compose: MailCompose;
  startCollapsed: boolean;
  settings: PageSettings;
  signal: AbortSignal;
}

export function SidebarHost({ adapter, compose, startCollapsed, settings, signal }: HostProps) {
  const [categories] = useState(() => shownCategories(settings.sensitivity, settings.disabledCategories));
  const draft = useDraftReview(adapter, compose, settings.disabledRules, signal, categories);
  const first = draft.recipients.find((r) => r.email);
  const contact = useContactBrief(first, draft.review?.scores.tension, draft.wordCount === 0);
  const name = contact.recipient?.name || contact.recipient?.email || '';
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
    send({ type: 'settings/page-set', sidebarCollapsed: !collapsed }).catch((error: unknown) =>
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
        appreciation={
          contact.brief && (
            <AppreciationPrompt
              key={contact.brief.prompt?.id}
              question={contact.brief.prompt?.text ?? null}
              name={name}
              lastNote={contact.brief.lastNotes[0] ?? null}
              status={contact.status}
              error={contact.error}
              onSave={contact.save}
              onDismiss={contact.dismiss}
              onSnooze={contact.snooze}
            />
          )
        }
        pauseAt={pauseAt(settings.sensitivity)}
        compliment={contact.brief?.compliment?.text ?? null}
        review={draft.review}
        notice={draft.notice}
        canUndo={draft.canUndo}
        onToggle={toggle}
        onApply={draft.apply}
        onApplyRewrite={draft.applyRewrite}
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
