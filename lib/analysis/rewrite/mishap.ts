// A mishap pinned on the reader ("Sie haben die Kündigungsklausel übersehen",
// "you lost the access code", "you sent the wrong version") said as what
// happened to the thing, from where the writer stands, with the next step:
// "Die Kündigungsklausel ist untergegangen. Wollen wir uns das gemeinsam noch
// einmal ansehen?", "The wrong version reached me. Could you correct it by
// [date]?". Only verbs whose mishap has a plain intransitive form are taken
// (untergehen, verloren gehen, verstreichen, ankommen; slip through, go
// missing, pass, reach), so no passive is left pointing at the reader. German
// objects keep their case where they can (feminine, neuter, plural); a
// masculine one takes its nominative only as a plain phrase; an unclear number
// gives no rewrite.
import { type Candidate, phraseAt, type RewriteInput, type Strategy } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { agentEnd, CONNECTORS, hangingInfinitive, nominative, plural, SAME_CASE } from './passive.de';
import { clauseEnd, type Piece, render, words } from './pieces';
import { REWRITE_WORDS } from './words';

type Step = 'look' | 'fix' | 'offer';

/** What is lost without going missing (head nouns): people, cases, time, trust. "Der Mandant ist verloren gegangen" says another thing. */
export const DE_NOT_MISLAID =
  /(?:kunde|kunden|kundin|mandant|mandanten|mandantin|auftrag|aufträge|prozess|fall|klage|verfahren|zeit|geduld|überblick|vertrauen|geld|ausschreibung|wette|spiel|faden|kontrolle|anschluss|interesse|mut|nerven)$/;
export const EN_NOT_MISLAID =
  /^(?:clients?|customers?|cases?|deals?|bids?|tenders?|lawsuits?|appeals?|money|time|patience|track|interest|trust|momentum|focus|weight|sight|touch|control|argument|contracts?|accounts?|jobs?|days?|weeks?|hours?)$/;

/** German participles of a mishap and the state the thing is in afterwards (with "sein"). */
const DE_MISHAPS: Record<string, { predicate: string; step: Step; plural?: true; nouns?: RegExp; except?: RegExp }> = {
  übersehen: { predicate: 'untergegangen', step: 'look' },
  überlesen: { predicate: 'untergegangen', step: 'look' },
  verloren: { predicate: 'verloren gegangen', step: 'offer', except: DE_NOT_MISLAID },
  verbummelt: { predicate: 'verloren gegangen', step: 'offer', except: DE_NOT_MISLAID },
  verschlampt: { predicate: 'verloren gegangen', step: 'offer', except: DE_NOT_MISLAID },
  // Two things swapped: only with a plural ("die beiden Nummern sind vertauscht").
  verwechselt: { predicate: 'vertauscht', step: 'fix', plural: true },
  vertauscht: { predicate: 'vertauscht', step: 'fix', plural: true },
  // A time that passed: only for deadlines ("die Frist ist verstrichen").
  verpasst: {
    predicate: 'verstrichen',
    step: 'offer',
    nouns: /(?:frist|stichtag|deadline|abgabetermin|übergabetermin|einsendeschluss)$/,
  },
  versäumt: { predicate: 'verstrichen', step: 'offer', nouns: /(?:frist|stichtag|deadline)$/ },
};
/** Irritation the state needs no longer ("schon wieder", "einfach", "komplett"). */
const DE_EDGE = new Set([...REWRITE_WORDS.de.sharpeners.filter((w) => !w.includes(' ')), 'einfach', 'schlicht']);
/** Verbs of sending whose receiver, when none is named, is the writer. */
const TO_WRITER = /^(?:schicken|senden|zusenden|zuschicken|übersenden|übermitteln|mailen|weiterleiten|melden)$/;
const DE_WRONG = /^falsch(?:e|en|er|es)?$/;
const DE_WRITER_DATIVE = new Set(['mir', 'uns']);
/** Words that may stand between the verb and the object: adverbs of time and regret. */
const DE_BEFORE_OBJECT = new Set(['leider', 'wieder', 'erneut', 'auch', 'dabei', 'diesmal', 'heute', 'gestern']);

function germanStep(step: Step, input: RewriteInput): string {
  const { form, writer } = input;
  const could = form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
  if (step === 'fix') return `${could} das bis [Datum] korrigieren?`;
  if (step === 'look') return 'Wollen wir uns das gemeinsam noch einmal ansehen?';
  const you = form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen';
  const think = writer === 'wir' ? 'überlegen wir' : 'überlege ich';
  return `Gern ${think} mit ${you} zusammen, wie es jetzt am besten weitergeht.`;
}

