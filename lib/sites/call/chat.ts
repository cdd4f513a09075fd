// A call's chat box seen as a one-line compose, so the mail sidebar's review
// (analysis, rewrites, undo) coaches chat messages too. No recipients, no
// subject: a chat message goes to everyone in the call.
import { mapText, visibleText } from '../../dom/text';
import type { CallAdapter, MailAdapter } from '../types';

export function chatCompose(call: CallAdapter): MailAdapter {
  return {
    kind: 'mail',
    id: `${call.id}-chat`,
    name: `${call.name} chat`,
    matches: call.matches,
    demoPath: call.demoPath,
    findComposes(doc) {
      const box = call.chatBox(doc);
      return box ? [{ root: box.parentElement ?? box, editor: box }] : [];
    },
    readDraft: (compose) => visibleText(compose.editor),
    mapDraft: (compose) => mapText(compose.editor),
    readRecipients: () => [],
    readSubject: () => '',
    sendButton: () => null,
  };
}
