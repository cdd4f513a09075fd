// Something the reader's side has not done yet, said as what is still open,
// with the ask to do it: "Die Rechnung wurde von Ihrer Buchhaltung nie
// bezahlt" → "Die Rechnung ist noch nicht bezahlt. Könnten Sie das bis
// [Datum] nachholen?", "Die Belege wurden uns nie geschickt" → "Die Belege
// liegen uns noch nicht vor. …", "You still haven't signed the engagement
// letter" → "The engagement letter hasn't been signed yet. Could you sign it
// by [date]?", "you didn't send the figures" → "The figures didn't reach me.
// …". German takes only the passive, whose subject is already in the
// nominative and whose auxiliary gives the number ("wurde" → "ist/liegt",
// "wurden" → "sind/liegen"): no case or number is guessed. Only verbs of
// completion give a state ("bezahlt", "unterschrieben", "signed"); a verb of
// attention ("beachtet", "read") or a timing ("nicht rechtzeitig", "on
// time", "wie besprochen") gives nothing.
import { lexicon } from '../rules/reader-fault-lexicon';
import type { Candidate, RewriteInput, Strategy } from './context';
import { IRREGULAR, participle } from './english';
import { nounPhraseEnd } from './german';
import { CONNECTORS } from './passive.de';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';

// ---------------------------------------------------------------- German

/** Participles whose negation leaves a plain open state ("ist noch nicht bezahlt"). */
const DE_STATES = new Set(
  (
    'bezahlt gezahlt überwiesen beglichen ausgeglichen unterschrieben unterzeichnet gegengezeichnet abgezeichnet ' +
    'freigegeben bestätigt ausgefüllt eingereicht übermittelt verschickt abgeschickt versandt zugestellt ' +
    'weitergeleitet hochgeladen erledigt abgeschlossen gebucht verlängert gekündigt beantwortet korrigiert ' +
    'geprüft eingetragen genehmigt beauftragt bestellt erteilt angemeldet abgemeldet eingerichtet aktualisiert ' +
    'informiert benachrichtigt ausgezahlt abgerechnet geklärt geliefert montiert installiert repariert behoben ' +
    'zurückgegeben zurückgeschickt nachgereicht unterschrieben eingeholt beantragt'
  ).split(' '),
);
/** Participles of sending to someone: with the writer as receiver, the thing has not come ("liegt mir noch nicht vor"). */
const DE_SENT = new Set(
  'geschickt zugeschickt gesendet zugesandt zugesendet übersandt übersendet übermittelt mitgeteilt gemailt weitergeleitet geliefert nachgereicht zurückgeschickt'.split(
    ' ',
  ),
);
const DE_NEGATION = new Set(['nicht', 'nie', 'niemals']);
/** Words that make the negation one of timing, manner or extent ("nicht rechtzeitig", "nicht wie besprochen", "nicht vollständig"): no open state. */
const DE_NOT_STATE = new Set(
  'rechtzeitig pünktlich fristgerecht fristgemäß erst spät später verspätet zu wie so richtig korrekt vollständig ganz komplett ordnungsgemäß sauber ordentlich gut genug mehr mal wieder erneut rechtzeitiger schnell sofort gleich direkt und oder sondern ohne um statt anstatt'.split(
    ' ',
  ),
);
/** Words the open state says already: no "noch" added before "nicht". */
const DE_HAS_YET = new Set(['noch', 'bisher', 'bislang', 'heute']);
const DE_WRITER = new Set(['mir', 'uns']);
const DE_AGENT_PRONOUN = /^(?:ihnen|dir|euch)$/;
const DE_AGENT_POSSESSIVE = /^(?:ihrer|ihrem|ihren|deiner|deinem|deinen|eurer|eurem|euren)$/;

