// Whole-sentence rewrites for the stance findings: the sentence the finding is
// in, said from the writer's side, with its facts. Each strategy proposes;
// the guard and a second reading decide what is offered.
import { type Doc, type SentenceView, sentenceAt } from '../document';
import { formUses } from '../rules/formality-mix';
import type { RawFinding } from '../rules/types';
import { tokenize } from '../tokenize';
import type { Category, Language, Rewrite } from '../types';
import { softenAbsolute } from './absolute';
import { beingRightMore, planForNextTime } from './being-right-more';
import { fromWritersSide } from './blame';
import { askInstead } from './command';
import { acknowledgeConcern } from './concern';
import type { Candidate, RewriteInput, Strategy } from './context';
import { separatePraise } from './contrast';
import { cosmetic, harshTail } from './cosmetic';
import { topicNotCount } from './count';
import { counterfactual } from './counterfactual';
import { requestInstead } from './demand';
import { discontentInstead } from './discontent';
import { dismissiveMore } from './dismissive-more';
import { dropBeingRight, dropDismissive } from './drop';
import { EDGE_DROPPED, withoutEdge } from './edge';
import { readerFaultDe } from './fault-de';
import { faultEn } from './fault-en';
import { concernInstead } from './feeling';
import { formSaid } from './german';
import { ONLY_MARKS, rejection } from './guard';
import { oneOccasion } from './habit';
import { habitMore } from './habit-more';
import { askForNextTime } from './hindsight';
import { withoutComparison } from './likeness';
import { mishapAsEvent } from './mishap';
import { nextTime } from './next-time';
import { notButInstead } from './not-but';
import { type Piece, piecesOf } from './pieces';
import { sayItPlainly } from './sarcasm';
import { sarcasmMore } from './sarcasm-more';
import { statementOnly } from './statement';
import { stillOpen } from './still-open';
import { toldBefore } from './told-before';
import { softenUltimatum } from './ultimatum';
import { dropContempt, softenVerdict } from './verdict';
import { verdictMore } from './verdict-more';
import { verdictShapes } from './verdict-shapes';

/**
 * A put-down left out leaves a bare statement or command: a blind reviewer read that as no calmer. The editor adds
 * the help the put-down withheld ("… – bei Fragen helfe ich gern"), in the draft's form of address.
 */
function helpOffer(input: Pick<RewriteInput, 'language' | 'form' | 'writer'>): string {
  const we = input.writer === 'wir';
  if (input.language === 'en')
    return `If you have any questions about it, ${we ? "we're" : "I'm"} happy to walk you through it.`;
  const explain = we ? 'erklären wir es' : 'erkläre ich es';
  if (input.form === 'du') return `Wenn du dazu Fragen hast, ${explain} dir gern.`;
  if (input.form === 'ihr') return `Wenn ihr dazu Fragen habt, ${explain} euch gern.`;
  return `Wenn Sie dazu Fragen haben, ${explain} Ihnen gern.`;
}

/**
 * A habit said as "often" softens one word while the reproach stays (blind review): the rewrite asks how to
 * make it work from now on, together.
 */
function lookAhead(input: Pick<RewriteInput, 'language' | 'form' | 'writer'>): string {
  return input.language === 'en'
    ? 'How can we make this work better from now on?'
    : 'Wie können wir das künftig gemeinsam besser lösen?';
}

/** What a calm statement of each kind still lacks: the help a put-down withheld, a way forward from a habit. */
const CLOSINGS: Partial<Record<Category, (input: Pick<RewriteInput, 'language' | 'form' | 'writer'>) => string>> = {
  dismissive: helpOffer,
  absolute: lookAhead,
};

/** A rewrite that already offers help ("… helfe ich Ihnen gern weiter", "I'm happy to help"). */
const OFFERS_HELP = /\b(?:gern|gerne|happy to|glad to|help|helfe|helfen)\b/i;

