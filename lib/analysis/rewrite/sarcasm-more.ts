// Mock thanks and mock praise said from the writer's side or as an event, with
// a next step: once the praise goes, "you sent the plans at 11pm" reads as
// blame, so the fact is said as what reached the writer ("The plans reached us
// at 11pm the night before.") or what happened ("The filing deadline was missed
// for the second year running."). Narrow shapes only: anything else gets nothing.
import type { Candidate, RewriteInput, Strategy } from './context';
import { gapped, type Piece, render, words } from './pieces';
import { thankedFor } from './sarcasm';

const EN_NUMBER =
  /^(?:\d\S*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|full|half)$/;
const EN_DETERMINER = /^(?:the|your|my|our|this|these|those|his|her|their)$/;
/** Where the time of the deed starts after its object ("at 11pm", "three weeks late", "a mere six weeks after …"). */
const EN_TIME_START = /^(?:at|on|a|an|only|just|mere|late|after|yesterday|today|tonight|last)$/;
/** Words of a time that say when (or how late). */
const EN_TIME_WORD =
  /^(?:\d\S*|late|later|after|before|night|morning|evening|weeks?|days?|months?|hours?|minutes?|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const EN_BELITTLING = new Set(['only', 'just', 'mere']);
/** Glad words that open "Great to finally get …". */
const EN_GLAD = /^(?:great|nice|lovely|good|wonderful|brilliant|fantastic)$/;
/** Verbs of handing something over, and the particle that may follow ("passing on"). */
const EN_HANDED = /^(?:sending|passing|forwarding|delivering|submitting|sharing|emailing)$/;

const endsPlain = (pieces: readonly Piece[]) => pieces[pieces.length - 1]?.text === '.';

/**
 * "Thanks for sending the plans at 11pm the night before." → "The plans reached
 * us at 11pm the night before. Could we agree on dates for the next steps?": what
 * was handed over, as what reached the writer, and when.
 */
function reachedUs(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  const at = thankedFor(pieces);
  const verb = pieces[at + 1];
  let from = -1;
  if (at > 0 && verb?.word && EN_HANDED.test(verb.folded)) from = pieces[at + 2]?.folded === 'on' ? at + 3 : at + 2;
  // "Great to finally get the signed contract – a week after …": what the writer got, the time after a mark.
  const got = EN_GLAD.test(pieces[0]?.folded ?? '') && pieces[1]?.folded === 'to';
  if (got) {
    const see = pieces[2]?.folded === 'finally' ? 3 : 2;
    if (/^(?:see|get|receive)$/.test(pieces[see]?.folded ?? '')) from = see + 1;
  }
  if (from < 0 || !EN_DETERMINER.test(pieces[from]?.folded ?? '')) return [];
  let body = pieces.slice(from, -1);
  const mark = body.findIndex((p) => !p.word);
  let split: number;
  if (got) {
    // One comma or dash, then the time.
    if (mark < 2 || !/^[,–—]$/.test(body[mark]?.text ?? '') || body.slice(mark + 1).some((p) => !p.word)) return [];
    split = mark;
    body = [...body.slice(0, mark), ...body.slice(mark + 1)];
  } else {
    if (mark >= 0) return [];
    split = body.findIndex((p, i) => i >= 2 && (EN_TIME_START.test(p.folded) || EN_NUMBER.test(p.folded)));
  }
  if (split < 2 || split > 6) return [];
  const thing = body.slice(0, split);
  // "the contract to the wrong client": where it went is no time.
  if (thing.some((p) => /^(?:to|of|with|for|from|by)$/.test(p.folded))) return [];
  const rest = body.slice(split);
  if (!rest.some((p) => EN_TIME_WORD.test(p.folded) || EN_NUMBER.test(p.folded)) || rest.length > 8) return [];
  const dropped = rest.filter((p) => EN_BELITTLING.has(p.folded)).map((p) => p.folded);
  const time = rest.filter(
    (p, i) =>
      !EN_BELITTLING.has(p.folded) &&
      !(p.folded === 'a' && EN_BELITTLING.has(rest[i + 1]?.folded ?? '') && EN_NUMBER.test(rest[i + 2]?.folded ?? '')),
  );
  if (time.length === 0) return [];
  const out = [
    { ...(thing[0] as Piece), gap: '' },
    ...thing.slice(1),
    ...words(`reached ${input.writer === 'wir' ? 'us' : 'me'}`),
    ...gapped(time, ' '),
    pieces[pieces.length - 1] as Piece,
  ];
  const gone = pieces.slice(0, from).map((p) => p.folded);
  return [{ text: `${render(out)} Could we agree on dates for the next steps?`, dropped: [...gone, ...dropped] }];
}

/** German answers and what they are called: "Sie melden sich" → "Ihre Nachricht". Both nouns feminine. */
const DE_REPLY: Array<[RegExp, string]> = [
  [/^(?:zurück)?(?:melden|meldest|meldet|gemeldet)$/, 'Nachricht'],
  [/^(?:antworten|antwortest|antwortet|geantwortet)$/, 'Antwort'],
];
const DE_OPENER = /^(?:danke|dank|vielen|herzlichen|besten|nett|toll|schön|super|prima|klasse|auch)$/;
const DE_NUMBER =
  /^(?:\d\S*|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|dreißig)$/;
const DE_UNIT = /^(?:tag|tagen|woche|wochen|monat|monaten|stunde|stunden|minute|minuten|jahr|jahren)$/;
const DE_BELITTLING = new Set(['nur', 'bloß', 'lediglich', 'erst', 'gerade', 'mal']);
const DE_PRONOUN: Record<RewriteInput['form'], { pronoun: string; reflexive: string; own: string; aux: string }> = {
  sie: { pronoun: 'sie', reflexive: 'sich', own: 'Ihre', aux: 'haben' },
  du: { pronoun: 'du', reflexive: 'dich', own: 'Deine', aux: 'hast' },
  ihr: { pronoun: 'ihr', reflexive: 'euch', own: 'Eure', aux: 'habt' },
};

/**
 * "Nett von Ihnen, dass Sie sich nach drei Wochen melden." → "Ihre Nachricht
 * kam nach drei Wochen – können wir künftig schneller in Kontakt bleiben?": the
 * late answer as what came, and when; the reader's form of address kept.
 */
function replyCame(input: RewriteInput): Candidate[] {
  const { pieces, language, form } = input;
  if (language !== 'de' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  const dass = pieces.findIndex((p) => p.folded === 'dass');
  if (dass < 2 || dass > 6 || pieces[dass - 1]?.text !== ',') return [];
  const opener = pieces.slice(0, dass - 1);
  const vonIhnen = (p: Piece, i: number) => i > 0 && /^(?:von|ihnen|dir|euch)$/.test(p.folded);
  if (!opener.every((p, i) => p.word && (DE_OPENER.test(p.folded) || vonIhnen(p, i)))) return [];
  const own = DE_PRONOUN[form];
  let i = dass + 1;
  const pronoun = pieces[i];
  // "Sie" in capitals for the polite form; "ihr" and "du" as the draft addresses.
  if (pronoun?.folded !== own.pronoun || (form === 'sie' && pronoun.text !== 'Sie')) return [];
  i++;
  if (pieces[i]?.folded === own.reflexive) i++;
  const dropped: string[] = [];
  while (pieces[i]?.folded === 'endlich' || pieces[i]?.folded === 'auch' || pieces[i]?.folded === 'mal')
    dropped.push((pieces[i++] as Piece).folded);
  if (pieces[i]?.folded !== 'nach') return [];
  const time: Piece[] = [pieces[i++] as Piece];
  while (DE_BELITTLING.has(pieces[i]?.folded ?? '')) dropped.push((pieces[i++] as Piece).folded);
  const number = pieces[i];
  const unit = pieces[i + 1];
  if (!number || !DE_NUMBER.test(number.folded) || !unit || !DE_UNIT.test(unit.folded)) return [];
  time.push(number, unit);
  i += 2;
  const verb = pieces[i];
  const noun = DE_REPLY.find(([re]) => re.test(verb?.folded ?? ''))?.[1];
  if (!verb || !noun) return [];
  i++;
  // A participle takes its auxiliary ("gemeldet haben"); a present form stands alone.
  if (/^ge|^zurückge/.test(verb.folded)) {
    if (pieces[i]?.folded !== own.aux) return [];
    i++;
  } else if (/^(?:zurück)?ge/.test(verb.folded)) return [];
  if (i !== pieces.length - 1) return [];
  const out = [...words(`${own.own} ${noun} kam`), ...time.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p))];
  const gone = pieces.slice(0, i).map((p) => p.folded);
  return [
    {
      text: `${render(out)} – können wir künftig schneller in Kontakt bleiben?`,
      dropped: [...gone, ...dropped],
    },
  ];
}

