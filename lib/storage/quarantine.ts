// Stored data that fails validation is never dropped: it is kept here with the
// reason, for the options page to show and the user to recover. The list
// itself is checked too: one that is not a list is moved aside to a key of its
// own (never overwritten), and an entry that is not a record is shown as what it is.
import { browser } from '../browser';
import { serialized } from './serialized';

export interface QuarantinedRecord {
  source: string;
  value: unknown;
  problems: string[];
  date: string;
}

const KEY = 'quarantine';
/** Followed by the time it was moved: a damaged list, as it was. */
export const UNREADABLE_PREFIX = 'quarantine-unreadable-';
/** The keys of the lists moved aside, so reading them needs no scan of all storage. */
const ASIDE = 'quarantineAside';

const local = () => browser.storage.local;

function isRecord(entry: unknown): entry is QuarantinedRecord {
  const r = entry as QuarantinedRecord | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.source === 'string' &&
    Array.isArray(r.problems) &&
    r.problems.every((p) => typeof p === 'string') &&
    typeof r.date === 'string'
  );
}

/** The stored entries; a stored value that is not a list is first moved aside. Call inside `serialized`. */
async function storedEntries(): Promise<unknown[]> {
  const { [KEY]: raw } = await local().get(KEY);
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  const keys = await asideKeys();
  const moved = `${UNREADABLE_PREFIX}${new Date().toISOString()}`;
  // Two lists moved within a millisecond both stay.
  let aside = moved;
  for (let n = 2; keys.includes(aside); n++) aside = `${moved}-${n}`;
  await local().set({ [aside]: raw, [ASIDE]: [...keys, aside] });
  await local().remove(KEY);
  console.warn('[Rapport] the list of records kept aside was damaged; moved aside unchanged');
  return [];
}

/** The keys of the moved-aside lists; should the index itself be damaged, found by a scan of all storage. */
async function asideKeys(): Promise<string[]> {
  const { [ASIDE]: index } = await local().get(ASIDE);
  if (index === undefined) return [];
  if (Array.isArray(index) && index.every((k) => typeof k === 'string' && k.startsWith(UNREADABLE_PREFIX)))
    return index;
  return Object.keys(await local().get(null)).filter((k) => k.startsWith(UNREADABLE_PREFIX));
}

/** Call inside `serialized`: it is a read-modify-write. */
export async function quarantine(source: string, value: unknown, problems: string[]): Promise<void> {
  const kept = await storedEntries();
  await local().set({ [KEY]: [...kept, { source, value, problems, date: new Date().toISOString() }] });
  console.warn(`[Rapport] unreadable ${source} kept aside:`, problems.join('; '));
}

/** Every record kept aside, checked: damaged entries and moved-aside lists are shown as records with the reason. */
export function readQuarantine(): Promise<QuarantinedRecord[]> {
  return serialized(async () => {
    const records = (await storedEntries()).map(
      (entry): QuarantinedRecord =>
        isRecord(entry)
          ? entry
          : { source: KEY, value: entry, problems: ['not a record kept aside (source, problems, date)'], date: '' },
    );
    const keys = await asideKeys();
    const aside: Record<string, unknown> = keys.length > 0 ? await local().get(keys) : {};
    for (const [key, value] of Object.entries(aside)) {
      if (value === undefined) continue;
      records.push({
        source: key,
        value,
        problems: ['the list of records kept aside was not a list; it is kept here unchanged'],
        date: key.slice(UNREADABLE_PREFIX.length, UNREADABLE_PREFIX.length + 24),
      });
    }
    return records;
  });
}

/** From a backup: adds the records that are not there yet (call inside `serialized`). */
export async function restoreQuarantine(records: readonly unknown[]): Promise<void> {
  const kept = await storedEntries();
  const known = new Set(kept.map((r) => JSON.stringify(r)));
  const valid = records.filter((r): r is QuarantinedRecord => isRecord(r) && !known.has(JSON.stringify(r)));
  if (valid.length > 0) await local().set({ [KEY]: [...kept, ...valid] });
}