const STRATEGIES: Partial<Record<Category, Strategy[]>> = {
  'being-right': [
    counterfactual,
    dropBeingRight,
    statementOnly,
    topicNotCount,
    beingRightMore,
    planForNextTime,
    toldBefore,
  ],
  dismissive: [dropDismissive, statementOnly, acknowledgeConcern, counterfactual, dismissiveMore],
  absolute: [softenAbsolute, oneOccasion, habitMore],
  'but-after-praise': [separatePraise],
  pressure: [softenUltimatum, askInstead, requestInstead, statementOnly, askForNextTime, topicNotCount, counterfactual],
  harsh: [
    softenVerdict,
    notButInstead,
    withoutComparison,
    concernInstead,
    dropContempt,
    discontentInstead,
    verdictMore,
    verdictShapes,
  ],
  // A verdict on the reader's work is blame too when the work is named as theirs ("…, das Ihr Büro erstellt hat, ist …").
  blame: [
    counterfactual,
    fromWritersSide,
    mishapAsEvent,
    stillOpen,
    nextTime,
    softenVerdict,
    askForNextTime,
    faultEn,
    readerFaultDe,
    planForNextTime,
  ],
  sarcasm: [sayItPlainly, statementOnly, oneOccasion, sarcasmMore],
};

/** The stance categories whole-sentence rewrites are meant for (the acceptance corpus holds all eight). */
export const STANCE_CATEGORIES = [
  'blame',
  'pressure',
  'harsh',
  'sarcasm',
  'being-right',
  'absolute',
  'dismissive',
  'but-after-praise',
] as const satisfies readonly Category[];

export const REWRITE_CATEGORIES: ReadonlySet<Category> = new Set(Object.keys(STRATEGIES) as Category[]);

/** Sentences longer than this get no rewrite: too much to keep straight, and too slow to check. */
const MAX_WORDS = 60;
const MAX_REWRITES = 3;

/** Reads a text alone: the engine's examine and tension (passed in to avoid a cycle). */
export type Recheck = (text: string, language: Language) => { doc: Doc; raw: RawFinding[]; tension: number };

/** Piece indexes covering [start, end) of the text. */
function pieceRange(pieces: readonly Piece[], start: number, end: number): { from: number; to: number } {
  let from = pieces.findIndex((p) => p.end > start);
  if (from < 0) from = pieces.length;
  let to = from;
  while (to < pieces.length && (pieces[to] as Piece).start < end) to++;
  return { from, to };
}

interface DraftVoice {
  form: RewriteInput['form'];
  writer: RewriteInput['writer'];
}

/** How the draft addresses the reader and speaks of the writer; worked out once per draft. */
export function voiceOf(doc: Doc): DraftVoice {
  let ich = 0;
  let wir = 0;
  let ihr = 0;
  for (const s of doc.sentences)
    for (const t of s.tokens) {
      const f = t.folded;
      if (f === 'ich' || f === 'mir' || f === 'mich' || f === 'i' || f === 'me') ich++;
      else if (f === 'wir' || f === 'uns' || f === 'we' || f === 'us') wir++;
      else if (f === 'euch' || f === 'euer' || f === 'eure' || (f === 'ihr' && t.text === 'ihr')) ihr++;
    }
  const uses = formUses(doc);
  const du = (doc.contact.formality ?? (uses.du.length > uses.sie.length ? 'du' : 'sie')) === 'du';
  return { form: du ? (ihr > 0 ? 'ihr' : 'du') : 'sie', writer: wir > ich ? 'wir' : 'ich' };
}

/** Salutations that may share the sentence's line: "Liebe Frau Berg, Sie haben …". */
const GREETING_WORDS = new Set([
  'liebe',
  'lieber',
  'hallo',
  'hi',
  'hey',
  'dear',
  'sehr',
  'guten',
  'moin',
  'servus',
  'hello',
]);
/** Words that stay in lower case after a salutation's comma ("Liebe Frau Berg, ich habe …"). */
const LOWER_AFTER_COMMA = new Set(
  'ich wir die der das den dem es ein eine einen mein meine unser unsere dein deine wie wenn hätten hätte diesmal bitte könnten könnte könntest könntet danke zur zum in im bei mit nach für vor seit leider we the our my your as if please could would thanks'.split(
    ' ',
  ),
);

/**
 * Whether a rewrite's first word goes lower case after "Hi Jo,": in English
 * every word but a name (capitalised inside the writer's own clause); in
 * German only the words of the list, since nouns keep their capital.
 */
