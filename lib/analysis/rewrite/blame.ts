// The reader made the culprit for something they were to send ("Sie haben die
// Pläne zu spät geschickt", "you didn't send the invoices") said from the
// writer's side, then the next step as a question with the date left to fill
// in: "Ich habe die Pläne zu spät erhalten. Damit wir im Zeitplan bleiben,
// bräuchte ich sie künftig bis [Wochentag]."
import type { Candidate, RewriteInput, Strategy } from './context';
import { clauseEnd, type Piece, render, words } from './pieces';
import { REWRITE_WORDS } from './words';

const READER: Record<string, RewriteInput['form']> = { sie: 'sie', du: 'du', ihr: 'ihr', you: 'sie' };
const WRITER_DATIVE = new Set(['mir', 'uns', 'me', 'us']);
const DE_NEGATION = new Set(['nicht', 'nie', 'niemals']);
const LATE = new Set(['spät', 'verspätet', 'erst', 'rechtzeitig', 'pünktlich', 'late', 'after', 'only']);
/** Words that say "so far" already, or make the negation one of timing: no "noch" before "nicht". */
const NO_YET = new Set(['noch', 'bisher', 'heute', 'rechtzeitig', 'pünktlich']);
const SUBORDINATORS = new Set(['weil', 'da', 'nachdem', 'because', 'since', 'as']);
const EN_NEGATED = new Set(["didn't", "haven't", "hasn't", 'never']);

/** The pronoun that takes up the object in the next step, from its determiner. */
function objectPronoun(middle: readonly Piece[], language: RewriteInput['language']): string {
  if (language === 'en') {
    const nouns = middle.filter((p) => p.word && !WRITER_DATIVE.has(p.folded));
    const last = nouns[nouns.length - 1]?.folded ?? '';
    return /[^su]s$/.test(last) ? 'them' : 'it';
  }
  const det = middle.find((p) => p.word && /^(?:d|ein|mein|dein|ihr|unser|euer|eur|kein)/.test(p.folded));
  const f = det?.folded ?? '';
  if (/^(?:die|eine|meine|deine|ihre|unsere|eure)$/.test(f)) return 'sie';
  if (/^(?:den|einen|meinen|deinen|ihren|unseren|euren)$/.test(f)) return 'ihn';
  if (/^(?:das|ein|mein|dein|ihr|unser|euer)$/.test(f)) return 'es';
  return 'das';
}

function nextStep(input: RewriteInput, pronoun: string, late: boolean): string {
  const { language, form, writer } = input;
  if (language === 'en')
    return late ? 'Could we agree on [date] for the next one?' : `Could you send ${pronoun} by [date]?`;
  const me = writer === 'wir' ? 'uns' : 'mir';
  const could = form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
  if (late) {
    const need = writer === 'wir' ? 'bräuchten wir' : 'bräuchte ich';
    return `Damit wir im Zeitplan bleiben, ${need} ${pronoun} künftig bis [Wochentag].`;
  }
  // A personal pronoun object stands before the dative one ("sie mir"), the demonstrative "das" after it.
  return pronoun === 'das'
    ? `${could} ${me} das bis [Datum] schicken?`
    : `${could} ${pronoun} ${me} bis [Datum] schicken?`;
}

