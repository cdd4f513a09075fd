// The reader made the culprit for something they were to send ("Sie haben die
// Pläne zu spät geschickt", "you didn't send the invoices") said from the
// writer's side, then the next step as a question with the date left to fill
// in: "Ich habe die Pläne zu spät erhalten. Damit wir im Zeitplan bleiben,
// bräuchte ich sie künftig bis [Wochentag]."

import { lexicon } from '../rules/reader-fault-lexicon';
import type { Candidate, RewriteInput, Strategy } from './context';
import { mainClausePassive } from './cosmetic';
import { IRREGULAR, participle } from './english';
import { DE_DETERMINERS, opensMainClause, verbSecond } from './german';
import { germanPassive, withoutAgent } from './passive.de';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';
import { REWRITE_WORDS } from './words';

/** Words that make what was forgotten an event or a time, not a thing to send ("unser Treffen", "zum dritten Mal"). */
const NOT_A_THING = new Set(
  'termin treffen besprechung sitzung anruf frist zahlung zum zur am im beim mal wieder erneut schon'.split(' '),
);
/** Sharpeners that go with "vergessen" ("schlicht vergessen"). */
const SHARPENERS = new Set(REWRITE_WORDS.de.sharpeners.filter((w) => !w.includes(' ')));
const READER: Record<string, RewriteInput['form']> = { sie: 'sie', du: 'du', ihr: 'ihr', you: 'sie' };
const WRITER_DATIVE = new Set(['mir', 'uns', 'me', 'us']);
const DE_NEGATION = new Set(['nicht', 'nie', 'niemals', 'weder']);
const LATE = new Set(['spät', 'verspätet', 'erst', 'rechtzeitig', 'pünktlich', 'late', 'after', 'only']);
/** Words that say "so far" already, or make the negation one of timing: no "noch" before "nicht". */
const NO_YET = new Set(['noch', 'bisher', 'heute', 'rechtzeitig', 'pünktlich', 'wieder', 'erneut']);
const SUBORDINATORS = new Set(['weil', 'da', 'nachdem', 'because', 'since', 'as']);
const EN_DETERMINERS = new Set([
  'the',
  'your',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'these',
  'those',
  'that',
  'a',
  'an',
  'any',
  'all',
]);
/** Words that end an English object phrase. */
const EN_STOP = new Set([
  'again',
  'yet',
  'late',
  'on',
  'in',
  'at',
  'by',
  'for',
  'to',
  'until',
  'after',
  'before',
  'two',
  'three',
  'days',
  'weeks',
  'so',
  'and',
  'but',
  'because',
]);
/** Words that start a clause inside the object ("the 1099s we asked for"): its head stands before them. */
const EN_CLAUSE = new Set(['we', 'i', 'you', 'they', 'that', 'which', 'who', 'he', 'she']);
const EN_NEGATED = new Set(["didn't", "haven't", "hasn't", 'never']);

/** The pronoun that takes up the object in the next step, from its determiner. */
export function objectPronoun(middle: readonly Piece[], language: RewriteInput['language']): string {
  if (language === 'en') {
    // The object's head: the last word of the phrase after its determiner ("the signed plans again" → plans).
    const det = middle.findIndex((p) => p.word && EN_DETERMINERS.has(p.folded));
    let head = '';
    for (
      let i = det + 1;
      det >= 0 &&
      i < middle.length &&
      (middle[i] as Piece).word &&
      !EN_STOP.has((middle[i] as Piece).folded) &&
      !EN_CLAUSE.has((middle[i] as Piece).folded);
      i++
    )
      head = (middle[i] as Piece).folded;
    return /[^su]s$/.test(head) ? 'them' : 'it';
  }
  const det = middle.find((p) => p.word && /^(?:d|ein|mein|dein|ihr|unser|euer|eur|kein)/.test(p.folded));
  const f = det?.folded ?? '';
  if (/^(?:die|eine|meine|deine|ihre|unsere|eure)$/.test(f)) return 'sie';
  if (/^(?:den|einen|meinen|deinen|ihren|unseren|euren)$/.test(f)) return 'ihn';
  if (/^(?:das|ein|mein|dein|ihr|unser|euer)$/.test(f)) return 'es';
  return 'das';
}

