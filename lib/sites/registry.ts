// The explicit list of supported sites. Adding a site means adding its
// adapter here and a fixture under tests/fixtures/sites/<id>/.

import { MatchPattern } from 'wxt/utils/match-patterns';
import { jitsi } from './call/jitsi';
import { meet } from './call/meet';
import { teams } from './call/teams';
import { webex } from './call/webex';
import { zoom } from './call/zoom';
import { gmail } from './mail/gmail';
import { gmx } from './mail/gmx';
import { outlook } from './mail/outlook';
import { proton } from './mail/proton';
import { webde } from './mail/webde';
import { yahoo } from './mail/yahoo';
import type { CallAdapter, MailAdapter, SiteAdapter } from './types';

export const MAIL_ADAPTERS: readonly MailAdapter[] = [gmail, outlook, yahoo, gmx, webde, proton];
export const CALL_ADAPTERS: readonly CallAdapter[] = [meet, zoom, teams, jitsi, webex];

const matchesOf = (adapters: readonly SiteAdapter[], inFrames?: boolean) =>
  adapters.filter((a) => inFrames === undefined || Boolean(a.inFrames) === inFrames).flatMap((a) => a.matches);

export const MAIL_MATCHES = matchesOf(MAIL_ADAPTERS);
export const CALL_MATCHES = matchesOf(CALL_ADAPTERS);
/** The content scripts: one for the top frame of most sites, one for every frame of the sites that need it. */
export const MAIL_TOP_MATCHES = matchesOf(MAIL_ADAPTERS, false);
export const MAIL_FRAME_MATCHES = matchesOf(MAIL_ADAPTERS, true);
export const CALL_TOP_MATCHES = matchesOf(CALL_ADAPTERS, false);
export const CALL_FRAME_MATCHES = matchesOf(CALL_ADAPTERS, true);

/** The local demo server of `npm run dev`; added to the manifest in dev builds only. */
export const DEMO_ORIGIN = 'http://localhost:5174';
export const DEMO_MATCHES = ['http://localhost/*'];

/** The adapter for a page, or null. On the dev demo server the path chooses. */
export function adapterFor<T extends SiteAdapter>(adapters: readonly T[], href: string): T | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` === DEMO_ORIGIN) {
    return adapters.find((a) => url.pathname.startsWith(a.demoPath)) ?? null;
  }
  return adapters.find((a) => a.matches.some((p) => new MatchPattern(p).includes(url.href))) ?? null;
}
