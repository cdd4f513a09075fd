// Being right as a construction (principle 4): the writer (ich, wir, "my last
// email") says in a past tense that they warned, advised, predicted or said
// something, and makes a point of when or how clearly ("schon im März",
// "ausdrücklich", "I did mention", "at our first meeting", "you'll recall").
// Also the outcome called foreseeable ("war absehbar", "doesn't surprise me")
// and a counterfactual crediting the writer's offer ("Had you gone with our
// quote, …"). Left alone: back-references that only locate information ("wie
// besprochen", "as agreed": not verbs of warning or saying), the writer owning
// a miss ("I should have flagged"), a denial ("I never said"), news passed to
// someone else ("we warned the neighbours"), and kind reminders ("as I said,
// no rush"). The set phrases ("per my last email") are phrase data.
import { BEING_RIGHT, type BeingRightData, beingRightBook } from '../constructions/being-right';
import { type Doc, inQuotes, type SentenceView } from '../document';
import { lemmaInfo } from '../lemmas';
import { fold } from '../pattern';
import { CLASSES } from '../phrases/classes';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { FrameMatcher, type FrameSpan } from './frames';
import { warmSentence } from './praise-sentiment';
import type { RawFinding, Rule } from './types';

const strong = new FrameMatcher('being-right strong', beingRightBook('strong'));
const weak = new FrameMatcher('being-right weak', beingRightBook('weak'));
const asFrame = new FrameMatcher('being-right as', beingRightBook('asFrame'));
const owning = new FrameMatcher('being-right owning', beingRightBook('owning'));
const handover = new FrameMatcher('being-right handover', beingRightBook('handover'));
/** Recall frames: they stress from anywhere in the sentence ("Wie du weißt, hatte ich …"). */
const RECALLS = new Set(['recall', 'erinnern', 'wie-sie-wissen']);
/** Concessive words: the writer's advice or offer set against what happened ("obwohl ich Ihnen … angeboten hatte"). */
const CONCESSIVE = new Set(['obwohl', 'although']);
/** Words of a prediction come true: a date after the reference does not make it an announcement. */
const VINDICATED = new Set(['always', 'bound', 'predicted', 'immer', 'absehbar', 'vorhergesagt']);
const kind = new FrameMatcher('being-right kind', beingRightBook('kind'));
const foreseen = new FrameMatcher('being-right foreseen', beingRightBook('foreseen'));
const credit = new FrameMatcher('being-right credit', beingRightBook('credit'));
const record = new FrameMatcher('being-right record', beingRightBook('record'));

/**
 * After "zur Klarstellung", "for the record": words that only hand over information or plan what comes
 * ("here is", "anbei", "we'll send"), not an insistence on what was.
 */
const HANDING_OVER = new Set([
  'anbei',
  'hier',
  'unten',
  'beigefügt',
  'attached',
  'here',
  'below',
  'enclosed',
  'will',
  "we'll",
  "i'll",
  "you'll",
  'wird',
  'werden',
  'werde',
]);
/** A topic right after the frame ("just to be clear on timing"): it clarifies a plan. */
const TOPIC = new Set(['about', 'on', 'regarding', 're', 'zu', 'bezüglich', 'hinsichtlich', 'wegen']);

const CLAUSE_MARK = /^[,;:–—()[\]]/;
/** Possessives that make a document or meeting the writer's own ("meine Mail", "our proposal"). */
const OWN: Record<Language, ReadonlySet<string>> = {
  de: new Set([
    'mein',
    'meine',
    'meiner',
    'meinem',
    'meinen',
    'meines',
    'unser',
    'unsere',
    'unserer',
    'unserem',
    'unseren',
    'unseres',
  ]),
  en: new Set(['my', 'our']),
};
/** Others than the writer who may be the subject before the verb (English word order). */
const OTHER_SUBJECTS = new Set(['you', 'he', 'she', 'they', 'it', "you've", "they've", "you'd", "they'd"]);
/** Someone else named as the one who said it ("wie Sie erwähnten", "as you mentioned"). */
const SUBJECTS = new Set([...OTHER_SUBJECTS, 'du', 'ihr', 'er', 'sie', 'man']);
/** German particles that make a past statement a reproach ("ich hatte dir ja gesagt"). */
const PARTICLES = new Set(['ja', 'doch']);

