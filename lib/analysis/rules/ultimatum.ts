// Ultimatums: a condition the reader fails to meet, tied to a sanction the
// writer imposes ("Sollte die Zahlung nicht eingehen, lege ich das Mandat
// nieder", "failing that, we'll bill the delay"). A threat takes the decision
// away from the reader (principle 6: give them room); a consequence they only
// need to know, an offer, or their own wish is not one. The words per language
// are in ../constructions/ultimatum.{de,en}.ts; this reads one sentence at a time.
import { type ConditionEntry, type SanctionEntry, ULTIMATUM, ultimatumBook } from '../constructions/ultimatum';
import { COMMANDS, commandBook } from '../constructions/ultimatum-commands';
import { insistBook } from '../constructions/ultimatum-insist';
import { type Doc, inQuotes, type SentenceView } from '../document';
import { CLASSES } from '../phrases/classes';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { FrameMatcher, type FrameSpan } from './frames';
import type { RawFinding, Rule } from './types';

const conditions = new FrameMatcher('ultimatum conditions', ultimatumBook('conditions'));
const failing = new FrameMatcher('ultimatum failing', ultimatumBook('failing'));
const sanctions = new FrameMatcher('ultimatum sanctions', ultimatumBook('sanctions'));
const wishes = new FrameMatcher('ultimatum wishes', ultimatumBook('wishes'));
const favours = new FrameMatcher('ultimatum favours', ultimatumBook('favours'));
const lawful = new FrameMatcher('ultimatum lawful', ultimatumBook('lawful'));
const demands = new FrameMatcher('ultimatum demands', ultimatumBook('demands'));
const others = new FrameMatcher('ultimatum others', ultimatumBook('others'));
/** The reader's own words in a sanction: "at your cost", „auf Ihre Kosten“, „auf deine Rechnung“. */
const READER_OWN = new Set([
  'your',
  'you',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'ihnen',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'dich',
  'dir',
  'eure',
  'euren',
  'eurem',
  'eurer',
  'euch',
]);
const finals = new FrameMatcher('ultimatum finals', ultimatumBook('finals'));
const unreal = new FrameMatcher('ultimatum unreal', ultimatumBook('unreal'));
const commands = new FrameMatcher('ultimatum commands', commandBook('commands'));
const advice = new FrameMatcher('ultimatum advice', commandBook('advice'));
const strongTags = new FrameMatcher('ultimatum insist tags', insistBook('tags'));
const weakTags = new FrameMatcher('ultimatum insist weak tags', insistBook('weakTags'));
const demanders = new FrameMatcher('ultimatum insist demanders', insistBook('demanders'));
const reasons = new FrameMatcher('ultimatum insist reasons', insistBook('reasons'));

const CLAUSE_MARK = /^[,;:–—()[\]]/;
/** How far (in tokens) a condition and its sanction, or a clause, may reach: an ultimatum fits in a sentence, and a run-on draft stays linear. */
const REACH = 60;
/** Words that may stand before a clause-opening condition ("und falls …", "but otherwise …"). */
const JOINERS = new Set(['und', 'aber', 'doch', 'denn', 'also', 'and', 'but', 'so', 'then', 'dann', 'as', 'because']);
/** Words that open a complement clause: a condition may start right after them ("Please note that any further …"). */
const COMPLEMENTIZERS = new Set(['that', 'dass']);

const sets = new Map<
  Language,
  { agents: Set<string>; neg: Set<string>; notVerbs: Set<string>; softeners: Set<string>; politeFrames: Set<string> }
>();
function wordSets(language: Language) {
  let found = sets.get(language);
  if (!found) {
    const data = ULTIMATUM[language];
    found = {
      agents: new Set(data.agents),
      neg: new Set(CLASSES[language].neg.words.filter((w) => !w.includes('+'))),
      notVerbs: new Set(data.notVerbs),
      softeners: new Set(COMMANDS[language].softeners),
      politeFrames: new Set(COMMANDS[language].politeFrames),
    };
    sets.set(language, found);
  }
  return found;
}

