// A reader's worry waved away ("There's no need to get so worked up about a
// two-day delay", "A typo on the menu is hardly a catastrophe", "You're
// overthinking this") said as the writer taking it seriously: "I understand
// your concern about a two-day delay." What the worry is about stays word for
// word, and so does a reassurance after it ("; new plaster does that as it
// dries"): acknowledging first is what lets the reader hear the facts.
// In German the frames keep the case of what it is about: "sich über den Riss
// aufregen" → "Ihren Ärger über den Riss"; "Sie übertreiben" → "Ihre Sorge".
import type { Candidate, RewriteInput, Strategy } from './context';
import { formSaid } from './german';
import { clauseEnd, type Piece, render, words } from './pieces';

/** Words that call the reader's reaction too much: a worry waved away, when "about/over X" follows. */
const WORKED_UP = new Set(['worked', 'wound', 'upset', 'worried', 'stressed', 'panic', 'panicking', 'fussed']);
/** Predicates that shrink what the reader raised ("is hardly a catastrophe"), folded, after the copula. */
const SHRUNK = [
  'hardly a catastrophe',
  'hardly a disaster',
  'hardly a drama',
  'hardly a tragedy',
  'hardly a crisis',
  'hardly a big deal',
  'hardly the end of the world',
  'not the end of the world',
  'not a big deal',
  'no big deal',
  'nothing to worry about',
  'nothing to get worked up about',
  'nothing to get upset about',
  'nothing to panic about',
  'a tiny detail',
];
/** The reader told they overdo it: "you're overthinking this", "you are overreacting a bit". */
const OVERDOING = new Set(['overthinking', 'overreacting']);
/** Softeners and particles that go with the put-down. */
const FILLERS = new Set([
  'really',
  'honestly',
  'just',
  'probably',
  'so',
  'that',
  'all',
  'a',
  'bit',
  'little',
  'slightly',
]);
/** Openers before the put-down ("Honestly, …", "Look, …"): they go with it. */
const OPENERS = new Set(['honestly', 'look', 'frankly', 'seriously', 'so', 'well', 'ok', 'okay', 'but', 'and', 'now']);
const COPULAS = new Set(['is', 'are', 'was', "'s"]);
const DETERMINERS = new Set(
  'a an the one two three four five six some this that these those your our my his her their its any'.split(' '),
);

/** Where the sentence's own words start, after an opener and its comma ("Honestly, …"). */
function start(pieces: readonly Piece[]): number {
  let i = 0;
  while (pieces[i]?.word && OPENERS.has((pieces[i] as Piece).folded) && pieces[i + 1]?.text === ',') i += 2;
  return i;
}

/** The words that end a phrase (folded), matched at `at`: its end, or -1. */
function phraseEnd(pieces: readonly Piece[], at: number, phrase: string): number {
  let i = at;
  for (const w of phrase.split(' ')) {
    if (pieces[i]?.folded !== w) return -1;
    i++;
  }
  return i;
}

function acknowledged(input: RewriteInput, about: readonly Piece[], rest: readonly Piece[]): Candidate {
  const lead = input.writer === 'wir' ? 'We understand your concern' : 'I understand your concern';
  const thing = about.length > 0 ? [...words('about'), ...about.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p))] : [];
  // ", honestly — …": the sharpener after the put-down goes with it.
  const tail = rest[0]?.text === ',' && rest[1]?.word && OPENERS.has(rest[1].folded) ? rest.slice(2) : rest;
  const text = render([...words(lead), ...thing, ...tail]);
  return { text: /[.!?…]$/.test(text) ? text.replace(/!+$/, '.') : `${text}.` };
}

/** "X is hardly a catastrophe" → "I understand your concern about X". */
function shrunk(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  const copula = pieces.findIndex((p, k) => k > from && p.word && COPULAS.has(p.folded));
  if (copula < 0 || copula - from > 12) return null;
  const subject = pieces.slice(from, copula);
  // A clause or a mark inside the subject ("Whatever they said, it …") is no noun phrase to name.
  if (subject.length === 0 || subject.some((p) => !p.word)) return null;
  let at = copula + 1;
  while (pieces[at]?.word && FILLERS.has((pieces[at] as Piece).folded) && pieces[at]?.folded !== 'a') at++;
  const end = SHRUNK.map((phrase) => phraseEnd(pieces, at, phrase)).find((e) => e > 0);
  if (end === undefined || end !== clauseEnd(pieces, end)) return null;
  const first = subject[0] as Piece;
  const about = subject.map((p, k) =>
    k === 0 && DETERMINERS.has(first.folded) ? { ...p, text: p.text.toLowerCase() } : p,
  );
  return acknowledged(input, about, pieces.slice(end));
}

