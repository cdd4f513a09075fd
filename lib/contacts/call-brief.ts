// Before and during a call: who is in it, which of them Rapport knows, and the
// appreciation question for each known person — the most relevant first
// (the one written to most recently, then the one with the fullest journal).
import { type Brief, makeBrief } from './brief';
import type { Contact, ContactNote } from './model';
import { nameKey } from './names';

export interface PersonBrief {
  /** The key the answer is saved under: the contact's id, or '' for someone Rapport does not know. */
  email: string;
  name: string;
  /** Only the name matched a contact: the user is asked "maybe this is …", and nothing of theirs is shown yet. */
  maybe: boolean;
  brief: Brief;
}

export function rankKnown(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(
    (a, b) =>
      (b.lastContacted ?? '').localeCompare(a.lastContacted ?? '') ||
      b.appreciations.length - a.appreciations.length ||
      a.id.localeCompare(b.id),
  );
}

/**
 * One brief per known participant, most relevant first, then one per name-only
 * match (a question without their notes, until the user confirms); without
 * either, one for the first person the page names (asked, not remembered).
 * `recent`: the questions shown lately per contact id (lib/storage/prompt-memory.ts).
 */
export function peopleBriefs(
  known: readonly Contact[],
  maybe: readonly Contact[],
  names: readonly string[],
  language: 'de' | 'en',
  general: readonly ContactNote[],
  now = new Date(),
  recent: ReadonlyMap<string, readonly string[]> = new Map(),
): PersonBrief[] {
  const briefs: PersonBrief[] = [
    ...rankKnown(known).map((contact) => ({
      email: contact.id,
      name: contact.name || contact.id,
      maybe: false,
      brief: makeBrief({
        contact,
        key: contact.id,
        name: contact.name,
        language,
        general,
        recent: recent.get(contact.id) ?? [],
        now,
      }),
    })),
    ...maybe.map((contact) => ({
      email: contact.id,
      name: contact.name,
      maybe: true,
      brief: makeBrief({ contact: null, key: contact.id, name: contact.name, language, general: [], now }),
    })),
  ];
  if (briefs.length > 0) return briefs;
  const first = names.find((n) => n.trim());
  if (!first) return [];
  return [
    {
      email: '',
      name: first,
      maybe: false,
      brief: makeBrief({ contact: null, key: first, name: first, language, general, now }),
    },
  ];
}

/**
 * The people a call page names, each marked known when Rapport briefed them as a contact (not a "maybe"),
 * by name with titles aside: the contact may be "Dr. Anna Schmidt", the page says "Anna Schmidt".
 */
export function markKnown<P extends { name: string }>(
  participants: readonly P[],
  briefs: readonly PersonBrief[],
): (P & { known: boolean })[] {
  const known = new Set(briefs.filter((b) => b.email && !b.maybe).map((b) => nameKey(b.name)));
  return participants.map((p) => ({ ...p, known: known.has(nameKey(p.name)) }));
}