const isMark = (t: Token | undefined): boolean => t !== undefined && !t.word && CLAUSE_MARK.test(t.text);

/** Whether token `i` opens a clause: only joining words or nothing stand between it and the last clause mark. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  if (COMPLEMENTIZERS.has(tokens[lastWordBefore(tokens, i)]?.folded as string)) return true;
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const t = tokens[k] as Token;
    if (isMark(t)) return true;
    if (t.word && !JOINERS.has(t.folded)) return false;
  }
  return true;
}

function lastWordBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !tokens[k]?.word) k--;
  return k;
}

/** The clause around token i: from after the previous clause mark to before the next one (word tokens only). */
function clauseOf(tokens: readonly Token[], i: number): { first: number; last: number } {
  let first = i;
  while (first > 0 && first > i - REACH && !isMark(tokens[first - 1])) first--;
  let last = i;
  while (last < tokens.length - 1 && last < i + REACH && !isMark(tokens[last + 1])) last++;
  while (last > first && !tokens[last]?.word) last--;
  while (first < last && !tokens[first]?.word) first++;
  return { first, last };
}

/** Whether a span lies inside [first, last]; spans come in order of their start. */
function within(spans: readonly FrameSpan[], first: number, last: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as FrameSpan).first < first) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length && (spans[k] as FrameSpan).first <= last; k++)
    if ((spans[k] as FrameSpan).last <= last) return true;
  return false;
}

interface Pairing {
  /** Token range of the finding, and of its cue (the sanction's clause, or connective and sanction). */
  first: number;
  last: number;
  cueFirst: number;
}

const SUBORDINATORS = new Set(['weil', 'da', 'obwohl', 'nachdem', 'dass', 'ob', 'während', 'seit', 'seitdem']);
/** Main-clause verbs whose consequence befalls the reader or the plan, not the writer ("…, ist der Launch für mich erledigt", "…, zahlst du drauf"). */
const CONSEQUENCE_VERBS = new Set([
  'ist',
  'sind',
  'war',
  'wird',
  'werden',
  'geht',
  'gehen',
  'gilt',
  'gelten',
  'fällt',
  'fallen',
  'verfällt',
  'verfallen',
  'landet',
  'landen',
  'ruhen',
  'ruht',
  'musst',
  'müssen',
  'müsst',
  'zahlst',
  'zahlt',
  'zahlen',
  'trägst',
  'tragt',
  'tragen',
]);

/** German verb-first conditions ("Liegen mir die Unterlagen nicht vor, gebe ich …"): the comma before the main clause, which opens with a verb and "ich"/"wir". */
/**
 * Where a verb-first condition may start: the first word, the first after a short lead-in and a colon ("Eine Sache
 * noch: Bleibt …"), or a capitalised word after a colon further in ("…, sage ich es jetzt deutlich: Kommen Sie …").
 */
function clauseStart(tokens: readonly Token[]): number {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.word) words++;
    else if (tokens[k]?.text.trim() === ':') {
      const next = tokens.findIndex((t, i) => i > k && t.word);
      if (next > 0 && (words <= 4 || /^\p{Lu}/u.test(tokens[next]?.text ?? ''))) return next;
    }
  }
  return tokens.findIndex((t) => t.word);
}

