// A backup file as read before anything is stored: the whole file checked
// (a damaged part refuses it), each record parsed on its own, and the file cut
// into chunks the options page sends one by one, so that a big import never
// holds the background for long.
import * as v from 'valibot';
import { migrateContact } from '../contacts/migrations';
import { type Contact, type ContactNote, NoteSchema, parseContact } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { type Meeting, parseMeeting } from './meeting-record';
import type { Settings } from './settings';

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;
/** The most a chunk of an import weighs as JSON; a single record beyond it travels alone. */
export const CHUNK_BYTES = 1_000_000;

/** The parts of a backup that are lists: one of another type makes the whole file unreadable. */
export const LISTS = ['contacts', 'compliments', 'meetings', 'quarantine'] as const;
type ListPart = (typeof LISTS)[number];

/** A backup known to be one this Rapport reads whole: its lists are lists, its records still unchecked. */
export type BackupFile = { format: typeof BACKUP_FORMAT; version: number; settings?: unknown } & Record<
  ListPart,
  unknown[]
>;

/** Where a chunk's lists start in the whole file: records are named by their place in it. */
export interface ImportOffsets {
  contacts: number;
  compliments: number;
  meetings: number;
}
export const NO_OFFSETS: ImportOffsets = { contacts: 0, compliments: 0, meetings: 0 };

export interface ImportReport {
  added: number;
  merged: number;
  compliments: number;
  meetings: number;
  /** null: the file held no settings; else the fields that changed and how many of the file's were skipped. */
  settings: { changed: (keyof Settings)[]; skipped: number } | null;
  skipped: { what: string; why: string }[];
}

/** The reports of an import's chunks as one. */
export function joinReports(a: ImportReport, b: ImportReport): ImportReport {
  return {
    added: a.added + b.added,
    merged: a.merged + b.merged,
    compliments: a.compliments + b.compliments,
    meetings: a.meetings + b.meetings,
    settings: b.settings ?? a.settings,
    skipped: [...a.skipped, ...b.skipped],
  };
}

export function readBackupFile(raw: unknown): BackupFile {
  const own = (field: string) =>
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, field)
      ? (raw as Record<string, unknown>)[field]
      : undefined;
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
  const list = (part: ListPart) => (Array.isArray(own(part)) ? (own(part) as unknown[]) : []);
  return {
    format: BACKUP_FORMAT,
    version,
    ...(own('settings') === undefined ? {} : { settings: own('settings') }),
    contacts: list('contacts'),
    compliments: list('compliments'),
    meetings: list('meetings'),
    quarantine: list('quarantine'),
  };
}

/** A skipped record with its place in the file, so the report follows the file's order. */
export type Skip = { what: string; why: string; index: number };
export type Numbered<T> = { value: T; index: number };

export const contactLabel = (raw: unknown, index: number) => {
  const r = raw as { name?: unknown; emails?: unknown } | null;
  const email = Array.isArray(r?.emails) ? String(r.emails[0]) : '';
  const name = typeof r?.name === 'string' ? r.name : '';
  return `contact ${index + 1}${name || email ? ` (${[name, email].filter(Boolean).join(', ')})` : ''}`;
};

/** Each contact checked on its own; the id must be one of the person's own addresses, in normalized form. */
export function parseContacts(records: unknown[], skips: Skip[], from = 0): Numbered<Contact>[] {
  return records.flatMap((record, i) => {
    const index = from + i;
    const parsed = parseContact(migrateContact(record));
    if (!parsed.ok) {
      skips.push({ index, what: contactLabel(record, index), why: parsed.problems.join('; ') });
      return [];
    }
    const contact = parsed.contact;
    const emails = [...new Set(contact.emails.map(normalizeEmail).filter((e): e is string => e !== null))];
    if (!emails.includes(contact.id)) {
      skips.push({ index, what: contactLabel(record, index), why: 'its id is not one of its addresses' });
      return [];
    }
    return [{ value: { ...contact, emails: [contact.id, ...emails.filter((e) => e !== contact.id)] }, index }];
  });
}

export function parseCompliments(entries: unknown[], skips: Skip[], from = 0): Numbered<ContactNote>[] {
  return entries.flatMap((entry, i) => {
    const index = from + i;
    const parsed = v.safeParse(NoteSchema, entry);
    if (parsed.success) return [{ value: parsed.output, index }];
    skips.push({ index, what: `compliment ${index + 1}`, why: parsed.issues[0]?.message ?? 'unreadable' });
    return [];
  });
}

export function parseMeetings(records: unknown[], skips: Skip[], from = 0): Meeting[] {
  return records.flatMap((record, i) => {
    const parsed = parseMeeting(record);
    if ('meeting' in parsed) return [parsed.meeting];
    skips.push({ index: from + i, what: `meeting ${from + i + 1}`, why: parsed.problems.join('; ') });
    return [];
  });
}

/**
 * The options page's check of the whole file before anything is sent: throws
 * for a file Rapport cannot read; counts the records and those that will be
 * skipped (the background checks each again and says why).
 */
export function checkBackup(raw: unknown): { file: BackupFile; records: number; unreadable: number } {
  const file = readBackupFile(raw);
  const skips: Skip[] = [];
  parseContacts(file.contacts, skips);
  parseCompliments(file.compliments, skips);
  parseMeetings(file.meetings, skips);
  const records = file.contacts.length + file.compliments.length + file.meetings.length + file.quarantine.length;
  return { file, records, unreadable: skips.length };
}

export interface BackupChunk {
  file: BackupFile;
  offsets: ImportOffsets;
  /** Records in this chunk, for the progress shown. */
  records: number;
}

const encoder = new TextEncoder();
const weight = (value: unknown) => encoder.encode(JSON.stringify(value) ?? '').length;

/**
 * Cuts a checked file into chunks of at most `maxBytes` as JSON, records in
 * the file's order; the settings go with the last chunk, after every contact.
 */
export function splitBackup(file: BackupFile, maxBytes = CHUNK_BYTES): BackupChunk[] {
  const empty = (): BackupFile => ({
    format: BACKUP_FORMAT,
    version: file.version,
    contacts: [],
    compliments: [],
    meetings: [],
    quarantine: [],
  });
  // The frame of a chunk, the settings included: every chunk keeps room for them.
  const frame = weight({ ...empty(), settings: file.settings });
  const chunks: BackupChunk[] = [];
  let chunk: BackupChunk = { file: empty(), offsets: { ...NO_OFFSETS }, records: 0 };
  let size = frame;
  const offsets = { ...NO_OFFSETS };
  for (const part of LISTS) {
    for (const record of file[part]) {
      const bytes = weight(record) + 1;
      if (chunk.records > 0 && size + bytes > maxBytes) {
        chunks.push(chunk);
        chunk = { file: empty(), offsets: { ...offsets }, records: 0 };
        size = frame;
      }
      chunk.file[part].push(record);
      chunk.records++;
      size += bytes;
      if (part !== 'quarantine') offsets[part]++;
    }
  }
  if (file.settings !== undefined) chunk.file.settings = file.settings;
  chunks.push(chunk);
  return chunks;
}
