// German blame in shapes the other strategies leave alone, said from the
// writer's side with a next step. Each keeps the user's phrases as written
// where it can, so no case has to change:
//  - something not (yet) received, with a word in front of the verb, the
//    reader's side named ("Ihr Büro hat uns …") or two things ("weder … noch
//    …"): "Bis jetzt haben Sie uns weder die Auszüge noch den Mietvertrag
//    zukommen lassen" → "Bis jetzt haben wir weder die Auszüge noch den
//    Mietvertrag erhalten. Könnten Sie mir beides bis [Datum] schicken?";
//  - an appointment missed: "Du bist jetzt zum zweiten Mal nicht zu unserer
//    Stunde erschienen" → "Ich habe dich jetzt zum zweiten Mal bei unserer
//    Stunde vermisst. Könntest du mir künftig kurz absagen, wenn ein Termin
//    nicht passt?" (only places whose dative is certain: "zu unserer" → "bei
//    unserer", "zur" → "bei der", "zum" → "beim");
//  - a habit of disregarding or overlooking ("Euer Team überspringt
//    regelmäßig die Prüfschritte") said as what often falls short there:
//    "Die Prüfschritte kommen bei eurem Team öfter zu kurz. Was würde euch
//    helfen, damit das künftig besser klappt?"
//  - a thing lost, said as what went missing ("Sie haben den Büroschlüssel zum
//    zweiten Mal verloren" → "Der Büroschlüssel ist zum zweiten Mal verloren
//    gegangen. Wie können wir ihn ersetzen und künftig sicher aufbewahren?");
//  - advice or an agreement passed over, said as a joint wish with the object
//    as written ("Ihr habt die Statikberechnung einfach ignoriert" → "Mir ist
//    wichtig, dass wir die Statikberechnung berücksichtigen. Was stand dem aus
//    eurer Sicht im Weg?");
//  - a thing forgotten to send along ("Sie haben vergessen, die Grundrisse
//    beizulegen" → "Mir fehlen noch die Grundrisse. …");
//  - nobody on the reader's side calling back or keeping to the rules ("Aus
//    Ihrem Büro habe ich bisher noch keinen Rückruf bekommen. …");
//  - something done wrong, as the state it is in ("Der Raum ist für den
//    falschen Tag gebucht. Könntest du das prüfen …?"), only for acts whose
//    result stays with the thing;
//  - something done without agreeing it first, or before it was time, as what
//    the writer noticed ("Mir ist aufgefallen, dass der Beitrag online gestellt
//    wurde, bevor der Text korrigiert war. Können wir vereinbaren, …?").
// A consequence after a comma (", deshalb …", ", und nun …") stays as written;
// mock praise in front ("Bravo, …") goes.
// Anything outside these shapes gives no rewrite.
import { nextStep, objectPronoun } from './blame';
import type { Candidate, RewriteInput, Strategy } from './context';
import { DE_DETERMINERS, formSaid, nounPhraseEnd } from './german';
import { DE_NOT_MISLAID } from './mishap';
import { withoutMockPraise } from './mock-praise';
import { nominative, plural, SAME_CASE } from './passive.de';
import { capitalise, clauseEnd, isCapitalised, type Piece, render, words } from './pieces';

type Form = RewriteInput['form'];

/** The reader as subject: pronoun, or a possessive and one noun ("Ihr Büro", "euer Team"). */
interface Agent {
  from: number;
  to: number;
  form: Form;
  /** The possessive and its noun, or null for a pronoun. */
  owner: Piece | null;
  noun: Piece | null;
}

const POSSESSIVE_FORM: Record<string, Form> = {
  ihr: 'sie',
  ihre: 'sie',
  dein: 'du',
  deine: 'du',
  euer: 'ihr',
  eure: 'ihr',
};

/** The reader as subject at `s`. "sie" only as the polite "Sie"; "Ihr/Ihre" as possessive only capitalised. */
function agentAt(pieces: readonly Piece[], s: number): Agent | null {
  const p = pieces[s];
  const next = pieces[s + 1];
  if (!p?.word) return null;
  const possessive = POSSESSIVE_FORM[p.folded];
  if (possessive && next?.word && /^\p{Lu}/u.test(next.text) && !/^ihr/.test(next.folded)) {
    if (/^ihr/.test(p.folded) && p.text.charAt(0) !== 'I') return null;
    // "Ihr habt …" (capitalised at the start): "habt" is lower case, so no noun follows.
    return { from: s, to: s + 2, form: possessive, owner: p, noun: next };
  }
  if (p.folded === 'sie' && p.text === 'Sie') return { from: s, to: s + 1, form: 'sie', owner: null, noun: null };
  if (p.folded === 'du') return { from: s, to: s + 1, form: 'du', owner: null, noun: null };
  if (p.folded === 'ihr' && !(next?.word && /^\p{Lu}/u.test(next.text)))
    return { from: s, to: s + 1, form: 'ihr', owner: null, noun: null };
  return null;
}

