// More condescension said with respect, the content kept (issue 14):
//  - work taken out of the reader's hands ("Überlassen Sie die Statik bitte
//    uns.", "Please leave the technical decisions to us.") said as the writer
//    taking care of it, with an offer to show how: "Um die Statik kümmern wir
//    uns – soll ich Ihnen zeigen, worauf es dabei ankommt?";
//  - the reader told not to trouble their head ("Darüber müssen Sie sich nicht
//    den Kopf zerbrechen", "Don't worry your head about the legal side") said
//    as the writer taking care of it, with an offer to explain;
//  - an explanation announced as slowed down for the reader ("Noch einmal
//    ganz langsam: …", "I'll put this in plain English so it's easy for you to
//    follow: …") as a plain summary of what follows the colon, with an offer
//    to explain more;
//  - a task called child's play before its steps ("Das Hochladen ist kein
//    Hexenwerk: …", "Uploading them isn't rocket science: …") as how it works.
// Anything outside these shapes gives nothing: a wrong sentence is worse than none.
import type { Candidate, RewriteInput, Strategy } from './context';
import { DE_DETERMINERS, formSaid, nounPhraseEnd } from './german';
import { isAddress } from './guard';
import { capitalise, gapped, type Piece, render } from './pieces';

type Form = RewriteInput['form'];

const END_MARK = /^[.!…]+$/;
/** The pieces as words inside a sentence: rendered, the first letter's case as the pieces have it. */
function text(pieces: readonly Piece[]): string {
  const out = render(gapped(pieces, ''));
  const first = pieces[0]?.text.charAt(0) ?? '';
  return first && out.charAt(0) !== first ? first + out.slice(1) : out;
}
const foldedWords = (pieces: readonly Piece[]) => pieces.filter((p) => p.word).map((p) => p.folded);

/** The reader in the dative, by form of address. */
const DE_DATIVE: Record<Form, string> = { sie: 'Ihnen', du: 'dir', ihr: 'euch' };

/** The pieces without the sentence's end mark (a full stop or "!"; a question is not handled), or null. */
function statementBody(pieces: readonly Piece[]): Piece[] | null {
  const last = pieces[pieces.length - 1];
  if (!last) return null;
  if (last.word) return [...pieces];
  if (!END_MARK.test(last.text)) return null;
  return pieces.slice(0, -1);
}

/** Steps after a colon without the "einfach"/"just" that opens them: what stays of the put-down in them. */
function withoutJust(statement: Piece[]): { steps: Piece[]; dropped: string[] } {
  const first = statement[0];
  if (first?.word && /^(?:einfach|just|simply)$/.test(first.folded) && statement[1]?.word)
    return { steps: statement.slice(1), dropped: [first.folded] };
  return { steps: statement, dropped: [] };
}

// ---------------------------------------------------------------------------
// Work taken out of the reader's hands

/** Particles around the hand-over that go with it. */
const DE_HANDOVER_PARTICLES = new Set([
  'bitte',
  'lieber',
  'besser',
  'einfach',
  'aber',
  'trotzdem',
  'wirklich',
  'doch',
  'ruhig',
  'mal',
]);
/** Those the work is left to, in the dative plural, and the same in the nominative. */
const DE_EXPERTS: Record<string, string> = {
  ingenieuren: 'Ingenieure',
  elektrikern: 'Elektriker',
  profis: 'Profis',
  fachleuten: 'Fachleute',
  statikern: 'Statiker',
  handwerkern: 'Handwerker',
  steuerberatern: 'Steuerberater',
  juristen: 'Juristen',
  anwälten: 'Anwälte',
  experten: 'Experten',
  architekten: 'Architekten',
};

/** "Um X kümmern wir uns – soll ich Ihnen zeigen, worauf es dabei ankommt?" */
function deTakenCareOf(input: RewriteInput, thing: readonly Piece[], experts: string | null, form: Form): string {
  const first = thing[0] as Piece;
  const object = [
    { ...first, text: DE_DETERMINERS.has(first.folded) ? first.text.toLowerCase() : first.text },
    ...thing.slice(1),
  ];
  const who = experts ? `kümmern sich die ${experts}` : 'kümmern wir uns';
  const offer = input.writer === 'wir' ? 'sollen wir' : 'soll ich';
  return `Um ${text(object)} ${who} – ${offer} ${DE_DATIVE[form]} zeigen, worauf es dabei ankommt?`;
}

