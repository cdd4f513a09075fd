// What a list of contacts needs of each person: enough to find and show them,
// not their journals (those load when one is opened).
import type { Contact } from './model';

export interface ContactSummary {
  id: string;
  name: string;
  emails: string[];
  kind: Contact['kind'];
  formality: Contact['formality'];
  tense: boolean;
  note: string;
  appreciations: number;
  compliments: number;
  lastContacted: string | null;
}

export function summarize(contact: Contact): ContactSummary {
  return {
    id: contact.id,
    name: contact.name,
    emails: contact.emails,
    kind: contact.kind,
    formality: contact.formality,
    tense: contact.tense,
    note: contact.note,
    appreciations: contact.appreciations.length,
    compliments: contact.compliments.length,
    lastContacted: contact.lastContacted,
  };
}
