// Mock thanks and mock praise said from the writer's side or as an event, with
// a next step: once the praise goes, "you sent the plans at 11pm" reads as
// blame, so the fact is said as what reached the writer ("The plans reached us
// at 11pm the night before.") or what happened ("The filing deadline was missed
// for the second year running."). Narrow shapes only: anything else gets nothing.
import type { Candidate, RewriteInput, Strategy } from './context';
import { type Piece, render, words } from './pieces';
import { thankedFor } from './sarcasm';

const EN_NUMBER =
  /^(?:\d\S*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|full|half)$/;
const EN_DETERMINER = /^(?:the|your|my|our|this|these|those|his|her|their)$/;
/** Where the time of the deed starts after its object ("at 11pm", "three weeks late", "a mere six weeks after …"). */
const EN_TIME_START = /^(?:at|on|a|an|only|just|mere|late|after|yesterday|today|tonight|last)$/;
/** Words of a time that say when (or how late). */
const EN_TIME_WORD = /^(?:\d\S*|late|later|after|before|night|morning|evening|weeks?|days?|months?|hours?|minutes?)$/;
const EN_BELITTLING = new Set(['only', 'just', 'mere']);
/** Verbs of handing something over, and the particle that may follow ("passing on"). */
const EN_HANDED = /^(?:sending|passing|forwarding|delivering|submitting|sharing|emailing)$/;

const endsPlain = (pieces: readonly Piece[]) => pieces[pieces.length - 1]?.text === '.';

/**
 * "Thanks for sending the plans at 11pm the night before." → "The plans reached
 * us at 11pm the night before. Could we agree on a date for the next one?": what
 * was handed over, as what reached the writer, and when.
 */
function reachedUs(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  const at = thankedFor(pieces);
  const verb = pieces[at + 1];
  if (at < 1 || !verb?.word || !EN_HANDED.test(verb.folded)) return [];
  const from = pieces[at + 2]?.folded === 'on' ? at + 3 : at + 2;
  if (!EN_DETERMINER.test(pieces[from]?.folded ?? '')) return [];
  const body = pieces.slice(from, -1);
  if (body.some((p) => !p.word)) return [];
  const split = body.findIndex((p, i) => i >= 2 && (EN_TIME_START.test(p.folded) || EN_NUMBER.test(p.folded)));
  if (split < 2 || split > 5) return [];
  const thing = body.slice(0, split);
  // "the contract to the wrong client": where it went is no time.
  if (thing.some((p) => /^(?:to|of|with|for|from|by)$/.test(p.folded))) return [];
  const rest = body.slice(split);
  if (!rest.some((p) => EN_TIME_WORD.test(p.folded) || EN_NUMBER.test(p.folded)) || rest.length > 8) return [];
  const dropped = rest.filter((p) => EN_BELITTLING.has(p.folded)).map((p) => p.folded);
  const time = rest.filter(
    (p, i) =>
      !EN_BELITTLING.has(p.folded) &&
      !(p.folded === 'a' && EN_BELITTLING.has(rest[i + 1]?.folded ?? '') && EN_NUMBER.test(rest[i + 2]?.folded ?? '')),
  );
  if (time.length === 0) return [];
  const out = [
    { ...(thing[0] as Piece), gap: '' },
    ...thing.slice(1),
    ...words(`reached ${input.writer === 'wir' ? 'us' : 'me'}`),
    ...time.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)),
    pieces[pieces.length - 1] as Piece,
  ];
  const gone = pieces.slice(0, from).map((p) => p.folded);
  return [{ text: `${render(out)} Could we agree on a date for the next one?`, dropped: [...gone, ...dropped] }];
}

/** German answers and what they are called: "Sie melden sich" → "Ihre Nachricht". Both nouns feminine. */
const DE_REPLY: Array<[RegExp, string]> = [
  [/^(?:zurück)?(?:melden|meldest|meldet|gemeldet)$/, 'Nachricht'],
  [/^(?:antworten|antwortest|antwortet|geantwortet)$/, 'Antwort'],
];
const DE_OPENER = /^(?:danke|dank|vielen|herzlichen|besten|nett|toll|schön|super|prima|klasse|auch)$/;
const DE_NUMBER =
  /^(?:\d\S*|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|dreißig)$/;
