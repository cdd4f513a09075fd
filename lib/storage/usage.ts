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

/** The stored keys without their values where the browser can (Chrome 130+): 5,000 journals are megabytes. */
async function keysAndSize(): Promise<{ keys: string[]; bytes: number }> {
  const local = browser.storage.local as {
    getKeys?: () => Promise<string[]>;
    getBytesInUse?: (keys: null) => Promise<number>;
  };
  try {
    if (local.getKeys && local.getBytesInUse)
      return { keys: await local.getKeys(), bytes: await local.getBytesInUse(null) };
  } catch {
    // Fall back on reading everything.
  }
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  return { keys: Object.keys(all), bytes: await bytesInUse(all) };
}

export async function readUsage(): Promise<StorageUsage> {
  const { keys, bytes } = await keysAndSize();
  const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
  return {
    bytes,
    contacts: keys.filter((k) => k.startsWith(CONTACT_PREFIX)).length,
    quarantined: (await readQuarantine()).length,
    unlimited,
    warning: warningFor(bytes, unlimited, await freeBytes()),
  };
}
