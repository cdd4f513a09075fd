// The shape of a meeting record, checked on every read and in backups. Apart
// from lib/storage/meetings.ts so that the options page can check a backup
// without bundling the storage code.
import * as v from 'valibot';
import { NOTE_MAX } from '../contacts/model';

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
  /**
   * Contacts (ids) the user confirmed or declined as the participant of the same
   * name: a name alone may be a stranger, so it links nothing until confirmed.
   */
  confirmed: v.optional(v.pipe(v.array(v.string()), v.maxLength(200)), []),
  declined: v.optional(v.pipe(v.array(v.string()), v.maxLength(200)), []),
});

export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type MeetingPatch = Partial<Pick<Meeting, 'mood' | 'criticalPoint' | 'goal' | 'title' | 'cardHidden'>>;
export type Person = v.InferOutput<typeof Person>;

/** A meeting from a backup, checked; the problems when it is unreadable. */
export function parseMeeting(raw: unknown): { meeting: Meeting } | { problems: string[] } {
  const parsed = v.safeParse(MeetingSchema, raw);
  return parsed.success ? { meeting: parsed.output } : { problems: parsed.issues.map((i) => i.message) };
}