/** German deeds of handing over, present or participle, and how the writer received the thing. */
const DE_HANDED: Array<[RegExp, string]> = [
  [
    /^(?:ge|zuge|weitergeleit|vorbeige)?(?:schickt|schicken|schickst|sendet|senden|sendest|liefert|liefern|lieferst|leitet|leiten|leitest|bracht|bringt|bringen|bringst)$|^(?:zu|weiter|vorbei)(?:schickt|schicken|schickst|leitet|leiten|leitest|bringt|bringen|bringst)$|^(?:eingereicht|einreicht|einreichen|einreichst|übermittelt|übermitteln|übermittelst|übergeben|übergebt|übergibst)$|^(?:weitergeleitet|geliefert|gesendet|geschickt|zugeschickt|vorbeigebracht)$/,
    'erhalten',
  ],
  [/^unterschrieben$/, 'unterschrieben zurückbekommen'],
];
const DE_OBJECT_DETERMINER =
  /^(?:den|die|das|ihre|ihren|ihr|deine|deinen|dein|eure|euren|euer|unsere|unseren|unser|meine|meinen|mein)$/;
/** Words a time may hold in German ("zwei Wochen nach der Frist", "am letzten Tag", "um 23 Uhr"). */
const DE_TIME_OPENS =
  /^(?:nach|am|um|kurz|erst|\d\S*|einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)$/;
