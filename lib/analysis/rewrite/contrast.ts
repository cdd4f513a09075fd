// Praise taken back ("schön, aber …", "great work, but …"): the praise and the
// point each get their own sentence, without the "but" that cancels the first,
// and the offer to look at the point together. Both stay: clarity beats harmony.
import { cut, findPhrase, type RewriteInput, type Strategy } from './context';
import { namesOwnStep } from './cosmetic';
import { mainClause, opensMainClause, verbSecond } from './german';
import { capitalise, type Piece, render, words } from './pieces';
import { LOOK_TOGETHER } from './verdict';
import { EN_SUBJECT_WORDS } from './words';

const CONNECTORS = {
  de: [
    'aber',
    'allerdings',
    'jedoch',
    'doch',
    'nur leider',
    'wobei',
    // Turns that open the sentence after the praise ("Trotzdem muss ich …"): rules/praise-taken-back.ts.
    'trotzdem',
    'dennoch',
    'nichtsdestotrotz',
    'gleichwohl',
    'hingegen',
    'dagegen',
  ],
  en: [
    'but',
    'however',
    'though',
    'that said',
    'that being said',
    'having said that',
    'yet',
    'and yet',
    'although',
    'still',
    'nevertheless',
    'nonetheless',
    'even so',
    'all the same',
    'on the other hand',
  ],
};
/**
 * German turns that are adverbs inside the clause ("Die Werte sind jedoch zu hoch"): they go
 * and the clause stands. Not "nur" or "wobei", which change the meaning or open a clause.
 */
const DE_INNER_ADVERBS = new Set(['aber', 'allerdings', 'jedoch', 'trotzdem', 'dennoch', 'hingegen', 'dagegen']);
/** Words that join the next clause on after a comma ("…, however, and I suspect …"): the comma stays. */
const EN_CLAUSE_LINKS = new Set(['and', 'so', 'or', 'but', 'which', 'because', 'since', 'as', 'while']);
/** Words that open an English clause before its subject ("before we can use them, …"). */
const EN_OPENERS = new Set(['before', 'after', 'when', 'if', 'since', 'once', 'unless', 'until', 'while', 'as']);

const COPULAS: Record<string, { de: string; en: string }> = {
  ist: { de: 'ist', en: 'it is' },
  sind: { de: 'ist', en: 'they are' },
  war: { de: 'war', en: 'it was' },
  waren: { de: 'war', en: 'they were' },
  is: { de: 'ist', en: 'it is' },
  are: { de: 'ist', en: 'they are' },
  was: { de: 'war', en: 'it was' },
  were: { de: 'war', en: 'they were' },
};
/** Words that may open the elliptic point ("aber leider völlig unbezahlbar", "jedoch für das Gericht viel zu lang"). */
const NOT_A_CLAUSE =
  /^(?:leider|allerdings|noch|viel|zu|sehr|ziemlich|etwas|für|in|im|an|am|auf|bei|unfortunately|still|too|far|much|a|bit|for|in|on|at|quite|rather|somewhat)$/;

/**
 * "Ihre Ideen sind schön, aber leider völlig unbezahlbar": the point has no
 * verb of its own; it borrows the copula of the praise. German says it with
 * "das" (any gender or number: "Leider ist das völlig unbezahlbar."), English
 * with the praise's pronoun ("Unfortunately, they are …").
 */
