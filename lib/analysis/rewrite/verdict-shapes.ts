// 'Harsh' findings in shapes the other strategies leave: a verdict said as a
// verb ("Sie haben die Abnahme verpfuscht", "You botched the handover"), an
// exclamation ("Was für ein Pfusch an den Fliesen!", "What a mess!"), and the
// rhetorical question ("Was habt ihr euch dabei gedacht?", "Do you even read
// the brief?"). Each becomes the concrete thing to look at, said from the
// writer's side, with a next step: "Die Abnahme sollten wir uns noch einmal
// gemeinsam ansehen – wann passt es Ihnen?", "An den Fliesen muss nachgebessert
// werden – wollen wir uns das gemeinsam ansehen?", "Some points in the brief
// seem to have been missed – shall we go through the details together?".
// The object phrase stays as written (German: in its own case, the new
// sentence takes it in that case); anything past the shape (a second clause,
// a "mit"-phrase, a second verb) and nothing is offered.
import type { Candidate, RewriteInput, Strategy } from './context';
import { formSaid, nounPhraseEnd } from './german';
import { gapped, type Piece, render } from './pieces';
import { isWorkNoun } from './work-verdict';

type Form = RewriteInput['form'];

/** The pieces as written, for the front of a new sentence (capitalised). */
const REST = (pieces: readonly Piece[]) => render(gapped(pieces, ''));
/** The pieces as written, for inside a new sentence: no capital added. */
const phrase = (pieces: readonly Piece[]) =>
  pieces.map((p, i) => (i === 0 ? '' : p.gap.includes('\n') ? ' ' : p.gap) + p.text).join('');

/** The pieces without the closing mark (one of `marks`), or null when the sentence ends otherwise. */
function ended(pieces: readonly Piece[], marks: RegExp): Piece[] | null {
  const last = pieces[pieces.length - 1];
  if (!last || last.word || !marks.test(last.text)) return null;
  const body = pieces.slice(0, -1);
  // One clause only: no other mark inside (a comma is allowed where a shape says so).
  return body.length > 0 ? body : null;
}

const DE_TO: Record<Form, string> = { sie: 'Ihnen', du: 'dir', ihr: 'euch' };
const DE_CAN: Record<Form, string> = { sie: 'Können Sie', du: 'Kannst du', ihr: 'Könnt ihr' };
const DE_HAVE: Record<string, Form> = { haben: 'sie', hast: 'du', habt: 'ihr' };
const DE_SELF: Record<Form, string> = { sie: 'sich', du: 'dir', ihr: 'euch' };

/** Words that only sharpen a verdict verb or a question: they go. */
const DE_SHARP = new Set(
  'komplett völlig total gründlich richtig echt einfach wirklich mal wieder schon wieder eigentlich bloß nur überhaupt denn ernsthaft ganz'.split(
    ' ',
  ),
);
const EN_SHARP = new Set(
  'completely totally utterly really properly thoroughly absolutely just well and truly even actually seriously'.split(
    ' ',
  ),
);

/** German participles that say "done badly" and nothing else. */
const DE_BOTCHED =
  /^(?:verpfuscht|vermasselt|versaut|verbockt|verhunzt|vergeigt|verpatzt|verkorkst|versiebt|vermurkst|verschandelt|verbaselt|verhauen)$/;
/** Place phrases that may stay with the object ("die Präsentation beim Kunden"). */
const DE_PLACE = /^(?:beim|im|am|vom|bei|in|an|auf)$/;