function verbFirstEnd(tokens: readonly Token[], notVerbs: ReadonlySet<string>, afterGreeting: boolean): number {
  const first = clauseStart(tokens);
  const verb = tokens[first];
  // Sentences open with a capital (or, after "Hallo Herr Demir,", lower case); else a handle or a fragment, not a verb.
  const lower = verb !== undefined && verb.text.charAt(0) === verb.text.charAt(0).toLowerCase();
  if (!verb || notVerbs.has(verb.folded) || (lower && !afterGreeting)) return -1;
  for (let k = first + 2; k < tokens.length - 2; k++) {
    // A subordinate clause inside ("…, weil …, haben wir …") gives a reason, not a condition.
    // "da" before a comma is the adverb ("Ist das Geld nicht da, …"), not "because".
    const adverb = tokens[k]?.folded === 'da' && tokens[k + 1]?.text.trim() === ',';
    if (tokens[k]?.word && SUBORDINATORS.has(tokens[k]?.folded as string) && !adverb) return -1;
    if (tokens[k]?.text.trim() !== ',') continue;
    // The writer acts ("…, kündige ich") or is left without choice ("…, bleibt uns nur …").
    const subject = tokens[k + 2]?.folded;
    if (tokens[k + 1]?.word && (subject === 'ich' || subject === 'wir' || subject === 'uns' || subject === 'mir'))
      return k;
    if (CONSEQUENCE_VERBS.has(tokens[k + 1]?.folded as string)) return k;
    // Any other main clause opens with its finite verb in lower case ("…, fährt das Team wieder"); the sanction decides.
    const next = tokens[k + 1];
    if (next?.word && next.text.charAt(0) !== next.text.charAt(0).toUpperCase() && !notVerbs.has(next.folded)) return k;
  }
  return -1;
}

const wordsIn = (tokens: readonly Token[], first: number, last: number): number => {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k]?.word) n++;
  return n;
};

/**
 * Where a "…, sonst …" finding starts: at the request before the connective
 * when that clause is no longer than the threat ("Schick sie mir bis
 * Montag, sonst …", "Pay by Friday or we …"), as a coach underlines the whole
 * ultimatum; a long lead-in stays out.
 */
function requestBefore(tokens: readonly Token[], connective: number, last: number): number {
  let k = connective - 1;
  while (k >= 0 && !tokens[k]?.word && !isMark(tokens[k])) k--;
  if (k < 0) return connective;
  // Without a mark before the connective ("Pay by Friday or we …"), the request runs from the sentence start.
  const before = isMark(tokens[k]) ? clauseOf(tokens, k - 1) : clauseOf(tokens, k);
  if (isMark(tokens[k]) && k === 0) return connective;
  const lead = wordsIn(tokens, before.first, Math.min(before.last, connective - 1));
  return lead > 0 && lead <= wordsIn(tokens, connective, last) ? before.first : connective;
}

/**
 * Words that make the sentence before a conditional wish ("Falls Sie verlängern möchten, …"); a request that only
 * names what the reader needs ("Please cancel the slots you don't need by Friday.") states no wish to default to.
 */
const WISH_CONDITIONS = new Set([
  'if',
  'should',
  'unless',
  'whether',
  'falls',
  'wenn',
  'sofern',
  'sollten',
  'sollte',
  'ob',
]);

/** Words that announce the sanction in the zu-infinitive after them ("behalten wir uns vor, … zu stornieren"). */
const ANNOUNCING = new Set(['vor', 'gezwungen', 'genötigt', 'veranlasst', 'vorbehalten']);
const ZU_INFINITIVE =
  /^(?:ab|an|auf|aus|ein|nieder|zurück|weiter|fest|her|hin|mit|nach|weg|zu|vor|über|um)zu\p{L}+en$/u;

/** German: the sanction's clause reaches over a short zu-infinitive that carries the act ("…, gezwungen, das Mandat niederzulegen"). */
function infinitiveAfter(tokens: readonly Token[], last: number): number {
  if (!ANNOUNCING.has(tokens[last]?.folded as string) || tokens[last + 1]?.text.trim() !== ',') return last;
  const next = clauseOf(tokens, last + 2);
  const verb = tokens[next.last] as Token;
  const zu = tokens[lastWordBefore(tokens, next.last)]?.folded === 'zu' || ZU_INFINITIVE.test(verb.folded);
  return zu && wordsIn(tokens, next.first, next.last) <= 10 ? next.last : last;
}

const COORDINATORS = new Set(['und', 'sondern', 'and', 'but']);

