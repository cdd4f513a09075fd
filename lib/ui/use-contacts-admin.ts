// The options page's view of Rapport's memory: the contacts list, the one
// being edited, the general compliments, storage use and quarantine, and the
// backup actions. Every change goes through the background.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import type { Contact, ContactNote } from '../contacts/model';
import { type ContactSummary, summarize } from '../contacts/summary';
import { send } from '../messaging/client';
import { checkBackup, type ImportReport, joinReports, splitBackup } from '../storage/backup-file';
import type { ContactPatch, NoteList } from '../storage/contacts';
import type { QuarantinedRecord } from '../storage/quarantine';
import type { StorageUsage } from '../storage/usage';
import { onStoredContactsChange } from './stored-contacts-change';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface ContactsAdmin {
  contacts: ContactSummary[] | null;
  selected: Contact | null;
  compliments: ContactNote[];
  usage: StorageUsage | null;
  quarantine: QuarantinedRecord[];
  report: ImportReport | null;
  /** Records of the running import sent so far (total 0: the file is being checked); null when none runs. */
  progress: { done: number; total: number } | null;
  busy: boolean;
  error: string | null;
  select: (id: string) => void;
  save: (patch: ContactPatch) => void;
  removeNote: (list: NoteList, note: ContactNote) => void;
  merge: (fromId: string) => void;
  remove: () => void;
  removeCompliment: (note: ContactNote) => void;
  exportAll: () => void;
  importFile: (file: File) => void;
  deleteAll: () => void;
}

/** Saves the backup as a file the user keeps: no network, only a download from this page. */
function download(data: unknown, name: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useContactsAdmin(onDataReset: () => void): ContactsAdmin {
  const [contacts, setContacts] = useState<ContactSummary[] | null>(null);
  const [selected, setSelected] = useState<Contact | null>(null);
  const [compliments, setCompliments] = useState<ContactNote[]>([]);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantinedRecord[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ContactsAdmin['progress']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [list, general, used, kept] = await Promise.all([
      send({ type: 'contacts/list' }),
      send({ type: 'compliments/list' }),
      send({ type: 'data/usage' }),
      send({ type: 'data/quarantine' }),
    ]);
    setContacts(list.sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id)));
    setCompliments(general);
    setUsage(used);
    setQuarantine(kept);
  }, []);

  useEffect(() => {
    refresh().catch((e: unknown) => setError(errorText(e)));
  }, [refresh]);

  // Saved elsewhere (a sidebar, the popup, a call): shown without a reload. The editor keeps what it shows.
  useEffect(() => onStoredContactsChange(() => void refresh().catch(console.warn)), [refresh]);

  /**
   * Runs one action. Actions that touch many records reload everything; the others
   * update what they changed (a full reload reads every contact: a second at 5,000).
   */
  const run = (work: () => Promise<unknown>, reload: boolean) => {
    setBusy(true);
    setError(null);
    work()
      .then(() => (reload ? refresh() : undefined))
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };

  /** The edited contact, shown in the editor and in the list. */
  const edited = (contact: Contact) => {
    setSelected(contact);
    const summary = summarize(contact);
    setContacts((list) => (list === null ? null : list.map((c) => (c.id === summary.id ? summary : c))));
  };

  return {
    contacts,
    selected,
    compliments,
    usage,
    quarantine,
    report,
    progress,
    busy,
    error,
    select: (id) => run(async () => setSelected(await send({ type: 'contacts/get', id })), false),
    save: (patch) =>
      selected && run(async () => edited(await send({ type: 'contacts/update', id: selected.id, patch })), false),
    removeNote: (list, note) =>
      selected &&
      run(
        async () =>
          edited(await send({ type: 'contacts/remove-note', id: selected.id, list, date: note.date, text: note.text })),
        false,
      ),
    merge: (fromId) =>
      selected &&
      run(async () => setSelected(await send({ type: 'contacts/merge', into: selected.id, from: fromId })), true),
    remove: () =>
      selected &&
      run(async () => {
        await send({ type: 'contacts/delete', id: selected.id });
        setSelected(null);
      }, true),
    removeCompliment: (note) =>
      run(async () => {
        await send({ type: 'compliments/remove', date: note.date, text: note.text });
        setCompliments(await send({ type: 'compliments/list' }));
      }, false),
    exportAll: () =>
      run(async () => {
        const backup = await send({ type: 'data/export' });
        download(backup, `rapport-backup-${backup.exportedAt.slice(0, 10)}.json`);
      }, false),
    importFile: (file) =>
      run(async () => {
        setReport(null);
        setProgress({ done: 0, total: 0 });
        try {
          let parsed: unknown;
          try {
            parsed = JSON.parse(await file.text());
          } catch {
            throw new Error(`${file.name} is not a JSON file`);
          }
          // Checked whole before anything is sent: a damaged file imports nothing.
          const checked = checkBackup(parsed);
          setProgress({ done: 0, total: checked.records });
          // One chunk at a time: between them the background answers every other tab.
          let joined: ImportReport | null = null;
          for (const chunk of splitBackup(checked.file)) {
            const part = await send({ type: 'data/import', file: chunk.file, offsets: chunk.offsets });
            joined = joined ? joinReports(joined, part) : part;
            setProgress((p) => p && { ...p, done: p.done + chunk.records });
          }
          setReport(joined);
        } finally {
          setProgress(null);
        }
        onDataReset();
      }, true),
    deleteAll: () =>
      run(async () => {
        // The own webmail's and Jitsi servers' permissions go with the data: nothing of Rapport stays behind.
        const { ownMailSites, ownCallSites } = await send({ type: 'settings/get' });
        const origins = [...ownMailSites, ...ownCallSites];
        if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
        await send({ type: 'data/delete-all' });
        setSelected(null);
        setReport(null);
        onDataReset();
      }, true),
  };
}
