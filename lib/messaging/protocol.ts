// The messages other contexts may send to the background, with their answers.
import type { Analysis, AnalyzeOptions } from '../analysis';
import type { Settings } from '../storage/settings';

export interface Protocol {
  'settings/get': { request: object; response: Settings };
  'settings/set': { request: { patch: Partial<Settings> }; response: Settings };
  /**
   * The engine runs in the background: one copy of its phrase data for all
   * tabs, and no analysis work on the webmail page's main thread.
   */
  /** The user's own webmail changed (permissions already granted in the options page): store and register. */
  'sites/own-mail-set': { request: { sites: string[] }; response: Settings };
  'analysis/run': {
    /** The recipients' addresses: the du/Sie form learned for them becomes the contact hint. */
    request: { text: string; options: AnalyzeOptions; recipients?: string[] };
    response: Analysis;
  };
  /** A mail was sent: remember how it addressed its recipients. */
  'contacts/learn-form': { request: { emails: string[]; form: 'sie' | 'du' }; response: null };
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