const DE_TIME_WORD =
  /^(?:\d\S*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|letzten|uhr|abend|nacht|frist|abgabetermin|termin|tage?n?|wochen?|monate?n?|stunden?)$/;

/**
 * "Vielen Dank, dass du den Vertrag zwei Wochen nach der Frist unterschrieben
 * hast." → "Den Vertrag habe ich zwei Wochen nach der Frist unterschrieben
 * zurückbekommen – können wir für das nächste Mal einen Termin vereinbaren?":
 * the thing as the writer received it, its phrase as written (accusative
 * first), and when.
 */
function received(input: RewriteInput): Candidate[] {
  const { pieces, language, form } = input;
  if (language !== 'de' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  const dass = pieces.findIndex((p) => p.folded === 'dass');
  if (dass < 2 || dass > 6 || pieces[dass - 1]?.text !== ',') return [];
  if (!pieces.slice(0, dass - 1).every((p) => p.word && DE_OPENER.test(p.folded))) return [];
  const own = DE_PRONOUN[form];
  let i = dass + 1;
  const pronoun = pieces[i];
  if (pronoun?.folded !== own.pronoun || (form === 'sie' && pronoun.text !== 'Sie')) return [];
  i++;
  if (pieces[i]?.folded === 'mir' || pieces[i]?.folded === 'uns') i++;
  const det = pieces[i];
  if (!det || !DE_OBJECT_DETERMINER.test(det.folded)) return [];
  // Determiner, adjectives in lower case, one capitalised noun.
  let n = i + 1;
  while (
    n < i + 4 &&
    pieces[n]?.word &&
    /^\p{Ll}/u.test(pieces[n]?.text ?? '') &&
    !DE_TIME_OPENS.test(pieces[n]?.folded ?? '')
  )
    n++;
  if (!pieces[n]?.word || !/^\p{Lu}/u.test(pieces[n]?.text ?? '')) return [];
  const thing = pieces.slice(i, n + 1);
  const last = pieces.length - 1;
  const hasAux = pieces[last - 1]?.folded === own.aux;
  const verbAt = hasAux ? last - 2 : last - 1;
  const verb = pieces[verbAt];
  const how = DE_HANDED.find(([re]) => re.test(verb?.folded ?? ''))?.[1];
  if (!verb || !how) return [];
  // A participle needs its auxiliary, a present form none.
  const participle = /^(?:ge|zuge|weitergeleitet|vorbeigebracht|eingereicht|übergeben|unterschrieben)/.test(
    verb.folded,
  );
  if (participle !== hasAux && !/^(?:übermittelt|übergeben)$/.test(verb.folded)) return [];
  const between = pieces.slice(n + 1, verbAt);
  const dropped = between.filter((p) => /^(?:erst|nur|endlich|auch|mal|bloß)$/.test(p.folded)).map((p) => p.folded);
  const time = between.filter((p) => !dropped.includes(p.folded));
  if (
    time.length === 0 ||
    time.length > 7 ||
    time.some((p) => !p.word) ||
    !DE_TIME_OPENS.test(time[0]?.folded ?? '') ||
    !time.some((p) => DE_TIME_WORD.test(p.folded))
  )
    return [];
  const writer = input.writer === 'wir' ? 'haben wir' : 'habe ich';
  const out = [
    {
      ...(thing[0] as Piece),
      gap: '',
      text: (thing[0] as Piece).text.charAt(0).toUpperCase() + (thing[0] as Piece).text.slice(1),
    },
    ...thing.slice(1),
    ...words(writer),
    ...time.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p)),
    ...words(how),
  ];
  const gone = [...pieces.slice(0, i), verb, ...(hasAux ? [pieces[last - 1] as Piece] : [])].map((p) => p.folded);
  return [
    {
      text: `${render(out)} – können wir für das nächste Mal einen Termin vereinbaren?`,
      dropped: [...gone, ...dropped],
    },
  ];
}

