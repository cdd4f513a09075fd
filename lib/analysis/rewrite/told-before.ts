// "I told you so" without what was said (issue 14): the writer points back at
// an explanation or a warning ("Ich hatte das bereits in meiner E-Mail vom 2.
// Juni ausführlich erklärt", "We warned you about this in writing in March")
// and says nothing else. The calmer version offers to go through the thing
// again, with the document kept as a reference where one was named:
//  - "Ich hatte das bereits in meiner E-Mail vom 2. Juni ausführlich erklärt."
//    → "Gern gehe ich das mit Ihnen in Ruhe durch. Die Einzelheiten stehen auch
//    in meiner E-Mail vom 2. Juni.";
//  - a pointer "auf …" keeps its phrase ("Auf die fehlende Drainage habe ich
//    Sie … aufmerksam gemacht" → "Gern gehe ich mit Ihnen in Ruhe auf die
//    fehlende Drainage ein."), a warning "vor …" keeps its dative ("vor diesem
//    Risiko gewarnt" → "…, wie wir jetzt mit diesem Risiko umgehen.");
//  - "I covered this in detail in my email last Tuesday." → "I'm happy to go
//    through this with you and look at the next steps together. The details
//    are also in my email last Tuesday."
// The occasion of the telling ("bei der Begehung im März", "at our first
// meeting") is the point being made and goes; a number in it keeps the rewrite
// from being offered (the guard). Anything outside the shape gives nothing.
import type { Candidate, RewriteInput, Strategy } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { body, type Piece, render } from './pieces';

type Form = RewriteInput['form'];

/** Lead-ins that only announce the reminder: they go. */
const DE_LEADS = ['nur zur erinnerung :', 'zur erinnerung :', 'nur fürs protokoll :', 'fürs protokoll :', 'dabei'];
const EN_LEADS = ['just for the record ,', 'for the record ,', 'just as a reminder ,', 'as a reminder ,'];

/** The lead-in's length at the start, or 0. */
function leadEnd(pieces: readonly Piece[], leads: readonly string[]): number {
  for (const lead of leads) {
    const parts = lead.split(' ');
    if (parts.every((w, k) => (pieces[k]?.word ? pieces[k]?.folded : pieces[k]?.text) === w)) return parts.length;
  }
  return 0;
}

/** Documents a reader can look things up in: "in meiner E-Mail vom 2. Juni" stays as a reference. */
const DE_DOCUMENT =
  /(?:mail|nachricht|schreiben|brief|angebot|kostenschätzung|bericht|protokoll|entwurf|konzept|vertrag|rundschreiben|newsletter|zusammenfassung)$/;
const EN_DOCUMENT =
  /^(?:email|e-mail|mail|message|letter|proposal|quote|estimate|report|contract|notes|newsletter|summary|note)$/;

// ------------------------------------------------------------------ German

/** Participles of telling and warning. */
const DE_TOLD =
  /^(?:erklärt|dargelegt|erläutert|angesprochen|erwähnt|geschrieben|gesagt|mitgeteilt|aufgezählt|prophezeit|vorausgesagt|vorhergesagt|gewarnt|hingewiesen|angedeutet|betont)$/;
/** A prediction or a warning: about "das" the next step is how to deal with it now. */
const DE_FORETOLD = /^(?:prophezeit|vorausgesagt|vorhergesagt|gewarnt)$/;
const DE_HAVE = /^(?:habe|hatte|haben|hatten)$/;
const DE_READER = /^(?:ihnen|dir|euch|dich)$/;
/** Adverbs of the reminder: they go with it. */
const DE_ADVERBS = new Set(
  'bereits schon ja ausführlich eindringlich ausdrücklich genau damals mehrfach mehrmals deutlich klar extra auch seinerzeit vorab frühzeitig rechtzeitig nochmals'.split(
    ' ',
  ),
);
/** Prepositions that open an occasion or a document ("bei der Begehung", "in meiner Mail"). */
const DE_OCCASION = /^(?:in|im|bei|beim|am|an|während|nach)$/;

interface Thing {
  pieces: Piece[];
  kind: 'acc' | 'auf' | 'vor';
}

