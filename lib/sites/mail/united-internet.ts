// GMX and WEB.DE (1&1 Mail & Media, United Internet): one webmail, two brands.
// The mail client is a Wicket application at 3c.gmx.net / 3c.web.de (also
// 3c-bap.*), shown by navigator.gmx.net / navigator.web.de in the cross-origin
// iframe #thirdPartyFrame_mail, so this adapter reads the mail client's own
// document (the content script must run in that frame: allFrames).
//
// No public extension code targets its compose; the structure below is what
// public browser automation relies on (read 2026, same markup on mail.com,
// the group's third brand):
// - MehmetMSezgin/LahtiRestaurantFinder @ 29e4f2f Resources/PO/Mail.robot:
//   iframe#thirdPartyFrame_mail, compose link a[data-webdriver="emailLink"],
//   recipients ul > li > input, editor "#cke_1_contents > iframe" whose body is
//   #body, send #compose-form-submit-send.
// - public Selenium page objects (C# MailboxPage / MailComEmailPage, Java
//   NewEmailSendFromGMXmail and mail.com ComposePage, Python gmx.com emailer):
//   "[data-webdriver='to'] input.select2-input", "div.form-element-
//   multiobjecttextfield > div.select2-container.select2-container-multi >
//   ul.select2-choices > li.select2-search-field > input", subject
//   ".compose-header_subject.mailobjectpanel > .mailobjectpanel_content >
//   input.mailobjectpanel-textfield_input", editor iframe
//   "cke_wysiwyg_frame cke_reset" with body ".cke_editable.cke_editable_themed
//   .cke_contents_ltr" (CKEditor 4), send #compose-send-button /
//   button[name="composeHeader:buttonSend"].
// - Achernar's GMX/WEB.DE userscripts (greasyfork 395358): host names, the
//   2023 list redesign (web components) that left the compose alone.
// Guessed: the chip's inner markup (select2 3.x default) and where the address
// sits (title or text), Cc/Bcc rows, the aria-label / <label> fallbacks.
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

/** CKEditor 4 names its editing iframe itself, so the class outlives GMX's own markup changes. */
const CKE_FRAME = 'iframe.cke_wysiwyg_frame';
/** Fallback editors: another iframe editor (designMode / editable body) or an editable element in the page. */
const OTHER_EDITORS = 'iframe, [contenteditable]';
/** An editable inside another is part of that editor, not an editor of its own. */
const NESTED_IN_EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/**
 * What makes a container a compose: the recipient row (data-webdriver is GMX's own test hook),
 * select2's recipient field, the subject field, the send button (id and Wicket component path).
 */
const COMPOSE_MARKER =
  '[data-webdriver="to"], .select2-container-multi, input.mailobjectpanel-textfield_input, #compose-send-button, #compose-form-submit-send, button[name$="buttonSend"]';
/** Send: id in current and older builds, Wicket component name. */
const SEND = '#compose-send-button, #compose-form-submit-send, button[name$="buttonSend"]';
/** Discard ("Verwerfen"): the Wicket name by analogy with the send button's (a guess, see the fixture). */
const DISCARD = 'button[name$="buttonCancel"]';
/** The mail list's sender cells (Achernar's userscripts: #mail-list rows tr[data-oao-mailid]). */
const SENDER_CELLS = '#mail-list tr[data-oao-mailid] td.sender';
/** Recipient rows: "to" is confirmed, "cc"/"bcc" follow the same hook by analogy. */
const RECIPIENT_ROW = '[data-webdriver="to"], [data-webdriver="cc"], [data-webdriver="bcc"]';
/** Also without the hook: select2's multi-value fields of a compose are its recipient fields (the subject is a plain input). */
const RECIPIENT_FIELD = '.select2-container-multi';
/** A committed address in a select2 field; li.select2-search-field holds the typing input instead. */
const CHIP = 'li.select2-search-choice';
/** The subject input (class from GMX's Wicket "mailobjectpanel" component). */
const SUBJECT = '.compose-header_subject input, input.mailobjectpanel-textfield_input';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the page's realm may not share our global Node. */
const FOLLOWING = 4;
const RECIPIENT_LABEL = /^(?:an|to|cc|bcc|kopie|blindkopie)$/i;
const SUBJECT_LABEL = /^(?:betreff|subject)$/i;
const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/;

export interface UnitedInternetBrand {
  id: string;
  name: string;
  matches: string[];
  demoPath: string;
}

/** The editable body of an iframe editor, or null (cross-origin, not loaded, read-only). */
function frameEditor(frame: HTMLIFrameElement): HTMLElement | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null;
  }
  const body = doc?.body;
  if (!doc || !body) return null;
  if (doc.designMode?.toLowerCase() === 'on' || isEditable(body)) return body;
  return null;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The words a field is known by: aria-label, its <label>, placeholder, name (split at separators and camelCase). */
function fieldLabels(field: Element): string[] {
  const labels: string[] = [];
  const aria = field.getAttribute('aria-label');
  if (aria) labels.push(aria.trim());
  const id = field.getAttribute('id');
  if (id) {
    for (const label of field.ownerDocument.querySelectorAll('label')) {
      if (label.htmlFor === id) labels.push((label.textContent ?? '').trim());
    }
  }
  const placeholder = field.getAttribute('placeholder');
  if (placeholder) labels.push(placeholder.trim());
  const name = field.getAttribute('name');
  if (name) labels.push(...name.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean));
  return labels.map((l) => l.replace(/:$/, ''));
}

