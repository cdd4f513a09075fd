// The shape of a verdict lexicon (verdicts.de.ts, verdicts.en.ts): negative
// evaluative words, each with how hard it judges, and the words around them
// that decide whom a verdict is about. rules/verdict.ts reads it.

/**
 * 1 mild (suboptimal, veraltet, long-winded): never a finding on its own, only
 *   made stronger ("völlig veraltet") or in a list with other verdicts;
 * 2 a clear verdict (unbrauchbar, sloppy, a mess): a finding when it is about
 *   the reader, their work, or "das/this/it" pointing back at it;
 * 3 insulting (Pfusch, stümperhaft, shoddy, pathetic): a finding about nearly
 *   anyone's work except the writer's own.
 */
export type Degree = 1 | 2 | 3;

export interface VerdictLexicon {
  /** Adjectives and participles, written as their lemma; any inflected form matches. */
  adjectives: Readonly<Record<string, Degree>>;
  /** Nouns, as their lemma (German capitalised as written). */
  nouns: Readonly<Record<string, Degree>>;
  /**
   * Words that are literal as often as not (Müll, Schrott, garbage, faul): a
   * verdict only as the predicate ("ist Schrott", "is a mess"), never as a
   * subject, an object or an attribute ("faule Äpfel").
   */
  predicateOnly: readonly string[];
  /** Several words, in the pattern language of ../pattern.ts (@lemma, a|b, (optional), ~n). */
  phrases: Readonly<Record<string, Degree>>;
  /**
   * Praise whose denial is a verdict: "nicht durchdacht", "not usable", "weder
   * machbar noch sinnvoll" (one degree more), "alles andere als professionell".
   */
  deniedPraise: Readonly<Record<string, Degree>>;
}

/** Words around a verdict that decide whether, and about whom, it judges. Folded as tokenize.ts folds. */
export interface VerdictContext {
  /** Before the verdict: it is denied ("nicht", "kein", "not", "never", "avoid"). */
  negators: readonly string[];
  /** The negators that turn praise into a verdict ("nicht durchdacht"); "keine seriöse Prognose" denies the noun, not the praise. */
  praiseDeniers: readonly string[];
  /** A negator followed by one of these does not deny ("nicht nur", "not only"). */
  notDenying: readonly string[];
  /** Right before the verdict: one degree more ("völlig", "ein einziger", "utterly"). */
  intensifiers: readonly string[];
  /** Right before the verdict: one degree less ("etwas", "noch", "a bit", "slightly"). */
  softeners: readonly string[];
  /** Between a negator and praise: the denial still stands ("nicht gerade durchdacht", "not exactly usable"). */
  litotes: readonly string[];
  /** Between a negator and praise: one degree less ("nicht ganz durchdacht", "not entirely clear"). */
  partly: readonly string[];
  /** Two words before praise that deny it one degree harder ("alles andere als", "anything but", "far from"). */
  farFrom: readonly string[];
  /** Linking verbs: what stands before them is what the verdict is about. */
  copulas: readonly string[];
  /** Verbs of judging whose subject is the judge, not the judged ("ich finde", "I think"). */
  judging: readonly string[];
  /** The reader as a pronoun (subject or object) and their possessives. */
  readerPronouns: readonly string[];
  readerPossessives: readonly string[];
  /** The writer: their own work is never a finding. */
  selfPronouns: readonly string[];
  selfPossessives: readonly string[];
  /** Pronouns and determiners pointing back at what was just discussed (das, dies, solch, this, it). */
  pointers: readonly string[];
  /** Things no one wrote: weather, traffic, a week, a flight. A verdict on them judges no one. */
  external: readonly string[];
  /** Sympathy in the sentence or next to it: "gute Besserung", "sorry to hear". Pattern language. */
  sympathy: readonly string[];
  /** Someone else's judgement reported ("laut Gutachten", "according to", "the inspector"). */
  reported: readonly string[];
  /** A clause opened by one of these is a condition or a question, not a verdict (wenn, falls, if, whether). */
  conditions: readonly string[];
  /** Hypothetical verbs: "das wäre unprofessionell", "that would be a mess". */
  hypothetical: readonly string[];
  /** After a verdict word, these make it a mere intensifier ("lächerlich gering", "ridiculously cheap"). */
  gradable: readonly string[];
  /** Words that end the stretch a negation reaches back over (und, weil, dass, and, because, whether). */
  boundaries: readonly string[];
  /** The second word of a paired denial and the first it needs earlier in the sentence ("weder … noch"). */
  paired: Readonly<Record<string, string>>;
  /**
   * What someone makes or delivers (Entwurf, Unterlagen, draft, figures); German
   * compounds match by a last part of six letters or more ("Marktanalyse"). A verdict on "the
   * conclusions" is about the reader's work only when the reader's work was just
   * named and this is work too.
   */
  work: readonly string[];
  /** An apology before the verdict makes it the writer's own ("Entschuldigen Sie das Durcheinander", "sorry for the mess"). */
  apologies: readonly string[];
  /**
   * Words that may follow a verdict noun (English). Any other word makes the noun
   * a modifier: "a disaster recovery plan" judges nothing. Empty where compounds are one word.
   */
  afterNoun: readonly string[];
  /** Right before an external word, these make it the reader's doing: "your response time", "waiting times". */
  notExternalAfter: readonly string[];
  /** External words that the reader's possessive right before makes their own writing: "Ihre Nachricht" (news otherwise). */
  ownedByReader: readonly string[];
  /**
   * Misfortunes among the external words: still external with the reader's person attached ("der Tod Ihrer
   * Mutter"); whole words only, never the end of a compound ("Kooperation").
   */
  misfortune: readonly string[];
  /** What is past and replaced ("die alte Software", "the previous owner"): as external, except after "Ihre/your". */
  bygone: readonly string[];
  /** Thanks: what a sentence thanks for is the reader's ("Danke für den Bericht", "thanks for the draft"). */
  thanks: readonly string[];
  /** Words that open a topic heading before a colon ("Zum Exposé:", "About the listing:"). */
  topics: readonly string[];
  /** Articles: "Das Wetter" is an article and a noun, "Das ist" a pointer. */
  articles: readonly string[];
  /**
   * Prepositions that attach a phrase to the noun before them: "die Übersetzung
   * unseres Handbuchs", "das Aufmaß von letzter Woche", "the translation of our
   * manual". A possessive or a week there is not whose or what the subject is.
   */
  prepositions: readonly string[];
  /** The writer's people: "the way my mother was treated" judges the treatment, not the writer's work. */
  people: readonly string[];
  /** Makers outside the exchange: "die Software des Herstellers", "the vendor's update". Their work is not the reader's. */
  thirdParties: readonly string[];
  /** Verbs whose subject received the work, not made it: "the service we received", "what we paid for". */
  receiving: readonly string[];
}

