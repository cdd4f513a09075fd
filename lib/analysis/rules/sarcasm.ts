// Sarcasm built from sincere words: thanks or praise next to a situation that
// weighs on the reader ("Danke, dass du nach drei Wochen endlich …", "Thanks
// for gracing us … 35 minutes after your appointment"), ironic markers ("was
// für eine Überraschung", "who would have thought"), a short "Brilliant." after
// bad news, and the reader's own word in scare quotes ("your 'help'"). Thanks
// alone, relief ("Endlich ist das Dach dicht – danke!") and quoted titles stay
// quiet: each construction needs its second half. The set phrases (Na super,
// Thanks for nothing) are phrase data (../phrases/{de,en}/sarcasm.ts).
import { SARCASM_DE } from '../constructions/sarcasm.de';
import { SARCASM_EN } from '../constructions/sarcasm.en';
import { type Doc, inQuotes, type SentenceView } from '../document';
import { clauseAround } from '../extent';
import { fold } from '../pattern';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { type FrameEntry, FrameMatcher, type FrameSpan } from './frames';
import {
  isOpener,
  NEGATIVE_WORD,
  negativeAfter,
  negativeIn,
  plainUpTo,
  praisesSpeed,
  regrets,
  repeats,
  sentimentOpener,
  shortPraise,
  tellsDelay,
} from './sarcasm-contrast';
import type { RawFinding, Rule } from './types';

export interface PraiseEntry extends FrameEntry {
  /** Said to the reader (thanks, "well done"): the reader need not be named for a situation to be theirs. */
  addressed?: boolean;
  /** Relief as often as a dig ("Good to know, …"): a bare failure word after it is news, not a target. */
  sober?: boolean;
}

export interface SituationEntry extends FrameEntry {
  /** The writer may be the one it happened to ("we weren't invited", "fined us"). */
  selfOk?: boolean;
  /** Also reads as relief ("nach drei Tagen endlich"): a dig only when the praise is said to the reader or names them. */
  relief?: boolean;
  /**
   * A bare failure word (broken, failed, ausgefallen): thanks for mending it are sincere, so it weighs only
   * as what an exclamation comments on ("Great, the site is down") or next to a habit marker in its
   * sentence ("as usual, nobody called"), and never in a sentence that reports the repair.
   */
  bare?: boolean;
}

export interface MarkerEntry extends FrameEntry {
  /**
   * alone: ironic by itself; context: needs an interjection or a situation near it; tag: a comment after a
   * dash on a situation; same: a habit marker ("as usual", "wie immer"), ironic only with a failure in its own sentence;
   * trail: a verdict closing a sentence whose earlier part tells a situation ("…, ist natürlich ideal").
   */
  gate: 'alone' | 'context' | 'tag' | 'same' | 'trail';
  /** What the finding covers: the marker's clause, or its whole sentence (a rhetorical question). */
  reach: 'clause' | 'sentence';
  /** An exclamation mark in the sentence makes it glad ("Wow, eine Antwort nach zwei Stunden – danke!"). */
  unlessExclaimed?: boolean;
}

export interface SarcasmData {
  /** Thanks and praise that open a sentence or clause. */
  praise: readonly PraiseEntry[];
  /** Situations that weigh on the reader: late, yet again, not there, left out. */
  situation: readonly SituationEntry[];
  marker: readonly MarkerEntry[];
  /** Short ironic praise that only reads as such after a situation ("Your timing really is impeccable."). */
  followUp: readonly FrameEntry[];
  /** Heads of a one-to-three-word praise sentence ("Brilliant.", "Echt klasse Planung."). */
  elliptic: readonly string[];
  /** Words that may stand before the head of such a sentence. */
  lead: readonly string[];
  /** Words that may trail such a sentence without making it a statement ("Super Planung, wirklich.", "Record time, mate."). */
  tail: readonly string[];
  /** Service verbs writers put in scare quotes after any word ("the plumber 'fixed' it"): the quote is the dig. */
  scareVerbs: readonly string[];
  /** Minimisers that open a sentence before a large amount ("Nur 14 Nachrichten …", "Only 37 comments …"). */
  minimiser: readonly string[];
  /** Number words counted as large after a minimiser (digits from 10 count by value). */
  many: readonly string[];
  /**
   * Verdict words that praise before a colon ("Ihr Kundendienst ist wirklich unübertroffen: …", "Such attention to
   * detail: …"); with a failure after the colon the whole sentence mocks. The short-praise heads count too.
   */
  verdict: readonly string[];
  /** Words writers put in scare quotes after an article ("the 'bargain' boiler"). */
  scareWords: readonly string[];
  /** Words next to a quoted title or term ("the word", "Ordner", "click"). */
  termWords: readonly string[];
  /** The writer: a situation of their own ("we only saw it now") is no dig at the reader. */
  self: readonly string[];
  /** An apology or thanks for patience: the situation is the writer's. */
  apology: readonly string[];
  /** Quoted answers ("Ihr „Ja“") are quotes, not scare quotes. */
  yes: readonly string[];
  /** Words that distance the writer from a quoted word ("so-called", "sogenannte"): scare quotes whatever the word. */
  soCalled: readonly string[];
  /**
   * Words of telling ("let me know", „Bescheid“, "heads-up"; * ends a prefix): a situation in the "that" clause
   * after one is the news the reader passed on ("Thanks for letting me know that the invoice went to the old
   * address"), no dig. When they told stays a situation of its own ("…, after I had driven there").
   */
  news: readonly string[];
  /** A repair reported ("fixed", "läuft wieder"): bare failure words in its sentence are the past, not a dig. Prefixes end in *. */
  repair: readonly string[];
  /** Praise of length or depth ("detailed", "ausführlich*"): before a reply of a word or three in quotes, it mocks the reply. */
  detail: readonly string[];
  /** Words just before such a quoted reply ("feedback", "reply of", „Rückmeldung“). */
  reply: readonly string[];
  /**
   * Manner praised after "so", "very", „so“, „ganz“ ("sitting so beautifully", „so geduldig gewartet“): the
   * situation after it is how long the reader was good, no dig.
   */
  manner: readonly string[];
  /** Verbs of coming back and booking again: the n-th time is then loyalty ("zum vierten Mal dabei"). */
  returning: readonly string[];
}

/** The construction data per language (tests run every entry's examples). */
export const SARCASM: Record<Language, SarcasmData> = { de: SARCASM_DE, en: SARCASM_EN };

const MARKERS = new Set<FrameEntry>([...SARCASM.de.marker, ...SARCASM.en.marker]);
/** Praise and markers in one index, walked for every sentence; situations only where praise or a marker needs them. */
const frames = new FrameMatcher('sarcasm', {
  de: [...SARCASM.de.praise, ...SARCASM.de.marker],
  en: [...SARCASM.en.praise, ...SARCASM.en.marker],
});
const situationFrames = new FrameMatcher('sarcasm situation', { de: SARCASM.de.situation, en: SARCASM.en.situation });
const followUpFrames = new FrameMatcher('sarcasm follow-up', { de: SARCASM.de.followUp, en: SARCASM.en.followUp });

