// Condescension as constructions. Its wording is open-ended, so single phrases
// (../phrases/*/dismissive*.ts) miss most of it; what recurs is how it is built:
// a lay source set against training ("Reddit threads are no substitute for a
// degree"), the reader's task called easy in an impatient voice ("honestly
// isn't difficult"), an explanation pitched for someone "without a finance
// background". A construction fires when each of its parts matches somewhere in
// one sentence and none of its quiet frames does (sincere reassurance, an offer,
// the writer's own modesty). Data: ../constructions/condescension.{de,en}.ts.
import { CONDESCENSION_DE } from '../constructions/condescension.de';
import { CONDESCENSION_EN } from '../constructions/condescension.en';
import { type Doc, inQuotes, type SentenceView } from '../document';
import type { Language } from '../types';
import type { WordInfo } from '../vocabulary';
import { type FrameEntry, FrameMatcher, type FrameSpan, firstRequiredStep } from './frames';
import type { RawFinding, Rule } from './types';

export interface Construction {
  /** kebab-case, unique within the language. */
  id: string;
  /** Frame lists that must each match in the sentence; the finding spans their matches. */
  parts: readonly (readonly FrameEntry[])[];
  /**
   * The first part may stand in the sentence before, in the same paragraph: "Ihr Bekannter hat
   * Ihnen etwas anderes erzählt. Er ist aber kein Statiker."
   */
  firstBefore?: boolean;
  /** Frames that keep the whole construction quiet when they match anywhere in the sentence. */
  quiet?: readonly FrameEntry[];
}

export interface CondescensionData {
  constructions: readonly Construction[];
  /**
   * German makes its lay sources by compounding ("Gesundheitsforum", "Elternblog"): a word ending
   * in one of `heads` counts as a match of `entry`, unless `entry.unlessBefore` stands right before.
   */
  compounds?: { entry: FrameEntry; heads: readonly string[] };
}

export const CONDESCENSION: Record<Language, CondescensionData> = { de: CONDESCENSION_DE, en: CONDESCENSION_EN };

/**
 * Each construction's first part in one matcher per language, so a sentence is read once; the other
 * parts and the quiet frames (common words: "really", "you", "gern") only where a first part matched.
 */
const matcher = (name: string, pick: (c: Construction) => readonly FrameEntry[]) => {
  const of = (language: Language, indexed: boolean) =>
    [...new Set(CONDESCENSION[language].constructions.flatMap(pick))].filter(
      (e) => (firstRequiredStep(e.pattern) !== null) === indexed,
    );
  // Entries that name a plain word each are skipped on sentences without those words; one entry
  // without (a prefix list, a class) would make the whole matcher read every sentence.
  const indexed = new FrameMatcher(`condescension ${name}`, { de: of('de', true), en: of('en', true) });
  const open = new FrameMatcher(`condescension ${name} (open)`, { de: of('de', false), en: of('en', false) });
  return { spans: (s: SentenceView) => [...indexed.spans(s), ...open.spans(s)] };
};
const FIRST = matcher('first parts', (c) => c.parts[0] ?? []);
const REST = matcher('other parts', (c) => [...c.parts.slice(1).flat(), ...(c.quiet ?? [])]);

/** Per word (shared WordInfo), whether it is a compound ending in a head; each word is tested once (weakly held: the vocabulary evicts words). */
const compoundCache = new WeakMap<WordInfo, boolean>();
const compoundRegex: Partial<Record<Language, RegExp>> = {};
for (const language of ['de', 'en'] as const) {
  const heads = CONDESCENSION[language].compounds?.heads;
  // Three letters at least before the head: "Gesundheits|forum", not "Forum" (the pattern's own word).
  if (heads) compoundRegex[language] = new RegExp(`^\\p{L}{3,}(?:${heads.join('|')})$`, 'u');
}

