// Finding a person among thousands as the user types: every contact is folded
// once (lower case, accents off, German ä → ae as well) and kept in name order,
// so a keystroke only scans strings and never re-normalizes or re-sorts.
import { fold } from '../contacts/normalize';
import type { ContactSummary } from '../contacts/summary';

interface Entry {
  contact: ContactSummary;
  /** Folded name, every address and the note, one per line. */
  haystack: string;
  /** Folded display name (the name, or the first address when there is none). */
  name: string;
  /** Words of the folded display name, for prefix matches. */
  words: string[];
}

export interface ContactSearchIndex {
  /** Sorted by display name, then id. */
  readonly entries: readonly Entry[];
}

export interface ContactSearchResult {
  matches: ContactSummary[];
  /** How many contacts match in all (matches holds at most `limit` of them). */
  total: number;
}

const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' } as const;

/** "müller" → "mueller", so that the transliterated spelling finds the person too. */
function transliterate(text: string): string {
  return text.toLowerCase().replace(/[äöüß]/g, (c) => GERMAN[c as keyof typeof GERMAN]);
}

function haystackOf(contact: ContactSummary): string {
  const parts = [contact.name, ...contact.emails, contact.note];
  const folded = parts.map(fold);
  const german = parts.map(transliterate).map(fold);
  const extra = german.filter((part, i) => part !== folded[i]);
  return [...folded, ...extra].join('\n');
}

export function buildSearchIndex(contacts: readonly ContactSummary[]): ContactSearchIndex {
  const entries = contacts.map((contact): Entry => {
    const name = fold(contact.name || contact.emails[0] || contact.id);
    return { contact, haystack: haystackOf(contact), name, words: name.split(/[\s,.'’()-]+/).filter(Boolean) };
  });
  entries.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0,
  );
  return { entries };
}

/**
 * Contacts that contain every word of the query (in name, an address or the
 * note). Those whose name starts with the query come first, then those where
 * each query word starts a word of the name, then the rest; each group in name order.
 */
export function searchContacts(index: ContactSearchIndex, query: string, limit: number): ContactSearchResult {
  const folded = fold(query).trim();
  if (folded === '') {
    return { matches: index.entries.slice(0, limit).map((e) => e.contact), total: index.entries.length };
  }
  const terms = folded.split(/\s+/);
  const groups: Entry[][] = [[], [], []];
  for (const entry of index.entries) {
    if (!terms.every((term) => entry.haystack.includes(term))) continue;
    const group = entry.name.startsWith(folded)
      ? 0
      : terms.every((term) => entry.words.some((word) => word.startsWith(term)))
        ? 1
        : 2;
    groups[group]?.push(entry);
  }
  const all = groups.flat();
  return { matches: all.slice(0, limit).map((e) => e.contact), total: all.length };
}
