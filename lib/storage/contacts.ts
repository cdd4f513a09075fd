// The contacts in browser.storage.local: one key per person ("contact:<id>",
// the id being their first normalized address), so a save writes one small
// record and a corrupt record costs only itself. Further addresses of a person
// are found through a small alias map. Only the background calls these; every
// change runs inside `serialized`, so saves from several tabs never overwrite
// each other. `unlimitedStorage` (manifest) lifts the 10 MB quota: 5,000
// contacts with their journals need about that much.
import { browser } from '../browser';
import { isLegacyAddressForm, migrateContact } from '../contacts/migrations';
import {
  CONTACT_KINDS,
  type Contact,
  type ContactNote,
  cleanName,
  FORMALITIES,
  mergeContacts,
  NOTE_MAX,
  newContact,
  PROMPT_MEMORY,
  parseContact,
  SEND_MEMORY,
  type SOURCES,
} from '../contacts/model';
import { fold, normalizeEmail } from '../contacts/normalize';
import { appendGeneral } from './compliments';
import { quarantine } from './quarantine';
import { serialized } from './serialized';

export const CONTACT_PREFIX = 'contact:';
const ALIASES = 'contactAliases';
/** Folded display name → ids: call pages name people without their address. */
const NAMES = 'contactNames';
const VERSION = 'contactsVersion';
/** The store's layout: records at CONTACT_VERSION plus the alias and name maps (3: the name map was added). */
export const STORE_VERSION = 3;
/** Rapport 0.1 kept only the learned form of address, in this key. */
const LEGACY_FORMS = 'addressForms';

type Source = (typeof SOURCES)[number];
type Stored = Record<string, unknown>;

const local = () => browser.storage.local;

