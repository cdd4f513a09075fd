// A contact: one person the user writes to or meets, keyed by normalized email
// (several addresses per person), with what the user noted about them. Every
// stored record is checked against this schema when it is read.
import * as v from 'valibot';
import { normalizeEmail } from './normalize';

export const CONTACT_KINDS = ['client', 'colleague', 'supplier', 'other'] as const;
export const FORMALITIES = ['sie', 'du', 'unknown'] as const;
/** Where a note came from: typed in the sidebar or popup, imported, or saved from a mail. */
export const SOURCES = ['sidebar', 'popup', 'options', 'call', 'mail', 'import'] as const;

const IsoDate = v.pipe(v.string(), v.isoTimestamp());
const Note = v.object({
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2_000)),
  date: IsoDate,
  source: v.picklist(SOURCES),
});

export const ContactSchema = v.object({
  /** The first normalized address; stays the id when more addresses are added. */
  id: v.pipe(v.string(), v.minLength(3)),
  name: v.pipe(v.string(), v.maxLength(200)),
  emails: v.pipe(v.array(v.pipe(v.string(), v.email())), v.minLength(1), v.maxLength(50)),
  kind: v.picklist(CONTACT_KINDS),
  formality: v.picklist(FORMALITIES),
  language: v.picklist(['de', 'en', 'unknown']),
  note: v.pipe(v.string(), v.maxLength(5_000)),
  tense: v.boolean(),
  appreciations: v.pipe(v.array(Note), v.maxLength(5_000)),
  compliments: v.pipe(v.array(Note), v.maxLength(5_000)),
  lastContacted: v.nullable(IsoDate),
});

export type Contact = v.InferOutput<typeof ContactSchema>;
export type ContactNote = v.InferOutput<typeof Note>;

export type Parsed = { ok: true; contact: Contact } | { ok: false; problems: string[] };

/** Checks a stored record; an unreadable one is reported with what is wrong, never half-used. */
export function parseContact(raw: unknown): Parsed {
  const result = v.safeParse(ContactSchema, raw);
  if (result.success) return { ok: true, contact: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => `${v.getDotPath(issue) ?? 'contact'}: ${issue.message}`),
  };
}

export function newContact(email: string, name = ''): Contact | null {
  const key = normalizeEmail(email);
  if (!key) return null;
  return {
    id: key,
    name: name.trim().slice(0, 200),
    emails: [key],
    kind: 'client',
    formality: 'unknown',
    language: 'unknown',
    note: '',
    tense: false,
    appreciations: [],
    compliments: [],
    lastContacted: null,
  };
}

function unionNotes(a: readonly ContactNote[], b: readonly ContactNote[]): ContactNote[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .filter((n) => {
      const key = `${n.date}|${n.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.date.localeCompare(y.date));
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Two records of one person become one, losing nothing: all addresses, every
 * appreciation and compliment, the more specific of each field (`into` wins ties).
 */
export function mergeContacts(into: Contact, from: Contact): Contact {
  return {
    id: into.id,
    name: into.name || from.name,
    emails: [...new Set([...into.emails, ...from.emails])],
    kind: into.kind !== 'client' || from.kind === 'client' ? into.kind : from.kind,
    formality: into.formality !== 'unknown' ? into.formality : from.formality,
    language: into.language !== 'unknown' ? into.language : from.language,
    note: [into.note, from.note]
      .filter(Boolean)
      .filter((n, i, all) => all.indexOf(n) === i)
      .join('\n\n'),
    tense: into.tense || from.tense,
    appreciations: unionNotes(into.appreciations, from.appreciations),
    compliments: unionNotes(into.compliments, from.compliments),
    lastContacted: later(into.lastContacted, from.lastContacted),
  };
}
