// Praise taken back across a full stop: "Danke für die Texte. Inhaltlich sind
// sie jedoch …", "Great job on the labels. However, the cabinet …". The full
// stop does not save the thanks when the next sentence opens with the turn and
// criticises the reader's work. The writer's own news ("Allerdings bin ich im
// Urlaub"), good news and thanks for patience stay quiet. Same-sentence turns
// are ./but-after-praise.ts.
import { PRAISE_TAKEN_BACK_DE } from '../constructions/praise-taken-back.de';
import { PRAISE_TAKEN_BACK_EN } from '../constructions/praise-taken-back.en';
import { type Doc, inQuotes, negatedBefore, type SentenceView } from '../document';
import { fold } from '../pattern';
import { CLASSES } from '../phrases/classes';
import { isReaderWord } from '../reader-words';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { praiseStart } from './but-after-praise';
import { type FrameEntry, FrameMatcher } from './frames';
import { aboutReader, badAfter, namesReader, sentimentPraise } from './praise-sentiment';
import type { RawFinding, Rule } from './types';
import { hitsOf } from './verdict-hits';
import { compile } from './verdict-lookup';

export interface NextConnector {
  /** Folded words, in order ("that", "said"). */
  words: readonly string[];
  /** How many words into the sentence it may stand ("Inhaltlich sind sie jedoch": 4). */
  within: number;
  /**
   * Bad news as much as a turn ("Leider", "Unfortunately"): only when the reader or their work is
   * named right after it ("Leider sind sie zu lang"), and not after thanks for a call or a reply.
   */
  needsReader?: boolean;
  /** Names the flaw itself ("The only problem is …", "Schade nur, …"): no flaw word needs to follow. */
  flaw?: boolean;
  /** Concedes and holds against the praise ("Trotzdem", "Nonetheless"): never the writer's own news. */
  concessive?: boolean;
}

export interface PraiseTakenBackData {
  praise: readonly FrameEntry[];
  connectors: readonly NextConnector[];
  /** What makes the second sentence a criticism: a negation, a flaw, "too …". */
  problem: readonly FrameEntry[];
  /** Good news after the turn ("Aber die gute Nachricht …"). */
  good: readonly FrameEntry[];
  /** The writer's disappointment is a verdict, not their own news ("Allerdings hätte ich mehr erwartet"). */
  demand: readonly FrameEntry[];
  /** The writer: "Allerdings bin ich …" is their own news. */
  self: readonly string[];
  /** The writer as the subject of the turn's clause ("ich", "we'll"): the words `self` checks first. */
  subject: readonly string[];
  /**
   * The writer noticing or raising something about the reader's work ("That said, I count six names
   * spelt …", "Still, I have to raise that …"): a report of a flaw, not the writer's own news.
   */
  reports: readonly string[];
  /** Words that point at the reader or the praised work ("sie", "it", "your"). */
  reader: readonly string[];
  /** Thanks for patience or an invitation: what follows is the writer's news, not a verdict. */
  patience: readonly string[];
  /** Thanks for a call or a reply: bad news after it ("Leider …") is news, unless a real turn follows. */
  courtesy: readonly string[];
  /** A wish ("Hope you had a great weekend") is no praise. */
  wish: readonly string[];
}

export const PRAISE_TAKEN_BACK: Record<Language, PraiseTakenBackData> = {
  de: PRAISE_TAKEN_BACK_DE,
  en: PRAISE_TAKEN_BACK_EN,
};

const book = (pick: (d: PraiseTakenBackData) => readonly FrameEntry[]) => ({
  de: pick(PRAISE_TAKEN_BACK.de),
  en: pick(PRAISE_TAKEN_BACK.en),
});
const praiseFrames = new FrameMatcher(
  'praise-taken-back praise',
  book((d) => d.praise),
);
const problemFrames = new FrameMatcher(
  'praise-taken-back problem',
  book((d) => d.problem),
);
const goodFrames = new FrameMatcher(
  'praise-taken-back good',
  book((d) => d.good),
);
const demandFrames = new FrameMatcher(
  'praise-taken-back demand',
  book((d) => d.demand),
);

