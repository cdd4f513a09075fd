// Two things the reader's side did that a calmer mail settles for next time.
// Something that came late, said without whose it was, and a date agreed for
// next time: "Weil Ihre Zahlung drei Wochen nach Fälligkeit einging, …" →
// "Weil die Zahlung drei Wochen nach Fälligkeit einging, … Wollen wir für das
// nächste Mal einen Termin festlegen, der für Sie gut machbar ist?", "Die
// Texte kamen von euch erst nach dem Redaktionsschluss" → "Die Texte kamen
// erst nach dem Redaktionsschluss", "The VAT return was not filed on time by
// your bookkeeper" → "The VAT return was not filed on time. Shall we set a
// date …?". The lateness stays (it is the fact); the finger goes, and the
// next step looks forward. A German possessive becomes the article of the
// same case only where the form tells it ("Ihre" → "die", "Ihren" → "den");
// "Ihr" (masculine or neuter) is left alone.
// And an act done without telling the writer ("Du hast den Grundriss
// geändert, ohne uns vorher zu fragen", "You changed the layout without
// consulting us") said as what the writer learnt, with the wish for next time:
// "Wir haben erst im Nachhinein erfahren, dass du den Grundriss geändert hast.
// Könntest du uns bei so etwas künftig vorher kurz Bescheid geben?", "We only
// found out afterwards that you had changed the layout. Could you check with
// us first next time?". The reader's clause keeps its words and its case; only
// its verb moves to the end (German) or into the past perfect (English).
import { lexicon } from '../rules/reader-fault-lexicon';
import { type Candidate, findPhrase, phraseAt, type RewriteInput, type Strategy } from './context';
import { formSaid } from './german';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';

/** German verbs of arriving (lemmas, and the folded forms the tables may not know). */
const DE_ARRIVING = new Set([
  'kommen',
  'ankommen',
  'eingehen',
  'eintreffen',
  'zurückkommen',
  'erreichen',
  'landen',
  'kam',
  'kamen',
  'ging',
  'gingen',
  'einging',
  'eingingen',
  'eingegangen',
  'angekommen',
  'eingetroffen',
  'erreichte',
  'erreichten',
  'traf',
  'trafen',
]);
/** Words that say when: the lateness the sentence is about. */
const DE_LATE = /^(?:erst|spät|später|verspätet|nach|rechtzeitig|pünktlich|fristgerecht|tage|wochen|monate)$/;
const DE_POSSESSIVE_ARTICLE: Record<string, string> = {
  ihre: 'die',
  ihren: 'den',
  ihrem: 'dem',
  ihrer: 'der',
  ihres: 'des',
  deine: 'die',
  deinen: 'den',
  deinem: 'dem',
  deiner: 'der',
  deines: 'des',
  eure: 'die',
  euren: 'den',
  eurem: 'dem',
  eurer: 'der',
  eures: 'des',
};
/** A habit ("ständig", "jedes Mal") is not one late arrival: a date for next time does not answer it. */
const DE_HABIT =
  /^(?:immer|ständig|dauernd|laufend|grundsätzlich|regelmäßig|jedesmal|wieder|erneut|notorisch|prinzipiell|mal)$/;
/** People arrive late too ("Ihre Leute kamen zu spät"): a date for the next delivery does not fit them. */
const DE_PEOPLE =
  /^(?:leute|team|mannschaft|monteure?|handwerker|mitarbeiter\p{L}*|kolleg\p{L}*|arbeiter|gäste|kinder|familie)$/u;
const DE_OPENERS = new Set(['weil', 'da', 'dass', 'nachdem', 'als', 'und', 'aber', 'leider']);
const DE_PASSIVE = /^(?:wurde|wurden)$/;
const DE_TIMING = /^(?:rechtzeitig|pünktlich|fristgerecht|erst|spät|verspätet)$/;
/** Who stays out of the arrival: the reader, their side, their house ("von Ihnen", "aus Ihrem Haus"). */
function germanSourceEnd(pieces: readonly Piece[], at: number, passive: boolean): number {
  const by = pieces[at];
  const next = pieces[at + 1];
  if (!by?.word || !next?.word) return -1;
  if (!(by.folded === 'von' || (!passive && by.folded === 'aus'))) return -1;
  if (/^(?:ihnen|dir|euch)$/.test(next.folded)) return next.folded !== 'ihnen' || next.text === 'Ihnen' ? at + 2 : -1;
  const polite = /^ihr/.test(next.folded);
  if (!/^(?:ihrer|ihrem|deiner|deinem|eurer|eurem)$/.test(next.folded) || (polite && next.text.charAt(0) !== 'I'))
    return -1;
  const noun = pieces[at + 2];
  if (!noun?.word || !/^\p{Lu}/u.test(noun.text)) return -1;
  // In an arrival only the side or the house stays out; a person named ("von Ihrem Steuerberater") is a fact.
  if (!passive && !/^(?:seite|haus)$/.test(noun.folded)) return -1;
  return at + 3;
}