interface Words {
  warn: Set<string>;
  say: Set<string>;
  foretold: Set<string>;
  framed: Set<string>;
  plain: Set<string>;
  danger: Set<string>;
  past: Set<string>;
  self: Set<string>;
  aux: Set<string>;
  reader: Set<string>;
  readerExact: Set<string>;
  others: Set<string>;
  othersExact: Set<string>;
  neg: Set<string>;
}

const cache = new Map<Language, Words>();
function words(language: Language): Words {
  const known = cache.get(language);
  if (known) return known;
  const data: BeingRightData = BEING_RIGHT[language];
  const split = (list: readonly string[]) => ({
    plain: new Set(list.filter((w) => !w.startsWith('=')).map(fold)),
    exact: new Set(list.filter((w) => w.startsWith('=')).map((w) => w.slice(1))),
  });
  const reader = split(data.reader);
  const others = split(data.others);
  const made: Words = {
    warn: new Set(data.warn.map(fold)),
    say: new Set(data.say.map(fold)),
    foretold: new Set(data.foretold.map(fold)),
    framed: new Set(data.framed.map(fold)),
    plain: new Set(data.plain.map(fold)),
    danger: new Set(data.danger.map(fold)),
    past: new Set(data.pastForms.map(fold)),
    self: new Set(data.self.map(fold)),
    aux: new Set(data.aux.map(fold)),
    reader: reader.plain,
    readerExact: reader.exact,
    others: others.plain,
    othersExact: others.exact,
    neg: new Set(CLASSES[language].neg.words.filter((w) => !w.includes('+'))),
  };
  cache.set(language, made);
  return made;
}

const lemmaOf = (token: Token, language: Language): string =>
  token.lemma?.folded ?? (token.info ? lemmaInfo(token.info, language).folded : '');

/** Token index ranges [first, last] of the sentence's clauses. */
function clauses(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word && CLAUSE_MARK.test(t.text)) {
      if (i > first) out.push([first, i - 1]);
      first = i + 1;
    }
  }
  if (first < tokens.length) out.push([first, tokens.length - 1]);
  return out;
}

/** The token after `i` that is a phrasal particle of the act, or -1. */
function phrasalAt(tokens: readonly Token[], i: number, language: Language, lemma: string): number {
  for (const p of BEING_RIGHT[language].phrasal) {
    if (p.lemma !== lemma) continue;
    for (let d = 1; d <= 2; d++) {
      const at = language === 'en' ? i + d : i - d;
      const t = tokens[at];
      if (t?.word && p.with.includes(t.folded)) return at;
    }
  }
  return -1;
}

/** Whether token i is a verb of warning or saying in a past form: null if not, else its phrasal particle's index or -1. */
function actAt(tokens: readonly Token[], i: number, language: Language, clause: [number, number]): number | null {
  const token = tokens[i] as Token;
  if (!token.word) return null;
  const w = words(language);
  const lemma = lemmaOf(token, language);
  const phrasal = phrasalAt(tokens, i, language, lemma);
  if (!w.warn.has(lemma) && !w.say.has(lemma) && !w.framed.has(lemma) && !w.plain.has(lemma) && phrasal < 0)
    return null;
  const form = token.folded;
  if (w.past.has(form)) return phrasal;
  const inClause = tokens.slice(clause[0], clause[1] + 1);
  if (language === 'de') {
    // An infinitive or present; a listed participle the lemma table lacks ("vereinbart") ends in -t.
    if (form === lemma && !form.endsWith('t')) return null;
    // A separated verb ("weisen … hin") is finite: past only as a preterite.
    if (token.lemma) return /te[n]?$/.test(form) ? phrasal : null;
    if (/te[n]?$/.test(form)) return phrasal;
    const participle = /(?:t|en)$/.test(form) && !/(?:st|e)$/.test(form);
    const hasAux = inClause.some((t) => w.aux.has(t.folded));
    const elliptic = inClause.some((t) => t.folded === 'wie');
    return participle && (hasAux || elliptic) ? phrasal : null;
  }
  if (form !== lemma && /ed$/.test(form)) return phrasal;
  // Emphatic "did": "I did mention", "we did recommend".
  for (let k = i - 1; k >= Math.max(clause[0], i - 3); k--) {
    const f = tokens[k]?.folded;
    if (f === 'did' || f === "didn't") return phrasal;
  }
  return null;
}

