// Praise recognised by its feeling rather than by a list: a sentence that opens
// on a short positive evaluation ("Fantastic, …", "Wonderful to hear …",
// "Reizend, dass …", "Brilliant planning, …") is praise whatever the words,
// because the sentiment lexicon knows them. What makes it mockery is still the
// second half: a situation that weighs on the reader (the frames in
// ../constructions/sarcasm.{de,en}.ts) or, after an evaluation that is not
// thanks, plainly negative words in the rest of the sentence ("Herrlich, schon
// wieder ein Termin, der ausfällt"). Thanks keep needing a situation: thanks
// next to a problem are mostly sincere ("Thanks for your help with the leak").
import { SARCASM_CONTRAST_DE } from '../constructions/sarcasm-contrast.de';
import { SARCASM_CONTRAST_EN } from '../constructions/sarcasm-contrast.en';
import type { Doc, SentenceView } from '../document';
import { fold } from '../pattern';
import { type SentimentHit, sentimentOf, valenceOf } from '../sentiment';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { type FrameEntry, FrameMatcher, type FrameSpan } from './frames';

export interface DelayEntry extends FrameEntry {
  /** Waiting is always for what was praised: no pronoun need take it up ("We have been waiting since spring."). */
  standalone?: boolean;
}

export interface ContrastData {
  /** Interjections and intensifiers that may stand before the evaluation ("Oh, …", "Wirklich …", "What a …"). */
  lead: readonly string[];
  /** Words that join the evaluation to what it is about ("Toll, dass …", "Wonderful to hear …"). */
  joins: readonly string[];
  /** Articles: lead words only right after another lead word ("What a …", „Was für ein …"). */
  article: readonly string[];
  /** The writer saying how they feel ("I just love …", "Ich bin begeistert, dass …"): may stand inside the evaluation. */
  feel: readonly string[];
  /** Thanks: said to the reader (see PraiseEntry.addressed). */
  thanks: readonly string[];
  /** Praise words the sentiment lexicon lacks or mutes ("reizend", "outstanding", which it reads as unpaid). */
  positive: readonly string[];
  /** Openers that greet or wish rather than judge ("Good morning", "Gute Besserung"). */
  greeting: readonly string[];
  /** Positive words that advise or note rather than praise ("Es ist besser, …", "Interesting: …"). */
  notPraise: readonly string[];
  /** Words that make the rest of the sentence sincere news: wishes, recovery, a concession. Prefixes end in *. */
  sincere: readonly string[];
  /** Plain regret, relief from harm, meeting at last ("leider", "nobody was hurt", "finally meet"): no praise in their sentence mocks. */
  regret: readonly string[];
  /** Words saying it happened again ("again", „schon wieder“): a bare failure word next to them is no accident. */
  repeat: readonly string[];
  /** Verbs after "to"/"zu" that offer help ("Happy to help with the complaint"): the writer's offer, no verdict. */
  offer: readonly string[];
  /** The reader helping with the trouble ("for catching the error", „den Fehler gefunden“): the thanks are for that. Prefixes end in *. */
  helped: readonly string[];
  /** Speed praised ("quick", „zügig“): a delay told in the next sentence turns it round. */
  speed: readonly string[];
  /** Time that passed, told after speed was praised ("It took three weeks.", „Wir warten seit März.“). */
  delay: readonly DelayEntry[];
  /** Words that compare with another time or party ("on the old system", „bei der Stadt“): the delay is not the reader's. */
  elsewhere: readonly string[];
  /** Sentences the whole sarcasm rule must flag, and near misses it must leave alone (tests run them all). */
  examples: { hit: readonly string[]; miss: readonly string[] };
}

export const SARCASM_CONTRAST: Record<Language, ContrastData> = { de: SARCASM_CONTRAST_DE, en: SARCASM_CONTRAST_EN };

