import type { TextMap } from '../dom/text';

// What the rest of Rapport may know of a third-party page: only these shapes.
// Adapters are pure functions over a document; when unsure they return
// null or [] and never throw.

export interface SiteAdapter {
  /** Stable id, also the fixture folder name under tests/fixtures/sites/. */
  id: string;
  /** Human-readable product name. */
  name: string;
  /** WebExtension match patterns of the pages this adapter serves. */
  matches: string[];
  /** Path on the local demo server (`npm run dev`) that imitates this site. */
  demoPath: string;
  /** The client runs inside an iframe of the page: only then does the content script run in every frame. */
  inFrames?: boolean;
}

export interface Recipient {
  /** As the site shows it; '' when only the address is known. */
  name: string;
  /** Lower-cased address; '' when the site shows only a name. */
  email: string;
}

export interface MailCompose {
  /** The compose window (or inline reply) that holds editor, recipients and Send. */
  root: HTMLElement;
  /** The element the user types the draft into. */
  editor: HTMLElement;
}

export interface MailAdapter extends SiteAdapter {
  kind: 'mail';
  /** Every open compose editor in the page, in document order. */
  findComposes(doc: Document): MailCompose[];
  /**
   * Called on the editor right before and right after Rapport replaces text, for
   * editors that keep their own undo history (roosterjs takes a snapshot on
   * compositionend); without it their Ctrl+Z would skip the replacement.
   */
  undoCheckpoint?(editor: HTMLElement): void;
  /** True when the page shows a compose window, found or not: lets Rapport report markup it does not know. */
  composeVisible?(doc: Document): boolean;
  /** The draft as plain text, one line per block. */
  readDraft(compose: MailCompose): string;
  /** The draft's text with a map from offsets back to DOM ranges (for highlights and rewrites). */
  mapDraft(compose: MailCompose): TextMap;
  /** To, Cc and Bcc as the compose shows them; [] when unsure. */
  readRecipients(compose: MailCompose): Recipient[];
  /** The subject line, or ''. */
  readSubject(compose: MailCompose): string;
  /** The compose's Send button, to notice a send (Rapport learns the du/Sie form used per recipient). */
  sendButton(compose: MailCompose): HTMLElement | null;
  /**
   * What Rapport's panel must never cover besides the compose root: its Send and Discard buttons (where the
   * site lays them out of the root) and the inbox's sender column beside it; [] when the page shows none.
   */
  keepClear?(doc: Document, compose: MailCompose): Element[];
  /**
   * The author of the received mail that contains this node (e.g. text the user selected in an open
   * mail to save as a compliment), or null when the page does not say.
   */
  messageSender?(node: Node): Recipient | null;
}

export interface PreJoinScreen {
  joinButton: HTMLElement;
  /** The column that holds the join controls; the card goes at its end, below the buttons. */
  panel: HTMLElement;
  /** The meeting's title or code, or '' when the page does not say. */
  meetingTitle: string;
}

/** Which screen of a call the page shows; 'other' for home pages, settings, loading screens. */
export type CallState = 'pre-join' | 'in-call' | 'ended' | 'other';

export interface CallAdapter extends SiteAdapter {
  kind: 'call';
  /** The pre-join screen when it is showing, else null. */
  findPreJoin(doc: Document, url: URL): PreJoinScreen | null;
  /** Pre-join, in the call, or the screen after leaving it; adapters decide by stable signals (labels, roles, URL). */
  callState(doc: Document, url: URL): CallState;
  /** The meeting's title where the page shows one, else its code or '' (callers fall back on document.title). */
  meetingTitle(doc: Document, url: URL): string;
  /** A stable key of this meeting for notes kept per meeting (code, room name or URL path), '' when unknown. */
  meetingKey(url: URL): string;
  /**
   * The other people the page names: before joining those already in the call (where shown), in the call
   * the tiles or the participant list. Never the user. Email '' where the page shows only a name.
   */
  participants(doc: Document): Recipient[];
  /** In the call: the chat panel's message box when it is open, else null. */
  chatBox(doc: Document): HTMLElement | null;
  /** In the call: the bar of call controls (mute, camera, leave), which Rapport must never cover; null if not found. */
  controls(doc: Document): HTMLElement | null;
}
