// People a mail page can name for Rapport's other contexts: who wrote the text
// the user selected (the author of the open mail it sits in, or inside a reply
// being written the sender in the quote header), and who the open compose is for.
import { quotedSender } from '../analysis/quote-header';
import type { MailAdapter, Recipient } from '../sites/types';

export function selectionSender(adapter: MailAdapter, doc: Document): Recipient | null {
  try {
    const node = doc.getSelection()?.anchorNode;
    if (!node) return null;
    const compose = adapter.findComposes(doc).find((c) => c.root.contains(node));
    if (compose) return quotedSender(adapter.readDraft(compose));
    return adapter.messageSender?.(node) ?? null;
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not tell who wrote the selection`, error);
    return null;
  }
}

/** The first addressed recipient of the compose being written, or null. */
export function composeRecipient(adapter: MailAdapter, doc: Document): Recipient | null {
  try {
    const [compose] = adapter.findComposes(doc);
    return compose ? (adapter.readRecipients(compose).find((r) => r.email) ?? null) : null;
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not read the recipients`, error);
    return null;
  }
}
