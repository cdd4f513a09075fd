// All of Rapport's data as one JSON file, and back. Import checks the whole
// file before it writes, merges by contact, reports what it skipped and why,
// and never deletes.
import { browser } from '../browser';
import type { Contact, ContactNote } from '../contacts/model';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  contactLabel,
  type ImportOffsets,
  type ImportReport,
  NO_OFFSETS,
  type Numbered,
  parseCompliments,
  parseContacts,
  parseMeetings,
  readBackupFile,
  type Skip,
} from './backup-file';
import { GENERAL_COMPLIMENTS, readGeneral } from './compliments';
import { listContacts, planImport, storeImport, task } from './contacts';
import { listMeetings, type Meeting, newMeetings } from './meetings';
import { type QuarantinedRecord, readQuarantine, restoreQuarantine } from './quarantine';
import { changeSettings, parseSettingsPatch, readSettings, type Settings } from './settings';

export { BACKUP_FORMAT, BACKUP_VERSION, type ImportOffsets, type ImportReport };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  contacts: Contact[];
  /** The general collection (compliments without a known author). */
  compliments: ContactNote[];
  meetings: Meeting[];
  /** Records Rapport could not read, kept so that a backup loses nothing. */
  quarantine: QuarantinedRecord[];
}

export async function exportData(now = new Date()): Promise<Backup> {
  const contacts = await listContacts();
  const compliments = await task(readGeneral);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: await readSettings(),
    contacts: contacts.sort((a, b) => a.id.localeCompare(b.id)),
    compliments,
    // Meetings before the kept-aside records: reading them sets the unreadable ones aside.
    meetings: await listMeetings(),
    quarantine: await readQuarantine(),
  };
}

type Skipped = ImportReport['skipped'];

/** The general collection's bound (lib/storage/compliments.ts refuses to append beyond it). */
const GENERAL_MAX = 5_000;

const inOrder = (skips: Skip[]): Skipped =>
  skips.sort((a, b) => a.index - b.index).map(({ what, why }) => ({ what, why }));

/** Where a chunk starts in the whole file, as the options page sends it; checked like any input. */
export function parseOffsets(raw: unknown): ImportOffsets {
  if (raw === undefined) return NO_OFFSETS;
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const offsets = { ...NO_OFFSETS };
  for (const part of Object.keys(NO_OFFSETS) as (keyof ImportOffsets)[]) {
    const value = r[part] ?? 0;
    if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`offsets.${part} must be a count`);
    offsets[part] = value as number;
  }
  return offsets;
}

/** The compliments not collected yet, as far as the collection has room, and the collection with them. Call inside `task`. */
async function newCompliments(
  incoming: Numbered<ContactNote>[],
  skips: Skip[],
): Promise<{ added: ContactNote[]; all: ContactNote[] }> {
  const current = await readGeneral();
  const known = new Set(current.map((n) => `${n.date}|${n.text}`));
  const added: ContactNote[] = [];
  for (const { value: note, index } of incoming) {
    const key = `${note.date}|${note.text}`;
    if (known.has(key)) continue;
    if (current.length + added.length >= GENERAL_MAX) {
      skips.push({ index, what: `compliment ${index + 1}`, why: `the collection holds ${GENERAL_MAX} compliments` });
      continue;
    }
    known.add(key);
    added.push(note);
  }
  return { added, all: [...current, ...added] };
}

/**
 * The file's settings field by field: own webmail sites only where the browser
 * still grants them. Lists are joined with the current ones inside the write.
 */
async function settingsPatch(
  raw: unknown,
  granted: (site: string) => Promise<boolean>,
  skipped: Skipped,
): Promise<Partial<Settings>> {
  const { patch, problems } = parseSettingsPatch(raw);
  for (const problem of problems) skipped.push({ what: 'settings', why: problem });
  if (patch.ownMailSites) {
    const sites: string[] = [];
    for (const site of patch.ownMailSites) {
      if (await granted(site)) sites.push(site);
      else skipped.push({ what: site, why: 'allow this webmail again under Sites (the browser asks you)' });
    }
    if (sites.length > 0) patch.ownMailSites = sites;
    else delete patch.ownMailSites;
  }
  return patch;
}