/** The infinitive of a German participle: the lemma tables', or by rule for weak verbs they lack ("zugeschickt" → "zuschicken"). */
function infinitiveOf(part: Piece): string {
  if (part.lemma !== part.folded) return part.lemma;
  const weak = /^(\p{L}*?)ge(\p{L}+?)e?t$/u.exec(part.folded);
  return weak ? `${weak[1]}${weak[2]}en` : '';
}

export function nextStep(input: RewriteInput, pronoun: string, late: boolean): string {
  const { language, form, writer } = input;
  if (language === 'en')
    return late ? 'Could we agree on [date] for the next one?' : `Could you send ${pronoun} over by [date]?`;
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
    // "Ihr Empfang …": a possessive before a noun, not the reader as subject ("weil ich Empfang …" is no German).
    if (subject.folded === 'ihr' && /^\p{Lu}/u.test(pieces[s + 1]?.text ?? '')) continue;
    const subordinate = s > 0 && SUBORDINATORS.has((pieces[s - 1] as Piece).folded);
    if (!subordinate && s !== 0) continue;
    const end = clauseEnd(pieces, s + 1);
    const aux = subordinate ? end - 1 : s + 1;
    const participle = subordinate ? end - 2 : end - 1;
    const auxPiece = pieces[aux];
    const part = pieces[participle];
    // "Sie haben die Überweisung vergessen": something the writer was to get has not come.
    const forgot = part?.folded === 'vergessen';
    if (!auxPiece || !part || auxPiece.lemma !== 'haben' || !(forgot || sending.has(infinitiveOf(part)))) continue;
    const middle = pieces
      .slice(subordinate ? s + 1 : s + 2, participle)
      .filter((p) => !WRITER_DATIVE.has(p.folded) && !(forgot && SHARPENERS.has(p.folded)));
    const negated = forgot || middle.some((p) => DE_NEGATION.has(p.folded));
    const late = !forgot && middle.some((p) => LATE.has(p.folded));
    if (!negated && !late) continue;
    // What was forgotten is a thing ("die Überweisung"), not a clause or a time ("… vergessen, am Montag").
    if (
      forgot &&
      (!DE_DETERMINERS.has(middle[0]?.folded ?? '') ||
        middle.length > 4 ||
        middle.some((p) => !p.word || NOT_A_THING.has(p.folded)))
    )
      continue;
    const yet = !middle.some((p) => NO_YET.has(p.folded));
    const withYet = forgot
      ? [...middle, ...words(yet ? 'noch nicht' : 'nicht')]
      : middle.flatMap((p) => (yet && DE_NEGATION.has(p.folded) ? words('noch nicht') : [p]));
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

/** Particles of a verb of sending before its object ("hand in the forms", "send over the plans"). */
const EN_PARTICLES = new Set(['in', 'over', 'across', 'through', 'along', 'on']);
/** Words that make "didn't send it …" one of timing: it came, but late ("until Friday", "before the cutoff"). */
const EN_TIMING = new Set(['until', 'till', 'before', 'after', 'by']);
/** How a thing is sent: "by email" is no deadline. */
const EN_MEANS = new Set(['email', 'e-mail', 'mail', 'post', 'courier', 'hand', 'fax', 'text', 'letter', 'phone']);
/** Words after "in/on/at" that make it a time. */
const EN_WHEN =
  /^(?:time|\d.*|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Words after the object that say where it went or stayed: the writer did not receive it there ("… at the reception"). */
const EN_ELSEWHERE = new Set(['to', 'at', 'into', 'onto', 'in', 'on', 'with', 'via', 'through']);

/**
 * The words after the verb of sending without "to me/us" (the writer receives; "received" says so), or null
 * where they name another receiver ("to the planning office", "to my lawyer"), a place ("at the reception")
 * or the way it was sent ("by email"): then "I haven't received …" would say something else.
 */
function toWriter(rest: readonly Piece[]): Piece[] | null {
  const out: Piece[] = [];
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i] as Piece;
    const next = rest[i + 1];
    if (p.folded === 'to' && WRITER_DATIVE.has(next?.folded ?? '')) {
      // "over to us", "back to me": the particle goes with it.
      if (/^(?:over|back)$/.test(out[out.length - 1]?.folded ?? '')) out.pop();
      i++;
      continue;
    }
    if (p.folded === 'by' && EN_MEANS.has(next?.folded ?? '')) return null;
    // "in time", "on Monday", "in January": a time, not a place.
    if (EN_ELSEWHERE.has(p.folded) && !(p.folded !== 'to' && EN_WHEN.test(next?.text ?? ''))) return null;
    out.push(p);
  }
  return out;
}