function ellipsis(praise: readonly Piece[], rest: Piece[], language: RewriteInput['language']): Piece[] | null {
  const first = rest[0];
  if (!first?.word || !NOT_A_CLAUSE.test(first.folded)) return null;
  // "auf Seite drei stehen falsche Öffnungszeiten" is a clause with its own verb, not an ellipsis.
  if (language === 'de' && opensMainClause(rest)) return null;
  const copula = praise.find((p) => p.word && COPULAS[p.folded]);
  if (!copula || rest.some((p) => p.word && COPULAS[p.folded])) return null;
  const body = rest.filter((p, i) => !(i === rest.length - 1 && !p.word));
  const end = rest.slice(body.length);
  const form = (COPULAS[copula.folded] as { de: string; en: string })[language];
  const spaced = (ps: Piece[]) => ps.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p));
  if (language === 'de') {
    // "leider" takes the front, the verb stays second: "Leider ist das …"; else "Das ist …".
    if (first.folded === 'leider') return [...words(`Leider ${form} das`), ...spaced(body.slice(1)), ...end];
    return [...words(`Das ${form}`), ...spaced(body), ...end];
  }
  return [...words(capitalise(form)), ...spaced(body), ...end];
}

/**
 * The clause after "wobei" as a main clause ("die Küche an der falschen Stelle
 * liegt" → "Die Küche liegt an der falschen Stelle"), only when it is one
 * plain clause: no comma or comparison in it, its subject a whole noun phrase
 * or pronoun, and a finite verb (not a participle) at its end.
 */
function wobeiClause(body: readonly Piece[]): Piece[] | null {
  if (body.some((p) => !p.word || /^(?:als|wie)$/.test(p.folded))) return null;
  const last = body[body.length - 1];
  if (!last || /^ge\p{L}+(?:t|en)$/u.test(last.folded) || last.lemma === last.folded) return null;
  const main = mainClause(body);
  // The subject's noun phrase must be whole: a noun right after the moved verb means it was cut short.
  if (!main || /^\p{Lu}/u.test(main[main.indexOf(last) + 1]?.text ?? '')) return null;
  return main;
}

/** A short heading before a colon, as a sentence of its own: "Ein offenes Wort: …" (not one word: "aber klar: …"). */
const announcesPoint = (rest: readonly Piece[]) => {
  const colon = rest.findIndex((p) => p.text === ':');
  return colon > 1 && colon <= 4 && rest.slice(0, colon).every((p) => p.word);
};

/**
 * "Nur ist er kaum umsetzbar", "Nur fehlen die Maße": "nur" before the verb of the sentence after the
 * praise is its turn ("however"), not "only"; inside a clause it stays ("die nur kurz …").
 */
function turningNur(
  pieces: readonly Piece[],
  language: RewriteInput['language'],
): { phrase: string; at: number; end: number } | null {
  const [first, verb] = pieces;
  if (language !== 'de' || first?.folded !== 'nur' || !verb?.word) return null;
  return /^\p{Ll}/u.test(verb.text) && verb.lemma !== verb.folded ? { phrase: 'nur', at: 0, end: 1 } : null;
}