interface Words {
  lead: Set<string>;
  article: Set<string>;
  joins: Set<string>;
  feel: Set<string>;
  thanks: Set<string>;
  positive: Set<string>;
  greeting: Phrases;
  notPraise: Set<string>;
  sincere: Phrases;
  regret: Phrases;
  repeat: Phrases;
  offer: Set<string>;
  helped: Phrases;
  speed: Set<string>;
  elsewhere: Set<string>;
}

/**
 * Entries of words joined by + ("gott+sei+dank"), the last part maybe a prefix ending in * ("apolog*"): split
 * once and keyed by their first word, so a token is looked up rather than compared with every entry.
 */
interface Phrases {
  byFirst: Map<string, (readonly string[])[]>;
  /** Entries whose first part is a prefix. */
  prefixed: (readonly string[])[];
}
const set = (list: readonly string[]) => new Set(list.map(fold));
function phrases(list: readonly string[]): Phrases {
  const byFirst = new Map<string, (readonly string[])[]>();
  const prefixed: (readonly string[])[] = [];
  for (const entry of list) {
    const parts = fold(entry).split('+');
    const first = parts[0] as string;
    if (first.endsWith('*')) prefixed.push(parts);
    else byFirst.set(first, [...(byFirst.get(first) ?? []), parts]);
  }
  return { byFirst, prefixed };
}
const words = (d: ContrastData): Words => ({
  lead: set(d.lead),
  article: set(d.article),
  joins: set(d.joins),
  feel: set(d.feel),
  thanks: set(d.thanks),
  positive: set(d.positive),
  greeting: phrases(d.greeting),
  notPraise: set(d.notPraise),
  sincere: phrases(d.sincere),
  regret: phrases(d.regret),
  repeat: phrases(d.repeat),
  offer: set(d.offer),
  helped: phrases(d.helped),
  speed: set(d.speed),
  elsewhere: set(d.elsewhere),
});
const WORDS: Record<Language, Words> = { de: words(SARCASM_CONTRAST_DE), en: words(SARCASM_CONTRAST_EN) };

/** A positive word: the sentiment lexicon's valence from here on reads as praise ("klasse" 1.8, "nice" 1.8). */
const POSITIVE = 1.5;
/** Negative words weaker than this are mostly neutral in mail ("late" in "later", "difficult"). */
const NEGATIVE = -0.7;
/** The evaluation is short: up to this many words past the lead ("Brilliant planning", „Es ist mir ein Vergnügen“). */
const MAX_WORDS = 5;
const NEGATION = set(['not', 'no', 'never', "don't", "didn't", "isn't", 'nicht', 'kein', 'keine', 'nie']);
const BOUNDARY = /^[,:;–—-]+$/;

/** Entries the rule reads like listed praise: thanks are said to the reader. */
export const OPENER = { id: 'sentiment-opener', pattern: '', hit: '', miss: '' } as const;
export const THANKS_OPENER = { ...OPENER, id: 'sentiment-thanks', addressed: true } as const;
/** Whether a praise span came from sentimentOpener. */
export const isOpener = (entry: FrameEntry): boolean => entry === OPENER || entry === THANKS_OPENER;
/** A negative word in the rest of the sentence, read like a bare failure word. */
export const NEGATIVE_WORD = { id: 'negative-word', pattern: '', hit: '', miss: '' } as const;

const matches = (word: string, part: string) =>
  part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;

/** Whether the rest of an entry follows token k. */
function restFollows(tokens: readonly Token[], k: number, parts: readonly string[]): boolean {
  let at = k + 1;
  for (let p = 1; p < parts.length; p++) {
    while (at < tokens.length && !(tokens[at] as Token).word) at++;
    const t = tokens[at];
    if (!t || !matches(t.folded, parts[p] as string)) return false;
    at++;
  }
  return true;
}

