import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/call/call.css';
import '../../components/precall/precall.css';
import '../../components/sidebar/sidebar.css';
import { jitsi } from '../../lib/sites/call/jitsi';
import { adapterFor, CALL_ADAPTERS, CALL_MATCHES } from '../../lib/sites/registry';
import { watchCall } from './watch-call';

export default defineContentScript({
  matches: CALL_MATCHES,
  // Zoom's web client runs in an iframe (iframe#webclient on app.zoom.us).
  allFrames: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    // Outside the built-in sites this script runs only on the user's own Jitsi servers.
    const adapter = adapterFor(CALL_ADAPTERS, location.href) ?? jitsi;
    watchCall(ctx, adapter).catch((error: unknown) =>
      console.warn(`[Rapport] ${adapter.id}: call surfaces disabled on this page`, error),
    );
  },
});
