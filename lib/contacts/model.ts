// A contact: one person the user writes to or meets, keyed by normalized email
// (several addresses per person), with what the user noted about them. Every
// stored record is checked against this schema when it is read.
import * as v from 'valibot';
import { normalizeEmail } from './normalize';

export const CONTACT_KINDS = ['client', 'colleague', 'supplier', 'other'] as const;
export const FORMALITIES = ['sie', 'du', 'unknown'] as const;
/** Where a note came from: typed in the sidebar or popup, imported, or saved from a mail. */
export const SOURCES = ['sidebar', 'popup', 'options', 'call', 'mail', 'import'] as const;

/** Bumped with every change of the stored shape; `lib/contacts/migrations.ts` lifts older records. */
export const CONTACT_VERSION = 2;
export const NOTE_MAX = 2_000;
/** How many question ids are remembered per contact (none of them is asked again). */
export const PROMPT_MEMORY = 10;
/** How many sends the learned form of address remembers. */
export const SEND_MEMORY = 5;

const IsoDate = v.pipe(v.string(), v.isoTimestamp());
export const NoteSchema = v.object({
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NOTE_MAX)),
  date: IsoDate,
  source: v.picklist(SOURCES),
  /** Compliments: the title of the page (the mail) it was saved from. */
  title: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
const Send = v.object({ form: v.picklist(['sie', 'du']), at: IsoDate });

export const ContactSchema = v.object({
  v: v.literal(CONTACT_VERSION),
  /** The first normalized address; stays the id when more addresses are added. */
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(320)),
  name: v.pipe(v.string(), v.maxLength(200)),
  emails: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.check((e) => normalizeEmail(e) === e, 'not an address in normalized form'),
      ),
    ),
    v.minLength(1),
    v.maxLength(50),
  ),
  kind: v.picklist(CONTACT_KINDS),
  formality: v.picklist(FORMALITIES),
  /** Set by hand in options: sends no longer change it. */
  formalityByHand: v.boolean(),
  /** The forms of address of the last sends, oldest first. */
  sends: v.pipe(v.array(Send), v.maxLength(SEND_MEMORY)),
  language: v.picklist(['de', 'en', 'unknown']),
  note: v.pipe(v.string(), v.maxLength(5_000)),
  tense: v.boolean(),
  appreciations: v.pipe(v.array(NoteSchema), v.maxLength(5_000)),
  compliments: v.pipe(v.array(NoteSchema), v.maxLength(5_000)),
  /** What was agreed in calls with them, with the date, so decisions are not doubted later. */
  agreements: v.pipe(v.array(NoteSchema), v.maxLength(5_000)),
  lastContacted: v.nullable(IsoDate),
  /** The appreciation questions asked about them (ids, oldest first) and until when they are snoozed. */
  prompts: v.object({
    recent: v.pipe(v.array(v.string()), v.maxLength(PROMPT_MEMORY)),
    snoozedUntil: v.nullable(IsoDate),
  }),
});

export type Contact = v.InferOutput<typeof ContactSchema>;
export type ContactNote = v.InferOutput<typeof NoteSchema>;

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

/** A display name as read from a page: one line, bounded (markup stays text: it is never rendered as HTML). */
export function cleanName(name: string): string {
  return name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export function newContact(email: string, name = ''): Contact | null {
  const key = normalizeEmail(email);
  if (!key) return null;
  return {
    v: CONTACT_VERSION,
    id: key,
    name: cleanName(name),
    emails: [key],
    kind: 'client',
    formality: 'unknown',
    formalityByHand: false,
    sends: [],
    language: 'unknown',
    note: '',
    tense: false,
    appreciations: [],
    compliments: [],
    agreements: [],
    lastContacted: null,
    prompts: { recent: [], snoozedUntil: null },
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
  const byHand = into.formalityByHand ? into : from.formalityByHand ? from : null;
  const sends = [...into.sends, ...from.sends].sort((x, y) => x.at.localeCompare(y.at)).slice(-SEND_MEMORY);
  return {
    v: CONTACT_VERSION,
    id: into.id,
    name: into.name || from.name,
    emails: [...new Set([...into.emails, ...from.emails])].slice(0, 50),
    kind: into.kind !== 'client' || from.kind === 'client' ? into.kind : from.kind,
    formality: byHand
      ? byHand.formality
      : (sends.at(-1)?.form ?? (into.formality !== 'unknown' ? into.formality : from.formality)),
    formalityByHand: byHand !== null,
    sends,
    language: into.language !== 'unknown' ? into.language : from.language,
    note: [into.note, from.note]
      .filter(Boolean)
      .filter((n, i, all) => all.indexOf(n) === i)
      .join('\n\n'),
    tense: into.tense || from.tense,
    appreciations: unionNotes(into.appreciations, from.appreciations),
    compliments: unionNotes(into.compliments, from.compliments),
    agreements: unionNotes(into.agreements, from.agreements),
    lastContacted: later(into.lastContacted, from.lastContacted),
    prompts: {
      recent: [...from.prompts.recent, ...into.prompts.recent].slice(-PROMPT_MEMORY),
      snoozedUntil: later(into.prompts.snoozedUntil, from.prompts.snoozedUntil),
    },
  };
}