/** Whether one of the entries starts at token k. */
function phraseAt(tokens: readonly Token[], k: number, entries: Phrases): boolean {
  const first = (tokens[k] as Token).folded;
  const exact = entries.byFirst.get(first);
  if (exact?.some((parts) => restFollows(tokens, k, parts))) return true;
  return entries.prefixed.some((parts) => matches(first, parts[0] as string) && restFollows(tokens, k, parts));
}

function positive(t: Token, language: Language, w: Words): boolean {
  return w.positive.has(t.folded) || (!!t.info && valenceOf(t.info, language) >= POSITIVE);
}

/**
 * A short positive evaluation that opens the sentence and ends at a comma, dash or colon or at a joining
 * word ("Fantastic, …", "Wonderful to hear …", "Klasse Service, wenn …", "I just love getting …"): its span,
 * the boundary or join included, or undefined.
 */
export function sentimentOpener(sentence: SentenceView): FrameSpan | undefined {
  const { tokens, language } = sentence;
  const w = WORDS[language];
  let k = 0;
  // Lead words, each maybe followed by a comma ("Oh, wonderful, …"); an article only after "what", "such",
  // „für“ ("What a …", „Was für ein …“): "A gentle reminder that …" names the writer's own note.
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (!/^[,\s]*$/.test(t.text)) break;
      continue;
    }
    if (
      w.article.has(t.folded)
        ? !w.lead.has(tokens[k - 2]?.folded ?? '') && !w.lead.has(tokens[k - 1]?.folded ?? '')
        : !w.lead.has(t.folded)
    )
      break;
  }
  const first = k;
  const head = tokens[first];
  if (!head?.word || phraseAt(tokens, first, w.greeting)) return undefined;
  let count = 0;
  let after = 0;
  let praise = false;
  let thanks = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      const mark = t.text.trim();
      if (mark === '') continue;
      // "Fantastic, …": a comma, dash or colon closes the evaluation; a full stop leaves a short praise sentence.
      if (!praise || !BOUNDARY.test(mark)) return undefined;
      // "Gift Aid: …", "Good Practice: …": a label in capitals before its colon heads a point, it praises nothing.
      if (mark.startsWith(':') && !thanks && label(tokens, first, k)) return undefined;
      return { first, last: k, entry: thanks ? THANKS_OPENER : OPENER };
    }
    if (NEGATION.has(t.folded) || w.notPraise.has(t.folded)) return undefined;
    if (praise && w.joins.has(t.folded)) return { first, last: k, entry: thanks ? THANKS_OPENER : OPENER };
    // "I just love getting invoices …", "Great job losing …": an -ing verb opens what is praised.
    if (praise && language === 'en' && count > 0 && /ing$/.test(t.folded) && !positive(t, language, w))
      return { first, last: k - 1, entry: thanks ? THANKS_OPENER : OPENER };
    if (++count > MAX_WORDS) return undefined;
    if (w.thanks.has(t.folded)) {
      thanks = true;
      praise = true;
      continue;
    }
    if (t.info && valenceOf(t.info, language) < 0) return undefined;
    // Past the praise word, two more at most before its boundary ("Brilliant planning,", "Nice of you to").
    if (praise && ++after > 2) return undefined;
    // A gerund opens a clause of its own ("Accepting that …", "Hoping to …").
    if (!praise && positive(t, language, w) && language === 'en' && /ing$/.test(t.folded)) return undefined;
    if (positive(t, language, w)) praise = true;
    // Before the praise only the writer's own words and articles ("I just love", „Es ist mir ein Vergnügen“).
    else if (!praise && !w.feel.has(t.folded) && !w.lead.has(t.folded) && !w.article.has(t.folded)) return undefined;
  }
  return undefined;
}

