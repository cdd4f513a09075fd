// Absolutes about the reader ("nie", "ständig", "always", "every time") said
// as what happened: "nicht immer", "in letzter Zeit öfter", "often". The
// observation stays; the verdict on the person goes.
import { cut, findPhrase, type Strategy, splice } from './context';
import { participle } from './english';
import { DE_SUBJECT_PRONOUNS, looksFinite, nounPhraseEnd, opensMainClause, verbSecond } from './german';
import { clauseEnd, type Piece, render, words } from './pieces';
import { EN_PREPOSITIONS, REWRITE_WORDS } from './words';

/** Word pairs where the absolute is no absolute: "immer noch", "noch nie", "für immer", "wie immer". */
// "nicht ständig", "not always": already no absolute ("… müssen Sie nicht ständig melden").
const NOT_ABSOLUTE_BEFORE = new Set([
  'noch',
  'für',
  'wie',
  'still',
  'for',
  'than',
  'as',
  'almost',
  'fast',
  'nearly',
  'nicht',
  'not',
]);
/** Words that open a noun phrase, not a verb: "jedes Mal dieselbe Ausrede …". */
const ARTICLE_LIKE = /^(?:dies|dasselb|dieselb|derselb|jen|solch|manch|jed|kein|ein|mein|dein|sein|ihr|unser|eur)/;
/** Hedges before "nie"/"never" that go with it ("praktisch nie" → "nicht immer", not "praktisch nicht immer"). */
const HEDGES_BEFORE_NEVER = new Set(['praktisch', 'quasi', 'practically', 'virtually', 'basically']);
const NOT_ABSOLUTE_AFTER = new Set(['noch', 'mehr', 'wieder', 'besser', 'again', 'more', 'before', 'ever', 'mind']);
const WHEN: Record<string, string> = { de: 'wenn', en: 'when' };
const EN_AUX = new Set(
  "is are was were am 's 're can could will would should must may might do does did 'm 'll 'd".split(' '),
);
const EN_HAVE = new Set(['have', 'has', 'had', "'ve"]);
/** Words after which "every week" is an object or a measure, not an adverb ("to every session", "pretty much every week"). */
const EN_BEFORE_OBJECT = new Set([...EN_PREPOSITIONS, 'much', 'nearly', 'almost', 'practically', 'virtually']);

/** Hedges before an absolute time phrase ("pretty much every week"), and the time words that make it one. */
const EN_HEDGE_BEFORE = /(?:^|\s)(pretty much|nearly|almost|practically)$/;
const EN_TIME = /^(?:week|month|day|year|quarter|time)$/;

export const softenAbsolute: Strategy = (input) => {
  const { pieces, cue, span, language } = input;
  const table = REWRITE_WORDS[language].absolutes;
  const phrases = table.map(([p]) => p);
  const found = findPhrase(pieces, phrases, cue.from, cue.to) ?? findPhrase(pieces, phrases, span.from, span.to);
  if (language === 'en') {
    const kept = keepsDoing(found ? cut(pieces, found.at, found.end) : pieces);
    if (kept) return [kept];
  }
  if (!found) return [];
  const before = pieces[found.at - 1];
  const after = pieces[found.end];
  if ((before?.word && NOT_ABSOLUTE_BEFORE.has(before.folded)) || (after?.word && NOT_ABSOLUTE_AFTER.has(after.folded)))
    return [];
  // A sharpening word right before goes with it ("wirklich nie", "really never").
  let from = found.at;
  const sharpeners = new Set(REWRITE_WORDS[language].sharpeners);
  if (before?.word && (sharpeners.has(before.folded) || HEDGES_BEFORE_NEVER.has(before.folded))) from--;
  const replacement = (table.find(([p]) => p === found.phrase) as readonly [string, string])[1];
  const out =
    language === 'de' ? german(pieces, from, found.end, replacement) : english(pieces, from, found.end, replacement);
  if (!out) return [];
  const text = render(out);
  // The hedge before a time phrase ("pretty much every week") may go with it; a verb taken back to its
  // base after "doesn't always" ("reads" → "read") is the same word.
  const bases = new Set(out.map((p) => p.folded));
  const based = pieces.filter((p) => p.word && !bases.has(p.folded) && bases.has(p.lemma)).map((p) => p.folded);
  const dropped = [...found.phrase.split(' '), 'pretty', 'much', 'nearly', 'almost', ...HEDGES_BEFORE_NEVER, ...based];
  return [{ text, dropped }];
};

/** Subjects of "keep doing" that the reader is or stands for. */
const EN_READER_SUBJECT = /^(?:you|your|you guys|you all|your \S+(?: \S+)?)$/;

/**
 * "You keep sending the invoices to my old address" → "You have sent the invoices to my old
 * address more than once": the habit pinned on the reader said as what happened, how often
 * left to the facts. Only in the present ("keeps", not "kept": "had … more than once" reads
 * as another story) and with the reader as its subject; "constantly" and the like go with it.
 */