function german(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  const sending = new Set(REWRITE_WORDS.de.sending);
  // "Sie haben …" at the start, or "Leider hast du …" (a connector, the verb, then the reader).
  // "Schon wieder haben Sie …": the irritation before the verb goes; the clause starts at the verb.
  const again = phraseAt(pieces, 0, 'schon wieder');
  const skip = again > 0 ? again : pieces[0]?.folded === 'erneut' ? 1 : 0;
  for (const s of skip > 0 ? [skip + 1] : [0, 2]) {
    const verbFirst = s > 0;
    if (skip > 0 && pieces[skip]?.lemma !== 'haben') continue;
    if (
      verbFirst &&
      skip === 0 &&
      !(pieces[0]?.word && CONNECTORS.has(pieces[0].folded) && pieces[1]?.lemma === 'haben')
    )
      continue;
    const agent = agentEnd(pieces, s);
    if (agent < 0) continue;
    if (!verbFirst && pieces[agent]?.lemma !== 'haben') continue;
    const from = verbFirst ? agent : agent + 1;
    const end = clauseEnd(pieces, from);
    const part = pieces[end - 1];
    if (!part?.word) continue;
    const tail = pieces.slice(end);
    if (hangingInfinitive(tail)) return [];
    const sent =
      sending.has(part.lemma) ||
      /^(?:angegeben|gemeldet|eingetragen|hochgeladen|gegeben|weitergegeben)$/.test(part.folded);
    const mishap = DE_MISHAPS[part.folded];
    if (!mishap && !sent) continue;
    // Before the object: adverbs, the writer as dative ("uns"), or a third party ("der Druckerei").
    let o = from;
    let dative: Piece[] = [];
    const before: Piece[] = [];
    while (o < end - 1) {
      const p = pieces[o] as Piece;
      if (p.word && DE_WRITER_DATIVE.has(p.folded)) dative = [p];
      else if (p.word && DE_EDGE.has(p.folded)) {
        // dropped
      } else if (p.word && p.folded === 'schon' && pieces[o + 1]?.folded === 'wieder') o++;
      else if (p.word && DE_BEFORE_OBJECT.has(p.folded)) before.push(p);
      else if (p.word && /^(?:der|dem)$/.test(p.folded) && sent) {
        const e = nounPhraseEnd(pieces, o);
        if (e < 0 || !DE_DETERMINERS.has(pieces[e]?.folded ?? '')) break;
        dative = pieces.slice(o, e);
        o = e;
        continue;
      } else break;
      o++;
    }
    const first = pieces[o];
    if (!first?.word || !DE_DETERMINERS.has(first.folded)) return [];
    const objectEnd = nounPhraseEnd(pieces, o);
    if (objectEnd < 0 || objectEnd >= end) return [];
    const accusative = pieces.slice(o, objectEnd);
    const same = SAME_CASE.test(first.folded);
    const subject = same ? accusative : nominative(accusative);
    if (!subject) return [];
    const many = same ? plural(subject) : false;
    if (many === null) return [];
    // Between the object and the participle: only plain words (a place, a time), no second verb or clause.
    const after = pieces
      .slice(objectEnd, end - 1)
      .filter((p) => !(p.word && DE_EDGE.has(p.folded)) && !(p.folded === 'schon' || p.folded === 'wieder'));
    // "von/vom/durch …" after the object would read as the doer of the new verb ("sind vom Statiker untergegangen").
    if (after.some((p) => !p.word || /^(?:nicht|nie|kein\p{L}*|zu|und|oder|von|vom|durch)$/u.test(p.folded))) return [];
    const wrong = [...accusative, ...after].some((p) => DE_WRONG.test(p.folded));
    const aux = words(many ? 'sind' : 'ist');
    let predicate: string;
    let step: Step;
    let opener: Piece[] = [];
    if (sent) {
      // Sent wrong: what arrived, where it arrived ("Bei mir ist die falsche Datei angekommen").
      if (!wrong) return [];
      // A receiver after "an" ("an die Druckerei") stays as it is: the thing went there ("ist … an die Druckerei gegangen").
      const to = after.findIndex((p) => p.folded === 'an');
      if (to >= 0 && dative.length === 0) {
        if (!DE_DETERMINERS.has(after[to + 1]?.folded ?? '') || /^(?:dem|der)$/.test(after[to + 1]?.folded ?? ''))
          return [];
        predicate = 'gegangen';
        step = 'fix';
      } else if (/^(?:gegeben|weitergegeben)$/.test(part.folded)) return [];
      // Without a receiver named, only a verb of sending to someone reads as sent to the writer ("eingereicht" goes to an office).
      else if (dative.length === 0 && !TO_WRITER.test(part.lemma)) return [];
      else {
        const where = dative.length > 0 ? dative : words(writer === 'wir' ? 'uns' : 'mir');
        opener = [...words('bei'), ...where.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p))];
        predicate = 'angekommen';
        step = 'fix';
      }
    } else {
      if (!mishap || dative.length > 0) return [];
      if (mishap.plural && !many) return [];
      // The head noun: the first capitalised word ("die Frist für die Umsatzsteuer…" is a Frist).
      const noun = subject.find((q, i) => i > 0 && /^\p{Lu}/u.test(q.text)) as Piece;
      if ((mishap.nouns && !mishap.nouns.test(noun.folded)) || mishap.except?.test(noun.folded)) return [];
      predicate = mishap.predicate;
      step = mishap.step;
    }
    const thing = subject.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p));
    const head = verbFirst && skip === 0 ? [pieces[0] as Piece] : [];
    const clause =
      opener.length > 0
        ? head.length > 0
          ? [...head, ...aux, ...opener, ...before, ...thing, ...after, ...words(predicate)]
          : [...opener, ...aux, ...before, ...thing, ...after, ...words(predicate)]
        : head.length > 0
          ? [...head, ...aux, ...thing, ...before, ...after, ...words(predicate)]
          : [...thing, ...aux, ...before, ...after, ...words(predicate)];
    const text = render([...clause, ...tail]);
    const dropped = pieces.slice(skip, agent).map((p) => p.folded);
    // The next step addresses the reader as the sentence did ("Ihr habt …" → "mit euch"), else as the draft does.
    const who = pieces[s] as Piece;
    const form =
      who.folded === 'du'
        ? 'du'
        : who.folded === 'ihr' && agent === s + 1
          ? 'ihr'
          : who.text === 'Sie'
            ? 'sie'
            : input.form;
    const next = germanStep(step, { ...input, form });
    return [{ text: `${text.replace(/[.!…]+$/u, '.')} ${next}`, dropped: [...dropped, part.folded] }];
  }
  return [];
}