/** Praise before "on"/"for" a deed ("Well done on …", "Congratulations on …"). */
const EN_WELL_DONE = [
  'well done',
  'congratulations',
  'congrats',
  'great job',
  'good job',
  'nice one',
  'nice work',
  'bravo',
];
/** Deeds said as what happened, and their participle. */
const EN_MISHAP: Record<string, string> = {
  missing: 'missed',
  forgetting: 'forgotten',
  losing: 'lost',
  sending: 'went',
};
/** Plural nouns end in -s; these do not say plural. */
const EN_NOT_PLURAL = /(?:ss|us|is|ics|news)$/;

/** The words that open a repetition after the thing ("for the second year running", "in a row", "again", "twice"). */
function repetitionAt(body: readonly Piece[], i: number): boolean {
  const w = body[i]?.folded;
  if (w === 'again' || w === 'twice' || (w === 'yet' && body[i + 1]?.folded === 'again')) return true;
  if (w === 'in') return body[i + 1]?.folded === 'a' && body[i + 2]?.folded === 'row';
  return (
    w === 'for' && body[i + 1]?.folded === 'the' && /(?:st|nd|rd|th|second|third)$/.test(body[i + 2]?.folded ?? '')
  );
}

/**
 * "Congratulations on missing the filing deadline for the second year running."
 * → "The filing deadline was missed for the second year running. Could we plan
 * together how to avoid that next time?": the mishap as what happened, with how
 * often, and a next step; no one is named as its doer.
 */