/** Whether every word from first to before `end` starts with a capital (two words or more): a heading or label. */
function label(tokens: readonly Token[], first: number, end: number): boolean {
  const words = tokens.slice(first, end).filter((t) => t.word);
  return words.length >= 2 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/** Whether the sentence regrets plainly or is relieved that nobody was hurt: its praise is sincere. */
export function regrets(sentence: SentenceView): boolean {
  const w = WORDS[sentence.language];
  return sentence.tokens.some((t, k) => t.word && phraseAt(sentence.tokens, k, w.regret));
}

/** Whether the sentence says it happened again ("has again left the gate open", „ist erneut ausgefallen“). */
export function repeats(sentence: SentenceView): boolean {
  const w = WORDS[sentence.language];
  return sentence.tokens.some((t, k) => t.word && phraseAt(sentence.tokens, k, w.repeat));
}

/** Whether the sentence reads as sincere news: regret, a wish, recovery, the reader's help with the trouble. */
function sincere(sentence: SentenceView, from: number): boolean {
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  const next = tokens.slice(from + 1).find((t) => t.word);
  const joined = tokens[from];
  // "Happy to help with …", „Gern helfe ich …"": an offer, not a verdict.
  if (joined?.word && next && w.offer.has(next.folded)) return true;
  return (
    regrets(sentence) ||
    tokens.some((t, k) => t.word && (phraseAt(tokens, k, w.sincere) || phraseAt(tokens, k, w.helped)))
  );
}

const DETERMINER = set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
]);

/**
 * A failure the writer owns ("I missed the train", „ich habe die Frist versäumt“): the writer among the four
 * words before it. A thing named ("the cancellation", „die Kündigung“) may have happened to the writer.
 */
function owned(sentence: SentenceView, at: number, self: ReadonlySet<string>): boolean {
  const { tokens, language } = sentence;
  const t = tokens[at] as Token;
  const prev = tokens.slice(0, at).findLast((x) => x.word);
  if ((prev && DETERMINER.has(prev.folded)) || (language === 'de' && /^\p{Lu}/u.test(t.text))) return false;
  let seen = 0;
  for (let k = at - 1; k >= 0 && seen < 4; k--) {
    const x = tokens[k] as Token;
    if (!x.word) continue;
    seen++;
    if (self.has(x.folded)) return true;
  }
  return false;
}

/** A wrong thing is a failure wherever it stands ("for the wrong weekend", „das falsche Wochenende"). */
const WRONG = /^(?:wrong|incorrect|falsch\p{L}*|verkehrt\p{L}*)$/u;
/** English words that may stand as adjectives before a noun: participles and a few more ("the lost ring"). */
const EN_ADJECTIVE = /(?:ed|ing|en|lost|faulty|bad|poor)$/;

/**
 * A thing described rather than a failure told: a negative adjective between an article and its noun, with the
 * sentence going on after the noun ("the missing invoice turned up", „die verlorene Mappe ist wieder da").
 * Without a verb after it the noun phrase is the news itself („wieder ein abgesagter Termin").
 */
function describes(sentence: SentenceView, at: number): boolean {
  const { tokens, language } = sentence;
  const t = tokens[at] as Token;
  const prev = tokens.slice(0, at).findLast((x) => x.word);
  if (!prev || !DETERMINER.has(prev.folded) || WRONG.test(t.folded)) return false;
  if (language === 'de' ? /^\p{Lu}/u.test(t.text) : !EN_ADJECTIVE.test(t.folded)) return false;
  const noun = tokens[at + 1];
  if (!noun?.word || (language === 'de' && !/^\p{Lu}/u.test(noun.text))) return false;
  return tokens.slice(at + 2).some((x) => x.word);
}

/** Sentiment hits per sentence, sorted out once per draft (the rule asks for a few sentences many times). */
const bySentence = new WeakMap<Doc, Map<SentenceView, SentimentHit[]>>();

