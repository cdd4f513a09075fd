// The in-call sidebar in its extension frame: renders only once the background
// granted this frame its tab's meeting; a copy the page framed itself shows a
// neutral empty state. The size the page sees is set by the content script.
import { focusFirst } from '../../lib/dom/frame-focus';
import { t } from '../../lib/i18n';
import { useFrameSettings } from '../../lib/ui/use-frame-settings';
import { type SurfaceLink, useMeetingRef, useSurfaceLink } from '../../lib/ui/use-surface-link';
import { InCallHost } from './InCallHost';

export function CallSidebarFrame(props: { link: SurfaceLink }) {
  // Alt+Shift+R in the page: the first control here takes focus.
  props.link.onFocusRequest = () => focusFirst(document.body);
  const link = useSurfaceLink(props.link);
  const settings = useFrameSettings(link.granted);
  const meeting = useMeetingRef(link);
  return (
    <div class="rp-frame-dock rp-frame-dock--call">
      {link.granted && settings && meeting ? (
        <InCallHost meeting={meeting} settings={settings} chat={link.draft} />
      ) : (
        <p class="rp-frame-empty rp-muted" data-testid="call-locked">
          {t('sidebarNothing')}
        </p>
      )}
    </div>
  );
}