/**
 * Things a reader sends or hands over: "you forgot the referral letter" means it has not come, while "you forgot the
 * guest bathroom" (in a plan) or "the second floor" (in a quote) is left out of their work, not owed to the writer.
 */
const SENT_THINGS = new Set(
  'letter form invoice receipt payment deposit fee cheque check file document paperwork plan drawing photo picture statement key signature contract report attachment detail number figure list copy certificate referral prescription sample pass card ticket voucher order questionnaire timesheet record note script draft proof logo password login code'.split(
    ' ',
  ),
);

/** Whether the object after "forgot the/your …" ends on a thing sent ("the signed contract", "your bank statements"). */
function sentThing(object: readonly Piece[]): boolean {
  const stop = object.findIndex(
    (p) => !p.word || EN_ELSEWHERE.has(p.folded) || p.folded === 'again' || p.folded === 'for',
  );
  const head = (stop < 0 ? object : object.slice(0, stop)).at(-1)?.folded ?? '';
  return SENT_THINGS.has(head) || SENT_THINGS.has(head.replace(/e?s$/, '')) || SENT_THINGS.has(head.replace(/s$/, ''));
}

function english(input: RewriteInput): Candidate[] {
  const { pieces, cue, writer } = input;
  // "file" goes to a court or an office, not to the writer.
  const sending = new Set(REWRITE_WORDS.en.sending.filter((v) => v !== 'file'));
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
    // "you forgot the referral letter": something the writer was to get has not come (not "forgot to …").
    const forgot =
      !negated &&
      v?.folded === 'forgot' &&
      EN_DETERMINERS.has(pieces[verb + 1]?.folded ?? '') &&
      sentThing(pieces.slice(verb + 2, end));
    if (forgot) negated = true;
    else if (!v?.word || !sending.has(v.lemma)) continue;
    else if (!negated && v.folded === v.lemma) continue; // present tense: a habit, not this occasion
    let rest = pieces.slice(verb + 1, end);
    while (rest[0] && WRITER_DATIVE.has(rest[0].folded)) rest = rest.slice(1);
    if (rest[0]?.folded === 'back') rest = rest.slice(1);
    // "hand in the timesheets", "send over the plans": the particle goes with the verb.
    if (EN_PARTICLES.has(rest[0]?.folded ?? '') && EN_DETERMINERS.has(rest[1]?.folded ?? '')) rest = rest.slice(1);
    const received = toWriter(rest);
    // Sent to someone else ("… to the planning office") or a way of sending ("by email"): the writer was not the one to receive it.
    if (!received) continue;
    rest = received;
    const late = rest.some((p) => LATE.has(p.folded));
    if (!negated && !late) continue;
    // "didn't send … again" has no writer's-side form without losing the "again".
    if (rest.some((p) => p.folded === 'again')) continue;
    // "didn't send the photos until Friday / in time": it came, late; what did not happen is receiving it in time.
    const timing =
      negated &&
      rest.some((p, i) => EN_TIMING.has(p.folded) || (/^(?:in|on)$/.test(p.folded) && rest[i + 1]?.folded === 'time'));
    const head = timing ? `${me} didn't receive` : negated ? `${me} haven't received` : `${me} received`;
    const tail = negated && !timing && !rest.some((p) => p.folded === 'yet') ? words('yet') : [];
    const clause = [...words(s === 0 ? head.charAt(0).toUpperCase() + head.slice(1) : head), ...rest, ...tail];
    const rebuilt = [
      ...pieces.slice(0, s),
      ...clause.map((p, i) => (i === 0 ? { ...p, gap: (pieces[s] as Piece).gap } : p)),
      ...pieces.slice(end),
    ];
    const text = render(rebuilt);
    return [
      {
        text: `${text} ${nextStep(input, objectPronoun(rest, 'en'), (late && !negated) || timing)}`,
        dropped: [first.folded, (v as Piece).folded],
      },
    ];
  }
  return [];
}