function labelledFields(root: Element, label: RegExp): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input, textarea')].filter(
    (f) => f.type !== 'hidden' && fieldLabels(f).some((l) => label.test(l)),
  );
}

function isCompose(el: Element): boolean {
  return (
    el.querySelector(COMPOSE_MARKER) !== null ||
    labelledFields(el, RECIPIENT_LABEL).length > 0 ||
    labelledFields(el, SUBJECT_LABEL).length > 0
  );
}

/** The compose form (Wicket puts recipients, subject, editor and Send in one <form>), else the nearest marked ancestor. */
function composeRoot(anchor: Element): HTMLElement | null {
  const form = anchor.closest('form');
  if (form && isCompose(form)) return form;
  const body = anchor.ownerDocument.body;
  for (let el = anchor.parentElement; el && el !== body; el = el.parentElement) {
    if (isCompose(el)) return el;
  }
  return null;
}

/** "Name <a@b.de>", '"Name" <a@b.de>', "a@b.de" → Recipient; null without a name or an address. */
export function parseAddress(text: string, hint = ''): Recipient | null {
  const email = (text.match(EMAIL)?.[0] ?? hint.match(EMAIL)?.[0] ?? '').toLowerCase();
  const name = text
    .replace(EMAIL, '')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'](.*)["']$/, '$1')
    .trim();
  if (!name && !email) return null;
  return { name: name.toLowerCase() === email ? '' : name, email };
}

function chipRecipient(chip: Element): Recipient | null {
  const text = (chip.querySelector('div')?.textContent ?? chip.textContent ?? '').trim();
  const hint = [chip.getAttribute('title'), chip.getAttribute('data-email'), chip.getAttribute('aria-label')]
    .filter(Boolean)
    .join(' ');
  return parseAddress(text, hint);
}

export function unitedInternetMail(brand: UnitedInternetBrand): MailAdapter {
  return {
    kind: 'mail',
    ...brand,
    // The mail client at 3c… runs in an iframe of the navigator page.
    inFrames: true,

    composeVisible(doc) {
      return doc.querySelector(COMPOSE_MARKER) !== null;
    },

    findComposes(doc) {
      const found = new Map<HTMLElement, MailCompose & { anchor: Element }>();
      const add = (anchor: Element, editor: HTMLElement) => {
        if (anchor.closest('[hidden]')) return;
        const root = composeRoot(anchor);
        if (root && !found.has(root)) found.set(root, { root, editor, anchor });
      };
      for (const frame of doc.querySelectorAll<HTMLIFrameElement>(CKE_FRAME)) {
        const editor = frameEditor(frame);
        if (editor) add(frame, editor);
      }
      for (const el of doc.querySelectorAll<HTMLElement>(OTHER_EDITORS)) {
        if (el.tagName === 'IFRAME') {
          const editor = frameEditor(el as HTMLIFrameElement);
          if (editor) add(el, editor);
        } else if (isEditable(el) && !el.parentElement?.closest(NESTED_IN_EDITABLE)) {
          add(el, el);
        }
      }
      return [...found.values()]
        .sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & FOLLOWING ? -1 : 1))
        .map(({ root, editor }) => ({ root, editor }));
    },

    readDraft(compose) {
      return visibleText(compose.editor);
    },

    mapDraft(compose) {
      return mapText(compose.editor);
    },

    readRecipients(compose) {
      const { root } = compose;
      // Rows and fields nest (a hooked row holds a select2 field): a Set keeps each chip once, in document order.
      const chips = new Set(
        [...root.querySelectorAll(`${RECIPIENT_ROW}, ${RECIPIENT_FIELD}`)].flatMap((f) => [
          ...f.querySelectorAll(CHIP),
        ]),
      );
      let recipients = [...chips].map(chipRecipient).filter((r): r is Recipient => r !== null);
      if (recipients.length === 0) {
        // Plain inputs labelled An/To/Cc (no chips): comma- or semicolon-separated addresses.
        recipients = labelledFields(root, RECIPIENT_LABEL)
          .filter((f) => !f.classList.contains('select2-input'))
          .flatMap((f) => f.value.split(/[,;]/).map((part) => parseAddress(part)))
          .filter((r): r is Recipient => r !== null);
      }
      const seen = new Set<string>();
      return recipients.filter((r) => {
        const key = `${r.name}\u0000${r.email}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },

    sendButton(compose) {
      return compose.root.querySelector<HTMLElement>(SEND);
    },

    keepClear(doc, compose) {
      return [...compose.root.querySelectorAll(`${SEND}, ${DISCARD}`), ...doc.querySelectorAll(SENDER_CELLS)];
    },

    readSubject(compose) {
      const field =
        compose.root.querySelector<HTMLInputElement>(SUBJECT) ?? labelledFields(compose.root, SUBJECT_LABEL)[0];
      return field?.value.trim() ?? '';
    },
  };
}
