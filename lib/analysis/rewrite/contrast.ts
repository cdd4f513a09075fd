// Praise taken back ("schön, aber …", "great work, but …"): the praise and the
// point each get their own sentence, without the "but" that cancels the first,
// and the offer to look at the point together. Both stay: clarity beats harmony.
import { cut, findPhrase, type RewriteInput, type Strategy } from './context';
import { namesOwnStep } from './cosmetic';
import {
  DE_DETERMINERS,
  DE_SUBJECT_PRONOUNS,
  looksFinite,
  mainClause,
  nounPhraseEnd,
  opensMainClause,
  verbSecond,
} from './german';
import { capitalise, gapped, type Piece, render, words } from './pieces';
import { calmPoint, isMisfit, MISFIT, nextStep, stockFits } from './praise-step';
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
    // Bad news as the turn ("…, leider funktioniert …", "Leider passen sie …"): it goes with the turn; the fact stays.
    'leider',
    'andererseits',
    'nichtsdestoweniger',
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
    'unfortunately',
    'sadly',
  ],
};
/**
 * German turns that are adverbs inside the clause ("Die Werte sind jedoch zu hoch"): they go
 * and the clause stands. Not "nur" or "wobei", which change the meaning or open a clause.
 */
const DE_INNER_ADVERBS = new Set([
  'aber',
  'allerdings',
  'jedoch',
  'trotzdem',
  'dennoch',
  'hingegen',
  'dagegen',
  'leider',
  'andererseits',
]);
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
  // … also with a number word after the noun ("auf Seite drei stehen …": it had given "Das ist auf Seite drei stehen …").
  if (language === 'de' && PREPOSITIONS_DE.has(first.folded)) {
    let k = nounPhraseEnd(rest, 1);
    while (k > 0 && /^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)$/.test(rest[k]?.folded ?? ''))
      k++;
    const verb = rest[k];
    if (k > 0 && verb?.word && /^\p{Ll}/u.test(verb.text) && looksFinite(verb) && rest[k + 1]?.word) return null;
  }
  // "leider fehlt die Unterschrift", "unfortunately it misses the garage": a clause of its own, with a
  // subject or a verb, borrows no copula (it had given "Leider ist das fehlt …", "It is unfortunately it …").
  if (rest.slice(1).some((p) => p.word && (language === 'de' ? clauseWordDe(p) : clauseWordEn(p)))) return null;
  const copula = praise.find((p) => p.word && COPULAS[p.folded]);
  if (!copula || rest.some((p) => p.word && COPULAS[p.folded])) return null;
  const body = rest.filter((p, i) => !(i === rest.length - 1 && !p.word));
  const end = rest.slice(body.length);
  const form = (COPULAS[copula.folded] as { de: string; en: string })[language];
  if (language === 'de') {
    // "leider" takes the front, the verb stays second: "Leider ist das …"; else "Das ist …".
    if (first.folded === 'leider') return [...words(`Leider ${form} das`), ...gapped(body.slice(1), ' '), ...end];
    return [...words(`Das ${form}`), ...gapped(body, ' '), ...end];
  }
  return [...words(capitalise(form)), ...gapped(body, ' '), ...end];
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

/** Whether the German clause holds a finite verb the lemma tables know, or an auxiliary ("selbst" only looks like one). */
const ownVerb = (clause: readonly Piece[]) =>
  clause.some(
    (p) =>
      p.word &&
      /^\p{Ll}/u.test(p.text) &&
      looksFinite(p) &&
      (FINITE_DE.has(p.folded) || (p.lemma !== p.folded && /(?:en|ern|eln)$/.test(p.lemma))),
  );
const FINITE_DE = new Set(
  'ist sind war waren hat haben hatte hatten wird werden kann können muss müssen soll sollen'.split(' '),
);