function whatHappened(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  let at = 0;
  for (const phrase of EN_WELL_DONE) {
    const parts = phrase.split(' ');
    if (parts.every((w, k) => pieces[k]?.folded === w)) at = parts.length;
  }
  if (at === 0 || !/^(?:on|for)$/.test(pieces[at]?.folded ?? '')) return [];
  const verb = pieces[at + 1];
  const done = verb?.word ? EN_MISHAP[verb.folded] : undefined;
  if (!done || !EN_DETERMINER.test(pieces[at + 2]?.folded ?? '')) return [];
  // ", again" at the end: the comma goes, the repetition stays.
  let body = pieces.slice(at + 2, -1);
  const comma = body.findIndex((p) => !p.word);
  if (comma >= 0) {
    if (body[comma]?.text !== ',' || comma !== body.length - 2 || body[comma + 1]?.folded !== 'again') return [];
    body = [...body.slice(0, comma), body[comma + 1] as Piece];
  }
  const split = body.findIndex((_, i) => i >= 2 && repetitionAt(body, i));
  if (split < 2 || split > 8) return [];
  let thing = body.slice(0, split);
  let rest = body.slice(split);
  // "the third deadline in a row": the count belongs to the thing.
  if (rest[0]?.folded === 'in' && thing.some((p) => /^(?:second|third|fourth|fifth|\d+(?:nd|rd|th))$/.test(p.folded))) {
    thing = [...thing, ...rest.slice(0, 3)];
    rest = rest.slice(3);
  }
  let where: Piece[] = [];
  // "sending the wrong version to the client": it went there; where stays after the verb.
  if (done === 'went') {
    const to = thing.findIndex((p, i) => i >= 2 && p.folded === 'to');
    if (to < 0) return [];
    where = thing.slice(to);
    thing = thing.slice(0, to);
  }
  const preposition = thing.findIndex((p, i) => i > 0 && /^(?:to|of|for|in|at|on|from|with)$/.test(p.folded));
  const head = thing[(preposition < 0 ? thing.length : preposition) - 1] as Piece;
  if (thing.some((p, i) => i > 0 && EN_DETERMINER.test(p.folded) && i < (preposition < 0 ? 99 : preposition)))
    return [];
  const plural = /s$/.test(head.folded) && !EN_NOT_PLURAL.test(head.folded);
  const yet = rest.findIndex((p, i) => p.folded === 'yet' && rest[i + 1]?.folded === 'again');
  const dropped = yet >= 0 ? ['yet'] : [];
  if (yet >= 0) rest = [...rest.slice(0, yet), ...rest.slice(yet + 1)];
  const out = [
    { ...(thing[0] as Piece), gap: '' },
    ...thing.slice(1),
    ...words(done === 'went' ? done : `${plural ? 'were' : 'was'} ${done}`),
    ...gapped([...where, ...rest], ' '),
    pieces[pieces.length - 1] as Piece,
  ];
  const gone = pieces.slice(0, at + 2).map((p) => p.folded);
  return [
    { text: `${render(out)} Could we plan together how to avoid that next time?`, dropped: [...gone, ...dropped] },
  ];
}

const EN_KIND = /^(?:nice|kind|good|thoughtful|sweet|decent|considerate)$/;
const EN_UNIT = /^(?:days?|weeks?|months?|hours?|minutes?|years?)$/;

/**
 * "Nice of you to reply after only two months." → "Your reply came after two
 * months. Could we keep in closer touch from now on?": the late reply as what
 * came, and when.
 */
function yourReplyCame(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  let i = /^(?:how|so|really|very)$/.test(pieces[0]?.folded ?? '') ? 1 : 0;
  if (!EN_KIND.test(pieces[i]?.folded ?? '') || pieces[i + 1]?.folded !== 'of' || pieces[i + 2]?.folded !== 'you')
    return [];
  i += 3;
  if (pieces[i]?.folded !== 'to') return [];
  i++;
  if (pieces[i]?.folded === 'finally') i++;
  const reply = pieces[i]?.folded;
  if (reply === 'reply' || reply === 'answer') i++;
  else if (reply === 'get' && pieces[i + 1]?.folded === 'back' && /^(?:to)$/.test(pieces[i + 2]?.folded ?? '')) i += 4;
  else return [];
  if (pieces[i]?.folded !== 'after') return [];
  const time: Piece[] = [pieces[i++] as Piece];
  const dropped: string[] = [];
  while (EN_BELITTLING.has(pieces[i]?.folded ?? '')) dropped.push((pieces[i++] as Piece).folded);
  const number = pieces[i];
  const unit = pieces[i + 1];
  if (!number || !EN_NUMBER.test(number.folded) || !unit || !EN_UNIT.test(unit.folded) || i + 2 !== pieces.length - 1)
    return [];
  time.push(number, unit);
  const out = [...words('Your reply came'), ...time.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p)), ...words('.')];
  return [
    {
      text: `${render(out)} Could we keep in closer touch from now on?`,
      dropped: [...pieces.slice(0, i).map((p) => p.folded), ...dropped],
    },
  ];
}

