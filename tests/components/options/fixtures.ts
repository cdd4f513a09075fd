import type { Contact, ContactNote } from '../../../lib/contacts/model';
import { newContact } from '../../../lib/contacts/model';
import { type ContactSummary, summarize } from '../../../lib/contacts/summary';

export function contact(email: string, name: string, extra: Partial<Contact> = {}): Contact {
  const base = newContact(email, name);
  if (!base) throw new Error(`not an address: ${email}`);
  return { ...base, ...extra };
}

export function summary(email: string, name: string, extra: Partial<Contact> = {}): ContactSummary {
  return summarize(contact(email, name, extra));
}

export const note = (text: string, date: string, source: ContactNote['source'] = 'sidebar', title?: string) =>
  (title === undefined ? { text, date, source } : { text, date, source, title }) satisfies ContactNote;
