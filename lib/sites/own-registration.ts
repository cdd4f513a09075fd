// The user's own sites get Rapport's content scripts through dynamic
// registration, kept in step with the settings: the generic mail adapter on
// their own webmail, the Jitsi adapter on their own Jitsi servers.

/** The part of browser.scripting this needs (a fake in unit tests). */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export type OwnSiteKind = 'mail' | 'call';
export const OWN_MAIL_SCRIPT_ID = 'rapport-own-mail';
export const OWN_CALL_SCRIPT_ID = 'rapport-own-call';
const IDS: Record<OwnSiteKind, string> = { mail: OWN_MAIL_SCRIPT_ID, call: OWN_CALL_SCRIPT_ID };

/** Registers the mail or call content script for exactly these match patterns (none: unregisters it). */
export async function syncOwnScripts(api: ScriptingApi, kind: OwnSiteKind, patterns: readonly string[]): Promise<void> {
  const id = IDS[kind];
  const existing = await api.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await api.unregisterContentScripts({ ids: [id] });
  if (patterns.length === 0) return;
  await api.registerContentScripts([
    {
      id,
      matches: [...patterns],
      js: [`content-scripts/${kind}.js`],
      // Roundcube, Nextcloud Mail and Jitsi compose and call in the page itself.
      allFrames: false,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