/** Lower-case words a German noun phrase may hold besides adjectives: prepositions and determiners. */
const DE_PHRASE_WORDS =
  /^(?:ohne|bei|in|im|mit|von|vom|für|an|am|auf|zum|zur|aus|nach|der|die|das|den|dem|des|diese|dieser|diesem|diesen|dieses|ein|eine|einer|einem|unsere|unserer|unserem|unseren|ihre|ihrer|ihrem|ihren|meine|meiner|meinem|meinen|keine|vereinbarten|vereinbarte)$/;
/** Praise words that may open "Spitze, schon wieder …", "Beeindruckend – der dritte …". */
const DE_PRAISE =
  /^(?:spitze|super|klasse|prima|toll|wunderbar|großartig|herrlich|fantastisch|perfekt|bravo|beeindruckend|hervorragend|grandios|genial|wunderbar)$/;

/**
 * "Spitze, schon wieder eine Rechnung ohne den vereinbarten Rabatt." → "Das ist
 * wieder eine Rechnung ohne den vereinbarten Rabatt. Wollen wir kurz
 * besprechen, wie es weitergeht?"; "Beeindruckend – der dritte fehlgeschlagene
 * Build in dieser Woche." → "Das ist der dritte …": the praise word goes, the
 * thing is named as it is, in the nominative it was written in. A phrase with
 * a verb is not this shape.
 */
function deThisIs(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'de' || !input.ruleId.startsWith('sarcasm/praise/') || !endsPlain(pieces)) return [];
  if (!DE_PRAISE.test(pieces[0]?.folded ?? '') || !/^[,–—:]$/.test(pieces[1]?.text ?? '')) return [];
  let i = 2;
  const dropped: string[] = [];
  let again = '';
  if (pieces[i]?.folded === 'schon' && pieces[i + 1]?.folded === 'wieder') {
    dropped.push('schon');
    again = 'wieder';
    i += 2;
  } else if (pieces[i]?.folded === 'wieder' || pieces[i]?.folded === 'noch') {
    again = (pieces[i] as Piece).folded;
    i++;
  }
  const det = pieces[i]?.folded ?? '';
  // Nominative only: "ein", "eine"; "der", "die", "das" without a repetition before them.
  if (!(/^(?:ein|eine)$/.test(det) || (!again && /^(?:der|die|das)$/.test(det)))) return [];
  const phrase = pieces.slice(i, -1);
  if (phrase.length < 2 || phrase.length > 9 || phrase.some((p) => !p.word)) return [];
  for (const [k, p] of phrase.entries()) {
    if (/^\p{Lu}/u.test(p.text) || /^\d/.test(p.text) || DE_PHRASE_WORDS.test(p.folded)) continue;
    // An adjective: inflected, before a noun or another adjective.
    const next = phrase[k + 1];
    if (
      /(?:e|en|er|es|em)$/.test(p.folded) &&
      next &&
      (/^\p{Lu}/u.test(next.text) || /(?:e|en|er|es|em)$/.test(next.folded))
    )
      continue;
    return [];
  }
  const noun = phrase.slice(1).find((p) => /^\p{Lu}/u.test(p.text));
  if (!noun) return [];
  // "die Unterlagen" may be plural ("Das sind …"): "die" only before a noun that is singular by its ending.
  if (det === 'die' && !/(?:ung|heit|keit|ion|schaft|tät)$/.test(noun.folded)) return [];
  const out = [
    ...words(again ? `Das ist ${again}` : 'Das ist'),
    ...phrase.map((p, k) => (k === 0 ? { ...p, gap: ' ' } : p)),
    pieces[pieces.length - 1] as Piece,
  ];
  return [
    {
      text: `${render(out)} Wollen wir kurz besprechen, wie es weitergeht?`,
      dropped: [...pieces.slice(0, 2).map((p) => p.folded), ...dropped],
    },
  ];
}

export const sarcasmMore: Strategy = (input) => [
  ...reachedUs(input),
  ...replyCame(input),
  ...received(input),
  ...deThisIs(input),
  ...whatHappened(input),
  ...yourReplyCame(input),
];
