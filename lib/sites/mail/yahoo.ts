// Yahoo Mail (mail.yahoo.com and its *.mail.yahoo.com hosts). Structure as public
// code relies on it: Mailvelope src/content-scripts/providerSpecific.js @ 6004dc4
// (recipient pills, subject, rte, 2022); public Selenium/WebdriverIO/Playwright
// tests of the live site (data-test-id="compose-button", "compose-subject", "rte",
// "pill" with title "Name <address>", "pill-text", "compose-send-button" with
// title "Send this email", "compose-editor-container", #editor-container);
// userscripts that restyle the compose pane (div[data-test-id="compose-styler"] >
// div[data-test-id="compose"] > .compose-header); a 2025+ extension parser that
// reads `[data-test-id="y-pill"]` pills whose descendant [title] holds
// "Name <address>". Yahoo's class names (em_N, D_F, …) are atomic CSS and change
// with every build; the data-test-id attributes have stayed since at least 2019.
import { mapText, visibleText } from '../../dom/text';
import type { MailAdapter, MailCompose, Recipient } from '../types';

/** The compose form, full-pane or inline reply; holds header, editor and Send (userscripts, extension parsers). */
const COMPOSE = '[data-test-id="compose"]';
/** The rich-text body: every public automation script types into it. */
const EDITOR = '[data-test-id="rte"]';
/** Fallbacks when "rte" is renamed: the editable inside the editor container, or the labelled textbox. */
const EDITOR_FALLBACK =
  '[data-test-id="compose-editor-container"] [contenteditable="true"], #editor-container > [contenteditable="true"], div[contenteditable="true"][aria-label="Message body"]';
/** Send button: data-test-id in all public tests; title "Send this email" in newer ones. */
const SEND = 'button[data-test-id="compose-send-button"], button[title="Send this email"]';
/** Recipient pills: "pill" (2019–2024, title = "Name <address>" or "<address>"), "y-pill" (newer UI). */
const PILL = '[data-test-id="pill"], [data-test-id="y-pill"]';
/** The pill's visible label (name, or the address when there is no name). */
const PILL_TEXT = '[data-test-id="pill-text"]';
/** The From row can render the sender as a pill too; it is not a recipient. */
const FROM_ROW = '[data-test-id="container-from"]';
/** Subject: data-test-id first, then the id / label / placeholder the newer markup carries. */
const SUBJECT =
  'input[data-test-id="compose-subject"], input#compose-subject-input, input[aria-label="Subject"], input[placeholder="Subject"]';
/** Below this rendered height an editable is a one-line field, not a message body. */
const MIN_EDITOR_HEIGHT = 40;

const ADDRESS = /[^\s<>"',;]+@[^\s<>"',;]+\.[^\s<>"',;]+/;

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node.style?.display === 'none' || node.style?.visibility === 'hidden') return false;
  }
  const rect = el.getBoundingClientRect();
  // No layout (jsdom, detached) gives an all-zero rect: then size says nothing.
  return rect.width === 0 && rect.height === 0 ? true : rect.height >= MIN_EDITOR_HEIGHT;
}

/** The compose container of an editor: Yahoo's own marker, else the nearest ancestor that holds a Send button. */
function composeRoot(editor: HTMLElement): HTMLElement | null {
  const marked = editor.closest<HTMLElement>(COMPOSE);
  if (marked) return marked;
  for (let el = editor.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(SEND)) return el;
  }
  return null;
}

/** Outermost elements only: an editable nested in another is the same body; a "y-pill" wrapping a "pill" one chip. */
function outermost<T extends Element>(elements: T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function findEditors(doc: Document): HTMLElement[] {
  // The rte itself is the editable; should that move to a child, take the child.
  const marked = [...doc.querySelectorAll<HTMLElement>(EDITOR)]
    .map((el) => (isEditable(el) ? el : el.querySelector<HTMLElement>('[contenteditable="true"]')))
    .filter((el): el is HTMLElement => el !== null);
  if (marked.length > 0) return outermost(marked);
  const labelled = [...doc.querySelectorAll<HTMLElement>(EDITOR_FALLBACK)].filter(isEditable);
  if (labelled.length > 0) return outermost(labelled);
  // Generic: a visible editable of message-body size inside a compose container.
  const generic: HTMLElement[] = [];
  for (const root of doc.querySelectorAll<HTMLElement>(COMPOSE)) {
    const editables = [...root.querySelectorAll<HTMLElement>('[contenteditable]')].filter(isEditable);
    generic.push(...outermost(editables).filter(isShown));
  }
  return generic;
}

/** "Dr. Anna Schmidt <anna@example.com>", "<anna@example.com>" or a bare address → name and address. */
function parseAddress(value: string): Recipient | null {
  const text = value.trim();
  const angled = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (angled) {
    const email = (angled[2] ?? '').trim();
    if (!ADDRESS.test(email)) return null;
    let name = (angled[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    if (name.toLowerCase() === email.toLowerCase() || ADDRESS.test(name)) name = '';
    return { name, email: email.toLowerCase() };
  }
  const bare = ADDRESS.exec(text);
  return bare && bare[0] === text ? { name: '', email: text.toLowerCase() } : null;
}

function readPill(pill: Element): Recipient | null {
  const titled = [pill, ...pill.querySelectorAll('[title]')]
    .map((el) => el.getAttribute('title') ?? '')
    .find((title) => title.includes('@'));
  // The newer pills prefix their label with a literal "|".
  const label = (pill.querySelector(PILL_TEXT)?.textContent ?? pill.textContent ?? '').replace(/^\s*\|/, '').trim();
  const fromTitle = titled ? parseAddress(titled) : null;
  if (fromTitle) {
    if (!fromTitle.name && label && !label.includes('@')) fromTitle.name = label;
    return fromTitle;
  }
  if (!label) return null;
  return parseAddress(label) ?? { name: label, email: '' };
}

export const yahoo: MailAdapter = {
  kind: 'mail',
  id: 'yahoo',
  name: 'Yahoo Mail',
  matches: ['https://mail.yahoo.com/*', 'https://*.mail.yahoo.com/*'],
  demoPath: '/demo/yahoo',

  findComposes(doc) {
    const composes: MailCompose[] = [];
    for (const editor of findEditors(doc)) {
      const root = composeRoot(editor);
      if (root) composes.push({ root, editor });
    }
    return composes;
  },

  composeVisible(doc) {
    return doc.querySelector(`${COMPOSE}, ${SEND}`) !== null;
  },

  readDraft(compose) {
    return visibleText(compose.editor);
  },

  mapDraft(compose) {
    return mapText(compose.editor);
  },

  readRecipients(compose) {
    const pills = [...compose.root.querySelectorAll(PILL)].filter(
      (pill) => !pill.closest(FROM_ROW) && !compose.editor.contains(pill),
    );
    return outermost(pills)
      .map(readPill)
      .filter((r): r is Recipient => r !== null);
  },

  sendButton(compose) {
    return compose.root.querySelector<HTMLElement>(SEND);
  },

  readSubject(compose) {
    return compose.root.querySelector<HTMLInputElement>(SUBJECT)?.value.trim() ?? '';
  },
};
