// Gmail (mail.google.com). Structure as public code relies on it: InboxSDK
// (compose view, get-recipients.ts, 2026), gmail.js (2026-03), Mailvelope
// providerSpecific.js. Gmail's class names (.Am, .M9, .aoT) are obfuscated and
// change without notice, so we prefer attributes Gmail keeps for its own code.
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose } from '../types';

/** Gmail marks its rich-text bodies with g_editable; the contenteditable check excludes read-only quotes. */
const EDITOR = 'div[contenteditable="true"][g_editable="true"]';
/** Fallback when g_editable goes: the body is a textbox labelled in the UI language. */
const EDITOR_BY_LABEL =
  'div[contenteditable="true"][role="textbox"][aria-label="Message Body"], div[contenteditable="true"][role="textbox"][aria-label="Nachrichtentext"]';
/** Every compose (pop-up, pop-out, inline reply) carries its own subject field, even when hidden. */
const COMPOSE_MARKER = 'input[name="subjectbox"]';
/** Send: Gmail's own send class with its tooltip, in English and German (InboxSDK gmail-compose-view.ts). */
const SEND =
  'div[role="button"].aoO, div[role="button"][data-tooltip^="Send"], div[role="button"][data-tooltip^="Senden"]';
/** Recipient chips since 2021 (InboxSDK get-recipients.ts): name in data-name, address in data-hovercard-id. */
const RECIPIENT_CHIP =
  'div[name="to"] [data-hovercard-id], div[name="cc"] [data-hovercard-id], div[name="bcc"] [data-hovercard-id]';

function composeRoot(editor: HTMLElement): HTMLElement {
  for (let el = editor.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(COMPOSE_MARKER)) return el;
  }
  return editor.parentElement ?? editor;
}

export const gmail: MailAdapter = {
  kind: 'mail',
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  demoPath: '/demo/mail',

  findComposes(doc) {
    let editors = [...doc.querySelectorAll<HTMLElement>(EDITOR)];
    if (editors.length === 0) editors = [...doc.querySelectorAll<HTMLElement>(EDITOR_BY_LABEL)];
    return editors.map((editor): MailCompose => ({ editor, root: composeRoot(editor) }));
  },

  composeVisible(doc) {
    return doc.querySelector(COMPOSE_MARKER) !== null;
  },

  readDraft(compose) {
    return visibleText(compose.editor);
  },

  mapDraft(compose) {
    return mapText(compose.editor);
  },

  readRecipients(compose) {
    return [...compose.root.querySelectorAll(RECIPIENT_CHIP)].map((chip) => ({
      name: (chip.getAttribute('data-name') ?? '').trim(),
      email: (chip.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase(),
    }));
  },

  sendButton(compose) {
    return compose.root.querySelector<HTMLElement>(SEND);
  },

  readSubject(compose) {
    return compose.root.querySelector<HTMLInputElement>(COMPOSE_MARKER)?.value.trim() ?? '';
  },
};
