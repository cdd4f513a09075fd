// What Rapport keeps per meeting: who was there, how the user arrived (mood),
// the critical point and the goal they wrote before the call, and whether the
// agreement after the call is still to be noted. One record per meeting
// ("meeting:<site>:<key>"), validated on read; the oldest go beyond 300.
import * as v from 'valibot';
import { browser } from '../browser';
import { type Contact, NOTE_MAX } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { addNote, findByNames, findContact, task } from './contacts';
import { quarantine } from './quarantine';

export const MEETING_PREFIX = 'meeting:';
const KEEP = 300;

const IsoDate = v.pipe(v.string(), v.isoTimestamp());
const Person = v.object({ name: v.pipe(v.string(), v.maxLength(200)), email: v.pipe(v.string(), v.maxLength(320)) });
const Text = v.pipe(v.string(), v.maxLength(NOTE_MAX));

export const MeetingSchema = v.object({
  site: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  title: v.pipe(v.string(), v.maxLength(300)),
  /** When Rapport first saw the meeting. */
  seen: IsoDate,
  participants: v.pipe(v.array(Person), v.maxLength(200)),
  /** How the user arrived, 1 (drained) to 5 (ready). */
  mood: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  criticalPoint: Text,
  goal: Text,
  /** Moments noted during the call ("note this moment"). */
  moments: v.pipe(v.array(v.object({ text: Text, date: IsoDate })), v.maxLength(200)),
  /** When the user left the call; the agreement is asked for after that. */
  leftAt: v.nullable(IsoDate),
  /** The agreement noted after the call, or '' once the user said there was none to note. */
  agreement: v.nullable(Text),
  /** The user hid the pre-join card for this meeting. */
  cardHidden: v.optional(v.boolean(), false),
});

export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type MeetingPatch = Partial<Pick<Meeting, 'mood' | 'criticalPoint' | 'goal' | 'title' | 'cardHidden'>>;
export type Person = v.InferOutput<typeof Person>;

const storageKey = (site: string, key: string) => `${MEETING_PREFIX}${site}:${key}`;

async function read(site: string, key: string): Promise<Meeting | null> {
  const id = storageKey(site, key);
  const { [id]: raw } = await browser.storage.local.get(id);
  if (raw === undefined) return null;
  const parsed = v.safeParse(MeetingSchema, raw);
  if (parsed.success) return parsed.output;
  await quarantine(
    id,
    raw,
    parsed.issues.map((i) => `${v.getDotPath(i) ?? 'meeting'}: ${i.message}`),
  );
  await browser.storage.local.remove(id);
  return null;
}

async function write(meeting: Meeting): Promise<Meeting> {
  const parsed = v.safeParse(MeetingSchema, meeting);
  if (!parsed.success) throw new Error(`Not saved: ${parsed.issues.map((i) => i.message).join('; ')}`);
  await browser.storage.local.set({ [storageKey(meeting.site, meeting.key)]: parsed.output });
  return parsed.output;
}

/** Drops the oldest meetings beyond KEEP (their agreements live on in the contacts' journals). */
async function prune(): Promise<void> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const meetings = Object.entries(all)
    .filter(([k]) => k.startsWith(MEETING_PREFIX))
    .map(([k, m]) => [k, (m as { seen?: string }).seen ?? ''] as const)
    .sort((a, b) => b[1].localeCompare(a[1]));
  const old = meetings.slice(KEEP).map(([k]) => k);
  if (old.length > 0) await browser.storage.local.remove(old);
}

export interface Sighting {
  site: string;
  key: string;
  title: string;
  participants: Person[];
  state: 'pre-join' | 'in-call' | 'ended';
}

/** The call page reports what it shows; the meeting record follows (created on first sight, marked left at the end). */
export function meetingSeen(s: Sighting, now = new Date()): Promise<Meeting> {
  return task(async () => {
    const known = await read(s.site, s.key);
    const fresh = !known;
    const meeting: Meeting = known ?? {
      site: s.site,
      key: s.key,
      title: '',
      seen: now.toISOString(),
      participants: [],
      mood: null,
      criticalPoint: '',
      goal: '',
      moments: [],
      leftAt: null,
      agreement: null,
      cardHidden: false,
    };
    const names = new Set(meeting.participants.map((p) => p.name));
    const participants = [
      ...meeting.participants,
      ...s.participants
        .filter((p) => p.name && !names.has(p.name))
        .map((p) => ({ name: p.name.slice(0, 200), email: p.email.slice(0, 320) })),
    ].slice(0, 200);
    const next = await write({
      ...meeting,
      title: s.title.slice(0, 300) || meeting.title,
      participants,
      // Rejoining reopens the meeting; leaving it asks for the agreement.
      leftAt:
        s.state === 'ended' ? (meeting.leftAt ?? now.toISOString()) : s.state === 'in-call' ? null : meeting.leftAt,
    });
    if (fresh) await prune();
    return next;
  });
}

