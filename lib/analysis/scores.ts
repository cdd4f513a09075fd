// Scores, 0–100.
//
// tension — the risk a draft puts on the reader's security and appreciation.
//   Each finding adds its category's weight: blame and harsh verdicts 30,
//   sarcasm 25, being right 22, pressure 20, absolutes and condescension 18,
//   shouting 15 (a shouted sentence once per capitalised word and per stack
//   of marks in it), praise taken back 10, du/Sie mix 5. Hedging, long sentences
//   and an unclear ask cost clarity, not tension: they weigh 0 (hedges are
//   often politeness). Directness that is no finding on its own (an accusatory
//   "why did you", "in fact") adds 5 per cue, at most four; softeners (please,
//   an indirect request, an apology, thanks, a warm wish) take 4 each, at most
//   three; words several patterns find ("thanks", "gerne") count once. The
//   sum S (never below 0) is squashed: tension = 100 · (1 − e^(−S/60)), so one
//   blame gives 39, two give 63, four 86; more never pass 100.
//
// appreciation — warmth the reader can feel. Starts at 40; +25 when the draft
//   thanks, acknowledges or wishes them well at all, +10 when it does so in two
//   sentences or more, +10 when it names the contact (or greets someone by
//   name), +5 for a greeting line. Minus 15 per blame, harsh, sarcasm or dismissive finding and
//   8 per being-right or absolute finding (together at most −60).
//
// security — clarity about what happens next. Starts at 100; −35 when no
//   request (a conditional or indirect one counts), question or next step is stated, −15 when a deadline is discussed
//   but the request has no date, −8 per hedge (at most −32), −10 per long
//   sentence (at most −30), −5 per du/Sie mix.
import type { Doc } from './document';
import { warmthOf } from './rules/appreciation';
import type { RawFinding } from './rules/types';
import { asks } from './rules/unclear-ask';
import type { Category, Scores } from './types';

const TENSION_WEIGHT: Partial<Record<Category, number>> = {
  blame: 30,
  harsh: 30,
  sarcasm: 25,
  'being-right': 22,
  pressure: 20,
  absolute: 18,
  dismissive: 18,
  shouting: 15,
  'but-after-praise': 10,
  'formality-mix': 5,
};

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

const EDGE = 5;
const SOFTENER = 4;

function cues(doc: Doc | undefined, kind: 'edge' | 'softener', max: number): number {
  if (!doc) return 0;
  if (kind === 'softener') return Math.min(max, warmthOf(doc).cues);
  let n = 0;
  for (const s of doc.sentences) n += s.signals.edge.length;
  return Math.min(max, n);
}

export function tensionOf(findings: readonly Pick<RawFinding, 'category' | 'weight'>[], doc?: Doc): number {
  const weights = findings.reduce((s, f) => s + (TENSION_WEIGHT[f.category] ?? 0) * (f.weight ?? 1), 0);
  const sum = Math.max(0, weights + EDGE * cues(doc, 'edge', 4) - SOFTENER * cues(doc, 'softener', 3));
  return clamp(100 * (1 - Math.exp(-sum / 60)));
}

function count(findings: readonly RawFinding[], ...categories: Category[]): number {
  return findings.filter((f) => categories.includes(f.category)).length;
}

export function scoresOf(doc: Doc, findings: readonly RawFinding[]): Scores {
  const { thanked } = warmthOf(doc);
  const name = doc.contact.name?.trim();
  const named =
    (name && doc.text.toLowerCase().includes(name.toLowerCase())) ||
    (doc.greeting && /\p{Lu}\p{Ll}+[,!]?\s*$/u.test(doc.text.slice(doc.greeting.start, doc.greeting.end).trim()));
  const penalty = Math.min(
    60,
    15 * count(findings, 'blame', 'harsh', 'sarcasm', 'dismissive') + 8 * count(findings, 'being-right', 'absolute'),
  );
  const appreciation =
    40 + (thanked > 0 ? 25 : 0) + (thanked > 1 ? 10 : 0) + (named ? 10 : 0) + (doc.greeting ? 5 : 0) - penalty;

  const unclear = findings.filter((f) => f.category === 'unclear-ask');
  const noAsk = !asks(doc);
  const security =
    100 -
    (noAsk && doc.sentences.length > 0 ? 35 : 0) -
    (unclear.length > 0 && !noAsk ? 15 : 0) -
    Math.min(32, 8 * count(findings, 'hedging')) -
    Math.min(30, 10 * count(findings, 'long-sentence')) -
    5 * count(findings, 'formality-mix');

  return { security: clamp(security), appreciation: clamp(appreciation), tension: tensionOf(findings, doc) };
}