/** A thing at `at`: "das", "darauf", "auf die fehlende Drainage", "vor diesem Risiko", "die Risiken der Eigenleistung". */
function deThingAt(pieces: readonly Piece[], at: number): { thing: Thing; end: number } | null {
  const p = pieces[at];
  if (!p?.word) return null;
  // "das" alone, not before its noun ("das Problem").
  if (/^(?:das|es|dies)$/.test(p.folded) && !/^\p{Lu}/u.test(pieces[at + 1]?.text ?? ''))
    return { thing: { pieces: [p], kind: 'acc' }, end: at + 1 };
  if (p.folded === 'darauf') return { thing: { pieces: [p], kind: 'auf' }, end: at + 1 };
  if (p.folded === 'davor') return { thing: { pieces: [p], kind: 'vor' }, end: at + 1 };
  if (p.folded === 'auf' || p.folded === 'vor') {
    const end = nounPhraseEnd(pieces, at + 1);
    if (end <= at + 1 || !DE_DETERMINERS.has(pieces[at + 1]?.folded ?? '')) return null;
    return { thing: { pieces: pieces.slice(at, end), kind: p.folded }, end };
  }
  // "die Risiken der Eigenleistung", "diesen Punkt": an object whose case stays.
  if (DE_DETERMINERS.has(p.folded) && !/^(?:dem|der|des|einem|einer|eines)$/.test(p.folded)) {
    const end = nounPhraseEnd(pieces, at);
    if (end > at + 1) return { thing: { pieces: pieces.slice(at, end), kind: 'acc' }, end };
  }
  return null;
}

/** The words between the writer and the participle: the reader, adverbs, occasions, a document, the thing. */
function deMiddle(
  middle: readonly Piece[],
  thing: Thing | null,
): { thing: Thing | null; document: Piece[] | null } | null {
  let found = thing;
  let document: Piece[] | null = null;
  let i = 0;
  while (i < middle.length) {
    const p = middle[i] as Piece;
    if (!p.word) return null;
    if (DE_READER.test(p.folded) || (p.folded === 'sie' && p.text === 'Sie') || DE_ADVERBS.has(p.folded)) {
      i++;
      continue;
    }
    // "als Einzige": the claim to have been the only one goes with the reminder.
    if (p.folded === 'als' && /^einzige[rs]?$/.test(middle[i + 1]?.folded ?? '')) {
      i += 2;
      continue;
    }
    if (DE_OCCASION.test(p.folded)) {
      let end = i + 1;
      while (
        end < middle.length &&
        (middle[end] as Piece).word &&
        !DE_OCCASION.test((middle[end] as Piece).folded) &&
        !DE_ADVERBS.has((middle[end] as Piece).folded) &&
        !DE_READER.test((middle[end] as Piece).folded) &&
        !/^(?:auf|vor|darauf|davor|das|es|dies|und|oder|dass|nicht)$/.test((middle[end] as Piece).folded)
      )
        end++;
      // "im Frühjahr und im Sommer": two occasions.
      if (middle[end]?.folded === 'und' && DE_OCCASION.test(middle[end + 1]?.folded ?? '')) end++;
      const phrase = middle.slice(i, end);
      if (phrase.length < 2) return null;
      const isDocument =
        (p.folded === 'in' || p.folded === 'im') &&
        phrase.some((q) => /^\p{Lu}/u.test(q.text) && DE_DOCUMENT.test(q.folded));
      if (isDocument) {
        if (document) return null;
        document = phrase;
      }
      i = end;
      continue;
    }
    const at = deThingAt(middle, i);
    if (!at || found) return null;
    found = at.thing;
    i = at.end;
  }
  return { thing: found, document };
}

/** Words of a phrase inside a new sentence: its determiner in lower case ("die fehlende Drainage"). */
const inside = (phrase: readonly Piece[]) => render(phrase).replace(/^\p{Lu}/u, (c) => c.toLowerCase());

