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