/** Whether a negation stands in the sanction's clause next to it, outside its own words ("berechnen wir nichts", "we will not charge"). */
function negatedAt(tokens: readonly Token[], from: number, sanction: FrameSpan, neg: ReadonlySet<string>): boolean {
  // A coordinated clause before it ("…, danach ist der Plan nicht zu halten und die Mehrkosten tragen Sie") negates something else.
  let start = from;
  for (let k = sanction.first - 1; k > from; k--)
    if (COORDINATORS.has(tokens[k]?.folded as string)) {
      start = k + 1;
      break;
    }
  for (let k = start; k < sanction.first; k++) if (tokens[k]?.word && neg.has(tokens[k]?.folded as string)) return true;
  let after = 0;
  for (let k = sanction.last + 1; k < tokens.length && after < 2; k++) {
    const t = tokens[k] as Token;
    // A coordinated clause after it ("… nach Aufwand und nicht mehr pauschal") or what is reported ("report to your
    // insurer that no inspection was possible") negates something else.
    if (isMark(t) || COORDINATORS.has(t.folded) || t.folded === 'that' || t.folded === 'dass') break;
    if (!t.word) continue;
    after++;
    if (neg.has(t.folded)) return true;
  }
  return false;
}

/**
 * Pairs a condition with a sanction in one sentence. The condition comes
 * first ("Sollte …, …", "…, sonst …") or, for if/unless, after its sanction
 * ("We will close the file unless …").
 */
