// What Rapport shows about one person before writing to or meeting them: the
// appreciation question (unless snoozed), what the user noted last time, and a
// compliment to reread when things run hot.
import { type Contact, type ContactNote, PROMPT_MEMORY } from './model';
import { choosePrompt, type Prompt } from './prompts';
import { type ContactSummary, summarize } from './summary';

export interface Brief {
  /** Null: Rapport knows nothing about them yet (or the brief is for a page, which gets no summary). */
  contact: ContactSummary | null;
  /** The user marked the relationship as tense. */
  tense: boolean;
  prompt: Prompt | null;
  /** Until when the user asked for no questions about them (ISO), when that is still ahead. */
  snoozedUntil: string | null;
  /** The newest appreciations, newest first ("Last time you noted: …"). */
  lastNotes: ContactNote[];
  /** One compliment to reread, theirs first, else from the general collection. */
  compliment: ContactNote | null;
}

export interface BriefInput {
  contact: Contact | null;
  /** Used when the contact is not known yet. */
  key: string;
  name: string;
  draftTension?: number;
  language: 'de' | 'en';
  general: readonly ContactNote[];
  /** The questions shown lately (lib/storage/prompt-memory.ts), oldest first. */
  recent?: readonly string[];
  now?: Date;
}

const LAST_NOTES = 2;

/** Records from before the prompt memory kept their questions themselves: those count as shown earlier. */
function askedLately(legacy: readonly string[], recent: readonly string[]): string[] {
  return [...legacy.filter((id) => !recent.includes(id)), ...recent].slice(-PROMPT_MEMORY);
}

/** The same compliment all day, a different one the next. */
function pickCompliment(notes: readonly ContactNote[], now: Date): ContactNote | null {
  if (notes.length === 0) return null;
  const day = Math.floor(now.getTime() / 86_400_000);
  return notes[day % notes.length] ?? null;
}

export function makeBrief({
  contact,
  key,
  name,
  draftTension,
  language,
  general,
  recent = [],
  now = new Date(),
}: BriefInput): Brief {
  const snoozed = contact?.prompts.snoozedUntil;
  const snoozedUntil = snoozed && Date.parse(snoozed) > now.getTime() ? snoozed : null;
  const appreciations = contact?.appreciations ?? [];
  const prompt = snoozedUntil
    ? null
    : choosePrompt({
        contact: {
          key: contact?.id ?? key,
          name: contact?.name || name,
          kind: contact?.kind ?? 'client',
          formality: contact?.formality ?? 'unknown',
          tense: contact?.tense ?? false,
          appreciations: appreciations.length,
          lastAppreciation: appreciations.at(-1)?.date ?? null,
          language: contact?.language ?? 'unknown',
        },
        ...(draftTension === undefined ? {} : { draftTension }),
        recent: askedLately(contact?.prompts.recent ?? [], recent),
        language,
        now,
      });
  return {
    contact: contact ? summarize(contact) : null,
    tense: contact?.tense ?? false,
    prompt,
    snoozedUntil,
    lastNotes: appreciations.slice(-LAST_NOTES).reverse(),
    compliment: pickCompliment(contact?.compliments.length ? contact.compliments : general, now),
  };
}
