// The pre-join card in its extension frame: renders only once the background
// granted this frame its tab's meeting; a copy the page framed itself shows a
// neutral empty state. Hiding the card or turning the site off is stored here,
// then the content script takes the frame away.
import { focusFirst } from '../../lib/dom/frame-focus';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { useFrameSettings } from '../../lib/ui/use-frame-settings';
import { type SurfaceLink, sendCommand, useMeetingRef, useSurfaceLink } from '../../lib/ui/use-surface-link';
import { PreCallHost } from './PreCallHost';

const warn = (what: string) => (error: unknown) => console.warn(`[Rapport] ${what}`, error);

export function CardFrame(props: { link: SurfaceLink }) {
  // Alt+Shift+R in the page: the first control here takes focus.
  props.link.onFocusRequest = () => focusFirst(document.body);
  const link = useSurfaceLink(props.link);
  const settings = useFrameSettings(link.granted);
  const meeting = useMeetingRef(link);
  if (!(link.granted && settings && meeting))
    return (
      <p class="rp-frame-empty rp-muted" data-testid="card-locked">
        {t('sidebarNothing')}
      </p>
    );
  // Hidden for this meeting stays hidden, also after a reload.
  const dismiss = () =>
    send({ type: 'calls/update', ...meeting, patch: { cardHidden: true } })
      .catch(warn('could not remember hiding the card'))
      .then(() => sendCommand({ op: 'dismiss' }))
      .catch(warn('the card stays'));
  const turnOff = () =>
    send({ type: 'settings/page-set', disableSite: meeting.site })
      .catch(warn('could not turn off this site'))
      .then(dismiss);
  return (
    <div class="rp-frame-card">
      <PreCallHost
        meeting={meeting}
        title={link.meeting?.title ?? ''}
        settings={settings}
        onDismiss={dismiss}
        onTurnOff={turnOff}
      />
    </div>
  );
}
