// The contacts in browser.storage.local: one key per person ("contact:<id>",
// the id being their first normalized address), so a save writes one small
// record and a corrupt record costs only itself. Further addresses of a person
// are found through a small alias map. Both maps are Maps in memory (stored as
// plain objects): names and addresses are user data, and "constructor" or
// "__proto__" must never read Object.prototype. Only the background calls these; every
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
  parseContact,
  SEND_MEMORY,
  type SOURCES,
} from '../contacts/model';
import { nameKey } from '../contacts/names';
import { normalizeEmail } from '../contacts/normalize';
import { appendGeneral } from './compliments';
import { forgetPrompts, notePromptShown } from './prompt-memory';
import { quarantine } from './quarantine';
import { serialized } from './serialized';

export const CONTACT_PREFIX = 'contact:';
const ALIASES = 'contactAliases';
/** Folded display name → ids: call pages name people without their address. */
const NAMES = 'contactNames';
const VERSION = 'contactsVersion';
/**
 * The store's layout: records at CONTACT_VERSION plus the alias and name maps (3: the name map was added;
 * 4: names keyed without titles and salutations, so "Dr. Anna Schmidt" is found as "Anna Schmidt").
 */
export const STORE_VERSION = 4;
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

/** Address → id of the person it belongs to (their further addresses). */
type Aliases = Map<string, string>;
/** Folded name → ids. */
type Names = Map<string, string[]>;

/** A stored object's own entries only: a key like "constructor" must not read Object.prototype. */
function ownEntries(raw: unknown): [string, unknown][] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  return Object.entries(raw);
}

