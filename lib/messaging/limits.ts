// Bounds shared by the page side and the background, so both refuse the same.

/** A send to more people than this is a mailing, not a conversation: nothing is learned from it. */
export const MAX_LEARNED_RECIPIENTS = 20;

/** The longest name, address and meeting title the background takes; the page side cuts to these first. */
export const MAX_NAME = 500;
export const MAX_EMAIL = 320;
export const MAX_TITLE = 2_000;

/** Cuts text to `max` characters with an ellipsis, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** A recipient or participant as the page shows it, cut so one absurd name costs only its tail. */
export function clipPerson<T extends { name: string; email: string }>(person: T): T {
  return { ...person, name: clip(person.name, MAX_NAME), email: clip(person.email, MAX_EMAIL) };
}

/** Characters of a draft analysed at once: a longer draft is cut to its start on the page side and refused by the background. */
export const MAX_ANALYSED_CHARS = 30_000;