/** The writer is the one who said it: ich/wir, an own document, "von mir", or a bare "wie gesagt" frame. */
function writerSays(
  tokens: readonly Token[],
  act: number,
  clause: [number, number],
  language: Language,
  asStart: boolean,
): number {
  const w = words(language);
  if (language === 'en') {
    // The nearest pronoun before the verb is its subject: "you told me we …" is the reader's word.
    for (let k = act - 1; k >= clause[0]; k--) {
      const f = (tokens[k] as Token).folded;
      if (w.self.has(f)) return k;
      if (OTHER_SUBJECTS.has(f)) break;
    }
  } else {
    for (let k = clause[0]; k <= clause[1]; k++) if (w.self.has((tokens[k] as Token).folded)) return k;
    for (let k = clause[0]; k < act; k++)
      if ((tokens[k] as Token).folded === 'von' && ['mir', 'uns'].includes(tokens[k + 1]?.folded ?? '')) return k;
  }
  // An own document or meeting: before the verb in English ("our deck said"), anywhere in German ("stand in unserem Konzept").
  const ownEnd = language === 'de' ? clause[1] : act - 1;
  for (let k = clause[0]; k <= ownEnd; k++) if (OWN[language].has((tokens[k] as Token).folded)) return k;
  return asStart ? clause[0] : -1;
}

function within(spans: readonly FrameSpan[], first: number, last: number): boolean {
  return spans.some((s) => s.first >= first && s.last <= last);
}

/** Openers of a relative clause: "der Punkt, den ich …", "the one I …", "where I suggested …". */
const RELATIVE = new Set([
  'den',
  'die',
  'das',
  'dem',
  'der',
  'deren',
  'dessen',
  'was',
  'wovor',
  'worauf',
  'wovon',
  'wo',
  'in',
  'auf',
  'vor',
  'which',
  'that',
  'who',
  'what',
  'where',
  'when',
]);

/**
 * Where the finding starts: at the writer or the verb, or one clause earlier when the verb's clause is a
 * relative one and the clause before it does the pointing ("genau der Betrag, den ich …", "You may recall
 * our review, where I suggested …").
 */
function reachBack(
  tokens: readonly Token[],
  clause: [number, number],
  act: number,
  writer: number,
  strongSpans: readonly FrameSpan[],
  asSpans: readonly FrameSpan[],
): number {
  const own = Math.min(writer, act);
  const opener = tokens[clause[0]]?.folded ?? '';
  const mark = clause[0] - 1;
  if (!RELATIVE.has(opener) || mark < 1) return own;
  let start = mark - 1;
  while (start > 0 && !(tokens[start - 1] as Token).word && !CLAUSE_MARK.test((tokens[start - 1] as Token).text))
    start--;
  while (start > 0 && !CLAUSE_MARK.test((tokens[start - 1] as Token).text)) start--;
  const points = [...strongSpans, ...asSpans].some((s) => s.first >= start && s.last < mark);
  return points ? start : own;
}

/** Prepositions before a topic noun, and determiners before a third party. */
const PREPOSITIONS = new Set([
  'mit',
  'von',
  'über',
  'zu',
  'bei',
  'wegen',
  'für',
  'about',
  'with',
  'for',
  'on',
  'of',
  'from',
]);
const DETERMINERS = new Set(['our', 'my', 'the', 'a', 'an', 'his', 'her', 'their', 'your']);

function isOther(w: Words, t: Token): boolean {
  if (w.others.has(t.folded) || w.othersExact.has(t.text)) return true;
  // A German compound ending in another party: "das Ordnungsamt", "die Hausbank", "den Bauträger".
  if (!/^\p{Lu}/u.test(t.text)) return false;
  for (const other of w.others) if (t.folded.length >= other.length + 3 && t.folded.endsWith(other)) return true;
  return false;
}

function afterPreposition(clause: readonly Token[], k: number): boolean {
  return [clause[k - 1], clause[k - 2]].some((t) => PREPOSITIONS.has(t?.folded ?? ''));
}

/** Words that open what was asked, agreed or discussed. */
const CONTENT = new Set(['dass', 'ob', 'zu', 'that', 'to', 'about', 'whether']);
const SKIPPED = new Set(['you', 'habe', 'hatte', 'haben', 'hatten']);

