// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
// outlook.cloud.microsoft). Outlook writes with roosterjs (microsoft/roosterjs); its
// class names are generated (".dFCbN", "textContainer-390") and change without notice,
// so we key on ids and aria attributes Outlook keeps for itself and for screen readers.
// Structure as public code relies on it (read 2026): mailvelope/mailvelope
// providerSpecific.js (compose inside [role="main"], 2022 picker `[data-selection-index]`)
// and its outlook-api branch's DOM captures (2025-12); a DLP extension's Outlook adapter
// "verified live on outlook.live.com (2026-10-07)" (MSG_<id>_TO/_CC/_BCC groups, chips
// `._EType_RECIPIENT_ENTITY` whose aria-label is the address); public Selenium, Puppeteer,
// Robot and Playwright scripts (#docking_InitVisiblePart_0, #editorParent_1 > div,
// aria-label "Message body[, press Alt+F10 to exit]", input "Add a subject").
// German labels "Nachrichtentext", "An" are from public captures; "Betreff hinzufügen"
// and "Betreff" are best guesses (the language-independent id selectors come first).
// Reading pane (messageSender): mailvelope's outlook-api capture (From chip
// span[aria-label="From: …"/"Von: …"] > span.OZZZK, body [role=document] >
// #UniqueMessageBody_N), gmailify's "verified hooks" (From line = level-3 heading with id
// MSG_<id>_FROM), an Asana extension and public scrapers ([aria-label="Email message"]
// per mail, [aria-label^="From:"] with text "Name<address>").
import { quotedSender } from '../../analysis/quote-header';
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

/** The body: a contenteditable labelled in the UI language; read-mode bodies share the label but are not editable. */
const EDITOR_BY_LABEL =
  'div[contenteditable="true"][aria-label^="Message body"], div[contenteditable="true"][aria-label^="Nachrichtentext"]';
/** Language-independent: roosterjs's content div is the child of #editorParent_N. */
const EDITOR_BY_PARENT = '[id^="editorParent_"] > [contenteditable="true"]';
/** The compose part that holds the action bar, the recipient wells and the subject. */
const COMPOSE_CONTAINER = '[id^="docking_InitVisiblePart_"]';
/** To/Cc/Bcc wells: role=group with a per-compose id ending in the field name, in every UI language. */
const RECIPIENT_GROUP = '[role="group"][id$="_TO"], [role="group"][id$="_CC"], [role="group"][id$="_BCC"]';
/** The subject's id ends in _SUBJECT; the labels are the fallback (new and older builds, English and German). */
const SUBJECT =
  'input[id$="_SUBJECT"], input[aria-label="Add a subject"], input[aria-label="Subject"], input[aria-label="Betreff hinzufügen"], input[aria-label="Betreff"]';
/** Send: a Fluent split button whose id ends in __primaryActionButton, or labelled. */
const SEND =
  '[data-testid="ComposeSendButton"], button[id^="splitButton-"][id$="__primaryActionButton"], button[aria-label="Send"], button[aria-label="Senden"]';
/** Anything only a compose has: where climbing from the body stops. */
/** Discard in the compose's command bar (public Outlook automation: button#discardCompose[aria-label=Discard]). */
const DISCARD = '#discardCompose, button[aria-label="Discard"], button[aria-label="Verwerfen"]';
/** The message list (mailvelope's outlook-dom-templates.js: #MailList [role=listbox]). */
const MESSAGE_LIST = '#MailList';
const COMPOSE_MARKER = `${RECIPIENT_GROUP}, ${SUBJECT}, ${SEND}`;
/** Recipient chips: roosterjs entities in the new wells; persona items in the 2022 Fluent picker. */
const CHIP = '._EType_RECIPIENT_ENTITY, .ms-BasePicker [data-selection-index]';
/** Where a chip shows its display name. */
const CHIP_NAME = '[class*="textContainer"], .ms-Persona-primaryText';
/** Editable fields that are never the body (fallback only). */
const NOT_BODY = /^(To|Cc|Bcc|An|Signature|Signatur)\b/i;
/** The conversation's subject heading in the reading pane, for inline replies that hide the subject field. */
const CONVERSATION_SUBJECT = '[role="heading"][id$="_SUBJECT"]';
const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[a-z]{2,}/i;
const MIN_BODY_HEIGHT = 60;
/**
 * A received mail's body in the reading pane: #UniqueMessageBody_N, inside (or, in some builds, itself)
 * role="document". Compose editors are contenteditable textboxes and match neither.
 */
