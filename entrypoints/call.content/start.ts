// The call content script's work, shared by the top-frame script and the one
// that runs in every frame of the clients that live in an iframe.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { jitsi } from '../../lib/sites/call/jitsi';
import { adapterFor, CALL_ADAPTERS } from '../../lib/sites/registry';
import { watchCall } from './watch-call';

export function startCall(ctx: ContentScriptContext): void {
  // Outside the built-in sites this script runs only on the user's own Jitsi servers.
  const adapter = adapterFor(CALL_ADAPTERS, location.href) ?? jitsi;
  watchCall(ctx, adapter).catch((error: unknown) =>
    console.warn(`[Rapport] ${adapter.id}: call surfaces disabled on this page`, error),
  );
}