/** Whether the act at i is followed by its content: "besprochen, dass …", "vereinbart, … zu steigern", "ask you to …". */
function hasContent(tokens: readonly Token[], i: number, language: Language): boolean {
  let k = i + 1;
  // Skip the reader and a trailing auxiliary ("vereinbart hatten, …"): the content follows them.
  while (k < tokens.length && (!(tokens[k] as Token).word || SKIPPED.has((tokens[k] as Token).folded))) k++;
  if (CONTENT.has(tokens[k]?.folded ?? '')) return true;
  let comma = i + 1;
  while (SKIPPED.has(tokens[comma]?.folded ?? '')) comma++;
  if (language !== 'de' || tokens[comma]?.text !== ',') return false;
  for (let j = comma + 1; j < tokens.length && !CLAUSE_MARK.test((tokens[j] as Token).text); j++)
    if ((tokens[j] as Token).folded === 'zu') return true;
  return false;
}

/** Would-have: the writer's advice, had it been taken, would have prevented it ("hätte … verhindert", "would have stopped"). */
function hypothetical(tokens: readonly Token[], language: Language): boolean {
  const words = tokens.map((t) => t.folded);
  if (language === 'en')
    return words.some((f, k) => f === "would've" || ((f === 'would' || f === "wouldn't") && words[k + 1] === 'have'));
  return words.some(
    (f, k) =>
      (f === 'hätte' || f === 'hätten' || f === 'wäre' || f === 'wären') &&
      words
        .slice(k + 1, k + 8)
        .some((g) => /^(?:verhindert|vermieden|erspart|gegeben|passiert|abgefangen|gewesen)$/.test(g)),
  );
}

/** A finding as token indexes; whole: it covers its sentence (the rule chose its extent). */
export interface BeingRightSpan {
  first: number;
  last: number;
  whole?: boolean;
}

