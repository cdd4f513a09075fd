// The mail sidebar in its extension frame: renders only once the background
// granted this frame its tab's compose; a copy the page framed itself shows a
// neutral empty state. Escape (on keyup, so the page sees no key) returns focus
// to the editor; the size the page sees is set by the content script.
import { useEffect, useRef, useState } from 'preact/hooks';
import { AppreciationPrompt } from '../../components/sidebar/AppreciationPrompt';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { pauseAt, shownCategories } from '../../lib/analysis/sensitivity';
import { focusFirst } from '../../lib/dom/frame-focus';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { EditorCommand } from '../../lib/messaging/surface-types';
import type { PageSettings } from '../../lib/storage/settings';
import { useContactBrief } from '../../lib/ui/use-contact-brief';
import { useFrameReview } from '../../lib/ui/use-frame-review';
import { useFrameSettings } from '../../lib/ui/use-frame-settings';
import { type SurfaceLink, type SurfaceState, sendCommand, useSurfaceLink } from '../../lib/ui/use-surface-link';

const command = (c: EditorCommand) => sendCommand(c).catch((e: unknown) => console.warn('[Rapport]', e));

export function SidebarFrame(props: { link: SurfaceLink }) {
  const root = useRef<HTMLDivElement>(null);
  props.link.onFocusRequest = () => root.current && focusFirst(root.current);
  const link = useSurfaceLink(props.link);
  const settings = useFrameSettings(link.granted);

  useEffect(() => {
    if (!link.granted) return;
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Escape') command({ op: 'focus-editor' });
    };
    window.addEventListener('keyup', onKeyUp);
    return () => window.removeEventListener('keyup', onKeyUp);
  }, [link.granted]);

  return (
    <div class="rp-frame-dock" ref={root}>
      {link.granted && settings ? (
        <MailSidebar settings={settings} link={link} />
      ) : (
        <p class="rp-frame-empty rp-muted" data-testid="sidebar-locked">
          {t('sidebarNothing')}
        </p>
      )}
    </div>
  );
}

function MailSidebar({ settings, link }: { settings: PageSettings; link: SurfaceState }) {
  const [categories] = useState(() => shownCategories(settings.sensitivity, settings.disabledCategories));
  const draft = useFrameReview(link.draft, settings.disabledRules, categories);
  const first = draft.recipients.find((r) => r.email);
  const contact = useContactBrief(first, draft.review?.scores.tension, draft.wordCount === 0);
  const name = contact.recipient?.name || contact.recipient?.email || '';
  const [collapsed, setCollapsed] = useState(settings.sidebarCollapsed);
  // A compose that fills the pane leaves no room beside it: Rapport waits as a tab
  // and opens over the page only when the user asks for it.
  const [openedWhileCramped, setOpenedWhileCramped] = useState(false);
  const cramped = link.draft?.cramped ?? false;
  const open = cramped ? openedWhileCramped : !collapsed;

  // The content script sized the frame from the same settings; the frame follows the user's toggles.
  const known = link.draft !== null;
  useEffect(() => {
    if (known) command({ op: 'size', open });
  }, [open, known]);

  const toggle = () => {
    if (cramped) {
      setOpenedWhileCramped(!openedWhileCramped);
      return;
    }
    setCollapsed(!collapsed);
    send({ type: 'settings/page-set', sidebarCollapsed: !collapsed }).catch((error: unknown) =>
      console.warn('[Rapport] could not remember the sidebar state', error),
    );
  };

  return (
    <Sidebar
      wordCount={draft.wordCount}
      collapsed={!open}
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
  );
}
