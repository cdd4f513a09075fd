import { describe, expect, it } from 'vitest';
import {
  OWN_CALL_SCRIPT_ID,
  OWN_MAIL_SCRIPT_ID,
  type ScriptingApi,
  syncOwnScripts,
} from '../../../lib/sites/own-registration';
import { ownSitePattern } from '../../../lib/sites/own-sites';

describe('ownSitePattern', () => {
  it.each([
    ['webmail.example.org', 'https://webmail.example.org/*'],
    ['https://mail.example.org/roundcube/?_task=mail', 'https://mail.example.org/*'],
    ['  cloud.example.de/apps/mail  ', 'https://cloud.example.de/*'],
    ['http://localhost:8080/', 'http://localhost/*'],
  ])('%j → %s', (input, pattern) => {
    expect(ownSitePattern(input)).toMatchObject({ pattern });
  });

  it.each([
    ['', 'invalid'],
    ['not a domain', 'invalid'],
    ['intranet', 'invalid'],
    ['http://webmail.example.org', 'insecure'],
    ['ftp://webmail.example.org', 'insecure'],
    ['mail.google.com', 'builtin'],
    ['https://outlook.office.com/mail/', 'builtin'],
    ['3c.gmx.net', 'builtin'],
  ])('refuses %j (%s)', (input, error) => {
    expect(ownSitePattern(input)).toEqual({ error });
  });

  it('checks an own Jitsi server against the built-in call sites instead', () => {
    expect(ownSitePattern('meet.google.com', 'call')).toEqual({ error: 'builtin' });
    expect(ownSitePattern('mail.google.com', 'call')).toMatchObject({ pattern: 'https://mail.google.com/*' });
    expect(ownSitePattern('https://meet.example.org/room', 'call')).toMatchObject({
      pattern: 'https://meet.example.org/*',
    });
  });
});

function fakeScripting() {
  const registered = new Map<string, Record<string, unknown>>();
  const api: ScriptingApi = {
    getRegisteredContentScripts: async (filter) =>
      [...registered.keys()].filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id })),
    registerContentScripts: async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id as string)) throw new Error(`duplicate script id ${String(s.id)}`);
        registered.set(s.id as string, s);
      }
    },
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
  };
  return { api, registered };
}

describe('syncOwnScripts', () => {
  it('registers the mail content script for exactly the allowed sites, in the top frame (Roundcube, Nextcloud Mail and Jitsi compose and call in the page itself)', async () => {
    const { api, registered } = fakeScripting();
    await syncOwnScripts(api, 'mail', ['https://webmail.example.org/*']);
    expect(registered.get(OWN_MAIL_SCRIPT_ID)).toMatchObject({
      matches: ['https://webmail.example.org/*'],
      js: ['content-scripts/mail.js'],
      allFrames: false,
    });
  });

  it('replaces an earlier registration instead of failing on the duplicate id', async () => {
    const { api, registered } = fakeScripting();
    await syncOwnScripts(api, 'mail', ['https://a.example.org/*']);
    await syncOwnScripts(api, 'mail', ['https://a.example.org/*', 'https://b.example.org/*']);
    expect(registered.get(OWN_MAIL_SCRIPT_ID)?.matches).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);
  });

  it('unregisters when no site is left', async () => {
    const { api, registered } = fakeScripting();
    await syncOwnScripts(api, 'mail', ['https://a.example.org/*']);
    await syncOwnScripts(api, 'mail', []);
    expect(registered.size).toBe(0);
  });

  it('keeps own Jitsi servers (the call script) apart from own webmail', async () => {
    const { api, registered } = fakeScripting();
    await syncOwnScripts(api, 'mail', ['https://webmail.example.org/*']);
    await syncOwnScripts(api, 'call', ['https://meet.example.org/*']);
    expect(registered.get(OWN_CALL_SCRIPT_ID)).toMatchObject({
      matches: ['https://meet.example.org/*'],
      js: ['content-scripts/call.js'],
    });
    await syncOwnScripts(api, 'call', []);
    expect([...registered.keys()]).toEqual([OWN_MAIL_SCRIPT_ID]);
  });
});
