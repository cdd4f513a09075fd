import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/precall/precall.css';
import { adapterFor, CALL_ADAPTERS, CALL_MATCHES } from '../../lib/sites/registry';
import { watchPreJoin } from './mount-card';

export default defineContentScript({
  matches: CALL_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    const adapter = adapterFor(CALL_ADAPTERS, location.href);
    if (!adapter) return;
    try {
      watchPreJoin(ctx, adapter);
    } catch (error) {
      console.warn(`[Rapport] ${adapter.id}: pre-join card disabled on this page`, error);
    }
  },
});