function germanVerb(pieces: readonly Piece[], form: Form): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (!body) return null;
  const [subject, aux] = body;
  // The reader as the doer: "Sie haben …", "Du hast …", "Ihr habt …".
  if (!subject || !aux) return null;
  const said = DE_HAVE[aux.folded];
  const who = subject.text === 'Sie' ? 'sie' : subject.folded;
  if (!said || who !== said || (who === 'sie' && subject.text !== 'Sie')) return null;
  let end = nounPhraseEnd(body, 2);
  if (end < 0) return null;
  if (DE_PLACE.test(body[end]?.folded ?? '')) {
    const place =
      body[end]?.folded === 'beim' ||
      body[end]?.folded === 'im' ||
      body[end]?.folded === 'am' ||
      body[end]?.folded === 'vom';
    const phrase = place
      ? nounPhraseEnd([{ ...(body[end] as Piece), folded: 'das', text: 'das' }, ...body.slice(end + 1)], 0) + end
      : nounPhraseEnd(body, end + 1);
    if (phrase <= end) return null;
    end = phrase;
  }
  const object = body.slice(2, end);
  if (/^(?:kein|keine|keinen|alle|nichts)$/.test(object[0]?.folded ?? '')) return null;
  let i = end;
  const dropped = [subject.folded, aux.folded];
  while (i < body.length - 1 && DE_SHARP.has((body[i] as Piece).folded)) dropped.push((body[i++] as Piece).folded);
  const verb = body[i];
  if (i !== body.length - 1 || !verb || !DE_BOTCHED.test(verb.folded)) return null;
  dropped.push(verb.folded);
  // "Sie haben" at the start may be "they": the draft's form says whom the next step asks.
  const to = DE_TO[who === 'sie' ? form : formSaid(pieces, form)];
  return { text: `${REST(object)} sollten wir uns noch einmal gemeinsam ansehen – wann passt es ${to}?`, dropped };
}

/** Exclamations over the work and what is to be done about it. */
const DE_EXCLAIMED: Record<string, string> = {
  pfusch: 'muss nachgebessert werden',
  murks: 'muss nachgebessert werden',
  gepfusche: 'muss nachgebessert werden',
  stümperei: 'muss nachgebessert werden',
  schlamperei: 'muss nachgebessert werden',
  flickschusterei: 'muss nachgebessert werden',
  pfuscharbeit: 'muss nachgebessert werden',
  chaos: 'muss noch einiges geordnet werden',
  durcheinander: 'muss noch einiges geordnet werden',
  kuddelmuddel: 'muss noch einiges geordnet werden',
  wirrwarr: 'muss noch einiges geordnet werden',
};
const DE_EXCLAIM_ADJ = new Set([
  'einziger',
  'einziges',
  'einzige',
  'reinster',
  'reinstes',
  'totaler',
  'totales',
  'riesiger',
  'riesiges',
  'kompletter',
  'komplettes',
  'echter',
  'echtes',
  'unglaublicher',
  'unglaubliches',
]);