/** The recipient of the hand-over at `at`: "uns", or "den Ingenieuren"; its end and the experts' nominative. */
function deRecipient(pieces: readonly Piece[], at: number): { end: number; experts: string | null } | null {
  const p = pieces[at];
  if (p?.folded === 'uns') return { end: at + 1, experts: null };
  const noun = pieces[at + 1];
  if (p?.folded === 'den' && noun?.word && DE_EXPERTS[noun.folded])
    return { end: at + 2, experts: DE_EXPERTS[noun.folded] as string };
  return null;
}

function skipParticles(pieces: readonly Piece[], at: number): number {
  let i = at;
  while (pieces[i]?.word && DE_HANDOVER_PARTICLES.has((pieces[i] as Piece).folded)) i++;
  return i;
}

/** The accusative object: a noun phrase opened by a determiner ("die Statik", "diese Fragen"). */
function deObjectEnd(pieces: readonly Piece[], at: number): number {
  const first = pieces[at];
  if (!first?.word || !DE_DETERMINERS.has(first.folded) || /^(?:der|dem|des|den)$/.test(first.folded)) return -1;
  const end = nounPhraseEnd(pieces, at);
  // Only the noun phrase itself: no attached phrase with a number or a mark inside.
  return end > at && pieces.slice(at, end).every((p) => p.word) ? end : -1;
}

function deHandOver(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const words = statementBody(pieces);
  if (!words) return null;
  const first = words[0];
  if (!first?.word) return null;
  let thing: { from: number; to: number } | null = null;
  let rest = -1;
  let form: Form = input.form;
  if (/^(?:überlassen|überlass|überlasse|überlasst)$/.test(first.folded)) {
    // "Überlassen Sie X … uns", "Überlass X … den Profis".
    let i = 1;
    if (first.folded === 'überlassen') {
      if (words[1]?.text !== 'Sie') return null;
      form = 'sie';
      i = 2;
    } else form = first.folded === 'überlasst' ? 'ihr' : 'du';
    i = skipParticles(words, i);
    const end = deObjectEnd(words, i);
    if (end < 0) return null;
    thing = { from: i, to: end };
    rest = skipParticles(words, end);
  } else {
    // "X überlassen Sie … uns", "X sollten Sie … uns überlassen".
    const end = deObjectEnd(words, 0);
    if (end < 0) return null;
    thing = { from: 0, to: end };
    const verb = words[end]?.folded ?? '';
    if (words[end + 1]?.text !== 'Sie') {
      if (!(verb === 'überlässt' || verb === 'überlasst') || !/^(?:du|ihr)$/.test(words[end + 1]?.folded ?? ''))
        return null;
      form = verb === 'überlasst' ? 'ihr' : 'du';
    } else form = 'sie';
    if (verb !== 'überlassen' && verb !== 'sollten' && verb !== 'überlässt' && verb !== 'überlasst') return null;
    rest = skipParticles(words, end + 2);
    const recipient = deRecipient(words, rest);
    if (!recipient) return null;
    let close = skipParticles(words, recipient.end);
    if (verb === 'sollten') {
      if (words[close]?.folded !== 'überlassen') return null;
      close++;
    }
    if (close !== words.length) return null;
    return {
      text: deTakenCareOf(input, words.slice(thing.from, thing.to), recipient.experts, form),
      dropped: [...foldedWords(words.slice(thing.to)), ...foldedWords(words.slice(0, thing.from))],
    };
  }
  const recipient = deRecipient(words, rest);
  if (!recipient || skipParticles(words, recipient.end) !== words.length) return null;
  return {
    text: deTakenCareOf(input, words.slice(thing.from, thing.to), recipient.experts, form),
    dropped: [...foldedWords(words.slice(0, thing.from)), ...foldedWords(words.slice(thing.to))],
  };
}

/** Words before "leave" that go with the hand-over: "Please (just) leave …", "Perhaps leave …", "Best to leave …". */
const EN_LEAD =
  /^(?:(?:please|perhaps|maybe|so|honestly|it's probably best to|it's best to|best to|probably best to)\s)*(?:just\s)?$/;