const READ_BODY = '[id^="UniqueMessageBody"], [role="document"]';
/** The sender chip: its aria-label starts with "From:" (English) / "Von:" (German capture); one per mail. */
const FROM_CHIP = '[aria-label^="From:"], [aria-label^="Von:"]';
/** Language-independent: the From line is a level-3 heading with id MSG_<id>_FROM that holds the chip(s). */
const FROM_LINE = '[role="heading"][id$="_FROM"]';
/** The prefix of the chip's label in any UI language ("From: ", "Von: "). */
const LABEL_PREFIX = /^\s*[^\s:<>@]+:\s*/;
/** Outlook's quote header in mails written with Outlook (x_-prefixed once quoted again): "From: Name <address>" … */
const QUOTE_HEADER = '[id$="divRplyFwdMsg"]';

/** The name in "Name <address>", "\"Name\" <address>" or "Name<address>"; '' for a bare address. */
function nameOf(text: string): string {
  const withoutAddress = text.replace(/<[^<>]*@[^<>]*>/g, ' ').replace(new RegExp(EMAIL.source, 'gi'), ' ');
  return clean(withoutAddress)
    .replace(/^["']+|["']+$/g, '')
    .trim();
}

function readSender(el: Element): Recipient | null {
  const label = (el.getAttribute('aria-label') ?? '').replace(LABEL_PREFIX, '');
  const title = el.getAttribute('title') ?? '';
  const text = clean(shownText(el));
  const email = ([label, title, text].map((s) => EMAIL.exec(s)?.[0]).find(Boolean) ?? '').toLowerCase();
  let name = nameOf(label) || nameOf(text);
  if (name.toLowerCase() === email) name = '';
  return name || email ? { name, email } : null;
}

/** The first From chip (or, without one, the From line) in `scope`, outside mail bodies and composes. */
function senderIn(scope: Element): Element | null {
  const found = [...scope.querySelectorAll(`${FROM_LINE}, ${FROM_CHIP}`)].filter(
    (el) => !el.closest(READ_BODY) && !el.closest(COMPOSE_CONTAINER),
  );
  const line = found.find((el) => el.matches(FROM_LINE));
  return line?.querySelector(FROM_CHIP) ?? found.find((el) => el.matches(FROM_CHIP)) ?? line ?? null;
}

/**
 * The sender of the mail around `el`: climb until an ancestor holds a From chip, but stop (null) as soon as
 * it also holds another mail's body, or at the reading pane: a mail whose header changed must not borrow the
 * sender of its neighbour.
 */
function senderAround(el: Element): Element | null {
  for (let scope: Element | null = el; scope; scope = scope.parentElement) {
    const bodies = outermost([...scope.querySelectorAll<HTMLElement>(READ_BODY)]);
    const mine = bodies.filter((body) => body.contains(el) || el.contains(body));
    if (mine.length > 1 || mine.length < bodies.length) return null;
    const sender = senderIn(scope);
    if (sender) return sender;
    if (scope.matches('[role="main"], body')) return null;
  }
  return null;
}

/** The author of quoted text in a received mail: after an Outlook quote header, or in a blockquote under its "On … wrote:" line. */
function quoteAuthor(el: Element): Recipient | null | undefined {
  const body = el.closest(READ_BODY);
  if (!body) return undefined;
  const headers = [...body.querySelectorAll(QUOTE_HEADER)].filter(
    (header) => header.contains(el) || header.compareDocumentPosition(el) & 4, // 4: el follows the header
  );
  const header = headers[headers.length - 1];
  if (header) return quotedSender(visibleText(header));
  const quote = el.closest('blockquote');
  if (!quote || !body.contains(quote)) return undefined;
  const attribution = quote.previousElementSibling;
  return attribution ? quotedSender(visibleText(attribution)) : null;
}

/** Outermost elements only: a roosterjs body may contain editable islands of its own. */
function outermost(elements: HTMLElement[]): HTMLElement[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Last resort when Outlook renames its labels: a visible, tall contenteditable in the reading pane or a dialog. */
function fallbackEditors(doc: Document): HTMLElement[] {
  const found = [...doc.querySelectorAll<HTMLElement>('[contenteditable="true"]')].filter((el) => {
    if (!el.closest('[role="main"], [role="dialog"]') || el.closest(RECIPIENT_GROUP)) return false;
    if (NOT_BODY.test(el.getAttribute('aria-label') ?? '')) return false;
    return el.getClientRects().length > 0 && el.getBoundingClientRect().height >= MIN_BODY_HEIGHT;
  });
  return outermost(found);
}

function composeRoot(editor: HTMLElement, editors: HTMLElement[]): HTMLElement {
  const docked = editor.closest<HTMLElement>(COMPOSE_CONTAINER);
  if (docked && !editors.some((other) => other !== editor && docked.contains(other))) return docked;
  let root = editor.parentElement ?? editor;
  for (let el = editor.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    // Never widen the root over a second compose.
    if (editors.some((other) => other !== editor && el.contains(other))) break;
    root = el;
    if (el.querySelector(COMPOSE_MARKER)) break;
  }
  return root;
}

/** Text as shown, without the hidden presence initials and remove glyphs, nor roosterjs's zero-width marks. */
function shownText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && (child as Element).getAttribute('aria-hidden') !== 'true')
      text += shownText(child as Element);
  }
  return text;
}