interface Words {
  self: Set<string>;
  subject: Set<string>;
  reports: Set<string>;
  reader: Set<string>;
  patience: Set<string>;
  courtesy: Set<string>;
  wish: readonly string[];
}
const set = (list: readonly string[]) => new Set(list.map(fold));
const WORDS: Record<Language, Words> = {
  de: words(PRAISE_TAKEN_BACK.de),
  en: words(PRAISE_TAKEN_BACK.en),
};
function words(d: PraiseTakenBackData): Words {
  return {
    self: set(d.self),
    subject: set(d.subject),
    reports: set(d.reports),
    reader: set(d.reader),
    patience: set(d.patience),
    courtesy: set(d.courtesy),
    wish: d.wish.map(fold),
  };
}

/** Praise or thanks negated or asked about ("nicht gut", "not great?") is none. */
const NEGATION = new Set(['nicht', 'kein', 'keine', 'not', 'no', "n't", 'never', 'nie']);

/**
 * Whether token i is the wish word x as a verb: not a German noun ("Liste mit Wünschen"), not a
 * "wish list".
 */
function wishAt(tokens: readonly Token[], i: number, x: string): boolean {
  const t = tokens[i] as Token;
  if (!(x.endsWith('*') ? t.folded.startsWith(x.slice(0, -1)) : t.folded === x)) return false;
  if (i > 0 && /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text) && t.folded.startsWith('wünsch')) return false;
  // "We (really) enjoyed hosting your team": the writer's own pleasure, praise rather than a wish.
  if (
    t.folded.startsWith('enjoy') &&
    tokens.slice(Math.max(0, i - 2), i).some((b) => b.folded === 'we' || b.folded === 'i')
  )
    return false;
  return tokens[i + 1]?.folded !== 'list';
}

/**
 * The first praise in a sentence that stands as praise: not negated, not a question, not a wish.
 * `listed` is false when only the sentiment lexicon reads it as praise.
 */
function praiseIn(sentence: SentenceView): { at: number; listed: boolean } {
  const none = { at: -1, listed: true };
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  if (tokens.some((t) => !t.word && t.text.includes('?'))) return none;
  if (tokens.some((t, i) => t.word && w.wish.some((x) => wishAt(tokens, i, x)))) return none;
  if (tokens.some((t) => t.word && w.patience.has(t.folded))) return none;
  for (const span of praiseFrames.spans(sentence)) {
    const before = tokens.slice(0, span.first).filter((t) => t.word);
    const last = before[before.length - 1];
    if (last && (NEGATION.has(last.folded) || last.folded.endsWith("n't"))) continue;
    return { at: span.first, listed: true };
  }
  return { at: sentimentPraise(sentence), listed: false };
}

/** How many words into a sentence any connector may stand: the widest reach in the data. */
const REACH: Record<Language, number> = {
  de: Math.max(...PRAISE_TAKEN_BACK.de.connectors.map((c) => c.within)),
  en: Math.max(...PRAISE_TAKEN_BACK.en.connectors.map((c) => c.within)),
};

/** The connector opening the sentence: its first and last token, within its allowed reach. */
function turnIn(sentence: SentenceView): { first: number; last: number; connector: NextConnector } | null {
  const data = PRAISE_TAKEN_BACK[sentence.language];
  const { tokens } = sentence;
  let wordsSeen = 0;
  for (let i = 0; i < tokens.length && wordsSeen < REACH[sentence.language]; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    wordsSeen++;
    for (const c of data.connectors) {
      if (wordsSeen > c.within) continue;
      let k = i;
      let ok = true;
      for (const word of c.words) {
        while (k < tokens.length && !tokens[k]?.word) k++;
        if (tokens[k]?.folded !== word) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok) return { first: i, last: k - 1, connector: c };
    }
  }
  return null;
}