const DE_UNIT = /^(?:tag|tagen|woche|wochen|monat|monaten|stunde|stunden|minute|minuten|jahr|jahren)$/;
const DE_BELITTLING = new Set(['nur', 'bloß', 'lediglich', 'erst', 'gerade', 'mal']);
const DE_PRONOUN: Record<RewriteInput['form'], { pronoun: string; reflexive: string; own: string; aux: string }> = {
  sie: { pronoun: 'sie', reflexive: 'sich', own: 'Ihre', aux: 'haben' },
  du: { pronoun: 'du', reflexive: 'dich', own: 'Deine', aux: 'hast' },
  ihr: { pronoun: 'ihr', reflexive: 'euch', own: 'Eure', aux: 'habt' },
};

/**
 * "Nett von Ihnen, dass Sie sich nach drei Wochen melden." → "Ihre Nachricht
 * kam nach drei Wochen – können wir künftig schneller in Kontakt bleiben?": the
 * late answer as what came, and when; the reader's form of address kept.
 */
function replyCame(input: RewriteInput): Candidate[] {
  const { pieces, language, form } = input;
  if (language !== 'de' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  const dass = pieces.findIndex((p) => p.folded === 'dass');
  if (dass < 2 || dass > 6 || pieces[dass - 1]?.text !== ',') return [];
  const opener = pieces.slice(0, dass - 1);
  const vonIhnen = (p: Piece, i: number) => i > 0 && /^(?:von|ihnen|dir|euch)$/.test(p.folded);
  if (!opener.every((p, i) => p.word && (DE_OPENER.test(p.folded) || vonIhnen(p, i)))) return [];
  const own = DE_PRONOUN[form];
  let i = dass + 1;
  const pronoun = pieces[i];
  // "Sie" in capitals for the polite form; "ihr" and "du" as the draft addresses.
  if (pronoun?.folded !== own.pronoun || (form === 'sie' && pronoun.text !== 'Sie')) return [];
  i++;
  if (pieces[i]?.folded === own.reflexive) i++;
  const dropped: string[] = [];
  while (pieces[i]?.folded === 'endlich' || pieces[i]?.folded === 'auch' || pieces[i]?.folded === 'mal')
    dropped.push((pieces[i++] as Piece).folded);
  if (pieces[i]?.folded !== 'nach') return [];
  const time: Piece[] = [pieces[i++] as Piece];
  while (DE_BELITTLING.has(pieces[i]?.folded ?? '')) dropped.push((pieces[i++] as Piece).folded);
  const number = pieces[i];
  const unit = pieces[i + 1];
  if (!number || !DE_NUMBER.test(number.folded) || !unit || !DE_UNIT.test(unit.folded)) return [];
  time.push(number, unit);
  i += 2;
  const verb = pieces[i];
  const noun = DE_REPLY.find(([re]) => re.test(verb?.folded ?? ''))?.[1];
  if (!verb || !noun) return [];
  i++;
  // A participle takes its auxiliary ("gemeldet haben"); a present form stands alone.
  if (/^ge|^zurückge/.test(verb.folded)) {
    if (pieces[i]?.folded !== own.aux) return [];
    i++;
  } else if (/^(?:zurück)?ge/.test(verb.folded)) return [];
  if (i !== pieces.length - 1) return [];
  const out = [...words(`${own.own} ${noun} kam`), ...time.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p))];
  const gone = pieces.slice(0, i).map((p) => p.folded);
  return [
    {
      text: `${render(out)} – können wir künftig schneller in Kontakt bleiben?`,
      dropped: [...gone, ...dropped],
    },
  ];
}

export const sarcasmMore: Strategy = (input) => [...reachedUs(input), ...replyCame(input)];
