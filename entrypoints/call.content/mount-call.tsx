// Puts the call surfaces on the page, each in a closed shadow root: the card
// in the pre-join column's flow (below the join button, never over it), the
// in-call sidebar docked at the left edge above the call controls.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSurface } from '../../lib/dom/surface';
import { send } from '../../lib/messaging/client';
import type { CallAdapter, PreJoinScreen } from '../../lib/sites/types';
import type { PageSettings } from '../../lib/storage/settings';
import type { MeetingRef } from '../../lib/ui/use-call-brief';
import { InCallHost } from './incall-host';
import { PreCallHost } from './precall-host';

export async function mountCard(
  ctx: ContentScriptContext,
  adapter: CallAdapter,
  screen: PreJoinScreen,
  meeting: MeetingRef,
  settings: PageSettings,
  onDismissed: () => void,
): Promise<() => void> {
  const ui = await createSurface(ctx, {
    name: 'rapport-precall',
    anchor: screen.panel,
    onMount: (container) => {
      const dismiss = () => {
        onDismissed();
        ui.remove();
      };
      const turnOff = () => {
        send({ type: 'settings/page-set', disableSite: adapter.id }).catch((error: unknown) =>
          console.warn('[Rapport] could not turn off this site', error),
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
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return () => ui.remove();
}

export async function mountInCall(
  ctx: ContentScriptContext,
  adapter: CallAdapter,
  meeting: MeetingRef,
  settings: PageSettings,
): Promise<() => void> {
  const controller = new AbortController();
  ctx.signal.addEventListener('abort', () => controller.abort());
  const ui = await createSurface(ctx, {
    name: 'rapport-call-sidebar',
    anchor: 'body',
    onMount: (container) => {
      render(
        <InCallHost adapter={adapter} meeting={meeting} settings={settings} signal={controller.signal} />,
        container,
      );
    },
    onRemove: (container) => {
      controller.abort();
      if (container) render(null, container);
    },
  });
  ui.mount();
  return () => ui.remove();
}
