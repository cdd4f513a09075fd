// What passes between the three parts of a Rapport surface: the content script
// (reads the compose or the call's chat box, edits it, reports the meeting), the
// background (keeps each surface's latest draft, grants frames) and the frame
// (analyses and renders). The content script learns only offsets, never what
// Rapport says about them nor anything stored about people.
import type { Recipient } from '../sites/types';

/** One kind a frame page: the mail sidebar, the pre-join card, the in-call sidebar. */
export type SurfaceKind = 'mail' | 'call-card' | 'call-sidebar';

/** The meeting a call surface is about, as the content script read it from the page. */
export interface SurfaceMeeting {
  site: string;
  key: string;
  title: string;
}

/** The compose as the content script read it; `version` names this reading in later commands. */
export interface DraftSnapshot {
  version: number;
  /** The analysed part of the draft (lib/ui/review.ts analysedPart). */
  text: string;
  longDraft: boolean;
  /** Words of the whole draft. */
  wordCount: number;
  recipients: Recipient[];
  /** The sender of the quoted mail, when the draft is a reply. */
  repliedTo: Recipient | null;
  /** No room beside the compose: the sidebar waits as a tab until asked. */
  cramped: boolean;
  /** Whether the page looks light or dark (lib/dom/page-theme.ts): the sidebar follows it, not the OS. */
  theme?: 'light' | 'dark';
}

export interface Span {
  start: number;
  end: number;
}

/** What the frame asks the content script to do in the page, each about the reading `version`. */
export type EditorCommand =
  | { op: 'underline'; version: number; spans: Span[]; addressForm: 'sie' | 'du' | null }
  | { op: 'hover'; version: number; span: Span | null }
  | { op: 'replace'; version: number; start: number; end: number; text: string; select: Span | null }
  | { op: 'undo' }
  | { op: 'focus-editor' }
  | { op: 'size'; open: boolean }
  /** The mail sidebar: the user docked it to the other side (the frame stored that). */
  | { op: 'dock'; side: 'left' | 'right' }
  /** The pre-join card: the user hid it (the frame stored that) or turned the site off. */
  | { op: 'dismiss' };

/** `changed`: the user typed since that reading, nothing was replaced. */
export type CommandResult = 'done' | 'replaced' | 'changed' | 'failed';

/** A box in the underline layer, in px from its top left. */
export interface MarkBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What the underline layer draws: the flagged words' line boxes and the one pointed at, nothing of their text. */
export interface Marks {
  boxes: MarkBox[];
  focus: MarkBox[];
}

/** At most this many boxes a drawing (a few screens of underlined lines). */
export const MAX_MARKS = 2_000;

/** The name of the port a sidebar frame opens to the background. */
export const SURFACE_PORT = 'rapport-surface';
/** Marks the background's commands to a content script. */
export const SURFACE_CHANNEL = 'rapport-surface';

/** Port messages, frame → background: a token the frame was posted. */
export interface PortToken {
  token: string;
}
/** Port messages, background → frame. */
export type PortNews =
  | { granted: true }
  | { draft: DraftSnapshot | null }
  | { marks: Marks }
  | { meeting: SurfaceMeeting }
  /** The user's toggle shortcut (the manifest's toggle-sidebar). */
  | { toggle: true };

/** Window messages the frame acts on (from anyone: the token is checked by the background). */
export const TOKEN_KEY = 'rapportToken';
export const FOCUS_KEY = 'rapportFocus';
/** Posted by a frame to its parent when its port to the background closed: it holds no grant any more. */
export const LOST_KEY = 'rapportLost';

/** Underlines at most one a character of the analysed part. */
export const MAX_SPANS = 30_000;
