// Compliments whose author Rapport could not tell: one general collection,
// validated entry by entry (unreadable entries go to quarantine).
import * as v from 'valibot';
import { browser } from '../browser';
import { type ContactNote, NoteSchema } from '../contacts/model';
import { quarantine } from './quarantine';

export const GENERAL_COMPLIMENTS = 'compliments';
const MAX = 5_000;

/** Call inside `serialized` (lib/storage/contacts.ts `task`). */
export async function readGeneral(): Promise<ContactNote[]> {
  const { [GENERAL_COMPLIMENTS]: raw } = await browser.storage.local.get(GENERAL_COMPLIMENTS);
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const good: ContactNote[] = [];
  const bad: unknown[] = [];
  for (const entry of list) {
    const parsed = v.safeParse(NoteSchema, entry);
    if (parsed.success) good.push(parsed.output);
    else bad.push(entry);
  }
  if (bad.length > 0 || !Array.isArray(raw)) {
    await quarantine(GENERAL_COMPLIMENTS, bad, ['compliments without text, date or source']);
    await browser.storage.local.set({ [GENERAL_COMPLIMENTS]: good });
  }
  return good;
}

/** Call inside `serialized`. A full collection refuses rather than forgetting the oldest. */
export async function appendGeneral(entry: ContactNote): Promise<void> {
  const list = await readGeneral();
  if (list.length >= MAX)
    throw new Error(`The collection holds ${MAX} compliments: remove some in the options page first`);
  await browser.storage.local.set({ [GENERAL_COMPLIMENTS]: [...list, entry] });
}

export async function removeGeneral(date: string, text: string): Promise<void> {
  const list = await readGeneral();
  const kept = list.filter((n) => !(n.date === date && n.text === text));
  if (kept.length === list.length) throw new Error('That compliment is no longer there');
  await browser.storage.local.set({ [GENERAL_COMPLIMENTS]: kept });
}