function hitsIn(doc: Doc, sentence: SentenceView): readonly SentimentHit[] {
  let map = bySentence.get(doc);
  if (!map) {
    map = new Map();
    const hits = sentimentOf(doc).hits;
    let h = 0;
    for (const s of doc.sentences) {
      const own: SentimentHit[] = [];
      while (h < hits.length && (hits[h] as SentimentHit).start < s.start) h++;
      for (let k = h; k < hits.length && (hits[k] as SentimentHit).end <= s.end; k++) own.push(hits[k] as SentimentHit);
      map.set(s, own);
    }
    bySentence.set(doc, map);
  }
  return map.get(sentence) ?? [];
}

/** English words before a predicate ("has been lost", "is broken"). */
const AUXILIARY = set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'has', 'have', 'had']);
/** English verb forms: participles and past tenses by their ending, and the common irregular ones. */
const EN_VERB =
  /(?:ed|en|ing)$|^(?:lost|broke|went|cut|stuck|wrong|late|gone|dead|down|shut|hit|left|sent|ran|fell|split)$/;

/**
 * Whether a negative word tells what went wrong (a verb, participle or adjective: "ist ausgefallen", "has been
 * lost", "ruined") rather than naming a trouble that the sentence may well report as over ("der Streit ist
 * beigelegt", "the delay only cost us a day"): German nouns are capitalised; English ones follow an article.
 */
function tells(sentence: SentenceView, at: number): boolean {
  const { tokens, language } = sentence;
  const t = tokens[at] as Token;
  const prev = tokens.slice(0, at).findLast((x) => x.word);
  if (language === 'de') return !/^\p{Lu}/u.test(t.text);
  if (prev && DETERMINER.has(prev.folded)) return false;
  return EN_VERB.test(t.folded) || (prev !== undefined && AUXILIARY.has(prev.folded));
}

/**
 * Negative words after token `from` in the sentence, as bare situations: only when they outweigh the positive
 * words there ("Schön, dass es dir nach dem Unfall besser geht" weighs out) and none comes before them (praise
 * of how well the reader coped: "I love how calm you stayed when the lift broke down"), none after a question,
 * and none in a sentence that exclaims (glad news) or reads as sincere.
 */
export function negativeAfter(doc: Doc, sentence: SentenceView, from: number, self: ReadonlySet<string>): FrameSpan[] {
  const { tokens } = sentence;
  if (tokens.some((t) => !t.word && /[?!]/.test(t.text))) return [];
  if (sincere(sentence, from)) return [];
  const after = from < 0 ? sentence.start : (tokens[from] as Token).end;
  let negative = 0;
  let positive = 0;
  const spans: FrameSpan[] = [];
  for (const hit of hitsIn(doc, sentence)) {
    if (hit.start < after) continue;
    if (hit.valence > 0) {
      if (negative === 0) return [];
      positive += hit.valence;
    } else negative -= hit.valence;
    if (hit.valence > NEGATIVE) continue;
    const at = tokens.findIndex((t) => t.start === hit.start);
    if (at > from && tells(sentence, at) && !owned(sentence, at, self) && !describes(sentence, at))
      spans.push({ first: at, last: at, entry: NEGATIVE_WORD });
  }
  return negative > positive ? spans : [];
}

/** Whether the words between tokens `from` and `to` hold no good word and the sentence reads as no sincere news. */
export function plainUpTo(doc: Doc, sentence: SentenceView, from: number, to: number): boolean {
  const { tokens } = sentence;
  const start = (tokens[from] as Token).end;
  const end = (tokens[to] as Token).start;
  return (
    !sincere(sentence, from) && !hitsIn(doc, sentence).some((h) => h.valence > 0 && h.start >= start && h.end <= end)
  );
}

/** Negative words anywhere in a sentence, on the same terms as negativeAfter. */
export function negativeIn(doc: Doc, sentence: SentenceView, self: ReadonlySet<string>): FrameSpan[] {
  return negativeAfter(doc, sentence, -1, self);
}