/** A refused write (full disk, quota) says so in words the options page can show. */
async function write(items: Stored): Promise<void> {
  try {
    await local().set(items);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Rapport could not save (${reason}). Export a backup in the options page and free some space.`);
  }
}

function readRecord(key: string, raw: unknown): { contact: Contact | null; problems: string[] } {
  const parsed = parseContact(migrateContact(raw));
  if (!parsed.ok) return { contact: null, problems: parsed.problems };
  if (`${CONTACT_PREFIX}${parsed.contact.id}` !== key) return { contact: null, problems: [`id does not match ${key}`] };
  return { contact: parsed.contact, problems: [] };
}

/** Moves an unreadable record into the quarantine list: kept for the user, out of the way of Rapport. */
async function setAside(key: string, raw: unknown, problems: string[]): Promise<void> {
  await quarantine(key, raw, problems);
  await local().remove(key);
}

function aliasesOf(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, id]) => typeof id === 'string')) as Record<string, string>;
}

type Names = Record<string, string[]>;

function namesOf(raw: unknown): Names {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([, ids]) => Array.isArray(ids) && ids.every((id) => typeof id === 'string')),
  ) as Names;
}

/** The maps that find a person by another address or by name, updated for one contact (null: removed). */
function index(aliases: Record<string, string>, names: Names, id: string, contact: Contact | null): void {
  for (const [email, owner] of Object.entries(aliases)) if (owner === id) delete aliases[email];
  for (const [name, ids] of Object.entries(names)) {
    const rest = ids.filter((other) => other !== id);
    if (rest.length > 0) names[name] = rest;
    else delete names[name];
  }
  if (!contact) return;
  for (const email of contact.emails.slice(1)) aliases[email] = id;
  const name = fold(contact.name).trim();
  if (name) names[name] = [...(names[name] ?? []), id];
}

/**
 * Brings stored data to the current version once: folds Rapport 0.1's learned
 * forms of address into contacts, lifts old records, rebuilds the alias map.
 */
async function upgrade(): Promise<void> {
  const { [VERSION]: version } = await local().get(VERSION);
  if (version === STORE_VERSION) return;
  const all: Stored = await local().get(null);
  const contacts = new Map<string, Contact>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(CONTACT_PREFIX)) continue;
    const { contact, problems } = readRecord(key, raw);
    if (contact) contacts.set(contact.id, contact);
    else await setAside(key, raw, problems);
  }
  const legacy = all[LEGACY_FORMS];
  if (legacy !== undefined) {
    const bad: Stored = {};
    const forms = typeof legacy === 'object' && legacy !== null && !Array.isArray(legacy) ? legacy : { '': legacy };
    for (const [email, learned] of Object.entries(forms)) {
      const key = normalizeEmail(email);
      if (!key || !isLegacyAddressForm(learned)) {
        bad[email] = learned;
        continue;
      }
      const contact = contacts.get(key) ?? (newContact(key) as Contact);
      contacts.set(key, withSend(contact, learned.form, new Date(learned.at)));
    }
    if (Object.keys(bad).length > 0) await quarantine(LEGACY_FORMS, bad, ['entries without a valid address and form']);
  }
  const aliases: Record<string, string> = {};
  const names: Names = {};
  for (const contact of contacts.values()) index(aliases, names, contact.id, contact);
  const records = Object.fromEntries([...contacts.values()].map((c) => [`${CONTACT_PREFIX}${c.id}`, c]));
  await write({ ...records, [ALIASES]: aliases, [NAMES]: names, [VERSION]: STORE_VERSION });
  if (legacy !== undefined) await local().remove(LEGACY_FORMS);
}

/** Runs a task after the upgrade, one after the other with every other storage change. */
export function task<T>(run: () => Promise<T>): Promise<T> {
  return serialized(async () => {
    await upgrade();
    return run();
  });
}

/** The contact stored for one of these addresses (the first that is known). Call inside `task`. */
async function find(emails: readonly string[]): Promise<Contact | null> {
  const keys = [...new Set(emails.map(normalizeEmail).filter((k): k is string => k !== null))];
  if (keys.length === 0) return null;
  const stored: Stored = await local().get([...keys.map((k) => `${CONTACT_PREFIX}${k}`), ALIASES]);
  const aliases = aliasesOf(stored[ALIASES]);
  for (const key of keys) {
    const own = `${CONTACT_PREFIX}${key}`;
    const id = stored[own] !== undefined ? key : aliases[key];
    if (!id) continue;
    const recordKey = `${CONTACT_PREFIX}${id}`;
    const raw = stored[recordKey] ?? (await local().get(recordKey))[recordKey];
    if (raw === undefined) continue;
    const { contact, problems } = readRecord(recordKey, raw);
    if (contact) return contact;
    await setAside(recordKey, raw, problems);
  }
  return null;
}

async function byId(id: string): Promise<Contact> {
  const key = `${CONTACT_PREFIX}${id}`;
  const { [key]: raw } = await local().get(key);
  if (raw === undefined) throw new Error(`No contact ${id}`);
  const { contact, problems } = readRecord(key, raw);
  if (contact) return contact;
  await setAside(key, raw, problems);
  throw new Error(`The contact ${id} was unreadable and has been kept aside: ${problems.join('; ')}`);
}

/** Reads the alias and name maps, lets `change` update them, writes them back with `records`. Call inside `task`. */
async function reindex(change: (aliases: Record<string, string>, names: Names) => void, records: Stored = {}) {
  const stored: Stored = await local().get([ALIASES, NAMES]);
  const aliases = aliasesOf(stored[ALIASES]);
  const names = namesOf(stored[NAMES]);
  change(aliases, names);
  await write({ ...records, [ALIASES]: aliases, [NAMES]: names });
}

/** Validates and stores a contact with its aliases and name. Call inside `task`. */
async function put(contact: Contact): Promise<Contact> {
  const parsed = parseContact(contact);
  if (!parsed.ok) throw new Error(`Not saved: ${parsed.problems.join('; ')}`);
  await reindex((aliases, names) => index(aliases, names, contact.id, parsed.contact), {
    [`${CONTACT_PREFIX}${contact.id}`]: parsed.contact,
  });
  return parsed.contact;
}

function withSend(contact: Contact, form: 'sie' | 'du', at: Date): Contact {
  const sends = [...contact.sends, { form, at: at.toISOString() }].slice(-SEND_MEMORY);
  return {
    ...contact,
    sends,
    formality: contact.formalityByHand ? contact.formality : form,
    lastContacted: at.toISOString(),
  };
}

function note(text: string, source: Source, at: Date, title?: string): ContactNote {
  const trimmed = text.trim().slice(0, NOTE_MAX);
  if (!trimmed) throw new Error('Nothing to save: the text is empty');
  return { text: trimmed, date: at.toISOString(), source, ...(title ? { title: title.slice(0, 300) } : {}) };
}

async function findOrCreate(email: string, name: string): Promise<Contact> {
  const known = await find([email]);
  if (known) return known.name || !name ? known : { ...known, name: cleanName(name) };
  const created = newContact(email, name);
  if (!created) throw new Error(`Not an email address: ${email}`);
  return created;
}

// ——— used by the messages ———

export function findContact(emails: readonly string[]): Promise<Contact | null> {
  return task(() => find(emails));
}

/** The contacts called by one of these names (case, accents and spacing aside): for call pages, which show no addresses. */
export function findByNames(names: readonly string[]): Promise<Contact[]> {
  return task(async () => {
    const { [NAMES]: raw } = await local().get(NAMES);
    const index = namesOf(raw);
    const ids = [...new Set(names.flatMap((name) => index[fold(name).trim()] ?? []))];
    const found: Contact[] = [];
    // An id whose record is gone or unreadable (then quarantined by byId) is skipped.
    for (const id of ids)
      await byId(id).then(
        (c) => found.push(c),
        () => undefined,
      );
    return found;
  });
}

export function getContact(id: string): Promise<Contact> {
  return task(() => byId(id));
}

/** Every readable contact; unreadable ones are moved to quarantine on the way. */
export function listContacts(): Promise<Contact[]> {
  return task(async () => {
    const all: Stored = await local().get(null);
    const contacts: Contact[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(CONTACT_PREFIX)) continue;
      const { contact, problems } = readRecord(key, raw);
      if (contact) contacts.push(contact);
      else await setAside(key, raw, problems);
    }
    return contacts;
  });
}

/** A sent mail: remember the form of address per recipient (creating contacts as needed). */
export function learnAddressForm(emails: readonly string[], form: 'sie' | 'du', at = new Date()): Promise<void> {
  return task(async () => {
    for (const email of new Set(emails.map(normalizeEmail))) {
      if (!email) continue;
      const contact = await findOrCreate(email, '');
      await put(withSend(contact, form, at));
    }
  });
}

export interface NoteInput {
  email: string;
  name?: string;
  text: string;
  source: Source;
  at?: Date;
}

export interface ComplimentInput extends Omit<NoteInput, 'email'> {
  email?: string | null;
  title?: string;
}

/** A compliment with a known author goes to their contact, otherwise to the general collection. */
export function addCompliment({ email, name = '', text, source, title, at = new Date() }: ComplimentInput) {
  return task(async (): Promise<'contact' | 'general'> => {
    const entry = note(text, source, at, title);
    if (email && normalizeEmail(email)) {
      const contact = await findOrCreate(email, name);
      await put({ ...contact, compliments: [...contact.compliments, entry] });
      return 'contact';
    }
    await appendGeneral(entry);
    return 'general';
  });
}

export function addAppreciation(input: NoteInput): Promise<Contact> {
  return addNote(input, 'appreciations');
}

/** A dated note in one of a person's journals (appreciations, or agreements from a call). */
export function addNote(
  { email, name = '', text, source, at = new Date(), title }: NoteInput & { title?: string },
  list: 'appreciations' | 'agreements',
): Promise<Contact> {
  return task(async () => {
    const contact = await findOrCreate(email, name);
    return put({ ...contact, [list]: [...contact[list], note(text, source, at, title)] });
  });
}

/** A prompt was shown: remember it so it is not asked again within the next ten. */
export function rememberPrompt(email: string, name: string, promptId: string): Promise<Contact> {
  return task(async () => {
    const contact = await findOrCreate(email, name);
    const recent = [...contact.prompts.recent.filter((id) => id !== promptId), promptId].slice(-PROMPT_MEMORY);
    return put({ ...contact, prompts: { ...contact.prompts, recent } });
  });
}

export function snoozePrompts(email: string, until: Date | null): Promise<Contact> {
  return task(async () => {
    const contact = await findOrCreate(email, '');
    const snoozedUntil = until ? until.toISOString() : null;
    return put({ ...contact, prompts: { ...contact.prompts, snoozedUntil } });
  });
}

export interface ContactPatch {
  name?: string;
  kind?: Contact['kind'];
  formality?: Contact['formality'];
  language?: Contact['language'];
  note?: string;
  tense?: boolean;
  /** Addresses to add to this person. */
  addEmails?: string[];
}

/** Checks an edit from the options page field by field. */
export function parseContactPatch(raw: unknown): ContactPatch {
  if (typeof raw !== 'object' || raw === null) throw new Error('The change must be an object');
  const r = raw as Record<string, unknown>;
  const check = (ok: boolean, problem: string) => {
    if (!ok) throw new Error(problem);
  };
  const patch: ContactPatch = {};
  if ('name' in r) {
    check(typeof r.name === 'string', 'name must be text');
    patch.name = cleanName(r.name as string);
  }
  if ('kind' in r) {
    check(CONTACT_KINDS.includes(r.kind as Contact['kind']), `kind must be one of ${CONTACT_KINDS.join(', ')}`);
    patch.kind = r.kind as Contact['kind'];
  }
  if ('formality' in r) {
    check(
      FORMALITIES.includes(r.formality as Contact['formality']),
      `formality must be one of ${FORMALITIES.join(', ')}`,
    );
    patch.formality = r.formality as Contact['formality'];
  }
  if ('language' in r) {
    check(['de', 'en', 'unknown'].includes(r.language as string), 'language must be de, en or unknown');
    patch.language = r.language as Contact['language'];
  }
  if ('note' in r) {
    check(typeof r.note === 'string' && r.note.length <= 5_000, 'the note must be text of at most 5,000 characters');
    patch.note = r.note as string;
  }
  if ('tense' in r) {
    check(typeof r.tense === 'boolean', 'tense must be true or false');
    patch.tense = r.tense as boolean;
  }
  if ('addEmails' in r) {
    const emails = Array.isArray(r.addEmails) ? r.addEmails.map((e) => normalizeEmail(String(e))) : [null];
    check(!emails.includes(null), 'addEmails must be email addresses');
    patch.addEmails = emails as string[];
  }
  return patch;
}

export function updateContact(id: string, patch: ContactPatch): Promise<Contact> {
  return task(async () => {
    const contact = await byId(id);
    for (const email of patch.addEmails ?? []) {
      const owner = await find([email]);
      if (owner && owner.id !== id)
        throw new Error(`${email} belongs to ${owner.name || owner.id}: merge the two instead`);
    }
    const { addEmails, ...fields } = patch;
    const next: Contact = {
      ...contact,
      ...fields,
      formalityByHand: patch.formality !== undefined ? patch.formality !== 'unknown' : contact.formalityByHand,
      emails: [...new Set([...contact.emails, ...(addEmails ?? [])])],
    };
    return put(next);
  });
}

/** Two records of one person become one (`fromId` is removed, nothing of it is lost). */
export function mergeContactRecords(intoId: string, fromId: string): Promise<Contact> {
  return task(async () => {
    if (intoId === fromId) throw new Error('A contact cannot be merged with itself');
    const into = await byId(intoId);
    const from = await byId(fromId);
    // `from`'s addresses now point to `into`, so removing `from` leaves them.
    const merged = await put(mergeContacts(into, from));
    await removeRecord(from);
    return merged;
  });
}

async function removeRecord(contact: Contact): Promise<void> {
  await local().remove(`${CONTACT_PREFIX}${contact.id}`);
  await reindex((aliases, names) => index(aliases, names, contact.id, null));
}

/** Deletes a person with everything about them: journal, compliments, form of address. */
export function deleteContact(id: string): Promise<void> {
  return task(async () => removeRecord(await byId(id)));
}

export type NoteList = 'appreciations' | 'compliments' | 'agreements';

export function removeNote(id: string, list: NoteList, date: string, text: string): Promise<Contact> {
  return task(async () => {
    const contact = await byId(id);
    const kept = contact[list].filter((n) => !(n.date === date && n.text === text));
    if (kept.length === contact[list].length) throw new Error('That note is no longer there');
    return put({ ...contact, [list]: kept });
  });
}

/** For backups and import: stores contacts as given (already validated), merging with who is there. */
export function mergeImported(contacts: readonly Contact[]): Promise<{ added: number; merged: number }> {
  return task(async () => {
    let added = 0;
    let merged = 0;
    for (const incoming of contacts) {
      const known = await find(incoming.emails);
      if (known) {
        await put(mergeContacts(known, incoming));
        merged++;
      } else {
        await put(incoming);
        added++;
      }
    }
    return { added, merged };
  });
}