function pair(
  sentence: SentenceView,
  condition: { first: number; last: number; entry: ConditionEntry; end?: number },
  sanction: FrameSpan,
  found: {
    failing: readonly FrameSpan[];
    wishes: readonly FrameSpan[];
    favours: readonly FrameSpan[];
    unreal: readonly FrameSpan[];
    others: readonly FrameSpan[];
    either: number;
    firstWord: number;
    /** The sentence before states the reader's wish ("Falls Sie verlängern möchten, …"): an "Ansonsten …" after it is the default, not a threat. */
    wishBefore: boolean;
  },
): Pairing | null {
  const { tokens, language } = sentence;
  const { agents, neg } = wordSets(language);
  const entry = condition.entry;
  const kind = entry.kind;
  if (kind === 'either') return null;
  if (entry.opens && !opensClause(tokens, condition.first)) return null;
  const sanctionEntry = sanction.entry as SanctionEntry;

  let conditionFirst: number;
  let conditionLast: number;
  let clause: { first: number; last: number };
  let first: number;
  let last: number;
  if (sanction.first > condition.last) {
    const own = clauseOf(tokens, sanction.first);
    if (kind === 'else') {
      // "…, sonst kommt das Ganze zum Inkasso": the sanction in the connective's own clause (a comma may follow the connective).
      for (let k = condition.last + 1; k < sanction.first; k++)
        if (isMark(tokens[k]) && k !== condition.last + 1) return null;
      // A connective inside its clause ("für die Folgen kann ich sonst nicht einstehen"): the whole clause is the threat.
      const inside = !entry.opens && own.first < condition.first && !opensClause(tokens, condition.first);
      clause = { first: inside ? own.first : condition.first, last: own.last };
      conditionFirst = 0;
      conditionLast = condition.first - 1;
      first =
        found.either >= 0 && found.either < condition.first
          ? found.either
          : requestBefore(tokens, condition.first, own.last);
      if (inside && own.first < first) first = own.first;
    } else {
      // The main clause starts at the clause mark after the condition (or its end for a verb-first one);
      // without a mark, at the writer who acts ("If it is not paid by Friday we will …").
      let split = condition.end !== undefined ? condition.end + 1 : own.first;
      if (split <= condition.last) {
        // German sets a clause off with a comma; a phrase ("Bei Nichtzahlung behalten wir …") and English need not.
        if (language !== 'en' && kind !== 'unless') return null;
        if (language === 'de') {
          let k = condition.last + 1;
          while (k <= sanction.last && !(tokens[k]?.word && agents.has(tokens[k]?.folded as string))) k++;
          // The main clause opens with its verb, right before the writer ("… behalten wir …").
          const verb = lastWordBefore(tokens, k);
          split = k > sanction.last ? sanction.first : Math.min(verb > condition.last ? verb : k, sanction.first);
        } else {
          split = sanction.first;
          for (let k = sanction.first - 1; k > condition.last; k--)
            if (tokens[k]?.word && agents.has(tokens[k]?.folded as string)) {
              split = k;
              break;
            }
        }
      }
      if (split <= condition.last) return null;
      clause = { first: split, last: own.last };
      conditionFirst = condition.first;
      conditionLast = split - 1;
      first = condition.first;
    }
    last = language === 'de' ? infinitiveAfter(tokens, clause.last) : clause.last;
  } else if (sanction.last < condition.first && (kind === 'if' || kind === 'unless')) {
    clause = clauseOf(tokens, sanction.first);
    if (clause.last >= condition.first) clause = { first: clause.first, last: lastWordBefore(tokens, condition.first) };
    conditionFirst = condition.first;
    conditionLast = clauseOf(tokens, condition.first).last;
    first = clause.first;
    last = conditionLast;
  } else {
    return null;
  }

  if (kind === 'if' && !within(found.failing, conditionFirst, conditionLast)) return null;
  if (within(found.wishes, conditionFirst, conditionLast)) return null;
  if (kind === 'else' && found.wishBefore && condition.first <= found.firstWord) return null;
  // "Non-payment would unfortunately mean the suspension …": with no mark between them, the words after the condition
  // carry the sanction's verb, and its mood, even where the clause is taken to start at the sanction.
  const joined =
    sanction.first > condition.last && !tokens.slice(condition.last + 1, clause.first).some((t) => isMark(t));
  const verbFrom = joined ? Math.min(condition.last + 1, clause.first) : clause.first;
  if (within(found.favours, clause.first, clause.last) || within(found.unreal, verbFrom, clause.last)) return null;
  // Someone else fails or is sanctioned (the supplier, "kündigen wir ihm"): not an ultimatum to the reader.
  // The condition's own words ("Beim nächsten Vorfall") name no one else.
  const elsewhere = found.others.filter(
    (o) =>
      (o.last < sanction.first || o.first > sanction.last) && (o.last < condition.first || o.first > condition.last),
  );
  // Before "sonst"/"or we" stands the request to the reader; a "them" there is what it asks for ("We need them by …, or …").
  const leadChecked = kind !== 'else' && within(elsewhere, conditionFirst, conditionLast);
  // A sanction that names the reader ("… move her at your cost", „auf Ihre Kosten“) is theirs, whoever "her" is.
  const theirs = tokens.slice(sanction.first, sanction.last + 1).some((t) => t.word && READER_OWN.has(t.folded));
  if (!theirs && (within(elsewhere, clause.first, clause.last) || leadChecked)) return null;
  if (negatedAt(tokens, clause.first, sanction, neg)) return null;
  if (sanctionEntry.kind === 'act') {
    let agent = false;
    for (let k = clause.first; k <= clause.last && !agent; k++)
      agent = (tokens[k]?.word ?? false) && agents.has(tokens[k]?.folded as string);
    if (!agent) return null;
  }
  return { first, last, cueFirst: kind === 'else' ? condition.first : clause.first };
}