export function getMeeting(site: string, key: string): Promise<Meeting | null> {
  return task(() => read(site, key));
}

export function updateMeeting(site: string, key: string, patch: MeetingPatch): Promise<Meeting> {
  return task(async () => {
    const meeting = await read(site, key);
    if (!meeting) throw new Error('Rapport has not seen this meeting yet');
    return write({ ...meeting, ...patch });
  });
}

/** Every readable meeting (unreadable ones are set aside when read one by one). Call inside `task`. */
async function readAll(): Promise<Meeting[]> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(MEETING_PREFIX))
    .map(([, raw]) => v.safeParse(MeetingSchema, raw))
    .filter((r) => r.success)
    .map((r) => r.output as Meeting);
}

/** Meetings the user left whose agreement is not noted yet, newest first. */
export function pendingAgreements(): Promise<Meeting[]> {
  return task(async () =>
    (await readAll())
      .filter((m) => m.leftAt !== null && m.agreement === null)
      .sort((a, b) => (b.leftAt ?? '').localeCompare(a.leftAt ?? '')),
  );
}

/** The known contacts among these people: by address where the page shows one, else by the same name. */
export async function knownPeople(people: readonly Person[]): Promise<Contact[]> {
  const found = new Map<string, Contact>();
  for (const p of people) {
    const contact = normalizeEmail(p.email) ? await findContact([p.email]) : null;
    if (contact) found.set(contact.id, contact);
  }
  const byName = people.filter((p) => !normalizeEmail(p.email)).map((p) => p.name);
  for (const contact of byName.length > 0 ? await findByNames(byName) : []) found.set(contact.id, contact);
  return [...found.values()];
}

/** A moment or the agreement goes into the journals of the known participants, with the date. */
async function toJournals(meeting: Meeting, text: string, at: Date): Promise<number> {
  const people = await knownPeople(meeting.participants);
  for (const contact of people) {
    await addNote({ email: contact.id, text, source: 'call', at, title: meeting.title }, 'agreements');
  }
  return people.length;
}

/** "Note this moment": kept with the meeting and in the known participants' journals; returns how many. */
export async function noteMoment(site: string, key: string, text: string, at = new Date()): Promise<number> {
  const trimmed = text.trim().slice(0, NOTE_MAX);
  if (!trimmed) throw new Error('Nothing to save: the text is empty');
  const meeting = await task(async () => {
    const known = await read(site, key);
    if (!known) throw new Error('Rapport has not seen this meeting yet');
    return write({ ...known, moments: [...known.moments, { text: trimmed, date: at.toISOString() }].slice(-200) });
  });
  return toJournals(meeting, trimmed, at);
}

/** After the call: the agreement (or '' for "nothing to note") closes the meeting's question; returns the journals written. */
export async function noteAgreement(site: string, key: string, text: string, at = new Date()): Promise<number> {
  const trimmed = text.trim().slice(0, NOTE_MAX);
  const meeting = await task(async () => {
    const known = await read(site, key);
    if (!known) throw new Error('Rapport has not seen this meeting yet');
    return write({ ...known, agreement: trimmed });
  });
  return trimmed ? toJournals(meeting, trimmed, at) : 0;
}

/** Every readable meeting, oldest first (for backups). */
export function listMeetings(): Promise<Meeting[]> {
  return task(async () => (await readAll()).sort((a, b) => a.seen.localeCompare(b.seen) || a.key.localeCompare(b.key)));
}

/** From a backup: a meeting Rapport does not have yet is added; one it has stays as it is. Answers whether it was added. */
export function restoreMeeting(raw: unknown): Promise<{ added: boolean } | { problems: string[] }> {
  const parsed = v.safeParse(MeetingSchema, raw);
  if (!parsed.success) return Promise.resolve({ problems: parsed.issues.map((i) => i.message) });
  const meeting = parsed.output;
  return task(async () => {
    if (await read(meeting.site, meeting.key)) return { added: false };
    await write(meeting);
    return { added: true };
  });
}
