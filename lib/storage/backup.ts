// All of Rapport's data as one JSON file, and back. Import checks the whole
// file before it writes, merges by contact, reports what it skipped and why,
// and never deletes.
import * as v from 'valibot';
import { browser } from '../browser';
import { migrateContact } from '../contacts/migrations';
import { type Contact, type ContactNote, NoteSchema, parseContact } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { GENERAL_COMPLIMENTS, readGeneral } from './compliments';
import { listContacts, planImport, storeImport, task } from './contacts';
import { listMeetings, type Meeting, newMeetings, parseMeeting } from './meetings';
import { type QuarantinedRecord, readQuarantine, restoreQuarantine } from './quarantine';
import { parseSettingsPatch, readSettings, type Settings, writeSettings } from './settings';

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

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

export interface ImportReport {
  added: number;
  merged: number;
  compliments: number;
  meetings: number;
  settings: boolean;
  skipped: { what: string; why: string }[];
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
    meetings: await listMeetings(),
    quarantine: await readQuarantine(),
  };
}

const label = (raw: unknown, index: number) => {
  const r = raw as { name?: unknown; emails?: unknown } | null;
  const email = Array.isArray(r?.emails) ? String(r.emails[0]) : '';
  const name = typeof r?.name === 'string' ? r.name : '';
  return `contact ${index + 1}${name || email ? ` (${[name, email].filter(Boolean).join(', ')})` : ''}`;
};

type Skipped = ImportReport['skipped'];
/** A skipped record with its place in the file, so the report follows the file's order. */
type Skip = Skipped[number] & { index: number };
type File = Partial<Record<keyof Backup, unknown>>;

/** The parts of a backup that are lists: one of another type makes the whole file unreadable. */
const LISTS = ['contacts', 'compliments', 'meetings', 'quarantine'] as const;
/** The general collection's bound (lib/storage/compliments.ts refuses to append beyond it). */
const GENERAL_MAX = 5_000;

/** The file's own fields, once it is known to be a backup this Rapport reads whole. */
function readFile(raw: unknown): File {
  const own = (field: keyof Backup) =>
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, field) ? (raw as File)[field] : undefined;
  if (own('format') !== BACKUP_FORMAT) throw new Error('This is not a Rapport backup (the "format" field is missing)');
  const version = own('version');
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    throw new Error(`This backup has version ${String(version)}; this Rapport reads up to ${BACKUP_VERSION}`);
  }
  for (const part of LISTS) {
    if (own(part) !== undefined && !Array.isArray(own(part))) {
      throw new Error(`This backup is damaged: ${part} must be a list; nothing was imported`);
    }
  }
  return Object.fromEntries((['settings', ...LISTS] as const).map((field) => [field, own(field)]));
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const inOrder = (skips: Skip[]): Skipped =>
  skips.sort((a, b) => a.index - b.index).map(({ what, why }) => ({ what, why }));

type Numbered<T> = { value: T; index: number };

/** Each contact checked on its own; the id must be one of the person's own addresses, in normalized form. */
function parseContacts(records: unknown[], skips: Skip[]): Numbered<Contact>[] {
  return records.flatMap((record, index) => {
    const parsed = parseContact(migrateContact(record));
    if (!parsed.ok) {
      skips.push({ index, what: label(record, index), why: parsed.problems.join('; ') });
      return [];
    }
    const contact = parsed.contact;
    const emails = [...new Set(contact.emails.map(normalizeEmail).filter((e): e is string => e !== null))];
    if (!emails.includes(contact.id)) {
      skips.push({ index, what: label(record, index), why: 'its id is not one of its addresses' });
      return [];
    }
    return [{ value: { ...contact, emails: [contact.id, ...emails.filter((e) => e !== contact.id)] }, index }];
  });
}