/** "There's no need to get so worked up about X" → "I understand your concern about X". */
function wavedAway(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  const about = pieces.findIndex((p, k) => k > from && p.word && (p.folded === 'about' || p.folded === 'over'));
  if (about < 0 || about - from > 12) return null;
  // The worry word stands right before "about" (or before "so much"): "worked up about", "panic over".
  const before = pieces.slice(Math.max(from, about - 3), about).map((p) => p.folded);
  if (!before.some((w) => WORKED_UP.has(w))) return null;
  // Only a clause that is the put-down from its start: "no need", "there's no need", "let's not", "don't".
  const head = pieces
    .slice(from, about)
    .map((p) => p.folded)
    .join(' ');
  if (
    !/^(?:there(?:'s| is) (?:really |honestly )?no (?:need|reason)|(?:really |honestly )?no (?:need|reason)|let's not|(?:please )?don't|you (?:really )?don't need)\b/.test(
      head,
    )
  )
    return null;
  const end = clauseEnd(pieces, about + 1);
  if (end - about < 2) return null;
  return acknowledged(input, pieces.slice(about + 1, end), pieces.slice(end));
}

/** "You're overthinking this" → "I understand your concern"; "reading too much into X" → "… about X". */
function overdoing(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  let i = from;
  // "I think you're …": the writer's hedge goes with it.
  if (pieces[i]?.folded === 'i' && /^(?:think|feel)$/.test(pieces[i + 1]?.folded ?? '')) i += 2;
  if (pieces[i]?.folded === "you're") i += 1;
  else if (pieces[i]?.folded === 'you' && pieces[i + 1]?.folded === 'are') i += 2;
  else return null;
  while (pieces[i]?.word && FILLERS.has((pieces[i] as Piece).folded)) i++;
  const verb = pieces[i];
  if (!verb?.word) return null;
  if (OVERDOING.has(verb.folded)) {
    let end = i + 1;
    if (/^(?:it|this|that|things)$/.test(pieces[end]?.folded ?? '')) end++;
    while (pieces[end]?.word && FILLERS.has((pieces[end] as Piece).folded)) end++;
    if (end !== clauseEnd(pieces, end)) return null;
    return acknowledged(input, [], pieces.slice(end));
  }
  // "reading (far) too much into X".
  if (verb.folded !== 'reading') return null;
  let k = i + 1;
  if (/^(?:far|way|a)$/.test(pieces[k]?.folded ?? '')) k += pieces[k]?.folded === 'a' ? 2 : 1;
  const into = phraseEnd(pieces, k, 'too much into');
  if (into < 0) return null;
  const end = clauseEnd(pieces, into);
  const about = pieces.slice(into, end);
  const pronoun = about.length === 1 && /^(?:it|this|that)$/.test(about[0]?.folded ?? '');
  return acknowledged(input, pronoun ? [] : about, pieces.slice(end));
}

/**
 * The reader's reaction called too big, as a whole clause: "You're making this a much bigger deal than it is",
 * "Let's not turn it into a drama", "I wouldn't read too much into the score" (what it is about stays).
 */
const TOO_BIG = [
  /^you(?:'re| are) making (?:this|it|that) (?:into )?a (?:much |far |way |lot )?bigger deal than (?:it is|it needs to be)$/,
  /^you(?:'re| are) making a mountain out of a molehill$/,
  /^let's not (?:turn|make) (?:this|it|that) (?:into )?(?:a drama|a whole thing|a big deal|a saga|an issue|a bigger deal than it is)$/,
];
const READ_INTO = /^i (?:wouldn't|would not|don't|do not) (?:read|put) (?:too much|so much|much|anything) into$/;

function tooBig(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  const end = clauseEnd(pieces, from);
  const folded = pieces.slice(from, end).map((p) => p.folded);
  const said = folded.join(' ');
  if (TOO_BIG.some((re) => re.test(said))) return acknowledged(input, [], pieces.slice(end));
  const into = folded.lastIndexOf('into');
  if (into < 0 || !READ_INTO.test(folded.slice(0, into + 1).join(' '))) return null;
  const about = pieces.slice(from + into + 1, end);
  if (about.length === 0) return null;
  const pronoun = about.length === 1 && /^(?:it|this|that)$/.test(about[0]?.folded ?? '');
  return acknowledged(input, pronoun ? [] : about, pieces.slice(end));
}

/** German: the reader's word for "your" in each form of address. */
const DE_YOUR: Record<RewriteInput['form'], { sorge: string; aerger: string }> = {
  sie: { sorge: 'Ihre', aerger: 'Ihren' },
  du: { sorge: 'deine', aerger: 'deinen' },
  ihr: { sorge: 'eure', aerger: 'euren' },
};
/** German verbs that say the reader overdoes it (lemmas). */
const DE_OVERDOING = new Set(['übertreiben', 'dramatisieren', 'hineinsteigern', 'reinsteigern']);
/** "zu eng", "zu persönlich": the reader's view called too much. */
const DE_TOO = new Set(['eng', 'emotional', 'persönlich', 'schwer', 'dramatisch', 'schwarz']);
const DE_HEDGE = /^(?:ich (?:glaube|denke|finde)|mal im ernst|ehrlich gesagt|ganz ehrlich)$/;

function deLead(input: RewriteInput, noun: 'sorge' | 'aerger', clause: readonly Piece[]): string {
  const own = DE_YOUR[formSaid(clause, input.form)][noun];
  return `${input.writer === 'wir' ? 'Wir verstehen' : 'Ich verstehe'} ${own} ${noun === 'sorge' ? 'Sorge' : 'Ärger'}`;
}

function sentenceOf(lead: string, rest: readonly Piece[]): Candidate {
  const text = render([...words(lead), ...rest]);
  return { text: /[.!?…]$/.test(text) ? text.replace(/!+$/, '.') : `${text}.` };
}

/** „Lass uns daraus kein Drama machen“: the reader's reaction called a show, as a whole clause. */
const DE_NO_SHOW =
  /^(?:lass|lasst|lassen sie) uns (?:da|daraus|doch|jetzt|bitte|mal)(?: (?:da|daraus|doch|jetzt|bitte|mal))* (?:kein|keinen) (?:drama|theater|aufstand|staatsakt|wirbel|zirkus) (?:draus )?machen$/;

function deNoShow(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  const end = clauseEnd(pieces, from);
  const clause = pieces.slice(from, end);
  if (!DE_NO_SHOW.test(clause.map((p) => p.folded).join(' '))) return null;
  // The imperative says how the reader is addressed: "Lass" du, "Lasst" ihr, "Lassen Sie" Sie.
  const form = clause[0]?.folded === 'lass' ? 'du' : clause[0]?.folded === 'lasst' ? 'ihr' : 'sie';
  return sentenceOf(deLead({ ...input, form }, 'sorge', clause), pieces.slice(end));
}

/** "Sie übertreiben", "Da steigern Sie sich rein", "Sie sehen das zu eng" → "Ich verstehe Ihre Sorge". */
function deOverdoing(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  let i = from;
  // "Ich glaube, …", "Mal im Ernst, …": the hedge goes with the put-down.
  const comma = pieces.findIndex((p, k) => k >= i && k <= i + 3 && p.text === ',');
  if (
    comma > i &&
    DE_HEDGE.test(
      pieces
        .slice(i, comma)
        .map((p) => p.folded)
        .join(' '),
    )
  )
    i = comma + 1;
  const end = clauseEnd(pieces, i);
  const clause = pieces.slice(i, end);
  if (clause.length === 0 || clause.length > 10) return null;
  const reader = clause.some((p) => (p.folded === 'sie' && p.text === 'Sie') || /^(?:du|ihr)$/.test(p.folded));
  if (!reader) return null;
  const lemmas = clause.map((p) => p.lemma);
  const overdoing =
    lemmas.some((l) => DE_OVERDOING.has(l)) ||
    (lemmas.includes('steigern') && clause.some((p) => /^(?:hinein|rein)$/.test(p.folded))) ||
    clause.some((p, k) => p.folded === 'zu' && DE_TOO.has(clause[k + 1]?.folded ?? '') && k === clause.length - 2);
  if (!overdoing) return null;
  return sentenceOf(deLead(input, 'sorge', clause), pieces.slice(end));
}

/** "Es gibt keinen Grund, sich über X aufzuregen" → "Ich verstehe Ihren Ärger über X". */
function deNoReason(input: RewriteInput, pieces: readonly Piece[], from: number): Candidate | null {
  const grund = pieces.findIndex((p, k) => k >= from && k <= from + 4 && p.folded === 'grund');
  if (grund < 0 || !/^(?:kein|keinen)$/.test(pieces[grund - 1]?.folded ?? '')) return null;
  if (pieces[grund + 1]?.text !== ',' || pieces[grund + 2]?.folded !== 'sich') return null;
  let i = grund + 3;
  while (pieces[i]?.word && /^(?:so|gleich|deswegen|darüber|jetzt)$/.test((pieces[i] as Piece).folded)) i++;
  if (pieces[i]?.folded !== 'über') return null;
  const end = clauseEnd(pieces, i + 1);
  const verb = pieces[end - 1];
  if (!verb || !/^(?:aufzuregen|zu ärgern)$/.test(verb.folded) || end - i < 3) return null;
  const about = pieces.slice(i, end - 1);
  return sentenceOf(deLead(input, 'aerger', pieces.slice(from, end)), [...about, ...pieces.slice(end)]);
}

export const acknowledgeConcern: Strategy = (input) => {
  const { pieces } = input;
  const from = start(pieces);
  const found =
    input.language === 'de'
      ? (deNoReason(input, pieces, from) ?? deOverdoing(input, pieces, from) ?? deNoShow(input, pieces, from))
      : (wavedAway(input, pieces, from) ??
        overdoing(input, pieces, from) ??
        tooBig(input, pieces, from) ??
        shrunk(input, pieces, from));
  if (!found) return [];
  // What goes is the put-down and its opener: every word the new sentence no longer has (the rest is kept verbatim).
  const kept = new Set(found.text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  return [{ ...found, dropped: pieces.filter((p) => p.word && !kept.has(p.folded)).map((p) => p.folded) }];
};