function lowerAfterComma(word: string, language: Language, clause: string): boolean {
  if (language === 'de') return LOWER_AFTER_COMMA.has(word.toLowerCase());
  return !new RegExp(`\\s${word}\\b`, 'u').test(clause);
}

/** Where the sentence's own clause starts: after a salutation's comma, or after a colon before the cue. */
function openingOf(pieces: readonly Piece[], cueFrom: number): number {
  let opening = 0;
  if (GREETING_WORDS.has(pieces[0]?.folded ?? '')) {
    const comma = pieces.findIndex((p, i) => i < 7 && p.text === ',');
    if (comma > 0 && comma < cueFrom) opening = comma + 1;
  }
  for (let i = opening; i < cueFrom; i++) if (pieces[i]?.text === ':') opening = i + 1;
  return opening;
}

/** What the finding's strategies propose for its sentence: candidates for the whole sentence's text. */
function proposals(
  doc: Doc,
  finding: RawFinding,
  voice: DraftVoice,
): { sentence: SentenceView; candidates: Candidate[]; input: RewriteInput } | null {
  const strategies = STRATEGIES[finding.category];
  const sentence = strategies && sentenceAt(doc, finding.cue?.start ?? finding.start);
  if (!strategies || !sentence || sentence.words > MAX_WORDS) return null;
  const language = sentence.language;
  const all = piecesOf(doc.text, sentence.tokens, language);
  const cueStart = finding.cue?.start ?? finding.start;
  const opening = openingOf(all, pieceRange(all, cueStart, cueStart + 1).from);
  const pieces = all.slice(opening);
  const input: RewriteInput = {
    pieces,
    span: pieceRange(pieces, finding.start, finding.end),
    cue: pieceRange(pieces, cueStart, finding.cue?.end ?? finding.end),
    language,
    ruleId: finding.ruleId,
    ...voice,
  };
  const first = pieces[0];
  const prefix = first ? doc.text.slice(sentence.start, first.start) : '';
  // After a salutation's comma the clause goes on in lower case; after a colon it keeps the case the user chose.
  const afterComma = /,\s*$/.test(prefix) || (/:\s*$/.test(prefix) && /^\p{Ll}/u.test(first?.text ?? ''));
  const clause = first ? doc.text.slice(first.start, sentence.end) : '';
  const candidates = strategies.flatMap((strategy) =>
    strategy(input).flatMap((c) => {
      if (!prefix) return [c];
      // Leaving out the clause after a salutation or a colon would leave a fragment: not offered.
      if (c.text === '') return [];
      const word = /^\p{L}+/u.exec(c.text)?.[0] ?? '';
      const lower = afterComma && word !== 'I' && lowerAfterComma(word, language, clause);
      return [{ ...c, text: prefix + (lower ? c.text.charAt(0).toLowerCase() + c.text.slice(1) : c.text) }];
    }),
  );
  return { sentence, candidates, input };
}

/** Whether a polishing step may replace `original`: guard passed, its category gone, no tenser (the whole is checked after). */
function accepted(
  original: string,
  candidate: Candidate,
  category: Category,
  language: Language,
  recheck: Recheck,
  before: () => number,
): boolean {
  // In polishing, a change of marks only (scare quotes off) is a step like any other.
  const why = rejection(original, candidate.text, language, candidate.dropped);
  if (why && why !== ONLY_MARKS) return false;
  if (candidate.text === '') return true; // left out: nothing left to be tense
  const after = recheck(candidate.text, language);
  return !after.raw.some((f) => f.category === category) && after.tension <= before();
}

/** What a calm rewrite may not hold: a stance problem. A plain request with a date ("we need it by Friday") may stay. */
const STANCE: ReadonlySet<Category> = new Set([...STANCE_CATEGORIES.filter((c) => c !== 'pressure'), 'shouting']);

/**
 * Whether a rewrite is calm throughout: no stance problem of any kind left in
 * it. A rewrite that softens one word while the sentence still blames or
 * threatens reads as no calmer (blind review), so it is not offered.
 */
