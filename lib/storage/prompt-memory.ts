// Which appreciation questions were shown lately, per normalized address, so
// none is asked again within the next ten. Kept apart from the contacts: an
// address merely shown in a compose window must not become a contact. One key,
// bounded to the addresses touched last; validated on read.
import * as v from 'valibot';
import { browser } from '../browser';
import { PROMPT_MEMORY } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { quarantine } from './quarantine';
import { serialized } from './serialized';

export const PROMPT_MEMORY_KEY = 'promptMemory';
/** Addresses remembered; the least recently touched go first. */
export const PROMPT_ADDRESSES = 500;

const Entry = v.object({
  /** Question ids, oldest first. */
  recent: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(PROMPT_MEMORY)),
  /** When a question was last shown for this address. */
  at: v.pipe(v.string(), v.isoTimestamp()),
});
type Entry = v.InferOutput<typeof Entry>;
/** In stored order, which is the order touched: the oldest first. */
type Memory = Map<string, Entry>;

/** ISO dates in UTC sort as text (no locale rules: this runs on every question shown). */
const byDate = (a: Entry, b: Entry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** Call inside `serialized`: unreadable entries are kept aside and dropped from the store. */
async function read(): Promise<Memory> {
  const { [PROMPT_MEMORY_KEY]: raw } = await browser.storage.local.get(PROMPT_MEMORY_KEY);
  if (raw === undefined) return new Map();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    await quarantine(PROMPT_MEMORY_KEY, raw, ['the memory of questions shown is not an object']);
    await write(new Map());
    return new Map();
  }
  const memory: Memory = new Map();
  const bad: [string, unknown][] = [];
  // Own entries only, into a Map: an address is user data ("__proto__@example.org").
  for (const [email, entry] of Object.entries(raw)) {
    const parsed = v.safeParse(Entry, entry);
    if (parsed.success && normalizeEmail(email) === email) memory.set(email, parsed.output);
    else bad.push([email, entry]);
  }
  if (bad.length > 0) {
    await quarantine(PROMPT_MEMORY_KEY, Object.fromEntries(bad), ['entries without an address, questions or date']);
    await write(memory);
  }
  // Stored order is the order touched; the dates decide where a browser kept another order.
  return new Map([...memory].sort((a, b) => byDate(a[1], b[1])));
}

function write(memory: Memory): Promise<void> {
  const kept = [...memory].slice(-PROMPT_ADDRESSES);
  return browser.storage.local.set({ [PROMPT_MEMORY_KEY]: Object.fromEntries(kept) });
}

const keysOf = (emails: readonly string[]) =>
  new Set(emails.map(normalizeEmail).filter((key): key is string => key !== null));

/** A question was shown about this address: it moves to the end of its list and the address to the newest. */
export function notePromptShown(email: string, promptId: string, at = new Date()): Promise<void> {
  const key = normalizeEmail(email);
  if (!key) return Promise.reject(new Error(`Not an email address: ${email}`));
  return serialized(async () => {
    const memory = await read();
    const before = memory.get(key)?.recent ?? [];
    memory.delete(key);
    const recent = [...before.filter((id) => id !== promptId), promptId].slice(-PROMPT_MEMORY);
    memory.set(key, { recent, at: at.toISOString() });
    await write(memory);
  });
}

/** The questions shown lately about any of these addresses (one person's), oldest first. */
export function recentPrompts(emails: readonly string[]): Promise<string[]> {
  const keys = keysOf(emails);
  return serialized(async () => {
    const entries = [...(await read())].filter(([email]) => keys.has(email)).map(([, entry]) => entry);
    const ids = entries.sort(byDate).flatMap((entry) => entry.recent);
    // An id shown for two addresses counts where it was shown last.
    return ids.filter((id, i) => ids.indexOf(id, i + 1) === -1).slice(-PROMPT_MEMORY);
  });
}

/** A deleted person's questions go with them. Call inside `serialized` (lib/storage/contacts.ts `task`). */
export async function forgetPrompts(emails: readonly string[]): Promise<void> {
  const keys = keysOf(emails);
  const memory = await read();
  const kept = new Map([...memory].filter(([email]) => !keys.has(email)));
  if (kept.size < memory.size) await write(kept);
}