function keepsDoing(pieces: Piece[]): { text: string; dropped: string[] } | null {
  const at = pieces.findIndex((p) => p.folded === 'keep' || p.folded === 'keeps');
  const ing = pieces[at + 1];
  if (at < 1 || !ing?.word || !ing.folded.endsWith('ing') || ing.lemma === ing.folded) return null;
  // The clause may follow a lead-in ("I have to be honest, you keep …"): its subject starts after the mark.
  let start = at;
  while (start > 0 && (pieces[start - 1] as Piece).word) start--;
  const subject = pieces.slice(start, at);
  if (
    subject.length === 0 ||
    !EN_READER_SUBJECT.test(
      subject
        .map((p) => p.folded)
        .join(' ')
        .replace(/^(?:and|but|so) /, ''),
    )
  )
    return null;
  const have = (pieces[at] as Piece).folded === 'keeps' ? 'has' : 'have';
  const end = clauseEnd(pieces, at + 2);
  const rest = pieces.slice(at + 2, end).filter((p) => !EN_ALWAYS.has(p.folded));
  // "keep changing … again": a second reproach of repetition in the clause; not a plain "more than once".
  // "… and then wonder why …": a second verb in the clause would be left in the present beside it.
  if (rest.some((p) => /^(?:again|anyway|and|but|then)$/.test(p.folded))) return null;
  const out = [
    ...pieces.slice(0, start),
    ...subject,
    ...words(`${have} ${participle(ing.lemma)}`).map((p, i) =>
      i === 0 ? { ...p, gap: (pieces[at] as Piece).gap } : p,
    ),
    ...rest,
    ...words('more than once'),
    ...pieces.slice(end),
  ];
  return { text: render(out), dropped: [(pieces[at] as Piece).folded, ing.folded, 'constantly', 'continually'] };
}

/** Adverbs of "always" that go with "keep doing". */
const EN_ALWAYS = new Set(['constantly', 'continually', 'continuously', 'always', 'forever', 'repeatedly']);

/** German auxiliaries of a perfect or passive: with a participle after "nie" they tell of one occasion. */
const DE_PERFECT = new Set([
  'hat',
  'haben',
  'hast',
  'habt',
  'hatte',
  'hatten',
  'ist',
  'sind',
  'war',
  'waren',
  'wurde',
  'wurden',
]);
const DE_PARTICIPLE = /^\p{L}*ge\p{L}{2,}(?:t|en)$/u;

/** Whether the clause around [from, end) is a perfect or passive: an auxiliary and a participle closing it. */
function oneOccasion(pieces: readonly Piece[], from: number, end: number): boolean {
  let start = from;
  while (start > 0 && (pieces[start - 1] as Piece).word) start--;
  const stop = clauseEnd(pieces, end);
  const clause = pieces.slice(start, stop);
  const last = pieces[stop - 1];
  const participle =
    pieces.slice(end, stop).some((p) => p.word && !/^\p{Lu}/u.test(p.text) && DE_PARTICIPLE.test(p.folded)) ||
    (!!last?.word && !/^\p{Lu}/u.test(last.text) && last.lemma !== last.folded && /(?:t|en)$/.test(last.folded));
  return participle && clause.some((p) => DE_PERFECT.has(p.folded));
}

function german(pieces: Piece[], from: number, end: number, wanted: string): Piece[] | null {
  const next = pieces[end];
  // "… nie geschickt hat", "wurde nie bezahlt": one occasion, not a habit "nicht immer" could soften.
  if (wanted === 'nicht immer' && oneOccasion(pieces, from, end)) return null;
  // A sentence that already says "in letzter Zeit" takes only "öfter".
  const recent = pieces.some((p, i) => p.folded === 'letzter' && pieces[i + 1]?.folded === 'zeit');
  const replacement = recent ? wanted.replace('in letzter Zeit ', '') : wanted;
  // "Immer wenn wir live gehen …" → "Wenn wir live gehen …"; "Jedes Mal, wenn …" the same.
  if (next?.folded === WHEN.de) return cut(pieces, from, end);
  // "Wann immer wir …" is "whenever": "Wenn wir …", as above; "wo/was/wer immer" says no frequency at all.
  const before = pieces[from - 1];
  if (before?.word && /^(?:wann|wo|was|wer|wen|wem|wie)$/.test(before.folded)) {
    if (before.folded !== 'wann' || end - from !== 1) return null;
    const wenn = words(before.text === 'Wann' ? 'Wenn' : 'wenn').map((p) => ({ ...p, gap: before.gap }));
    return [...pieces.slice(0, from - 1), ...wenn, ...pieces.slice(end)];
  }
  if (next?.text === ',' && pieces[end + 1]?.folded === WHEN.de && from === 0) return cut(pieces, from, end + 1);
  // "schon wieder" goes: the repetition was the reproach. At the front the verb needs its subject first.
  if (replacement === '') {
    const rest = cut(pieces, from, end);
    if (from > 0) return rest;
    const reordered = verbSecond(rest);
    return reordered && opensMainClause(reordered) ? reordered : null;
  }
  // At the start of a clause the adverb is fronted like at the sentence's ("…, immer fehlt …").
  const clauseStart = from === 0 || /^[,;:–—-]$/.test(pieces[from - 1]?.text ?? '');
  if (!clauseStart || replacement.startsWith('nicht')) {
    // "jede Woche erneut" → "in letzter Zeit öfter", not "… öfter erneut".
    const again = replacement.endsWith('öfter') && /^(?:erneut|wieder)$/.test(next?.folded ?? '') ? 1 : 0;
    return splice(pieces, from, end + again, words(replacement));
  }
  // Fronted: "Jedes Mal kommen Sie …" → "In letzter Zeit kommen Sie öfter …".
  const [time, often] = replacement.startsWith('in letzter Zeit') ? ['In letzter Zeit', replacement.slice(16)] : [];
  const subject = pieces[end + 1];
  // Fronted before a verb only: "jedes Mal dieselbe Ausrede mit der Arbeit" has none to put "öfter" after.
  if (!time || !often || !next?.word || !subject?.word || !looksFinite(next) || ARTICLE_LIKE.test(next.folded))
    return null;
  // "öfter" goes after the subject: a pronoun or a noun phrase ("fehlt irgendein Kontoauszug öfter").
  const subjectEnd = DE_SUBJECT_PRONOUNS.has(subject.folded) ? end + 2 : nounPhraseEnd(pieces, end + 1);
  if (subjectEnd < 0) return null;
  const last = pieces[subjectEnd - 1] as Piece;
  const moved = splice(pieces, from, end, words(from === 0 ? time : time.charAt(0).toLowerCase() + time.slice(1)));
  const at = moved.indexOf(last) + 1;
  return [...moved.slice(0, at), ...words(often), ...moved.slice(at)];
}