function germanStep(input: RewriteInput): string {
  const form = formSaid(input.pieces, input.form);
  const you = form === 'du' ? 'dich' : form === 'ihr' ? 'euch' : 'Sie';
  return `Wollen wir für das nächste Mal einen Termin festlegen, der für ${you} gut machbar ist?`;
}

function german(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const passive = pieces.some((p) => p.word && DE_PASSIVE.test(p.folded));
  if (pieces.some((p) => DE_HABIT.test(p.folded)) || findPhrase(pieces, ['jedes mal']) !== null) return [];
  for (let i = 0; i < pieces.length - 1; i++) {
    const p = pieces[i] as Piece;
    if (!p.word) continue;
    const end = clauseEnd(pieces, i);
    const clause = pieces.slice(i, end);
    // A possessive subject of an arrival: "Ihre Zahlung ging … ein", "…, weil Ihre Zeichnungen erst … kamen".
    const article = DE_POSSESSIVE_ARTICLE[p.folded];
    const before = pieces[i - 1];
    const opens = i === 0 || !before?.word || DE_OPENERS.has(before.folded);
    const noun = pieces.slice(i + 1, end).find((q) => q.word && /^\p{Lu}/u.test(q.text));
    const person =
      noun !== undefined && (DE_PEOPLE.test(noun.folded) || lexicon('de').agentNouns.hasFolded(noun.folded));
    if (
      article &&
      opens &&
      !passive &&
      !person &&
      !(/^ihr/.test(p.folded) && p.text.charAt(0) !== 'I') &&
      pieces[i + 1]?.word &&
      clause.some((q) => DE_ARRIVING.has(q.lemma) || DE_ARRIVING.has(q.folded)) &&
      clause.some((q) => DE_LATE.test(q.folded))
    ) {
      const text = i === 0 || END.test(before?.text ?? '') ? capitalise(article) : article;
      const out = [...pieces.slice(0, i), { ...p, text, folded: article }, ...pieces.slice(i + 1)];
      return [{ text: `${render(out).replace(/[.!…]+$/u, '')}. ${germanStep(input)}`, dropped: [p.folded] }];
    }
    // The reader as the source of an arrival, or as the agent of a passive done late: that phrase goes.
    const sourceEnd = germanSourceEnd(pieces, i, passive);
    if (sourceEnd < 0 || sourceEnd >= pieces.length) continue;
    const whole = pieces.slice(clauseStartOf(pieces, i), clauseEnd(pieces, i));
    const aux = whole.findIndex((q) => DE_PASSIVE.test(q.folded));
    const fits = passive
      ? aux >= 0 && whole.slice(aux).some((q) => DE_TIMING.test(q.folded))
      : whole.some((q) => DE_ARRIVING.has(q.lemma) || DE_ARRIVING.has(q.folded)) &&
        whole.some((q) => DE_LATE.test(q.folded));
    if (!fits) continue;
    // The reader left elsewhere in the clause ("… von Ihnen, obwohl Sie …") is the same finger.
    const outside = [...pieces.slice(clauseStartOf(pieces, i), i), ...pieces.slice(sourceEnd, clauseEnd(pieces, i))];
    if (outside.some((q) => /^(?:sie|ihnen|du|dir|dich|euch)$/.test(q.folded) && q.text !== 'sie')) continue;
    const out = [...pieces.slice(0, i), ...pieces.slice(sourceEnd).map((q, k) => (k === 0 ? { ...q, gap: p.gap } : q))];
    return [
      {
        text: `${render(out).replace(/[.!…]+$/u, '')}. ${germanStep(input)}`,
        dropped: pieces.slice(i, sourceEnd).map((q) => q.folded),
      },
    ];
  }
  return [];
}