const EN_TAIL = /^(?:(?:,\s)?please)?$/;
/** Those the work is left to: "us", "those of us who …", "the engineers". */
const EN_EXPERTS = new Set([
  'engineers',
  'electricians',
  'professionals',
  'experts',
  'accountants',
  'lawyers',
  'surveyors',
]);

function enHandOver(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const words = statementBody(pieces);
  if (!words) return null;
  const leave = words.findIndex((p) => p.folded === 'leave');
  if (leave < 0 || !EN_LEAD.test(`${foldedWords(words.slice(0, leave)).join(' ')} `.trimStart())) return null;
  if (words.slice(0, leave).some((p) => !p.word)) return null;
  const to = words.findIndex((p, k) => k > leave + 1 && p.folded === 'to');
  if (to < 0) return null;
  const thing = words.slice(leave + 1, to);
  if (!/^(?:the|that|this|your|all|any)$/.test(thing[0]?.folded ?? '') || thing.some((p) => !p.word)) return null;
  let who: string;
  let end: number;
  if (words[to + 1]?.folded === 'us') {
    who = 'We';
    end = to + 2;
  } else if (
    words[to + 1]?.folded === 'those' &&
    words[to + 2]?.folded === 'of' &&
    words[to + 3]?.folded === 'us' &&
    words[to + 4]?.folded === 'who'
  ) {
    // "… to those of us who do it for a living": the put-down's clause goes, "us" stays.
    who = 'We';
    end = words.findIndex((p, k) => k > to + 4 && !p.word);
    if (end < 0) end = words.length;
  } else if (words[to + 1]?.folded === 'the' && EN_EXPERTS.has(words[to + 2]?.folded ?? '')) {
    who = `The ${words[to + 2]?.text}`;
    end = to + 3;
  } else return null;
  const tail = words.slice(end);
  if (!EN_TAIL.test(tail.map((p) => (p.word ? p.folded : p.text)).join(' '))) return null;
  const object = thing.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p));
  const whose = who === 'We' ? 'our' : 'their';
  const offer = input.writer === 'wir' ? 'shall we' : 'shall I';
  const take = who === 'We' ? "We'll" : `${who} will`;
  const said = `${take} take care of ${text(object)} – ${offer} walk you through ${whose} approach?`;
  const keptWords = new Set(foldedWords(object));
  return {
    text: said,
    dropped: foldedWords(words).filter((w) => !keptWords.has(w) && !(who !== 'We' && w === words[to + 2]?.folded)),
  };
}

// ---------------------------------------------------------------------------
// The reader told not to trouble their head

/** "Darüber müssen Sie sich nicht den Kopf zerbrechen(, das ist unsere Sache)." */
const DE_HEAD =
  /^(?:darüber|über das|über die|über den|über diese|über diesen|über dieses) (?:\S+ )*?(?:müssen|musst|müsst|brauchen|brauchst|braucht) (sie|du|ihr) (?:sich|dir|euch) (?:wirklich |doch |gar |also |jetzt )?(?:nicht|keinen) (?:(?:den|weiter) )*kopf (?:zu )?zerbrechen$/;
const DE_OUR_JOB = /^das (?:ist|bleibt) (?:ja |schließlich |doch )?(?:unsere|meine) (?:sache|aufgabe)$/;

function deHead(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const words = statementBody(pieces);
  if (!words) return null;
  const comma = words.findIndex((p) => p.text === ',');
  const main = comma < 0 ? words : words.slice(0, comma);
  const tail = comma < 0 ? [] : words.slice(comma + 1);
  if (tail.length > 0 && !DE_OUR_JOB.test(foldedWords(tail).join(' '))) return null;
  if (main.some((p) => !p.word)) return null;
  const said = foldedWords(main).join(' ');
  const m = DE_HEAD.exec(said);
  if (!m) return null;
  // "Sie" only as the polite form: "sie" in lower case would be "they".
  const reader = main.find((p) => p.folded === m[1]);
  if (m[1] === 'sie' && reader?.text !== 'Sie') return null;
  const form: Form = m[1] === 'sie' ? 'sie' : m[1] === 'du' ? 'du' : 'ihr';
  let about: string;
  let aboutWords: Piece[] = [];
  if (main[0]?.folded === 'darüber') about = 'Darum';
  else {
    // "Über die Abrechnung …": the accusative phrase after "über" stays word for word after "um".
    const end = nounPhraseEnd(main, 1);
    const verb = main.findIndex((p) => /^(?:müssen|musst|müsst|brauchen|brauchst|braucht)$/.test(p.folded));
    if (end < 0 || end !== verb) return null;
    aboutWords = main.slice(1, end);
    about = `Um ${text(aboutWords.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p)))}`;
  }
  // "das ist unsere Sache": whose job the tail says it is decides who takes care of it.
  const own = tail.find((p) => /^(?:unsere|meine)$/.test(p.folded))?.folded;
  const writer = own === 'unsere' ? 'wir' : own === 'meine' ? 'ich' : input.writer;
  const care = writer === 'wir' ? 'kümmern wir uns' : 'kümmere ich mich';
  const want = form === 'sie' ? 'wenn Sie möchten' : form === 'du' ? 'wenn du möchtest' : 'wenn ihr möchtet';
  const explain = writer === 'wir' ? 'erklären wir' : 'erkläre ich';
  const keptWords = new Set(foldedWords(aboutWords));
  return {
    text: `${about} ${care} – ${want}, ${explain} ${DE_DATIVE[form]} gern, worauf es dabei ankommt.`,
    dropped: foldedWords(words).filter((w) => !keptWords.has(w)),
  };
}