export const separatePraise: Strategy = (input) => {
  const { pieces, cue, span, language } = input;
  const found =
    findPhrase(pieces, CONNECTORS[language], cue.from, cue.to) ??
    findPhrase(pieces, CONNECTORS[language], span.from, span.to) ??
    turningNur(pieces, language);
  // "Yet again …" is a complaint of its own, not a turn that can go.
  if (!found || (found.phrase === 'yet' && pieces[found.end]?.folded === 'again')) return [];
  const before = pieces[found.at - 1];
  const mark = before && !before.word && /^[,;–—-]$/.test(before.text);
  const after = pieces[found.end];
  let out: Piece[] | null;
  if (language === 'en' && before?.text === ',' && (!after || (!after.word && /^[,:;.!?]$/.test(after.text)))) {
    // "It's dated March, though.", "…, however, the totals …": the aside goes with its comma, and with
    // the second one too unless a clause of its own follows ("The answers, though, read …").
    const next = pieces[found.end + 1];
    const both =
      after?.text === ',' && !(next?.word && (EN_SUBJECT_WORDS.has(next.folded) || EN_CLAUSE_LINKS.has(next.folded)));
    // "…was helpful, having said that, the invoice was …": between two clauses the turn becomes a full stop
    // (one comma left would join two sentences with a comma).
    const between = after?.text === ',' && next?.word && EN_SUBJECT_WORDS.has(next.folded) && found.at > 1;
    out = between
      ? [
          ...pieces.slice(0, found.at - 1),
          ...words('.'),
          { ...(next as Piece), gap: ' ', text: capitalise((next as Piece).text) },
          ...pieces.slice(found.end + 2),
        ]
      : cut(pieces, found.at - 1, found.end + (both ? 1 : 0));
  } else if (found.at === 0 || mark) {
    // The connector opens a clause: what follows becomes a sentence of its own.
    const head = found.at === 0 ? [] : [...pieces.slice(0, found.at - 1), ...words('.')];
    let rest = cut(pieces, 0, found.end);
    if (rest[0] && !rest[0].word && rest[0].text === ',') rest = rest.slice(1);
    // "wobei" opens a clause with its verb at the end: it becomes a main clause ("wobei die Küche … liegt" →
    // "Die Küche liegt …"), or no rewrite.
    const subordinate = language === 'de' && found.phrase === 'wobei';
    const body = rest.filter((p, i) => !(i === rest.length - 1 && !p.word));
    const main = subordinate ? wobeiClause(body) : null;
    if (subordinate && !main) return [];
    // "ständige Terminverschiebungen …": an adjective before its noun, not a verb to move.
    const adjective =
      language === 'de' &&
      /^\p{Ll}\p{L}*(?:ig|lich|isch|bar|sam|haft|los|voll|end|ell|iv)(?:e|en|er|es|em)$/u.test(rest[0]?.text ?? '') &&
      /^\p{Lu}/u.test(rest[1]?.text ?? '');
    const elliptic = main || adjective ? null : ellipsis(pieces.slice(0, found.at), rest, language);
    if (main) rest = [...main, ...rest.slice(body.length)];
    else if (adjective) rest = [...rest];
    else if (elliptic) rest = elliptic;
    else if (language === 'de') {
      const reordered = verbSecond(rest);
      if (reordered && opensMainClause(reordered)) rest = reordered;
      else if (!announcesPoint(rest)) return [];
    } else if (
      found.at > 0 &&
      !(
        rest[0]?.word &&
        (EN_SUBJECT_WORDS.has(rest[0].folded) ||
          rest[0].folded === 'that' ||
          EN_OPENERS.has(rest[0].folded) ||
          /ing$/.test(rest[0].folded) ||
          /^\p{Lu}/u.test(rest[0].text))
      )
    )
      return [];
    const first = rest[0] as Piece;
    out = [...head, { ...first, gap: head.length > 0 ? ' ' : '', text: capitalise(first.text) }, ...rest.slice(1)];
  } else if (language === 'de' && DE_INNER_ADVERBS.has(found.phrase)) {
    // "… stimmen aber die Summen nicht", "Die Werte sind jedoch zu hoch": the adverb goes.
    out = cut(pieces, found.at, found.end);
  } else if (language === 'en' && found.phrase === 'though' && after && !after.word) {
    // "The sizes are off though, the patio …": the word closing the clause goes.
    out = cut(pieces, found.at, found.end);
  } else out = null;
  if (!out) return [];
  const text = render(out);
  // Praise and point merely split read as the same taking-back (blind review, session 10): the point
  // is followed by the offer to look at it together, unless the sentence asks or offers something itself.
  // The split alone stays a candidate: polished, another strategy may name the next step instead
  // ("Ich habe die Liste noch nicht erhalten. Könntest du …?"); alone it is not offered (cosmetic.ts).
  const dropped = found.phrase.split(' ');
  if (/\?/.test(text) || namesOwnStep(text, language)) return [{ text, dropped }];
  return [
    { text: `${text.replace(/[.!…]+$/u, '.')} ${LOOK_TOGETHER[language]}`, dropped },
    { text, dropped },
  ];
};