/** Folded word sets per language, built once. */
interface Words {
  elliptic: Set<string>;
  lead: Set<string>;
  tail: Set<string>;
  scareVerbs: Set<string>;
  minimiser: Set<string>;
  many: Set<string>;
  verdict: Set<string>;
  scare: Set<string>;
  term: Set<string>;
  self: Set<string>;
  apology: readonly string[];
  yes: Set<string>;
  soCalled: readonly string[];
  news: readonly string[];
  repair: readonly string[];
  detail: readonly string[];
  reply: Set<string>;
  manner: Set<string>;
  returning: Set<string>;
}
const WORDS: Record<Language, Words> = { de: words(SARCASM.de), en: words(SARCASM.en) };

function words(d: SarcasmData): Words {
  const set = (list: readonly string[]) => new Set(list.map(fold));
  return {
    elliptic: set(d.elliptic),
    lead: set(d.lead),
    tail: set(d.tail),
    scareVerbs: set(d.scareVerbs),
    minimiser: set(d.minimiser),
    many: set(d.many),
    verdict: set([...d.verdict, ...d.elliptic]),
    scare: set(d.scareWords),
    term: set(d.termWords),
    self: set(d.self),
    apology: d.apology.map(fold),
    yes: set(d.yes),
    soCalled: d.soCalled.map(fold),
    news: d.news.map(fold),
    repair: d.repair.map(fold),
    detail: d.detail.map(fold),
    reply: set(d.reply),
    manner: set(d.manner),
    returning: set(d.returning),
  };
}

/** Possessives and pronouns of the reader, before a scare-quoted word. */
const READER: Record<Language, RegExp> = {
  de: /^(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Sie|[dD]ein|[dD]eine|[dD]einen|[dD]einem|[dD]einer|[dD]eines|[eE]uer|[eE]ure|[eE]uren|[eE]urem|[eE]urer|[eE]ures|[dD]u|ihr)$/,
  en: /^(?:your|you)$/i,
};
/** The reader named in a praise sentence: lateness is a dig only when it is the reader's ("dass du nach drei Wochen …"). */
const READER_WORD: Record<Language, RegExp> = {
  de: /^(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|du|dich|dir|dein\p{L}*|ihr|euch|euer|eure\p{L}*)$/u,
  en: /^(?:you|your|yours|yourself|you've|you're|you'll|you'd)$/i,
};
const ARTICLE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'the', 'this', 'these', 'those', 'that']);
const INTERJECTION = new Set(['na', 'oh', 'tja', 'ach', 'well', 'wow', 'so', 'ah']);
/** Words that may stand before a praise that opens its clause: interjections and intensifiers ("Sehr nett, dass …"). */
const LEAD = new Set([
  ...INTERJECTION,
  'sehr',
  'wirklich',
  'echt',
  'ganz',
  'wie',
  'really',
  'very',
  'just',
  'how',
  'truly',
]);
const DASH = /^[–—-]+$/;
const TIMING = new Set(['timing', 'punctuality', 'pünktlichkeit', 'zeitgefühl', 'zeitplanung']);
/** A condition or a request: its situation has not happened ("if the parts are still not here"). */
const OPEN = new Set(['if', 'unless', 'please', 'wenn', 'falls', 'sofern', 'bitte']);
/** A turn after a situation: what follows may be the good news the praise is for. */
const TURN = new Set([
  'but',
  'however',
  'luckily',
  'fortunately',
  'thankfully',
  'aber',
  'doch',
  'jedoch',
  'glück',
  'glücklicherweise',
  'dafür',
  'trotzdem',
]);
/** A concession between praise and situation excuses it ("Fantastic work, even though the weather delayed you"). */
const CONCEDE = new Set([
  'though',
  'although',
  'despite',
  'notwithstanding',
  'obwohl',
  'trotz',
  'wenngleich',
  'obgleich',
]);
const EVEN_CONCEDES = new Set(['with', 'if', 'though', 'so', 'after']);
const JOINS = new Set(['dass', 'für', 'for', 'that', 'how', 'to', 'it', 'when', 'zu', 'on']);

/** Words that open the clause a praise is about when "that" is left out ("So glad the portal crashed …"). */
const CLAUSE_START = new Set(['the', 'our', 'your', 'my', 'their', 'we', 'you', 'they', 'it', 'this', 'these']);

/** Whether the praise ending at token `last` is joined to a clause: by "dass"/"that"/"to", or with "that" left out. */
function joined(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last] as Token;
  if (t.word && JOINS.has(t.folded)) return true;
  const next = tokens[last + 1];
  return next?.word === true && CLAUSE_START.has(next.folded);
}

function isDash(token: Token | undefined): boolean {
  return token !== undefined && !token.word && DASH.test(token.text.trim());
}

/** Whether a praise word at token i opens its sentence or clause ("Oh, danke …", "… – super, dass …"). */
function opens(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.word) {
      if (!LEAD.has(t.folded)) return false;
    } else if (isDash(t) || /[:;]/.test(t.text)) {
      return true;
    }
  }
  return true;
}

/** The last token of the clause a praise at `from` opens: up to a single dash, a colon or semicolon; over a pair of dashes. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  const dashes: number[] = [];
  let stop = -1;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.word) continue;
    if (isDash(t)) dashes.push(k);
    else if (stop < 0 && /[:;]/.test(t.text)) stop = k;
  }
  let end = tokens.length - 1;
  if (dashes.length === 1) end = (dashes[0] as number) - 1;
  if (stop > 0 && stop - 1 < end && (dashes.length !== 1 || stop < (dashes[0] as number))) end = stop - 1;
  while (end > from && !(tokens[end] as Token).word) end--;
  return end;
}

/** Whether the sentence ends within six words after the dash that closes the clause ending at `clause`. */
function shortTail(tokens: readonly Token[], clause: number): boolean {
  let k = clause + 1;
  while (k < tokens.length && !(tokens[k] as Token).word && !isDash(tokens[k])) k++;
  if (!isDash(tokens[k])) return false;
  return tokens.slice(k + 1).filter((t) => t.word).length <= 6;
}

function lastWord(tokens: readonly Token[]): number {
  let end = tokens.length - 1;
  while (end > 0 && !(tokens[end] as Token).word) end--;
  return end;
}

interface SentenceFacts {
  praise?: FrameSpan;
  /** Filled on first use: most sentences never need them. */
  situations?: FrameSpan[];
  markers: FrameSpan[];
}

/** Negations that undo a failure word just after them ("nothing is missing", "nichts verloren"). */
const NEGATION = new Set([
  'no',
  'not',
  'nothing',
  'never',
  "isn't",
  "wasn't",
  'nicht',
  'nichts',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'niemals',
]);

/** The German "not once" situation, and the writer's burdens that, denied by it, make praise (the English data has none). */
const NOT_ONCE = new Set(['nicht-einmal']);
const BURDENS = new Set(
  'warten nachfragen nachhaken erinnern mahnen suchen hinterherlaufen hinterhertelefonieren'.split(' '),
);

/** After a negation these keep the failure standing: "nicht nur zu spät", "not only late". */
const NOT_ONLY = new Set(['nur', 'only', 'just', 'bloss', 'erst']);

/** Articles and possessives: a bare failure word after one describes a thing ("the delayed parcel has arrived"). */
const DETERMINER = new Set([
  ...ARTICLE,
  'a',
  'an',
  'my',
  'our',
  'your',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'mein',
  'meine',
  'unser',
  'unsere',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'dein',
  'deine',
]);

