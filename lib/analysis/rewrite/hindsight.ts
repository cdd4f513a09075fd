// "You should have …" looks back at what the reader failed to do; the same
// words can ask for it next time: "Sie hätten uns sofort informieren müssen"
// → "Könnten Sie uns künftig sofort informieren?", "You should have told us
// about the leak straight away" → "Next time, could you tell us about the
// leak straight away?". What was to be done stays word for word.
import type { Candidate, RewriteInput, Strategy } from './context';
import { type Piece, render, words } from './pieces';

const DE_READER: Record<string, { had: string; ask: string }> = {
  sie: { had: 'hätten', ask: 'Könnten Sie' },
  du: { had: 'hättest', ask: 'Könntest du' },
  ihr: { had: 'hättet', ask: 'Könntet ihr' },
};
const DE_MODALS = new Set(['sollen', 'müssen']);
/** Pronoun objects stand before "künftig": "Könnten Sie uns künftig …". */
const DE_PRONOUN_OBJECTS = new Set(['uns', 'mir', 'mich', 'ihn', 'ihm', 'es', 'dich', 'dir', 'euch', 'ihnen']);
/** Clauses after the comma that still fit a request for next time ("…, bevor Sie … telefonieren"), not "als …". */
const DE_NEXT_TIME = new Set(['bevor', 'wenn', 'sobald', 'nachdem', 'damit', 'falls']);
const EN_LEADS = ['you should have', 'you ought to have', "you should've"];
/** A past-tense clause after it ("before we plastered") does not fit a request for next time. */
const EN_PAST = /(?:ed|^was|^were|^did|^had|^told|^said|^sent|^came|^went|^made|^got|^left)$/;

function german(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const [subject, had] = pieces;
  const reader = subject?.word ? DE_READER[subject.text === 'Sie' ? 'sie' : subject.folded] : undefined;
  if (!reader || !had || had.folded !== reader.had || (subject?.folded === 'sie' && subject.text !== 'Sie')) return [];
  const modal = pieces.findIndex((p, i) => i > 2 && p.word && DE_MODALS.has(p.folded));
  const infinitive = pieces[modal - 1];
  if (modal < 0 || !infinitive?.word || !/(?:en|ern|eln)$/.test(infinitive.folded)) return [];
  const middle = pieces.slice(2, modal - 1);
  if (middle.some((p) => !p.word)) return [];
  const after = pieces.slice(modal + 1);
  const end = after[after.length - 1];
  const clause = end && !end.word ? after.slice(0, -1) : after;
  if (clause.length > 0 && !(clause[0]?.text === ',' && DE_NEXT_TIME.has(clause[1]?.folded ?? ''))) return [];
  let objects = 0;
  while (objects < middle.length && DE_PRONOUN_OBJECTS.has((middle[objects] as Piece).folded)) objects++;
  const out = [
    ...words(reader.ask),
    ...middle.slice(0, objects),
    ...words('künftig'),
    ...middle.slice(objects),
    infinitive,
    ...clause,
    ...words('?'),
  ];
  return [{ text: render(out), dropped: [had.folded, pieces[modal]?.folded ?? ''] }];
}

function english(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const lead = EN_LEADS.find((phrase) => phrase.split(' ').every((w, i) => pieces[i]?.word && pieces[i]?.folded === w));
  if (!lead) return [];
  const at = lead.split(' ').length;
  const participle = pieces[at];
  // The base form from the lemma tables ("told" → tell); an unknown form is not guessed.
  if (!participle?.word || participle.lemma === participle.folded) return [];
  const rest = pieces.slice(at + 1);
  const end = rest[rest.length - 1];
  const body = end && !end.word ? rest.slice(0, -1) : rest;
  if (body.some((p) => (!p.word && p.text !== ',') || EN_PAST.test(p.folded))) return [];
  const out = [
    ...words('Next time, could you'),
    { ...participle, text: participle.lemma, gap: ' ' },
    ...body,
    ...words('?'),
  ];
  return [{ text: render(out), dropped: [...lead.split(' '), participle.folded] }];
}

export const askForNextTime: Strategy = (input) => (input.language === 'de' ? german(input) : english(input));