/** English verbs of a mishap and what the thing did instead (simple past: no agreement to get wrong). */
const EN_MISHAPS: Record<string, { predicate: string; step: Step; nouns?: RegExp; except?: RegExp }> = {
  overlooked: { predicate: 'slipped through', step: 'look' },
  overlook: { predicate: 'slipped through', step: 'look' },
  lost: { predicate: 'went missing', step: 'offer', except: EN_NOT_MISLAID },
  misplaced: { predicate: 'went missing', step: 'offer', except: EN_NOT_MISLAID },
  missed: { predicate: 'passed', step: 'offer', nouns: /^(?:deadline|window|cut-?off|date)$/ },
  mixed: { predicate: 'got mixed up', step: 'fix' },
};
const EN_SENT = new Set(['sent', 'uploaded', 'emailed', 'submitted', 'filed', 'forwarded', 'gave', 'provided']);
/** Of those, the ones whose receiver, when none is named, is the writer ("filed" goes to an office). */
const EN_TO_WRITER = new Set(['sent', 'emailed', 'forwarded']);
const EN_DETERMINERS = new Set(['the', 'your', 'our', 'my', 'this', 'these', 'those', 'both', 'all']);
const EN_EDGE = new Set([...REWRITE_WORDS.en.sharpeners, 'again', 'once', 'yet', 'just', 'somehow']);
/** Words that end the object: a preposition, a link word, a time. */
const EN_STOP = new Set(
  'to for in on at by from with without when while because since as so and but which that who after before during again'.split(
    ' ',
  ),
);
const EN_OPENERS = new Set(['unfortunately', 'however', 'sadly', 'but', 'and', 'also']);

function englishStep(step: Step, pronoun: string, writer: RewriteInput['writer']): string {
  if (step === 'fix') return `Could you correct ${pronoun} by [date]?`;
  if (step === 'look') return `Shall we go through ${pronoun} together?`;
  return writer === 'wir'
    ? "We're happy to talk through with you how best to go on from here."
    : "I'm happy to talk through with you how best to go on from here.";
}