/** The end of the reader named as agent after "von" at `at` ("von Ihnen", "von Ihrer Buchhaltung", "von Ihrer Seite"), or -1. */
function germanAgentEnd(pieces: readonly Piece[], at: number): number {
  const by = pieces[at];
  const next = pieces[at + 1];
  if (!by?.word || by.folded !== 'von' || !next?.word) return -1;
  if (DE_AGENT_PRONOUN.test(next.folded)) return next.folded !== 'ihnen' || next.text === 'Ihnen' ? at + 2 : -1;
  if (!DE_AGENT_POSSESSIVE.test(next.folded)) return -1;
  // "ihrer" lower case is "her/their": only the polite form or the familiar one.
  if (/^ihr/.test(next.folded) && next.text.charAt(0) !== 'I') return -1;
  // Adjectives in lower case, then the noun ("von Ihrem externen Lohnbüro").
  let end = at + 2;
  while (pieces[end]?.word && /^\p{Ll}/u.test((pieces[end] as Piece).text) && end < at + 5) end++;
  const noun = pieces[end];
  if (!noun?.word || !/^\p{Lu}/u.test(noun.text)) return -1;
  return end + 1;
}

/** The nominative subject's pronoun in the accusative, for the ask; null when the article does not tell. */
function germanPronoun(subject: readonly Piece[], many: boolean): string | null {
  if (many) return 'sie';
  const det = subject[0]?.folded ?? '';
  if (/^(?:die|diese)$/.test(det)) return 'sie';
  if (/^(?:der|dieser)$/.test(det)) return 'ihn';
  if (/^(?:das|dieses)$/.test(det)) return 'es';
  return null;
}

const could = (form: RewriteInput['form']) =>
  form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';

/** Whether a German word may be part of a simple subject: a determiner, adjective, number or noun. */
const DE_SUBJECT_WORD = /^[\p{L}\d][\p{L}\d.-]*$/u;

