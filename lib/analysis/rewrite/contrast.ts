// Praise taken back ("schön, aber …", "great work, but …"): the praise and the
// point each get their own sentence, without the "but" that cancels the first.
// Both stay: clarity beats harmony.
import { cut, findPhrase, type RewriteInput, type Strategy } from './context';
import { opensMainClause, verbSecond } from './german';
import { capitalise, type Piece, render, words } from './pieces';

const CONNECTORS = {
  de: ['aber', 'allerdings', 'jedoch', 'doch', 'nur leider', 'wobei'],
  en: ['but', 'however', 'though', 'that said', 'that being said', 'having said that', 'yet', 'although'],
};
/** A next step after the point: the praise stands, the point becomes something to work on. */
const NEXT_STEP: Record<RewriteInput['form'], { de: string; en: string }> = {
  sie: { de: 'Wie möchten Sie hier weiter vorgehen?', en: 'How would you like to take this forward?' },
  du: { de: 'Wie möchtest du hier weiter vorgehen?', en: 'How would you like to take this forward?' },
  ihr: { de: 'Wie möchtet ihr hier weiter vorgehen?', en: 'How would you like to take this forward?' },
};
/** Words that may open an English clause as its subject. */
const EN_SUBJECTS = new Set(
  'i we you he she it they this that these those there the a an your our my his her their its some most one two three none nothing everything something'.split(
    ' ',
  ),
);

export const separatePraise: Strategy = (input) => {
  const { pieces, cue, span, language } = input;
  const found =
    findPhrase(pieces, CONNECTORS[language], cue.from, cue.to) ??
    findPhrase(pieces, CONNECTORS[language], span.from, span.to);
  if (!found) return [];
  const before = pieces[found.at - 1];
  const mark = before && !before.word && /^[,;–—-]$/.test(before.text);
  let out: Piece[] | null;
  if (found.at === 0 || mark) {
    // The connector opens a clause: what follows becomes a sentence of its own.
    const head = found.at === 0 ? [] : [...pieces.slice(0, found.at - 1), ...words('.')];
    let rest = cut(pieces, 0, found.end);
    if (rest[0] && !rest[0].word && rest[0].text === ',') rest = rest.slice(1);
    if (language === 'de') {
      const reordered = verbSecond(rest);
      if (!reordered || !opensMainClause(reordered)) return [];
      rest = reordered;
    } else if (!(rest[0]?.word && (EN_SUBJECTS.has(rest[0].folded) || /^\p{Lu}/u.test(rest[0].text)))) return [];
    const first = rest[0] as Piece;
    out = [...head, { ...first, gap: head.length > 0 ? ' ' : '', text: capitalise(first.text) }, ...rest.slice(1)];
  } else if (language === 'de' && found.phrase === 'aber') {
    // "… stimmen aber die Summen nicht": the particle goes.
    out = cut(pieces, found.at, found.end);
  } else if (language === 'en' && pieces[found.end]?.text === ',' && before?.text === ',') {
    // "…, however, the totals …": the aside goes with its commas.
    out = cut(pieces, found.at - 1, found.end);
  } else out = null;
  if (!out) return [];
  const text = render(out);
  // Calmest first: the point followed by the next step, where the sentence asks nothing yet.
  const asks = input.pieces.some((p) => p.text.includes('?'));
  return [...(asks ? [] : [{ text: `${text} ${NEXT_STEP[input.form][language]}` }]), { text }];
};