const END = /^[.!?:]$/;

/** The first piece of the clause `at` is in: after the last clause mark before it. */
function clauseStartOf(pieces: readonly Piece[], at: number): number {
  for (let k = at - 1; k >= 0; k--)
    if (!(pieces[k] as Piece).word && /^[,;:–—-]$/.test((pieces[k] as Piece).text)) return k + 1;
  return 0;
}

/** English verbs of arriving (folded forms). */
const EN_ARRIVING = new Set(['arrived', 'came', 'reached', 'landed', 'got']);
const EN_LATE = /^(?:late|later|after|until|till|only|days|weeks|months|hours)$/;
/** The lateness of a passive: "not filed on time", "approved late", "not passed on until Thursday". */
const EN_PASSIVE_LATE = /^(?:late|later|until|till|time)$/;
const EN_HABIT =
  /^(?:always|constantly|again|every|each|never|ever|usual|usually|routinely|regularly|exception|habitually)$/;
const EN_PEOPLE = /^(?:people|team|crew|guys|staff|fitters?|builders?|workers?|guests|kids|family)$/;
const EN_OPENERS = new Set(['because', 'as', 'since', 'and', 'but', 'when', 'unfortunately', 'however']);
const EN_PASSIVE = /^(?:was|were|wasn't|weren't)$/;
const EN_STOP = new Set(
  'to for in on at from with when while because since as so and but which that until after before'.split(' '),
);

const EN_STEP = 'Shall we set a date for next time that works well for you?';

/** "by your bookkeeper", "by you", "on your end", "from your side/office": the end of the reader named, or -1. */
function englishSourceEnd(pieces: readonly Piece[], at: number, passive: boolean): number {
  const by = pieces[at]?.folded ?? '';
  const next = pieces[at + 1];
  if (!next?.word) return -1;
  if (/^(?:on|at)$/.test(by) && next.folded === 'your' && /^(?:end|side)$/.test(pieces[at + 2]?.folded ?? ''))
    return at + 3;
  if (by === 'from' && next.folded === 'your' && /^(?:side|end|office|team)$/.test(pieces[at + 2]?.folded ?? ''))
    return at + 3;
  if (by === 'from' && next.folded === 'you') return at + 2;
  if (by !== 'by' || !passive) return -1;
  if (next.folded === 'you') return at + 2;
  if (next.folded !== 'your' || !pieces[at + 2]?.word) return -1;
  let end = at + 2;
  while (end < at + 5 && pieces[end]?.word && !EN_STOP.has((pieces[end] as Piece).folded)) end++;
  return end;
}