/** German subject pronouns of a clause, and the indefinite ones ("niemand hat …", "auf dem Handy funktioniert nichts"). */
const DE_CLAUSE_SUBJECTS = new Set([
  'er',
  'sie',
  'es',
  'wir',
  'ich',
  'man',
  'du',
  'ihr',
  'nichts',
  'niemand',
  'keiner',
  'keines',
  'alles',
]);
/** A word that makes the German point a clause of its own: a subject pronoun or a verb form the lemma tables know. */
function clauseWordDe(p: Piece): boolean {
  if (/^(?:er|sie|es|wir|ich|man|du|ihr)$/.test(p.folded)) return true;
  return looksFinite(p) && p.lemma !== p.folded && /(?:en|ern|eln)$/.test(p.lemma) && !/^ge/.test(p.folded);
}
const EN_CONTRACTED = /^(?:i|we|you|he|she|it|they|there|that|here)['’](?:s|re|ve|ll|d|m)$/;
const EN_AUXILIARIES = new Set(
  "is are was were has have had do does did will would can could should shall may might must isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't".split(
    ' ',
  ),
);
/** A word that makes the English point a clause of its own: a subject pronoun, a contraction, an auxiliary. */
const clauseWordEn = (p: Piece) =>
  /^(?:i|we|you|he|she|it|they)$/.test(p.folded) || EN_CONTRACTED.test(p.folded) || EN_AUXILIARIES.has(p.folded);
/** Words that open an English clause as its subject, besides the usual ones: "half the slides …", "they're …". */
const EN_QUANTIFIERS = new Set(['half', 'many', 'several', 'both', 'neither', 'few', 'much']);
const opensEnClause = (p: Piece | undefined) =>
  !!p?.word &&
  (EN_SUBJECT_WORDS.has(p.folded) ||
    p.folded === 'that' ||
    EN_OPENERS.has(p.folded) ||
    EN_QUANTIFIERS.has(p.folded) ||
    EN_CONTRACTED.test(p.folded) ||
    /ing$/.test(p.folded) ||
    /^\p{Lu}/u.test(p.text));

/** Adverbs that may stand between a German verb and its subject ("fehlen immer noch die Listen"). */
const DE_BETWEEN = new Set([
  'noch',
  'immer',
  'leider',
  'bisher',
  'jetzt',
  'schon',
  'nun',
  'auch',
  'seitdem',
  'inzwischen',
  'mittlerweile',
  'wieder',
  'hier',
  'dort',
]);
const DE_CLITICS = new Set(['sich', 'mir', 'uns', 'ihnen', 'dir', 'euch', 'mich', 'dich', 'ihm']);
/** Where the German subject starting at `at` ends: a pronoun (indefinite too) or a simple noun phrase; -1 if none. */
function subjectEnd(pieces: readonly Piece[], at: number): number {
  const p = pieces[at];
  if (!p?.word) return -1;
  // "den Termin", "dem Büro": an object, not the subject.
  if (/^(?:den|dem|einen|einem|meinen|meinem|ihren|ihrem|unseren|unserem|deinen|deinem)$/.test(p.folded)) return -1;
  if (DE_CLAUSE_SUBJECTS.has(p.folded)) return at + 1;
  return nounPhraseEnd(pieces, at);
}

/**
 * The German point as a main clause, or null: verb-second as it stands or after moving the subject
 * before the verb ("sind die Daten …" → "Die Daten sind …", "fehlen immer noch die Listen" → "Die
 * Listen fehlen immer noch"), or a word or phrase in front, then the verb and its subject ("So lässt
 * er sich …", "Im Keller steht jetzt Wasser", "Auf dem Handy funktioniert nichts").
 */
function mainOrder(rest: Piece[]): Piece[] | null {
  const reordered = verbSecond(rest);
  if (reordered && opensMainClause(reordered)) return reordered;
  const first = rest[0];
  if (!first?.word || /^\p{Lu}/u.test(first.text)) return null;
  // The verb first, adverbs, then the subject: the subject takes the front.
  if (looksFinite(first)) {
    let j = 1;
    while (rest[j]?.word && DE_BETWEEN.has((rest[j] as Piece).folded)) j++;
    const end = j > 1 ? subjectEnd(rest, j) : -1;
    // A phrase right after the subject may be its own ("der Drucker im Empfang"): left where it stands, it
    // would read as the verb's ("funktioniert seitdem im Empfang nicht"), so none is attempted.
    if (end < 0 || end >= rest.length || PREPOSITIONS_DE.has((rest[end] as Piece).folded)) return null;
    const moved = rest.slice(j, end).map((p, k) => (k === 0 ? { ...p, gap: '' } : p));
    return [...moved, { ...first, gap: ' ' }, ...rest.slice(1, j), ...rest.slice(end)];
  }
  // A word or a phrase with a preposition in front, then the verb, then the subject.
  if (DE_DETERMINERS.has(first.folded) || DE_SUBJECT_PRONOUNS.has(first.folded)) return null;
  let verb = 1;
  if (PREPOSITIONS_DE.has(first.folded)) {
    verb = nounPhraseEnd(rest, 1);
    if (verb < 0) return null;
  }
  const finite = rest[verb];
  if (!finite?.word || /^\p{Lu}/u.test(finite.text) || !looksFinite(finite)) return null;
  let j = verb + 1;
  while (rest[j]?.word && (DE_CLITICS.has((rest[j] as Piece).folded) || DE_BETWEEN.has((rest[j] as Piece).folded))) j++;
  return subjectEnd(rest, j) > 0 ? [...rest] : null;
}
const PREPOSITIONS_DE = new Set('an auf aus bei in im am mit nach ohne seit unter vor zum zur über für'.split(' '));

/**
 * "Nur ist er kaum umsetzbar", "…, bloß fehlt die Gaube": "nur"/"bloß" right before a verb, opening
 * the sentence or its clause after a mark, is its turn ("however"), not "only"; inside a clause or
 * before a noun it stays ("die nur kurz …", "Nur der Ton …").
 */
function turningNur(
  pieces: readonly Piece[],
  language: RewriteInput['language'],
  from: number,
  to: number,
): { phrase: string; at: number; end: number } | null {
  if (language !== 'de') return null;
  for (let at = 0; at < Math.max(to, 1); at++) {
    if (at > 0 && at < from) continue;
    const word = pieces[at];
    const verb = pieces[at + 1];
    const before = pieces[at - 1];
    if (!word || !/^(?:nur|bloss)$/.test(word.folded) || !verb?.word) continue;
    if (at > 0 && !(before && !before.word && /^[,;–—-]$/.test(before.text))) continue;
    if (/^\p{Ll}/u.test(verb.text) && looksFinite(verb)) return { phrase: word.folded, at, end: at + 1 };
  }
  return null;
}

/**
 * Phrases that name the flaw before saying it ("the only thing is that …", "my only concern is …",
 * "just one thing: …"): the phrase goes and what follows it is the point, as a sentence of its own.
 */
const EN_FLAW_INTROS = [
  'the only thing is',
  'only thing is',
  'my only concern is',
  'my only worry is',
  'my concern is',
  'the problem is',
  'the only problem is',
  'only problem is',
  'the issue is',
  'the only issue is',
  'the trouble is',
  'trouble is',
  'less great was',
  'just one thing',
];
/** German: "Weniger schön war, dass …" → the "dass" clause as a main clause. */
const DE_FLAW_INTROS = [
  'weniger schön war',
  'weniger gut war',
  'weniger erfreulich war',
  'schade nur',
  'schade ist nur',
];

/**
 * A point that gives credit rather than taking the praise back ("…, aber das war wirklich nur
 * Teamarbeit", "…, aber Ihr eigentlicher Verdienst ist …"): nothing to look at together.
 */
const CREDIT: Record<RewriteInput['language'], RegExp> = {
  de: /(?:teamarbeit|teamleistung|gemeinschaftsleistung|verdienst|zu verdanken)/iu,
  en: /\b(?:team effort|credit|thanks to)\b/i,
};

/** The flaw-naming phrase at the clause's start ("the only thing is that …"), found in [from, to). */
function flawIntro(
  pieces: readonly Piece[],
  language: RewriteInput['language'],
  from: number,
  to: number,
): { phrase: string; at: number; end: number } | null {
  const found = findPhrase(pieces, language === 'en' ? EN_FLAW_INTROS : DE_FLAW_INTROS, from, to);
  if (!found) return null;
  const before = pieces[found.at - 1];
  return found.at === 0 || (before && !before.word && /^[,;–—-]$/.test(before.text)) ? found : null;
}

/**
 * The point after a flaw-naming phrase, as a sentence of its own, and the words that went with the
 * phrase ("that", "dass"); null when no plain clause follows.
 */
function afterFlawIntro(
  pieces: readonly Piece[],
  end: number,
  language: RewriteInput['language'],
): { rest: Piece[]; dropped: string[] } | null {
  let k = end;
  if (language === 'en') {
    if (/^[,:]$/.test(pieces[k]?.text ?? '')) k++;
    const dropped: string[] = [];
    if (pieces[k]?.folded === 'that' && pieces[k + 1]?.word) {
      dropped.push('that');
      k++;
    }
    const rest = pieces.slice(k);
    if (!opensEnClause(rest[0]) || rest[0]?.folded === 'that') return null;
    return { rest, dropped };
  }
  // "Weniger schön war, dass der Flur … stand, obwohl …": the "dass" clause up to its comma becomes the main clause.
  if (pieces[k]?.text !== ',' || pieces[k + 1]?.folded !== 'dass') return null;
  const clauseStart = k + 2;
  let close = clauseStart;
  while (close < pieces.length && (pieces[close] as Piece).word) close++;
  const main = mainClause(pieces.slice(clauseStart, close));
  if (!main) return null;
  return { rest: [...main, ...pieces.slice(close)], dropped: ['dass'] };
}

export const separatePraise: Strategy = (input) => {
  const { pieces, cue, span, language } = input;
  const flaw = flawIntro(pieces, language, cue.from, cue.to);
  const found =
    findPhrase(pieces, CONNECTORS[language], cue.from, cue.to) ??
    turningNur(pieces, language, cue.from, cue.to) ??
    flaw ??
    findPhrase(pieces, CONNECTORS[language], span.from, span.to) ??
    turningNur(pieces, language, 0, 1);
  // "Yet again …" is a complaint of its own, not a turn that can go.
  if (!found || (found.phrase === 'yet' && pieces[found.end]?.folded === 'again')) return [];
  const before = pieces[found.at - 1];
  const mark = before && !before.word && /^[,;–—-]$/.test(before.text);
  const after = pieces[found.end];
  const dropped = found.phrase.split(' ');
  let out: Piece[] | null;
  /** The point alone, where it stands apart from the praise: it must name a problem. */
  let point: Piece[] | null = null;
  if (found === flaw) {
    const head = found.at === 0 ? [] : [...pieces.slice(0, found.at - 1), ...words('.')];
    const split = afterFlawIntro(pieces, found.end, language);
    if (!split) return [];
    dropped.push(...split.dropped);
    const first = split.rest[0] as Piece;
    point = split.rest;
    out = [
      ...head,
      { ...first, gap: head.length > 0 ? ' ' : '', text: capitalise(first.text) },
      ...split.rest.slice(1),
    ];
  } else if (language === 'en' && before?.text === ',' && (!after || (!after.word && /^[,:;.!?]$/.test(after.text)))) {
    // "It's dated March, though.", "…, however, the totals …": the aside goes with its comma, and with
    // the second one too unless a clause of its own follows ("The answers, though, read …").
    const next = pieces[found.end + 1];
    const both =
      after?.text === ',' && !(next?.word && (EN_SUBJECT_WORDS.has(next.folded) || EN_CLAUSE_LINKS.has(next.folded)));
    // "…was helpful, having said that, the invoice was …": between two clauses the turn becomes a full stop
    // (one comma left would join two sentences with a comma). Not after an aside that is no clause
    // ("To be honest, though, each round …" had given "To be honest.").
    const opener = pieces[0]?.folded ?? '';
    const between =
      after?.text === ',' &&
      next?.word &&
      EN_SUBJECT_WORDS.has(next.folded) &&
      found.at > 1 &&
      !(opener === 'to' || /ly$/.test(opener));
    if (between) point = [next as Piece, ...pieces.slice(found.end + 2)];
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
    // "but unfortunately it …", "but sadly, the …": the regret goes with the turn; the fact stays.
    if (language === 'en' && /^(?:unfortunately|sadly)$/.test(rest[0]?.folded ?? '') && found.at > 0) {
      dropped.push((rest[0] as Piece).folded);
      rest = rest.slice(rest[1]?.text === ',' ? 2 : 1);
    }
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
      const ordered = mainOrder(rest);
      if (ordered) rest = ordered;
      else if (!announcesPoint(rest)) return [];
    } else if ((found.at > 0 || dropped.length > found.phrase.split(' ').length) && !opensEnClause(rest[0])) return [];
    const first = rest[0] as Piece;
    // "sie" (they) capitalised at the front reads as the polite "Sie" in a draft that says "Sie" to the
    // reader ("Sie passen nicht zum Grundstück"): too easily misread, so none is offered.
    if (language === 'de' && input.form === 'sie' && first.text === 'sie') return [];
    point = rest;
    out = [...head, { ...first, gap: head.length > 0 ? ' ' : '', text: capitalise(first.text) }, ...rest.slice(1)];
  } else if (language === 'de' && DE_INNER_ADVERBS.has(found.phrase)) {
    // "… stimmen aber die Summen nicht", "Die Werte sind jedoch zu hoch": the adverb goes.
    out = cut(pieces, found.at, found.end);
    // "Die Broschüre ist hübsch, der Text wimmelt aber von …": the clause after the comma becomes a sentence.
    let comma = -1;
    for (let i = found.at - 1; i > 0; i--)
      if (!(pieces[i] as Piece).word) {
        if (/^[,;]$/.test((pieces[i] as Piece).text)) comma = i;
        break;
      }
    const clause = comma > 1 ? out.slice(comma + 1) : [];
    // No mark before the turn: the praise stood in the sentence before, and the whole sentence is the point.
    if (pieces.slice(0, found.at).every((p) => p.word)) point = out;
    // Only a clause with a verb of its own ("der Text wimmelt …"); "die Arbeit selbst mangelhaft" borrows one.
    if (clause.length > 0 && opensMainClause(clause) && ownVerb(clause)) {
      const first = clause[0] as Piece;
      point = clause;
      out = [
        ...out.slice(0, comma),
        ...words('.'),
        { ...first, gap: ' ', text: capitalise(first.text) },
        ...clause.slice(1),
      ];
    }
  } else if (language === 'en' && found.phrase === 'though' && after && !after.word) {
    // "The sizes are off though, the patio …": the word closing the clause goes.
    out = cut(pieces, found.at, found.end);
  } else out = null;
  if (!out) return [];
  const text = render(out);
  const said = point ? render(point) : text;
  if (CREDIT[language].test(said)) return [];
  // Praise and point merely split read as the same taking-back (blind review, session 10): the point
  // is followed by the offer to look at it together, unless the sentence asks or offers something itself.
  // The split alone stays a candidate: polished, another strategy may name the next step instead
  // ("Ich habe die Liste noch nicht erhalten. Könntest du …?"); alone it is not offered (cosmetic.ts).
  if (/\?/.test(text) || namesOwnStep(text, language)) return [{ text, dropped }];
  // The next step that fits the point's shape (praise-step.ts); none after a point that is pressure or blame.

  // A sentence whose point is not set apart: no stock line after pressure or blame in it either.
  if (!point && isMisfit(text, language)) return [{ text, dropped }];
  if (point && text.endsWith(said)) {
    const step = nextStep(said, input);
    if (step === MISFIT) return [{ text, dropped }];
    if (step)
      return [
        {
          text: `${text.slice(0, text.length - said.length)}${step.point} ${step.step}`,
          dropped: [...dropped, ...step.dropped],
        },
        { text, dropped },
      ];
    // No shape fits: the stock line, after the point without its sharpeners, where it fits at all.
    if (!stockFits(said)) return [{ text, dropped }];
    const calm = calmPoint(said, language);
    return [
      {
        text: `${text.slice(0, text.length - said.length)}${calm.point} ${LOOK_TOGETHER[language]}`,
        dropped: [...dropped, ...calm.dropped],
      },
      { text, dropped },
    ];
  }
  return [
    { text: `${text.replace(/[.!…]+$/u, '.')} ${LOOK_TOGETHER[language]}`, dropped },
    { text, dropped },
  ];
};
