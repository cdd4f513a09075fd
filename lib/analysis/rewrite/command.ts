// Commands said as requests: "Sie müssen die Vollmacht unterschreiben" →
// "Könnten Sie die Vollmacht unterschreiben?", "Schicken Sie mir sofort die
// Belege!" → "Könnten Sie mir bis [Datum] die Belege schicken?", "You need to
// sign the form" → "Could you sign the form?", "Ich erwarte den Ausgleich bis
// …" → "Ich bitte um den Ausgleich bis …". The ask stays an ask; urgency
// becomes a date the writer fills in.
import { type Candidate, dropPhrases, findPhrase, type RewriteInput, type Strategy } from './context';
import { spelledInfinitive } from './german';
import { body, capitalise, type Piece, render, words } from './pieces';
import { EN_IMPERATIVES, REWRITE_WORDS } from './words';

const DE_MUST: Record<string, string> = { müssen: 'Könnten', sollen: 'Könnten' };
const DE_REQUEST: Record<RewriteInput['form'], string> = { sie: 'Könnten Sie', du: 'Könntest du', ihr: 'Könntet ihr' };
const DE_READER: Record<string, RewriteInput['form']> = { sie: 'sie', du: 'du', ihr: 'ihr' };
const EN_MUST = ['need to', 'must', 'have to', 'will need to', 'are required to', 'should'];
const EXPECT: Record<RewriteInput['language'], Record<string, string>> = {
  de: { erwarte: 'bitte um', erwarten: 'bitten um' },
  en: { expect: "'d appreciate" },
};
const PARTICLES = new Set(
  'ab an auf aus bei ein fest fort her hin los mit nach nieder vor weg zu zurück zusammen'.split(' '),
);
const DATE: Record<RewriteInput['language'], string> = { de: 'bis [Datum]', en: 'by [date]' };

/** Urgency words replaced by a date to fill in (once), sharpeners dropped. */
function calmer(input: RewriteInput, pieces: Piece[]): { pieces: Piece[]; dropped: string[] } {
  const w = REWRITE_WORDS[input.language];
  const dropped: string[] = [];
  let out = pieces;
  let dated = false;
  for (let found = findPhrase(out, w.urgency); found; found = findPhrase(out, w.urgency)) {
    const replacement = dated ? [] : words(DATE[input.language]);
    dated = true;
    out = [
      ...out.slice(0, found.at),
      ...replacement.map((p, i) => (i === 0 ? { ...p, gap: (out[found.at] as Piece).gap } : p)),
      ...out.slice(found.end),
    ];
    dropped.push(...found.phrase.split(' '));
  }
  const sharp = dropPhrases(out, w.sharpeners);
  return { pieces: sharp.pieces, dropped: [...dropped, ...sharp.dropped] };
}

const asQuestion = (pieces: Piece[]): Piece[] => [...body(pieces), ...words('?')];

function german(pieces: Piece[]): Piece[] | null {
  const [first, second] = pieces;
  if (!first?.word || !second?.word) return null;
  const last = body(pieces);
  // "Sie müssen … unterschreiben": the modal becomes "Könnten".
  if (DE_READER[first.folded] && DE_MUST[second.lemma]) {
    return asQuestion([...words(DE_REQUEST[DE_READER[first.folded] as RewriteInput['form']]), ...last.slice(2)]);
  }
  // "Ich erwarte den Ausgleich bis …": "Ich bitte um …" keeps the object's case.
  const expect = EXPECT.de[second.folded];
  // "Ich erwarte den Ausgleich" → "Ich bitte um den Ausgleich"; not "erwarte, dass …".
  if ((first.folded === 'ich' || first.folded === 'wir') && expect && pieces[2]?.word && pieces[2].folded !== 'dass') {
    return [first, ...words(expect), ...pieces.slice(2)];
  }
  // "Schicken Sie mir … die Belege (ab)!": the imperative moves to the end as an infinitive.
  if (second.folded === 'sie' && second.text === 'Sie' && first.lemma.endsWith('en') && first.folded === first.lemma) {
    let middle = last.slice(2);
    let infinitive = first.lemma;
    const end = middle[middle.length - 1];
    if (end?.word && PARTICLES.has(end.folded)) {
      infinitive = end.folded + infinitive;
      middle = middle.slice(0, -1);
    }
    if (middle.length === 0) return null;
    return asQuestion([...words('Könnten Sie'), ...middle, ...words(spelledInfinitive(infinitive))]);
  }
  return null;
}

function english(input: RewriteInput, pieces: Piece[]): Piece[] | null {
  const first = pieces[0];
  if (!first?.word) return null;
  const last = body(pieces);
  if (first.folded === 'you') {
    for (const must of EN_MUST) {
      const end = must.split(' ').length + 1;
      if (
        pieces
          .slice(1, end)
          .map((p) => p.folded)
          .join(' ') !== must
      )
        continue;
      const verb = pieces[end];
      if (!verb?.word || verb.folded === 'have' || verb.folded === 'be') return null;
      return asQuestion([...words('Could you'), ...last.slice(end)]);
    }
    return null;
  }
  if (
    (first.folded === 'i' || first.folded === 'we') &&
    EXPECT.en[pieces[1]?.folded ?? ''] &&
    pieces[2]?.word &&
    pieces[2].folded !== 'that'
  ) {
    const fused = words(`${first.text}${EXPECT.en[pieces[1]?.folded ?? '']}`);
    return [...fused, ...pieces.slice(2)];
  }
  // A bare imperative ("Send me the files now."): a request with "could you".
  if (EN_IMPERATIVES.has(first.folded) && /(?:command|imperative)/.test(input.ruleId)) {
    return asQuestion([
      ...words('Could you'),
      { ...first, text: first.text.toLowerCase(), gap: ' ' },
      ...last.slice(1),
    ]);
  }
  return null;
}

export const askInstead: Strategy = (input) => {
  if (input.ruleId.includes('ultimatum')) return [];
  const { pieces, dropped } = calmer(input, input.pieces);
  const out = input.language === 'de' ? german(pieces) : english(input, pieces);
  if (!out) return [];
  const first = out[0] as Piece;
  const text = render([{ ...first, gap: '', text: capitalise(first.text) }, ...out.slice(1)]);
  const candidate: Candidate = { text, dropped: [...dropped, ...input.pieces.slice(0, 3).map((p) => p.folded)] };
  return [candidate];
};
