// Who may ask the background what. A content script runs beside a page that may
// be hostile (and on pages that are not even mail clients: `*.web.de` is also a
// news portal), so it gets only what reading a draft or a call needs; Rapport's
// own pages may do everything; a sidebar frame in a mail tab only what it
// shows, once the background granted it; anyone else nothing.
import type { MessageType } from './protocol';
import type { SurfaceKind } from './surface-types';

export type SenderKind = 'extension' | 'frame' | 'content' | 'foreign';

export interface Sender {
  kind: SenderKind;
  /** The page (content scripts) or extension page the message came from. */
  url: string;
  /** The tab of a content script or frame; undefined for the popup and the service worker. */
  tabId?: number;
  /** The frame of a content script or sidebar frame in its tab (0: the top). */
  frameId?: number;
  /** A frame only: the background granted it its tab's data (lib/messaging/surfaces.ts). */
  granted?: boolean;
  /** A granted frame only: the kind of surface it shows. */
  surface?: SurfaceKind;
}

/** What the browser tells about a sender (runtime.MessageSender, the part used here). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** This extension's id and the origin of its pages (`browser.runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Extension pages are known by their URL on the extension's own origin, which
 * the browser sets and a page cannot forge. One of them inside a frame of a tab
 * is a frame: the page can create that too, so it has rights only once
 * `granted` says the background handed it a token for that tab. Everything
 * else of ours that has a tab is a content script.
 */
export function classifySender(
  raw: RawSender | undefined,
  self: Self,
  granted: (raw: RawSender) => SurfaceKind | null = () => null,
): Sender {
  const url = typeof raw?.url === 'string' ? raw.url : '';
  if (!raw || raw.id !== self.id) return { kind: 'foreign', url };
  const tabId = raw.tab?.id;
  const place = {
    ...(typeof tabId === 'number' ? { tabId } : {}),
    ...(typeof raw.frameId === 'number' ? { frameId: raw.frameId } : {}),
  };
  if (url.startsWith(self.origin)) {
    if (typeof tabId === 'number' && typeof raw.frameId === 'number' && raw.frameId > 0) {
      const surface = granted(raw);
      return { kind: 'frame', url, ...place, granted: surface !== null, ...(surface ? { surface } : {}) };
    }
    return { kind: 'extension', url };
  }
  return { kind: 'content', url, ...place };
}

/**
 * The hand-written allowlist for content scripts: what the page side does now
 * that every surface is a frame — read settings for the page, hand a frame its
 * draft and the underline boxes, report the call and learn the form of address
 * on send. Nothing of what Rapport says or knows: that goes to the frames only.
 * Everything else, and every type added later, is refused until it is listed here.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'settings/page-get',
  'surface/open',
  'surface/draft',
  'surface/marks',
  'surface/close',
  'contacts/learn-form',
  'calls/seen',
]);

const QUESTION_TYPES: readonly MessageType[] = [
  'settings/page-get',
  'settings/page-set',
  'contacts/prompt-shown',
  'contacts/snooze',
  'contacts/appreciate',
  'surface/command',
];
const REVIEW_TYPES: readonly MessageType[] = ['analysis/run', 'analysis/rewrites'];
const CALL_TYPES: readonly MessageType[] = ['calls/brief', 'calls/update', 'calls/confirm'];

/**
 * What each frame asks: the mail sidebar the analysis and rewrites of the
 * draft it was handed and the brief of its recipient; the pre-join card the
 * meeting's brief, mood and the answers to "is this …?"; the in-call sidebar
 * that and the chat message's analysis and the moments noted. Each also the
 * page settings, the answers to the question and the commands its content
 * script carries out.
 */
export const FRAME_TYPES: Readonly<Record<SurfaceKind, ReadonlySet<MessageType>>> = {
  mail: new Set<MessageType>([...QUESTION_TYPES, ...REVIEW_TYPES, 'contacts/brief']),
  'call-card': new Set<MessageType>([...QUESTION_TYPES, ...CALL_TYPES]),
  'call-sidebar': new Set<MessageType>([...QUESTION_TYPES, ...REVIEW_TYPES, ...CALL_TYPES, 'calls/moment']),
};

export function allowed(sender: Sender, type: MessageType): boolean {
  if (sender.kind === 'extension') return true;
  if (sender.kind === 'frame')
    return sender.granted === true && sender.surface !== undefined && FRAME_TYPES[sender.surface].has(type);
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