/** Writes the settings taken over; answers the fields whose value changed. */
async function takeSettings(patch: Partial<Settings>): Promise<(keyof Settings)[]> {
  let before: Settings | undefined;
  const after = await changeSettings((current) => {
    before = current;
    const join = (field: 'ownMailSites' | 'disabledRules') =>
      patch[field] ? { [field]: [...new Set([...current[field], ...(patch[field] ?? [])])] } : {};
    return { ...patch, ...join('ownMailSites'), ...join('disabledRules') };
  });
  return (Object.keys(after) as (keyof Settings)[]).filter(
    (field) => JSON.stringify(after[field]) !== JSON.stringify(before?.[field]),
  );
}

/** Runs the writes of an import in order; one that fails says what was written before it and what not. */
async function inSteps(steps: readonly { what: string; run: () => Promise<unknown> }[]): Promise<void> {
  for (const [i, { run }] of steps.entries()) {
    try {
      await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const what = (part: typeof steps) => part.map((s) => s.what).join('; ');
      if (i === 0) throw new Error(`Nothing was imported: ${reason}`);
      throw new Error(`Imported: ${what(steps.slice(0, i))}. Not imported: ${what(steps.slice(i))} (${reason}).`);
    }
  }
}

/**
 * Merges a backup (or one chunk of it) into what is stored, the whole of it
 * checked and planned before anything is written: a damaged part refuses it,
 * an unreadable record is skipped and reported. Contacts (merged with the
 * person they share an address with), compliments and meetings land in one
 * write; kept-aside records and settings follow.
 */
export async function importData(
  raw: unknown,
  granted: (site: string) => Promise<boolean>,
  offsets: ImportOffsets = NO_OFFSETS,
): Promise<ImportReport> {
  const file = readBackupFile(raw);
  const contactSkips: Skip[] = [];
  const complimentSkips: Skip[] = [];
  const meetingSkips: Skip[] = [];
  const settingsSkipped: Skipped = [];
  const contacts = parseContacts(file.contacts, contactSkips, offsets.contacts);
  const compliments = parseCompliments(file.compliments, complimentSkips, offsets.compliments);
  const meetings = parseMeetings(file.meetings, meetingSkips, offsets.meetings);
  const settings = file.settings === undefined ? null : await settingsPatch(file.settings, granted, settingsSkipped);
  const report: ImportReport = { added: 0, merged: 0, compliments: 0, meetings: 0, settings: null, skipped: [] };

  // Planned and written in one task: nothing else changes the store in between.
  const merge = () =>
    task(async () => {
      const plan = await planImport(contacts.map((c) => c.value));
      for (const { index, problems } of plan.refused) {
        const { value, index: position } = contacts[index] as Numbered<Contact>;
        contactSkips.push({ index: position, what: contactLabel(value, position), why: problems.join('; ') });
      }
      const general = await newCompliments(compliments, complimentSkips);
      const added = await newMeetings(meetings);
      await storeImport(
        plan.records,
        general.added.length > 0 ? { ...added, [GENERAL_COMPLIMENTS]: general.all } : added,
      );
      Object.assign(report, {
        added: plan.added,
        merged: plan.merged,
        compliments: general.added.length,
        meetings: Object.keys(added).length,
      });
    });
  let changed: (keyof Settings)[] = [];
  await inSteps([
    { what: 'the contacts, compliments and meetings', run: merge },
    ...(file.quarantine.length > 0
      ? [{ what: 'the records kept aside', run: () => task(() => restoreQuarantine(file.quarantine)) }]
      : []),
    ...(settings && Object.keys(settings).length > 0
      ? [{ what: 'the settings', run: async () => (changed = await takeSettings(settings)) }]
      : []),
  ]);
  report.settings = settings && { changed, skipped: settingsSkipped.length };
  report.skipped = [
    ...inOrder(contactSkips),
    ...inOrder(complimentSkips),
    ...inOrder(meetingSkips),
    ...settingsSkipped,
  ];
  return report;
}

/** Removes every piece of Rapport's data from this browser. */
export function deleteAllData(): Promise<void> {
  return task(() => browser.storage.local.clear());
}