function english(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const passive = pieces.some((p) => p.word && EN_PASSIVE.test(p.folded));
  if (pieces.some((p) => EN_HABIT.test(p.folded))) return [];
  for (let i = 0; i < pieces.length - 1; i++) {
    const p = pieces[i] as Piece;
    if (!p.word) continue;
    const before = pieces[i - 1];
    const end = clauseEnd(pieces, i);
    const clause = pieces.slice(i, end);
    // "your drawings arrived after the cutoff": the thing, with "the".
    if (
      p.folded === 'your' &&
      !passive &&
      (i === 0 || !before?.word || EN_OPENERS.has(before.folded)) &&
      pieces[i + 1]?.word &&
      clause.some((q) => EN_ARRIVING.has(q.folded)) &&
      clause.some((q) => EN_LATE.test(q.folded)) &&
      // The verb of arriving follows the thing closely: "your witness statement reached us …".
      clause.slice(1, 5).some((q) => EN_ARRIVING.has(q.folded)) &&
      !clause.slice(1, 5).some((q) => EN_PEOPLE.test(q.folded) || lexicon('en').agentNouns.hasFolded(q.folded)) &&
      !clause.slice(1).some((q) => /^(?:you|your)$/.test(q.folded))
    ) {
      const text = i === 0 || END.test(before?.text ?? '') ? 'The' : 'the';
      const out = [...pieces.slice(0, i), { ...p, text, folded: 'the' }, ...pieces.slice(i + 1)];
      return [{ text: `${render(out).replace(/[.!…]+$/u, '')}. ${EN_STEP}`, dropped: ['your'] }];
    }
    const sourceEnd = englishSourceEnd(pieces, i, passive);
    if (sourceEnd < 0 || sourceEnd > pieces.length) continue;
    const whole = pieces.slice(clauseStartOf(pieces, i), clauseEnd(pieces, i));
    // The clause the passive or the arrival is in: from its verb on, not a "because" before or after it.
    const verbAt = whole.findIndex((q) =>
      (passive ? EN_PASSIVE : /^(?:arrived|came|reached|landed|got)$/).test(q.folded),
    );
    const own = verbAt < 0 ? [] : whole.slice(verbAt);
    const cut = own.findIndex((q, k) => k > 0 && /^(?:because|since|as|so|and|but|which|when)$/.test(q.folded));
    const region = cut > 0 ? own.slice(0, cut) : own;
    const fits = region.some((q) => (passive ? EN_PASSIVE_LATE : EN_LATE).test(q.folded));
    if (!fits) continue;
    if (
      [...pieces.slice(clauseStartOf(pieces, i), i), ...pieces.slice(sourceEnd, clauseEnd(pieces, i))].some((q) =>
        /^(?:you|your)$/.test(q.folded),
      )
    )
      continue;
    const out = [...pieces.slice(0, i), ...pieces.slice(sourceEnd).map((q, k) => (k === 0 ? { ...q, gap: p.gap } : q))];
    return [
      {
        text: `${render(out).replace(/[.!…]+$/u, '')}. ${EN_STEP}`,
        dropped: pieces.slice(i, sourceEnd).map((q) => q.folded),
      },
    ];
  }
  return [];
}

// ------------------------------------------------ an act done without telling

/** What follows German "ohne" when the writer was not asked or told (folded words). */
const DE_UNTOLD = [
  'uns bescheid zu geben',
  'mir bescheid zu geben',
  'uns vorher bescheid zu geben',
  'mir vorher bescheid zu geben',
  'uns bescheid zu sagen',
  'mir bescheid zu sagen',
  'uns etwas zu sagen',
  'mir etwas zu sagen',
  'uns zu fragen',
  'mich zu fragen',
  'uns vorher zu fragen',
  'mich vorher zu fragen',
  'uns zu informieren',
  'mich zu informieren',
  'uns vorher zu informieren',
  'mich vorher zu informieren',
  'uns einzubeziehen',
  'mich einzubeziehen',
  'rücksprache',
  'absprache',
  'vorherige rücksprache',
  'vorherige absprache',
  'rücksprache mit uns',
  'rücksprache mit mir',
  'absprache mit uns',
  'absprache mit mir',
];
/** Edge on the act that goes with the reproach ("einfach", "eigenmächtig", "schon wieder"). */
const DE_ACT_EDGE = new Set([
  'einfach',
  'eigenmächtig',
  'kurzerhand',
  'mal',
  'eben',
  'schlicht',
  'wieder',
  'schon',
  'erneut',
  'leider',
  'nun',
]);
/** Words that may open the sentence before the verb and its subject ("Nur habt ihr …", "Leider haben Sie …"). */
const DE_LEAD = new Set(['nur', 'aber', 'leider', 'jedoch', 'allerdings', 'dann', 'nun']);
/** Words that open the clause the act is told in ("…, dass jemand bei euch … eingespielt hat"). */
const DE_SUBORDINATE = new Set(['dass', 'weil', 'da', 'nachdem', 'als']);
const DE_READER_WORD = /^(?:sie|ihnen|du|dir|dich|euch|ihr|ihre[mnrs]?|dein\p{L}*|eure?[mnrs]?)$/u;
const DE_READER = /^(?:sie|du|ihr)$/;
const DE_READER_POSSESSIVE = /^(?:ihr|ihre|dein|deine|euer|eure)$/;
/** A clause-final past participle ("geändert", "eingespielt", "abgesagt", "unterschrieben"), not an infinitive ("lassen"). */
const DE_PARTICIPLE =
  /^(?:\p{L}*ge\p{L}+(?:t|en)|\p{L}+iert|(?:be|ver|er|ent|zer|über|unter|miss|hinter|emp)\p{L}+(?:t|en))$/u;