/** Tokens that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—()]/;

/**
 * The writer in the turn's clause: as its subject before the turn ("Ich muss allerdings …"), or any
 * word of theirs within three words after it ("Allerdings bin ich …", "However, our office …"), not
 * past a comma ("…, wir brauchen …").
 */
function writerSubject(sentence: SentenceView, turn: { first: number; last: number }): boolean {
  const { subject, self } = WORDS[sentence.language];
  const { tokens } = sentence;
  for (let i = turn.first - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (!t.word && CLAUSE_MARK.test(t.text)) break;
    if (t.word && subject.has(t.folded)) return true;
  }
  // Only a turn that opens the sentence has the writer after it; mid-sentence it stands after its subject.
  if (tokens.slice(0, turn.first).some((t) => t.word)) return false;
  for (let i = turn.last + 1, seen = 0; i < tokens.length && seen < 3; i++) {
    const t = tokens[i] as Token;
    if (!t.word) {
      if (CLAUSE_MARK.test(t.text) && seen > 0) break;
      continue;
    }
    seen++;
    // "Jedoch haben Sie unsere Hausmischung …": the reader is the subject, the writer's word an object.
    if (isReaderWord(t, sentence.language)) return false;
    if (self.has(t.folded)) return true;
  }
  return false;
}

/**
 * A turn that opens the second clause of its sentence ("Unterschiede sind normal, trotzdem schauen wir …")
 * answers that clause, not the praise before; a turn set off by commas ("…, however, and …") does not.
 */
function opensSecondClause(sentence: SentenceView, turn: { first: number; last: number }): boolean {
  const before = sentence.tokens[turn.first - 1];
  const after = sentence.tokens[turn.last + 1];
  return !!before && !before.word && CLAUSE_MARK.test(before.text) && !!after?.word;
}

/** A reason given with the writer as its subject right after the turn ("…, however, as we're updating it"). */
function ownReason(after: readonly Token[], subject: ReadonlySet<string>): boolean {
  return REASON.has(after[0]?.folded ?? '') && after.slice(1, 3).some((t) => subject.has(t.folded));
}
const REASON = new Set(['as', 'because', 'since', 'da', 'weil']);

/** The writer reporting on the reader's work ("I count six names …"), not on their own ("I noticed we still need …"). */
function reportsFlaw(after: readonly Token[], w: Words): boolean {
  const at = after.slice(0, 5).findIndex((t) => w.reports.has(t.folded));
  return at >= 0 && !after.slice(at + 1, at + 3).some((t) => w.self.has(t.folded));
}