/** A situation the writer owns ("wir haben erst jetzt …", "I only now saw"), or one negated ("nichts verloren"). */
function ownSituation(sentence: SentenceView, span: FrameSpan, w: Words): boolean {
  // Up to three words back: "keinen einzigen Termin verpasst", "never once missed".
  const before = sentence.tokens.slice(Math.max(0, span.first - 3), span.first).filter((t) => t.word);
  if (before.some((t, k) => NEGATION.has(t.folded) && !NOT_ONLY.has(before[k + 1]?.folded ?? ''))) return true;
  // "Kein einziges Mal mussten wir warten", "not once did we have to chase": the burden denied is praise.
  if (NOT_ONCE.has(span.entry.id)) {
    const clause = sentence.tokens.slice(span.last + 1);
    const end = clause.findIndex((t) => !t.word && /^[,;:.!?–—]/.test(t.text));
    if (clause.slice(0, end < 0 ? undefined : end).some((t) => BURDENS.has(t.folded))) return true;
  }
  if ((span.entry as SituationEntry).bare) {
    const prev = sentence.tokens[span.first - 1];
    if (prev?.word && DETERMINER.has(prev.folded)) return true;
  }
  if ((span.entry as SituationEntry).selfOk) return false;
  // "a week later than you had hoped", „später, als Sie gehofft hatten“: short of the reader's wish, the writer's lapse.
  const rest = sentence.tokens.slice(span.last + 1, span.last + 6).map((t) => t.folded);
  if (rest.some((f, k) => (f === 'than' || f === 'als') && HOPED.test(rest.slice(k + 1).join(' ')))) return true;
  let seen = 0;
  for (let k = span.first - 1; k >= 0 && seen < 4; k--) {
    const t = sentence.tokens[k] as Token;
    if (!t.word) continue;
    seen++;
    if (w.self.has(t.folded)) return true;
  }
  return false;
}

const HOPED =
  /^(?:you|you'd|you've|sie|du|ihr) (?:had |have |would |might |hatten |hattest |hattet )?(?:hoped|expected|wanted|planned|gehofft|erwartet|gewünscht|geplant)/;

/** Conjunctions that open what was told. */
const THAT = new Set(['that', 'dass']);

/** A situation inside the "that" clause after a word of telling: the news the reader passed on. */
function toldNews(sentence: SentenceView, span: FrameSpan, w: Words): boolean {
  const { tokens } = sentence;
  let that = -1;
  let words = 0;
  let told = false;
  for (let k = span.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      // A comma may stand before „dass“; any other mark before it ends the clause.
      if (that < 0 && /^[;:.!?–—()]/.test(t.text.trim())) return false;
      continue;
    }
    if (that < 0) {
      if (THAT.has(t.folded)) that = k;
      continue;
    }
    // The word of telling within four words before the conjunction ("letting me know straight away that").
    if (listed(t.folded, w.news)) {
      told = true;
      break;
    }
    if (++words >= 4) return false;
  }
  if (!told) return false;
  // The situation stays within the told clause.
  for (let k = that + 1; k <= span.last; k++) {
    const t = tokens[k] as Token;
    if (!t.word && /^[,;:–—()]/.test(t.text.trim())) return false;
  }
  return true;
}

/** A count of visits, not of lapses: "Schön, dass ihr zum vierten Mal kommt", "great to have you back for the fourth time". */
function loyalty(sentence: SentenceView, span: FrameSpan, w: Words): boolean {
  if (!/(?:mal|time)/.test(span.entry.id)) return false;
  return sentence.tokens.some((t) => t.word && w.returning.has(t.folded));
}

/** Intensifiers before a manner word. */
const SO = new Set(['so', 'very', 'really', 'ganz', 'sehr', 'echt', 'super', 'wirklich', 'such']);

/** A situation told with the manner praised, in it or just before it: "waiting so patiently for two hours". */
function praisedManner(sentence: SentenceView, span: FrameSpan, w: Words): boolean {
  const { tokens } = sentence;
  for (let k = Math.max(1, span.first - 3); k <= span.last; k++)
    if (w.manner.has((tokens[k] as Token).folded) && SO.has(tokens[k - 1]?.folded ?? '')) return true;
  return false;
}

/** Whether a folded word is one of a list whose entries may end in * (a prefix). */
function listed(word: string, list: readonly string[]): boolean {
  return list.some((a) => (a.endsWith('*') ? word.startsWith(a.slice(0, -1)) : word === a));
}

/** An apology or thanks for patience in the sentence: the situation is the writer's own. */
function apologises(sentence: SentenceView): boolean {
  const w = WORDS[sentence.language];
  return sentence.tokens.some((t) => t.word && listed(t.folded, w.apology));
}

/**
 * A repair reported in the sentence ("is fixed", "läuft wieder"): its failure words are history. A repair word
 * just before a situation is how the failure came ("the tiles arrived cracked"), no repair.
 */
function repaired(sentence: SentenceView, spans: readonly FrameSpan[] = []): boolean {
  const w = WORDS[sentence.language];
  return sentence.tokens.some((t, k) => t.word && listed(t.folded, w.repair) && !spans.some((x) => x.first === k + 1));
}

function factsOf(sentence: SentenceView): SentenceFacts {
  const spans = frames.spans(sentence);
  const first = spans.find((s) => !MARKERS.has(s.entry) && opens(sentence.tokens, s.first));
  // Of two readings of the same words ("Wie aufmerksam," as exclamation and as kindness), the one said to the reader.
  // Praise no entry lists is known by its feeling ("Reizend, dass …", "Fabulous – …").
  const praise =
    (first &&
      ((first.entry as PraiseEntry).addressed
        ? first
        : (spans.find((s) => s.first === first.first && !MARKERS.has(s.entry) && (s.entry as PraiseEntry).addressed) ??
          first))) ||
    sentimentOpener(sentence);
  return {
    ...(praise ? { praise } : {}),
    markers: spans.filter((s) => MARKERS.has(s.entry)),
  };
}

/**
 * A praise sentence of one to three words ("Brilliant.", "Great call.", "Echt klasse Planung."), maybe with a
 * tail ("Super Planung, wirklich.", "Stellar reliability, as always."): the index of its head.
 */
function ellipticHead(sentence: SentenceView): number {
  const w = WORDS[sentence.language];
  if (sentence.words > 6) return -1;
  const { tokens } = sentence;
  let head = -1;
  let after = 0;
  let content = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || (head >= 0 && w.tail.has(t.folded))) continue;
    content++;
    if (head >= 0) after++;
    else if (w.elliptic.has(t.folded)) head = k;
    else if (!w.lead.has(t.folded)) return -1;
  }
  return after <= 1 && content <= 4 ? head : -1;
}

/** Whether the sentence opens on a minimiser before a large amount ("Nur 14 Nachrichten", "Only 37 comments"). */
function minimisedAmount(sentence: SentenceView): boolean {
  const w = WORDS[sentence.language];
  // The first two words past any interjection, without building a word list for every sentence.
  let minimiser: Token | undefined;
  for (const t of sentence.tokens) {
    if (!t.word) continue;
    if (!minimiser) {
      if (INTERJECTION.has(t.folded)) continue;
      if (!w.minimiser.has(t.folded)) return false;
      minimiser = t;
    } else {
      return w.many.has(t.folded) || (/^\d+$/.test(t.text) && Number(t.text) >= 10);
    }
  }
  return false;
}

