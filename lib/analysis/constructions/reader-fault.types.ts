// The shape of the reader-fault data (one module per language) that
// ../rules/reader-fault.ts reads. Words are folded as tokenize.ts folds them
// (lower case, ß as ss, ’ as '); in word lists "x*" is a prefix and "*x" a
// suffix (German compounds: "*abteilung" finds Personalabteilung). Lemmas are
// what lemma/ gives for a form ("versäumt" → "versäumen"); forms the tables do
// not know are listed as written.
import type { FrameEntry } from '../rules/frames';

/** A cause frame, and what it takes. */
export interface CauseEntry extends FrameEntry {
  /** "noun": a noun phrase follows ("wegen Ihrer …", "due to your …"); "clause": a clause about the reader ("weil", "liegt daran, dass"). */
  takes: 'noun' | 'clause';
  /** The frame names the damage itself ("Das Problem ist, dass …"). */
  names?: boolean;
  /** A negation in the effect counts as damage ("Dass die Werte nicht besser werden, liegt daran, dass …"). */
  negationHurts?: boolean;
  /** Only a faulty noun after it blames ("ohne Ihre Verzögerung wären wir fertig"); otherwise it thanks ("ohne Ihre Hilfe wären wir verloren"). */
  needsFault?: boolean;
}

/** The reader's thing as the cause of a damage: "Ihre chaotische Ablage hat uns zwei Tage gekostet", "your sloppy wiring caused the fault". */
export interface HarmEntry extends FrameEntry {
  /** The verb needs a damage word in its clause ("caused the short circuit", not "caused us to rethink"). */
  needsDamage?: boolean;
  /** A state said with a copula ("your figures were wrong"): "were" is no passive here. */
  copula?: boolean;
}

/** Lateness said in words. */
export interface LatenessEntry extends FrameEntry {
  /** Late only when the deed is past ("you only replied on Thursday", not "as you only arrive on Monday"). */
  past?: boolean;
}

/** A counterfactual frame. */
export interface CounterfactualEntry extends FrameEntry {
  /** The condition follows its consequence ("Das hätten wir uns sparen können, wenn Sie …"): that clause must say so. */
  after?: boolean;
  /** A demand in hindsight ("Sie hätten … müssen"): reported as pressure, as "you should have" is (principles.md). */
  pressure?: boolean;
}

/** A frame of the reader's part not sent, or sent late. */
export interface NotSentEntry extends FrameEntry {
  /** Only in a sentence that does not name the reader: with "Ihr"/"your" the other readings take it, and keep their rewrites. */
  implicit?: boolean;
}

