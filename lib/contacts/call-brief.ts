// Before and during a call: who is in it, which of them Rapport knows, and the
// appreciation question for each known person — the most relevant first
// (the one written to most recently, then the one with the fullest journal).
import { type Brief, makeBrief } from './brief';
import type { Contact, ContactNote } from './model';

export interface PersonBrief {
  /** The key the answer is saved under: the contact's id, or '' for someone Rapport does not know. */
  email: string;
  name: string;
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
 * One brief per known participant, most relevant first; without any known
 * participant, one for the first person the page names (asked, not remembered).
 * `recent`: the questions shown lately per contact id (lib/storage/prompt-memory.ts).
 */
export function peopleBriefs(
  known: readonly Contact[],
  names: readonly string[],
  language: 'de' | 'en',
  general: readonly ContactNote[],
  now = new Date(),
  recent: ReadonlyMap<string, readonly string[]> = new Map(),
): PersonBrief[] {
  const ranked = rankKnown(known);
  if (ranked.length > 0) {
    return ranked.map((contact) => ({
      email: contact.id,
      name: contact.name || contact.id,
      brief: makeBrief({
        contact,
        key: contact.id,
        name: contact.name,
        language,
        general,
        recent: recent.get(contact.id) ?? [],
        now,
      }),
    }));
  }
  const first = names.find((n) => n.trim());
  if (!first) return [];
  return [
    { email: '', name: first, brief: makeBrief({ contact: null, key: first, name: first, language, general, now }) },
  ];
}