/**
 * The index of the colon after a short verdict ("Ihr Kundendienst ist wirklich unübertroffen:"): up to ten words,
 * a verdict word among them, no negation; -1 otherwise.
 */
function colonVerdict(sentence: SentenceView): number {
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  let words = 0;
  let verdict = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.word) {
      if (++words > 10 || NEGATION.has(t.folded)) return -1;
      if (w.verdict.has(t.folded)) verdict = true;
    } else if (t.text.includes(':')) {
      return verdict ? k : -1;
    } else if (/[?!;–—]/.test(t.text)) {
      return -1;
    }
  }
  return -1;
}

/** Words that make a loss small ("only lost a few petals"): good news after praise, not a failure. */
const MINIMIZERS = new Set(['only', 'merely', 'nur', 'lediglich']);

/** Whether a situation follows token `from` (a colon): there even "the wrong number" is the failure named, not a thing described. */
function namedAfter(sentence: SentenceView, from: number): boolean {
  const { tokens } = sentence;
  return situationFrames
    .spans(sentence)
    .some(
      (x) =>
        x.first > from &&
        !tokens
          .slice(Math.max(0, x.first - 2), x.first)
          .some((t) => t.word && (NEGATION.has(t.folded) || MINIMIZERS.has(t.folded))),
    );
}

/** Copulas between the reader's thing and its verdict ("Your commitment … is truly inspiring"). */
const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'is', 'are', 'was', 'were']);

/**
 * A short statement praising the reader's thing ("Ihre Zuverlässigkeit ist wirklich vorbildlich.",
 * "Your commitment to deadlines is truly inspiring."): up to ten words, opening on the reader's possessive,
 * a verdict word after the copula, no negation, no question or exclamation. The index of the verdict word, or -1.
 */
function readerVerdict(sentence: SentenceView): number {
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  if (sentence.words > 10) return -1;
  let first = true;
  let copula = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (/[?!]/.test(t.text)) return -1;
      continue;
    }
    if (first) {
      if (!READER[sentence.language].test(t.text) || /^(?:Sie|du|ihr|you)$/i.test(t.text)) return -1;
      first = false;
    } else if (NEGATION.has(t.folded)) return -1;
    else if (COPULA.has(t.folded)) copula = true;
    else if (copula && w.verdict.has(t.folded)) return k;
  }
  return -1;
}

const exclaims = (sentence: SentenceView) => sentence.tokens.some((t) => !t.word && t.text.includes('!'));

/** A finding over the whole sentence, its cue from token `cueFirst` to token `cueLast`. */
function sentenceFinding(ruleId: string, tokens: readonly Token[], cueFirst: number, cueLast: number): RawFinding {
  return {
    ruleId,
    category: 'sarcasm',
    start: (tokens[tokens.findIndex((t) => t.word)] as Token).start,
    end: (tokens[lastWord(tokens)] as Token).end,
    cue: { start: (tokens[cueFirst] as Token).start, end: (tokens[cueLast] as Token).end },
    suggestions: [],
  };
}

function text(doc: Doc, sentence: SentenceView, first: number, last: number): string {
  return doc.text.slice((sentence.tokens[first] as Token).start, (sentence.tokens[last] as Token).end);
}

/** The reader's word in scare quotes: "your 'help'", „Ihre „Vorarbeiten““, "the 'bargain' boiler". */
function scareQuotes(doc: Doc, sentence: SentenceView, quotes: readonly [number, number][]): RawFinding[] {
  const w = WORDS[sentence.language];
  const found: RawFinding[] = [];
  const { tokens } = sentence;
  for (const [from, to] of quotes) {
    const open = tokens.findIndex((t) => !t.word && t.end > from && t.start <= from);
    if (open <= 0) continue;
    const inside: Token[] = [];
    let close = open + 1;
    for (; close < tokens.length && (tokens[close] as Token).start < to - 1; close++)
      inside.push(tokens[close] as Token);
    if (inside.length === 0 || inside.length > 2 || inside.some((t) => !t.word || /\d/.test(t.text))) continue;
    // A quoted part of a compound („Mein Konto“-Bereich) or a capitalised English name ('Premium') is a term.
    const before = tokens[open - 1] as Token;
    // A service verb in quotes ("the plumber 'fixed' it", „Ihr Techniker hat das „repariert“"): only the quote is the dig.
    const verb = inside[0] as Token;
    if (
      inside.length === 1 &&
      w.scareVerbs.has(verb.folded) &&
      /^\p{Ll}/u.test(verb.text) &&
      !(before.word && w.term.has(before.folded))
    ) {
      found.push(scareFinding(from, to, from, to, verb.text));
      continue;
    }
    // "so-called", "sogenannte": the writer disowns the word, whoever it belongs to, even in a compound.
    const disowned = listed(before.folded, w.soCalled);
    if (
      !disowned &&
      (doc.text.charAt(to) === '-' || (sentence.language === 'en' && /^\p{Lu}/u.test((inside[0] as Token).text)))
    )
      continue;
    const after = tokens.slice(close + 1).find((t) => t.word);
    if (!before.word || before.end > from || w.yes.has((inside[0] as Token).folded)) continue;
    if (w.term.has(before.folded) || (after && w.term.has(after.folded))) continue;
    const reader = disowned || READER[sentence.language].test(before.text);
    // An adjective quoted between an article and its noun ("the 'temporary' fence", „das „kurze Telefonat““).
    const attributive = scareAdjective(sentence.language, before, inside, after);
    // One word, or two after the reader's possessive ("your 'quick check'"): a longer quote is more often a citation.
    if (inside.length === 2 && !reader && !attributive) continue;
    if (!reader && !attributive && !(ARTICLE.has(before.folded) && w.scare.has((inside[0] as Token).folded))) continue;
    const word = doc.text.slice((inside[0] as Token).start, (inside[inside.length - 1] as Token).end);
    // A short statement is underlined whole ("Your 'final' plan arrived"); in a long one, the quoted word.
    const clause = clauseAround(sentence, before.start, to);
    const short = tokens.filter((t) => t.word && t.start >= clause.start && t.end <= clause.end).length <= 6;
    found.push(scareFinding(short ? clause.start : before.start, short ? clause.end : to, from, to, word));
  }
  return found;
}

/**
 * A reply of one to three words quoted after praise of its length or depth: "thanks for the detailed feedback:
 * 'fine'", „danke für Ihre ausführliche Rückmeldung „passt schon““. The quote must follow a colon, dash or a reply
 * word, so a quoted title ("der ausführliche Bericht zum Thema „Brandschutz“") stays a title.
 */
function briefReply(sentence: SentenceView, quotes: readonly [number, number][]): RawFinding | undefined {
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  for (const [from, to] of quotes) {
    const open = tokens.findIndex((t) => !t.word && t.end > from && t.start <= from);
    if (open <= 0) continue;
    const inside = tokens.filter((t) => t.start > from && t.end <= to);
    if (inside.length === 0 || inside.filter((t) => t.word).length > 3 || inside.some((t) => /\d/.test(t.text)))
      continue;
    const before = tokens[open - 1] as Token;
    if (before.word ? !w.reply.has(before.folded) : !(/:/.test(before.text) || isDash(before))) continue;
    const detail = tokens.findIndex((t, k) => k < open && t.word && listed(t.folded, w.detail));
    if (detail < 0) continue;
    const first = tokens.findIndex((t) => t.word);
    return {
      ruleId: 'sarcasm/brief-reply',
      category: 'sarcasm',
      start: (tokens[first] as Token).start,
      end: to,
      cue: { start: (tokens[detail] as Token).start, end: to },
      suggestions: [],
    };
  }
  return undefined;
}

