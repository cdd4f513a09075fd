// The mail content script's work, shared by the top-frame script and the one
// that runs in every frame of the sites whose client lives in an iframe.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installHideShortcut } from '../../lib/dom/hide';
import { answerPageRequests } from '../../lib/messaging/page-requests';
import { siteState } from '../../lib/settings/model';
import { generic } from '../../lib/sites/mail/generic';
import { adapterFor, MAIL_ADAPTERS } from '../../lib/sites/registry';
import type { MailAdapter } from '../../lib/sites/types';
import { loadSettingsInPage } from '../../lib/ui/page-settings';
import { composeRecipient, selectionSender } from '../../lib/ui/selection-sender';
import { watchComposes } from './mount-sidebar';

/** Largest delay setTimeout keeps. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Watches the composes afresh whenever the popup turns the site off or on or
 * pauses it, and when a pause ends: each compose then reads the settings again.
 */
function rewatcher(ctx: ContentScriptContext, adapter: MailAdapter): () => void {
  let session: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.signal.addEventListener('abort', () => clearTimeout(timer));
  const watch = () => {
    session?.abort();
    clearTimeout(timer);
    session = new AbortController();
    const signal = AbortSignal.any([ctx.signal, session.signal]);
    watchComposes({ signal }, adapter);
    loadSettingsInPage().then((settings) => {
      const state = siteState(settings, adapter.id);
      if (state.kind === 'paused' && !signal.aborted)
        timer = setTimeout(watch, Math.min(Date.parse(state.until) - Date.now() + 1_000, MAX_TIMER));
    }, console.warn);
  };
  return watch;
}

export function startMail(ctx: ContentScriptContext): void {
  // Outside the built-in sites this script runs only where the user enabled their own webmail.
  const builtIn = adapterFor(MAIL_ADAPTERS, location.href);
  const adapter = builtIn ?? generic;
  try {
    installHideShortcut(document, ctx.signal);
    const watch = rewatcher(ctx, adapter);
    answerPageRequests(
      {
        selectionSender: () => selectionSender(adapter, document),
        composeRecipient: () => composeRecipient(adapter, document),
        pageSite: () => (builtIn ? { site: builtIn.id, live: true } : null),
        siteChanged: watch,
      },
      ctx.signal,
    );
    watch();
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: sidebar disabled on this page`, error);
  }
}