/** The ultimatum in one sentence, if any: the first condition that pairs with a sanction. */
export function ultimatumIn(sentence: SentenceView, previous?: SentenceView): Pairing | null {
  const { tokens } = sentence;
  if (tokens.some((t) => !t.word && t.text.includes('?'))) return null;
  // Conditions first: their words are plain and indexed, most sentences have none; the sanctions start with lemmas.
  const conditionSpans: Array<{ first: number; last: number; entry: ConditionEntry; end?: number }> = [
    ...(conditions.spans(sentence) as Array<FrameSpan & { entry: ConditionEntry }>),
  ];
  if (sentence.language === 'de') {
    // The line after a greeting ending in a comma starts in lower case: "Hallo Herr Demir,\n\ngeht das Geld nicht ein, …".
    const afterGreeting =
      previous !== undefined &&
      previous.paragraph !== sentence.paragraph &&
      previous.tokens[previous.tokens.length - 1]?.text.trim() === ',';
    const end = verbFirstEnd(tokens, wordSets('de').notVerbs, afterGreeting);
    const first = clauseStart(tokens);
    // A condition the data already found at that word ("Sollte …") is the better reading.
    if (end > 0 && !conditionSpans.some((c) => c.first === first)) {
      conditionSpans.push({ first, last: end - 1, end, entry: VERB_FIRST });
    }
  }
  // A clause-opening connective mid-clause ("any changes after that") is no condition: it must not crowd out the nearer ones.
  for (let k = conditionSpans.length - 1; k >= 0; k--) {
    const c = conditionSpans[k] as { first: number; entry: ConditionEntry };
    if (c.entry.opens && !opensClause(tokens, c.first)) conditionSpans.splice(k, 1);
  }
  if (conditionSpans.length === 0) return null;
  const sanctionSpans = sanctions.spans(sentence);
  if (sanctionSpans.length === 0) return null;
  // The law named as the consequence's source ("as set out in the Fire Safety Order"): information the reader needs.
  if (lawful.has(sentence)) return null;
  const either = conditionSpans.find((c) => c.entry.kind === 'either')?.first ?? -1;
  // After "entweder"/"either", any "oder"/"or" opens the alternative that carries the sanction ("… oder die Baustelle bleibt zu").
  if (either >= 0)
    for (let k = either + 1; k < tokens.length; k++)
      if (tokens[k]?.word && OR.has(tokens[k]?.folded as string) && !conditionSpans.some((c) => c.first === k))
        conditionSpans.push({ first: k, last: k, entry: OR_AFTER_EITHER });
  const found = {
    failing: failing.spans(sentence),
    wishes: wishes.spans(sentence),
    favours: favours.spans(sentence),
    unreal: unreal.spans(sentence),
    others: others.spans(sentence),
    either,
    firstWord: tokens.findIndex((t) => t.word),
    wishBefore:
      previous !== undefined &&
      previous.paragraph === sentence.paragraph &&
      wishes.has(previous) &&
      previous.tokens.some((t) => t.word && WISH_CONDITIONS.has(t.folded)),
  };
  // Each sanction pairs with the two nearest conditions before it and the nearest after it (a postposed "unless …"):
  // a long run-on sentence stays linear.
  conditionSpans.sort((a, b) => a.first - b.first);
  let next = 0;
  for (const sanction of sanctionSpans) {
    while (next < conditionSpans.length && (conditionSpans[next] as { first: number }).first < sanction.first) next++;
    for (const k of [next - 1, next - 2, next]) {
      const condition = conditionSpans[k];
      if (!condition || Math.abs(condition.first - sanction.first) > REACH) continue;
      const paired = pair(sentence, condition, sanction, found);
      if (paired) return paired;
    }
  }
  return null;
}

/** The verb-first condition has no words of its own to match: its shape is found in code. */
const VERB_FIRST: ConditionEntry = { id: 'verb-first', pattern: '', kind: 'if', hit: '', miss: '' };
/** The "or" of an either-or, found in code like the verb-first condition. */
const OR_AFTER_EITHER: ConditionEntry = { id: 'or-after-either', pattern: '', kind: 'else', hit: '', miss: '' };
const OR = new Set(['oder', 'or']);