const MONTHS_DE = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** A short sentence naming today's month after thanks for news: „Wir haben inzwischen Oktober.“, "It's now October." */
const NOW_MONTH: Record<Language, RegExp> = {
  de: new RegExp(
    `^(?:wir\\s+haben|es\\s+ist|jetzt\\s+ist|inzwischen\\s+ist|mittlerweile\\s+ist|inzwischen\\s+haben\\s+wir|mittlerweile\\s+haben\\s+wir)\\s+(?:jetzt\\s+|inzwischen\\s+|mittlerweile\\s+|schon\\s+|bereits\\s+)*(?:${MONTHS_DE})\\b`,
    'iu',
  ),
  en: new RegExp(`^(?:it's|it\\s+is|we're|we\\s+are)\\s+(?:now\\s+|already\\s+)+(?:in\\s+)?(?:${MONTHS_EN})\\b`, 'iu'),
};

/** Words that say something came at last ("finally", „endlich“, "doch noch"): thanks for it may be a dig at the wait. */
const AT_LAST: Record<Language, Set<string>> = {
  de: new Set(['endlich', 'noch', 'schon']),
  en: new Set(['finally', 'eventually', 'last', 'all']),
};
/** What may open a punch line naming the time ("– in the second week of January", „– um halb zehn“). */
const TIME_TAIL: Record<Language, RegExp> = {
  de: /^(?:im|am|um|nach|nachdem|erst|nur|knapp|ganze|geschlagene|stolze|kaum|jetzt,?\s+wo|gerade\s+mal|\d)/iu,
  en: /^(?:in|at|on|after|now\s+that|only|just|a\s+mere|a\s+full|a\s+whole|a\s+good|barely|nearly|almost|some|\d)/iu,
};
/** „doch noch“, „auch schon“, "at last", "after all": the second word needs the first. */
const AT_LAST_PAIR: Record<Language, Record<string, string>> = {
  de: { noch: 'doch', schon: 'auch' },
  en: { last: 'at', all: 'after' },
};

/**
 * The last token of a late punch line: praise saying something came at last, then one dash and a short tail
 * that opens on a time or an amount, with no first person in the sentence ("So glad we finally found a date –
 * on Tuesday" is the writer's own news). -1 otherwise.
 */
function latePunchLine(doc: Doc, sentence: SentenceView, praise: FrameSpan): number {
  const { tokens, language } = sentence;
  const dash = tokens.findIndex((t, k) => k > praise.last && isDash(t));
  if (dash < 0 || tokens.some((t, k) => k > dash && isDash(t))) return -1;
  const w = WORDS[language];
  if (tokens.some((t) => t.word && w.self.has(t.folded))) return -1;
  const late = tokens.some((t, k) => {
    if (k < praise.first || k > dash || !t.word || !AT_LAST[language].has(t.folded)) return false;
    const before = AT_LAST_PAIR[language][t.folded];
    return before === undefined || tokens[k - 1]?.folded === before;
  });
  if (!late) return -1;
  const tail = tokens.slice(dash + 1).filter((t) => t.word);
  const first = tail[0];
  if (!first || tail.length > 12) return -1;
  const sentenceEnd = tokens[tokens.length - 1] as Token;
  return TIME_TAIL[language].test(doc.text.slice(first.start, sentenceEnd.end)) ? lastWord(tokens) : -1;
}

/** A sentence that lays a reply bare as one thing: „Sie bestand aus einem Emoji.“, "It consisted of one word." */
const REVEAL: Record<Language, RegExp> = {
  de: /^(?:sie|es|er|die|das|der|diese|dieses)\s+(?:\p{L}+\s+)?(?:bestand|beschränkte\s+sich|erschöpfte\s+sich)\s+(?:aus|auf)\s+(?:nur\s+|lediglich\s+|genau\s+)?(?:einem|einer|einen|ein)\b/iu,
  en: /^(?:it|that|this|which|the\s+\p{L}+)\s+(?:consisted\s+of|amounted\s+to|came\s+down\s+to|was\s+made\s+up\s+of|ran\s+to)\s+(?:just\s+|only\s+|exactly\s+)?(?:a|an|one)\b/iu,
};

/** Endings of English adjectives ("temporary", "exclusive", "generous"); not -al/-ent, often nouns ("proposal", "management"). */
const EN_ADJECTIVE = /(?:ary|ory|ive|ous|ful|ble|ish|less)$/;

/**
 * Whether quoted words are an adjective between an article and its noun: in German a lowercase word before a
 * capitalised one („der „provisorische“ Zaun“, „das „kurze Telefonat““); in English an adjective by its
 * ending before a plain word ("the 'temporary' fence").
 */
function scareAdjective(
  language: Language,
  before: Token,
  inside: readonly Token[],
  after: Token | undefined,
): boolean {
  if (!DETERMINER.has(before.folded)) return false;
  // Two quoted words after "ein" are more often a citation ("wäre ein „historisches Projekt“ gewesen"); in English,
  // where quotes mark terms far more often, any two are ("this 'alternative view'").
  if (inside.length === 2 && (language === 'en' || !ARTICLE.has(before.folded))) return false;
  const adjective = inside[0] as Token;
  const noun = inside.length === 2 ? (inside[1] as Token) : after;
  if (!noun?.word || !/^\p{Ll}/u.test(adjective.text)) return false;
  if (language === 'de') return /^\p{Lu}/u.test(noun.text);
  return /^\p{Ll}/u.test(noun.text) && EN_ADJECTIVE.test(adjective.folded);
}

function scareFinding(start: number, end: number, from: number, to: number, word: string): RawFinding {
  return {
    ruleId: 'sarcasm/scare-quotes',
    category: 'sarcasm',
    start,
    end,
    cue: { start: from, end: to },
    ownExtent: true,
    suggestions: [],
    message: (m) => m.sarcasmQuotes(word),
    explanation: (m) => m.sarcasmQuotesWhy(word),
  };
}

