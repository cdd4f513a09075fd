// The background's memory of Rapport's frames (the mail sidebar, the pre-join
// card, the in-call sidebar): per content script (tab and frame) the one-time
// token of its frame, its kind, the draft (or chat message) it read last, the
// meeting it reported and the port of the frame that was granted. A frame the page created itself never holds a
// token that was waiting for that tab, so it gets nothing (issue 15,
// docs/extension-frames.md).
import { classifySender, type RawSender, type Self, type Sender } from './access';
import { clip, clipPerson, MAX_ANALYSED_CHARS, MAX_TITLE } from './limits';
import {
  type CommandResult,
  type DraftSnapshot,
  type EditorCommand,
  MAX_MARKS,
  MAX_SPANS,
  type MarkBox,
  type Marks,
  type PortNews,
  type Span,
  SURFACE_CHANNEL,
  SURFACE_PORT,
  type SurfaceKind,
  type SurfaceMeeting,
} from './surface-types';

/** The part of runtime.Port used here. */
export interface SurfacePort {
  name: string;
  sender?: RawSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Surface {
  /** The token it was opened with, kept after the grant: names this surface when it closes. */
  id: string;
  kind: SurfaceKind;
  tabId: number;
  /** The content script's frame. */
  frameId: number;
  token: string | null;
  draft: DraftSnapshot | null;
  /** A call surface's meeting; null for the mail sidebar. */
  meeting: SurfaceMeeting | null;
  port: SurfacePort | null;
  /** The underline layer's token until it is granted, then its port: it gets boxes, nothing else. */
  layerToken: string | null;
  layer: SurfacePort | null;
  /** The page the content script placed it on: the frame acts for that page's site. */
  pageUrl: string;
  /** The granted frame: its frame id and, where the browser tells, its document. */
  frame: { frameId: number; documentId: string | undefined } | null;
}

/** Sends a command to a content script (browser.tabs.sendMessage to that frame). */
export type TellTab = (tabId: number, frameId: number, message: unknown) => Promise<unknown>;

const MAX_RECIPIENTS = 100;
const RESULTS: readonly CommandResult[] = ['done', 'replaced', 'changed', 'failed'];
const KINDS: readonly SurfaceKind[] = ['mail', 'call-card', 'call-sidebar'];
const MAX_KEY = 300;

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function place(from: Sender): { tabId: number; frameId: number } {
  if (typeof from.tabId !== 'number' || typeof from.frameId !== 'number') throw new Error('Only a tab has a sidebar');
  return { tabId: from.tabId, frameId: from.frameId };
}

const isInt = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isSpan = (s: unknown): s is Span => isInt((s as Span)?.start) && isInt((s as Span)?.end);
const person = (p: unknown) =>
  typeof (p as { name?: unknown })?.name === 'string' && typeof (p as { email?: unknown })?.email === 'string'
    ? clipPerson({ name: (p as { name: string }).name, email: (p as { email: string }).email })
    : null;

/** The draft as the background keeps it: bounded, typed, nothing extra. */
export function parseDraft(raw: DraftSnapshot): DraftSnapshot {
  if (!isInt(raw?.version) || typeof raw.text !== 'string' || raw.text.length > MAX_ANALYSED_CHARS)
    throw new Error(`A draft needs a version and at most ${MAX_ANALYSED_CHARS} characters of text`);
  if (!Array.isArray(raw.recipients) || raw.recipients.length > MAX_RECIPIENTS)
    throw new Error(`recipients must be a list of at most ${MAX_RECIPIENTS} people`);
  return {
    version: raw.version,
    text: raw.text,
    longDraft: raw.longDraft === true,
    wordCount: isInt(raw.wordCount) ? raw.wordCount : 0,
    recipients: raw.recipients.flatMap((r) => person(r) ?? []),
    repliedTo: person(raw.repliedTo),
    cramped: raw.cramped === true,
    ...(raw.theme === 'dark' || raw.theme === 'light' ? { theme: raw.theme } : {}),
  };
}

/** The meeting a call surface shows, bounded and typed; a mail sidebar has none. */
export function parseMeeting(kind: SurfaceKind, raw: SurfaceMeeting | undefined): SurfaceMeeting | null {
  if (kind === 'mail') return null;
  if (typeof raw?.site !== 'string' || typeof raw.key !== 'string' || typeof raw.title !== 'string')
    throw new Error('A call surface needs the site, key and title of its meeting');
  return { site: clip(raw.site, 40), key: clip(raw.key, MAX_KEY), title: clip(raw.title, MAX_TITLE) };
}

const isBox = (b: unknown): b is MarkBox =>
  ['x', 'y', 'w', 'h'].every((k) => Number.isFinite((b as Record<string, unknown>)?.[k]));
const boxes = (list: unknown): MarkBox[] => {
  if (!Array.isArray(list) || list.length > MAX_MARKS || !list.every(isBox))
    throw new Error(`marks need at most ${MAX_MARKS} boxes of x, y, w and h`);
  return list.map(({ x, y, w, h }) => ({ x, y, w, h }));
};

/** The boxes the underline layer draws, bounded and typed. */
export function parseMarks(raw: Marks): Marks {
  return { boxes: boxes(raw?.boxes), focus: boxes(raw?.focus) };
}

/** A command as the content script gets it: only the fields of its kind, bounded. */
export function parseCommand(raw: EditorCommand): EditorCommand {
  switch (raw?.op) {
    case 'underline':
      if (!isInt(raw.version) || !Array.isArray(raw.spans) || raw.spans.length > MAX_SPANS || !raw.spans.every(isSpan))
        throw new Error(`underline needs a version and at most ${MAX_SPANS} spans`);
      return {
        op: 'underline',
        version: raw.version,
        spans: raw.spans.map(({ start, end }) => ({ start, end })),
        addressForm: raw.addressForm === 'sie' || raw.addressForm === 'du' ? raw.addressForm : null,
      };
    case 'hover':
      if (!isInt(raw.version) || !(raw.span === null || isSpan(raw.span))) throw new Error('hover needs a span');
      return { op: 'hover', version: raw.version, span: raw.span && { start: raw.span.start, end: raw.span.end } };
    case 'replace':
      if (!isInt(raw.version) || !isSpan(raw) || typeof raw.text !== 'string' || raw.text.length > 10_000)
        throw new Error('replace needs a span and at most 10,000 characters');
      if (!(raw.select === null || isSpan(raw.select))) throw new Error('select must be a span');
      return {
        op: 'replace',
        version: raw.version,
        start: raw.start,
        end: raw.end,
        text: raw.text,
        select: raw.select && { start: raw.select.start, end: raw.select.end },
      };
    case 'undo':
    case 'focus-editor':
    case 'dismiss':
      return { op: raw.op };
    case 'size':
      return { op: 'size', open: raw.open === true };
    case 'dock':
      return { op: 'dock', side: raw.side === 'left' ? 'left' : 'right' };
    default:
      throw new Error('Unknown command');
  }
}

export function createSurfaces(tell: TellTab) {
  const surfaces = new Map<string, Surface>();
  const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;
  const post = (surface: Surface, news: PortNews) => surface.port?.postMessage(news);

  const ofFrame = (raw: RawSender | undefined): Surface | undefined => {
    const tabId = raw?.tab?.id;
    for (const surface of surfaces.values())
      if (
        surface.tabId === tabId &&
        surface.frame?.frameId === raw?.frameId &&
        surface.frame?.documentId === raw?.documentId
      )
        return surface;
    return undefined;
  };

  // The router let only a granted frame through; its document was checked there.
  const grantedTo = (from: Sender): Surface | undefined =>
    [...surfaces.values()].find((s) => s.tabId === from.tabId && s.frame?.frameId === from.frameId);

  const drop = (surface: Surface | undefined) => {
    if (!surface) return;
    surfaces.delete(keyOf(surface.tabId, surface.frameId));
    surface.port?.disconnect();
    surface.layer?.disconnect();
  };

  return {
    /** A content script places a frame and its underline layer: fresh tokens, and an end to the surface it had before. */
    open(from: Sender, kind: SurfaceKind = 'mail', meeting?: SurfaceMeeting): { token: string; underlines: string } {
      const { tabId, frameId } = place(from);
      if (!KINDS.includes(kind)) throw new Error('Unknown kind of surface');
      const about = parseMeeting(kind, meeting);
      drop(surfaces.get(keyOf(tabId, frameId)));
      const token = newToken();
      const underlines = newToken();
      surfaces.set(keyOf(tabId, frameId), {
        id: token,
        kind,
        tabId,
        frameId,
        token,
        draft: null,
        meeting: about,
        port: null,
        frame: null,
        pageUrl: from.url,
        layerToken: underlines,
        layer: null,
      });
      return { token, underlines };
    },
    marks(from: Sender, raw: Marks): void {
      const { tabId, frameId } = place(from);
      const surface = surfaces.get(keyOf(tabId, frameId));
      if (!surface) throw new Error('No sidebar was opened here');
      surface.layer?.postMessage({ marks: parseMarks(raw) } satisfies PortNews);
    },
    /** null: the call's chat box closed, there is nothing to coach. */
    draft(from: Sender, raw: DraftSnapshot | null): void {
      const { tabId, frameId } = place(from);
      const surface = surfaces.get(keyOf(tabId, frameId));
      if (!surface) throw new Error('No sidebar was opened here');
      surface.draft = raw === null ? null : parseDraft(raw);
      post(surface, { draft: surface.draft });
    },
    /** The compose closed; a newer surface of the same frame (its answer may come first) stays. */
    close(from: Sender, id: string): void {
      const { tabId, frameId } = place(from);
      const surface = surfaces.get(keyOf(tabId, frameId));
      if (surface?.id === id) drop(surface);
    },
    /** A port from a sidebar frame: granted by the first token that was waiting for its tab. */
    connect(port: SurfacePort, self: Self): void {
      if (port.name !== SURFACE_PORT) return;
      const sender = classifySender(port.sender, self);
      if (sender.kind !== 'frame') {
        port.disconnect();
        return;
      }
      let mine: Surface | null = null;
      port.onMessage.addListener((message) => {
        const token = (message as { token?: unknown } | null)?.token;
        if (mine || typeof token !== 'string' || token.length === 0) return;
        const surface = [...surfaces.values()].find(
          (s) => s.tabId === sender.tabId && (s.token === token || s.layerToken === token),
        );
        if (!surface) return;
        if (surface.layerToken === token) {
          // The underline layer: boxes on its port, no rights to ask anything.
          surface.layerToken = null;
          surface.layer = port;
          port.postMessage({ granted: true } satisfies PortNews);
          return;
        }
        surface.token = null;
        surface.port?.disconnect();
        surface.port = port;
        surface.frame = { frameId: sender.frameId as number, documentId: port.sender?.documentId };
        mine = surface;
        post(surface, { granted: true });
        if (surface.meeting) post(surface, { meeting: surface.meeting });
        if (surface.draft) post(surface, { draft: surface.draft });
      });
      port.onDisconnect.addListener(() => {
        if (mine?.port === port) {
          mine.port = null;
          mine.frame = null;
        }
      });
    },
    /** The page a granted frame was placed on (its own URL is the extension's). */
    pageOf(from: Sender): string | null {
      return grantedTo(from)?.pageUrl ?? null;
    },
    /** The meeting a granted call frame was opened for: the only one it may ask about. */
    meetingOf(from: Sender): SurfaceMeeting | null {
      return grantedTo(from)?.meeting ?? null;
    },
    /** The kind of surface that granted this sender, if one did. */
    granted(raw: RawSender): SurfaceKind | null {
      return ofFrame(raw)?.kind ?? null;
    },
    /** The browser's toggle shortcut, straight to the tab's granted mail sidebars: the page never carries it. */
    toggle(tabId: number): boolean {
      const mail = [...surfaces.values()].filter((s) => s.tabId === tabId && s.kind === 'mail' && s.port);
      for (const surface of mail) post(surface, { toggle: true });
      return mail.length > 0;
    },
    /** The frame's command, carried out by its surface's content script. */
    async command(from: Sender, command: EditorCommand): Promise<CommandResult> {
      const surface = grantedTo(from);
      if (!surface) throw new Error('This frame has no sidebar');
      const answer = await tell(surface.tabId, surface.frameId, {
        channel: SURFACE_CHANNEL,
        command: parseCommand(command),
      }).catch(() => 'failed');
      return RESULTS.includes(answer as CommandResult) ? (answer as CommandResult) : 'failed';
    },
  };
}

export type Surfaces = ReturnType<typeof createSurfaces>;