const PAST_PARTICIPLES: Record<string, string> = {
  took: 'taken',
  gave: 'given',
  wrote: 'written',
  forgot: 'forgotten',
  chose: 'chosen',
  did: 'done',
  saw: 'seen',
};

const AGENT_NOUNS_OK = /^[a-z][a-z'-]*$/;
const CAUSAL = new Set(['because', 'since', 'as', 'so', 'and', 'but', 'that', 'when']);
/** Words that end the object phrase; "of" stays with the noun ("the list of starters"). */
const EN_OBJECT_STOP = new Set([
  ...EN_STOP,
  'from',
  'with',
  'without',
  'into',
  'which',
  'who',
  'when',
  'while',
  'than',
  'as',
  'or',
  'even',
  'instead',
  'last',
  'yesterday',
  'today',
  // "unplugged the NAS during the update": a time or place after the object is not part of it.
  'during',
  'over',
  'through',
  'across',
  'under',
  'behind',
  'around',
]);
const NUMBER_WORDS = new Set(
  'every each two three four five six seven eight nine ten eleven twelve fourteen twenty several some both'.split(' '),
);

/** Words that show a clause or a negation inside what would be the object. */
const EN_INSIDE_CLAUSE = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'not', 'never', "n't"]);

/** "reported the hours incorrectly": an -ly word before a mark or a link word closes the object as its adverb. */
function closingAdverb(pieces: readonly Piece[], at: number): boolean {
  const p = pieces[at] as Piece;
  if (!/^[a-z]{3,}ly$/.test(p.folded) || /^(?:family|assembly|supply|reply|ally|rally|italy)$/.test(p.folded))
    return false;
  const next = pieces[at + 1];
  return !next?.word || EN_OBJECT_STOP.has(next.folded);
}

/**
 * The reader's act said without the reader as its doer: "your team approved
 * the copy three days late" → "the copy was approved three days late", "you
 * didn't send us the list until Friday" → "the list wasn't sent until Friday".
 */