/** The end of the longest of `phrases` starting at `at` (folded words), or -1. */
function phraseEnd(pieces: readonly Piece[], at: number, phrases: readonly string[]): number {
  return Math.max(-1, ...phrases.map((phrase) => phraseAt(pieces, at, phrase)));
}

function germanAsk(input: RewriteInput, me: string): string {
  const form = formSaid(input.pieces, input.form);
  const could = form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
  return `${could} ${me} bei so etwas künftig vorher kurz Bescheid geben?`;
}

/** "ohne uns Bescheid zu geben" (a clause) or "ohne Rücksprache" (a phrase) in [from, to): its range and the writer it names. */
function germanUntold(
  pieces: readonly Piece[],
  from: number,
  to: number,
): { at: number; end: number; me: string | null } | null {
  for (let k = from; k < to; k++) {
    if (pieces[k]?.folded !== 'ohne') continue;
    const end = phraseEnd(pieces, k + 1, DE_UNTOLD);
    if (end < 0) return null;
    const said = pieces.slice(k + 1, end).map((q) => q.folded);
    const me = said.includes('uns') ? 'uns' : said.some((w) => w === 'mir' || w === 'mich') ? 'mir' : null;
    return { at: k, end, me };
  }
  return null;
}

/**
 * "Das Problem kam daher, dass jemand bei euch das Update eingespielt hat, ohne uns Bescheid zu geben": in a
 * clause that tells the act, the "ohne" part and the edge go, and the wish for next time follows.
 */
function untoldInClause(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const comma = pieces.findLastIndex((q) => q.text === ',');
  if (comma < 2) return [];
  const untold = germanUntold(pieces, comma + 1, comma + 2);
  if (!untold || pieces.slice(untold.end).some((q) => q.word)) return [];
  // The clause before it is a subordinate one that names the reader's side, and ends in its finite verb.
  const opener = pieces.findLastIndex((q, k) => k < comma && DE_SUBORDINATE.has(q.folded));
  if (opener < 0 || pieces.slice(opener + 1, comma).some((q) => !q.word)) return [];
  const act = pieces.slice(opener + 1, comma);
  if (
    !act.some(
      (q) =>
        DE_READER_WORD.test(q.folded) &&
        (!/^(?:sie|ihr)/.test(q.folded) || /^\p{Lu}/u.test(q.text) || q.text === 'ihr'),
    )
  )
    return [];
  if (!/^(?:hat|hast|habt|haben)$/.test(act[act.length - 1]?.folded ?? '')) return [];
  const dropped = pieces.slice(comma, untold.end).map((q) => q.folded);
  const kept = pieces.slice(0, comma).filter((q, k) => {
    if (k > opener && DE_ACT_EDGE.has(q.folded)) {
      dropped.push(q.folded);
      return false;
    }
    return true;
  });
  const me = untold.me ?? (writer === 'wir' ? 'uns' : 'mir');
  return [{ text: `${render(kept)}. ${germanAsk(input, me)}`, dropped: [...dropped, 'vorher'] }];
}

