// What opens after the browser installs or updates Rapport: the welcome page
// on a first install, what changed on a minor or major update, nothing on a
// patch (a fix should not interrupt the user) or when the browser updates.
import { browser } from '../browser';

export interface InstallDetails {
  reason: string;
  previousVersion?: string;
}

/** "1.2.3" → [1, 2, 3]; anything unreadable counts as 0. */
function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [major, minor, patch];
}

/** The major.minor of a version ("0.2.1" → "0.2"): the changelog is kept per minor version. */
export function minorOf(version: string): string {
  const [major, minor] = parts(version);
  return `${major}.${minor}`;
}

/** -1, 0 or 1 as `a` comes before, with or after `b` by major and minor version (patches ignored). */
export function compareMinor(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return Math.sign(x[0] - y[0] || x[1] - y[1]);
}

/** The extension page to open (a path relative to the extension's root), or null for none. */
export function pageAfterInstall(details: InstallDetails, version: string): string | null {
  if (details.reason === 'install') return 'welcome.html';
  if (details.reason !== 'update' || !details.previousVersion) return null;
  if (compareMinor(version, details.previousVersion) <= 0) return null;
  return `welcome.html?from=${encodeURIComponent(details.previousVersion)}#whats-new`;
}

/** Registers the listener; the background calls this at its start, as onInstalled requires. */
export function openPageAfterInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    const page = pageAfterInstall(details, browser.runtime.getManifest().version);
    if (page)
      browser.tabs
        .create({ url: browser.runtime.getURL(`/${page}` as '/welcome.html') })
        .catch((error: unknown) => console.warn('[Rapport] welcome page not opened', error));
  });
}