function passive(input: RewriteInput): Candidate[] {
  const { pieces, cue } = input;
  for (let a = Math.max(0, Math.min(cue.from, input.span.from) - 1); a < Math.min(pieces.length, cue.to + 1); a++) {
    const p = pieces[a] as Piece;
    const before = pieces[a - 1];
    // "Had you sent the plan in May, …": the inverted condition, said without its doer.
    const inverted = before?.folded === 'had' && (a === 1 || /^[,;:–—-]$/.test(pieces[a - 2]?.text ?? ''));
    if (a > 0 && !inverted && !(before && (CAUSAL.has(before.folded) || /^[,;:–—-]$/.test(before.text)))) continue;
    // The agent: "you", or "your team/accountant …" (one or two words after "your").
    let v: number;
    if (p.folded === 'you') v = a + 1;
    else if (
      /^(?:someone|somebody)$/.test(p.folded) &&
      /^(?:in|on|from|at)$/.test(pieces[a + 1]?.folded ?? '') &&
      pieces[a + 2]?.folded === 'your' &&
      pieces[a + 3]?.word
    )
      // "someone in your accounts department disabled …": up to two words name the department.
      v = pieces[a + 4]?.word && !/ed$/.test(pieces[a + 4]?.folded ?? '') ? a + 5 : a + 4;
    else if (p.folded === 'your' && pieces[a + 1]?.word && AGENT_NOUNS_OK.test(pieces[a + 1]?.folded ?? '')) {
      v =
        pieces[a + 2]?.word && !/ed$|^(?:did|didn't|never)$/.test(pieces[a + 2]?.folded ?? '') && pieces[a + 3]?.word
          ? a + 3
          : a + 2;
    } else continue;
    let negated = false;
    let perfect = false;
    let verb = pieces[v];
    // "you have ignored four requests" → "four requests have been ignored".
    if (inverted) perfect = false;
    else if (/^(?:have|has|'ve)$/.test(verb?.folded ?? '') && pieces[v + 1]?.word) {
      perfect = true;
      v += 1;
      verb = pieces[v];
    }
    if (
      !inverted &&
      !perfect &&
      (verb?.folded === "didn't" || (verb?.folded === 'did' && pieces[v + 1]?.folded === 'not'))
    ) {
      negated = true;
      v += verb.folded === 'did' ? 2 : 1;
      verb = pieces[v];
      if (!verb?.word || verb.folded !== verb.lemma) continue;
    } else if (
      !verb?.word ||
      /s$/.test(verb.folded) ||
      /ing$/.test(verb.folded) ||
      (verb.folded === verb.lemma && !verb.folded.endsWith('ed'))
    )
      continue;
    else if (
      !(
        verb.folded.endsWith('ed') ||
        Object.values(IRREGULAR).includes(verb.folded) ||
        /^(?:took|gave|wrote|forgot|chose|did|saw)$/.test(verb.folded)
      )
    )
      continue;
    // The object: a determiner and its words up to a preposition, an adverb or the clause's end.
    let o = v + 1;
    while (pieces[o]?.word && WRITER_DATIVE.has((pieces[o] as Piece).folded)) o++;
    const start = pieces[o];
    if (!start?.word || !(EN_DETERMINERS.has(start.folded) || NUMBER_WORDS.has(start.folded) || /^\d/.test(start.text)))
      continue;
    let e = o + 1;
    let joined = false;
    for (;;) {
      while (
        e < pieces.length &&
        (pieces[e] as Piece).word &&
        !EN_OBJECT_STOP.has((pieces[e] as Piece).folded) &&
        !closingAdverb(pieces, e)
      )
        e++;
      // "the list of starters and their job roles": a second noun phrase joins the object.
      if (pieces[e]?.folded !== 'and' || !EN_DETERMINERS.has(pieces[e + 1]?.folded ?? '')) break;
      joined = true;
      e += 2;
    }
    if (e - o < 2 || pieces.slice(e).some((q) => q.folded === 'again')) continue;
    const object = pieces.slice(o, e);
    // A clause inside the object ("any of the journaling we agreed on"), a negation in it ("our advice
    // not to …") or an infinitive after it: the passive would split what belongs together.
    if (object.some((q) => EN_INSIDE_CLAUSE.has(q.folded))) continue;
    if (pieces[e]?.folded === 'to' && !EN_DETERMINERS.has(pieces[e + 1]?.folded ?? '')) continue;
    // The head noun stands before "of"/"for" ("the list of starters" is singular).
    const joint = object.findIndex((q, i) => i > 0 && q.folded === 'of');
    const head = (object[(joint > 0 ? joint : object.length) - 1] as Piece).folded;
    const first = (object[0] as Piece).folded;
    const headText = (object[(joint > 0 ? joint : object.length) - 1] as Piece).text;
    const plural =
      joined ||
      // "the NAS" is one device: an acronym's final S is no plural.
      (/[^su]s$/.test(head) && !/^\p{Lu}+$/u.test(headText)) ||
      /^(?:these|those|all|both)$/.test(first) ||
      (NUMBER_WORDS.has(first) && !/^(?:some|every|each)$/.test(first));
    const be = inverted
      ? 'been'
      : perfect
        ? plural
          ? 'have been'
          : 'has been'
        : negated
          ? plural
            ? "weren't"
            : "wasn't"
          : plural
            ? 'were'
            : 'was';
    const moved = object.map((q, i) =>
      i === 0 ? { ...q, gap: p.gap, text: a === 0 ? capitalise(q.text) : q.text.toLowerCase() } : q,
    );
    if (inverted) {
      const done = PAST_PARTICIPLES[verb.folded] ?? verb.folded;
      const out = [...pieces.slice(0, a), ...moved, ...words(`${be} ${done}`), ...pieces.slice(e)];
      return [{ text: render(out), dropped: [...pieces.slice(a, o).map((q) => q.folded), verb.folded] }];
    }
    // A regular past is its own participle ("disabled"); the few that differ are listed ("took" → "taken").
    const dropped = pieces.slice(a, o).map((q) => q.folded);
    const done = negated ? participle(verb.lemma) : (PAST_PARTICIPLES[verb.folded] ?? verb.folded);
    if (perfect) dropped.push(pieces[v - 1]?.folded ?? '');
    const out = [...pieces.slice(0, a), ...moved, ...words(`${be} ${done}`), ...pieces.slice(e)];
    const text = render(out);
    return [{ text, dropped: [...dropped, verb.folded] }];
  }
  return [];
}

/** The article in the case of a reader's possessive: "Ihrer" → "der", "Ihres" → "des", "deinem" → "dem". */
const ARTICLE_FOR: Record<string, string> = {
  ihrer: 'der',
  ihres: 'des',
  ihrem: 'dem',
  ihren: 'den',
  ihre: 'die',
  deiner: 'der',
  deines: 'des',
  deinem: 'dem',
  deinen: 'den',
  deine: 'die',
  eurer: 'der',
  eures: 'des',
  eurem: 'dem',
  euren: 'den',
  eure: 'die',
};

/** "Wegen Ihnen ist der Newsletter …": the fronted cause goes, the event stays ("Der Newsletter ist …"). */
function withoutCause(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  const first = pieces[0];
  const reader = pieces[1];
  if (!first?.word || !/^(?:wegen|dank|durch)$/.test(first.folded) || !reader?.word) return [];
  if (!/^(?:ihnen|dir|euch)$/.test(reader.folded)) return [];
  const end = 2;
  const rest = verbSecond(pieces.slice(end).map((p, i) => (i === 0 ? { ...p, gap: '' } : p)));
  if (!rest || rest[0] === pieces[end] || !opensMainClause(rest)) return [];
  return [{ text: render(rest), dropped: pieces.slice(0, end).map((p) => p.folded) }];
}

const CAUSES: Record<RewriteInput['language'], ReadonlySet<string>> = {
  de: new Set(['wegen', 'durch', 'aufgrund', 'infolge', 'dank', 'auf']),
  en: new Set(['of', 'to', 'by']),
};
/** Nouns that make "your X" an idiom for the reader ("auf Ihre Kappe", "on your side"). */
const IDIOM_NOUNS = new Set(['kappe', 'seite', 'konto', 'rechnung', 'mist', 'end', 'side', 'part', 'fault']);
/** English causes the possessive follows: "because of", "due to", "owing to", "thanks to", "caused by". */
const EN_CAUSE_BEFORE = new Set(['because', 'due', 'owing', 'thanks', 'caused']);

/**
 * A cause named as the reader's ("wegen Ihrer verspäteten Zahlung", "because
 * of your late approval") named as the thing itself, with an article in the
 * same case: "wegen der verspäteten Zahlung", "because of the late approval".
 * The facts stay; the finger goes.
 */
function causeAsThing(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  for (let i = 1; i < pieces.length - 1; i++) {
    const prep = pieces[i - 1] as Piece;
    const own = pieces[i] as Piece;
    if (!prep.word || !CAUSES[language].has(prep.folded)) continue;
    if (language === 'en' && !EN_CAUSE_BEFORE.has(pieces[i - 2]?.folded ?? '')) continue;
    const article = language === 'de' ? ARTICLE_FOR[own.folded] : own.folded === 'your' ? 'the' : undefined;
    // "auf Ihre Kappe", "auf Ihrer Seite", "on your end": idioms that mean the reader, with no thing to name.
    if (IDIOM_NOUNS.has(pieces[i + 1]?.folded ?? '')) continue;
    // Only the polite or familiar reader: "ihre" lower-case mid-sentence is "her/their".
    if (!article || (language === 'de' && /^ihr/.test(own.folded) && own.text.charAt(0) !== 'I')) continue;
    const text = i === 0 ? capitalise(article) : article;
    const out = [...pieces.slice(0, i), { ...own, text, folded: article }, ...pieces.slice(i + 1)];
    return [{ text: render(out), dropped: [own.folded] }];
  }
  return [];
}

/**
 * Nouns that "the" cannot take over from "your": kin are people, not roles ("the wife"), and a team or an office
 * the writer has too ("the office", "die Buchhaltung") would leave open whose it was, or point at the writer.
 */
const NOT_A_ROLE = new Set(
  'wife husband son daughter mother father mum dad brother sister brother-in-law sister-in-law family partner kids children office team department staff people admin finance accounts payroll it hr management company firm side end mann frau sohn tochter mutter vater bruder schwester schwager schwägerin familie partner partnerin kinder eltern büro team abteilung buchhaltung verwaltung sekretariat kanzlei praxis firma haus seite leute mitarbeiter mitarbeiterin mitarbeitende personalabteilung geschäftsführung'.split(
    ' ',
  ),
);

/**
 * The reader's person named by their role ("because your bookkeeper submitted …" → "because the bookkeeper
 * submitted …", "weil Ihre Buchhaltung …" → "weil die Buchhaltung …"): who did what stays, the finger at the
 * reader's side goes. English allows one word before the role ("your freelance developer"); German "Ihr" is
 * left alone, its article depends on the noun's gender.
 */
function roleNotOwner(input: RewriteInput): Candidate[] {
  const { pieces, language, span } = input;
  const agents = lexicon(language).agentNouns;
  for (let i = span.from; i < Math.min(pieces.length - 1, span.to); i++) {
    const own = pieces[i] as Piece;
    const article = language === 'de' ? ARTICLE_FOR[own.folded] : own.folded === 'your' ? 'the' : undefined;
    if (!article || (language === 'de' && own.text.charAt(0) !== 'I' && /^ihr/.test(own.folded))) continue;
    let n = i + 1;
    if (language === 'en' && !agents.hasFolded(pieces[n]?.folded ?? '') && pieces[n + 1]?.word) n++;
    const noun = pieces[n];
    if (!noun?.word || !agents.hasFolded(noun.folded) || NOT_A_ROLE.has(noun.folded) || /abteilung$/.test(noun.folded))
      continue;
    // "your wife's accounts": a possessive after the role names someone else's thing.
    if (language === 'en' && /^['’]s$/.test(pieces[n + 1]?.text ?? '')) continue;
    if (language === 'de' && noun.text.charAt(0) === noun.folded.charAt(0)) continue;
    const text = i === 0 ? capitalise(article) : article;
    const out = [...pieces.slice(0, i), { ...own, text, folded: article }, ...pieces.slice(i + 1)];
    return [{ text: render(out), dropped: [own.folded] }];
  }
  return [];
}

/** The offer after a cause said without its doer: going through the next steps together. */
function offer(input: RewriteInput): string {
  const { language, form, writer } = input;
  if (language === 'en')
    return writer === 'wir'
      ? "We're happy to talk through with you how best to go on from here."
      : "I'm happy to talk through with you how best to go on from here.";
  const you = form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen';
  const think = writer === 'wir' ? 'überlegen wir' : 'überlege ich';
  return `Gern ${think} mit ${you} zusammen, wie es jetzt am besten weitergeht.`;
}

/** "was caused unplugging …": a gerund whose doer went with the agent. */
const DOERLESS_ING = /\b(?:was|were|been)\s+\p{L}+ed\s+\p{L}+ing\b/u;
const READER_CAUSE = /\b(?:weil|da|dass|nachdem|because|since|as)\s+(?:du|Sie|ihr|you)\b/;

/**
 * The event without the reader as its doer, where it explains a cause, and
 * the offer to talk through the next steps after it: the facts stay, the
 * finger goes, and the reader has somewhere to go.
 */
function withOffer(input: RewriteInput, candidates: Candidate[]): Candidate[] {
  const original = render(input.pieces);
  const count = input.pieces.filter((p) => p.word).length;
  return candidates.flatMap((c) => {
    // A candidate much shorter than the sentence lost a clause on the way ("Der Anhang wurde geöffnet.").
    const kept = c.text.split(/\s+/).length >= count - 5;
    // The reader left as the doer of the cause ("…, weil du meine Korrektur nicht eingepflegt hast") is the same blame.
    if (!kept || mainClausePassive(c.text, original) || READER_CAUSE.test(c.text) || DOERLESS_ING.test(c.text))
      return [];
    // A state with its own next step ("Die Bögen sind noch nicht ausgefüllt. Könnten Sie das … nachholen?") stays as it is.
    if (/\?/.test(c.text)) return [c];
    return [{ ...c, text: `${c.text.replace(/[.!…]+$/u, '.')} ${offer(input)}` }];
  });
}

export const fromWritersSide: Strategy = (input) => {
  const de = input.language === 'de';
  // The cause said without its doer, each way the language allows, then the thing or the role instead of the reader.
  const withoutDoer = de
    ? [...germanPassive(input), ...withoutAgent(input), ...withoutCause(input)]
    : [...passive(input), ...withoutAgent(input)];
  return [
    ...(de ? german(input) : english(input)),
    ...withOffer(input, [...withoutDoer, ...causeAsThing(input), ...roleNotOwner(input)]),
  ];
};
