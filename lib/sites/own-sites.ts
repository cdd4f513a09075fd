// The user's own webmail (Roundcube, Nextcloud Mail, SOGo …) or Jitsi server:
// a domain they type in the options page becomes one match pattern.

import { MatchPattern } from 'wxt/utils/match-patterns';
import { CALL_ADAPTERS, MAIL_ADAPTERS } from './registry';

export type OwnSiteResult = { pattern: string; origin: string } | { error: 'invalid' | 'insecure' | 'builtin' };

/** "mail.example.org", "https://mail.example.org/roundcube/?_task=mail" → "https://mail.example.org/*". */
export function ownSitePattern(input: string, kind: 'mail' | 'call' = 'mail'): OwnSiteResult {
  const text = input.trim();
  if (!text || /\s/.test(text)) return { error: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: 'invalid' };
  }
  const local = url.hostname === 'localhost' || url.hostname.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return { error: 'insecure' };
  if (!url.hostname.includes('.') && !local) return { error: 'invalid' };
  if (url.hostname.includes('*')) return { error: 'invalid' };
  const pattern = `${url.protocol}//${url.hostname}/*`;
  const probe = `${url.protocol}//${url.hostname}/`;
  // Sites Rapport already supports need no permission of their own (by host: the built-in patterns name paths).
  const builtin = kind === 'mail' ? MAIL_ADAPTERS : CALL_ADAPTERS;
  const hostOf = (m: string) => m.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*');
  if (builtin.some((a) => a.matches.some((m) => new MatchPattern(hostOf(m)).includes(probe))))
    return { error: 'builtin' };
  return { pattern, origin: `${url.protocol}//${url.hostname}` };
}