function english(pieces: Piece[], from: number, end: number, replacement: string): Piece[] | null {
  const next = pieces[end];
  const previous = pieces[from - 1];
  // "Every time we meet, …" → "When we meet, …".
  // "That said, every single time we agree …, …": a clause's start is the sentence's for this.
  const clauseStart = from === 0 || pieces[from - 1]?.text === ',';
  if (clauseStart && replacement === 'quite often' && next?.word && !EN_AUX.has(next.folded)) {
    // "Every time we …, and every time …" is a list of two, not "when …, …".
    const comma = clauseEnd(pieces, end);
    if (pieces[comma]?.text === ',' && pieces[comma + 1]?.folded === 'and') return null;
    // "Every time …" opens a clause only with its main clause after the comma ("When you change it, we lose a week").
    if (/^(?:time|times)$/.test(pieces[end - 1]?.folded ?? ''))
      return pieces[comma]?.text === ',' && pieces[comma + 1]?.word ? splice(pieces, from, end, words('when')) : null;
    // "Every week you ask …": a fronted adverb, no clause of its own ("When you ask …" would be a fragment).
    return splice(pieces, from, end, words(from === 0 ? 'Quite often' : 'quite often'));
  }
  if (replacement === '') {
    const comma = pieces[end]?.text === ',' ? end + 1 : end;
    return cut(pieces, from > 0 && pieces[from - 1]?.text === ',' ? from - 1 : from, from === 0 ? comma : end);
  }
  // "pretty much every week": a time phrase stays an adverb; the hedge goes with it ("quite often").
  const hedge = EN_HEDGE_BEFORE.exec(
    pieces
      .slice(Math.max(0, from - 2), from)
      .map((p) => p.folded)
      .join(' '),
  );
  if (replacement === 'quite often' && hedge && EN_TIME.test(pieces[end - 1]?.folded ?? ''))
    return splice(pieces, from - (hedge[1] as string).split(' ').length, end, words(replacement));
  // "to every session", "pretty much every document": the phrase is an object there, not an adverb to swap.
  if (replacement === 'quite often' && previous?.word && EN_BEFORE_OBJECT.has(previous.folded)) return null;
  if (replacement !== 'not always') return splice(pieces, from, end, words(replacement));
  // "never … anything / until …" does not turn into "not always" without changing what it says.
  if (pieces.slice(end).some((p) => /^(?:any|anything|anyone|anybody|until|till|unless)$/.test(p.folded))) return null;
  // "never": after an auxiliary "not always"; before a verb, do-support.
  if (previous && EN_HAVE.has(previous.folded)) return null;
  if (previous && EN_AUX.has(previous.folded)) return splice(pieces, from, end, words('not always'));
  if (!next?.word) return null;
  const base = next.lemma;
  let aux: string;
  if (next.folded === base) aux = "don't";
  else if (next.folded === `${base}s` || next.folded === `${base}es`) aux = "doesn't";
  else return null; // "never sent" is one occasion: no habit to soften
  return [
    ...pieces.slice(0, from),
    ...words(`${aux} always ${base}`).map((p, i) => (i === 0 ? { ...p, gap: (pieces[from] as Piece).gap } : p)),
    ...pieces.slice(end + 1),
  ];
}
