// The messages other contexts may send to the background, with their answers.
import type { Analysis, AnalyzeOptions, Rewrite } from '../analysis';
import type { Brief } from '../contacts/brief';
import type { PersonBrief } from '../contacts/call-brief';
import type { Contact, ContactNote } from '../contacts/model';
import type { ContactSummary } from '../contacts/summary';
import type { Backup, ImportOffsets, ImportReport } from '../storage/backup';
import type { ContactPatch, NoteList } from '../storage/contacts';
import type { Meeting, MeetingPatch, Sighting } from '../storage/meetings';
import type { QuarantinedRecord } from '../storage/quarantine';
import type { ListChange, ListChanges, PageSettings, Settings } from '../storage/settings';
import type { StorageUsage } from '../storage/usage';
import type { CommandResult, DraftSnapshot, EditorCommand, Marks, SurfaceKind, SurfaceMeeting } from './surface-types';

export interface Protocol {
  'settings/get': { request: object; response: Settings };
  /** Whole values (language, sensitivity …); a list in it is refused: lists change through settings/lists. */
  'settings/set': { request: { patch: Partial<Settings> }; response: Settings };
  /** Entries added to and removed from the list settings, merged with what is stored at that moment. */
  'settings/lists': { request: { changes: ListChanges }; response: Settings };
  /** Rapport paused on a built-in site for `minutes` (the popup's "Pause for an hour"); 0 ends the pause. */
  'settings/pause-site': { request: { site: string; minutes: number }; response: Settings };
  /** What the UI in a page needs of the settings (not the user's own sites). */
  'settings/page-get': { request: object; response: PageSettings };
  /** The page UI's own choices: keep the sidebar collapsed or docked left/right, turn one rule off, leave the sender's own site. */
  'settings/page-set': {
    request: {
      sidebarCollapsed?: boolean;
      sidebarDock?: 'left' | 'right';
      disableRule?: string;
      /** Undoes a disableRule of this draft. */
      enableRule?: string;
      disableSite?: string;
    };
    response: PageSettings;
  };
  /**
   * The engine runs in the background: one copy of its phrase data for all
   * tabs, and no analysis work on the webmail page's main thread.
   */
  /** The user's own webmail added or removed (permissions already granted in the options page): store and register. */
  'sites/own-mail-change': { request: Omit<ListChange, 'from'>; response: Settings };
  /** The user's own Jitsi servers added or removed (permissions already granted): store and register the call script. */
  'sites/own-call-change': { request: Omit<ListChange, 'from'>; response: Settings };
  'analysis/run': {
    /** The recipients' addresses: the du/Sie form learned for them becomes the contact hint. */
    request: { text: string; options: AnalyzeOptions; recipients?: string[] };
    response: Analysis;
  };
  /** Whole-sentence rewrites for the findings the sidebar shows (their indexes in analysis/run's answer for the same draft). */
  'analysis/rewrites': {
    request: { text: string; options: AnalyzeOptions; recipients?: string[]; indexes: number[] };
    response: Rewrite[][];
  };
  /** A mail was sent: remember how it addressed its recipients. */
  'contacts/learn-form': { request: { emails: string[]; form: 'sie' | 'du' }; response: null };
  /** What to show about a person (the first known of these addresses) while writing to or meeting them. */
  'contacts/brief': {
    request: { email: string; name: string; draftTension?: number; language: 'de' | 'en' };
    response: Brief;
  };
  /** The prompt was shown: it is not asked again about them within the next ten. */
  'contacts/prompt-shown': { request: { email: string; name: string; promptId: string }; response: null };
  /** No questions about them until then (null: ask again). */
  'contacts/snooze': { request: { email: string; until: string | null }; response: null };
  'contacts/appreciate': {
    request: {
      email: string;
      name: string;
      text: string;
      source: 'sidebar' | 'popup' | 'options' | 'call';
      saveId?: SaveId;
    };
    response: Brief;
  };
  'contacts/list': { request: object; response: ContactSummary[] };
  'contacts/get': { request: { id: string }; response: Contact };
  'contacts/update': { request: { id: string; patch: ContactPatch }; response: Contact };
  'contacts/merge': { request: { into: string; from: string }; response: Contact };
  'contacts/delete': { request: { id: string }; response: null };
  'contacts/remove-note': { request: { id: string; list: NoteList; date: string; text: string }; response: Contact };
  /** Kind words from a received mail: to their author's contact when known, else the general collection. */
  'compliments/add': {
    request: { text: string; title: string; email: string | null; name: string; saveId?: SaveId };
    response: 'contact' | 'general';
  };
  'compliments/list': { request: object; response: ContactNote[] };
  'compliments/remove': { request: { date: string; text: string }; response: null };
  /** A call page reports its state; the meeting record follows (created, participants added, left). */
  'calls/seen': { request: Sighting; response: Meeting };
  /** Everything the pre-join card, the in-call sidebar and the popup show about a meeting. */
  'calls/brief': { request: { site: string; key: string; language: 'de' | 'en' }; response: CallBrief };
  'calls/update': { request: { site: string; key: string; patch: MeetingPatch }; response: Meeting };
  /** "Note this moment" during the call; answers how many journals it went into. */
  'calls/moment': { request: { site: string; key: string; text: string; saveId?: SaveId }; response: number };
  /** After the call: what was agreed ('' = nothing to note); answers how many journals it went into. */
  'calls/agreement': { request: { site: string; key: string; text: string; saveId?: SaveId }; response: number };
  /** "Maybe this is …": the user says whether the participant of that name is this contact. */
  'calls/confirm': { request: { site: string; key: string; contact: string; yes: boolean }; response: Meeting };
  /** Meetings left whose agreement is still to be noted, newest first. */
  'calls/pending': { request: object; response: Meeting[] };
  /** A content script places a sidebar frame and its underline layer: the one-time tokens it will post into them. */
  'surface/open': {
    request: { kind?: SurfaceKind; meeting?: SurfaceMeeting };
    response: { token: string; underlines: string };
  };
  /** Where the underline layer draws now (boxes only); the background hands them to that layer. */
  'surface/marks': { request: { marks: Marks }; response: null };
  /** The compose as the content script read it last; the background hands it to the granted frame. */
  'surface/draft': { request: { draft: DraftSnapshot | null }; response: null };
  /** The compose closed: its frame and draft are forgotten (`id`: the token it was opened with). */
  'surface/close': { request: { id: string }; response: null };
  /** The frame asks the content script of its surface to act in the page. */
  'surface/command': { request: { command: EditorCommand }; response: CommandResult };
  'data/usage': { request: object; response: StorageUsage };
  'data/quarantine': { request: object; response: QuarantinedRecord[] };
  'data/export': { request: object; response: Backup };
  /**
   * One chunk of a backup (the options page checks the file whole, then sends
   * it in chunks of at most 1 MB); `offsets`: where the chunk's lists start in
   * the whole file, so the report names records by their place in it.
   */
  'data/import': { request: { file: unknown; offsets?: ImportOffsets }; response: ImportReport };
  'data/delete-all': { request: object; response: null };
}

/**
 * Made once per user action in the UI and sent with every try of that save:
 * the background stores a save once per id (a retry does not duplicate the note).
 */
export type SaveId = string;

export interface CallBrief {
  meeting: Meeting | null;
  /** Known participants first (most relevant first), or the first named person. */
  people: PersonBrief[];
}

export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & Protocol[K]['request']
  : never;
export type Reply<K extends MessageType = MessageType> =
  | { ok: true; value: Protocol[K]['response'] }
  | { ok: false; error: string };

/** Marks Rapport's own messages among others a page or extension might send. */
export const CHANNEL = 'rapport';
