// The generic mail adapter runs on the user's own webmail through one
// dynamically registered content script, kept in step with the settings.

/** The part of browser.scripting this needs (a fake in unit tests). */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export const OWN_MAIL_SCRIPT_ID = 'rapport-own-mail';
const SCRIPT = 'content-scripts/mail.js';

/** Registers the mail content script for exactly these match patterns (none: unregisters it). */
export async function syncOwnMailScripts(api: ScriptingApi, patterns: readonly string[]): Promise<void> {
  const existing = await api.getRegisteredContentScripts({ ids: [OWN_MAIL_SCRIPT_ID] });
  if (existing.length > 0) await api.unregisterContentScripts({ ids: [OWN_MAIL_SCRIPT_ID] });
  if (patterns.length === 0) return;
  await api.registerContentScripts([
    {
      id: OWN_MAIL_SCRIPT_ID,
      matches: [...patterns],
      js: [SCRIPT],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
