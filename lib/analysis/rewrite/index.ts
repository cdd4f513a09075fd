// Whole-sentence rewrites for the stance findings: the sentence the finding is
// in, said from the writer's side, with its facts. Each strategy proposes;
// the guard and a second reading decide what is offered.
import { type Doc, sentenceAt } from '../document';
import { formUses } from '../rules/formality-mix';
import type { RawFinding } from '../rules/types';
import type { Category, Language, Rewrite } from '../types';
import { softenAbsolute } from './absolute';
import { fromWritersSide } from './blame';
import type { RewriteInput, Strategy } from './context';
import { separatePraise } from './contrast';
import { dropBeingRight, dropDismissive } from './drop';
import { rejection } from './guard';
import { type Piece, piecesOf } from './pieces';
import { softenUltimatum } from './ultimatum';
import { softenVerdict } from './verdict';

const STRATEGIES: Partial<Record<Category, Strategy[]>> = {
  'being-right': [dropBeingRight],
  dismissive: [dropDismissive],
  absolute: [softenAbsolute],
  'but-after-praise': [separatePraise],
  pressure: [softenUltimatum],
  harsh: [softenVerdict],
  blame: [fromWritersSide],
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

/** Reads a sentence alone: its findings' categories and its tension (the engine's, passed in to avoid a cycle). */
export type Recheck = (text: string, language: Language) => { categories: Category[]; tension: number };

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

/** One to three rewrites of the finding's sentence, or none where none is safe. */
export function rewritesFor(doc: Doc, finding: RawFinding, voice: DraftVoice, recheck: Recheck): Rewrite[] {
  const strategies = STRATEGIES[finding.category];
  if (!strategies) return [];
  const sentence = sentenceAt(doc, finding.cue?.start ?? finding.start);
  if (!sentence || sentence.words > MAX_WORDS) return [];
  const language = sentence.language;
  const pieces = piecesOf(doc.text, sentence.tokens, language);
  const input: RewriteInput = {
    pieces,
    span: pieceRange(pieces, finding.start, finding.end),
    cue: pieceRange(pieces, finding.cue?.start ?? finding.start, finding.cue?.end ?? finding.end),
    language,
    ...voice,
  };
  const original = doc.text.slice(sentence.start, sentence.end);
  const out: Rewrite[] = [];
  const seen = new Set<string>();
  let before: number | undefined;
  for (const strategy of strategies) {
    for (const candidate of strategy(input)) {
      if (out.length >= MAX_REWRITES || seen.has(candidate.text)) continue;
      seen.add(candidate.text);
      const why = rejection(original, candidate.text, language, candidate.dropped);
      if (why) continue;
      // Read again, the rewrite must not carry the finding's kind of problem, and must read calmer.
      const after = recheck(candidate.text, language);
      if (after.categories.includes(finding.category)) continue;
      before ??= recheck(original, language).tension;
      if (after.tension >= before) continue;
      out.push({ start: sentence.start, end: sentence.end, text: candidate.text });
    }
  }
  return out;
}