function aliasesOf(raw: unknown): Aliases {
  return new Map(ownEntries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function namesOf(raw: unknown): Names {
  return new Map(
    ownEntries(raw).filter(
      (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((id) => typeof id === 'string'),
    ),
  );
}

/** The maps that find a person by another address or by name, updated for these contacts by id (null: removed). */
function index(aliases: Aliases, names: Names, changed: ReadonlyMap<string, Contact | null>): void {
  for (const [email, owner] of aliases) if (changed.has(owner)) aliases.delete(email);
  for (const [name, ids] of names) {
    const rest = ids.filter((id) => !changed.has(id));
    if (rest.length === ids.length) continue;
    if (rest.length > 0) names.set(name, rest);
    else names.delete(name);
  }
  for (const [id, contact] of changed) {
    if (!contact) continue;
    for (const email of contact.emails.slice(1)) aliases.set(email, id);
    const name = nameKey(contact.name);
    if (name) names.set(name, [...(names.get(name) ?? []), id]);
  }
}

const one = (id: string, contact: Contact | null) => new Map([[id, contact]]);

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
    const bad: [string, unknown][] = [];
    const forms = typeof legacy === 'object' && legacy !== null && !Array.isArray(legacy) ? legacy : { '': legacy };
    for (const [email, learned] of Object.entries(forms)) {
      const key = normalizeEmail(email);
      if (!key || !isLegacyAddressForm(learned)) {
        bad.push([email, learned]);
        continue;
      }
      const contact = contacts.get(key) ?? (newContact(key) as Contact);
      contacts.set(key, withSend(contact, learned.form, new Date(learned.at)));
    }
    // fromEntries keeps a "__proto__" entry as data, where an assignment would set the prototype.
    if (bad.length > 0)
      await quarantine(LEGACY_FORMS, Object.fromEntries(bad), ['entries without a valid address and form']);
  }
  const aliases: Aliases = new Map();
  const names: Names = new Map();
  index(aliases, names, contacts);
  await write({ ...recordsOf(contacts.values()), ...indexes(aliases, names), [VERSION]: STORE_VERSION });
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
    const id = stored[own] !== undefined ? key : aliases.get(key);
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

const recordsOf = (contacts: Iterable<Contact>): Stored =>
  Object.fromEntries([...contacts].map((c) => [`${CONTACT_PREFIX}${c.id}`, c]));

/** The maps as stored: plain objects (fromEntries makes even "__proto__" an own entry). */
const indexes = (aliases: Aliases, names: Names): Stored => ({
  [ALIASES]: Object.fromEntries(aliases),
  [NAMES]: Object.fromEntries(names),
});

/**
 * Updates the alias and name maps for these contacts and writes them with
 * the records and `extra` keys, in one write. Call inside `task`.
 */
async function store(changed: ReadonlyMap<string, Contact | null>, extra: Stored = {}): Promise<void> {
  const stored: Stored = await local().get([ALIASES, NAMES]);
  const aliases = aliasesOf(stored[ALIASES]);
  const names = namesOf(stored[NAMES]);
  index(aliases, names, changed);
  const kept = [...changed.values()].filter((c): c is Contact => c !== null);
  await write({ ...extra, ...recordsOf(kept), ...indexes(aliases, names) });
}

/** Validates and stores a contact with its aliases and name. Call inside `task`. */
async function put(contact: Contact): Promise<Contact> {
  const parsed = parseContact(contact);
  if (!parsed.ok) throw new Error(`Not saved: ${parsed.problems.join('; ')}`);
  await store(one(contact.id, parsed.contact));
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

/** The contacts called by one of these names (case, accents, spacing, titles and salutations aside): for call pages, which show no addresses. */
export function findByNames(names: readonly string[]): Promise<Contact[]> {
  return task(async () => {
    const { [NAMES]: raw } = await local().get(NAMES);
    const byName = namesOf(raw);
    const ids = [...new Set(names.flatMap((name) => byName.get(nameKey(name)) ?? []))];
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

/**
 * A prompt was shown: remembered for the address so it is not asked again
 * within the next ten, in the prompt memory (a mere sighting makes no contact).
 */
export function rememberPrompt(email: string, _name: string, promptId: string, at = new Date()): Promise<void> {
  return notePromptShown(email, promptId, at);
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
  if (Object.hasOwn(r, 'name')) {
    check(typeof r.name === 'string', 'name must be text');
    patch.name = cleanName(r.name as string);
  }
  if (Object.hasOwn(r, 'kind')) {
    check(CONTACT_KINDS.includes(r.kind as Contact['kind']), `kind must be one of ${CONTACT_KINDS.join(', ')}`);
    patch.kind = r.kind as Contact['kind'];
  }
  if (Object.hasOwn(r, 'formality')) {
    check(
      FORMALITIES.includes(r.formality as Contact['formality']),
      `formality must be one of ${FORMALITIES.join(', ')}`,
    );
    patch.formality = r.formality as Contact['formality'];
  }
  if (Object.hasOwn(r, 'language')) {
    check(['de', 'en', 'unknown'].includes(r.language as string), 'language must be de, en or unknown');
    patch.language = r.language as Contact['language'];
  }
  if (Object.hasOwn(r, 'note')) {
    check(typeof r.note === 'string' && r.note.length <= 5_000, 'the note must be text of at most 5,000 characters');
    patch.note = r.note as string;
  }
  if (Object.hasOwn(r, 'tense')) {
    check(typeof r.tense === 'boolean', 'tense must be true or false');
    patch.tense = r.tense as boolean;
  }
  if (Object.hasOwn(r, 'addEmails')) {
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
  await store(one(contact.id, null));
}

/** Deletes a person with everything about them: journal, compliments, form of address, questions shown. */
export function deleteContact(id: string): Promise<void> {
  return task(async () => {
    const contact = await byId(id);
    await removeRecord(contact);
    await forgetPrompts(contact.emails);
  });
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

export interface ImportPlan {
  /** The records to store, each merged with the person it shares an address with. */
  records: Contact[];
  added: number;
  merged: number;
  /** Incoming contacts (by position) whose merged record would be unreadable: reported, not stored. */
  refused: { index: number; problems: string[] }[];
}

/**
 * The stored contacts behind these addresses (by their own record or the alias
 * map), read in two storage calls however many there are: an import of
 * thousands must not read the alias map once per person. Unreadable records
 * met on the way are set aside. Call inside `task`.
 */
async function findMany(emails: readonly string[]): Promise<(keys: readonly string[]) => Contact | null> {
  const keys = [...new Set(emails.map(normalizeEmail).filter((k): k is string => k !== null))];
  const stored: Stored = await local().get([...keys.map((k) => `${CONTACT_PREFIX}${k}`), ALIASES]);
  const aliases = aliasesOf(stored[ALIASES]);
  const owners = [...new Set(keys.map((k) => aliases.get(k)).filter((id): id is string => id !== undefined))];
  const missing = owners.filter((id) => stored[`${CONTACT_PREFIX}${id}`] === undefined);
  if (missing.length > 0) Object.assign(stored, await local().get(missing.map((id) => `${CONTACT_PREFIX}${id}`)));
  const found = new Map<string, Contact>();
  for (const [key, raw] of Object.entries(stored)) {
    if (!key.startsWith(CONTACT_PREFIX) || raw === undefined) continue;
    const { contact, problems } = readRecord(key, raw);
    if (contact) found.set(contact.id, contact);
    else await setAside(key, raw, problems);
  }
  // As `find`: the first address that is someone's own record or alias.
  return (wanted) => {
    for (const email of wanted) {
      const key = normalizeEmail(email);
      const contact = key ? (found.get(key) ?? found.get(aliases.get(key) ?? '')) : undefined;
      if (contact) return contact;
    }
    return null;
  };
}

/**
 * For backups: merges incoming contacts (already validated) with who is
 * stored and with each other, in memory, checking every result; writes
 * nothing. Call inside `task`.
 */
export async function planImport(contacts: readonly Contact[]): Promise<ImportPlan> {
  const planned = new Map<string, Contact>();
  const owners = new Map<string, string>();
  const plan: ImportPlan = { records: [], added: 0, merged: 0, refused: [] };
  const storedFor = await findMany(contacts.flatMap((c) => c.emails));
  for (const [index, incoming] of contacts.entries()) {
    const owner = incoming.emails.map((email) => owners.get(email)).find((id) => id !== undefined);
    const stored = owner === undefined ? storedFor(incoming.emails) : null;
    const known = owner !== undefined ? planned.get(owner) : stored && (planned.get(stored.id) ?? stored);
    const parsed = parseContact(known ? mergeContacts(known, incoming) : incoming);
    if (!parsed.ok) {
      plan.refused.push({ index, problems: parsed.problems });
      continue;
    }
    planned.set(parsed.contact.id, parsed.contact);
    for (const email of parsed.contact.emails) owners.set(email, parsed.contact.id);
    if (known) plan.merged++;
    else plan.added++;
  }
  plan.records = [...planned.values()];
  return plan;
}

/** Stores planned records with `extra` keys in one write, so an import lands whole or not at all. Call inside `task`. */
export function storeImport(records: readonly Contact[], extra: Stored = {}): Promise<void> {
  return store(new Map(records.map((c) => [c.id, c])), extra);
}