function finding(sentence: SentenceView, range: Pairing, ruleId: string, threat: boolean): RawFinding {
  const { tokens } = sentence;
  const start = (tokens[range.first] as Token).start;
  const end = (tokens[range.last] as Token).end;
  return {
    ruleId,
    category: 'pressure',
    start,
    end,
    suggestions: [],
    // The rule chose the reach: the condition and the sanction's clause.
    ownExtent: true,
    ...(threat ? { message: (m) => m.ultimatum, explanation: (m) => m.ultimatumWhy } : {}),
    cue: { start: (tokens[range.cueFirst] as Token).start, end },
  };
}

/**
 * A command at the reader ("You need to send …", "Sie müssen … unterschreiben"), unless the
 * sentence makes it advice: a condition, a purpose that serves the reader, a reason, a
 * softener inside ("you only need to sign", "Sie müssen nichts tun"), or a question.
 */
/** Whether the sentence gives the reader a condition or a purpose for what it asks ("if …", "to keep your claim", "damit Sie …"). */
export function advised(sentence: SentenceView): boolean {
  return advice.spans(sentence).length > 0;
}

export function commandIn(sentence: SentenceView): Pairing | null {
  const spans = commands.spans(sentence);
  if (spans.length === 0) return null;
  const { tokens } = sentence;
  if (tokens.some((t) => !t.word && t.text.includes('?'))) return null;
  const { softeners, politeFrames } = wordSets(sentence.language);
  // "if"/"wenn" after "appreciate it" or "dankbar," frames the request; it is no condition.
  const framing = (first: number) => politeFrames.has(tokens[lastWordBefore(tokens, first)]?.folded as string);
  if (advice.spans(sentence).some((a) => !framing(a.first))) return null;
  for (const span of spans) {
    let soft = false;
    for (let k = span.first; k <= span.last && !soft; k++) soft = softeners.has(tokens[k]?.folded as string);
    if (soft) continue;
    const clause = clauseOf(tokens, span.last);
    return { first: span.first, last: Math.max(clause.last, span.last), cueFirst: span.first };
  }
  return null;
}

/** Whether the purpose at `at` opens the sentence as a clause of its own, not as "Damit das klar ist" / "To be clear". */
function opensWithPurpose(tokens: readonly Token[], at: number): boolean {
  if (tokens.slice(0, at).some((t) => t.word)) return false;
  const { last } = clauseOf(tokens, at);
  return !tokens.slice(at, last + 1).some((t) => t.word && /^(?:klar|deutlich|clear|understood)$/.test(t.folded));
}

/** The clause before an insisting tag is the demand only when short: a long lead-in stays out. */
const DEMAND_WORDS = 16;

/** The token before `i` that is not blank space. */
function visibleBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !tokens[k]?.word && tokens[k]?.text.trim() === '') k--;
  return k;
}

/**
 * A demand shut tight by a tag after it ("Die Maße brauche ich bis morgen,
 * keine Ausreden", "we need it today, and I mean today"): the clause before
 * the tag and the tag. Weak tags count only after a demand and without advice in the sentence.
 */