const calm = (raw: readonly RawFinding[], own: Category) =>
  !raw.some((f) => STANCE.has(f.category) || f.category === own);

/**
 * Whether a rewrite reads calmer than the sentence it replaces. Praise taken back
 * is a matter between two clauses or sentences: without the turn the point reads
 * no tenser on its own, and the praise before it stands.
 */
const calmer = (after: number, before: number, category: Category) =>
  after < before || (category === 'but-after-praise' && after <= before);

/** How many next steps a text holds: questions, and the offers the strategies add. */
const steps = (text: string) =>
  (text.match(/\?|\bGern überleg|\bhappy to talk through\b|\brather avoid\b|\bgern vermeiden\b/g) ?? []).length;

/** Whether a sentence occurs twice in the text (a question or offer added by two strategies). */
function repeats(text: string): boolean {
  const sentences = text.split(/(?<=[.?!])\s+/).map((x) => x.trim());
  return new Set(sentences).size < sentences.length;
}

/**
 * The other stance problems left in an accepted rewrite, rewritten too (a
 * verdict and an absolute in one sentence): up to three rounds, each checked
 * as the first was. `base`: how many next steps the original held.
 */
function polish(start: Candidate, language: Language, voice: DraftVoice, recheck: Recheck, base: number): Candidate {
  let current = start;
  for (let round = 0; round < 3; round++) {
    const { doc, raw, tension } = recheck(current.text, language);
    let next: Candidate | null = null;
    for (const f of raw) {
      const proposed = REWRITE_CATEGORIES.has(f.category) ? proposals(doc, f, voice) : null;
      if (!proposed) continue;
      const { sentence } = proposed;
      for (const c of proposed.candidates) {
        const text = current.text.slice(0, sentence.start) + c.text + current.text.slice(sentence.end);
        // A next step is offered once: not twice, and not a second question after one already asked.
        if (
          repeats(text) ||
          // A next step added already ("Gern überlege ich …") takes no second one after it.
          (steps(current.text) > base && steps(text) > steps(current.text)) ||
          ((current.text.match(/\?/g) ?? []).length > 0 &&
            (text.match(/\?/g) ?? []).length > (current.text.match(/\?/g) ?? []).length)
        )
          continue;
        const candidate = { text, dropped: [...(current.dropped ?? []), ...(c.dropped ?? [])] };
        if (accepted(current.text, candidate, f.category, language, recheck, () => tension)) {
          next = candidate;
          break;
        }
      }
      if (next) break;
    }
    if (!next) break;
    current = next;
  }
  return current;
}