/** The being-right findings in one sentence. */
export function beingRightIn(sentence: SentenceView): BeingRightSpan[] {
  const { tokens, language } = sentence;
  if (kind.has(sentence)) return [];
  const found: BeingRightSpan[] = [];
  // "Zur Klarstellung: …" insists with the whole sentence; a statement must follow the frame.
  const frame = record.spans(sentence)[0];
  if (frame) {
    const rest = tokens.slice(frame.last + 1).filter((t) => t.word);
    if (rest.length >= 3 && !TOPIC.has(rest[0]?.folded ?? '') && !rest.some((t) => HANDING_OVER.has(t.folded))) {
      const lastWord = tokens.map((t) => t.word).lastIndexOf(true);
      return [{ first: frame.first, last: lastWord, whole: true }];
    }
  }
  // "Dass er so reagiert hat, war absehbar": the dass-clause is what was foreseeable, so it belongs to the finding.
  const opener = tokens.findIndex((t) => t.word);
  const thatFirst = ['dass', 'that'].includes(tokens[opener]?.folded ?? '');
  // "It doesn't surprise me that your guests loved the cake": an outcome foreseen in praise is a compliment.
  if (!warmSentence(sentence))
    for (const s of foreseen.spans(sentence)) found.push({ first: thatFirst ? opener : s.first, last: s.last });
  for (const s of credit.spans(sentence)) found.push({ first: s.first, last: s.last });
  if (owning.has(sentence)) return found;
  const w = words(language);
  const strongSpans = strong.spans(sentence);
  const weakSpans = weak.spans(sentence);
  const asSpans = asFrame.spans(sentence);
  const question = tokens.some((t) => t.holds('?'));
  const handedOver = handover.has(sentence);
  for (const clause of clauses(tokens)) {
    const [first, last] = clause;
    // "As I mentioned at the parent meeting, the recital is on Saturday, May 18": a date after the reference
    // announces; a vindication ("was always going to be") does not.
    // Only behind an as-frame: in "Ich hatte euch ja gesagt, dass der Termin im August knapp wird" the date is what was said.
    const announced =
      asSpans.some((s) => s.first >= first && s.first <= last) &&
      sentence.signals.date.some((d) => d > last) &&
      !tokens.some((t) => VINDICATED.has(t.folded));
    for (let i = first; i <= last; i++) {
      const phrasal = actAt(tokens, i, language, clause);
      if (phrasal === null) continue;
      // A bare "wie schon gesagt", "as noted": the writer is the one who said it, unless the clause names another.
      const asStart =
        asSpans.some((s) => s.first >= first && s.first <= first + 1 && s.first < i) &&
        !tokens.slice(first, i).some((t) => SUBJECTS.has(t.folded) || w.readerExact.has(t.text));
      const writer = writerSays(tokens, i, clause, language, asStart);
      if (writer < 0) continue;
      // "At our first meeting you said: „…“": the reader as the speaker, their own words quoted after the colon.
      if (
        tokens[i + 1]?.text === ':' &&
        [tokens[i - 1], tokens[i - 2]].some(
          (t) => t !== undefined && (w.reader.has(t.folded) || w.readerExact.has(t.text)),
        )
      )
        continue;
      const inClause = tokens.slice(first, last + 1);
      // Someone else was told: news passed on, not a reminder. A noun after a preposition is the topic ("mit dem Lieferanten").
      if (inClause.some((t, k) => isOther(w, t) && !afterPreposition(inClause, k))) continue;
      // The reader recommended to someone ("I've recommended you to our neighbour"): praise, not a reminder.
      if (
        language === 'en' &&
        tokens[i + 1]?.folded === 'you' &&
        tokens[i + 2]?.folded === 'to' &&
        DETERMINERS.has(tokens[i + 3]?.folded ?? '')
      )
        continue;
      // A denial ("I never said", "nicht erwähnt"), unless asked back ("Hatte ich nicht geschrieben …?").
      const before = tokens.slice(Math.min(writer, i), i);
      if (!question && before.some((t) => w.neg.has(t.folded))) continue;
      const reader = inClause.some((t) => w.reader.has(t.folded) || w.readerExact.has(t.text));
      const particle =
        language === 'de' && inClause.some((t, k) => k > 0 && t !== tokens[i] && PARTICLES.has(t.folded));
      const pluperfect = inClause.some((t) => t.folded === 'hatte' || t.folded === 'hatten' || t.folded === 'had');
      // "I did mention", "we did recommend": an emphatic "did" between the writer and the verb.
      const emphatic = tokens.slice(writer + 1, i).some((t) => t.folded === 'did');
      const recall = strongSpans.some((s) => RECALLS.has(s.entry.id));
      const stressed = emphatic || particle || recall;
      const isStrong = stressed || within(strongSpans, first, last);
      const isWeak = within(weakSpans, first, last) || pluperfect;
      // "wie ich …", "as I said", "the risk I flagged", "der Punkt, den ich …": the clause points at the writer's words.
      const referring = asSpans.some((s) => s.last >= first && s.first <= i && i - s.last <= 6);
      const lemma = lemmaOf(tokens[i] as Token, language);
      if (w.framed.has(lemma) && !referring) continue;
      // Saying, not warning, next to a hand-over only locates the information.
      if (w.say.has(lemma) && phrasal < 0 && (handedOver || announced)) continue;
      // Asking, agreeing, discussing reproach only when stressed ("wir hatten ja besprochen", "I did ask you").
      // They need a content too: what was asked or agreed ("besprochen, dass du …", "ask you to …", "talk about …");
      // "hatten wir ja besprochen, und Sie hatten zugestimmt" recalls common ground.
      // A recall in the verb's own clause is the topic ("you remember the matter we talked about"), not a stress.
      // "obwohl ich Ihnen … angeboten hatte": an offer set against what happened is stressed too.
      const plainStress =
        emphatic ||
        particle ||
        strongSpans.some(
          (s) => CONCESSIVE.has(s.entry.id) || (RECALLS.has(s.entry.id) && (s.last < first || s.first > last)),
        );
      if (w.plain.has(lemma) && phrasal < 0 && (!plainStress || !hasContent(tokens, i, language))) continue;
      // A warning or prediction, or any verb with a danger as its object ("raised the risk").
      const foretold = w.foretold.has(lemma) || inClause.some((t) => w.danger.has(t.folded));
      const counterfactual = hypothetical(tokens, language);
      if (
        isStrong ||
        (isWeak && (reader || referring || foretold)) ||
        (referring && reader) ||
        (counterfactual && !w.plain.has(lemma))
      ) {
        found.push({ first: reachBack(tokens, clause, i, writer, strongSpans, asSpans), last: Math.max(i, phrasal) });
        break;
      }
    }
  }
  return found;
}

export const beingRight: Rule = {
  id: 'being-right',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    // Phrase data found first keeps its place: it carries the rewrites.
    const phrased = earlier.filter((f) => f.category === 'being-right');
    const findings: RawFinding[] = [];
    for (const sentence of doc.sentences) {
      for (const { first, last, whole } of beingRightIn(sentence)) {
        const start = (sentence.tokens[first] as Token).start;
        const end = (sentence.tokens[last] as Token).end;
        if (inQuotes(doc, start) || phrased.some((f) => f.start < end && f.end > start)) continue;
        findings.push({
          ruleId: 'being-right-construction',
          category: 'being-right',
          start,
          end,
          suggestions: [],
          ownExtent: whole,
        });
      }
    }
    return findings;
  },
};