function germanUntoldAct(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  // "Nur habt ihr …": the verb before its subject, after an opener that goes.
  let lead = 0;
  while (lead < 2 && pieces[lead]?.word && DE_LEAD.has((pieces[lead] as Piece).folded)) lead++;
  const inverted = lead > 0 && /^(?:hat|hast|habt|haben)$/.test(pieces[lead]?.folded ?? '');
  const s = inverted ? lead + 1 : 0;
  const first = pieces[s];
  if (!first?.word) return [];
  if (lead > 0 && !inverted) return [];
  // The reader as subject: "Sie/du/ihr", or "Ihr Team", "Ihre IT-Abteilung".
  let subjectEnd: number;
  // "Ihr Hausmeister hat …" (a possessive before a noun) before "Ihr habt …" (the pronoun before its verb).
  if (
    DE_READER_POSSESSIVE.test(first.folded) &&
    !(/^ihr/.test(first.folded) && first.text.charAt(0) !== 'I') &&
    pieces[s + 1]?.word &&
    /^\p{Lu}/u.test((pieces[s + 1] as Piece).text)
  )
    subjectEnd = s + 2;
  else if (DE_READER.test(first.folded) && (first.folded !== 'sie' || first.text === 'Sie')) subjectEnd = s + 1;
  else return untoldInClause(input);
  const aux = inverted ? lead : subjectEnd;
  const auxPiece = pieces[aux];
  if (!auxPiece?.word || auxPiece.lemma !== 'haben' || !/^(?:hat|hast|habt|haben)$/.test(auxPiece.folded)) return [];
  const from = inverted ? subjectEnd : aux + 1;
  const end = clauseEnd(pieces, from);
  // "…, ohne uns zu fragen" after the clause, or "ohne Rücksprache" inside it.
  const after = pieces[end]?.text === ',' ? germanUntold(pieces, end + 1, end + 2) : null;
  const inside = germanUntold(pieces, from, end - 1);
  const untold = after ?? inside;
  if (!untold || (after && inside)) return [];
  // The "ohne" clause ends the sentence: nothing after it the new order would strand.
  const tail = after ? pieces.slice(untold.end) : pieces.slice(end);
  if (tail.some((q) => q.word)) return [];
  const participle = pieces[end - 1] as Piece;
  if (!participle.word || !DE_PARTICIPLE.test(participle.folded)) return [];
  const dropped = [
    ...pieces.slice(untold.at, untold.end).map((q) => q.folded),
    ...pieces.slice(0, lead).map((q) => q.folded),
  ];
  const middle = pieces.slice(from, end - 1).filter((q, k) => {
    const at = from + k;
    if (inside && at >= untold.at && at < untold.end) return false;
    if (DE_ACT_EDGE.has(q.folded)) {
      dropped.push(q.folded);
      return false;
    }
    return true;
  });
  if (middle.some((q) => !q.word || /^(?:ohne|nicht|nie|kein\p{L}*|zu|und|oder|bevor|obwohl|trotz)$/u.test(q.folded)))
    return [];
  const me = untold.me ?? (writer === 'wir' ? 'uns' : 'mir');
  const who = me === 'uns' ? 'Wir haben' : 'Ich habe';
  // "Du"/"Ihr habt" go lower case inside the clause; "Sie" and the polite "Ihr Team" keep their capital.
  const polite = first.text === 'Sie' || (subjectEnd === s + 2 && /^ihr/.test(first.folded));
  const subject = pieces
    .slice(s, subjectEnd)
    .map((q, k) => (k === 0 ? { ...q, gap: ' ', text: polite ? q.text : q.text.toLowerCase() } : q));
  const clause = [
    ...words(`${who} erst im Nachhinein erfahren, dass`),
    ...subject,
    ...middle,
    participle,
    { ...auxPiece, gap: ' ' },
  ];
  return [{ text: `${render(clause)}. ${germanAsk(input, me)}`, dropped: [...dropped, 'vorher'] }];
}

/** What follows English "without" when the writer was not asked or told. */
const EN_UNTOLD = [
  'telling us',
  'telling me',
  'asking us',
  'asking me',
  'consulting us',
  'consulting me',
  'checking with us',
  'checking with me',
  'informing us',
  'informing me',
  'letting us know',
  'letting me know',
  'telling anyone',
  'checking with anyone',
  'consulting anyone',
  'asking anyone',
];
const EN_READER_DOER = /^(?:you|your)$/;
/** Past participles that differ from the simple past. */
const EN_PAST_TO_PARTICIPLE: Record<string, string> = {
  took: 'taken',
  gave: 'given',
  wrote: 'written',
  did: 'done',
  chose: 'chosen',
  began: 'begun',
  threw: 'thrown',
  drove: 'driven',
  broke: 'broken',
  tore: 'torn',
  went: 'gone',
  ran: 'run',
};
const EN_PAST_SAME = new Set([
  'sent',
  'made',
  'put',
  'set',
  'brought',
  'bought',
  'built',
  'paid',
  'cut',
  'let',
  'left',
  'sold',
  'told',
  'moved',
]);
const EN_ACT_EDGE = new Set(['just', 'simply', 'unilaterally', 'again', 'once']);