const could = (form: Form) => (form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie');
const readerAccusative = (form: Form) => (form === 'du' ? 'dich' : form === 'ihr' ? 'euch' : 'Sie');
const readerDative = (form: Form) => (form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen');

/** Irritation the writer's side needs no longer. */
const EDGE = new Set(['einfach', 'schlicht', 'erneut', 'abermals', 'wieder', 'wiedermal', 'schon', 'natürlich']);
const WRITER_DATIVE = new Set(['mir', 'uns']);

// ------------------------------------------------------------ not received

/** Participles of sending something to the writer. */
const SENT = new Set(
  'geschickt zugeschickt rübergeschickt gesendet gesandt zugesandt zugesendet übersandt übersendet übermittelt weitergeleitet nachgereicht zurückgeschickt gemailt'.split(
    ' ',
  ),
);
const NEGATION = /^(?:nicht|nie|niemals|weder|kein|keine|keinen)$/;
const LATE = /^(?:erst|spät|verspätet)$/;
/** Words in the middle that send the thing elsewhere, say how, or start another clause: not the writer receiving it. */
const NOT_RECEIVED = /^(?:an|ans|zu|zum|zur|per|via|über|und|oder|dass|ohne|statt|sondern|nur|falsch\p{L}*)$/u;
const PREPOSITION = /^(?:nach|vor|seit|bei|mit|trotz|wegen|aus|von|in|bis|während)$/;
const SUBORDINATORS = new Set(['weil', 'da', 'nachdem', 'dass', 'obwohl']);

/** Where the participle of sending stands in [from, end), with its length ("zukommen lassen" is two words); null if none. */
function sendingAt(pieces: readonly Piece[], end: number): { at: number; words: string[] } | null {
  const last = pieces[end - 1];
  if (!last?.word) return null;
  if (last.folded === 'lassen' && pieces[end - 2]?.folded === 'zukommen')
    return { at: end - 2, words: ['zukommen', 'lassen'] };
  return SENT.has(last.folded) ? { at: end - 1, words: [last.folded] } : null;
}

/** The writer's clause for what was not received: the reader's clause with the writer as subject and "erhalten". */
function notReceived(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const me = writer === 'wir' ? 'wir' : 'ich';
  const have = writer === 'wir' ? 'haben' : 'habe';
  for (let h = 0; h < Math.min(pieces.length, 12); h++) {
    const at = pieces[h] as Piece;
    if (!at.word) continue;
    const next = agentAt(pieces, h + 1);
    const first = agentAt(pieces, 0);
    let agent: Agent;
    let lead: Piece[] = [];
    let front: Piece[] = [];
    let middleFrom: number;
    let end: number;
    let sending: { at: number; words: string[] } | null;
    let aux: Piece;
    if (SUBORDINATORS.has(at.folded) && next) {
      agent = next;
      // "weil euer Team uns die Zugangsdaten nie geschickt hat": "haben" closes the clause.
      end = clauseEnd(pieces, agent.to);
      aux = pieces[end - 1] as Piece;
      if (!aux?.word || aux.lemma !== 'haben') continue;
      sending = sendingAt(pieces, end - 1);
      lead = pieces.slice(0, h + 1);
      middleFrom = agent.to;
    } else if (at.lemma === 'haben' && h > 0 && next) {
      agent = next;
      // Verb second: something in front ("Bis jetzt", "Die Auszüge für Juli"), then "haben", then the reader.
      front = pieces.slice(0, h);
      if (front.some((p, k) => !p.word || SUBORDINATORS.has(p.folded) || agentAt(pieces, k) !== null)) continue;
      aux = at;
      middleFrom = agent.to;
      end = clauseEnd(pieces, middleFrom);
      sending = sendingAt(pieces, end);
    } else if (at.lemma === 'haben' && first && first.to === h) {
      agent = first;
      // "Ihr Büro hat uns …", "Sie haben uns weder … noch …".
      aux = at;
      middleFrom = h + 1;
      end = clauseEnd(pieces, middleFrom);
      sending = sendingAt(pieces, end);
    } else continue;
    if (!sending) continue;
    const middle = pieces.slice(middleFrom, sending.at);
    // The reader as a plain pronoun subject at the start is the first strategy's, but for "weder … noch" and "zukommen lassen".
    const plainPronoun = agent.owner === null && front.length === 0;
    if (plainPronoun && !(middle.some((p) => p.folded === 'weder') || sending.words.length === 2)) continue;
    // Only what was to come to the writer, who is named as receiver ("uns", "mir"); never the writer's own thing
    // ("mein Schreiben nicht weitergeleitet" went to someone else).
    if (!middle.some((p) => WRITER_DATIVE.has(p.folded))) continue;
    if (middle.some((p) => /^(?:mein|meine|meinen|unser|unsere|unseren)$/.test(p.folded))) continue;
    const kept = middle.filter((p) => !WRITER_DATIVE.has(p.folded) && !EDGE.has(p.folded));
    // "der/dem" without a preposition before it is a receiver ("der Druckerei"): not the writer.
    if (
      kept.some(
        (p, k) =>
          !p.word ||
          (NOT_RECEIVED.test(p.folded) && !(/^(?:zum|zur)$/.test(p.folded) && kept[k - 1]?.folded === 'bis')) ||
          (/^(?:der|dem)$/.test(p.folded) && !PREPOSITION.test(kept[k - 1]?.folded ?? '')),
      )
    )
      continue;
    const negated = kept.some((p) => NEGATION.test(p.folded));
    const late = kept.some((p) => LATE.test(p.folded));
    if (!negated && !late) continue;
    // The thing received: a noun phrase in front or in the middle ("die Belege", "weder … noch …").
    const thing = front.length > 0 && DE_DETERMINERS.has(front[0]?.folded ?? '') ? front : kept;
    if (!thing.some((p) => DE_DETERMINERS.has(p.folded))) continue;
    const both = kept.some((p) => p.folded === 'weder');
    const tail = pieces.slice(end);
    const clause =
      lead.length > 0
        ? [...lead, ...words(me), ...kept, ...words(`erhalten ${have}`)]
        : front.length > 0
          ? [...front, ...words(`${have} ${me}`), ...kept, ...words('erhalten')]
          : [...words(`${me === 'ich' ? 'Ich' : 'Wir'} ${have}`), ...kept, ...words('erhalten')];
    const text = render([...clause, ...tail]);
    const form = formSaid(pieces, agent.form);
    const ask = both
      ? `${could(form)} ${writer === 'wir' ? 'uns' : 'mir'} beides bis [Datum] schicken?`
      : nextStep({ ...input, form }, objectPronoun(thing, 'de'), late && !negated);
    const dropped = [...pieces.slice(agent.from, agent.to).map((p) => p.folded), ...sending.words, aux.folded];
    return [{ text: `${text.replace(/[.!…]+$/u, '.')} ${ask}`, dropped }];
  }
  return [];
}

// ------------------------------------------------------------ missed appointment

/** Participles of turning up: with "nicht", the reader was not there. */
const CAME = /^(?:erschienen|gekommen|aufgetaucht)$/;
/** "zur/zum/zu unserer …" said with "bei": the same dative. */
const AT: Record<string, string> = { zur: 'bei der', zum: 'beim' };
/** Feminine places whose "in die" becomes "in der" (the article tells the case; the noun must be one). */
const FEMININE_PLACE = /^(?:praxis|sprechstunde|kanzlei|beratung|sitzung|stunde|gruppe|klinik|schule|probe)$/;
/** Accusative articles of an appointment missed ("den Termin nicht wahrgenommen") and their form after "bei". */
const AT_APPOINTMENT: Record<string, string> = {
  den: 'beim',
  das: 'beim',
  die: 'bei der',
  unseren: 'bei unserem',
  unser: 'bei unserem',
  unsere: 'bei unserer',
  ihren: 'bei Ihrem',
  ihr: 'bei Ihrem',
  ihre: 'bei Ihrer',
  deinen: 'bei deinem',
  dein: 'bei deinem',
  deine: 'bei deiner',
};
const APPOINTMENT = /(?:termin|sitzung|stunde|treffen|besprechung|behandlung|untersuchung|session|training|kurs)$/;
/** Words that make the absence one of timing or count ("nicht pünktlich", "nicht ein einziges Mal", "zu keinem"): not taken. */
const NOT_ABSENCE = /^(?:pünktlich|rechtzeitig|einziges|einzigen|kein\p{L}*|nie|niemals|immer|ständig|dauernd|mehr)$/u;
/** What says the absence was not announced: the request for next time says it instead. */
const UNANNOUNCED = [
  ['ohne', 'absage'],
  ['ohne', 'abzusagen'],
  ['ohne', 'sich', 'abzumelden'],
  ['ohne', 'dich', 'abzumelden'],
  ['ohne', 'nachricht'],
  ['ohne', 'bescheid'],
  ['ohne', 'vorherige', 'absage'],
];

/** The pieces without "ohne Absage", ", ohne abzusagen" …, and the words that went; null if "ohne" stays for another reason. */
function withoutUnannounced(pieces: readonly Piece[]): { pieces: Piece[]; dropped: string[] } | null {
  const out: Piece[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const found = UNANNOUNCED.find((phrase) => phrase.every((w, k) => pieces[i + k]?.folded === w));
    if (found) {
      if (out[out.length - 1]?.text === ',') out.pop();
      dropped.push(...found);
      i += found.length - 1;
      continue;
    }
    if ((pieces[i] as Piece).folded === 'ohne') return null;
    out.push(pieces[i] as Piece);
  }
  return { pieces: out, dropped };
}

/** "Du bist … nicht zu unserer Stunde erschienen", "Sie haben den Termin am 3. März nicht wahrgenommen" → "Ich habe dich … vermisst". */
function missedAppointment(input: RewriteInput): Candidate[] {
  const { writer } = input;
  if (input.pieces.some((p) => p.text === '?')) return [];
  const cleaned = withoutUnannounced(input.pieces);
  if (!cleaned) return [];
  let pieces = cleaned.pieces;
  // "… und hast dich nicht abgemeldet": the second half is the missing notice, said by the request.
  const and = pieces.findIndex((p) => p.folded === 'und');
  const dropped = [...cleaned.dropped];
  if (and > 0) {
    const rest = pieces.slice(and + 1).filter((p) => p.word);
    if (!/^(?:hast|haben|habt)$/.test(rest[0]?.folded ?? '') || rest[rest.length - 1]?.folded !== 'abgemeldet')
      return [];
    dropped.push(...rest.map((p) => p.folded));
    pieces = [...pieces.slice(0, and), ...pieces.slice(pieces.length - 1).filter((p) => !p.word)];
  }
  // The reader and the finite verb: "Sie sind …", "Am Montag sind Sie …", "Du warst …".
  let agent: Agent | null = null;
  let verb = -1;
  for (let v = 0; v < Math.min(pieces.length, 6); v++) {
    const p = pieces[v] as Piece;
    if (!p.word || !/^(?:sein|haben)$/.test(p.lemma)) continue;
    const before = v === 1 ? agentAt(pieces, 0) : null;
    const after = agentAt(pieces, v + 1);
    if (before && before.owner === null) agent = before;
    else if (after && after.owner === null && v > 0 && pieces.slice(0, v).every((q) => q.word)) agent = after;
    else continue;
    verb = v;
    break;
  }
  if (!agent || verb < 0) return [];
  const front = agent.from === 0 ? [] : pieces.slice(0, verb);
  if (front.some((p) => agentAt(pieces, pieces.indexOf(p)) !== null || SUBORDINATORS.has(p.folded))) return [];
  const from = agent.from === 0 ? verb + 1 : agent.to;
  const end = clauseEnd(pieces, from);
  if (end < pieces.length - 1) return [];
  const finite = pieces[verb] as Piece;
  const last = pieces[end - 1] as Piece;
  const middle = pieces.slice(from, end);
  const not = middle.findIndex((p) => p.folded === 'nicht');
  if (not < 0 || middle.some((p) => !p.word || NOT_ABSENCE.test(p.folded))) return [];
  const before = middle.slice(0, not).filter((p) => !EDGE.has(p.folded));
  const edge = middle.slice(0, not).filter((p) => EDGE.has(p.folded));
  let place: Piece[];
  let after: Piece[];
  if (finite.lemma === 'sein' && CAME.test(last.folded)) {
    // "nicht zur Physiotherapie erschienen", "nicht zu unserer Stunde gekommen", "nicht in die Praxis gekommen".
    after = middle.slice(not + 1, -1);
    const [prep, det, noun] = after;
    if (!prep || !det) return [];
    if (AT[prep.folded]) place = [...words(AT[prep.folded] as string), ...after.slice(1)];
    else if (
      prep.folded === 'zu' &&
      /^(?:unserer|unserem|meiner|meinem|ihrer|ihrem|deiner|deinem|eurer|eurem)$/.test(det.folded)
    )
      place = [...words('bei'), ...after.slice(1)];
    else if (
      prep.folded === 'in' &&
      det.folded === 'die' &&
      noun &&
      FEMININE_PLACE.test(noun.folded) &&
      after.length === 3
    )
      place = [...words('in der'), noun];
    else return [];
    // Only the place: a noun phrase and nothing after it.
    if (after.length > 1 && nounPhraseEnd(after, 1) !== after.length) return [];
  } else if (
    finite.lemma === 'sein' &&
    /^(?:war|warst|wart|waren)$/.test(finite.folded) &&
    last === middle[middle.length - 1]
  ) {
    // "Du warst jetzt zweimal nicht beim Training": the place after "nicht" closes the clause.
    after = middle.slice(not + 1);
    const [prep] = after;
    if (!prep || !/^(?:beim|bei|in|im)$/.test(prep.folded) || nounPhraseEnd(after, 1) !== after.length) return [];
    if (prep.folded === 'in' && after[1]?.folded !== 'der') return [];
    place = after;
  } else if (finite.lemma === 'haben' && last.folded === 'wahrgenommen') {
    // "Sie haben den Kontrolltermin am 3. März leider nicht wahrgenommen": the appointment is the object.
    if (not !== middle.length - 2) return [];
    const det = middle[0] as Piece;
    const objectEnd = nounPhraseEnd(middle, 0);
    const at = AT_APPOINTMENT[det.folded];
    const noun = middle.slice(1, objectEnd).find((p) => /^\p{Lu}/u.test(p.text));
    if (!at || objectEnd < 0 || !noun || !APPOINTMENT.test(noun.folded)) return [];
    if (/^ihr/.test(det.folded) && det.text.charAt(0) !== 'I') return [];
    // "den" is masculine only with a singular noun ("den Terminen" would be a dative plural).
    if (det.folded === 'den' && !nominative(middle.slice(0, objectEnd))) return [];
    if (det.folded === 'die' && plural(middle.slice(0, objectEnd)) !== false) return [];
    // What follows the noun ("am 3. März") stays with it; then adverbs before "nicht".
    let placeEnd = objectEnd;
    while (placeEnd < not && /^(?:am|im|um|vom)$/.test(middle[placeEnd]?.folded ?? '')) {
      placeEnd++;
      while (placeEnd < not && /^[\d\p{Lu}]/u.test(middle[placeEnd]?.text ?? '')) placeEnd++;
    }
    place = [...words(at), ...middle.slice(1, placeEnd)];
    before.splice(0, before.length, ...middle.slice(placeEnd, not).filter((p) => !EDGE.has(p.folded)));
    dropped.push(det.folded);
  } else return [];
  const me = writer === 'wir' ? 'wir' : 'ich';
  const have = writer === 'wir' ? 'haben' : 'habe';
  const form = agent.form;
  const you = words(readerAccusative(form));
  const clause =
    front.length > 0
      ? [...front, ...words(`${have} ${me}`), ...you, ...before, ...place, ...words('vermisst')]
      : [...words(`${me === 'ich' ? 'Ich' : 'Wir'} ${have}`), ...you, ...before, ...place, ...words('vermisst')];
  const text = render([...clause, ...words('.')]);
  const ask = `${could(form)} ${writer === 'wir' ? 'uns' : 'mir'} künftig kurz absagen, wenn ein Termin nicht passt?`;
  return [
    {
      text: `${text} ${ask}`,
      dropped: [...dropped, ...edge.map((p) => p.folded), finite.folded, last.folded, 'nicht'],
    },
  ];
}

// ------------------------------------------------------------ habit

/** Words of a habit: they go; "öfter" or "nicht immer" says it without the absolute. */
const HABIT = new Set(
  'regelmässig ständig dauernd laufend prinzipiell grundsätzlich konsequent notorisch wiederholt immer andauernd permanent'.split(
    ' ',
  ),
);
/** Verbs of passing over a rule or a message (lemmas) and of letting something slip. */
const DISREGARD = /^(?:ignorier|übergeh|missacht|überspring)(?:e|st|t|et|est|en)$/;
const SLIP = /^(?:überseh|übersieh|verpass)(?:e|st|t|en)$/;
/** Number of the nouns such habits are about, where the lemma tables leave it open (compounds): plural first. */
const MANY = /(?:fristen|termine|schritte|vorgaben|regeln|phasen|hinweise|prüfungen|tests)$/;
const ONE = /(?:phase|frist|vorgabe|regel|prüfung|freigabe|testphase|abnahme)$/;

/** Whether the object is plural: the tables' answer, else the noun's ending; null when unclear. */
function many(object: readonly Piece[]): boolean | null {
  const known = plural(object);
  if (known !== null) return known;
  const noun = object.find((p, k) => k > 0 && /^\p{Lu}/u.test(p.text))?.folded ?? '';
  return MANY.test(noun) ? true : ONE.test(noun) ? false : null;
}
/** Nouns of what is said to the reader: a message not heeded "kommt nicht immer an". */
const MESSAGE =
  /(?:hinweis|hinweise|mahnung|mahnungen|empfehlung|empfehlungen|warnung|warnungen|erinnerung|erinnerungen|bitte|bitten|anfrage|anfragen|nachricht|nachrichten|rat|ratschläge|anzeige|anzeigen|meldung|meldungen)$/;

/** The reader's side in the dative after "bei": "Ihr Team" → "Ihrem Team", "Ihre Mitarbeiter" → "Ihren Mitarbeitern". */
function atReader(agent: Agent, many: boolean): Piece[] | null {
  if (!agent.owner || !agent.noun) return words(readerDative(agent.form));
  const own = agent.owner.folded;
  const stem = own === 'euer' || own === 'eure' ? 'eur' : own.replace(/e$/, '');
  const polite = /^ihr/.test(own);
  const cap = (w: string) => (polite ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  if (many) {
    // A plural takes "-n" in the dative ("Mitarbeitern", "Leuten"), unless it ends in -n or -s.
    if (!/e$/.test(own)) return null;
    const noun = agent.noun;
    const text = /[ns]$/.test(noun.folded) ? noun.text : `${noun.text}n`;
    return [...words(cap(`${stem}en`)), { ...noun, text, gap: ' ' }];
  }
  // One: "Ihr/euer/dein" is masculine or neuter ("-em"), "Ihre/eure/deine" feminine ("-er").
  const ending = /e$/.test(own) ? 'er' : 'em';
  return [...words(cap(`${stem}${ending}`)), { ...agent.noun, gap: ' ' }];
}

/** "Euer Team überspringt regelmäßig die Prüfschritte" → "Die Prüfschritte kommen bei eurem Team öfter zu kurz." */
function habit(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const agent = agentAt(pieces, 0);
  if (!agent) return [];
  const verb = pieces[agent.to];
  if (!verb?.word) return [];
  // The lemma tables may not know the form: the stem tells the verb ("überspringt", "übersiehst").
  const disregard = DISREGARD.test(verb.folded);
  if (!disregard && !SLIP.test(verb.folded)) return [];
  // Present tense only, agreeing with the reader's side: "ignorieren Sie", "übersiehst du", "überspringt euer Team".
  const ending = agent.owner ? /(?:t|en)$/ : agent.form === 'du' ? /st$/ : agent.form === 'ihr' ? /t$/ : /en$/;
  if (!ending.test(verb.folded) || /(?:te|ten|test|tet|sahen|gassen|gaßen)$/.test(verb.folded)) return [];
  const end = clauseEnd(pieces, agent.to + 1);
  const middle = pieces.slice(agent.to + 1, end);
  const habitWords = middle.filter((p) => HABIT.has(p.folded));
  // "immer wieder", "jedes Mal": two words of one habit.
  const again = middle.findIndex(
    (p, k) =>
      (p.folded === 'immer' && middle[k + 1]?.folded === 'wieder') ||
      (p.folded === 'jedes' && middle[k + 1]?.folded === 'mal'),
  );
  if (habitWords.length !== 1 && again < 0) return [];
  const rest = middle.filter(
    (p, k) => !HABIT.has(p.folded) && !(again >= 0 && (k === again || k === again + 1)) && !EDGE.has(p.folded),
  );
  // What is left is the object alone: a noun phrase, maybe with one phrase after it ("an die Fristen").
  const det = rest[0];
  if (!det?.word || !(SAME_CASE.test(det.folded) || /^(?:dieselben|den|unsere|meine)$/.test(det.folded))) return [];
  if (/^ihr/.test(det.folded) || det.folded === 'ein' || det.folded === 'eine') return [];
  let objectEnd = nounPhraseEnd(rest, 0);
  if (objectEnd < 0) return [];
  if (/^(?:an|zu|für|zur|zum)$/.test(rest[objectEnd]?.folded ?? '')) {
    const e = nounPhraseEnd(rest, objectEnd + 1);
    if (e < 0) return [];
    objectEnd = e;
  }
  if (objectEnd !== rest.length) return [];
  const object = rest.slice(0, objectEnd);
  const subject =
    SAME_CASE.test(det.folded) || det.folded === 'dieselben' || /^(?:unsere|meine)$/.test(det.folded)
      ? object
      : nominative(object);
  if (!subject) return [];
  const several =
    det.folded === 'dieselben'
      ? true
      : SAME_CASE.test(det.folded) || /^(?:unsere|meine)$/.test(det.folded)
        ? many(object)
        : false;
  if (several === null) return [];
  // The reader's side is one or several by its verb: "überspringt" (one), "vergessen" (several).
  const readerMany = agent.owner !== null && /en$/.test(verb.folded);
  const where = atReader(agent, readerMany);
  if (!where) return [];
  const head = (subject.find((p, k) => k > 0 && /^\p{Lu}/u.test(p.text)) as Piece).folded;
  let predicate: string;
  if (disregard && MESSAGE.test(head)) predicate = `${several ? 'kommen' : 'kommt'} bei # nicht immer an`;
  else if (disregard) predicate = `${several ? 'kommen' : 'kommt'} bei # öfter zu kurz`;
  else predicate = `${several ? 'gehen' : 'geht'} bei # öfter unter`;
  const [before, after] = predicate.split('#') as [string, string];
  const lead = subject.map((p, k) =>
    k === 0 ? { ...p, gap: '', text: p.text.charAt(0).toUpperCase() + p.text.slice(1) } : p,
  );
  const text = render([...lead, ...words(before.trim()), ...where, ...words(after.trim()), ...pieces.slice(end)]);
  const form = formSaid(pieces, agent.form);
  const ask = `Was würde ${readerDative(form)} helfen, damit das künftig besser klappt?`;
  const dropped = [
    verb.folded,
    ...habitWords.map((p) => p.folded),
    ...(again >= 0 ? ['mal'] : []),
    ...(agent.owner ? [] : [pieces[0]?.folded ?? '']),
  ];
  return [{ text: `${text.replace(/[.!…]+$/u, '.')} ${ask}`, dropped }];
}

// ------------------------------------------------------------ lost, passed over, forgot to send

/** Participles of losing a thing: it "ist verloren gegangen". */
const LOST = /^(?:verloren|verschlampt|verlegt|verbummelt)$/;
/** Infinitives ("zu verlieren") of the same, after "es geschafft, …". */
const LOSE = /^(?:verlieren|verschlampen|verlegen|verbummeln)$/;
/** Participles of passing over advice or an agreement, and the verb the joint wish takes ("dass wir … berücksichtigen"). */
const PASSED_OVER: Record<string, string> = {
  ignoriert: 'berücksichtigen',
  missachtet: 'berücksichtigen',
  übergangen: 'berücksichtigen',
  übergehen: 'berücksichtigen',
  ignorieren: 'berücksichtigen',
  missachten: 'berücksichtigen',
};
/** The same with "nicht": "nicht umgesetzt" → "umsetzen". */
const NOT_DONE: Record<string, string> = {
  umgesetzt: 'umsetzen',
  eingehalten: 'einhalten',
  beachtet: 'beachten',
  berücksichtigt: 'berücksichtigen',
  befolgt: 'befolgen',
};
/** Infinitives with "zu" of sending a thing along, after "vergessen, …": the thing "fehlt mir noch". */
const SEND_ALONG = /^(?:beizulegen|beizufügen|mitzuschicken|mitzusenden|anzuhängen|zuzuschicken|mitzubringen)$/;
/** Words the writer's version needs no longer: irritation and intensifiers. */
const SHARP = new Set([...EDGE, 'komplett', 'völlig', 'total', 'tatsächlich', 'glatt', 'einmal', 'mal', 'leider']);
/** Words of time or count that stay where they stand ("zum zweiten Mal", "jetzt", "heute"). */
const ORDINAL = /^(?:zweiten|dritten|vierten|fünften|sechsten|x-ten|wiederholten)$/;
const TIME = new Set(['jetzt', 'heute', 'gestern', 'diesmal', 'nun', 'bereits', 'inzwischen', 'mittlerweile']);
const LEADS = /^(?:aber|doch|nur)$/;

/** The end of a run of time words at `i` ("zum dritten Mal in Folge", "jetzt"), or `i` when none starts there. */
function timeRun(pieces: readonly Piece[], i: number): number {
  const p = pieces[i];
  if (!p?.word) return i;
  if (TIME.has(p.folded)) return i + 1;
  if (p.folded === 'zum' && ORDINAL.test(pieces[i + 1]?.folded ?? '') && pieces[i + 2]?.folded === 'mal') {
    const end = i + 3;
    return pieces[end]?.folded === 'in' && pieces[end + 1]?.folded === 'folge' ? end + 2 : end;
  }
  return i;
}

/** A perfect main clause with the reader as doer: "[aber] [front] hat/haben AGENT … PARTICIPLE" or "AGENT hat … PARTICIPLE". */
interface Perfect {
  /** Words before the clause, kept as they stand ("Die Termine stimmen, aber"). */
  lead: Piece[];
  front: Piece[];
  agent: Agent;
  aux: Piece;
  middle: Piece[];
  participle: Piece;
  /** Where the clause ends (its comma or end mark). */
  end: number;
}

/** The reader as doer, or someone on their side: "jemand aus Ihrer Verwaltung". */
function readerOrSomeone(pieces: readonly Piece[], s: number): Agent | null {
  const agent = agentAt(pieces, s);
  if (agent || pieces[s]?.folded !== 'jemand') return agent;
  const own = pieces[s + 2];
  const noun = pieces[s + 3];
  if (!/^(?:aus|von)$/.test(pieces[s + 1]?.folded ?? '') || !own || !noun || !isCapitalised(noun)) return null;
  const m = /^(ihr|dein|eur)(?:em|er)$/.exec(own.folded);
  if (!m || (m[1] === 'ihr' && own.text.charAt(0) !== 'I')) return null;
  const form: Form = m[1] === 'dein' ? 'du' : m[1] === 'eur' ? 'ihr' : 'sie';
  return { from: s, to: s + 4, form, owner: own, noun };
}

function perfectClause(pieces: readonly Piece[]): Perfect | null {
  // The clause opens the sentence, or follows a comma and "aber/doch/nur".
  const starts = [0];
  pieces.forEach((p, k) => {
    if (p.text === ',' && LEADS.test(pieces[k + 1]?.folded ?? '')) starts.push(k + 2);
  });
  for (const s of starts) {
    // "Die Termine waren gut, aber …": the turn goes, the praise stands as its own sentence.
    const lead = s > 2 ? [...pieces.slice(0, s - 2), ...words('.')] : [];
    if (s === 1) continue;
    const first = readerOrSomeone(pieces, s);
    if (first && pieces[first.to]?.lemma === 'haben' && pieces[first.to]?.word) {
      const end = clauseEnd(pieces, first.to + 1);
      const participle = pieces[end - 1];
      if (!participle?.word || end - 1 <= first.to) continue;
      return {
        lead,
        front: [],
        agent: first,
        aux: pieces[first.to] as Piece,
        middle: pieces.slice(first.to + 1, end - 1),
        participle,
        end,
      };
    }
    for (let h = s + 1; h < Math.min(pieces.length, s + 8); h++) {
      const at = pieces[h] as Piece;
      if (!at.word) break;
      if (at.lemma !== 'haben') continue;
      const agent = readerOrSomeone(pieces, h + 1);
      if (!agent) break;
      const front = pieces.slice(s, h);
      if (front.some((p, k) => SUBORDINATORS.has(p.folded) || agentAt(pieces, s + k) !== null)) break;
      const end = clauseEnd(pieces, agent.to);
      const participle = pieces[end - 1];
      if (!participle?.word || end - 1 < agent.to) break;
      return { lead, front, agent, aux: at, middle: pieces.slice(agent.to, end - 1), participle, end };
    }
  }
  return null;
}

/**
 * The thing the clause is about and the time words around it, irritation left out: the object in front or
 * in the middle, every other word a time word ("zum zweiten Mal", "jetzt"). Null when anything else stands there.
 */
function thingAndTime(
  front: readonly Piece[],
  middle: readonly Piece[],
): { thing: Piece[]; fronted: boolean; frontTime: Piece[]; time: Piece[]; sharp: Piece[] } | null {
  const sharp: Piece[] = [];
  const time: Piece[] = [];
  const rest: Piece[] = [];
  for (let i = 0; i < middle.length; ) {
    const run = timeRun(middle, i);
    if (run > i) {
      time.push(...middle.slice(i, run));
      i = run;
      continue;
    }
    const p = middle[i] as Piece;
    if (SHARP.has(p.folded)) sharp.push(p);
    else rest.push(p);
    i++;
  }
  let thing = rest;
  let frontTime: Piece[] = [];
  const fronted = front.length > 0 && DE_DETERMINERS.has(front[0]?.folded ?? '');
  if (fronted) {
    if (rest.length > 0) return null;
    thing = [...front];
  } else if (front.length > 0) {
    if (timeRun(front, 0) !== front.length) return null;
    frontTime = [...front];
  }
  const det = thing[0]?.folded ?? '';
  if (!DE_DETERMINERS.has(det) || nounPhraseEnd(thing, 0) !== thing.length) return null;
  if (/^(?:kein|keine|keinen|ein|eine|einen|alle|jeden|jede|jedes)$/.test(det)) return null;
  return { thing, fronted, frontTime, time, sharp };
}

/** The clause after "es geschafft, …" or "sich entschieden, …": "die Originaldateien zu verlieren" → its object and verb. */
function infinitiveClause(
  pieces: readonly Piece[],
  from: number,
): { object: Piece[]; verb: Piece; end: number } | null {
  const end = clauseEnd(pieces, from);
  const last = pieces[end - 1];
  if (!last?.word) return null;
  // "zu verlieren" (two words) or "beizulegen" (one).
  const zu = pieces[end - 2]?.folded === 'zu';
  const object = pieces.slice(from, zu ? end - 2 : end - 1);
  if (!zu && !/zu\p{L}+en$/u.test(last.folded)) return null;
  return { object, verb: last, end };
}

/**
 * A thing as the subject: its head (determiner, adjectives, noun) in the nominative, what attaches to it as written
 * ("den Raum für den falschen Tag" → "der Raum für den falschen Tag"), and whether it is plural; null when unclear.
 */
function asSubject(thing: readonly Piece[]): { subject: Piece[]; many: boolean } | null {
  const det = thing[0];
  if (!det) return null;
  const headEnd = thing.findIndex((p, k) => k > 0 && isCapitalised(p)) + 1;
  if (headEnd < 2) return null;
  const head = thing.slice(0, headEnd);
  const subject = SAME_CASE.test(det.folded) ? head : nominative(head);
  const many = SAME_CASE.test(det.folded) ? plural(head) : false;
  if (!subject || many === null) return null;
  return { subject: [...subject, ...thing.slice(headEnd)], many };
}

/** The pronoun that takes up a nominative thing: "der" → "ihn", "die" → "sie", "das" → "es". */
function takenUp(subject: readonly Piece[], many: boolean): string | null {
  if (many) return 'sie';
  const det = subject[0]?.folded ?? '';
  if (/^(?:der|mein|dein|ihr|unser|euer|dieser)$/.test(det)) return det === 'ihr' || det === 'mein' ? null : 'ihn';
  if (/^(?:die|meine|deine|ihre|unsere|eure|diese)$/.test(det)) return 'sie';
  if (/^(?:das|dieses)$/.test(det)) return 'es';
  return null;
}

const lowered = (ps: readonly Piece[]): Piece[] =>
  ps.map((p, k) => (k === 0 && DE_DETERMINERS.has(p.folded) ? { ...p, text: p.text.toLowerCase() } : p));

/** "Sie haben den Büroschlüssel zum zweiten Mal verloren" → "Der Büroschlüssel ist zum zweiten Mal verloren gegangen. …" */
function lost(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const clause = perfectClause(pieces);
  if (!clause) return [];
  let { middle, participle, end } = clause;
  const dropped: string[] = [clause.aux.folded, participle.folded];
  if (
    participle.folded === 'geschafft' &&
    middle
      .filter((p) => !SHARP.has(p.folded))
      .map((p) => p.folded)
      .join(' ') === 'es'
  ) {
    const inner = infinitiveClause(pieces, end + 1);
    if (!inner || !LOSE.test(inner.verb.folded) || pieces[end]?.text !== ',') return [];
    dropped.push('es', 'zu', inner.verb.folded);
    middle = [...middle.filter((p) => p.folded !== 'es'), ...inner.object];
    participle = inner.verb;
    end = inner.end;
  } else if (!LOST.test(participle.folded)) return [];
  if (end < pieces.length - 1) return [];
  const parts = thingAndTime(clause.front, middle);
  if (!parts) return [];
  const { thing, sharp } = parts;
  // A client, a case or time "lost" is no thing that went missing.
  const head = thing.find((p, k) => k > 0 && isCapitalised(p));
  if (!head || DE_NOT_MISLAID.test(head.folded)) return [];
  const named = asSubject(thing);
  if (!named) return [];
  const { subject, many } = named;
  const pronoun = takenUp(subject, many);
  if (!pronoun) return [];
  const be = many ? 'sind' : 'ist';
  // A time in front keeps the verb second: "Zum vierten Mal ist der Zugangscode … verloren gegangen".
  const said =
    parts.frontTime.length > 0
      ? [...clause.lead, ...parts.frontTime, ...words(be), ...lowered(subject), ...parts.time]
      : [...clause.lead, ...lowered(subject), ...words(be), ...parts.time];
  const text = render([...said, ...words('verloren gegangen .')]);
  const ask = `Wie können wir ${pronoun} ersetzen und künftig sicher aufbewahren?`;
  return [
    {
      text: `${text} ${ask}`,
      dropped: [
        ...dropped,
        ...sharp.map((p) => p.folded),
        ...[clause.agent.owner, clause.agent.noun, pieces[clause.agent.from]].flatMap((p) => (p ? [p.folded] : [])),
      ],
    },
  ];
}

/** "Ihr habt die Statikberechnung einfach ignoriert" → "Mir ist wichtig, dass wir die Statikberechnung berücksichtigen. …" */
export function passedOver(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const clause = perfectClause(pieces);
  if (!clause) return [];
  let { middle, participle, end } = clause;
  const dropped: string[] = [clause.aux.folded, participle.folded];
  let verb: string | undefined;
  if (
    participle.folded === 'entschieden' &&
    middle
      .filter((p) => !SHARP.has(p.folded))
      .map((p) => p.folded)
      .join(' ') === 'sich' &&
    pieces[end]?.text === ','
  ) {
    // "Sie haben sich entschieden, die Empfehlung … zu ignorieren".
    const inner = infinitiveClause(pieces, end + 1);
    verb = inner ? PASSED_OVER[inner.verb.folded] : undefined;
    if (!inner || !verb) return [];
    dropped.push('sich', 'zu', inner.verb.folded);
    middle = inner.object;
    participle = inner.verb;
    end = inner.end;
  } else if (PASSED_OVER[participle.folded] && !middle.some((p) => NEGATION.test(p.folded))) {
    verb = PASSED_OVER[participle.folded];
  } else if (NOT_DONE[participle.folded] && middle[middle.length - 1]?.folded === 'nicht') {
    verb = NOT_DONE[participle.folded];
    middle = middle.slice(0, -1);
    dropped.push('nicht');
  }
  if (!verb || end < pieces.length - 1) return [];
  // A place after the thing stays with it, in the same order ("die Absprachen … im Alltag").
  const sharp = middle.filter((p) => SHARP.has(p.folded));
  const plain = middle.filter((p) => !SHARP.has(p.folded));
  const place = placeAfter(plain);
  // A habit phrase in front ("Wie jedes Mal haben Sie …") goes: the wish is for from now on.
  const habitFront = /^(?:wie (?:immer|jedes mal|gewohnt|üblich|so oft)|wieder einmal|einmal mehr)$/.test(
    clause.front.map((p) => p.folded).join(' '),
  );
  if (habitFront) dropped.push(...clause.front.map((p) => p.folded));
  const parts = thingAndTime(habitFront ? [] : clause.front, plain.slice(0, plain.length - place.length));
  // Time words stay with a habit ("zum dritten Mal"): a joint wish for the future does not take them.
  if (!parts || parts.time.length > 0) return [];
  // What was passed over is advice or an agreement, not a person or a date.
  const head = parts.thing.find((p, k) => k > 0 && isCapitalised(p));
  if (!head || !ADVICE.test(head.folded)) return [];
  // The writer's own advice ("meinen Rat") would read as the writer heeding it: left alone.
  if (/^(?:mein|unser)/.test(parts.thing[0]?.folded ?? '')) return [];
  const form = formSaid(pieces, clause.agent.form);
  const side = form === 'du' ? 'deiner' : form === 'ihr' ? 'eurer' : 'Ihrer';
  const me = writer === 'wir' ? 'uns' : 'mir';
  const wish = [
    ...clause.lead,
    ...words(`${capitalise(me)} ist wichtig, dass wir`),
    ...lowered(parts.thing),
    ...place,
    ...words(`${verb} .`),
  ];
  const text = render(wish);
  const ask = `Was stand dem aus ${side} Sicht im Weg?`;
  return [
    {
      text: `${text} ${ask}`,
      dropped: [
        ...dropped,
        ...sharp.map((p) => p.folded),
        ...(clause.agent.owner ? (clause.agent.noun ? [clause.agent.noun.folded] : []) : []),
      ],
    },
  ];
}

/** A phrase of place closing the middle ("im Alltag", "auf der Baustelle"): its pieces, or none. */
function placeAfter(middle: readonly Piece[]): Piece[] {
  for (let k = middle.length - 2; k > 0; k--) {
    const p = middle[k] as Piece;
    if (!/^(?:im|in|auf|bei|beim)$/.test(p.folded)) continue;
    const phrase = middle.slice(k);
    const at = /^(?:im|beim)$/.test(p.folded) ? 1 : 2;
    if (at === 2 && !/^(?:der|dem)$/.test(phrase[1]?.folded ?? '')) return [];
    const rest = phrase.slice(at);
    return rest.length === 1 && isCapitalised(rest[0] as Piece) ? phrase : [];
  }
  return [];
}

/** What may be passed over: advice, plans, agreements ("die Empfehlung unseres Statikers", "die Absprachen"). */
const ADVICE =
  /(?:empfehlung|empfehlungen|berechnung|hinweis|hinweise|hinweisen|absprache|absprachen|vereinbarung|vereinbarungen|vorgabe|vorgaben|anleitung|anweisung|anweisungen|plan|pläne|ratschläge|rat|abläufe|ablauf|regeln|regel|richtlinie|richtlinien|checkliste|freigabe|gutachten|warnung|warnungen)$/;

/** "Sie haben vergessen, die unterschriebenen Grundrisse beizulegen" → "Mir fehlen noch die unterschriebenen Grundrisse. …" */
function forgotToSend(input: RewriteInput, consequence = false): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const clause = perfectClause(pieces);
  if (!clause) return [];
  if (clause.participle.folded !== 'vergessen' || pieces[clause.end]?.text !== ',') return [];
  if (clause.front.length > 0 || clause.middle.some((p) => !SHARP.has(p.folded))) return [];
  const inner = infinitiveClause(pieces, clause.end + 1);
  if (!inner || !SEND_ALONG.test(inner.verb.folded) || inner.end < pieces.length - 1) return [];
  const object = inner.object.filter((p) => !WRITER_DATIVE.has(p.folded) && !SHARP.has(p.folded));
  if (!DE_DETERMINERS.has(object[0]?.folded ?? '') || nounPhraseEnd(object, 0) !== object.length) return [];
  const det = object[0] as Piece;
  if (/^(?:kein|keine|keinen|ein|eine|einen)$/.test(det.folded)) return [];
  const named = asSubject(object);
  if (!named) return [];
  const { subject, many } = named;
  const pronoun = takenUp(subject, many);
  if (!pronoun) return [];
  const me = writer === 'wir' ? 'uns' : 'mir';
  // Before a consequence ("…, deshalb hat das Bauamt den Antrag abgelehnt") it is the thing that was not there.
  const text = consequence
    ? render([...clause.lead, ...lowered(subject), ...words(`${many ? 'waren' : 'war'} nicht dabei .`)])
    : render([
        ...clause.lead,
        ...words(`${capitalise(me)} ${many ? 'fehlen' : 'fehlt'} noch`),
        ...lowered(subject),
        ...words('.'),
      ]);
  const form = formSaid(pieces, clause.agent.form);
  const ask =
    inner.verb.folded === 'mitzubringen'
      ? `${could(form)} ${pronoun} beim nächsten Mal mitbringen?`
      : nextStep({ ...input, form }, pronoun, false);
  return [
    {
      text: `${text} ${ask}`,
      dropped: [clause.aux.folded, 'vergessen', 'zu', inner.verb.folded],
    },
  ];
}

// ------------------------------------------------------------ nobody on the reader's side

/** Words in front that go: irritation and foregone conclusions ("Erwartungsgemäß", "Natürlich"). */
const NOBODY_FRONT = /^(?:erwartungsgemäss|natürlich|leider|wieder|schon|wie|erwartet|selbstverständlich|mal)$/;

/** "niemand aus Ihrem Büro" at `n`: the side in the dative as written ("aus Ihrem Büro"), its form, and its end. */
function nobodyDe(pieces: readonly Piece[], n: number): { side: Piece[]; form: Form; end: number } | null {
  if (pieces[n]?.folded !== 'niemand') return null;
  const prep = pieces[n + 1];
  const own = pieces[n + 2];
  const noun = pieces[n + 3];
  if (!prep || !own || !noun || !/^(?:aus|von|in|bei)$/.test(prep.folded)) return null;
  const m = /^(ihr|dein|eur)(?:em|er)$/.exec(own.folded);
  if (!m || !isCapitalised(noun) || (m[1] === 'ihr' && own.text.charAt(0) !== 'I')) return null;
  const form: Form = m[1] === 'dein' ? 'du' : m[1] === 'eur' ? 'ihr' : 'sie';
  return { side: [prep, own, noun], form, end: n + 4 };
}

/**
 * "Erwartungsgemäß hat niemand aus Ihrem Büro zurückgerufen" → "Aus Ihrem Büro habe ich bisher noch keinen Rückruf
 * bekommen. Könnte sich bis [Datum] jemand bei mir melden?"; "Niemand aus Ihrem Team hält sich an die vereinbarten
 * Abläufe" → "Mir ist wichtig, dass wir uns alle an die vereinbarten Abläufe halten. Was steht dem aus Ihrer Sicht im Weg?"
 */
export function nobodyOnYourSideDe(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  if (pieces.slice(0, end).some((p) => !p.word)) return [];
  const n = pieces.findIndex((p) => p.folded === 'niemand');
  if (n < 0) return [];
  const who = nobodyDe(pieces, n);
  if (!who) return [];
  // Verb second: "Niemand aus … hält/hat …", or "Erwartungsgemäß hat niemand aus …".
  let finite: Piece;
  let after: Piece[];
  let front: Piece[];
  if (n === 0) {
    finite = pieces[who.end] as Piece;
    after = pieces.slice(who.end + 1, end);
    front = [];
  } else {
    finite = pieces[n - 1] as Piece;
    front = pieces.slice(0, n - 1);
    after = pieces.slice(who.end, end);
    if (front.some((p) => !NOBODY_FRONT.test(p.folded))) return [];
  }
  if (!finite?.word) return [];
  const me = writer === 'wir' ? 'wir' : 'ich';
  const dropped = ['niemand', finite.folded, ...front.map((p) => p.folded), ...after.map((p) => p.folded)];
  const words_ = after.map((p) => p.folded).join(' ');
  if (
    finite.folded === 'hat' &&
    /^(?:(?:bisher|bislang|noch) )?(?:zurückgerufen|sich gemeldet|sich zurückgemeldet)$/.test(words_)
  ) {
    const reply = /zurückgerufen$/.test(words_) ? 'keinen Rückruf' : 'keine Rückmeldung';
    const side = [{ ...(who.side[0] as Piece), text: capitalise((who.side[0] as Piece).text) }, ...who.side.slice(1)];
    const text = render([
      ...side,
      ...words(`${me === 'wir' ? 'haben wir' : 'habe ich'} bisher noch ${reply} bekommen.`),
    ]);
    return [
      {
        text: `${text} Könnte sich bis [Datum] jemand bei ${me === 'wir' ? 'uns' : 'mir'} melden?`,
        dropped,
      },
    ];
  }
  if (finite.folded === 'hält' && after[0]?.folded === 'sich' && after[1]?.folded === 'an') {
    const object = after.slice(2);
    const place = placeAfter(object);
    const thing = object.slice(0, object.length - place.length);
    if (!DE_DETERMINERS.has(thing[0]?.folded ?? '') || nounPhraseEnd(thing, 0) !== thing.length) return [];
    const head = thing.find((p, k) => k > 0 && isCapitalised(p));
    if (!head || !ADVICE.test(head.folded)) return [];
    const side = who.form === 'du' ? 'deiner' : who.form === 'ihr' ? 'eurer' : 'Ihrer';
    const text = render([
      ...words(`${me === 'wir' ? 'Uns' : 'Mir'} ist wichtig, dass wir uns alle an`),
      ...lowered(thing),
      ...place,
      ...words('halten.'),
    ]);
    return [
      {
        text: `${text} Was steht dem aus ${side} Sicht im Weg?`,
        dropped: [...dropped, ...who.side.map((p) => p.folded)],
      },
    ];
  }
  return [];
}

// ------------------------------------------------------------ done wrong

/** Participles whose result stays with the thing, so "ist/sind …" names the state it is in ("ist … gebucht"). */
const RESULT =
  /^(?:gebucht|reserviert|angelegt|eingetragen|ausgefüllt|beschriftet|adressiert|datiert|ausgestellt|gedruckt|montiert|gesetzt|aufgestellt|eingebaut|installiert|eingestellt|konfiguriert|verbucht|abgelegt|markiert|bestellt|berechnet|abgerechnet|geplant|terminiert|hinterlegt|gespeichert|benannt|angeschlossen|eingerichtet|programmiert|etikettiert|sortiert|zugeordnet|verlinkt|bemaßt|vermessen|zugeschnitten|gestrichen|lackiert|verputzt|gefliest|verdrahtet|erfasst|angemeldet|registriert|hochgeladen)$/;
/** Words after the thing that tie the act to a person or another clause: the passive would not carry them. */
const NOT_IN_REST = /^(?:nicht|nie|mir|uns|dir|ihnen|sie|du|ihr|euch|und|oder|aber|dass|weil|ohne|statt|sondern)$/;

/**
 * "Du hast wieder einmal den Raum für den falschen Tag gebucht" → "Der Raum ist für den falschen Tag gebucht.
 * Könntest du das prüfen und mir sagen, wie wir es am besten korrigieren?": the state it is in, the fault kept.
 */
function doneWrong(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const clause = perfectClause(pieces);
  if (!clause || clause.end < pieces.length - 1) return [];
  const { participle, front } = clause;
  const p = participle.folded;
  // Only acts whose result stays with the thing: "ist … gebucht" is a state; "ist … geschickt" is no German.
  if (!RESULT.test(p)) return [];
  const sharp = clause.middle.filter((q) => SHARP.has(q.folded));
  let plain = clause.middle.filter((q) => !SHARP.has(q.folded));
  const time: Piece[] = [];
  for (let t = timeRun(plain, 0); t > 0; t = timeRun(plain, 0)) {
    time.push(...plain.slice(0, t));
    plain = plain.slice(t);
  }
  let thing: Piece[];
  let rest: Piece[];
  let frontTime: Piece[] = [];
  if (front.length > 0 && DE_DETERMINERS.has(front[0]?.folded ?? '')) {
    if (nounPhraseEnd(front, 0) !== front.length) return [];
    thing = [...front];
    rest = plain;
  } else {
    if (front.length > 0 && timeRun(front, 0) !== front.length) return [];
    frontTime = [...front];
    const e = DE_DETERMINERS.has(plain[0]?.folded ?? '') ? nounPhraseEnd(plain, 0) : -1;
    if (e < 1) return [];
    thing = plain.slice(0, e);
    rest = plain.slice(e);
  }
  // A phrase with "für/von/über/aus" after the noun may say how the act was done ("für den falschen Tag gebucht"):
  // it stays with the verb, where it reads either way.
  const headEnd = thing.findIndex((q, k) => k > 0 && isCapitalised(q)) + 1;
  if (headEnd > 1 && /^(?:für|von|über|aus)$/.test(thing[headEnd]?.folded ?? '')) {
    rest = [...thing.slice(headEnd), ...rest];
    thing = thing.slice(0, headEnd);
  }
  if (![...thing, ...rest].some((q) => /^falsch/.test(q.folded))) return [];
  if (rest.some((q) => !q.word || NOT_IN_REST.test(q.folded) || SUBORDINATORS.has(q.folded))) return [];
  const det = thing[0] as Piece;
  if (/^(?:kein|keine|keinen|alle|jeden|jede|jedes)$/.test(det.folded)) return [];
  const named = asSubject(thing);
  if (!named) return [];
  const { subject, many } = named;
  // The state it is in now, which the ask sets right: a passive of the act would still point at the reader.
  const be = words(many ? 'sind' : 'ist');
  const said =
    frontTime.length > 0
      ? [...clause.lead, ...frontTime, ...be, ...lowered(subject), ...time, ...rest, participle]
      : [...clause.lead, ...lowered(subject), ...be, ...time, ...rest, participle];
  const text = render([...said, ...words('.')]);
  const form = formSaid(pieces, clause.agent.form);
  const ask = `${could(form)} das prüfen und ${writer === 'wir' ? 'uns' : 'mir'} sagen, wie wir es am besten korrigieren?`;
  return [
    {
      text: `${text} ${ask}`,
      dropped: [
        clause.aux.folded,
        ...sharp.map((q) => q.folded),
        ...[clause.agent.owner, clause.agent.noun, pieces[clause.agent.from]].flatMap((q) => (q ? [q.folded] : [])),
      ],
    },
  ];
}

// ------------------------------------------------------------ a consequence after the reproach

/** Words that open a consequence after the comma: it stays as written. "und" only before one of the adverbs. */
const SO_THAT = /^(?:sodass|weshalb|weswegen|wodurch)$/;
const THEREFORE = /^(?:deshalb|daher|darum|deswegen|dadurch|nun|jetzt|seitdem)$/;

/**
 * The sentence split before a consequence (", deshalb hat das Bauamt …", ", und nun hat die Decke Risse", ", sodass
 * wir …"): the clause before it with its end mark, the consequence, and whether the consequence can stand as a
 * sentence of its own (an adverb first keeps its verb second). Null when there is none.
 */
function consequenceOf(pieces: readonly Piece[]): { head: Piece[]; tail: Piece[]; own: Piece[] | null } | null {
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  for (let c = 2; c < end - 2; c++) {
    if (pieces[c]?.text !== ',') continue;
    const next = pieces[c + 1] as Piece;
    const and = next.folded === 'und' ? 1 : 0;
    const word = pieces[c + 1 + and]?.folded ?? '';
    if (!(and ? THEREFORE.test(word) : SO_THAT.test(word) || THEREFORE.test(word))) continue;
    const tail = pieces.slice(c, end);
    if (tail.some((p) => p.text === '?' || (p.text === ',' && p !== pieces[c]))) return null;
    const own = THEREFORE.test(word) ? pieces.slice(c + 1 + and, end) : null;
    return { head: [...pieces.slice(0, c), ...words('.')], tail, own };
  }
  return null;
}

/** A shape's statement and its question or request, split where the first sentence ends. */
const statementAndStep = (text: string) => /^(.*?[^.\s])\.\s(.+)$/su.exec(text);

/**
 * The shapes said with the consequence kept: after the statement ("Der Büroschlüssel ist verloren gegangen,
 * deshalb …"), or, when the statement is a wish, in front of it as a sentence of its own ("Nun hat die Decke Risse.
 * Mir ist wichtig, …"). Not what was done wrong: beside what it caused, it reads as the same reproach
 * (rewrite.test.ts, blind review).
 */
function withConsequence(input: RewriteInput): Candidate[] {
  const split = consequenceOf(input.pieces);
  if (!split) return [];
  const inner = { ...input, pieces: split.head };
  const tailText = render(split.tail).replace(/^,\s*/, '');
  const out: Candidate[] = [];
  for (const c of [...lost(inner), ...forgotToSend(inner, true)]) {
    const m = statementAndStep(c.text);
    if (!m) continue;
    out.push({ ...c, text: `${m[1]}, ${tailText.charAt(0).toLowerCase()}${tailText.slice(1)}. ${m[2]}` });
  }
  if (split.own)
    for (const c of passedOver(inner)) {
      const own = render([...split.own, ...words('.')]);
      out.push({ ...c, text: `${own} ${c.text}` });
    }
  return out;
}

// ------------------------------------------------------------ done without agreeing it first

/** What says the act was not agreed first: it goes, and the request for next time says it instead. */
const UNAGREED = ['eigenmächtig', 'ohne rücksprache', 'ohne absprache', 'ohne abstimmung', 'ohne bescheid'];
/** Words in front that go with the reproach ("Offenbar hat jemand …"). */
const SEEMINGLY = /^(?:offenbar|offensichtlich|anscheinend|leider|einfach|wohl)$/;

/**
 * "Ihr Social-Media-Team hat den Beitrag eigenmächtig online gestellt, bevor der Text korrigiert war" → "Mir ist
 * aufgefallen, dass der Beitrag online gestellt wurde, bevor der Text korrigiert war. Können wir vereinbaren, dass
 * wir solche Schritte künftig vorher kurz abstimmen?" A consequence after it (", und seitdem …") stands on its own.
 */
function unagreed(input: RewriteInput): Candidate[] {
  const { pieces, writer } = input;
  if (pieces.some((p) => p.text === '?')) return [];
  const split = consequenceOf(pieces);
  if (split && !split.own) return [];
  const body = split ? split.head : pieces;
  const clause = perfectClause(body);
  if (!clause || clause.lead.length > 0) return [];
  const last = body[body.length - 1];
  const end = last && !last.word ? body.length - 1 : body.length;
  // A clause with "bevor" after it stays as written: it says what was to come first.
  let before: Piece[] = [];
  if (clause.end < end) {
    before = body.slice(clause.end, end);
    if (before[0]?.text !== ',' || before[1]?.folded !== 'bevor' || before.slice(1).some((p) => !p.word)) return [];
  }
  let middle = [...clause.middle];
  const dropped: string[] = [clause.aux.folded];
  for (const phrase of UNAGREED) {
    const words_ = phrase.split(' ');
    const at = middle.findIndex((_, k) => words_.every((w, j) => middle[k + j]?.folded === w));
    if (at < 0) continue;
    middle = [...middle.slice(0, at), ...middle.slice(at + words_.length)];
    dropped.push(...words_);
  }
  if (dropped.length === 1 && before.length === 0) return [];
  const sharp = middle.filter((p) => SHARP.has(p.folded));
  middle = middle.filter((p) => !SHARP.has(p.folded));
  const front = clause.front.filter((p) => !SEEMINGLY.test(p.folded));
  if (front.length > 0 && !(DE_DETERMINERS.has(front[0]?.folded ?? '') && nounPhraseEnd(front, 0) === front.length))
    return [];
  let thing: Piece[];
  let rest: Piece[];
  if (front.length > 0) {
    thing = front;
    rest = middle;
  } else {
    const e = DE_DETERMINERS.has(middle[0]?.folded ?? '') ? nounPhraseEnd(middle, 0) : -1;
    if (e < 1) return [];
    thing = middle.slice(0, e);
    rest = middle.slice(e);
  }
  // Between the thing and the participle only a word or two of how ("online gestellt"), no person, no clause.
  if (rest.length > 2 || rest.some((p) => !p.word || isCapitalised(p) || NOT_IN_REST.test(p.folded))) return [];
  if (/^(?:kein|keine|keinen|alle|jeden|jede|jedes|ein|eine|einen)$/.test(thing[0]?.folded ?? '')) return [];
  const me = writer === 'wir' ? 'Uns' : 'Mir';
  // A passive where the thing's number is clear; else "man", which keeps the object as written.
  const named = asSubject(thing);
  const clauseWords = named
    ? [...lowered(named.subject), ...rest, clause.participle, ...words(named.many ? 'wurden' : 'wurde')]
    : [...words('man'), ...lowered(thing), ...rest, clause.participle, ...words('hat')];
  const said = render([...words(`${me} ist aufgefallen, dass`), ...clauseWords, ...before, ...words('.')]);
  const then = split?.own ? ` ${render([...split.own, ...words('.')])}` : '';
  const ask = 'Können wir vereinbaren, dass wir solche Schritte künftig vorher kurz abstimmen?';
  return [
    {
      text: `${said}${then} ${ask}`,
      dropped: [
        ...dropped,
        ...sharp.map((p) => p.folded),
        ...clause.front.filter((p) => SEEMINGLY.test(p.folded)).map((p) => p.folded),
        ...[clause.agent.owner, clause.agent.noun, body[clause.agent.from]].flatMap((p) => (p ? [p.folded] : [])),
        'jemand',
        'aus',
      ],
    },
  ];
}

/** The shapes above after a mock-praise opener ("Bravo, Sie haben …"), which goes. */
function afterPraise(input: RewriteInput): Candidate[] {
  const opened = withoutMockPraise(input.pieces, 'de');
  if (opened.dropped.length === 0) return [];
  const inner = { ...input, pieces: opened.pieces };
  return [
    ...notReceived(inner),
    ...missedAppointment(inner),
    ...habit(inner),
    ...lost(inner),
    ...passedOver(inner),
    ...forgotToSend(inner),
    ...nobodyOnYourSideDe(inner),
    ...doneWrong(inner),
    ...withConsequence(inner),
  ].map((c) => ({
    ...c,
    dropped: [...(c.dropped ?? []), ...opened.dropped],
  }));
}

export const readerFaultDe: Strategy = (input) =>
  input.language === 'de'
    ? [
        ...notReceived(input),
        ...missedAppointment(input),
        ...habit(input),
        ...lost(input),
        ...passedOver(input),
        ...forgotToSend(input),
        ...nobodyOnYourSideDe(input),
        ...doneWrong(input),
        ...withConsequence(input),
        ...unagreed(input),
        ...afterPraise(input),
      ]
    : [];
