// The mail content script's work, shared by the top-frame script and the one
// that runs in every frame of the sites whose client lives in an iframe.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installHideShortcut } from '../../lib/dom/hide';
import { answerPageRequests } from '../../lib/messaging/page-requests';
import { generic } from '../../lib/sites/mail/generic';
import { adapterFor, MAIL_ADAPTERS } from '../../lib/sites/registry';
import { composeRecipient, selectionSender } from '../../lib/ui/selection-sender';
import { rewatcher } from '../../lib/ui/site-rewatch';
import { watchComposes } from './mount-sidebar';

export function startMail(ctx: ContentScriptContext): void {
  // Outside the built-in sites this script runs only where the user enabled their own webmail.
  const builtIn = adapterFor(MAIL_ADAPTERS, location.href);
  const adapter = builtIn ?? generic;
  try {
    installHideShortcut(document, ctx.signal);
    const watch = rewatcher(ctx.signal, adapter.id, (signal) => watchComposes({ signal }, adapter));
    answerPageRequests(
      {
        selectionSender: () => selectionSender(adapter, document),
        composeRecipient: () => composeRecipient(adapter, document),
        pageSite: () => (builtIn ? { site: builtIn.id } : null),
        siteChanged: watch,
      },
      ctx.signal,
    );
    watch();
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: sidebar disabled on this page`, error);
  }
}
