// The user's own webmail (Roundcube, Nextcloud Mail, SOGo …), enabled per
// domain in the options page. No site knowledge beyond what most webmails
// share: a rich-text editor (a contenteditable element, or an iframe whose
// body is editable — TinyMCE, CKEditor) inside a form that also holds
// recipient and subject fields labelled as such. Unsure → nothing.
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

/** Below this height an editable is a one-line field (search, chips), not a message body. */
const MIN_HEIGHT = 60;
/** Field names, ids and labels of recipient fields across webmails ("_to" is Roundcube's). */
const RECIPIENT_NAME = /^_?(?:to|cc|bcc)$|^(?:an|to|cc|bcc|kopie|blindkopie|recipients?|empfänger)\b/i;
const SUBJECT_NAME = /subject|betreff/i;
const EMAIL = /[^\s<>"',;()[\]]+@[^\s<>"',;()[\]]+\.[a-z]{2,}/gi;
const HOPS = 10;

function editable(el: Element | null): boolean {
  const value = el?.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/** Shown at all: a plain-text body hidden behind a rich-text editor (TinyMCE) is not the editor. */
function visible(el: HTMLElement): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !el.hidden && style?.display !== 'none' && style?.visibility !== 'hidden';
}

/** Tall enough to be a message body; with no layout (jsdom) only hidden ancestors count against it. */
function bodySized(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return el.closest('[hidden]') === null;
  return rect.height >= MIN_HEIGHT;
}

function labelOf(field: Element): string {
  const doc = field.ownerDocument;
  const id = field.getAttribute('id');
  const label = id ? [...doc.querySelectorAll('label')].find((l) => l.htmlFor === id)?.textContent : '';
  return [field.getAttribute('name'), id, field.getAttribute('aria-label'), field.getAttribute('placeholder'), label]
    .filter(Boolean)
    .join(' ')
    .trim();
}

function isRecipientField(field: Element): boolean {
  return labelOf(field)
    .split(/\s+/)
    .some((word) => RECIPIENT_NAME.test(word));
}

function composeRoot(anchor: Element): HTMLElement | null {
  const form = anchor.closest('form');
  if (form) return form;
  let el = anchor.parentElement;
  for (let hop = 0; el && hop < HOPS; hop++, el = el.parentElement) {
    if ([...el.querySelectorAll('input, textarea')].some((f) => isRecipientField(f) || SUBJECT_NAME.test(labelOf(f))))
      return el;
  }
  return null;
}

/** The message body of a plain-text compose (Roundcube's _message, or a textarea labelled as the body). */
const BODY_NAME = /^_?message$|^body$|message ?body|nachricht|nachrichtentext|text der nachricht/i;

function editors(doc: Document): Array<{ anchor: Element; editor: HTMLElement }> {
  const found: Array<{ anchor: Element; editor: HTMLElement }> = [];
  for (const area of doc.querySelectorAll<HTMLTextAreaElement>('form textarea')) {
    if (isRecipientField(area) || !BODY_NAME.test(labelOf(area)) || !visible(area) || !bodySized(area)) continue;
    found.push({ anchor: area, editor: area });
  }
  for (const el of doc.querySelectorAll<HTMLElement>('[contenteditable]')) {
    if (!editable(el) || editable(el.parentElement?.closest('[contenteditable]') ?? null)) continue;
    if (el.closest('[data-rapport-ui]') || !bodySized(el)) continue;
    found.push({ anchor: el, editor: el });
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // Cross-origin: not ours to read.
    }
    const body = inner?.body;
    if (body && (editable(body) || inner?.designMode === 'on') && bodySized(frame))
      found.push({ anchor: frame, editor: body });
  }
  return found;
}

/** Text of an element with its parts kept apart ("<span>Anna</span><span>a@b.de</span>" → "Anna a@b.de"). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

function parseList(text: string): Recipient[] {
  return [...text.matchAll(EMAIL)].map((m) => {
    const before = text.slice(0, m.index).split(/[,;]/).pop() ?? '';
    const name = before.replace(/[<"']/g, '').trim();
    return { name, email: (m[0] as string).toLowerCase() };
  });
}

export const generic: MailAdapter = {
  kind: 'mail',
  id: 'generic',
  name: 'Own webmail',
  // Registered at run time for the domains the user allowed (lib/sites/own-registration.ts).
  matches: [],
  demoPath: '/demo/generic',

  findComposes(doc) {
    const composes: MailCompose[] = [];
    for (const { anchor, editor } of editors(doc)) {
      const root = composeRoot(anchor);
      if (root && !composes.some((c) => c.root === root)) composes.push({ root, editor });
    }
    return composes;
  },

  composeVisible(doc) {
    return [...doc.querySelectorAll('form input, form textarea')].some((f) => isRecipientField(f));
  },

  readDraft(compose) {
    return visibleText(compose.editor);
  },

  mapDraft(compose) {
    return mapText(compose.editor);
  },

  readRecipients(compose) {
    const seen = new Map<string, Recipient>();
    for (const field of compose.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (!isRecipientField(field)) continue;
      // The field's own value ("Name <address>, …"), and chips drawn next to it by the webmail's script.
      const row = field.closest('.form-group, .input-group, [role="group"], tr, li') ?? field.parentElement;
      const chips = row
        ? [...row.querySelectorAll('[title], li')].map((el) => `${spacedText(el)} ${el.getAttribute('title') ?? ''}`)
        : [];
      for (const recipient of [...parseList(field.value), ...chips.flatMap(parseList)]) {
        const known = seen.get(recipient.email);
        if (!known || (!known.name && recipient.name)) seen.set(recipient.email, recipient);
      }
    }
    return [...seen.values()];
  },

  sendButton(compose) {
    // A button labelled Send / Senden in or right after the form (Roundcube puts it after).
    const scope = compose.root.parentElement ?? compose.root;
    return (
      [...scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')].find((b) =>
        /^(?:send|senden)$/i.test(
          (b.textContent || (b as HTMLInputElement).value || b.getAttribute('aria-label') || '').trim(),
        ),
      ) ?? null
    );
  },

  readSubject(compose) {
    const field = [...compose.root.querySelectorAll<HTMLInputElement>('input')].find((f) =>
      SUBJECT_NAME.test(labelOf(f)),
    );
    return field?.value.trim() ?? '';
  },
};
