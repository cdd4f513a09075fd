// Which "find one thing you appreciate" question to ask about a contact, and
// in which words. Chosen by context (new or known contact, kind, a tense
// relationship or a tense draft, language and form of address); never one of
// the last ten asked about the same contact.
import { addressName, obliqueName } from './names';
import { type ContactKind, PROMPTS, type PromptEntry } from './prompt-bank';

export interface PromptContext {
  contact: {
    /** Normalized email or another stable key. */
    key: string;
    /** As the user calls them: "Frau Schmidt", "Anna". */
    name: string;
    kind: ContactKind;
    formality: 'sie' | 'du' | 'unknown';
    /** Marked tense by the user. */
    tense: boolean;
    /** How many appreciations the journal holds for them. */
    appreciations: number;
    /** ISO date of the newest appreciation. */
    lastAppreciation?: string | null;
    /** The language the user writes to them in; quotes in du/Sie only make sense in German. */
    language?: 'de' | 'en' | 'unknown';
  };
  /** The draft's tension (0–100), when the prompt is asked while writing. */
  draftTension?: number;
  /** Ids of the questions asked about this contact, oldest first. */
  recent: readonly string[];
  language: 'de' | 'en';
  now?: Date;
}

export interface Prompt {
  id: string;
  text: string;
}

/** A draft this tense asks for the question that looks for one positive moment. */
export const TENSE_DRAFT = 60;
const NO_REPEAT = 10;
/** After this long without a note, a known contact gets a question about a concrete moment. */
export const STALE_DAYS = 60;
const DAY = 86_400_000;

/** A small stable hash, so the same context picks the same question all day. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function words(entry: PromptEntry, context: PromptContext): string {
  const template =
    context.language === 'en'
      ? entry.en
      : typeof entry.de === 'string'
        ? entry.de
        : context.contact.formality === 'du' && context.contact.language !== 'en'
          ? entry.de.du
          : entry.de.sie;
  // As one addresses them ("Herr Dr. Weber", not a signature's whole string); German inflects the salutation.
  const name = addressName(context.contact.name) || (context.language === 'de' ? 'diese Person' : 'this person');
  return template.replace(/\{name(?::(dat|acc))?\}/g, (_, oblique?: string) => (oblique ? obliqueName(name) : name));
}

export function choosePrompt(context: PromptContext, bank: readonly PromptEntry[] = PROMPTS): Prompt | null {
  const { contact } = context;
  const tense = contact.tense || (context.draftTension ?? 0) >= TENSE_DRAFT;
  const stage = tense ? 'tense' : contact.appreciations === 0 ? 'new' : 'known';
  const suits = (e: PromptEntry) => !e.kinds || e.kinds.includes(contact.kind);
  const fresh = new Set(context.recent.slice(-NO_REPEAT));
  // A tense moment asks for tense questions and any that look for a positive moment;
  // otherwise the stage's own questions and the general ones.
  const pool = bank.filter(
    (e) => suits(e) && (e.when === stage || (tense ? e.theme === 'positive-moment' : e.when === 'any')),
  );
  let candidates = pool.filter((e) => !fresh.has(e.id));
  if (candidates.length === 0) return null;
  const now = context.now ?? new Date();
  const last = contact.lastAppreciation ? Date.parse(contact.lastAppreciation) : Number.NaN;
  if (stage === 'known' && now.getTime() - last > STALE_DAYS * DAY) {
    // Long quiet: one concrete moment brings the person back to mind better than a trait.
    const moments = candidates.filter((e) => e.theme === 'moment' || e.theme === 'learned');
    if (moments.length > 0) candidates = moments;
  }
  const day = now.toISOString().slice(0, 10);
  const pick = candidates[hash(`${contact.key}|${day}|${context.recent.length}`) % candidates.length] as PromptEntry;
  return { id: pick.id, text: words(pick, context) };
}
