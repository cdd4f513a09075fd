// What Rapport keeps per meeting: who was there, how the user arrived (mood),
// the critical point and the goal they wrote before the call, and whether the
// agreement after the call is still to be noted. One record per meeting
// ("meeting:<site>:<key>"), validated on read, created only on a real join or
// a user action (a page can show any meeting code). Beyond 300, the oldest of
// those the user put nothing into go.
import * as v from 'valibot';
import { browser } from '../browser';
import { type Contact, NOTE_MAX } from '../contacts/model';
import { normalizeEmail } from '../contacts/normalize';
import { addNote, findByNames, findContact, task } from './contacts';
import { type Meeting, type MeetingPatch, MeetingSchema, type Person } from './meeting-record';
import { quarantine } from './quarantine';

export const MEETING_PREFIX = 'meeting:';
const KEEP = 300;

export { type Meeting, type MeetingPatch, MeetingSchema, type Person, parseMeeting } from './meeting-record';

const storageKey = (site: string, key: string) => `${MEETING_PREFIX}${site}:${key}`;

/** Moves an unreadable meeting record into the quarantine list with the reasons: kept, out of Rapport's way. */
async function setAside(id: string, raw: unknown, issues: v.BaseIssue<unknown>[]): Promise<void> {
  await quarantine(
    id,
    raw,
    issues.map((i) => `${v.getDotPath(i) ?? 'meeting'}: ${i.message}`),
  );
  await browser.storage.local.remove(id);
}

async function read(site: string, key: string): Promise<Meeting | null> {
  const id = storageKey(site, key);
  const { [id]: raw } = await browser.storage.local.get(id);
  if (raw === undefined) return null;
  const parsed = v.safeParse(MeetingSchema, raw);
  if (parsed.success) return parsed.output;
  await setAside(id, raw, parsed.issues);
  return null;
}