function english(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  // An opener ("Unfortunately", "However,") may stand before the reader.
  let s = 0;
  if (pieces[0]?.word && EN_OPENERS.has(pieces[0].folded)) s = pieces[1]?.text === ',' ? 2 : 1;
  const p = pieces[s];
  if (!p?.word) return [];
  let v: number;
  if (p.folded === 'you') v = s + 1;
  else if (p.folded === 'your' && pieces[s + 1]?.word && /^[a-z-]+$/.test(pieces[s + 1]?.folded ?? '')) {
    // "your team", "your IT team": one or two words name who.
    v =
      pieces[s + 2]?.word &&
      !EN_MISHAPS[pieces[s + 2]?.folded ?? ''] &&
      !EN_SENT.has(pieces[s + 2]?.folded ?? '') &&
      !/^(?:has|have|did|didn't)$/.test(pieces[s + 2]?.folded ?? '')
        ? s + 3
        : s + 2;
  } else return [];
  if (/^(?:have|has|'ve)$/.test(pieces[v]?.folded ?? '')) v++;
  const verb = pieces[v];
  if (!verb?.word) return [];
  const mishap = EN_MISHAPS[verb.folded];
  const sent = EN_SENT.has(verb.folded);
  if (!mishap && !sent) return [];
  let o = v + 1;
  if (verb.folded === 'mixed') {
    if (pieces[o]?.folded !== 'up') return [];
    o++;
  }
  const toWriter = /^(?:me|us)$/.test(pieces[o]?.folded ?? '');
  if (toWriter) o++;
  while (pieces[o]?.word && EN_EDGE.has((pieces[o] as Piece).folded)) o++;
  const start = pieces[o];
  if (!start?.word || !(EN_DETERMINERS.has(start.folded) || /^(?:two|three|four|five)$/.test(start.folded))) return [];
  let e = o + 1;
  while (e < pieces.length && (pieces[e] as Piece).word && !EN_STOP.has((pieces[e] as Piece).folded)) e++;
  const headAt = e - 1;
  // "the clause on early termination": one phrase with "of"/"on" joins the object when a determiner or noun follows.
  if (
    /^(?:of|on|for)$/.test(pieces[e]?.folded ?? '') &&
    pieces[e + 1]?.word &&
    !EN_STOP.has(pieces[e + 1]?.folded ?? '')
  ) {
    e += 2;
    while (e < pieces.length && (pieces[e] as Piece).word && !EN_STOP.has((pieces[e] as Piece).folded)) e++;
  }
  const object = pieces.slice(o, e);
  // "gave the bank the wrong details": a second object with its own determiner is not one thing.
  if (
    object.some((q, i) => i > 0 && EN_DETERMINERS.has(q.folded) && !/^(?:of|on|for)$/.test(object[i - 1]?.folded ?? ''))
  )
    return [];
  if (object.length < 2 || object.some((q) => /^(?:i|we|you|they|he|she|it|not|never|me|us)$/.test(q.folded)))
    return [];
  const rest = pieces.slice(e);
  // "missed the deadline and blew the case": a second verb of the reader's has no subject left.
  if (/^(?:and|or|but)$/.test(rest[0]?.folded ?? '')) return [];
  // A second clause with the reader doing more ("and then emailed …") is not taken.
  if (rest.some((q) => q.folded === 'again' || q.folded === 'then')) return [];
  const head = (pieces[headAt] as Piece).folded;
  const pronoun =
    /[^su]s$/.test(head) || /^(?:both|these|those|two|three|four|five)$/.test(start.folded) ? 'them' : 'it';
  let predicate: string;
  let step: Step;
  let tail = rest;
  if (sent) {
    if (!object.some((q) => /^(?:wrong|incorrect)$/.test(q.folded))) return [];
    step = 'fix';
    if (rest[0]?.folded === 'to' && rest[1]?.word) predicate = 'went';
    else if (
      toWriter ||
      /^(?:me|us)$/.test(rest[0]?.folded ?? '') ||
      (!rest[0]?.word && EN_TO_WRITER.has(verb.folded))
    ) {
      predicate = writer === 'wir' ? 'reached us' : 'reached me';
      if (/^(?:me|us)$/.test(rest[0]?.folded ?? '')) tail = rest.slice(1);
    } else return [];
  } else {
    if (!mishap) return [];
    if ((mishap.nouns && !mishap.nouns.test(head)) || mishap.except?.test(head)) return [];
    // "has passed": the one predicate that reads better in the perfect, agreeing with the head noun.
    predicate = mishap.predicate === 'passed' ? `${pronoun === 'them' ? 'have' : 'has'} passed` : mishap.predicate;
    step = mishap.step;
  }
  const moved = object.map((q, i) => (i === 0 ? { ...q, gap: s > 0 ? ' ' : '', text: q.text.toLowerCase() } : q));
  const lead = pieces.slice(0, s);
  const text = render([...lead, ...moved, ...words(predicate), ...tail]);
  const dropped = [...pieces.slice(s, o).map((q) => q.folded), verb.folded];
  return [{ text: `${text.replace(/[.!…]+$/u, '.')} ${englishStep(step, pronoun, writer)}`, dropped }];
}

export const mishapAsEvent: Strategy = (input) => (input.language === 'de' ? german(input) : english(input));
