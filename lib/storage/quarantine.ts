// Stored data that fails validation is never dropped: it is kept here with the
// reason, for the options page to show and the user to recover.
import { storage } from 'wxt/utils/storage';

export interface QuarantinedRecord {
  source: string;
  value: unknown;
  problems: string[];
  date: string;
}

const item = storage.defineItem<QuarantinedRecord[]>('local:quarantine', { fallback: [] });

/** Call inside `serialized`: it is a read-modify-write. */
export async function quarantine(source: string, value: unknown, problems: string[]): Promise<void> {
  const list = await item.getValue();
  const kept = Array.isArray(list) ? list : [];
  await item.setValue([...kept, { source, value, problems, date: new Date().toISOString() }]);
  console.warn(`[Rapport] unreadable ${source} kept aside:`, problems.join('; '));
}

export function readQuarantine(): Promise<QuarantinedRecord[]> {
  return item.getValue();
}

/** From a backup: adds the records that are not there yet (call inside `serialized`). */
export async function restoreQuarantine(records: readonly unknown[]): Promise<void> {
  const list = await item.getValue();
  const kept = Array.isArray(list) ? list : [];
  const known = new Set(kept.map((r) => JSON.stringify(r)));
  const valid = records.filter(
    (r): r is QuarantinedRecord =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as QuarantinedRecord).source === 'string' &&
      Array.isArray((r as QuarantinedRecord).problems) &&
      typeof (r as QuarantinedRecord).date === 'string' &&
      !known.has(JSON.stringify(r)),
  );
  if (valid.length > 0) await item.setValue([...kept, ...valid]);
}