/** Verbs and prepositions: a sentence with one says something rather than judging it. */
const CLAUSE_WORD = set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'in',
  'on',
  'at',
  'with',
  'from',
  'by',
  'ist',
  'sind',
  'war',
  'waren',
  'wird',
  'werden',
  'wurde',
  'hat',
  'haben',
  'in',
  'im',
  'an',
  'am',
  'auf',
  'mit',
  'aus',
  'bei',
]);

/** Most words a short praise sentence may have ("Great proofreading.", "Really top service, as always."). */
const SHORT = 4;

/**
 * A sentence of praise alone, known by its feeling: up to four words, at least one positive and none negative,
 * no article, no thanks (a bare "Thanks." after bad news acknowledges it), no question or exclamation. The
 * index of its first positive word, or -1.
 */
export function shortPraise(sentence: SentenceView): number {
  const { tokens, language } = sentence;
  if (sentence.words > SHORT) return -1;
  const w = WORDS[language];
  let head = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (/[?!]/.test(t.text)) return -1;
      continue;
    }
    // An article makes it praise of a thing ("Love the new one."): mockery is a bare verdict ("Great proofreading.").
    if (NEGATION.has(t.folded) || DETERMINER.has(t.folded) || w.thanks.has(t.folded) || w.notPraise.has(t.folded))
      return -1;
    // Praise of a remedy after the trouble is sincere ("Die Heizung war kaputt. Super schnelle Reparatur.").
    if (phraseAt(tokens, k, w.greeting) || phraseAt(tokens, k, w.helped)) return -1;
    if (t.info && valenceOf(t.info, language) < 0) return -1;
    // A verdict leads ("Very professional.", "Great proofreading."): not "Sounds good.", not "Happy to help.",
    // and it has no verb or preposition („geschickt werden.“, „Friede in Europa.“).
    if (w.joins.has(t.folded) || CLAUSE_WORD.has(t.folded)) return -1;
    if (head < 0) {
      if (positive(t, language, w)) head = k;
      else if (!w.lead.has(t.folded)) return -1;
    }
  }
  return head;
}

const delayFrames = new FrameMatcher('sarcasm delay', {
  de: SARCASM_CONTRAST_DE.delay,
  en: SARCASM_CONTRAST_EN.delay,
});

/** Whether speed is praised among tokens first..last ("Thanks for the quick reply", „Danke für die zügige Bearbeitung“). */
export function praisesSpeed(sentence: SentenceView, first: number, last: number): boolean {
  const w = WORDS[sentence.language];
  for (let k = first; k <= last; k++) {
    const t = sentence.tokens[k] as Token;
    if (t.word && w.speed.has(t.folded)) return true;
  }
  return false;
}

/** The reader, or a pronoun taking up what was praised ("It took three weeks", "We sent them in March"). */
const BACK: Record<Language, RegExp> = {
  de: /^(?:Sie|Ihnen|Ihr\p{L}*|du|dir|dich|dein\p{L}*|[Ee]s|sie|ihn|[Dd]as|[Dd]ies|darauf|dafür|damit|davon)$/u,
  en: /^(?:you|your|it|them|this|that)$/i,
};

/**
 * Time that passed on what was praised, told plainly: the reader or a pronoun taking it up, no question,
 * exclamation, regret, apology or good word, and no other time or party to compare with ("It took three
 * weeks on the old system.", "I wrote to the council in January.").
 */
export function tellsDelay(doc: Doc, sentence: SentenceView): FrameSpan | undefined {
  const { tokens } = sentence;
  const w = WORDS[sentence.language];
  if (tokens.some((t) => !t.word && /[?!]/.test(t.text)) || regrets(sentence)) return undefined;
  if (tokens.some((t) => t.word && w.elsewhere.has(t.folded))) return undefined;
  if (hitsIn(doc, sentence).some((h) => h.valence >= POSITIVE)) return undefined;
  const back = tokens.some((t) => t.word && BACK[sentence.language].test(t.text));
  return delayFrames.spans(sentence).find((x) => back || (x.entry as DelayEntry).standalone);
}