function checked(meeting: Meeting): Meeting {
  const parsed = v.safeParse(MeetingSchema, meeting);
  if (!parsed.success) throw new Error(`Not saved: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.output;
}

async function write(meeting: Meeting): Promise<Meeting> {
  const valid = checked(meeting);
  await browser.storage.local.set({ [storageKey(valid.site, valid.key)]: valid });
  return valid;
}

/**
 * The readable meeting records by storage key; unreadable ones (null, another
 * type, fields missing) are set aside on the way, so no reader trips over them
 * and pruning never deletes them. Call inside `task`.
 */
async function readable(): Promise<[string, Meeting][]> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const meetings: [string, Meeting][] = [];
  for (const [k, raw] of Object.entries(all)) {
    if (!k.startsWith(MEETING_PREFIX)) continue;
    const parsed = v.safeParse(MeetingSchema, raw);
    if (parsed.success) meetings.push([k, parsed.output]);
    else await setAside(k, raw, parsed.issues);
  }
  return meetings;
}

/** Anything the user put into a meeting, or an agreement still to note: such a record is never pruned. */
function holdsUserData(m: Meeting): boolean {
  return (
    m.mood !== null ||
    m.criticalPoint.trim() !== '' ||
    m.goal.trim() !== '' ||
    m.moments.length > 0 ||
    m.cardHidden ||
    m.confirmed.length > 0 ||
    m.declined.length > 0 ||
    Boolean(m.agreement) ||
    (m.leftAt !== null && m.agreement === null)
  );
}

/** Beyond KEEP meetings, drops the oldest that hold nothing of the user's (never `keep`, the one just stored). */
async function prune(keep: string): Promise<void> {
  const meetings = await readable();
  const spare = meetings
    .filter(([k, m]) => k !== keep && !holdsUserData(m))
    .sort((a, b) => a[1].seen.localeCompare(b[1].seen));
  const old = spare.slice(0, Math.max(0, meetings.length - KEEP)).map(([k]) => k);
  if (old.length > 0) await browser.storage.local.remove(old);
}

/** Stores a meeting; a new record makes room among the empty ones. Call inside `task`. */
async function save(meeting: Meeting, fresh: boolean): Promise<Meeting> {
  const saved = await write(meeting);
  if (fresh) await prune(storageKey(saved.site, saved.key));
  return saved;
}

export interface Sighting {
  site: string;
  key: string;
  title: string;
  participants: Person[];
  state: 'pre-join' | 'in-call' | 'ended';
}

export interface SeenOptions {
  /** false: a meeting not stored yet is not stored now either (the caller limits new records). */
  create?: boolean;
}

const blank = (s: Sighting, now: Date): Meeting => ({
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
  confirmed: [],
  declined: [],
});

/** The meeting after a sighting: new participants, the title, and whether the user left. */
function sighted(meeting: Meeting, s: Sighting, now: Date): Meeting {
  const names = new Set(meeting.participants.map((p) => p.name));
  const participants = [
    ...meeting.participants,
    ...s.participants
      .filter((p) => p.name && !names.has(p.name))
      .map((p) => ({ name: p.name.slice(0, 200), email: p.email.slice(0, 320) })),
  ].slice(0, 200);
  return {
    ...meeting,
    title: s.title.slice(0, 300) || meeting.title,
    participants,
    // Rejoining reopens the meeting; leaving it asks for the agreement.
    leftAt: s.state === 'ended' ? (meeting.leftAt ?? now.toISOString()) : s.state === 'in-call' ? null : meeting.leftAt,
  };
}

/**
 * The call page reports what it shows; a stored meeting follows it. A meeting
 * not stored yet is stored when the user is in the call (unless `create` is
 * false); otherwise the answer is the meeting as shown, not stored: the base
 * a user action (`updateMeeting`, `noteMoment`) stores.
 */
export function meetingSeen(s: Sighting, now = new Date(), options: SeenOptions = {}): Promise<Meeting> {
  return task(async () => {
    const known = await read(s.site, s.key);
    const next = sighted(known ?? blank(s, now), s, now);
    if (!known && (s.state !== 'in-call' || options.create === false)) return checked(next);
    return save(next, !known);
  });
}

export function getMeeting(site: string, key: string): Promise<Meeting | null> {
  return task(() => read(site, key));
}

/**
 * The stored meeting, or, for one not stored yet, `base` (as `meetingSeen`
 * answered it) when the user acts on it. Call inside `task`.
 */
async function storedOr(site: string, key: string, base?: Meeting): Promise<{ meeting: Meeting; fresh: boolean }> {
  const known = await read(site, key);
  if (known) return { meeting: known, fresh: false };
  if (!base) throw new Error('Rapport has not seen this meeting yet');
  const parsed = v.safeParse(MeetingSchema, base);
  if (!parsed.success) throw new Error(`Not a meeting: ${parsed.issues.map((i) => i.message).join('; ')}`);
  if (parsed.output.site !== site || parsed.output.key !== key) throw new Error('The meeting given is another meeting');
  return { meeting: parsed.output, fresh: true };
}

/** The user's change; `base`: the meeting as shown, stored by this change when it is not stored yet. */
export function updateMeeting(site: string, key: string, patch: MeetingPatch, base?: Meeting): Promise<Meeting> {
  return task(async () => {
    const { meeting, fresh } = await storedOr(site, key, base);
    return save({ ...meeting, ...patch }, fresh);
  });
}

/** Every readable meeting (unreadable ones are set aside). Call inside `task`. */
async function readAll(): Promise<Meeting[]> {
  return (await readable()).map(([, meeting]) => meeting);
}

/** Meetings the user left whose agreement is not noted yet, newest first. */
export function pendingAgreements(): Promise<Meeting[]> {
  return task(async () =>
    (await readAll())
      .filter((m) => m.leftAt !== null && m.agreement === null)
      .sort((a, b) => (b.leftAt ?? '').localeCompare(a.leftAt ?? '')),
  );
}

export interface KnownPeople {
  /** Known by the address the page shows, or by name and confirmed by the user for this meeting. */
  known: Contact[];
  /** Only the name matches and the user has not said yet: "maybe this is …". */
  maybe: Contact[];
}

/** The contacts among a meeting's people: by address where the page shows one, else by the same name. */
export async function knownPeople(
  meeting: Pick<Meeting, 'participants' | 'confirmed' | 'declined'>,
): Promise<KnownPeople> {
  const known = new Map<string, Contact>();
  for (const p of meeting.participants) {
    const contact = normalizeEmail(p.email) ? await findContact([p.email]) : null;
    if (contact) known.set(contact.id, contact);
  }
  const maybe: Contact[] = [];
  for (const contact of await byNameOnly(meeting.participants)) {
    if (known.has(contact.id) || meeting.declined.includes(contact.id)) continue;
    if (meeting.confirmed.includes(contact.id)) known.set(contact.id, contact);
    else maybe.push(contact);
  }
  return { known: [...known.values()], maybe };
}

function byNameOnly(people: readonly Person[]): Promise<Contact[]> {
  const names = people.filter((p) => !normalizeEmail(p.email)).map((p) => p.name);
  return names.length > 0 ? findByNames(names) : Promise.resolve([]);
}

/**
 * The user says whether the participant of the same name is this contact
 * (`yes`) or a stranger; only a contact whose name a participant shows can be
 * linked. `base` as for `updateMeeting`.
 */
export async function confirmPerson(
  site: string,
  key: string,
  contactId: string,
  yes: boolean,
  base?: Meeting,
): Promise<Meeting> {
  const shown = (await getMeeting(site, key)) ?? base;
  if (!shown) throw new Error('Rapport has not seen this meeting yet');
  if (!(await byNameOnly(shown.participants)).some((c) => c.id === contactId))
    throw new Error('That contact is not among the people of this meeting');
  return task(async () => {
    const { meeting, fresh } = await storedOr(site, key, base);
    const without = (list: readonly string[]) => list.filter((id) => id !== contactId);
    const confirmed = yes ? [...without(meeting.confirmed), contactId] : without(meeting.confirmed);
    const declined = yes ? without(meeting.declined) : [...without(meeting.declined), contactId];
    return save({ ...meeting, confirmed, declined }, fresh);
  });
}

/** A moment or the agreement goes into the journals of the known participants, with the date. */
async function toJournals(meeting: Meeting, text: string, at: Date): Promise<number> {
  const { known: people } = await knownPeople(meeting);
  for (const contact of people) {
    await addNote({ email: contact.id, text, source: 'call', at, title: meeting.title }, 'agreements');
  }
  return people.length;
}

/**
 * "Note this moment": kept with the meeting and in the known participants'
 * journals; returns how many. `base` as for `updateMeeting`.
 */
export async function noteMoment(
  site: string,
  key: string,
  text: string,
  at = new Date(),
  base?: Meeting,
): Promise<number> {
  const trimmed = text.trim().slice(0, NOTE_MAX);
  if (!trimmed) throw new Error('Nothing to save: the text is empty');
  const meeting = await task(async () => {
    const { meeting: known, fresh } = await storedOr(site, key, base);
    const moments = [...known.moments, { text: trimmed, date: at.toISOString() }].slice(-200);
    return save({ ...known, moments }, fresh);
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

/**
 * From a backup: the meetings Rapport does not have yet, by storage key (one it
 * has stays as it is), to be written with the rest of the import. Call inside `task`.
 */
export async function newMeetings(meetings: readonly Meeting[]): Promise<Record<string, Meeting>> {
  const added = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const id = storageKey(meeting.site, meeting.key);
    if (!added.has(id) && !(await read(meeting.site, meeting.key))) added.set(id, meeting);
  }
  return Object.fromEntries(added);
}
