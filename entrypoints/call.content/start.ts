// The call content script's work, shared by the top-frame script and the one
// that runs in every frame of the clients that live in an iframe.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerPageRequests } from '../../lib/messaging/page-requests';
import { jitsi } from '../../lib/sites/call/jitsi';
import { adapterFor, CALL_ADAPTERS } from '../../lib/sites/registry';
import { rewatcher } from '../../lib/ui/site-rewatch';
import { watchCall } from './watch-call';

export function startCall(ctx: ContentScriptContext): void {
  // Outside the built-in sites this script runs only on the user's own Jitsi servers.
  const builtIn = adapterFor(CALL_ADAPTERS, location.href);
  const adapter = builtIn ?? jitsi;
  const watch = rewatcher(ctx.signal, adapter.id, (signal) =>
    watchCall({ signal }, adapter).catch((error: unknown) =>
      console.warn(`[Rapport] ${adapter.id}: call surfaces disabled on this page`, error),
    ),
  );
  // Answered even where the site is off, so the popup can turn it on again.
  if (builtIn) answerPageRequests({ pageSite: () => ({ site: builtIn.id }), siteChanged: watch }, ctx.signal);
  watch();
}
