// Shows the pre-join card below the join controls while the
// pre-join screen is up; it goes when the user joins or dismisses it.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PreCallCard } from '../../components/precall/PreCallCard';
import { watchPresence } from '../../lib/dom/watch';
import type { CallAdapter, PreJoinScreen } from '../../lib/sites/types';
import { loadSettingsInPage } from '../../lib/ui/page-settings';

export function watchPreJoin(ctx: ContentScriptContext, adapter: CallAdapter): void {
  let dismissed = false;
  let removal: Promise<() => void> | null = null;

  const mount = async (screen: PreJoinScreen): Promise<() => void> => {
    await loadSettingsInPage();
    const ui = await createShadowRootUi(ctx, {
      name: 'rapport-precall',
      position: 'inline',
      // Below the join controls, in the page's flow: it never covers them.
      anchor: screen.panel,
      append: 'last',
      mode: 'closed',
      isolateEvents: true,
      onMount: (container) => {
        const dismiss = () => {
          dismissed = true;
          ui.remove();
        };
        render(<PreCallCard meetingTitle={screen.meetingTitle} onDismiss={dismiss} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    return () => ui.remove();
  };

  watchPresence(document.body, ctx.signal, {
    find: () => (dismissed ? null : adapter.findPreJoin(document, new URL(location.href))),
    same: (a, b) => a.joinButton === b.joinButton,
    onAppear: (screen) => {
      removal = mount(screen);
    },
    onDisappear: () => {
      removal?.then(
        (remove) => remove(),
        (error: unknown) => console.warn(`[Rapport] ${adapter.id}: card failed`, error),
      );
      removal = null;
    },
  });
}