function german(input: RewriteInput): Candidate[] {
  const { pieces, cue, writer } = input;
  const sending = new Set(REWRITE_WORDS.de.sending);
  for (let s = Math.max(0, cue.from - 1); s < Math.min(pieces.length, cue.to + 1); s++) {
    const subject = pieces[s] as Piece;
    if (!subject.word || READER[subject.folded] === undefined || subject.folded === 'you') continue;
    const subordinate = s > 0 && SUBORDINATORS.has((pieces[s - 1] as Piece).folded);
    if (!subordinate && s !== 0) continue;
    const end = clauseEnd(pieces, s + 1);
    const aux = subordinate ? end - 1 : s + 1;
    const participle = subordinate ? end - 2 : end - 1;
    const auxPiece = pieces[aux];
    const part = pieces[participle];
    if (!auxPiece || !part || auxPiece.lemma !== 'haben' || !sending.has(part.lemma) || part.folded === part.lemma)
      continue;
    const middle = pieces.slice(subordinate ? s + 1 : s + 2, participle).filter((p) => !WRITER_DATIVE.has(p.folded));
    const negated = middle.some((p) => DE_NEGATION.has(p.folded));
    const late = middle.some((p) => LATE.has(p.folded));
    if (!negated && !late) continue;
    const yet = !middle.some((p) => NO_YET.has(p.folded));
    const withYet = middle.flatMap((p) => (yet && DE_NEGATION.has(p.folded) ? words('noch nicht') : [p]));
    const timing = middle.some((p) => p.folded === 'rechtzeitig' || p.folded === 'pünktlich');
    const me = writer === 'wir' ? 'wir' : 'ich';
    const have = writer === 'wir' ? 'haben' : 'habe';
    const clause = subordinate
      ? [...words(me), ...withYet, ...words(`erhalten ${have}`)]
      : [...words(`${me === 'ich' ? 'Ich' : 'Wir'} ${have}`), ...withYet, ...words('erhalten')];
    const rebuilt = [
      ...pieces.slice(0, s),
      ...clause.map((p, i) => (i === 0 ? { ...p, gap: subject.gap } : p)),
      ...pieces.slice(end),
    ];
    const text = `${render(rebuilt)} ${nextStep(input, objectPronoun(middle, 'de'), late && (!negated || timing))}`;
    return [{ text, dropped: [part.folded] }];
  }
  return [];
}

function english(input: RewriteInput): Candidate[] {
  const { pieces, cue, writer } = input;
  const sending = new Set(REWRITE_WORDS.en.sending);
  const me = writer === 'wir' ? 'we' : 'I';
  for (let s = Math.max(0, cue.from - 1); s < Math.min(pieces.length, cue.to + 1); s++) {
    if ((pieces[s] as Piece).folded !== 'you') continue;
    const subordinate = s > 0 && SUBORDINATORS.has((pieces[s - 1] as Piece).folded);
    if (!subordinate && s !== 0) continue;
    const first = pieces[s + 1];
    if (!first?.word) continue;
    const end = clauseEnd(pieces, s + 1);
    let verb = s + 1;
    let negated = false;
    if (EN_NEGATED.has(first.folded)) {
      negated = true;
      verb = s + 2;
    }
    const v = pieces[verb];
    if (!v?.word || !sending.has(v.lemma)) continue;
    if (!negated && v.folded === v.lemma) continue; // present tense: a habit, not this occasion
    let rest = pieces.slice(verb + 1, end);
    while (rest[0] && WRITER_DATIVE.has(rest[0].folded)) rest = rest.slice(1);
    if (rest[0]?.folded === 'back') rest = rest.slice(1);
    const late = rest.some((p) => LATE.has(p.folded));
    if (!negated && !late) continue;
    const head = negated ? `${me} haven't received` : `${me} received`;
    const tail = negated && !rest.some((p) => p.folded === 'yet') ? words('yet') : [];
    const clause = [...words(s === 0 ? head.charAt(0).toUpperCase() + head.slice(1) : head), ...rest, ...tail];
    const rebuilt = [
      ...pieces.slice(0, s),
      ...clause.map((p, i) => (i === 0 ? { ...p, gap: (pieces[s] as Piece).gap } : p)),
      ...pieces.slice(end),
    ];
    const text = render(rebuilt);
    return [
      {
        text: `${text} ${nextStep(input, objectPronoun(rest, 'en'), late && !negated)}`,
        dropped: [first.folded, v.folded],
      },
    ];
  }
  return [];
}

export const fromWritersSide: Strategy = (input) => (input.language === 'de' ? german(input) : english(input));
