// How the user addresses each recipient (German "Sie" or "du"), learned from
// the mails they send: the form of the last send wins. Keyed by the normalized
// address (lib/contacts/normalize.ts). Issue 5's contacts will take this over; until then it is its own record.
import { storage } from 'wxt/utils/storage';
import { normalizeEmail } from '../contacts/normalize';
import { quarantine } from './quarantine';
import { serialized } from './serialized';

export type AddressForm = 'sie' | 'du';
interface Learned {
  form: AddressForm;
  /** ISO date of the send it was learned from. */
  at: string;
}

const item = storage.defineItem<Record<string, unknown>>('local:addressForms', { fallback: {}, version: 1 });

function valid(value: unknown): value is Learned {
  const v = value as Learned | null;
  return typeof v === 'object' && v !== null && (v.form === 'sie' || v.form === 'du') && typeof v.at === 'string';
}

/** The stored map, with unreadable entries kept aside (quarantine) instead of dropped. Call inside `serialized`. */
async function readAll(): Promise<Record<string, Learned>> {
  const raw: unknown = await item.getValue();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    await quarantine('addressForms', raw, ['the record must be an object of address → form']);
    return {};
  }
  const good: Record<string, Learned> = {};
  const bad: Record<string, unknown> = {};
  for (const [email, value] of Object.entries(raw)) {
    if (normalizeEmail(email) === email && valid(value)) good[email] = value;
    else bad[email] = value;
  }
  if (Object.keys(bad).length > 0) await quarantine('addressForms', bad, ['entries without a valid address and form']);
  return good;
}

export function learnAddressForm(emails: readonly string[], form: AddressForm, at = new Date()): Promise<void> {
  return serialized(async () => {
    const all = await readAll();
    for (const key of emails.map(normalizeEmail)) if (key) all[key] = { form, at: at.toISOString() };
    await item.setValue(all);
  });
}

/** The form used with the first of these recipients that Rapport knows. */
export async function addressFormFor(emails: readonly string[]): Promise<AddressForm | undefined> {
  const all = await serialized(readAll);
  for (const email of emails) {
    const key = normalizeEmail(email);
    const learned = key ? all[key] : undefined;
    if (learned) return learned.form;
  }
  return undefined;
}