/** One to three rewrites of the finding's sentence, calmest first, or none where none is safe. */
export function rewritesFor(doc: Doc, finding: RawFinding, voice: DraftVoice, read: Recheck): Rewrite[] {
  // Each text is read once per finding: the strategies, polishing and the last pass ask about the same texts.
  const seen = new Map<string, ReturnType<Recheck>>();
  const recheck: Recheck = (text, language) => {
    const key = `${language}|${text}`;
    let found = seen.get(key);
    if (!found) {
      found = read(text, language);
      seen.set(key, found);
    }
    return found;
  };
  const proposed = proposals(doc, finding, voice);
  if (!proposed) return [];
  const { sentence, candidates, input } = proposed;
  const language = sentence.language;
  const original = doc.text.slice(sentence.start, sentence.end);
  let tension: number | undefined;
  const before = () => {
    tension ??= recheck(original, language).tension;
    return tension;
  };
  // Only a rewrite that says more than the same sentence in another mood, voice or hedge, and leaves no
  // harsh second half standing, is offered (blind review: such rewrites read as no calmer).
  // A next step after a sentence left out ("Ich verstehe Ihren Ärger.  Wollen wir …?") has nothing to refer to.
  const offerable = (text: string) =>
    !cosmetic(original, text, language, finding.category) &&
    !harshTail(text, language, finding.category) &&
    !(/[.!?]\s{2,}\S/.test(text.trim()) && steps(text) > steps(original));
  const texts: string[] = [];
  for (const candidate of candidates) {
    if (texts.length >= MAX_REWRITES || texts.includes(candidate.text)) continue;
    const why = rejection(original, candidate.text, language, candidate.dropped);
    // A change of marks only ("„Vorarbeiten“" → "Vorarbeiten") is offered only with the rest polished.
    const marksOnly = why === ONLY_MARKS;
    if (why && !marksOnly) continue;
    if (candidate.text === '') {
      texts.push(''); // left out: nothing left to be tense
      continue;
    }
    // Problems left in it ("Nie …, immer …"; a blame beside the absolute) are rewritten too: only a calm
    // version is offered, polished or as it is. The polished one must still keep the original's facts.
    const after = recheck(candidate.text, language);
    const polished = polish(candidate, language, voice, recheck, steps(original));
    if (
      polished !== candidate &&
      !rejection(original, polished.text, language, polished.dropped) &&
      offerable(polished.text) &&
      !texts.includes(polished.text)
    ) {
      const again = recheck(polished.text, language);
      if (calm(again.raw, finding.category) && calmer(again.tension, before(), finding.category))
        texts.push(polished.text);
    }
    if (
      texts.length < MAX_REWRITES &&
      calm(after.raw, finding.category) &&
      !marksOnly &&
      offerable(candidate.text) &&
      calmer(after.tension, before(), finding.category)
    )
      texts.push(candidate.text);
  }
  // The last pass: sharpeners anywhere in the rewrite go, as long as the guard and the second reading agree.
  const calmest = texts.map((text) => {
    if (text === '') return text;
    const edged = withoutEdge(text, language, (t) => recheck(t, language).doc);
    // A whole sentence taken out as a sharpener leaves the rest hanging (" Wenn Sie …"): not a sharpener.
    if (edged === text || texts.includes(edged) || /^\s/.test(edged)) return text;
    // Compared with the accepted rewrite, only the sharpeners may have gone.
    if (rejection(text, edged, language, EDGE_DROPPED)) return text;
    const again = recheck(edged, language);
    return calm(again.raw, finding.category) && again.tension <= recheck(text, language).tension ? edged : text;
  });
  // A rewrite that only says the statement calmly gets the step the reviewer missed (CLOSINGS), first, where the
  // second reading agrees; the plain statement stays behind it.
  const closing = CLOSINGS[finding.category];
  const helped = closing
    ? calmest.flatMap((text) => {
        const plain = text.trimEnd();
        // A question already opens the talk, an offer already helps; a fragment gets nothing added.
        if (
          plain.includes('?') ||
          OFFERS_HELP.test(plain) ||
          !/\p{L}[.!…]$/u.test(plain) ||
          plain.split(/\s+/).length < 4
        )
          return [text];
        // The rewrite's own form of address decides ("Wir verstehen eure Sorge"), then the sentence's, then the draft's.
        const form = formSaid(piecesOf(plain, tokenize(plain), language), formSaid(input.pieces, input.form));
        const more = `${plain} ${closing({ language, writer: voice.writer, form })}`;
        // Only a sentence is added to the accepted rewrite: the guard compares the two.
        if (rejection(plain, more, language)) return [text];
        const again = recheck(more, language);
        const ok = calm(again.raw, finding.category) && calmer(again.tension, before(), finding.category);
        return ok ? [more, text] : [text];
      })
    : calmest;
  // A finding that begins in the sentence before (praise taken back in the next one) is shown and
  // replaced with that sentence as it stands, so the rewrite covers all of it.
  const lead = finding.start < sentence.start ? sentenceAt(doc, finding.start) : undefined;
  const from = lead && lead.start < sentence.start ? lead.start : sentence.start;
  const kept = doc.text.slice(from, sentence.start);
  const real = helped.filter(offerable);
  return [...new Set(real)].slice(0, MAX_REWRITES).map((text) => {
    if (text !== '') return { start: from, end: sentence.end, text: kept + text };
    // A sentence left out takes the spaces after it (or, at a line's end, before it) along.
    let start = sentence.start;
    let end = sentence.end;
    while (end < doc.text.length && /[ \t]/.test(doc.text.charAt(end))) end++;
    if (end === sentence.end) while (start > 0 && /[ \t]/.test(doc.text.charAt(start - 1))) start--;
    return { start, end, text };
  });
}
