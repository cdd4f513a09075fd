// Reading a compose through its site adapter, and noticing the user send it;
// a site whose markup changed is reported, never thrown into the page.
import { send } from '../messaging/client';
import { clipPerson, MAX_LEARNED_RECIPIENTS } from '../messaging/limits';
import type { MailAdapter, MailCompose, Recipient } from '../sites/types';
import type { TextMap } from './text';

export function readDraft(adapter: MailAdapter, compose: MailCompose): TextMap | null {
  try {
    return adapter.mapDraft(compose);
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not read the draft`, error);
    return null;
  }
}

export function readRecipients(adapter: MailAdapter, compose: MailCompose): Recipient[] {
  try {
    return adapter.readRecipients(compose).map(clipPerson);
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not read the recipients`, error);
    return [];
  }
}

/**
 * A send teaches Rapport how the draft addressed its recipients (du or Sie):
 * only a send by the user (a page's scripted click is not trusted), and not a mailing.
 */
export function learnFormOnSend(
  adapter: MailAdapter,
  compose: MailCompose,
  form: () => string | null | undefined,
  signal: AbortSignal,
): void {
  const learn = (event: Event) => {
    if (!event.isTrusted) return;
    const used = form();
    const emails = readRecipients(adapter, compose)
      .map((r) => r.email)
      .filter(Boolean);
    if ((used === 'sie' || used === 'du') && emails.length > 0 && emails.length <= MAX_LEARNED_RECIPIENTS) {
      send({ type: 'contacts/learn-form', emails, form: used }).catch((error: unknown) =>
        console.warn('[Rapport] could not remember the form of address', error),
      );
    }
  };
  // On the document: some webmails put Send outside the compose form (Roundcube).
  compose.root.ownerDocument.addEventListener(
    'click',
    (event) => {
      const button = adapter.sendButton(compose);
      if (button && event.target instanceof Node && button.contains(event.target)) learn(event);
    },
    { capture: true, signal },
  );
  compose.editor.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) learn(event);
    },
    { capture: true, signal },
  );
}