export const sarcasm: Rule = {
  id: 'sarcasm',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    const sentences = doc.sentences;
    const facts = sentences.map(factsOf);
    const situationsOf = (i: number): FrameSpan[] => {
      const f = facts[i];
      const s = sentences[i];
      if (!f || !s) return [];
      if (!f.situations) {
        const w = WORDS[s.language];
        f.situations = situationFrames
          .spans(s)
          .filter((x) => !ownSituation(s, x, w) && !toldNews(s, x, w) && !praisedManner(s, x, w) && !loyalty(s, x, w));
      }
      return f.situations;
    };
    /** Situations that weigh without a frame around them: bare failure words need an exclamation or a habit marker. */
    // … unless the sentence says it happened again ("The builder has again left the gate open").
    const again: (boolean | undefined)[] = [];
    const firm = (i: number): FrameSpan[] => {
      const all = situationsOf(i);
      if (all.length === 0) return all;
      const s = sentences[i] as SentenceView;
      again[i] ??= repeats(s) && !repaired(s, all);
      if (again[i]) return all;
      return all.filter((x) => !(x.entry as SituationEntry).bare);
    };
    /** Situations of the sentence itself, bare ones included unless a repair is reported. */
    const near = (i: number): FrameSpan[] =>
      situationsOf(i).length > 0 && repaired(sentences[i] as SentenceView, situationsOf(i)) ? firm(i) : situationsOf(i);
    /** Sentences already read as sarcasm, blame or harshness, by this rule or the phrase data. */
    const flagged = new Set<number>();
    const heated = (i: number): boolean => {
      const s = sentences[i] as SentenceView;
      return (
        flagged.has(i) ||
        earlier.some(
          (f) =>
            (f.category === 'sarcasm' || f.category === 'blame' || f.category === 'harsh') &&
            f.start < s.end &&
            f.end > s.start,
        )
      );
    };
    /**
     * A situation the sentence leaves standing: not asked about, not a condition or a request, not
     * turned round after it ("… two days late, but the team fixed it").
     */
    const settled = (i: number, bare = false): boolean => {
      const s = sentences[i] as SentenceView;
      const situations = bare ? near(i) : firm(i);
      if (situations.length === 0 || s.tokens.some((t) => !t.word && t.text.includes('?'))) return false;
      const first = (situations[0] as FrameSpan).first;
      return !s.tokens.some((t, k) => t.word && (OPEN.has(t.folded) || (k > first && TURN.has(t.folded))));
    };
    /**
     * Bad news told plainly, by a bare failure word or by negative words, and not the writer's own: no apology,
     * regret, question or first person in it ("The boiler stopped working two days after your engineer's visit.").
     */
    const badNews = (j: number): boolean => {
      const s = sentences[j] as SentenceView;
      const self = WORDS[s.language].self;
      if (apologises(s) || regrets(s) || s.tokens.some((t) => (t.word && self.has(t.folded)) || t.text.includes('?')))
        return false;
      return settled(j, true) || negativeIn(doc, s, self).length > 0;
    };
    const sameParagraph = (i: number, j: number) =>
      j >= 0 && j < sentences.length && sentences[i]?.paragraph === sentences[j]?.paragraph;

    /** The praise finding of each sentence: a marker later in it joins it rather than standing alone. */
    const own = new Map<number, RawFinding>();
    const praiseFinding = (i: number, situationSpan: FrameSpan | null): void => {
      const s = sentences[i] as SentenceView;
      const praise = facts[i]?.praise as FrameSpan;
      // A praise heading of a few words reaches past its colon or dash to the situation it announces
      // ("Tolle Leistung: die Anlage ist ausgefallen"); a praise clause of its own ends there.
      const clause = clauseEnd(s.tokens, praise.last);
      // … but thanks end at a dash ("Danke für die Pläne – zwei Wochen zu spät"): what follows is its own comment.
      const stop = s.tokens
        .slice(clause + 1)
        .find((t) => !t.word && t.text.trim() !== '' && !/^[,.]$/.test(t.text.trim()));
      // A colon always announces what the praise is about ("Good to know we're in the loop: we heard it from …").
      const heading =
        stop?.text.includes(':') ||
        (clause - praise.last <= 3 && !((praise.entry as PraiseEntry).addressed && isDash(stop)));
      // A situation that begins inside the praise clause and runs past its dash is one statement
      // ("Danke für Ihre blitzschnelle Bearbeitung – nach elf Wochen …").
      const straddles = situationSpan !== null && situationSpan.first <= clause && situationSpan.last > clause;
      // A short tail after the dash that holds the situation is the punch line ("– in the second week of January").
      const tail = situationSpan !== null && situationSpan.first > clause && shortTail(s.tokens, clause);
      const end =
        (heading || straddles || tail) && situationSpan
          ? Math.max(clause, clauseEnd(s.tokens, situationSpan.last))
          : clause;
      // Named from its first word past the praise ("Nice work losing …" names "losing").
      const situation = situationSpan
        ? text(doc, s, Math.max(situationSpan.first, praise.last + 1), situationSpan.last)
        : null;
      // The cue is the praise itself, not the "dass" or "for" that joins it to its object.
      let cueLast = praise.last;
      while (cueLast > praise.first && (!s.tokens[cueLast]?.word || JOINS.has(s.tokens[cueLast]?.folded ?? '')))
        cueLast--;
      const cueEnd = (s.tokens[cueLast] as Token).end;
      // An interjection before the praise belongs to it ("Wow, you really are quick").
      let first = praise.first;
      for (let k = praise.first - 1; k >= 0; k--) {
        const t = s.tokens[k] as Token;
        if (t.word && LEAD.has(t.folded)) first = k;
        else if (t.word || isDash(t) || /[:;]/.test(t.text)) break;
      }
      findings.push({
        ruleId: `sarcasm/praise/${praise.entry.id}`,
        category: 'sarcasm',
        start: (s.tokens[first] as Token).start,
        end: (s.tokens[end] as Token).end,
        cue: { start: (s.tokens[praise.first] as Token).start, end: cueEnd },
        suggestions: [],
        ...(situation ? { explanation: (m) => m.sarcasmSituationWhy(situation) } : {}),
      });
      flagged.add(i);
      own.set(i, findings[findings.length - 1] as RawFinding);
    };

    // Quotes and sentences are both in text order: one pass hands each sentence its quotes.
    let q = 0;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as SentenceView;
      const f = facts[i] as SentenceFacts;
      const { tokens } = s;
      while (q < doc.quotes.length && (doc.quotes[q] as [number, number])[1] <= s.start) q++;
      const here: [number, number][] = [];
      for (let k = q; k < doc.quotes.length && (doc.quotes[k] as [number, number])[0] < s.end; k++)
        here.push(doc.quotes[k] as [number, number]);
      if (here.length > 0) {
        const brief = briefReply(s, here);
        const scare = brief ? [brief] : scareQuotes(doc, s, here);
        findings.push(...scare);
        // "Hats off." after "the plumber 'fixed' it" reads as the same dig.
        if (scare.length > 0) flagged.add(i);
      }

      // A large amount played down, then thanks for it: after a dash, or in the next sentence
      // ("Nur 14 Nachrichten an einem Sonntag – danke dafür.", "Only 37 comments. Thank you for keeping it brief.").
      // An exclamation mark reads as glad ("Nur 12 Euro Aufpreis – danke!").
      if (minimisedAmount(s) && !exclaims(s)) {
        const tagged = f.praise !== undefined && tokens.some((t, k) => k < (f.praise as FrameSpan).first && isDash(t));
        const next = sentences[i + 1];
        const thanked =
          !tagged &&
          next !== undefined &&
          sameParagraph(i, i + 1) &&
          !exclaims(next) &&
          !apologises(next) &&
          (facts[i + 1]?.praise !== undefined || ellipticHead(next) >= 0);
        if (tagged || thanked) {
          findings.push(
            sentenceFinding(
              'sarcasm/minimised-amount',
              tokens,
              tokens.findIndex((t) => t.word),
              lastWord(tokens),
            ),
          );
          flagged.add(i);
          if (thanked && facts[i + 1]?.praise) praiseFinding(i + 1, null);
        }
      }

      // A verdict, a colon, and the failure it names: "Such attention to detail: our logo is printed upside down."
      if (!flagged.has(i) && !f.praise && f.markers.length === 0) {
        const colon = colonVerdict(s);
        if (colon > 0 && namedAfter(s, colon) && !apologises(s)) {
          findings.push(
            sentenceFinding(
              'sarcasm/verdict-colon',
              tokens,
              tokens.findIndex((t) => t.word),
              colon - 1,
            ),
          );
          flagged.add(i);
        }
      }

      let deferred: FrameSpan | undefined;
      // Thanks or praise, then a situation that weighs on the reader, in the same sentence.
      if (
        f.praise &&
        !own.has(i) &&
        !flagged.has(i) &&
        !apologises(s) &&
        !inQuotes(doc, (tokens[f.praise.first] as Token).start) &&
        // Regret, a wish, the reader's help with the trouble: "Great, unfortunately the supplier is out of stock".
        !regrets(s)
      ) {
        const praise = f.praise;
        // Relief ("Super, dass die Reparatur nach drei Tagen endlich geklappt hat!") names no reader.
        // Praise of timing ("Marvellous timing, …") makes a time situation the point, relief or not.
        const reader =
          (praise.entry as PraiseEntry).addressed ||
          tokens.slice(praise.first, praise.last + 1).some((t) => TIMING.has(t.folded)) ||
          tokens.some(
            (t, k) => t.word && (k < praise.first || k > praise.last) && READER_WORD[s.language].test(t.text),
          );
        // A situation behind "if" or "please" has not happened ("Thanks – if the link does not work, call me").
        // … or behind a "but": praise then a turn is praise taken back, not mockery ("Great effort, but …").
        // "doch" inside a clause is a particle ("dass ihr doch nicht da wart"), not a turn.
        const open = (x: FrameSpan) =>
          tokens.some(
            (t, k) =>
              k > praise.last &&
              k < x.first &&
              t.word &&
              (OPEN.has(t.folded) ||
                CONCEDE.has(t.folded) ||
                // "even with the train delayed": a concession too ("even" alone may sharpen: "now even the backup failed").
                (t.folded === 'even' && EVEN_CONCEDES.has(tokens[k + 1]?.folded ?? '')) ||
                (TURN.has(t.folded) && t.folded !== 'doch')),
          );
        // An exclamation ("Great, …", "Perfect timing –") comments on what follows; thanks for something may thank for its repair.
        // (Some praise patterns end on the comma themselves: "Great ,".)
        // A praise heading of up to three more words counts too ("Superb attention to detail –"), but not
        // thanks: "Thanks for your help, when the server crashed" thanks for the mending.
        const stop = tokens.findIndex((t, k) => k > praise.last && !t.word);
        const reach = (praise.entry as PraiseEntry).addressed ? 1 : 4;
        const exclaim = !(tokens[praise.last] as Token).word || (stop > praise.last && stop - praise.last <= reach);
        // Past an evaluation that is not thanks, plain negative words weigh too ("Herrlich, schon wieder ein Termin, der ausfällt").
        // … said as an exclamation or joined to what it is about; "Excellent question about the risk" is no verdict on it.
        const verdictOn =
          !(praise.entry as PraiseEntry).addressed &&
          !(praise.entry as PraiseEntry).sober &&
          (exclaim || isOpener(praise.entry) || joined(tokens, praise.last));
        // Such a verdict also reads a bare failure word ("I'm thrilled the tiles are suddenly discontinued"), unless
        // a good word comes first: then the praise is for how the reader coped ("I love how calm you stayed when …").
        const pool =
          exclaim && !(praise.entry as PraiseEntry).sober
            ? near(i)
            : verdictOn
              ? near(i).filter((x) => !(x.entry as SituationEntry).bare || plainUpTo(doc, s, praise.last, x.first))
              : firm(i);
        // Relief said with an exclamation mark is glad ("How thoughtful to send flowers two days after the operation!").
        const glad = exclaims(s);
        const felt = verdictOn && !repaired(s) ? negativeAfter(doc, s, praise.last, WORDS[s.language].self) : [];
        // A relief situation alone in a short tail after a dash is the punch line, the reader named or not
        // ("Fantastic to finally get the invoice – three months after the job was done").
        const clause = clauseEnd(tokens, praise.last);
        const punchLine = (x: FrameSpan) => x.first > clause && shortTail(tokens, clause);
        const situation = [...pool, ...felt].find(
          (x) =>
            x.last > praise.last &&
            (reader || !(x.entry as SituationEntry).relief || (punchLine(x) && !glad)) &&
            !(glad && (x.entry as SituationEntry).relief) &&
            !open(x),
        );
        // Praise known only by its feeling, or bad news known only by it, yields to every reading of the sentence the data names.
        if (situation && (isOpener(praise.entry) || situation.entry === NEGATIVE_WORD)) deferred = situation;
        else if (situation) praiseFinding(i, situation);
      }

      // Speed praised, then the time it took told plainly: "Thanks for the quick reply. It took three weeks."
      if (f.praise && !flagged.has(i) && !apologises(s) && sameParagraph(i, i + 1)) {
        const next = sentences[i + 1] as SentenceView;
        if (
          praisesSpeed(s, f.praise.first, clauseEnd(tokens, f.praise.last)) &&
          !exclaims(s) &&
          !apologises(next) &&
          tellsDelay(doc, next)
        )
          praiseFinding(i, null);
      }

      // Thanks for the news, then today's month: "Good of you to let us know she moved out in June. It's now October."
      if (f.praise && (f.praise.entry as PraiseEntry).addressed && !flagged.has(i) && sameParagraph(i, i + 1)) {
        const next = sentences[i + 1] as SentenceView;
        if (
          next.words <= 6 &&
          !exclaims(s) &&
          !exclaims(next) &&
          NOW_MONTH[s.language].test(doc.text.slice(next.start, next.end).trimStart())
        ) {
          praiseFinding(i, null);
          // One statement across the two sentences: the month is its punch line.
          const thanks = own.get(i);
          if (thanks) thanks.end = (next.tokens[lastWord(next.tokens)] as Token).end;
          flagged.add(i + 1);
        }
      }

      // Praise for what came at last, then a dash and a time as the punch line:
      // "Great to finally get approval on the Christmas posts – in the second week of January."
      if (f.praise && !flagged.has(i) && !exclaims(s) && !apologises(s)) {
        const end = latePunchLine(doc, s, f.praise);
        if (end > 0) {
          praiseFinding(i, null);
          const found = own.get(i);
          if (found) found.end = (tokens[end] as Token).end;
        }
      }

      // Depth praised, then the reply laid bare: "Thank you for your detailed answer. It consisted of a thumbs-up."
      if (f.praise && !flagged.has(i) && !exclaims(s) && sameParagraph(i, i + 1)) {
        const next = sentences[i + 1] as SentenceView;
        const w = WORDS[s.language];
        if (
          tokens.some((t, k) => k > (f.praise as FrameSpan).first && t.word && listed(t.folded, w.detail)) &&
          REVEAL[s.language].test(doc.text.slice(next.start, next.end).trimStart())
        ) {
          praiseFinding(i, null);
          const first = next.tokens.findIndex((t) => t.word);
          findings.push(sentenceFinding('sarcasm/brief-reply', next.tokens, first, first));
          flagged.add(i + 1);
        }
      }

      for (const marker of f.markers) {
        const entry = marker.entry as MarkerEntry;
        if (inQuotes(doc, (tokens[marker.first] as Token).start)) continue;
        const prevSituation = sameParagraph(i, i - 1) && (firm(i - 1).length > 0 || heated(i - 1));
        let fire = entry.gate === 'alone';
        // A habit marker adds nothing to a sentence already read as sarcasm.
        // … nor to a request or a question ("As usual, please report anything broken"),
        // … nor to a habit the draft already reads as an absolute about the reader ("As usual, you sent it late"):
        // the marker is the generalisation, one underline says it.
        if (entry.gate === 'same')
          fire =
            !flagged.has(i) &&
            !earlier.some((x) => x.category === 'absolute' && x.start < s.end && x.end > s.start) &&
            !apologises(s) &&
            !tokens.some((t) => (t.word && OPEN.has(t.folded)) || (!t.word && t.text.includes('?'))) &&
            near(i).some((x) => x.last < marker.first || x.first > marker.last);
        if (entry.gate === 'context') {
          const interjection = INTERJECTION.has((tokens[marker.first] as Token).folded);
          const next = tokens[marker.last + 1];
          const glad = next !== undefined && !next.word && next.text.includes('!');
          const nextSituation = sameParagraph(i, i + 1) && firm(i + 1).length > 0;
          // A colon after the marker names its failure ("You've outdone yourselves: the flyer has the wrong date").
          const colon = tokens.findIndex((t, k) => k > marker.last && !t.word && t.text.includes(':'));
          fire =
            !glad &&
            (interjection ||
              near(i).length > 0 ||
              // Plain bad news after it: "Was für ein Zufall, dass der Defekt am Tag nach Garantieende auftritt."
              negativeAfter(doc, s, marker.last, WORDS[s.language].self).length > 0 ||
              prevSituation ||
              nextSituation ||
              (colon > 0 && namedAfter(s, colon)));
        } else if (entry.gate === 'tag') {
          const dash = tokens.findIndex((t, k) => k < marker.first && isDash(t));
          fire = dash > 0 && (firm(i).some((x) => x.last < dash) || prevSituation);
        } else if (entry.gate === 'trail') {
          // Only the sentence's own situation: "Das ist natürlich ideal." after bad news may be relief at a fix.
          fire = !apologises(s) && firm(i).some((x) => x.last < marker.first);
        }
        if (!fire || (entry.unlessExclaimed && exclaims(s))) continue;
        const start = entry.reach === 'sentence' ? tokens.findIndex((t) => t.word) : marker.first;
        const end = entry.reach === 'sentence' ? lastWord(tokens) : marker.last;
        // "danke, dass du nach drei Wochen … – wahnsinnig großzügig": one statement, one finding.
        const joined = own.get(i);
        if (joined && joined.end <= (tokens[marker.first] as Token).start) {
          joined.end = (tokens[end] as Token).end;
          continue;
        }
        findings.push({
          ruleId: `sarcasm/marker/${entry.id}`,
          category: 'sarcasm',
          start: (tokens[start] as Token).start,
          end: (tokens[end] as Token).end,
          cue: { start: (tokens[marker.first] as Token).start, end: (tokens[marker.last] as Token).end },
          suggestions: [],
        });
        flagged.add(i);
        // The marker gives away the thanks just before it ("danke für Ihre Bewertung. … – das ist wirklich fair").
        const prev = facts[i - 1];
        if (
          entry.gate !== 'alone' &&
          sameParagraph(i, i - 1) &&
          prev?.praise &&
          !apologises(sentences[i - 1] as SentenceView) &&
          !flagged.has(i - 1)
        )
          praiseFinding(i - 1, null);
      }

      // "Brilliant." after a situation or a dig: praise that only mocks.
      // Cheap shape first (a few words), then the sentence before it.
      const follow =
        !flagged.has(i) && sameParagraph(i, i - 1) && s.words <= 8 ? followUpFrames.spans(s)[0] : undefined;
      const head = follow ? follow.first : flagged.has(i) || !sameParagraph(i, i - 1) ? -1 : ellipticHead(s);
      // A set ironic phrase ("Das nenne ich mal Service.") also reads a bare failure before it ("out of order").
      // Short praise known by its feeling ("Great proofreading.", „Gut investiertes Geld.“) after plain bad news.
      const felt = head < 0 && !flagged.has(i) && sameParagraph(i, i - 1) ? shortPraise(s) : -1;
      if (
        ((head >= 0 && (settled(i - 1) || heated(i - 1) || (follow !== undefined && settled(i - 1, true)))) ||
          (felt >= 0 && badNews(i - 1))) &&
        !apologises(sentences[i - 1] as SentenceView)
      ) {
        const cue = head >= 0 ? head : felt;
        const first = tokens.findIndex((t) => t.word);
        findings.push({
          ruleId: `sarcasm/after/${follow ? follow.entry.id : 'short-praise'}`,
          category: 'sarcasm',
          start: (tokens[first] as Token).start,
          end: (tokens[tokens.length - 1] as Token).end,
          cue: { start: (tokens[cue] as Token).start, end: (tokens[follow ? follow.last : cue] as Token).end },
          suggestions: [],
        });
        flagged.add(i);
      }
      // "Marvellous. The samples went to the wrong address.": the short praise may also come first, unless
      // the writer takes the next sentence on ("Great. The parts are late, so I'll call you"): then it acknowledges.
      // Cheap shape first (one to three words), then the sentence after it.
      const h = flagged.has(i) || !sameParagraph(i, i + 1) ? -1 : ellipticHead(s);
      if (
        h >= 0 &&
        !tokens.some((t) => !t.word && t.text.includes('!')) &&
        settled(i + 1) &&
        !apologises(sentences[i + 1] as SentenceView) &&
        !(sentences[i + 1] as SentenceView).tokens.some((t) => t.word && WORDS[s.language].self.has(t.folded))
      ) {
        findings.push({
          ruleId: 'sarcasm/before/short-praise',
          category: 'sarcasm',
          start: (tokens[tokens.findIndex((t) => t.word)] as Token).start,
          end: (tokens[lastWord(tokens)] as Token).end,
          cue: { start: (tokens[h] as Token).start, end: (tokens[h] as Token).end },
          suggestions: [],
        });
        flagged.add(i);
      }
      // "Your commitment to deadlines is truly inspiring." next to a failure: the reader's quality praised against the record.
      const verdict = flagged.has(i) ? -1 : readerVerdict(s);
      if (verdict >= 0) {
        const prev = sentences[i - 1];
        const next = sentences[i + 1];
        const self = (x: SentenceView) => x.tokens.some((t) => t.word && WORDS[s.language].self.has(t.folded));
        const after = prev !== undefined && sameParagraph(i, i - 1) && settled(i - 1) && !apologises(prev);
        const before =
          next !== undefined && sameParagraph(i, i + 1) && settled(i + 1) && !apologises(next) && !self(next);
        if (after || before) {
          findings.push(sentenceFinding('sarcasm/reader-verdict', tokens, verdict, verdict));
          flagged.add(i);
        }
      }
      if (deferred && !flagged.has(i)) praiseFinding(i, deferred);
    }
    return findings;
  },
};