function compoundSpans(sentence: SentenceView): FrameSpan[] {
  const spec = CONDESCENSION[sentence.language].compounds;
  const regex = compoundRegex[sentence.language];
  if (!spec || !regex) return [];
  const spans: FrameSpan[] = [];
  for (const [i, token] of sentence.tokens.entries()) {
    const info = token.info;
    if (!info) continue;
    let is = compoundCache.get(info);
    if (is === undefined) {
      is = regex.test(info.folded);
      compoundCache.set(info, is);
    }
    if (!is) continue;
    const before = sentence.tokens[i - 1];
    if (before && spec.entry.unlessBefore?.includes(before.folded)) continue;
    spans.push({ first: i, last: i, entry: spec.entry });
  }
  return spans;
}

/** The frames found in a sentence, grouped by entry: the first parts, and the rest when one of those is there. */
function found(sentence: SentenceView, carried: boolean): Map<FrameEntry, FrameSpan[]> {
  const byEntry = new Map<FrameEntry, FrameSpan[]>();
  const add = (spans: readonly FrameSpan[]) => {
    for (const span of spans) {
      const list = byEntry.get(span.entry);
      if (list) list.push(span);
      else byEntry.set(span.entry, [span]);
    }
  };
  const first = [...FIRST.spans(sentence), ...compoundSpans(sentence)];
  add(first);
  if (first.length > 0 || carried) add(REST.spans(sentence));
  return byEntry;
}

const NO_SPANS: readonly FrameSpan[] = [];

/** The spans of a part's entries, in sentence order (stable: equal starts keep the part's order). */
function spansOf(frames: Map<FrameEntry, FrameSpan[]>, part: readonly FrameEntry[]): readonly FrameSpan[] {
  // Most sentences match no entry of a part: no list is made for them.
  if (frames.size === 0) return NO_SPANS;
  let spans: FrameSpan[] | undefined;
  for (const e of part) {
    const list = frames.get(e);
    if (list) spans = spans ? spans.concat(list) : [...list];
  }
  return spans ? spans.sort((a, b) => a.first - b.first) : NO_SPANS;
}

/** The reader as subject, right before a quote: "even if you 'work best at night'". */
const READER_BEFORE_QUOTE: Record<Language, (word: string) => boolean> = {
  de: (w) => w === 'Sie' || w === 'du' || w === 'ihr',
  en: (w) => w.toLowerCase() === 'you',
};

/** Words that report someone else's account before "that you …" / "dass Sie …": the quote is theirs, not the writer's mockery. */
const REPORTING = new Set([
  'version',
  'account',
  'claim',
  'claims',
  'claimed',
  'story',
  'says',
  'said',
  'alleges',
  'alleged',
  'allegation',
  'insists',
  'maintains',
  'reckons',
  'darstellung',
  'behauptet',
  'behauptung',
  'sagt',
  'meint',
  'schreibt',
  'angabe',
  'angaben',
]);

/** "Their version is that you 'reversed without looking'": a third party's words reported, two words before "you". */
function reportedAccount(tokens: SentenceView['tokens'], reader: number): boolean {
  const that = tokens[reader - 1];
  if (!that || !/^(?:that|dass)$/.test(that.folded)) return false;
  for (let k = reader - 2; k >= Math.max(0, reader - 4); k--) if (REPORTING.has(tokens[k]?.folded ?? '')) return true;
  return false;
}

/**
 * The reader's own claim in scare quotes after "you"/"Sie": "even if you 'think better after a run'".
 * Only a lower-case quote of two words or more: a label ('Save changes') or a one-word answer is a quote.
 */
function quotedClaims(doc: Doc, sentence: SentenceView): { first: number; last: number; id: string }[] {
  const hits: { first: number; last: number; id: string }[] = [];
  for (const [from, to] of doc.quotes) {
    if (from < sentence.start || to > sentence.end) continue;
    const inner = doc.text.slice(from + 1, to - 1).trim();
    if (!/^\p{Ll}/u.test(inner) || inner.split(/\s+/).length < 2) continue;
    const before = sentence.tokens.findLastIndex((t) => t.end <= from);
    const token = sentence.tokens[before];
    if (!token?.word || doc.text.slice(token.end, from).trim() !== '') continue;
    if (!READER_BEFORE_QUOTE[sentence.language](token.text)) continue;
    if (reportedAccount(sentence.tokens, before)) continue;
    const last = sentence.tokens.findLastIndex((t) => t.start < to);
    hits.push({ first: before, last, id: 'quoted-claim' });
  }
  return hits;
}