function clean(text: string): string {
  return text.replace(/[\u200b\u00a0\s]+/g, ' ').trim();
}

function readChip(chip: Element): Recipient {
  const label = chip.getAttribute('aria-label') ?? '';
  const title = chip.getAttribute('title') ?? '';
  const nameEl = chip.querySelector(CHIP_NAME);
  let name = clean(nameEl ? (nameEl.textContent ?? '') : shownText(chip));
  const found = [label, title, name, chip.textContent ?? ''].map((s) => EMAIL.exec(s)?.[0]).find(Boolean);
  const email = (found ?? '').toLowerCase();
  if (email && name.toLowerCase() === email) name = '';
  // "Name <address>" labels carry the name when the chip shows only the address.
  if (!name && email && label.includes('<')) name = clean(label.slice(0, label.indexOf('<')).replace(/^"|"$/g, ''));
  return { name, email };
}

export const outlook: MailAdapter = {
  kind: 'mail',
  id: 'outlook',
  name: 'Outlook',
  matches: [
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  demoPath: '/demo/outlook',

  composeVisible(doc) {
    return doc.querySelector(`${COMPOSE_CONTAINER}, ${COMPOSE_MARKER}`) !== null;
  },

  // roosterjs keeps its own undo stack and snapshots on compositionend.
  undoCheckpoint(editor) {
    const view = editor.ownerDocument.defaultView;
    if (view) editor.dispatchEvent(new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));
  },

  findComposes(doc) {
    let editors = outermost([...doc.querySelectorAll<HTMLElement>(`${EDITOR_BY_LABEL}, ${EDITOR_BY_PARENT}`)]);
    if (editors.length === 0) editors = fallbackEditors(doc);
    return editors.map((editor): MailCompose => ({ editor, root: composeRoot(editor, editors) }));
  },

  readDraft(compose) {
    return visibleText(compose.editor);
  },

  mapDraft(compose) {
    return mapText(compose.editor);
  },

  readRecipients(compose) {
    return [...compose.root.querySelectorAll(CHIP)]
      .filter((chip) => !compose.editor.contains(chip))
      .map(readChip)
      .filter((r) => r.name !== '' || r.email !== '');
  },

  sendButton(compose) {
    return compose.root.querySelector<HTMLElement>(SEND);
  },

  keepClear(doc, compose) {
    // The message list leads each row with its sender: the whole list is the sender column.
    return [...compose.root.querySelectorAll(`${SEND}, ${DISCARD}`), ...doc.querySelectorAll(MESSAGE_LIST)];
  },

  readSubject(compose) {
    const input = compose.root.querySelector<HTMLInputElement>(SUBJECT);
    if (input) return input.value.trim();
    const heading = compose.root.closest('[role="main"]')?.querySelector(CONVERSATION_SUBJECT);
    return clean(heading?.textContent ?? '');
  },

  messageSender(node) {
    try {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || el.closest(COMPOSE_CONTAINER)) return null;
      const quoted = quoteAuthor(el);
      if (quoted !== undefined) return quoted;
      const sender = senderAround(el);
      return sender ? readSender(sender) : null;
    } catch {
      return null;
    }
  },
};
