// Proton Mail (mail.proton.me). Structure as Proton's own open-source web client
// builds it (ProtonMail/WebClients, read 2026): the composer window is
// applications/mail/src/app/components/composer/ComposerFrame.tsx (div.composer),
// ComposerMeta.tsx (subject input data-testid="composer:subject"),
// addresses/AddressesRecipientItem.tsx (chips data-testid="composer-addresses-item",
// label "Name <address>" from @proton/shared/lib/mail/recipient.ts recipientToInput),
// addresses/AddressesSummary.tsx (the collapsed "To" line shown while the body has
// focus: names only, no chips). The body is not in the page: RoosterEditor.tsx renders
// an empty iframe[data-testid="rooster-iframe"], useInitRooster.ts fills its about:blank
// document from the parent and runs roosterjs (in the parent's realm) on
// div#rooster-editor inside it (constants.ts ROOSTER_EDITOR_ID). The frame is
// same-origin (sandbox "allow-same-origin", getComposerIframeSandbox.ts), so
// contentDocument is reachable. Replies quote as
// <div class="protonmail_quote">On <date>, Name &lt;address&gt; wrote:<br><blockquote
// class="protonmail_quote" type="cite"> (helpers/message/messageDraft.ts).
// Public automation code (Selenium/Playwright scripts found with find_string) relies
// on the same test ids. Class names are Proton's hand-written utility classes, not
// generated ones, but we still prefer data-testid.
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

/** The body's iframe; its test id is set in RoosterEditor.tsx and used by public automation scripts. */
const EDITOR_FRAME = 'iframe[data-testid="rooster-iframe"]';
/** Fallback when the test id goes: the frame's title (English UI only, it is translated). */
const EDITOR_FRAME_BY_TITLE = 'iframe[title="Email composer"]';
/** Inside the frame: the element roosterjs makes editable (excludes the "show original message" toggle beside it). */
const EDITOR_ID = 'rooster-editor';
/** Generic fallback inside an unknown editor frame. */
const EDITABLE = '[contenteditable="true"], [contenteditable=""]';
/** The composer window (ComposerFrame.tsx): holds title bar (close), recipients, subject, body and Send. */
const COMPOSER_WINDOW = '.composer';
/** The inline quick reply under a conversation (QuickReply.tsx); its header with the recipients is a sibling. */
const QUICK_REPLY = '[data-shortcut-target="quick-reply-container"]';
/** Any of these on screen means a composer is showing, whether or not its editor was found. */
const COMPOSE_VISIBLE =
  '[data-testid="composer:header"], [data-testid="composer:subject"], iframe[data-testid="rooster-iframe"], [data-shortcut-target="quick-reply-container"]';
/** Every composer window has its own subject input and Send button. */
const SUBJECT = '[data-testid="composer:subject"]';
const SEND = '[data-testid="composer:send-button"]';
/** Recipient chips of the expanded address editor (To, CC and BCC rows alike). */
const CHIP = '[data-testid="composer-addresses-item"]';
const CHIP_LABEL = '[data-testid="composer-addresses-item-label"], .composer-addresses-item-label';
/** The chip's remove button carries the bare address: data-testid="remove-address-button-<address>". */
const CHIP_REMOVE = '[data-testid^="remove-address-button-"]';
const CHIP_REMOVE_PREFIX = 'remove-address-button-';
/** The collapsed recipients line (AddressesSummary.tsx); each recipient label follows its status-icon slot. */
const SUMMARY = '[data-testid="composer:address"]';
const SUMMARY_ICON = '.composer-addresses-addressIcon';
/** Proton's reply quote (CLASSNAME_BLOCKQUOTE): a div whose first line names the quoted sender with address. */
const QUOTE_DIV = 'div.protonmail_quote';

const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;
const NAME_AND_ADDRESS = /^(.*?)\s*<([^<>]+)>$/;
const QUOTE_SENDER = /([^,<>\n]+?)\s*<([^\s<>@]+@[^\s<>@]+)>/g;

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The element the user types in, inside the frame's document; null while the frame is not ours to read. */
function frameEditor(frame: HTMLIFrameElement): HTMLElement | null {
  const doc = frameDocument(frame);
  if (!doc) return null;
  const editor = doc.getElementById(EDITOR_ID);
  if (editor) return editor;
  const editable = doc.querySelector<HTMLElement>(EDITABLE);
  if (editable) return editable;
  return doc.designMode === 'on' ? doc.body : null;
}

function composeRoot(frame: HTMLElement): HTMLElement {
  const quick = frame.closest(QUICK_REPLY);
  if (quick?.parentElement) return quick.parentElement;
  const win = frame.closest<HTMLElement>(COMPOSER_WINDOW);
  if (win?.querySelector(SUBJECT)) return win;
  let withSubject: HTMLElement | null = null;
  for (let el = frame.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(SUBJECT)) {
      if (el.querySelector(SEND)) return el;
      withSubject ??= el;
    }
  }
  return withSubject ?? frame.parentElement ?? frame;
}

/** Frames of composers whose markers are gone: any iframe in a composer window or quick reply. */
function unmarkedFrames(doc: Document): HTMLIFrameElement[] {
  return [...doc.querySelectorAll<HTMLIFrameElement>(`${COMPOSER_WINDOW} iframe, ${QUICK_REPLY} iframe`)];
}