/** Whether the sentence after the turn criticises: a flaw, not the writer's own news, not good news. */
function criticises(sentence: SentenceView, turn: { first: number; last: number; connector: NextConnector }): boolean {
  const w = WORDS[sentence.language];
  const { tokens } = sentence;
  const after = tokens.slice(turn.last + 1).filter((t) => t.word);
  // "However, I'm not happy with …": good news denied is disappointment.
  const good = goodFrames.spans(sentence);
  if (good.some((s) => negatedBefore(sentence.tokens, s.first, sentence.language))) return true;
  // "Allerdings bin ich im Urlaub" is the writer's news; "Trotzdem muss ich …" never is.
  if (!turn.connector.concessive && writerSubject(sentence, turn) && !reportsFlaw(after, w))
    return demandFrames.has(sentence);
  if (good.length > 0) return false;
  // "Einziger Haken: ich habe erst im Mai Zeit" is the writer's own news.
  if (turn.connector.flaw) return !after.slice(0, 6).some((t) => w.self.has(t.folded));
  // "Nonetheless, you came across as …": a concession turned on the reader holds against the praise,
  // unless more praise follows.
  if (
    turn.connector.concessive &&
    after.slice(0, 3).some((t) => w.reader.has(t.folded)) &&
    !sentence.signals.praise.some((p) => p > turn.last) &&
    sentimentPraise(sentence) < turn.last
  )
    return true;
  const problems = problemFrames.spans(sentence);
  // A flaw, a clearly bad word about the reader's work, or the writer's disappointment ("We did ask for …").
  const found = problems.filter((s) => s.first > turn.last || s.last < turn.first);
  // An English turn deep in the sentence with only a negation is as often logistics ("The invoice won't
  // come until June, though"): it needs the reader or their work named, and not the writer at work after
  // it ("…, however, as we're updating it"). German puts every turn after
  // the verb ("Die Maße stimmen allerdings nicht"), so there the position says nothing.
  const deep = sentence.language === 'en' && tokens.slice(0, turn.first).some((t) => t.word);
  const negation = new Set(CLASSES[sentence.language].neg.words);
  const onlyNegation = found.every((s) => s.first === s.last && negation.has((tokens[s.first] as Token).folded));
  const flawed =
    (found.length > 0 && !(deep && onlyNegation && (!namesReader(sentence) || ownReason(after, w.subject)))) ||
    badAfter(sentence, turn.last) ||
    verdictAfter(sentence, turn.last) ||
    demandFrames.has(sentence);
  // Bad news after "Leider" is a verdict only when the reader or their work comes first ("Leider sind sie …").
  if (turn.connector.needsReader && !after.slice(0, 3).some((t) => w.reader.has(t.folded))) return false;
  return flawed;
}

/**
 * A word of the verdict lexicon after the turn, not denied: "However, the listing text is rambling and
 * amateurish". The lexicon knows far more ways to fault work than the flaw list.
 */
function verdictAfter(sentence: SentenceView, k: number): boolean {
  return hitsOf(compile(sentence.language), sentence).some((hit) => hit.first > k);
}

export const praiseTakenBack: Rule = {
  id: 'praise-taken-back',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    const taken = earlier.filter((f) => f.category === 'but-after-praise');
    const sentences = doc.sentences;
    for (let i = 0; i + 1 < sentences.length; i++) {
      const praised = sentences[i] as SentenceView;
      const next = sentences[i + 1] as SentenceView;
      if (praised.paragraph !== next.paragraph) continue;
      // Already taken back inside its own sentence.
      if (taken.some((f) => f.start < praised.end && f.end > praised.start)) continue;
      // The turn is rare and sits in the first words: look for it before the praise.
      const turn = turnIn(next);
      if (!turn || opensSecondClause(next, turn)) continue;
      if (doc.greeting && praised.start < doc.greeting.end) continue;
      const { at: praise, listed } = praiseIn(praised);
      if (praise < 0 || !criticises(next, turn)) continue;
      // Praise only the lexicon reads is taken back only by words about the reader or their work.
      if (!listed && !aboutReader(next, turn.last)) continue;
      const courtesy = WORDS[praised.language].courtesy;
      if (turn.connector.needsReader && praised.tokens.some((t) => t.word && courtesy.has(t.folded))) continue;
      const first = next.tokens[turn.first] as Token;
      if (inQuotes(doc, first.start) || inQuotes(doc, (praised.tokens[praise] as Token).start)) continue;
      const lastTurn = next.tokens[turn.last] as Token;
      const nextWord = next.tokens.slice(turn.last + 1).find((t) => t.word) ?? lastTurn;
      const written = doc.text.slice(first.start, lastTurn.end);
      findings.push({
        ruleId: 'praise-taken-back',
        category: 'but-after-praise',
        start: praiseStart(praised.tokens, praise, praised.language),
        end: nextWord.end,
        cue: { start: first.start, end: lastTurn.end },
        suggestions: [],
        message: (m) => m.butAfterPraise(written),
        explanation: (m) => m.butAfterPraiseNextWhy(written),
      });
      taken.push(findings[findings.length - 1] as RawFinding);
    }
    return findings;
  },
};
