// Hedges piling up: one "vielleicht" is politeness, "eigentlich eher etwas
// schwierig" or "sort of wondering if you might possibly" leaves the reader
// guessing (principle 2). Cues a few words apart form a cluster; a cluster that
// weighs enough is one finding, and a sentence soaked in hedges is one finding
// as a whole. The phrase data keeps the stock phrases with their rewrites.
import type { SentenceView } from '../document';
import { isZuInfinitive } from '../extent';
import { lemmaInfo } from '../lemmas';
import type { Token } from '../tokenize';
import { FrameMatcher, type FrameMatcher as Matcher } from './frames';
import { SOFT_HEDGES, STRONG_HEDGES } from './hedge-cues';
import { type RawFinding, sentenceRule } from './types';

const strong = new FrameMatcher('strong-hedges', STRONG_HEDGES);
const soft = new FrameMatcher('soft-hedges', SOFT_HEDGES);

/** Words that may stand between two cues of one cluster. */
const CLUSTER_GAP = 3;
/** A cluster this heavy, with a strong cue in it, blurs its clause. */
const CLUSTER_WEIGHT = 2;
/** A sentence this heavy in hedges, with two strong cues, blurs as a whole … */
const SENTENCE_WEIGHT = 3;
/** … when it is short; a longer one only with three strong cues (else its clusters are the findings). */
const SHORT_SENTENCE = 15;

interface Cue {
  first: number;
  last: number;
  weight: number;
  /** The cue entry's id. */
  id: string;
}

function cuesOf(sentence: SentenceView): Cue[] {
  const found = (matcher: Matcher, weight: number) =>
    matcher.spans(sentence).map((s): Cue => ({ first: s.first, last: s.last, weight, id: s.entry.id }));
  // Every finding needs a strong cue: most sentences stop here.
  const strongCues = found(strong, 1);
  if (strongCues.length === 0) return [];
  const cues = [...strongCues, ...found(soft, 0.5)].sort((a, b) => a.first - b.first || b.last - a.last);
  // Only differences measured ("slightly heavier and a touch warmer"): a description, not a blurred point.
  // Beside other hedges the same words soften advice ("eigentlich eher ein bisschen klüger").
  if (cues.every((c) => measuresDifference(sentence, c.last))) return [];
  // A word counts once ("etwas knapp" is strong; its "etwas" is not soft on top).
  return cues.filter((c, i) => !cues.slice(0, i).some((d) => c.first <= d.last && c.last >= d.first));
}

/** Words of degree that, before a comparative, measure a difference rather than hedge ("a touch warmer"). */
const DEGREE = new Set([
  'bit',
  'tad',
  'touch',
  'slightly',
  'somewhat',
  'little',
  'etwas',
  'bisschen',
  'bißchen',
  'wenig',
  'leicht',
]);
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'later', 'sooner', 'further', 'mehr', 'weniger']);

/** Whether a cue ending in a degree word at `last` qualifies a comparative: "slightly heavier", "etwas später". */
function measuresDifference(sentence: SentenceView, last: number): boolean {
  const { tokens, language } = sentence;
  if (!DEGREE.has((tokens[last] as Token).folded)) return false;
  const next = tokens[last + 1];
  if (!next?.word || !next.info) return false;
  if (COMPARATIVES.has(next.folded)) return true;
  const lemma = lemmaInfo(next.info, language).folded;
  return next.folded.endsWith('er') && lemma !== next.folded && next.folded.startsWith(lemma.slice(0, 2));
}

const CLAUSE_MARK = /^[,;:–—()]/;

/** The first (step -1) or last (step 1) word of the clause around token i. */
function clauseEdge(sentence: SentenceView, i: number, step: 1 | -1): number {
  const tokens = sentence.tokens;
  let edge = i;
  for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
    const t = tokens[k] as { word: boolean; text: string };
    if (!t.word && CLAUSE_MARK.test(t.text)) break;
    if (t.word) edge = k;
  }
  return edge;
}

/**
 * The last word of what a hedged German clause ending at token `last` is about: the
 * zu-infinitive or dass-clause right after it ("Es wäre vielleicht klüger, | die Steuer
 * monatlich zu melden"); `last` when none follows.
 */
function withContent(sentence: SentenceView, last: number): number {
  const edge = clauseEdge(sentence, last, 1);
  const tokens = sentence.tokens;
  const opener = edge + 2;
  if (sentence.language !== 'de' || tokens[edge + 1]?.text !== ',' || !tokens[opener]?.word) return last;
  const end = clauseEdge(sentence, opener, 1);
  return tokens[opener]?.folded === 'dass' || isZuInfinitive(tokens, opener, end) ? end : last;
}

/**
 * The cues without an edge clause that holds a single one of them, when all the
 * others pile up in one clause: a lone "vielleicht" beside that pile is politeness,
 * and a coach underlines the pile ("…, also irgendwie wäre das so ein bisschen heikel").
 * Hedges spread over every clause leave the sentence whole.
 */
const PLAIN = new Set(['vielleicht', 'maybe']);