/** VADER's empirical steps (Hutto & Gilbert 2014): what a booster adds to a valence, and a dampener takes. */
export const BOOST = 0.293;
export const DAMPEN = -0.293;

/** The same step for each word of a space-separated list. */
export const stepsOf = (words: string, step: number): Record<string, number> =>
  Object.fromEntries(words.split(' ').map((w) => [w, step]));

/**
 * The words around a sentiment word that change its valence, read as VADER
 * reads them (../sentiment.ts). Folded as tokenize.ts folds.
 */
export interface SentimentModifiers {
  /** Among the three words before: BOOST makes the valence stronger, DAMPEN weaker. Keys of two words are pairs ("ein bisschen", "kind of"). */
  boosters: Readonly<Record<string, number>>;
  /** Among the three words before: the valence turns around (×−0.74). */
  negators: readonly string[];
  /** A negator followed by one of these negates nothing ("nicht nur", "not only", "nothing but"). */
  notNegating: readonly string[];
  /** Later in the same clause, these negate a verb before them ("Das gefällt mir nicht"). Empty where word order never puts them there. */
  trailingNegators: readonly string[];
  /** Words that end a clause for trailing negation, besides punctuation (dass, weil, und). */
  clauseBreaks: readonly string[];
  /** Contrast: what comes before it counts half, what follows 1.5 times ("aber", "but"). */
  contrasts: readonly string[];
  /** Contrast only where a clause starts ("doch": elsewhere a particle, "Das ist doch gut"). */
  clauseContrasts: readonly string[];
  /** Opening a sentence, these concede its first clause: the contrast falls where that clause ends ("Although the draft is good, …"). */
  concessives: readonly string[];
  /** After a contrast word, these make it no contrast ("but also"). */
  notContrasting: readonly string[];
  /** Never looked up: the lexicon scores them, but in mail they carry no feeling ("ok", "yes", "make sure"). */
  ignored: readonly string[];
}