export function insistIn(sentence: SentenceView): Pairing | null {
  const { tokens } = sentence;
  const strong = strongTags.spans(sentence);
  const weak = weakTags.spans(sentence);
  if (strong.length === 0 && weak.length === 0) return null;
  if (tokens.some((t) => !t.word && t.text.includes('?'))) return null;
  const all = [...strong.map((span) => ({ span, weak: false })), ...weak.map((span) => ({ span, weak: true }))].sort(
    (a, b) => a.span.first - b.span.first,
  );
  for (const { span, weak: isWeak } of all) {
    const mark = visibleBefore(tokens, span.first);
    if (!isMark(tokens[mark])) continue;
    const word = lastWordBefore(tokens, mark);
    if (word < 0) continue;
    const before = clauseOf(tokens, word);
    const words = wordsIn(tokens, before.first, before.last);
    if (words < 2 || words > DEMAND_WORDS) continue;
    // The demand may open the clause before ("Ich erwarte, dass die Texte … – ohne weitere Verschiebung").
    let first = before.first;
    const demand = demanders.spans(sentence).find((d) => d.last < span.first && d.first >= word - 2 * REACH);
    if (!demand) continue;
    const own = clauseOf(tokens, demand.first).first;
    if (own < first && wordsIn(tokens, own, word) <= DEMAND_WORDS) first = own;
    else if (demand.first < first) continue;
    // A second tag right after the first ("…, und zwar heute, egal wie") belongs to it.
    let last = clauseOf(tokens, span.first).last;
    for (const other of all) {
      if (other.span.first <= last) continue;
      const between = visibleBefore(tokens, other.span.first);
      if (isMark(tokens[between]) && lastWordBefore(tokens, between) === last)
        last = clauseOf(tokens, other.span.first).last;
    }
    // A purpose or condition from the demand on makes it a reasoned deadline ("…, und zwar heute, damit die Bank …"),
    // and so does one that opens the sentence ("Damit wir fristgerecht abgeben können, brauchen wir …, und zwar bis …").
    // Only a reason up front, not a condition: "Bevor ich weiterplane, müsst ihr …, und zwar bis …" still presses.
    if (
      isWeak &&
      ([...advice.spans(sentence), ...reasons.spans(sentence)].some((a) => a.first >= first) ||
        reasons.spans(sentence).some((a) => opensWithPurpose(tokens, a.first)))
    )
      continue;
    return { first, last, cueFirst: span.first };
  }
  return null;
}

export const ultimatum: Rule = {
  id: 'ultimatum',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    const paired: Array<Pairing | null> = doc.sentences.map((sentence, i) =>
      inQuotes(doc, sentence.start) ? null : ultimatumIn(sentence, doc.sentences[i - 1]),
    );
    doc.sentences.forEach((sentence, i) => {
      const range = paired[i];
      if (range) findings.push(finding(sentence, range, `${sentence.language}/pressure/ultimatum`, true));
    });
    const demanded = demandsNear(doc, paired, findings);
    // Commands at the reader, where no threat or demand already covers the sentence.
    doc.sentences.forEach((sentence, i) => {
      if (paired[i] || demanded.has(i)) return;
      const command = commandIn(sentence);
      if (command && !inQuotes(doc, (sentence.tokens[command.first] as Token).start))
        findings.push(finding(sentence, command, `${sentence.language}/pressure/command`, false));
    });
    // Insisting tags; where a command covers less of the sentence, the engine keeps the longer finding.
    doc.sentences.forEach((sentence, i) => {
      if (paired[i] || inQuotes(doc, sentence.start)) return;
      const insisted = insistIn(sentence);
      if (insisted) findings.push(finding(sentence, insisted, `${sentence.language}/pressure/insist`, false));
    });
    return findings;
  },
};

/** A deadline demand next to a threat or a last notice is part of it ("Ich erwarte den Ausgleich bis …"); returns the sentences it flagged. */
function demandsNear(doc: Doc, paired: ReadonlyArray<Pairing | null>, findings: RawFinding[]): Set<number> {
  const flagged = new Set<number>();
  const pressing = doc.sentences.map((s, i) => paired[i] !== null || (!inQuotes(doc, s.start) && finals.has(s)));
  if (!pressing.includes(true)) return flagged;
  doc.sentences.forEach((sentence, i) => {
    if (paired[i] || inQuotes(doc, sentence.start)) return;
    const near = [i - 1, i + 1].some((k) => pressing[k] && doc.sentences[k]?.paragraph === sentence.paragraph);
    if (!near) return;
    const demand = demands.spans(sentence)[0];
    if (!demand) return;
    const clause = clauseOf(sentence.tokens, demand.first);
    findings.push(
      finding(
        sentence,
        { first: demand.first, last: Math.max(clause.last, demand.last), cueFirst: demand.first },
        `${sentence.language}/pressure/ultimatum-demand`,
        false,
      ),
    );
    flagged.add(i);
  });
  return flagged;
}