function germanExclamation(pieces: readonly Piece[]): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (!body) return null;
  let i = 0;
  if (body[0]?.folded === 'was' && body[1]?.folded === 'für') i = 2;
  else if (body[0]?.folded === 'so') i = 1;
  if (!/^(?:ein|eine)$/.test(body[i]?.folded ?? '')) {
    // "ein einziges Durcheinander." alone (after a colon).
    if (i !== 0) return null;
  } else i++;
  if (i === 0 && !/^(?:ein|eine)$/.test(body[0]?.folded ?? '')) return null;
  const dropped = body.slice(0, i).map((p) => p.folded);
  while (DE_EXCLAIM_ADJ.has(body[i]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
  const noun = body[i];
  const todo = noun && DE_EXCLAIMED[noun.folded];
  if (!noun || !todo) return null;
  dropped.push(noun.folded);
  const rest = body.slice(i + 1);
  const step = 'wollen wir uns das gemeinsam ansehen?';
  if (rest.length === 0) return { text: `Hier ${todo} – ${step}`, dropped };
  // "an den Fliesen", "bei der Abrechnung", "im Bad": the phrase keeps its case at the front.
  const first = rest[0] as Piece;
  if (!/^(?:an|bei|in|im|am|beim)$/.test(first.folded) || rest.some((p) => !p.word)) return null;
  const contracted = /^(?:im|am|beim)$/.test(first.folded);
  const end = contracted
    ? nounPhraseEnd([{ ...first, folded: 'das', text: 'das' }, ...rest.slice(1)], 0)
    : nounPhraseEnd(rest, 1);
  if (end !== rest.length) return null;
  return { text: `${REST(rest)} ${todo} – ${step}`, dropped };
}

function germanQuestion(pieces: readonly Piece[], writer: RewriteInput['writer']): Candidate | null {
  const body = ended(pieces, /^\?$/);
  if (!body) return null;
  const me = writer === 'wir' ? 'uns' : 'mir';
  // "Was haben Sie sich (eigentlich) dabei gedacht(, das Release … auszurollen)?"
  if (body[0]?.folded === 'was' && DE_HAVE[body[1]?.folded ?? '']) {
    const f = DE_HAVE[(body[1] as Piece).folded] as Form;
    const subject = body[2];
    if (!subject || (f === 'sie' ? subject.text !== 'Sie' : subject.folded !== f)) return null;
    if (body[3]?.folded !== DE_SELF[f]) return null;
    let i = 4;
    const dropped = body.slice(0, 4).map((p) => p.folded);
    while (DE_SHARP.has(body[i]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
    if (body[i]?.folded === 'dabei') {
      dropped.push('dabei');
      i++;
    } else if (/^(?:bei|beim)$/.test(body[i]?.folded ?? '')) {
      const at = body[i] as Piece;
      const end =
        at.folded === 'beim'
          ? nounPhraseEnd([{ ...at, folded: 'das', text: 'das' }, ...body.slice(i + 1)], 0) + i
          : nounPhraseEnd(body, i + 1);
      if (end <= i) return null;
      const about = body.slice(i + 1, end);
      const zu = at.folded === 'beim' ? 'zum' : 'zu';
      dropped.push(at.folded);
      i = end;
      while (DE_SHARP.has(body[i]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
      if (body[i]?.folded !== 'gedacht' || i !== body.length - 1) return null;
      dropped.push('gedacht');
      return {
        text: `${DE_CAN[f]} ${me} kurz erklären, wie es ${zu} ${phrase(about)} kam?`,
        dropped,
      };
    } else return null;
    while (DE_SHARP.has(body[i]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
    if (body[i]?.folded !== 'gedacht') return null;
    dropped.push('gedacht');
    i++;
    if (i === body.length) return { text: `${DE_CAN[f]} ${me} kurz erklären, wie es dazu kam?`, dropped };
    // ", das Release ohne einen einzigen Test auszurollen": an infinitive with "zu", kept as written.
    const clause = body.slice(i + 1);
    const last = clause[clause.length - 1];
    if (body[i]?.text !== ',' || clause.length < 2 || clause.some((p) => !p.word) || !last) return null;
    if (!/^\p{Ll}+zu\p{Ll}+en$|^zu$/u.test(last.folded) && clause[clause.length - 2]?.folded !== 'zu') return null;
    if (clause.some((p) => /^(?:und|oder|dass|weil|aber|sondern)$/.test(p.folded))) return null;
    return { text: `Wie kam es zu der Entscheidung, ${phrase(clause)}?`, dropped };
  }
  // "Haben Sie den Vertragsentwurf überhaupt gelesen?"
  const f = DE_HAVE[body[0]?.folded ?? ''];
  const subject = body[1];
  if (!f || !subject || (f === 'sie' ? subject.text !== 'Sie' : subject.folded !== f)) return null;
  const end = nounPhraseEnd(body, 2);
  if (end < 0 || body[end]?.folded !== 'überhaupt') return null;
  const verb = body[end + 1];
  if (
    !verb ||
    end + 2 !== body.length ||
    !/^(?:gelesen|durchgelesen|angesehen|angeschaut|geprüft|geöffnet)$/.test(verb.folded)
  )
    return null;
  const object = body.slice(2, end);
  if (/^(?:kein|keine|keinen)$/.test(object[0]?.folded ?? '')) return null;
  const lead = writer === 'wir' ? 'Wir haben' : 'Ich habe';
  return {
    text: `${lead} den Eindruck, dass einige Punkte untergegangen sind – können wir ${phrase(object)} noch einmal gemeinsam durchgehen?`,
    dropped: [body[0]?.folded as string, subject.folded, 'überhaupt', verb.folded],
  };
}

const EN_DETERMINERS = /^(?:the|your|our|my|this|that|these|those|their)$/;
/** English verbs (and verb phrases, folded) that say "done badly" and nothing else. */
const EN_BOTCHED = [
  'botched',
  'bungled',
  'butchered',
  'mangled',
  'messed up',
  'screwed up',
  'made a mess of',
  'made a complete mess of',
  'made a total mess of',
  'made a real mess of',
  'made a hash of',
  'made a real hash of',
  'made a complete hash of',
  'made a total hash of',
];

/** A determiner and plain words to the end: "the whole handover", "your onboarding emails". */
function englishObject(body: readonly Piece[], from: number): Piece[] | null {
  const object = body.slice(from);
  if (object.length < 2 || object.length > 6 || !EN_DETERMINERS.test(object[0]?.folded ?? '')) return null;
  if (object.some((p) => !p.word || /^(?:and|or|but|because|when|with|to|for|on|again|everything)$/.test(p.folded)))
    return null;
  return object;
}

const plural = (object: readonly Piece[]) => /[^su]s$|[^s]ss?es$/.test(object[object.length - 1]?.folded ?? '');

function englishVerb(pieces: readonly Piece[]): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (!body) return null;
  let i = 0;
  const dropped: string[] = [];
  if (/^you(?:['’]ve)?$/.test(body[0]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
  else return null;
  if (body[0]?.folded === 'you' && body[1]?.folded === 'have') dropped.push((body[i++] as Piece).folded);
  while (EN_SHARP.has(body[i]?.folded ?? '')) dropped.push((body[i++] as Piece).folded);
  let verb: string | null = null;
  for (const phrase of EN_BOTCHED) {
    const ws = phrase.split(' ');
    if (ws.every((w, k) => body[i + k]?.folded === w) && (!verb || ws.length > verb.split(' ').length)) verb = phrase;
  }
  if (!verb) return null;
  // "botched" alone needs no "have"; "you've botched" and "you botched" both read as done.
  i += verb.split(' ').length;
  dropped.push(...verb.split(' '));
  const object = englishObject(body, i);
  if (!object) return null;
  const many = plural(object);
  return {
    text: `${REST(object)} ${many ? 'need' : 'needs'} another look – can we find a time to fix ${many ? 'them' : 'it'} together?`,
    dropped,
  };
}

const EN_EXCLAIMED = new Set(['mess', 'shambles', 'muddle', 'botch', 'botch-up', 'dog’s breakfast', 'pig’s ear']);

function englishExclamation(pieces: readonly Piece[]): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (!body) return null;
  let i = 0;
  if (body[0]?.folded === 'what' && body[1]?.folded === 'a') i = 2;
  else if (body[0]?.folded === 'such' && body[1]?.folded === 'a') i = 2;
  else return null;
  const dropped = body.slice(0, i).map((p) => p.folded);
  while (/^(?:total|complete|utter|real|absolute|right|proper)$/.test(body[i]?.folded ?? ''))
    dropped.push((body[i++] as Piece).folded);
  const noun = body[i];
  if (!noun || !EN_EXCLAIMED.has(noun.folded) || i !== body.length - 1) return null;
  dropped.push(noun.folded);
  return { text: 'This needs sorting out – shall we go through it together?', dropped };
}

function englishQuestion(pieces: readonly Piece[], writer: RewriteInput['writer']): Candidate | null {
  const body = ended(pieces, /^\?$/);
  if (!body) return null;
  const me = writer === 'wir' ? 'us' : 'me';
  // "Do you even read the brief?", "Did you even look at the plans?"
  if (/^(?:do|did)$/.test(body[0]?.folded ?? '') && body[1]?.folded === 'you' && body[2]?.folded === 'even') {
    let i = 3;
    const verb = body[i];
    if (!verb || !/^(?:read|open|check|look)$/.test(verb.folded)) return null;
    i++;
    if (verb.folded === 'look') {
      if (body[i]?.folded !== 'at') return null;
      i++;
    }
    const object = body.slice(i);
    if (object.length < 2 || object.length > 7 || !EN_DETERMINERS.test(object[0]?.folded ?? '')) return null;
    if (object.some((p) => !p.word || /^(?:and|or|but|before|when|because|if)$/.test(p.folded))) return null;
    const inner = object.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p));
    return {
      text: `Some points in ${phrase(inner)} seem to have been missed – shall we go through the details together?`,
      dropped: body.slice(0, i).map((p) => p.folded),
    };
  }
  // "What were you thinking?", "… with this floor plan?", "… when you sent the client our price sheet?"
  if (body[0]?.folded === 'what' && body[1]?.folded === 'were' && body[2]?.folded === 'you') {
    let i = 3;
    if (/^(?:lot|guys|two|all)$/.test(body[i]?.folded ?? '')) i++;
    if (body[i]?.folded !== 'thinking') return null;
    const dropped = body.slice(0, i + 1).map((p) => p.folded);
    i++;
    if (i === body.length) return { text: `Could you help ${me} understand what happened?`, dropped };
    const rest = body.slice(i + 1);
    if (rest.length < 2 || rest.some((p) => !p.word) || rest.some((p) => /^(?:and|or|but|because)$/.test(p.folded)))
      return null;
    if (body[i]?.folded === 'with' && EN_DETERMINERS.test(rest[0]?.folded ?? '') && rest.length <= 5) {
      const inner = rest.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p));
      return {
        text: `Could you walk ${me} through the thinking behind ${phrase(inner)}?`,
        dropped: [...dropped, 'with'],
      };
    }
    if (body[i]?.folded === 'when' && rest[0]?.folded === 'you' && rest.length <= 12)
      return { text: `Could you help ${me} understand what happened when ${phrase(rest)}?`, dropped };
  }
  return null;
}

/** What the reader offers as a service or a piece of work: "That's not X, …" of these disputes what they delivered. */
const EN_OFFERED =
  /^(?:consulting|service|support|strategy|solution|renovation|design|concept|advice|report|analysis|repair|fix|management|planning|marketing|coaching|bookkeeping|accounting|audit|proposal|website|brochure|translation|care|treatment|craftsmanship|workmanship|maintenance|cleaning|training|research|copywriting|editing)$/;

/**
 * "That's not consulting, that's a rip-off", "This isn't a strategy, it's a list of buzzwords": what the
 * work falls short of, from the writer's side, and a talk about what is missing; Y goes. Only where X is a
 * service or a piece of work (not "a criticism", "a revision": there the sentence says something else).
 */
function englishNotBut(pieces: readonly Piece[], writer: RewriteInput['writer']): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (!body) return null;
  const split: Piece[] = [];
  for (const p of body) {
    const m = /^(this|that|it)['’]s$/.exec(p.folded);
    split.push(m ? { ...p, text: p.text.slice(0, -2), folded: m[1] as string } : p);
    if (m) split.push({ ...p, text: 'is', folded: 'is', gap: ' ' });
  }
  const subject = split[0];
  if (!subject || !/^(?:this|that|it)$/.test(subject.folded)) return null;
  let i = 1;
  if (split[i]?.folded === 'is' && split[i + 1]?.folded === 'not') i += 2;
  else if (/^isn['’]t$/.test(split[i]?.folded ?? '')) i += 1;
  else return null;
  const comma = split.findIndex((p, k) => k > i && !p.word);
  if (comma < 0 || !/^[,;–—-]$/.test(split[comma]?.text ?? '')) return null;
  const x = split.slice(i, comma);
  const head = x[x.length - 1];
  if (x.length === 0 || x.length > 3 || !head || !EN_OFFERED.test(head.folded)) return null;
  if (x.some((p) => !p.word) || (x.length > 1 && !/^(?:a|an|real|proper)$/.test(x[0]?.folded ?? ''))) return null;
  const y = split.slice(comma + 1);
  // Y: "that's …", "it's …", "but …": a short put-down with no clause of its own.
  const opens =
    /^(?:this|that|it)$/.test(y[0]?.folded ?? '') && y[1]?.folded === 'is' ? 2 : y[0]?.folded === 'but' ? 1 : -1;
  if (opens < 0 || y.length - opens > 6 || y.some((p) => !p.word)) return null;
  if (y.some((p) => /^(?:just|only|simply|merely|more|bigger|new|different)$/.test(p.folded))) return null;
  const we = writer === 'wir' ? 'we' : 'I';
  const s = subject.text.charAt(0).toUpperCase() + subject.folded.slice(1);
  return {
    text: `${s} doesn't match what ${we}'d expect from ${phrase(x)} yet – can we talk about what's missing?`,
    dropped: [...body.map((p) => p.folded), 'is', 'not'],
  };
}

/**
 * "Das ist kein Service mehr, das ist eine Frechheit" (the "mehr" keeps not-but.ts away): "Als Service
 * überzeugt mich das nicht mehr – können wir besprechen, was fehlt?". "Als" takes X in the nominative it
 * has after "kein"; Y goes.
 */
const DE_OFFERED =
  /(?:service|beratung|betreuung|support|kundendienst|leistung|handwerk|renovierung|sanierung|planung|konzept|lösung|verwaltung|pflege|wartung|reinigung|coaching|schulung)$/;

function germanNotBut(pieces: readonly Piece[], writer: RewriteInput['writer']): Candidate | null {
  const body = ended(pieces, /^[.!]+$/);
  if (body?.[0]?.folded !== 'das' || body[1]?.folded !== 'ist' || !/^keine?$/.test(body[2]?.folded ?? '')) return null;
  const more = body.findIndex((p) => p.folded === 'mehr');
  if (more < 4 || more > 6 || body[more + 1]?.text !== ',') return null;
  const x = body.slice(3, more);
  const last = x[x.length - 1];
  if (!last || !/^\p{Lu}/u.test(last.text) || x.some((p) => !p.word)) return null;
  if (!DE_OFFERED.test(last.folded) && !isWorkNoun(last.folded, 'de')) return null;
  const y = body.slice(more + 2);
  if (!/^(?:das|sondern)$/.test(y[0]?.folded ?? '') || y.length > 7 || y.some((p) => !p.word)) return null;
  const me = writer === 'wir' ? 'uns' : 'mich';
  return {
    text: `Als ${phrase(x)} überzeugt ${me} das nicht mehr – können wir besprechen, was fehlt?`,
    dropped: body.map((p) => p.folded),
  };
}

/** The shapes, each only for the findings that are harsh. */
export const verdictShapes: Strategy = (input) => {
  if (!input.ruleId.includes('harsh')) return [];
  const { pieces, form, writer } = input;
  const found =
    input.language === 'de'
      ? (germanVerb(pieces, form) ??
        germanExclamation(pieces) ??
        germanQuestion(pieces, writer) ??
        germanNotBut(pieces, writer))
      : (englishVerb(pieces) ??
        englishExclamation(pieces) ??
        englishQuestion(pieces, writer) ??
        englishNotBut(pieces, writer));
  return found ? [found] : [];
};