function parseCompliments(entries: unknown[], skips: Skip[]): Numbered<ContactNote>[] {
  return entries.flatMap((entry, index) => {
    const parsed = v.safeParse(NoteSchema, entry);
    if (parsed.success) return [{ value: parsed.output, index }];
    skips.push({ index, what: `compliment ${index + 1}`, why: parsed.issues[0]?.message ?? 'unreadable' });
    return [];
  });
}

function parseMeetings(records: unknown[], skipped: Skipped): Meeting[] {
  return records.flatMap((record, index) => {
    const parsed = parseMeeting(record);
    if ('meeting' in parsed) return [parsed.meeting];
    skipped.push({ what: `meeting ${index + 1}`, why: parsed.problems.join('; ') });
    return [];
  });
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
 * Settings field by field: own webmail sites only where the browser still
 * grants them, lists joined with the current ones. Empty: nothing to take over.
 */
async function settingsPatch(
  raw: unknown,
  granted: (site: string) => Promise<boolean>,
  skipped: Skipped,
): Promise<Partial<Settings>> {
  if (raw === undefined) return {};
  const { patch, problems } = parseSettingsPatch(raw);
  for (const problem of problems) skipped.push({ what: 'settings', why: problem });
  const current = await readSettings();
  if (patch.ownMailSites) {
    const sites: string[] = [];
    for (const site of patch.ownMailSites) {
      if (await granted(site)) sites.push(site);
      else skipped.push({ what: site, why: 'allow this webmail again under Sites (the browser asks you)' });
    }
    if (sites.length > 0) patch.ownMailSites = [...new Set([...current.ownMailSites, ...sites])];
    else delete patch.ownMailSites;
  }
  if (patch.disabledRules) patch.disabledRules = [...new Set([...current.disabledRules, ...patch.disabledRules])];
  return patch;
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
 * Merges a backup into what is stored, the whole file checked and planned
 * before anything is written: a damaged part refuses the file, an unreadable
 * record is skipped and reported. Contacts (merged with the person they share
 * an address with), compliments and meetings land in one write; kept-aside
 * records and settings follow.
 */
export async function importData(raw: unknown, granted: (site: string) => Promise<boolean>): Promise<ImportReport> {
  const file = readFile(raw);
  const contactSkips: Skip[] = [];
  const complimentSkips: Skip[] = [];
  const meetingsSkipped: Skipped = [];
  const settingsSkipped: Skipped = [];
  const contacts = parseContacts(list(file.contacts), contactSkips);
  const compliments = parseCompliments(list(file.compliments), complimentSkips);
  const meetings = parseMeetings(list(file.meetings), meetingsSkipped);
  const quarantined = list(file.quarantine);
  const settings = await settingsPatch(file.settings, granted, settingsSkipped);
  const report: ImportReport = { added: 0, merged: 0, compliments: 0, meetings: 0, settings: false, skipped: [] };

  // Planned and written in one task: nothing else changes the store in between.
  const merge = () =>
    task(async () => {
      const plan = await planImport(contacts.map((c) => c.value));
      for (const { index, problems } of plan.refused) {
        const { value, index: position } = contacts[index] as Numbered<Contact>;
        contactSkips.push({ index: position, what: label(value, position), why: problems.join('; ') });
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
  const takeSettings = Object.keys(settings).length > 0;
  await inSteps([
    { what: 'the contacts, compliments and meetings', run: merge },
    ...(quarantined.length > 0
      ? [{ what: 'the records kept aside', run: () => task(() => restoreQuarantine(quarantined)) }]
      : []),
    ...(takeSettings ? [{ what: 'the settings', run: () => writeSettings(settings) }] : []),
  ]);
  report.settings = takeSettings;
  report.skipped = [...inOrder(contactSkips), ...inOrder(complimentSkips), ...meetingsSkipped, ...settingsSkipped];
  return report;
}

/** Removes every piece of Rapport's data from this browser. */
export function deleteAllData(): Promise<void> {
  return task(() => browser.storage.local.clear());
}