/** Last resort: an editable element right in the page, inside a composer window, that is not a recipient chip. */
function inlineEditors(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`${COMPOSER_WINDOW} [contenteditable="true"]`)].filter(
    (el) => !el.closest(CHIP) && !el.parentElement?.closest('[contenteditable="true"]'),
  );
}

function fromChip(chip: Element): Recipient {
  const label = (chip.querySelector(CHIP_LABEL)?.textContent ?? '').trim();
  const removeId = chip.querySelector(CHIP_REMOVE)?.getAttribute('data-testid') ?? '';
  let name = label;
  let email = removeId.startsWith(CHIP_REMOVE_PREFIX) ? removeId.slice(CHIP_REMOVE_PREFIX.length).trim() : '';
  const parts = NAME_AND_ADDRESS.exec(label);
  if (parts) {
    name = (parts[1] ?? '').trim();
    email ||= (parts[2] ?? '').trim();
  } else if (ADDRESS.test(label)) {
    name = '';
    email ||= label;
  } else if (email && label.endsWith(` ${email}`)) {
    // recipientToInput's "Name Address" form, when Proton has a name but no brackets.
    name = label.slice(0, -email.length).trim();
  }
  email = email.toLowerCase();
  if (name.toLowerCase() === email) name = '';
  return { name, email };
}

/** The line that introduces the reply quote ("On …, Name <address> wrote:"), in any UI language. */
function quoteHeader(editor: HTMLElement): string {
  const quote = editor.querySelector(QUOTE_DIV);
  if (quote) {
    let header = '';
    for (
      let node = quote.firstChild;
      node && node.nodeName !== 'BR' && node.nodeName !== 'BLOCKQUOTE';
      node = node.nextSibling
    ) {
      header += node.textContent ?? '';
    }
    return header;
  }
  // The editor may have rewritten the quote without Proton's class: take the text right before the first blockquote.
  const blockquote = editor.querySelector('blockquote');
  let node = blockquote ? (blockquote.previousSibling ?? blockquote.parentElement?.previousSibling) : null;
  for (; node; node = node.previousSibling) {
    const text = (node.textContent ?? '').trim();
    if (text) return text;
  }
  return '';
}

/** "Name <address>" pairs in the quote's header line: the quoted message's sender. */
function quotedSenders(editor: HTMLElement): Map<string, string> {
  const senders = new Map<string, string>();
  for (const match of quoteHeader(editor).matchAll(QUOTE_SENDER)) {
    const name = (match[1] ?? '').trim().toLowerCase();
    if (name) senders.set(name, (match[2] ?? '').toLowerCase());
  }
  return senders;
}

/** The collapsed line shows labels only (contact name, else the address); addresses come from the quote when it names the same person. */
function fromSummary(summary: Element, editor: HTMLElement): Recipient[] {
  const senders = quotedSenders(editor);
  const recipients: Recipient[] = [];
  for (const icon of summary.querySelectorAll(SUMMARY_ICON)) {
    const label = (icon.nextElementSibling?.textContent ?? '').trim();
    if (!label) continue;
    if (ADDRESS.test(label)) recipients.push({ name: '', email: label.toLowerCase() });
    else recipients.push({ name: label, email: senders.get(label.toLowerCase()) ?? '' });
  }
  return recipients;
}

export const proton: MailAdapter = {
  kind: 'mail',
  id: 'proton',
  name: 'Proton Mail',
  matches: ['https://mail.proton.me/*'],
  demoPath: '/demo/proton',

  composeVisible(doc) {
    return doc.querySelector(COMPOSE_VISIBLE) !== null;
  },

  // roosterjs (8 on Proton, 9 in the fixture) keeps its own undo stack and snapshots on compositionend.
  undoCheckpoint(editor) {
    const view = editor.ownerDocument.defaultView;
    if (view) editor.dispatchEvent(new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));
  },

  findComposes(doc) {
    let frames = [...doc.querySelectorAll<HTMLIFrameElement>(EDITOR_FRAME)];
    if (frames.length === 0) frames = [...doc.querySelectorAll<HTMLIFrameElement>(EDITOR_FRAME_BY_TITLE)];
    if (frames.length === 0) frames = unmarkedFrames(doc);
    const composes: MailCompose[] = [];
    for (const frame of frames) {
      const editor = frameEditor(frame);
      if (editor) composes.push({ editor, root: composeRoot(frame) });
    }
    if (composes.length > 0) return composes;
    return inlineEditors(doc).map((editor) => ({ editor, root: composeRoot(editor) }));
  },

  readDraft(compose) {
    return visibleText(compose.editor);
  },

  mapDraft(compose) {
    return mapText(compose.editor);
  },

  readRecipients(compose) {
    try {
      const chips = [...compose.root.querySelectorAll(CHIP)];
      if (chips.length > 0) return chips.map(fromChip).filter((r) => r.name || r.email);
      const summary = compose.root.querySelector(SUMMARY);
      return summary ? fromSummary(summary, compose.editor) : [];
    } catch {
      return [];
    }
  },

  sendButton(compose) {
    return compose.root.querySelector<HTMLElement>(SEND);
  },

  readSubject(compose) {
    const field = compose.root.querySelector(SUBJECT);
    const input = field?.matches('input, textarea') ? field : field?.querySelector('input');
    return ((input as HTMLInputElement | null | undefined)?.value ?? '').trim();
  },
};
