// How much room Rapport's data takes, and a warning while there is still time
// to act: before a write could be refused, not after.
import { browser } from '../browser';
import { CONTACT_PREFIX } from './contacts';
import { readQuarantine } from './quarantine';

/** storage.local's quota without `unlimitedStorage`. */
export const DEFAULT_QUOTA = 10 * 1024 * 1024;
/** Warn from here on: a journal grows by small notes, so 20 % of headroom is months of use. */
const WARN_SHARE = 0.8;
/** With unlimited storage the disk is the limit; warn when less than this is free for the profile. */
const LOW_DISK = 50 * 1024 * 1024;

export type StorageWarning = 'near-quota' | 'low-disk' | null;

export interface StorageUsage {
  bytes: number;
  contacts: number;
  quarantined: number;
  unlimited: boolean;
  warning: StorageWarning;
}

export function warningFor(bytes: number, unlimited: boolean, freeBytes: number | null): StorageWarning {
  if (!unlimited && bytes >= DEFAULT_QUOTA * WARN_SHARE) return 'near-quota';
  if (freeBytes !== null && freeBytes < LOW_DISK) return 'low-disk';
  return null;
}

async function bytesInUse(all: Record<string, unknown>): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  try {
    if (local.getBytesInUse) return await local.getBytesInUse(null);
  } catch {
    // Not offered by every browser: count the JSON instead (what Chrome counts, near enough).
  }
  return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
}

async function freeBytes(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
  } catch {
    return null;
  }
}

export async function readUsage(): Promise<StorageUsage> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const bytes = await bytesInUse(all);
  const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
  return {
    bytes,
    contacts: Object.keys(all).filter((k) => k.startsWith(CONTACT_PREFIX)).length,
    quarantined: (await readQuarantine()).length,
    unlimited,
    warning: warningFor(bytes, unlimited, await freeBytes()),
  };
}