const withReader = (form: Form) => (form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen');

function toldBeforeDe(input: RewriteInput): Candidate[] {
  const all = body(input.pieces);
  if (all.some((p) => p.text === '?')) return [];
  let pieces = all.slice(leadEnd(all, DE_LEADS));
  // ", aber gut" after it: the shrug goes with the reminder.
  const n = pieces.length;
  if (pieces[n - 3]?.text === ',' && pieces[n - 2]?.folded === 'aber' && pieces[n - 1]?.folded === 'gut')
    pieces = pieces.slice(0, n - 3);
  if (pieces.some((p) => !p.word)) return [];
  // The participle closes the sentence: "… erklärt", "… aufmerksam gemacht".
  const last = pieces.length - 1;
  let told = pieces[last];
  let partFrom = last;
  if (told?.folded === 'gemacht' && pieces[last - 1]?.folded === 'aufmerksam') {
    partFrom = last - 1;
    told = { ...told, folded: 'hingewiesen' };
  } else if (!told || !DE_TOLD.test(told.folded)) return [];
  // The writer and the verb: "Ich hatte …" or, after the thing in front, "Das hatte ich …".
  let front: Piece[] = [];
  let middleFrom: number;
  let writer: Piece;
  if (/^(?:ich|wir)$/.test(pieces[0]?.folded ?? '') && DE_HAVE.test(pieces[1]?.folded ?? '')) {
    writer = pieces[0] as Piece;
    middleFrom = 2;
  } else {
    // After "Dabei" (gone as a lead-in) the verb opens: "Dabei hatte ich Sie … gewarnt".
    const aux = pieces.findIndex((p, k) => DE_HAVE.test(p.folded) && /^(?:ich|wir)$/.test(pieces[k + 1]?.folded ?? ''));
    if (aux < 0 || (aux === 0 && pieces.length === all.length)) return [];
    front = pieces.slice(0, aux).filter((p) => !/^(?:genau|nur|eben)$/.test(p.folded));
    writer = pieces[aux + 1] as Piece;
    middleFrom = aux + 2;
  }
  let thing: Thing | null = null;
  if (front.length > 0) {
    const at = deThingAt(front, 0);
    if (!at || at.end !== front.length) return [];
    thing = at.thing;
  }
  const parts = deMiddle(pieces.slice(middleFrom, partFrom), thing);
  if (!parts?.thing) return [];
  thing = parts.thing;
  // A pointer is "auf …", a warning "vor …": another verb with them is another shape.
  if ((thing.kind === 'auf') !== (told.folded === 'hingewiesen')) return [];
  if ((thing.kind === 'vor') !== (told.folded === 'gewarnt')) return [];
  const we = writer.folded === 'wir';
  const form: Form = pieces.some((p) => /^(?:euch)$/.test(p.folded))
    ? 'ihr'
    : pieces.some((p) => /^(?:dir|dich)$/.test(p.folded))
      ? 'du'
      : pieces.some((p) => p.text === 'Ihnen' || p.text === 'Sie')
        ? 'sie'
        : input.form;
  const mit = withReader(form);
  // The thing opens with a determiner or a pronoun: lower case inside the new sentence ("Diesen Punkt" → "diesen Punkt").
  const object = inside(thing.pieces);
  let text: string;
  if (thing.kind === 'auf') {
    const auf = thing.pieces[0]?.folded === 'darauf' ? 'darauf' : `auf ${inside(thing.pieces.slice(1))}`;
    text = `Gern ${we ? 'gehen wir' : 'gehe ich'} mit ${mit} in Ruhe ${auf} ein.`;
  } else if (thing.kind === 'vor' || (DE_FORETOLD.test(told.folded) && thing.pieces.length === 1)) {
    const mitThing =
      thing.kind === 'vor' && thing.pieces[0]?.folded !== 'davor' ? `mit ${inside(thing.pieces.slice(1))}` : 'damit';
    text = `Gern ${we ? 'überlegen wir' : 'überlege ich'} mit ${mit}, wie wir jetzt ${mitThing} umgehen.`;
  } else {
    text = `Gern ${we ? 'gehen wir' : 'gehe ich'} ${object} mit ${mit} in Ruhe durch.`;
  }
  if (parts.document) text += ` Die Einzelheiten stehen auch ${inside(parts.document)}.`;
  return [{ text, dropped: all.map((p) => p.folded) }];
}

// ------------------------------------------------------------------ English

/** Verbs of telling and warning, as the writer's past ("covered", "did point … out"). */
const EN_TOLD =
  /^(?:covered|explained|mentioned|flagged|raised|warned|told|stressed|highlighted|outlined|explain|mention|flag|raise|warn|tell|stress|highlight|outline|cover)$/;
/** Words that open the occasion or the manner after the thing ("in my email", "at our first meeting", "back in March"). */
const EN_AFTER = /^(?:in|at|on|back|during|when|last|before|of|very|clear|clearly|out|already|twice|repeatedly|about)$/;
/** Words an occasion does not hold: another clause, a verb of its own, the reader. */
const EN_NOT_OCCASION =
  /^(?:and|but|so|which|that|because|although|though|if|you|your|not|never|would|will|could|can|should|might|was|were|is|are|be|been|had|has|have|did|do|does|to|it|they|he|she|we|i)$|n't$/;
const EN_SHARP = /^(?:exact|exactly|precisely|very|same)$/;

function toldBeforeEn(input: RewriteInput): Candidate[] {
  const all = body(input.pieces);
  if (all.some((p) => p.text === '?')) return [];
  const pieces = all.slice(leadEnd(all, EN_LEADS));
  if (pieces.some((p) => !p.word)) return [];
  const f = (i: number) => pieces[i]?.folded ?? '';
  if (!/^(?:i|we)$/.test(f(0))) return [];
  let v = 1;
  const did = f(v) === 'did';
  if (did || /^(?:have|had)$/.test(f(v))) v++;
  const verb = f(v);
  // "made this very clear", "pointed this out", "set this out".
  const made = /^(?:made|make)$/.test(verb);
  const pointed = /^(?:pointed|point|set)$/.test(verb);
  if (!made && !pointed && !EN_TOLD.test(verb)) return [];
  if (did && /(?:ed|told)$/.test(verb)) return [];
  let t = v + 1;
  if (f(t) === 'you') t++;
  if (f(t) === 'about') t++;
  // The thing: "this", "it", "this issue", "exactly this risk", "this exact concern".
  while (EN_SHARP.test(f(t))) t++;
  if (!/^(?:this|it|that)$/.test(f(t))) return [];
  const thingAt = t;
  t++;
  while (EN_SHARP.test(f(t))) t++;
  const nounAt = /^[a-z]+$/.test(pieces[t]?.text ?? '') && !EN_AFTER.test(f(t)) ? t : -1;
  if (nounAt >= 0) {
    if (f(thingAt) !== 'this') return [];
    t++;
  }
  if (made) {
    while (/^(?:very|really|quite|absolutely)$/.test(f(t))) t++;
    if (!/^(?:clear)$/.test(f(t))) return [];
    t++;
  } else if (pointed) {
    if (f(t) !== 'out') return [];
    t++;
  }
  // What is left: occasions and manners ("in writing", "at our first meeting"), at most one named document (a mail, a letter).
  const rest = pieces.slice(t);
  // Only phrases of time, place and manner: a verb would be what was said ("this approach would backfire").
  if (rest.length > 0 && !EN_AFTER.test(rest[0]?.folded ?? '')) return [];
  if (rest.some((p) => EN_NOT_OCCASION.test(p.folded))) return [];
  let document: Piece[] | null = null;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i]?.folded !== 'in' || !/^(?:my|our|the)$/.test(rest[i + 1]?.folded ?? '')) continue;
    let end = i + 2;
    while (end < i + 5 && rest[end] && !EN_DOCUMENT.test((rest[end] as Piece).folded)) end++;
    if (!rest[end]) continue;
    end++;
    // "of 4 May", "last Tuesday", "dated …": the document's own date stays with it.
    if (rest[end]?.folded === 'of' || rest[end]?.folded === 'dated') end += 3;
    else if (rest[end]?.folded === 'last' || rest[end]?.folded === 'from') end += 2;
    end = Math.min(end, rest.length);
    document = rest.slice(i, end);
    break;
  }
  const thing = [pieces[thingAt] as Piece, ...(nounAt >= 0 ? [pieces[nounAt] as Piece] : [])];
  const we = f(0) === 'we';
  const what = inside(thing);
  let text = `${we ? "We're" : "I'm"} happy to go through ${what} with you and look at the next steps together.`;
  if (document) text += ` The details are also ${inside(document)}.`;
  return [{ text, dropped: all.map((p) => p.folded) }];
}

export const toldBefore: Strategy = (input) => (input.language === 'de' ? toldBeforeDe(input) : toldBeforeEn(input));