function withoutLoneEdge(sentence: SentenceView, cues: Cue[]): Cue[] {
  const clauseOf = (c: Cue) => clauseEdge(sentence, c.first, -1);
  const oneClause = (rest: readonly Cue[]) =>
    rest.filter((c) => c.weight === 1).length >= 2 && rest.every((c) => clauseOf(c) === clauseOf(rest[0] as Cue));
  // A plain "vielleicht" or "maybe" (a disclaimer such as "ehrlich gesagt" is part of the hedge) in a clause of
  // its own that says something (not a tag such as ", vermutlich").
  const saysSomething = (c: Cue) =>
    PLAIN.has(c.id) && wordsBetween(sentence, clauseOf(c) - 1, clauseEdge(sentence, c.last, 1) + 1) >= 4;
  const first = cues[0] as Cue;
  const last = cues[cues.length - 1] as Cue;
  if (saysSomething(first) && oneClause(cues.slice(1)) && clauseOf(first) !== clauseOf(cues[1] as Cue))
    return cues.slice(1);
  if (saysSomething(last) && oneClause(cues.slice(0, -1)) && clauseOf(last) !== clauseOf(cues[cues.length - 2] as Cue))
    return cues.slice(0, -1);
  return cues;
}

/** Words (not punctuation) strictly between token indexes a and b. */
function wordsBetween(sentence: SentenceView, a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (sentence.tokens[i]?.word) n++;
  return n;
}

function finding(sentence: SentenceView, first: number, last: number, cue?: Cue[]): RawFinding {
  const tokens = sentence.tokens;
  const start = (tokens[first] as { start: number }).start;
  const end = (tokens[last] as { end: number }).end;
  const head = cue?.[0];
  const tail = cue?.[cue.length - 1];
  return {
    ruleId: 'hedge-density',
    category: 'hedging',
    start,
    end,
    suggestions: [],
    ...(head && tail
      ? {
          cue: {
            start: (tokens[head.first] as { start: number }).start,
            end: (tokens[tail.last] as { end: number }).end,
          },
        }
      : {}),
    weight: cue ? cue.length : 1,
  };
}

/** In such a sentence a lighter cluster counts: a strong cue with a soft one ("eigentlich größtenteils"). */
const SPREAD_CLUSTER_WEIGHT = 1.5;
/** Below this many cues per word, a soaked sentence carries a message with hedges in it, not a hedge as a whole. */
const HEDGES_PER_WORD = 0.1;
/**
 * Longer than this, a sentence is never one hedge finding: a coach underlines
 * its hedged phrases ("eventuell ein paar kleinere Probleme"), not forty words.
 */
const LONG_SENTENCE = 35;

/** A question: in client mail mostly an ask ("Hätten Sie eventuell …?", "Would you perhaps …?"). */
function isQuestion(sentence: SentenceView): boolean {
  return sentence.tokens[sentence.tokens.length - 1]?.text === '?';
}

function hedgesIn(sentence: SentenceView): RawFinding[] {
  const cues = cuesOf(sentence);
  if (cues.length < 2) return [];
  const total = cues.reduce((n, c) => n + c.weight, 0);
  const strongCues = cues.filter((c) => c.weight === 1).length;
  // Two softeners in one ask blur it however far apart: "Hätten Sie eventuell …, mir … vielleicht … zu schicken?"
  // (side by side they are a cluster, below).
  const strongOnes = cues.filter((c) => c.weight === 1);
  const blurredAsk =
    strongOnes.length >= 2 &&
    isQuestion(sentence) &&
    wordsBetween(sentence, (strongOnes[0] as Cue).last, (strongOnes[strongOnes.length - 1] as Cue).first) > CLUSTER_GAP;
  const soaked =
    blurredAsk ||
    (total >= SENTENCE_WEIGHT && (strongCues >= 3 || (strongCues >= 2 && sentence.words <= SHORT_SENTENCE)));
  const long = sentence.words > LONG_SENTENCE;
  // A long sentence that says something, with hedges in some of its clauses: each cluster is the finding.
  const spread = soaked && (long || total / sentence.words < HEDGES_PER_WORD);
  if (soaked && !spread) {
    const kept = blurredAsk ? cues : withoutLoneEdge(sentence, cues);
    // From the clause of the first hedge to the clause of the last (an ask: to its end, where the request
    // stands): a lead-in ("Zu Ihrer Frage:") stays out.
    const last = blurredAsk
      ? sentence.tokens.findLastIndex((t) => t.word)
      : withContent(sentence, clauseEdge(sentence, (kept[kept.length - 1] as Cue).last, 1));
    return [finding(sentence, clauseEdge(sentence, (kept[0] as Cue).first, -1), last, kept)];
  }
  const found: RawFinding[] = [];
  let cluster: Cue[] = [];
  const close = () => {
    const weight = cluster.reduce((n, c) => n + c.weight, 0);
    if (weight >= (spread ? SPREAD_CLUSTER_WEIGHT : CLUSTER_WEIGHT) && cluster.some((c) => c.weight === 1)) {
      const first = (cluster[0] as Cue).first;
      const last = (cluster[cluster.length - 1] as Cue).last;
      // In a very long sentence thick with hedges, its clauses are long too: the cluster itself is the finding.
      if (long && spread && total / sentence.words >= HEDGES_PER_WORD)
        found.push({ ...finding(sentence, first, last, cluster), ownExtent: true });
      else found.push(finding(sentence, first, last, cluster));
    }
    cluster = [];
  };
  for (const cue of cues) {
    const previous = cluster[cluster.length - 1];
    if (previous && wordsBetween(sentence, previous.last, cue.first) > CLUSTER_GAP) close();
    cluster.push(cue);
  }
  close();
  return found;
}

export const hedgeDensity = sentenceRule('hedge-density', hedgesIn);
