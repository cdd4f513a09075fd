// The mail sidebar in its extension frame: renders only once the background
// granted this frame its tab's compose; a copy the page framed itself shows a
// neutral empty state. Escape (on keyup, so the page sees no key) returns focus
// to the editor; the size the page sees is set by the content script.
import { useEffect, useRef, useState } from 'preact/hooks';
import { AppreciationPrompt } from '../../components/sidebar/AppreciationPrompt';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { pauseAt, shownCategories } from '../../lib/analysis/sensitivity';
import { focusFirst } from '../../lib/dom/frame-focus';
import { getLanguage, t } from '../../lib/i18n';
import type { EditorCommand } from '../../lib/messaging/surface-types';
import type { PageSettings } from '../../lib/storage/settings';
import { useContactBrief } from '../../lib/ui/use-contact-brief';
import { findingActions, useFrameReview } from '../../lib/ui/use-frame-review';
import { useFrameSettings } from '../../lib/ui/use-frame-settings';
import { useSidebarState } from '../../lib/ui/use-sidebar-state';
import { type SurfaceLink, type SurfaceState, sendCommand, useSurfaceLink } from '../../lib/ui/use-surface-link';

const command = (c: EditorCommand) => sendCommand(c).catch((e: unknown) => console.warn('[Rapport]', e));

export function SidebarFrame(props: { link: SurfaceLink }) {
  const root = useRef<HTMLDivElement>(null);
  // The draft leads: the shortcut lands on the first finding, else on the panel's first control.
  props.link.onFocusRequest = () => root.current && focusFirst(root.current, '[data-testid="finding-head"]');
  const link = useSurfaceLink(props.link);
  const settings = useFrameSettings(link.granted);
  // Screen readers speak the frame in the UI's language, whatever the page's.
  useEffect(() => {
    document.documentElement.lang = getLanguage();
  }, [settings]);
  // A light page keeps the sidebar light on a dark OS (theme.css); a dark page leaves it to the OS.
  const theme = link.draft?.theme;
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);

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
        <MailSidebar settings={settings} link={link} shortcuts={props.link} />
      ) : (
        <p class="rp-frame-empty rp-muted" data-testid="sidebar-locked">
          {t('sidebarNothing')}
        </p>
      )}
    </div>
  );
}

function MailSidebar(props: { settings: PageSettings; link: SurfaceState; shortcuts: SurfaceLink }) {
  const { settings, link } = props;
  const [categories] = useState(() => shownCategories(settings.sensitivity, settings.disabledCategories));
  const draft = useFrameReview(link.draft, settings.disabledRules, categories);
  const first = draft.recipients.find((r) => r.email);
  const contact = useContactBrief(first, draft.review?.scores.tension, draft.wordCount === 0);
  const name = contact.recipient?.name || contact.recipient?.email || '';
  const { open, toggle, dock, redock } = useSidebarState(settings, link.draft, command);
  props.shortcuts.onToggleRequest = toggle;

  return (
    <Sidebar
      wordCount={draft.wordCount}
      reading={draft.reading}
      ignored={draft.ignored}
      onRestore={draft.restore}
      dock={dock}
      onDock={redock}
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
      {...findingActions(draft)}
      onToggle={toggle}
    />
  );
}