/** "The outage happened because your team disabled the backup without telling us": the "without" part goes. */
function englishUntoldInClause(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const w = pieces.findIndex((q) => q.folded === 'without');
  if (w < 3) return [];
  const end = phraseEnd(pieces, w + 1, EN_UNTOLD);
  if (end < 0) return [];
  let stop = end;
  if (/^(?:first|beforehand)$/.test(pieces[stop]?.folded ?? '')) stop++;
  if (pieces.slice(stop).some((q) => q.word)) return [];
  const opener = pieces.findLastIndex((q, k) => k < w && /^(?:because|since|that|when|after)$/.test(q.folded));
  if (opener < 1 || pieces.slice(opener + 1, w).some((q) => !q.word && q.text !== ',')) return [];
  if (!EN_READER_DOER.test(pieces[opener + 1]?.folded ?? '')) return [];
  const cutFrom = pieces[w - 1]?.text === ',' ? w - 1 : w;
  const dropped = pieces.slice(cutFrom, stop).map((q) => q.folded);
  const kept = pieces.slice(0, cutFrom).filter((q, k) => {
    if (k > opener && EN_ACT_EDGE.has(q.folded)) {
      dropped.push(q.folded);
      return false;
    }
    return true;
  });
  const said = pieces.slice(w + 1, end).map((q) => q.folded);
  const us = said.includes('us') || (!said.includes('me') && writer === 'wir');
  return [{ text: `${render(kept)}. Could you check with ${us ? 'us' : 'me'} first next time?`, dropped }];
}

function englishUntoldAct(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const first = pieces[0];
  if (!first?.word || !EN_READER_DOER.test(first.folded)) return englishUntoldInClause(input);
  let v = 1;
  if (first.folded === 'your') {
    if (!pieces[1]?.word) return [];
    v = 2;
    // "your IT team": a second word names who.
    if (
      pieces[2]?.word &&
      !/ed$/.test(pieces[2].folded) &&
      !EN_PAST_SAME.has(pieces[2].folded) &&
      !EN_PAST_TO_PARTICIPLE[pieces[2].folded]
    )
      v = 3;
  }
  const dropped: string[] = [];
  while (pieces[v]?.word && EN_ACT_EDGE.has((pieces[v] as Piece).folded)) dropped.push((pieces[v++] as Piece).folded);
  const verb = pieces[v];
  if (!verb?.word) return [];
  const done =
    EN_PAST_TO_PARTICIPLE[verb.folded] ??
    (EN_PAST_SAME.has(verb.folded) || (/\p{L}{3}ed$/u.test(verb.folded) && !/eed$/.test(verb.folded))
      ? verb.folded
      : null);
  if (!done) return [];
  // "without telling us" inside the clause or after a comma, then the sentence's end.
  const w = pieces.findIndex((q, k) => k > v && q.folded === 'without');
  if (w < 0) return [];
  const end = phraseEnd(pieces, w + 1, EN_UNTOLD);
  if (end < 0) return [];
  let stop = end;
  if (/^(?:first|beforehand)$/.test(pieces[stop]?.folded ?? '')) stop++;
  if (pieces.slice(stop).some((q) => q.word)) return [];
  const middle = pieces.slice(v + 1, w).filter((q) => {
    if (EN_ACT_EDGE.has(q.folded)) {
      dropped.push(q.folded);
      return false;
    }
    return true;
  });
  if (middle.some((q) => /^(?:and|but|so|because|although|though|even|despite|not|never|you|your)$/.test(q.folded)))
    return [];
  const said = pieces.slice(w + 1, end).map((q) => q.folded);
  const us = said.includes('us') || (!said.includes('me') && writer === 'wir');
  const who = us ? 'We' : 'I';
  const subject = pieces
    .slice(0, v)
    .map((q, k) => (k === 0 ? { ...q, gap: ' ', text: q.folded === 'you' ? 'you' : q.text.toLowerCase() } : q));
  const clause = [...words(`${who} only found out afterwards that`), ...subject, ...words(`had ${done}`), ...middle];
  dropped.push(...pieces.slice(w, stop).map((q) => q.folded), verb.folded);
  return [{ text: `${render(clause)}. Could you check with ${us ? 'us' : 'me'} first next time?`, dropped }];
}

export const nextTime: Strategy = (input) => {
  if (input.pieces.some((p) => p.text === '?')) return [];
  const de = input.language === 'de';
  const late = de ? german(input) : english(input);
  return late.length > 0 ? late : de ? germanUntoldAct(input) : englishUntoldAct(input);
};