/** "Don't worry your head about X", "There's no need to worry your head about X", "You needn't bother your head with X". */
const EN_HEAD =
  /^(?:(?:please |honestly |so )?(?:don't|do not)|there's no need to|there is no need to|you (?:needn't|need not|don't need to|do not need to)) (?:worry|bother|trouble) your (?:pretty |little )?head (?:about|with|over) /;

function enHead(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const words = statementBody(pieces);
  if (!words || words.some((p) => !p.word && p.text !== "'" && p.text !== '’')) return null;
  const said = foldedWords(words).join(' ');
  const m = EN_HEAD.exec(`${said} `);
  if (!m) return null;
  const lead = m[0].trim().split(' ').length;
  const about = words.filter((p) => p.word).slice(lead);
  if (!/^(?:the|that|this|your|any|all)$/.test(about[0]?.folded ?? '') || about.length < 2) return null;
  const object = about.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase() } : p));
  const who = input.writer === 'wir' ? "We'll" : "I'll";
  const keptWords = new Set(foldedWords(object));
  return {
    text: `${who} take care of ${text(object)} – happy to explain more if you'd like.`,
    dropped: foldedWords(words).filter((w) => !keptWords.has(w)),
  };
}

// ---------------------------------------------------------------------------
// An explanation announced as slowed down for the reader, before a colon

/** Nouns of the announcement that are the put-down, not a fact: they may go. */
const DE_ANNOUNCE_NOUNS =
  /^(?:mal|schritt|schritten|ruhe|worten|worte|wort|vorbildung|vorkenntnisse|kenntnisse|\p{L}*kenntnissen?|\p{L}*wissen|neuland|mitschreiben|grunde|information|deutsch|laien|laie|zeit|ganzen)$/u;
const EN_ANNOUNCE_NOUNS = /^(?:english|i|i'll|i’m|i'm)$/;
/** Words that show the announcement is about explaining, saying again or slowly. */
const DE_ANNOUNCE_CUES =
  /^(?:langsam|erkläre|erklären|formulieren|fasse|zusammen|buchstabiere|mitschreiben|einfach|simpel|information|vorbildung|\p{L}*kenntnissen?|worten|schritt)$/u;
const EN_ANNOUNCE_CUES = /^(?:slowly|explain|spell|plain|simply|simple|once|again|follow|information)$/;

