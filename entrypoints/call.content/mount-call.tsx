// Puts the call surfaces on the page, each in a closed shadow root: the card
// in the pre-join column's flow (below the join button, never over it), the
// in-call sidebar docked at the left edge above the call controls.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { hiddenNow } from '../../lib/dom/hide';
import { send } from '../../lib/messaging/client';
import type { CallAdapter, PreJoinScreen } from '../../lib/sites/types';
import type { Settings } from '../../lib/storage/settings';
import type { MeetingRef } from '../../lib/ui/use-call-brief';
import { InCallHost } from './incall-host';
import { PreCallHost } from './precall-host';

export async function mountCard(
  ctx: ContentScriptContext,
  adapter: CallAdapter,
  screen: PreJoinScreen,
  meeting: MeetingRef,
  settings: Settings,
  onDismissed: () => void,
): Promise<() => void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'rapport-precall',
    position: 'inline',
    anchor: screen.panel,
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount: (container) => {
      const dismiss = () => {
        onDismissed();
        ui.remove();
      };
      const turnOff = () => {
        send({ type: 'settings/set', patch: { disabledSites: [...settings.disabledSites, adapter.id] } }).catch(
          (error: unknown) => console.warn('[Rapport] could not turn off this site', error),
        );
        dismiss();
      };
      render(
        <PreCallHost
          meeting={meeting}
          title={screen.meetingTitle}
          settings={settings}
          onDismiss={dismiss}
          onTurnOff={turnOff}
        />,
        container,
      );
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  if (hiddenNow(document)) ui.shadowHost.style.display = 'none';
  return () => ui.remove();
}

export async function mountInCall(
  ctx: ContentScriptContext,
  adapter: CallAdapter,
  meeting: MeetingRef,
  settings: Settings,
): Promise<() => void> {
  const controller = new AbortController();
  ctx.signal.addEventListener('abort', () => controller.abort());
  const ui = await createShadowRootUi(ctx, {
    name: 'rapport-call-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount: (container) => {
      render(
        <InCallHost adapter={adapter} meeting={meeting} settings={settings} signal={controller.signal} />,
        container,
      );
      return container;
    },
    onRemove: (container) => {
      controller.abort();
      if (container) render(null, container);
    },
  });
  ui.mount();
  if (hiddenNow(document)) ui.shadowHost.style.display = 'none';
  return () => ui.remove();
}