/** A copy of `f` over [start, end): its rewrites keep the words around them, its message quotes its own words. */
function widened(text: string, f: RawFinding, start: number, end: number): RawFinding {
  const before = text.slice(start, f.start);
  const after = text.slice(f.end, end);
  return {
    ...f,
    start,
    end,
    cue: f.cue ?? { start: f.start, end: f.end },
    suggestions: f.suggestions.map((x) => before + x + after),
  };
}

export const condescension: Rule = {
  id: 'condescension',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    // A sentence the phrase data already flagged keeps that finding (and its rewrites), widened when a
    // construction reaches further in it (the engine keeps the longer of the two).
    const known = earlier.filter((f) => f.category === 'dismissive');
    const flagged = new Set<number>();
    let previousFrames: Map<FrameEntry, FrameSpan[]> | undefined;
    for (const [n, sentence] of doc.sentences.entries()) {
      const before = doc.sentences[n - 1];
      // A sentence already flagged carries nothing over: its own finding covers it.
      const carry =
        before && before.paragraph === sentence.paragraph && !flagged.has(n - 1) ? previousFrames : undefined;
      const frames = found(sentence, carry !== undefined && carry.size > 0);
      previousFrames = frames;
      const phrases = known.filter((f) => f.start < sentence.end && f.end > sentence.start);
      if (phrases.length > 0) flagged.add(n);
      // Several phrase findings already mark the sentence's parts; each keeps its own.
      if (phrases.length > 1) continue;
      const phrase = phrases[0];
      // Every construction found in the sentence, as token spans: one finding covers them all,
      // as a coach underlines the sentence once.
      const hits: { first: number; last: number; id: string }[] = [];
      // No frame in the sentence: no construction can be complete (a first part carried over
      // from the sentence before still needs the others here).
      for (const c of frames.size > 0 ? CONDESCENSION[sentence.language].constructions : []) {
        if (c.quiet && spansOf(frames, c.quiet).length > 0) continue;
        const parts: FrameSpan[] = [];
        let missing = false;
        for (const [i, part] of c.parts.entries()) {
          const spans = spansOf(frames, part);
          if (spans.length === 0) {
            // The first part may have been said in the sentence before.
            const said = i === 0 && c.firstBefore && carry;
            if (said && spansOf(said, part).length > 0 && !(c.quiet && spansOf(said, c.quiet).length > 0)) continue;
            missing = true;
            break;
          }
          // A one-part construction is a list of single frames: each of its matches counts.
          parts.push(...(c.parts.length === 1 ? spans : spans.slice(0, 1)));
        }
        if (missing || parts.length === 0) continue;
        for (const group of c.parts.length === 1 ? parts.map((s) => [s]) : [parts]) {
          const first = Math.min(...group.map((s) => s.first));
          const last = Math.max(...group.map((s) => s.last));
          const from = sentence.tokens[first];
          if (!from || inQuotes(doc, from.start)) continue;
          hits.push({ first, last, id: `${c.id}/${group.map((s) => s.entry.id).join('+')}` });
        }
      }
      hits.push(...quotedClaims(doc, sentence));
      if (hits.length === 0) continue;
      const from = sentence.tokens[Math.min(...hits.map((h) => h.first))];
      const to = sentence.tokens[Math.max(...hits.map((h) => h.last))];
      if (!from || !to) continue;
      if (phrase) {
        // The phrase finding keeps its message and rewrites, reaching as far as the constructions do:
        // "Writing is a profession, not a hobby, so leave the headlines to us" is one statement.
        const start = Math.min(phrase.start, from.start);
        const end = Math.max(phrase.end, to.end);
        if (start < phrase.start || end > phrase.end) findings.push(widened(doc.text, phrase, start, end));
        continue;
      }
      flagged.add(n);
      findings.push({
        ruleId: `condescension/${sentence.language}/${(hits[0] as { id: string }).id}`,
        category: 'dismissive',
        start: from.start,
        end: to.end,
        suggestions: [],
      });
    }
    return findings;
  },
};
