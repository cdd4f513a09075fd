// Who may ask the background what. A content script runs beside a page that may
// be hostile (and on pages that are not even mail clients: `*.web.de` is also a
// news portal), so it gets only what reading a draft or a call needs; Rapport's
// own pages may do everything; anyone else nothing.
import type { MessageType } from './protocol';

export type SenderKind = 'extension' | 'content' | 'foreign';

export interface Sender {
  kind: SenderKind;
  /** The page (content scripts) or extension page the message came from. */
  url: string;
  /** The tab of a content script; undefined for the popup and the service worker. */
  tabId?: number;
}

/** What the browser tells about a sender (runtime.MessageSender, the part used here). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** This extension's id and the origin of its pages (`browser.runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Extension pages are known by their URL on the extension's own origin, which
 * the browser sets and a page cannot forge; everything else of ours that has a
 * tab is a content script.
 */
export function classifySender(raw: RawSender | undefined, self: Self): Sender {
  const url = typeof raw?.url === 'string' ? raw.url : '';
  if (!raw || raw.id !== self.id) return { kind: 'foreign', url };
  if (url.startsWith(self.origin)) return { kind: 'extension', url };
  const tabId = raw.tab?.id;
  return { kind: 'content', url, ...(typeof tabId === 'number' ? { tabId } : {}) };
}

/**
 * The hand-written allowlist for content scripts: analysis, the send event,
 * the brief (answered without the fields the page UI does not show), notes and
 * choices the user made in the page UI, and the call's state. Everything else,
 * and every type added later, is refused until it is listed here.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'settings/page-get',
  'settings/page-set',
  'analysis/run',
  'analysis/rewrites',
  'contacts/learn-form',
  'contacts/brief',
  'contacts/prompt-shown',
  'contacts/snooze',
  'contacts/appreciate',
  'calls/seen',
  'calls/brief',
  'calls/update',
  'calls/confirm',
  'calls/moment',
]);

export function allowed(sender: Sender, type: MessageType): boolean {
  if (sender.kind === 'extension') return true;
  if (sender.kind === 'content') return CONTENT_SCRIPT_TYPES.has(type);
  return false;
}

/**
 * True when `value` holds at most `limit` characters of text and list entries
 * in all: an early-exit walk, so a huge payload costs no more than the limit.
 */
export function withinSize(value: unknown, limit: number): boolean {
  let budget = limit;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') budget -= item.length + 1;
    else if (Array.isArray(item)) {
      budget -= item.length + 1;
      if (budget >= 0) for (const inner of item) stack.push(inner);
    } else if (typeof item === 'object' && item !== null) {
      const entries = Object.entries(item);
      budget -= entries.length + 1;
      if (budget >= 0) for (const [key, inner] of entries) stack.push(key, inner);
    } else budget -= 1;
    if (budget < 0) return false;
  }
  return true;
}