function announced(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const { language } = input;
  const colon = pieces.findIndex((p) => p.text === ':');
  if (colon < 1 || input.cue.from >= colon) return null;
  const lead = pieces.slice(0, colon);
  const statement = statementBody(pieces.slice(colon + 1));
  if (!statement || statement.filter((p) => p.word).length < 3 || statement.some((p) => p.text === ':')) return null;
  // The announcement holds no fact (a number, a name, a noun that is not the put-down's) and no ask.
  const nouns = language === 'de' ? DE_ANNOUNCE_NOUNS : EN_ANNOUNCE_NOUNS;
  const cues = language === 'de' ? DE_ANNOUNCE_CUES : EN_ANNOUNCE_CUES;
  if (lead.some((p) => /\d/.test(p.text) || /^(?:bitte|please)$/.test(p.folded))) return null;
  if (lead.some((p, k) => p.word && k > 0 && /^\p{Lu}/u.test(p.text) && !isAddress(p.folded) && !nouns.test(p.folded)))
    return null;
  if (!lead.some((p) => cues.test(p.folded))) return null;
  // An announcement that concedes something first ("Das hatten wir besprochen, aber gut: …") is more than one.
  if (lead.some((p) => /^(?:aber|but|besprochen|discussed)$/.test(p.folded))) return null;
  if (lead.filter((p) => p.word).length > 22) return null;
  const form = language === 'de' ? formSaid(pieces, input.form) : input.form;
  const body = text(statement);
  const summary =
    language === 'de'
      ? `Kurz gesagt: ${body}. Wenn etwas offen bleibt, ${input.writer === 'wir' ? 'erklären wir' : 'erkläre ich'} es ${DE_DATIVE[form]} gern genauer.`
      : `In short: ${body}. If anything is still unclear, ${input.writer === 'wir' ? "we're" : "I'm"} happy to go through it in more detail.`;
  return { text: summary, dropped: foldedWords(lead) };
}

// ---------------------------------------------------------------------------
// A task called child's play before its steps

const DE_NO_MAGIC =
  /^(?:ist|sind) (?:(?:nun|jetzt|wirklich|echt|doch|ehrlich gesagt|auch|nun mal|ja|wahrlich|gar) )*(?:kein|keine) (?:hexenwerk|raketenwissenschaft|kunst|kunststück|zauberei|atomphysik|hexerei)$/;
const EN_NO_MAGIC =
  /^(?:(?:honestly|really|frankly|truly|genuinely) )*(?:isn't|is not|aren't|are not) (?:(?:honestly|really|exactly|frankly) )*(?:rocket science|brain surgery|magic|a dark art)$/;

function noMagic(input: RewriteInput, pieces: readonly Piece[]): Candidate | null {
  const { language } = input;
  const colon = pieces.findIndex((p) => p.text === ':');
  if (colon < 2) return null;
  const lead = pieces.slice(0, colon);
  const statement = statementBody(pieces.slice(colon + 1));
  if (!statement || statement.filter((p) => p.word).length < 3 || lead.some((p) => !p.word)) return null;
  // The subject: everything before the verb ("Das Hochladen der Belege im Portal", "Uploading them").
  const verb = lead.findIndex(
    (p) => /^(?:ist|sind|isn't|is|aren't|are)$/.test(p.folded) || /^(?:honestly|really)$/.test(p.folded),
  );
  if (verb < 1) return null;
  const subject = lead.slice(0, verb);
  if (/^(?:das|es|dies|it|this|that)$/.test(subject[0]?.folded ?? '') && subject.length === 1) return null;
  const predicate = foldedWords(lead.slice(verb)).join(' ');
  if (!(language === 'de' ? DE_NO_MAGIC : EN_NO_MAGIC).test(predicate)) return null;
  const { steps, dropped } = withoutJust(statement);
  const plural = /^(?:sind|aren't|are)$/.test(
    lead.find((p) => /^(?:ist|sind|isn't|is|aren't|are)$/.test(p.folded))?.folded ?? '',
  );
  const form = language === 'de' ? formSaid(pieces, input.form) : input.form;
  const said =
    language === 'de'
      ? `${text(subject)} ${plural ? 'gehen' : 'geht'} so: ${text(steps)}. Wenn es irgendwo hakt, ${input.writer === 'wir' ? 'helfen wir' : 'helfe ich'} ${DE_DATIVE[form]} gern weiter.`
      : `${text(subject)} ${plural ? 'work' : 'works'} like this: ${text(steps)}. If anything gets stuck, ${input.writer === 'wir' ? "we're" : "I'm"} happy to help.`;
  return { text: capitalise(said), dropped: [...foldedWords(lead.slice(verb)), ...dropped] };
}

export const dismissiveMore: Strategy = (input) => {
  const { pieces, language } = input;
  if (pieces.length === 0) return [];
  const found =
    language === 'de'
      ? (deHandOver(input, pieces) ?? deHead(input, pieces) ?? noMagic(input, pieces) ?? announced(input, pieces))
      : (enHandOver(input, pieces) ?? enHead(input, pieces) ?? noMagic(input, pieces) ?? announced(input, pieces));
  return found ? [found] : [];
};