export interface ReaderFaultLexicon {
  /** Words one of which a sentence needs to name the reader's side at all: most sentences are skipped on them. */
  markers: readonly string[];
  /** The reader as a subject pronoun; "=Sie" is that exact case (the polite form, not "sie" = they). */
  subjects: readonly string[];
  /** The reader's possessives: "Ihr Büro", "your accountant". */
  possessives: readonly string[];
  /** Heads of a noun phrase on the reader's side that can act: people, teams, offices. */
  agentNouns: readonly string[];
  /** Words before "in/from your office": "jemand aus Ihrem Büro", "someone in your team". */
  someone: readonly string[];
  /** Those of them that deny: "niemand", "nobody" (the agent negates the verb). */
  negatedSomeone: readonly string[];
  /** Prepositions that join them: aus, von, in / in, from, on, at, of. */
  someoneJoins: readonly string[];
  /** The agent of a passive, or the reader's side as a place: "von Ihnen", "by your team", "on your end". */
  sides: readonly FrameEntry[];
  /** Finite auxiliary forms that do not ("hat", "ist"): "Sie hat" is she. German only. */
  singularFinite: readonly string[];
  /** Finite auxiliaries, to find the verb-second position ("Die Bögen haben Sie …"); German. */
  finite: readonly string[];
  /** Clause openers that make the clause subordinate (subject right after them). */
  subordinators: readonly string[];
  /** Relative pronouns, read as such only after a clause mark. */
  relatives: readonly string[];
  /** Openers that make the clause a condition or a time, not a charge: wenn, falls, if, unless … */
  conditions: readonly string[];
  /** The writer (and other people) as subject: the reader cannot then be the agent. */
  others: readonly string[];
  /** Nouns for people who, fronted, make a following "Sie" the object ("Die Kollegen haben Sie …"). */
  personNouns: readonly string[];
  /** Verbs whose object is usually a person: fronted noun + "haben Sie informiert" is ambiguous. */
  personVerbs: readonly string[];
  /** Negation words. */
  negations: readonly string[];
  /** Lemmas of what the reader was to do; negated, they are a failure ("nicht geschickt"). */
  completions: readonly string[];
  /** Lemmas of faults; not negated, they are a failure ("vergessen", "übersehen"). */
  faults: readonly string[];
  /** Words that say something is wrong with what the reader did ("falsch", "wrong"). */
  wrong: readonly string[];
  /**
   * A swap in the reader's deed: "mit 17 statt 18 Uhr verschickt", "supplied in RGB rather than CMYK". `words`: the
   * swap (English: the first word of "instead of", "rather than"); `deeds`: lemmas of deeds where a swap is a slip
   * (sending, supplying, booking), not a choice ("statt Eiche für Nussbaum entschieden").
   */
  instead: { words: readonly string[]; deeds: readonly string[] };
  /** Modals and the like that turn a statement into permission, ability or future ("Sie können …"). */
  modals: readonly string[];
  /** Verbs where the reader receives, not acts ("Sie erhalten die Pläne erst am Montag"). */
  receiving: readonly string[];
  /** Faults said in several words, or acts done against advice: "ohne Rücksprache", "trotz Hinweis", "left out", "without checking". */
  faultPhrases: readonly FrameEntry[];
  /** Lateness: "zu spät", "erst nach …", "three weeks late". */
  lateness: readonly LatenessEntry[];
  /** Counterfactual blame: "hätten Sie … müssen", "you should have", "had you …". */
  counterfactual: readonly CounterfactualEntry[];
  /** Cause frames that point at what follows: "liegt daran, dass", "because of", "due to". */
  causes: readonly CauseEntry[];
  /** Words of damage or trouble: an effect that a cause on the reader's side is blamed for. */
  problems: readonly string[];
  /** Adjectives that make the reader's thing a failure after a cause word ("wegen Ihrer späten Zusage", "due to your late payment"). */
  faulty: readonly string[];
  /** Words that make a cause a credit ("found the leak because you checked so carefully"). */
  credits: readonly string[];
  /** Sentences that clear, console or sympathise: "Das lag nicht an Ihnen", "don't worry if …". */
  clearing: readonly FrameEntry[];
  /** Concession frames after a reader's deed: "obwohl wir Sie gewarnt hatten", "even though the sign said". */
  despite: readonly string[];
  /** Words after "no"/"kein" that make the concession a reassurance ("though there's no need", "aber kein Problem"). */
  reassured: readonly string[];
  /** Words in that concession that show the reader was told: "hingewiesen", "warned", "sign". */
  warnings: readonly string[];
  /** "Every time you …, <damage>": a habit of the reader's named as the cause of what goes wrong. */
  habits: readonly FrameEntry[];
  /** Words that may stand between the finite verb and an inverted subject ("Leider haben ja Sie …"); German. */
  between: readonly string[];
  /** Words after "you" that show it is the subject ("you have", "you never"); English. */
  subjectNext: readonly string[];
  /** Words before "you" that make it an object ("to you", "told you"); English. */
  objectBefore: readonly string[];
  /** Words that cannot be the noun a relative clause leans on ("while you were", "and you signed"); English. */
  functionWords: readonly string[];
  /** The head's own verb after a relative clause ("the contract you signed | is …"); English. */
  mainVerbs: readonly string[];
  /** Participles spelt like their verb ("if you had let us know"); English. */
  sameFormParticiples: readonly string[];
  /** Words that give a clause an agent of its own ("wird vom Hersteller nicht mehr …"); German. */
  otherAgents: readonly string[];
  /** A sentence that lays the damage of the previous one's failure at the reader's door: "Dadurch …", "As a result, …". */
  consequences: readonly FrameEntry[];
  /** A clause after the reader's deed that opens its damage: "…, deshalb ist der Anspruch hinfällig", "…, so the claim is void". */
  outcomes: readonly FrameEntry[];
  /** Damage words such a clause may name besides the problems: "hinfällig", "void", "gone". */
  outcomeDamage: readonly string[];
  /** "Danke fürs Weiterleiten": the reader as the doer of a thanked deed (blamed only for lateness). */
  thanks: readonly FrameEntry[];
  /**
   * What the reader was to hand over, said in the passive as never having reached the writer, or not done as
   * agreed: "Die Quittungen wurden uns nie übermittelt", "the key wasn't left as we'd agreed".
   */
  notSent: readonly NotSentEntry[];
  /**
   * A damage called avoidable ("wäre vermeidbar gewesen", "could have been avoided"): blame when the sentence names
   * the reader or what was asked of them, and the writer does not own it.
   */
  avoidable: readonly FrameEntry[];
  /** Words that name what was asked of the reader without "you": "the documents we requested". English. */
  requested: readonly string[];
  /** Words that, negated, say the work is not finished (the damage of "we're not done because your …"). */
  undone: readonly string[];
  /** A fault named and placed on the reader's side: "Der Fehler liegt bei Ihnen", "the mistake happened at your end". */
  faultAt: readonly FrameEntry[];
  /** The writer reports getting the reader's part late: "we didn't get the brief from you until Monday". */
  lateFrom: readonly FrameEntry[];
  /** The reader's thing as the subject of a harm: "Ihre Ablage hat uns zwei Tage gekostet", "your wiring caused the fault". */
  harms: readonly HarmEntry[];
  /** Words that open a "before" clause: "bevor", "before". */
  before: readonly string[];
  /** Words in that clause that say the thing was not ready or not yet checked: "ausgehärtet", "prüfen konnten", "cured". */
  unready: readonly string[];
  /** Verbs of wanting: "wenn Sie es früher gebraucht hätten, …" offers help, it does not blame. */
  wishes: readonly string[];
  /** First words of thanks that open a sentence ("Danke", "Vielen Dank", "Thank you"). */
  thanksOpen: readonly string[];
  /** The word that opens the thanked clause ("dass", "that"). */
  thankedThat: readonly string[];
  /** Lemmas of putting right: a thanked repair names no fault of the reader ("Danke, dass Sie die falsche Lieferung geklärt haben"). */
  repairs: readonly string[];
  /** Habit adverbs: lateness or a "nie"/"never" they frame is a habit, named by habit-about-reader as absolute, not one charge. */
  habitual: readonly string[];
}
