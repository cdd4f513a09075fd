// What the background remembers of meetings it was shown but has not stored:
// a pre-join screen is not yet a meeting the user had, so its record waits for
// a real join or a user action, and a page cycling through meeting codes can
// create at most one new record per tab and minute.
import type { Meeting } from '../storage/meetings';

/** Meetings shown but not stored, by "site:key"; the newest few (they live only as long as the worker). */
const KEEP = 50;
export const NEW_MEETING_INTERVAL_MS = 60_000;

export function createSightings(now: () => number = Date.now) {
  const shown = new Map<string, Meeting>();
  const lastCreated = new Map<number, number>();
  const id = (site: string, key: string) => `${site}:${key}`;
  return {
    remember(meeting: Meeting): void {
      const key = id(meeting.site, meeting.key);
      shown.delete(key);
      shown.set(key, meeting);
      for (const old of shown.keys()) {
        if (shown.size <= KEEP) break;
        shown.delete(old);
      }
    },
    /** The meeting as last shown, as the base of a record a user action creates. */
    shown(site: string, key: string): Meeting | undefined {
      return shown.get(id(site, key));
    },
    /** Whether this tab may create a new meeting record now; counts it when it may. */
    mayCreate(tabId: number | undefined): boolean {
      const tab = tabId ?? -1;
      const at = now();
      const last = lastCreated.get(tab);
      if (last !== undefined && at - last < NEW_MEETING_INTERVAL_MS) return false;
      lastCreated.set(tab, at);
      if (lastCreated.size > KEEP) lastCreated.delete(lastCreated.keys().next().value as number);
      return true;
    },
  };
}
