// All of Rapport's data as one JSON file, and back. Import validates every
// record, merges by contact, reports what it skipped and why, and never deletes.
import * as v from 'valibot';
import { browser } from '../browser';
import { migrateContact } from '../contacts/migrations';
import { type Contact, type ContactNote, NoteSchema, parseContact } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { appendGeneral, readGeneral } from './compliments';
import { listContacts, mergeImported, task } from './contacts';
import { listMeetings, type Meeting, restoreMeeting } from './meetings';
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

/**
 * Merges a backup into what is stored. Settings are applied field by field
 * (own webmail sites only where the browser still grants them); contacts merge
 * with the person they share an address with.
 */
export async function importData(raw: unknown, granted: (site: string) => Promise<boolean>): Promise<ImportReport> {
  const report: ImportReport = { added: 0, merged: 0, compliments: 0, meetings: 0, settings: false, skipped: [] };
  if (typeof raw !== 'object' || raw === null || (raw as Backup).format !== BACKUP_FORMAT) {
    throw new Error('This is not a Rapport backup (the "format" field is missing)');
  }
  const file = raw as Partial<Record<keyof Backup, unknown>>;
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION) {
    throw new Error(`This backup has version ${String(file.version)}; this Rapport reads up to ${BACKUP_VERSION}`);
  }

  const contacts: Contact[] = [];
  const list = Array.isArray(file.contacts) ? file.contacts : [];
  if (file.contacts !== undefined && !Array.isArray(file.contacts)) {
    report.skipped.push({ what: 'contacts', why: 'not a list' });
  }
  list.forEach((record, index) => {
    const parsed = parseContact(migrateContact(record));
    if (!parsed.ok) {
      report.skipped.push({ what: label(record, index), why: parsed.problems.join('; ') });
      return;
    }
    // The id must be one of the person's own addresses, in normalized form.
    const contact = parsed.contact;
    const emails = [...new Set(contact.emails.map(normalizeEmail).filter((e): e is string => e !== null))];
    if (!emails.includes(contact.id)) {
      report.skipped.push({ what: label(record, index), why: 'its id is not one of its addresses' });
      return;
    }
    contacts.push({ ...contact, emails: [contact.id, ...emails.filter((e) => e !== contact.id)] });
  });
  const counts = await mergeImported(contacts);
  report.added = counts.added;
  report.merged = counts.merged;

  const compliments = Array.isArray(file.compliments) ? file.compliments : [];
  await task(async () => {
    const known = new Set((await readGeneral()).map((n) => `${n.date}|${n.text}`));
    for (const [index, entry] of compliments.entries()) {
      const parsed = v.safeParse(NoteSchema, entry);
      if (!parsed.success) {
        report.skipped.push({ what: `compliment ${index + 1}`, why: parsed.issues[0]?.message ?? 'unreadable' });
        continue;
      }
      if (known.has(`${parsed.output.date}|${parsed.output.text}`)) continue;
      await appendGeneral(parsed.output);
      known.add(`${parsed.output.date}|${parsed.output.text}`);
      report.compliments++;
    }
  });

  const meetings = Array.isArray(file.meetings) ? file.meetings : [];
  for (const [index, raw] of meetings.entries()) {
    const result = await restoreMeeting(raw);
    if ('problems' in result) report.skipped.push({ what: `meeting ${index + 1}`, why: result.problems.join('; ') });
    else if (result.added) report.meetings++;
  }

  if (file.settings !== undefined) {
    const { patch, problems } = parseSettingsPatch(file.settings);
    for (const problem of problems) report.skipped.push({ what: 'settings', why: problem });
    if (patch.ownMailSites) {
      const sites: string[] = [];
      for (const site of patch.ownMailSites) {
        if (await granted(site)) sites.push(site);
        else report.skipped.push({ what: site, why: 'allow this webmail again under Sites (the browser asks you)' });
      }
      const current = await readSettings();
      patch.ownMailSites = [...new Set([...current.ownMailSites, ...sites])];
    }
    if (patch.disabledRules) {
      patch.disabledRules = [...new Set([...(await readSettings()).disabledRules, ...patch.disabledRules])];
    }
    await writeSettings(patch);
    report.settings = true;
  }
  if (Array.isArray(file.quarantine) && file.quarantine.length > 0) {
    await task(() => restoreQuarantine(file.quarantine as unknown[]));
  }
  return report;
}

/** Removes every piece of Rapport's data from this browser. */
export function deleteAllData(): Promise<void> {
  return task(() => browser.storage.local.clear());
}
