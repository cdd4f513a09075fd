import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/sidebar/sidebar.css';
import { installHideShortcut } from '../../lib/dom/hide';
import { answerPageRequests } from '../../lib/messaging/page-requests';
import { generic } from '../../lib/sites/mail/generic';
import { adapterFor, MAIL_ADAPTERS, MAIL_MATCHES } from '../../lib/sites/registry';
import { composeRecipient, selectionSender } from '../../lib/ui/selection-sender';
import { watchComposes } from './mount-sidebar';

export default defineContentScript({
  matches: MAIL_MATCHES,
  // GMX and WEB.DE run their mail client in an iframe (3c.gmx.net inside navigator.gmx.net).
  allFrames: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    // Outside the built-in sites this script runs only where the user enabled their own webmail.
    const adapter = adapterFor(MAIL_ADAPTERS, location.href) ?? generic;
    try {
      installHideShortcut(document, ctx.signal);
      answerPageRequests(
        {
          selectionSender: () => selectionSender(adapter, document),
          composeRecipient: () => composeRecipient(adapter, document),
        },
        ctx.signal,
      );
      watchComposes(ctx, adapter);
    } catch (error) {
      console.warn(`[Rapport] ${adapter.id}: sidebar disabled on this page`, error);
    }
  },
});