function german(input: RewriteInput): Candidate[] {
  const { pieces, form, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  // "Die Rechnung wurde …" (subject first) or "Leider wurde die Rechnung …" (a connector, then the verb).
  const aux = pieces.findIndex((p) => p.word && /^(?:wurde|wurden)$/.test(p.folded));
  if (aux < 1) return [];
  const auxPiece = pieces[aux] as Piece;
  const many = auxPiece.folded === 'wurden';
  const first = pieces[0] as Piece;
  const verbSecond = aux === 1 && CONNECTORS.has(first.folded);
  const end = clauseEnd(pieces, aux + 1);
  const participle = pieces[end - 1];
  if (!participle?.word) return [];
  let subject: Piece[];
  let middleFrom: number;
  if (verbSecond) {
    // "Leider wurden uns die Belege …": the writer as receiver may stand before the subject.
    const s = DE_WRITER.has(pieces[aux + 1]?.folded ?? '') ? aux + 2 : aux + 1;
    let e = nounPhraseEnd(pieces, s);
    if (e < 0) return [];
    // "die Rechnung von Ihrer Buchhaltung": the agent is no part of the subject.
    for (let k = s + 1; k < e; k++)
      if (germanAgentEnd(pieces, k) > 0) {
        e = k;
        break;
      }
    subject = pieces.slice(s, e);
    middleFrom = e;
  } else {
    subject = pieces.slice(0, aux);
    middleFrom = aux + 1;
    // A plain subject: a noun phrase, or words with a capitalised noun last and no clause inside.
    const plain =
      nounPhraseEnd(pieces, 0) === aux ||
      (subject.length <= 7 &&
        subject.every((p) => p.word && DE_SUBJECT_WORD.test(p.text)) &&
        subject
          .slice(1)
          .every((p) => !/^(?:ich|wir|sie|du|ihr|es|er|man|und|oder|dass|weil|der|die|das|den|dem)$/.test(p.folded)));
    if (!plain) return [];
  }
  if (subject.length === 0 || !/^\p{Lu}/u.test((subject[subject.length - 1] as Piece).text)) return [];
  if (subject.some((p) => !p.word && !/^[„“”"]$/.test(p.text))) return [];
  const det = (subject[0] as Piece).folded;
  // The number comes from the verb; the subject opens with an article or is a plural without one.
  if (
    !/^(?:der|die|das|diese|dieser|dieses|alle|beide|ein|eine|kein|keine|unsere|unser|meine|mein)$/.test(det) &&
    !many
  )
    return [];
  const dativeBefore = verbSecond && DE_WRITER.has(pieces[aux + 1]?.folded ?? '') ? [pieces[aux + 1] as Piece] : [];
  // The middle: the writer as receiver, the reader as agent, the negation, and plain words of place and reason.
  const rest: Piece[] = [];
  let receiver: Piece | null = dativeBefore[0] ?? null;
  let agent = false;
  let negation = false;
  let negationAt = 0;
  const dropped: string[] = [];
  for (let i = middleFrom; i < end - 1; i++) {
    const p = pieces[i] as Piece;
    if (!p.word) return [];
    const agentTo = germanAgentEnd(pieces, i);
    if (agentTo > 0) {
      if (agentTo > end - 1) return [];
      agent = true;
      dropped.push(...pieces.slice(i, agentTo).map((q) => q.folded));
      i = agentTo - 1;
      continue;
    }
    if (DE_WRITER.has(p.folded)) {
      if (receiver) return [];
      receiver = p;
      continue;
    }
    if (DE_NEGATION.has(p.folded)) {
      if (negation) return [];
      negation = true;
      if (p.folded !== 'nicht') dropped.push(p.folded);
      // The negation's place: "noch nicht" stands where it stood ("nicht zur Ausschreibung freigegeben").
      negationAt = rest.length;
      continue;
    }
    if (DE_NOT_STATE.has(p.folded) || /^(?:sie|ihnen|du|dir|dich|ihr|euch|dein\p{L}*|eur\p{L}*)$/u.test(p.folded))
      return [];
    // After the negation only a phrase that says where or for what may stand ("nicht zur Ausschreibung").
    rest.push(p);
  }
  if (!negation || (!agent && !receiver)) return [];
  const tail = pieces.slice(end);
  // "…, ohne … zu …": a clause that needs the doer.
  if (tail.some((p) => /^(?:ohne|statt|anstatt)$/.test(p.folded))) return [];
  const yet = rest.some((p) => DE_HAS_YET.has(p.folded)) ? words('nicht') : words('noch nicht');
  const sent = receiver !== null && DE_SENT.has(participle.folded);
  const before = rest.slice(0, negationAt);
  const after = rest.slice(negationAt);
  if (!sent && !DE_STATES.has(participle.folded)) return [];
  const me = receiver ? receiver.text : writer === 'wir' ? 'uns' : 'mir';
  const lead = subject.map((p, i) =>
    i === 0 ? { ...p, gap: verbSecond ? ' ' : '', text: verbSecond ? p.text : capitalise(p.text) } : p,
  );
  let clause: Piece[];
  let ask: string;
  if (sent) {
    const verb = words(many ? 'liegen' : 'liegt');
    clause = verbSecond
      ? [first, ...verb, ...words(me), ...lead, ...before, ...yet, ...after, ...words('vor')]
      : [...lead, ...verb, ...words(me), ...before, ...yet, ...after, ...words('vor')];
    const pronoun = germanPronoun(subject, many);
    ask = pronoun
      ? `${could(form)} ${pronoun} ${me.toLowerCase()} bis [Datum] schicken?`
      : `${could(form)} ${me.toLowerCase()} das bis [Datum] schicken?`;
    dropped.push(participle.folded);
  } else {
    const verb = words(many ? 'sind' : 'ist');
    if (receiver) return [];
    clause = verbSecond
      ? [first, ...verb, ...lead, ...before, ...yet, ...after, participle]
      : [...lead, ...verb, ...before, ...yet, ...after, participle];
    ask = `${could(form)} das bis [Datum] nachholen?`;
  }
  dropped.push(auxPiece.folded);
  const text = render([...clause, ...tail]);
  return [{ text: `${text.replace(/[.!…]+$/u, '')}. ${ask}`, dropped }];
}

// ---------------------------------------------------------------- English

/** Lemmas whose negation leaves a plain open state ("hasn't been signed yet"), and the verb the ask uses. */
const EN_STATES = new Set(
  'pay sign countersign approve confirm file submit complete settle renew book return process authorise authorize order install fix repair update finalise finalize arrange schedule cancel register transfer release'.split(
    ' ',
  ),
);
/** Lemmas of sending to someone: with the writer as receiver, the thing has not reached them. */
const EN_SENT = new Set([
  'send',
  'email',
  'forward',
  'pass',
  'provide',
  'deliver',
  'return',
  'upload',
  'share',
  'supply',
]);
/** Of those, the ones whose receiver, when none is named, is the writer. */
const EN_TO_WRITER = new Set(['send', 'email', 'forward']);
const EN_MISHAP: Record<string, string> = { mislaid: 'went missing', misplaced: 'went missing', lost: 'went missing' };
/** Participles the lemma tables may not know. */
const EN_PARTICIPLES: Record<string, string> = {
  paid: 'pay',
  sent: 'send',
  signed: 'sign',
  filed: 'file',
  mislaid: 'mislay',
  misplaced: 'misplace',
  lost: 'lose',
};
const EN_DETERMINERS = new Set(['the', 'your', 'our', 'my', 'this', 'these', 'those', 'all', 'both', 'any']);
const EN_OPENERS = new Set(['unfortunately', 'however', 'sadly', 'but', 'and', 'also', 'so', 'still']);
/** Words that make the negation one of timing, manner or extent: no open state. */
const EN_NOT_STATE = new Set(
  'time late until till after before only properly correctly fully completely full partly partially entirely again once twice yet as like promptly quickly right correct'.split(
    ' ',
  ),
);
/** Words that end an object phrase. */
const EN_OBJECT_STOP = new Set(
  'to for in on at by from with without when while because since as so and but which that who after before during again until till yet even though although despite last yesterday today this week month'.split(
    ' ',
  ),
);
const EN_IN_OBJECT = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'not', 'never', 'me', 'us', 'them']);
const SUBORDINATORS = new Set(['because', 'since', 'as']);

/** The end of the reader named as agent at `at` ("by you", "by your bookkeeper", "by your accounts team", "on your end"), or -1. */
function englishAgentEnd(pieces: readonly Piece[], at: number): number {
  const by = pieces[at]?.folded ?? '';
  const next = pieces[at + 1];
  if (!next?.word) return -1;
  if (/^(?:on|at|from)$/.test(by) && next.folded === 'your' && /^(?:end|side)$/.test(pieces[at + 2]?.folded ?? ''))
    return at + 3;
  if (by !== 'by') return -1;
  if (next.folded === 'you') return at + 2;
  if (next.folded !== 'your' || !pieces[at + 2]?.word) return -1;
  // One to three words name who: up to a mark, a preposition or the clause's end.
  let end = at + 2;
  while (end < at + 5 && pieces[end]?.word && !EN_OBJECT_STOP.has((pieces[end] as Piece).folded)) end++;
  return end;
}

/** People the ask cannot take up as "it" ("Could you pay it" of "the builder"): no English rewrite about them. */
const EN_PEOPLE =
  /^(?:surveyor|contractor|builder|plumber|electrician|tenants?|landlord|client|customer|supplier|neighbou?r|doctor|lawyer|solicitor|accountant|architect|engineer|agent|broker|bank|council|insurer|staff|team|crew|people|man|woman|guy|child|son|daughter|wife|husband|partner|owner|buyer|seller|vendor|candidate|patient|guest|speaker)s?$/;

/** The head noun of an English noun phrase: the last word before "of" ("the list of starters" → list). */
function headOf(phrase: readonly Piece[]): Piece {
  const of = phrase.findIndex((p, i) => i > 0 && p.folded === 'of');
  return phrase[(of > 0 ? of : phrase.length) - 1] as Piece;
}

const isPerson = (phrase: readonly Piece[]) => {
  const head = headOf(phrase).folded;
  return EN_PEOPLE.test(head) || lexicon('en').agentNouns.hasFolded(head);
};

/** Whether the noun phrase reads as plural ("the plans", "the P60 and the vouchers"); "the NAS" is one device. */
function englishPlural(phrase: readonly Piece[]): boolean {
  if (phrase.some((p) => p.folded === 'and')) return true;
  const first = phrase[0]?.folded ?? '';
  if (/^(?:these|those|all|both)$/.test(first)) return true;
  const of = phrase.findIndex((p, i) => i > 0 && p.folded === 'of');
  const head = phrase[(of > 0 ? of : phrase.length) - 1] as Piece;
  return /[^su']s$/.test(head.folded) && !/^\p{Lu}+$/u.test(head.text);
}

function englishLemma(p: Piece): string {
  return EN_PARTICIPLES[p.folded] ?? p.lemma;
}

const me = (writer: RewriteInput['writer']) => (writer === 'wir' ? 'us' : 'me');

/** "The invoice was never paid by your finance team", "The receipts were never sent to us". */
function englishPassive(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  let s = 0;
  const opener: Piece[] = [];
  if (pieces[0]?.word && EN_OPENERS.has(pieces[0].folded) && pieces[0].folded !== 'still') {
    opener.push(pieces[0]);
    s = 1;
    if (pieces[1]?.text === ',') {
      opener.push(pieces[1]);
      s = 2;
    }
  }
  if (!pieces[s]?.word || !EN_DETERMINERS.has((pieces[s] as Piece).folded)) return [];
  const aux = pieces.findIndex(
    (p, i) => i > s && /^(?:was|were|wasn't|weren't|has|have|hasn't|haven't)$/.test(p.folded),
  );
  if (aux < s + 2) return [];
  const subject = pieces.slice(s, aux);
  if (subject.some((p) => !p.word || EN_IN_OBJECT.has(p.folded) || /^(?:that|which|who)$/.test(p.folded))) return [];
  if (isPerson(subject)) return [];
  const auxWord = (pieces[aux] as Piece).folded;
  const perfect = /^ha/.test(auxWord);
  let v = aux + 1;
  let negated = /n't$/.test(auxWord);
  if (!negated && /^(?:not|never)$/.test(pieces[v]?.folded ?? '')) {
    negated = true;
    v++;
  }
  if (perfect) {
    if (pieces[v]?.folded !== 'been') return [];
    v++;
  }
  const verb = pieces[v];
  if (!verb?.word) return [];
  const lemma = englishLemma(verb);
  const end = clauseEnd(pieces, v + 1);
  // After the verb: the writer as receiver ("to us"), the reader as agent, and plain words (a place, a purpose).
  const rest: Piece[] = [];
  let receiver: string | null = null;
  let agent = false;
  const dropped: string[] = [];
  for (let i = v + 1; i < end; i++) {
    const p = pieces[i] as Piece;
    const agentTo = englishAgentEnd(pieces, i);
    if (agentTo > 0) {
      agent = true;
      dropped.push(...pieces.slice(i, agentTo).map((q) => q.folded));
      i = agentTo - 1;
      continue;
    }
    if (p.folded === 'to' && /^(?:me|us)$/.test(pieces[i + 1]?.folded ?? '')) {
      receiver = (pieces[i + 1] as Piece).folded;
      i++;
      continue;
    }
    if (EN_NOT_STATE.has(p.folded) || /^(?:you|your)$/.test(p.folded)) return [];
    rest.push(p);
  }
  if (!agent && !receiver) return [];
  const tail = pieces.slice(end);
  const many = /^(?:were|weren't|have|haven't)$/.test(auxWord);
  const lead = subject.map((p, i) =>
    i === 0 ? { ...p, gap: opener.length > 0 ? ' ' : '', text: opener.length > 0 ? p.text : capitalise(p.text) } : p,
  );
  const mishap = EN_MISHAP[verb.folded];
  if (mishap && !negated && !perfect && agent) {
    const text = render([...opener, ...lead, ...words(mishap), ...rest, ...tail]).replace(/[.!…]+$/u, '');
    const offer =
      writer === 'wir'
        ? "We're happy to talk through with you how best to go on from here."
        : "I'm happy to talk through with you how best to go on from here.";
    return [{ text: `${text}. ${offer}`, dropped: [...dropped, auxWord, verb.folded] }];
  }
  if (!negated) return [];
  const pronoun = many ? 'them' : 'it';
  const toWriter = receiver !== null || (EN_TO_WRITER.has(lemma) && rest.length === 0);
  if (EN_SENT.has(lemma) && toWriter) {
    const who = receiver ?? me(writer);
    const yet = pieces.some((q) => q.folded === 'yet') ? '' : ' yet';
    const reach = perfect ? words(`${many ? "haven't" : "hasn't"} reached ${who}${yet}`) : words(`didn't reach ${who}`);
    const text = render([...opener, ...lead, ...reach, ...rest, ...tail]).replace(/[.!…]+$/u, '');
    return [
      {
        text: `${text}. Could you send ${pronoun} over by [date]?`,
        dropped: [...dropped, auxWord, 'never', 'not', verb.folded],
      },
    ];
  }
  if (!EN_STATES.has(lemma) || receiver) return [];
  const state = words(`${many ? "haven't" : "hasn't"} been`);
  const yet = pieces.some((q) => q.folded === 'yet') ? [] : words('yet');
  const text = render([...opener, ...lead, ...state, verb, ...yet, ...rest, ...tail]).replace(/[.!…]+$/u, '');
  return [
    {
      text: `${text}. Could you ${lemma === 'fill' ? 'fill in' : lemma} ${pronoun} by [date]?`,
      dropped: [...dropped, auxWord, 'never', 'not'],
    },
  ];
}

/**
 * "You still haven't signed the engagement letter", "Because your team never
 * sent the login, …": the reader (or their side) as the subject of an act not
 * done, said as the thing's open state.
 */
function englishActive(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  for (let s = 0; s < Math.min(pieces.length, 6); s++) {
    const p = pieces[s] as Piece;
    const before = pieces[s - 1];
    const subordinate = before?.word === true && SUBORDINATORS.has(before.folded);
    // The clause opens the sentence, or follows an opener ("Unfortunately, you …") or "because".
    const opened =
      s === 0 ||
      subordinate ||
      pieces.slice(0, s).every((q) => (q.word && EN_OPENERS.has(q.folded) && q.folded !== 'still') || q.text === ',');
    if (!opened || (s > 0 && !subordinate && pieces.slice(0, s).some((q) => SUBORDINATORS.has(q.folded)))) continue;
    let v: number;
    if (p.folded === 'you') v = s + 1;
    else if (p.folded === 'your' && pieces[s + 1]?.word) {
      v = s + 2;
      // "your accounts team": a second word names who.
      if (
        pieces[v]?.word &&
        !/^(?:still|never|didn't|did|haven't|hasn't|have|has|'ve)$/.test((pieces[v] as Piece).folded)
      )
        v++;
    } else continue;
    const agentWords = pieces.slice(s, v).map((q) => q.folded);
    const dropped = [...agentWords];
    if (pieces[v]?.folded === 'still') {
      dropped.push('still');
      v++;
    }
    const aux = pieces[v]?.folded ?? '';
    let perfect = false;
    if (/^(?:haven't|hasn't)$/.test(aux)) {
      perfect = true;
      v++;
    } else if (/^(?:have|has)$/.test(aux) && /^(?:not|never)$/.test(pieces[v + 1]?.folded ?? '')) {
      perfect = true;
      v += 2;
    } else if (aux === "didn't") v++;
    else if (aux === 'did' && pieces[v + 1]?.folded === 'not') v += 2;
    else if (aux !== 'never') continue;
    dropped.push(aux, 'not', 'never');
    // "never sent": a past form after "never"; a base form after "didn't"; a participle after "haven't".
    if (aux === 'never') v++;
    const verb = pieces[v];
    if (!verb?.word) continue;
    const lemma = englishLemma(verb);
    if (aux === 'never' && verb.folded === lemma && !/ed$/.test(verb.folded)) continue; // "you never send": a habit
    let o = v + 1;
    let receiver: string | null = null;
    if (/^(?:me|us)$/.test(pieces[o]?.folded ?? '')) {
      receiver = (pieces[o] as Piece).folded;
      o++;
    }
    const start = pieces[o];
    if (!start?.word || !EN_DETERMINERS.has(start.folded)) continue;
    let e = o + 1;
    const inObject = (q: Piece) => q.word && !EN_OBJECT_STOP.has(q.folded) && !EN_IN_OBJECT.has(q.folded);
    for (;;) {
      while (e < pieces.length && inObject(pieces[e] as Piece)) e++;
      if (pieces[e]?.folded !== 'and' || !EN_DETERMINERS.has(pieces[e + 1]?.folded ?? '')) break;
      e += 2;
    }
    // "the list of starters": one "of" phrase belongs to the noun.
    if (pieces[e]?.folded === 'of' && pieces[e + 1]?.word && !EN_OBJECT_STOP.has(pieces[e + 1]?.folded ?? '')) {
      e += 2;
      while (e < pieces.length && inObject(pieces[e] as Piece)) e++;
    }
    const object = pieces.slice(o, e);
    if (object.length < 2 || object.some((q) => EN_IN_OBJECT.has(q.folded)) || isPerson(object)) continue;
    let after = pieces.slice(e);
    if (after[0]?.folded === 'to' && /^(?:me|us)$/.test(after[1]?.folded ?? '')) {
      if (receiver) continue;
      receiver = (after[1] as Piece).folded;
      after = after.slice(2);
    }
    // The original's own "yet" right after the object comes back where the new clause puts it.
    if (after[0]?.folded === 'yet') after = after.slice(1);
    const end = after.findIndex((q) => !q.word);
    const inClause = end < 0 ? after : after.slice(0, end);
    // What follows in the clause: nothing, or a plain clause the object opens ("we asked for in March"); no timing.
    if (inClause.some((q) => EN_NOT_STATE.has(q.folded) || /^(?:you|your|again|either)$/.test(q.folded))) continue;
    if (inClause.length > 0 && !/^(?:we|i)$/.test(inClause[0]?.folded ?? '')) continue;
    const many = englishPlural(object);
    const pronoun = many ? 'them' : 'it';
    const thing = object.map((q, i) =>
      i === 0
        ? {
            ...q,
            gap: p.gap,
            text: s === 0 ? capitalise(q.text) : q.text.charAt(0) === 'Y' ? q.text : q.text.toLowerCase(),
          }
        : q,
    );
    const yet = inClause.length === 0 && !after.some((q) => q.folded === 'yet') ? words('yet') : [];
    const head = pieces.slice(0, s);
    const toWriter = receiver !== null || EN_TO_WRITER.has(lemma);
    let clause: Piece[];
    let ask: string | null;
    if (EN_SENT.has(lemma) && toWriter) {
      const who = receiver ?? me(writer);
      if (perfect) {
        const i = writer === 'wir' || receiver === 'us' ? 'we' : 'I';
        const opening = words(`${s === 0 ? capitalise(i) : i} haven't received`).map((q, k) =>
          k === 0 ? { ...q, gap: p.gap } : q,
        );
        clause = [...opening, ...object.map((q, k) => (k === 0 ? { ...q, gap: ' ' } : q)), ...yet];
      } else {
        // "didn't reach us we asked for …" would part the object from its clause.
        if (inClause.length > 0) continue;
        clause = [...thing, ...words(`didn't reach ${who}`)];
      }
      ask = subordinate && !perfect ? null : `Could you send ${pronoun} over by [date]?`;
    } else if (EN_STATES.has(lemma) && !receiver) {
      if (subordinate) continue;
      clause = [...thing, ...words(`${many ? "haven't" : "hasn't"} been ${participleOf(verb, lemma)}`), ...yet];
      ask = `Could you ${lemma} ${pronoun} by [date]?`;
    } else continue;
    const text = render([...head, ...clause, ...after]).replace(/[.!…]+$/u, '');
    return [{ text: ask ? `${text}. ${ask}` : `${text}.`, dropped: [...dropped, verb.folded] }];
  }
  return [];
}

/** The participle for "has been …": the original's where it is one ("signed"), else built from the lemma. */
function participleOf(verb: Piece, lemma: string): string {
  if (verb.folded !== lemma && (/ed$/.test(verb.folded) || Object.values(IRREGULAR).includes(verb.folded)))
    return verb.folded;
  return participle(lemma);
}

export const stillOpen: Strategy = (input) => {
  if (input.pieces.some((p) => p.text === '?')) return [];
  if (input.language === 'de') return german(input);
  const passive = englishPassive(input);
  return passive.length > 0 ? passive : englishActive(input);
};
