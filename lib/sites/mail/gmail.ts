// Gmail (mail.google.com). Structure as public code relies on it: InboxSDK
// (compose view, get-recipients.ts, message and thread views, 2026), gmail.js
// (2026-03), Mailvelope providerSpecific.js. Gmail's class names (.Am, .M9, .aoT)
// are obfuscated and change without notice, so we prefer attributes Gmail keeps
// for its own code.
import { quotedSender } from '../../analysis/quote-header';
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

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
/** Discard, in the compose's bottom bar (InboxSDK gmail-compose-view.ts ".gU .oh"). */
const DISCARD = '.gU .oh, .oh[role="button"]';
/** The inbox list's sender cells (td.yX, the column InboxSDK's thread-row view reads the senders from). */
const SENDER_CELLS = 'tr.zA td.yX';
const RECIPIENT_CHIP =
  'div[name="to"] [data-hovercard-id], div[name="cc"] [data-hovercard-id], div[name="bcc"] [data-hovercard-id]';

/**
 * One mail of an open conversation: div.adn when expanded, div.adf when collapsed (InboxSDK
 * gmail-message-view.ts, gmail.js dom.email, captured thread DOM); data-message-id is Gmail's own
 * id for it ("#msg-f:…", gmail.js), kept as a fallback should the classes change.
 */
const MESSAGE = '.adn, .adf, [data-message-id]';
/**
 * Its author: span.gD with `email` and `name` attributes (gmail.js dom.email "from"; InboxSDK getSender
 * "td.gF span[email]", contact hover "h3.iw"). Recipients are span.g2 inside span.hb and never match.
 */
const SENDER = 'span.gD[email], td.gF span[email], h3.iw span[email]';
/** The mail's content (gmail.js "div.a3s", InboxSDK "div.ii.gt"): what the sender wrote, quotes included. */
const BODY = '.a3s, .ii.gt';
/**
 * A quote inside a received mail was written by someone else: Gmail-written replies wrap the original in
 * div.gmail_quote > div.gmail_attr ("On …, Name <address> wrote:") + blockquote.gmail_quote; InboxSDK counts
 * anything inside a BLOCKQUOTE as the quoted area.
 */
const QUOTE = '.gmail_quote, blockquote';
const QUOTE_ATTRIBUTION = '.gmail_attr';

/** Rows kept clear at most: a screenful of the list, never thousands. */
const MAX_CELLS = 100;

function elementOf(node: Node): Element | null {
  if (node.nodeType === 1) return node as Element;
  return node.parentElement;
}

/** The author of the quote that holds `el`, from its "On … wrote:" line; undefined when `el` is not quoted. */
function quoteAuthor(el: Element, message: Element): Recipient | null | undefined {
  const body = el.closest(BODY);
  const quote = body && message.contains(body) ? el.closest(QUOTE) : null;
  if (!body || !quote || !body.contains(quote)) return undefined;
  const attribution = [...quote.children].find((c) => c.matches(QUOTE_ATTRIBUTION)) ?? quote.previousElementSibling;
  if (!attribution?.matches(QUOTE_ATTRIBUTION)) return null;
  return quotedSender(visibleText(attribution));
}

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

  keepClear(doc, compose) {
    // The compose root holds the form; its window (title bar included) is the [role=dialog] around it.
    const window = compose.root.closest('[role="dialog"]');
    return [
      ...(window ? [window] : []),
      ...compose.root.querySelectorAll(`${SEND}, ${DISCARD}`),
      ...[...doc.querySelectorAll(SENDER_CELLS)].slice(0, MAX_CELLS),
    ];
  },

  readSubject(compose) {
    return compose.root.querySelector<HTMLInputElement>(COMPOSE_MARKER)?.value.trim() ?? '';
  },

  messageSender(node) {
    try {
      const el = elementOf(node);
      const message = el?.closest(MESSAGE);
      if (!el || !message) return null;
      const quoted = quoteAuthor(el, message);
      if (quoted !== undefined) return quoted;
      const sender = [...message.querySelectorAll(SENDER)].find((span) => !span.closest(BODY));
      if (!sender) return null;
      const email = (sender.getAttribute('email') || sender.getAttribute('data-hovercard-id') || '')
        .trim()
        .toLowerCase();
      const name = (sender.getAttribute('name') || sender.textContent || '').replace(/\s+/g, ' ').trim();
      return email || name ? { name, email } : null;
    } catch {
      return null;
    }
  },
};
