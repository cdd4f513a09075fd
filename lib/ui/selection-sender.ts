// Who wrote the text the user selected: the author of the open mail it sits in,
// or, inside a reply being written, the sender named in the quote header.
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
