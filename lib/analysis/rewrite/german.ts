// German word order and agreement for rewrites: what a cut at the front of a
// main clause needs (the finite verb must stay second), where a simple noun
// phrase ends, and which auxiliary agrees with a subject. Deliberately small:
// a rewrite that cannot be built safely is not offered.
import type { Piece } from './pieces';
import { isCapitalised } from './pieces';

export const DE_SUBJECT_PRONOUNS = new Set(['ich', 'wir', 'sie', 'du', 'ihr', 'er', 'es', 'man', 'das', 'dies']);
/** Pronouns that stand between a fronted verb and its subject: "lässt sich das Budget …", "fehlt uns die Zeit". */
const CLITICS = new Set(['sich', 'mir', 'uns', 'ihnen', 'dir', 'euch', 'mich', 'dich', 'ihm']);
export const DE_DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines ihr ihre ihren ihrem ihrer ihres ' +
    'unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures sein seine seinen seinem seiner ' +
    'dieser diese dieses diesen diesem jeder jede jedes jeden jedem alle beide viele einige irgendein irgendeine irgendeinen irgendwelche'
  ).split(' '),
);
const PERSONAL = new Set([
  'sie',
  'ihnen',
  'ich',
  'wir',
  'du',
  'er',
  'es',
  'man',
  'mir',
  'mich',
  'uns',
  'dir',
  'dich',
  'euch',
]);
/** Genitive determiners: the phrase they open belongs to the noun before them. */
const GENITIVES = new Set([
  'des',
  'eines',
  'unseres',
  'ihres',
  'meines',
  'deines',
  'eures',
  'dieses',
  'jedes',
  'der',
  'unserer',
  'ihrer',
  'meiner',
  'deiner',
]);
/** Prepositions that attach a phrase to the noun before it ("das Budget von 80.000 Euro"). */
const NOUN_ATTACHMENTS = new Set(['von', 'für', 'über', 'aus']);
/** Words that never start a finite verb: a lower-case word after a cut that is one of these is not the verb. */
const PREPOSITIONS = new Set(
  'ab an auf aus bei bis durch für gegen in im am mit nach ohne seit um unter von vor zu zum zur über wegen trotz während'.split(
    ' ',
  ),
);
const NOT_VERBS = new Set([
  ...DE_DETERMINERS,
  ...DE_SUBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...'und oder aber denn sondern doch noch schon nur auch bereits jetzt dann hier dort so nicht heute morgen gestern leider bitte gern gerne dabei damit davon dafür darüber darauf daher deshalb deswegen trotzdem immer nie oft öfter sehr gerade erst wieder kaum fast ganz gar etwa eben halt mal einfach wirklich wie wo was wer warum wieso weshalb ob dass als wenn weil falls obwohl sobald bevor nachdem'.split(
    ' ',
  ),
]);

const isNumber = (p: Piece) => /^\d/.test(p.text);
/** Finite auxiliaries and modals: never an adjective inside a noun phrase. */
const FINITE_FORMS = new Set(
  'habe hast hat haben habt hatte hatten bin bist ist sind seid war waren wird werden werdet wurde wurden kann kannst können könnt konnte muss musst müssen müsst musste soll sollst sollen sollt will willst wollen wollt darf dürfen'.split(
    ' ',
  ),
);

/**
 * The end (exclusive) of a simple noun phrase starting at `at`: determiner,
 * adjectives or numbers, a capitalised noun, and one attached phrase ("von
 * 80.000 Euro"); -1 when none starts there.
 */
/** Words that carry an attached phrase on past its noun. */
const PHRASE_GOES_ON = new Set(['und', 'oder', 'zu', 'bis', 'sowie']);

export function nounPhraseEnd(pieces: readonly Piece[], at: number): number {
  let i = at;
  const first = pieces[i];
  if (!first?.word) return -1;
  // "Sie", "Ihnen": capitalised, but pronouns, not nouns.
  if (PERSONAL.has(first.folded) && !DE_DETERMINERS.has(first.folded)) return -1;
  if (DE_DETERMINERS.has(first.folded)) i++;
  while (i < pieces.length) {
    const p = pieces[i] as Piece;
    // Quotation marks around a word of the phrase belong to it (scare quotes: „Vorarbeiten“).
    if (!p.word && /^[„“”"'‘’‚»«]+$/.test(p.text)) {
      i++;
      continue;
    }
    if (!p.word) return -1;
    if (isCapitalised(p) && !isNumber(p)) {
      i++;
      break;
    }
    if (NOT_VERBS.has(p.folded) && !isNumber(p)) return -1;
    // "ihr habt …": a finite verb after it makes the word a pronoun, not a determiner.
    if (FINITE_FORMS.has(p.folded)) return -1;
    i++;
  }
  while (/^[„“”"'‘’‚»«]+$/.test(pieces[i]?.text ?? '')) i++;
  const noun = pieces.slice(at, i).filter((p) => p.word);
  if (noun.length === 0 || !isCapitalised(noun[noun.length - 1] as Piece)) return -1;
  const next = pieces[i];
  // A genitive after the noun belongs to it: "die Statikberechnung unseres Ingenieurs".
  if (next?.word && GENITIVES.has(next.folded)) {
    let j = i + 1;
    while (
      j < pieces.length &&
      (pieces[j] as Piece).word &&
      !isCapitalised(pieces[j] as Piece) &&
      !NOT_VERBS.has((pieces[j] as Piece).folded) &&
      !FINITE_FORMS.has((pieces[j] as Piece).folded)
    )
      j++;
    if (j < pieces.length && isCapitalised(pieces[j] as Piece)) return j + 1;
  }
  if (next?.word && NOUN_ATTACHMENTS.has(next.folded)) {
    let j = i + 1;
    if (pieces[j]?.word && DE_DETERMINERS.has((pieces[j] as Piece).folded)) j++;
    while (j < pieces.length && (pieces[j] as Piece).word && !isCapitalised(pieces[j] as Piece)) {
      if (!isNumber(pieces[j] as Piece) && NOT_VERBS.has((pieces[j] as Piece).folded)) return i;
      j++;
    }
    // A phrase that goes on ("von Runde zu Runde", "für Oktober und November") may belong to the verb: left where it is.
    if (j < pieces.length && isCapitalised(pieces[j] as Piece)) {
      // A number right after the attached noun is part of its name: "für Windows 10", "in Halle 3".
      const named = pieces[j + 1] && isNumber(pieces[j + 1] as Piece) ? j + 2 : j + 1;
      return PHRASE_GOES_ON.has(pieces[named]?.folded ?? '') ? i : named;
    }
    // An amount as the attached phrase: "der Rabatt von 15 %".
    if (isNumber(pieces[j - 1] as Piece) && /^[%€$£]$/.test(pieces[j]?.text ?? '')) return j + 1;
  }
  return i;
}

/** Whether a lower-case word at the front of what is left can be the finite verb. */
export function looksFinite(p: Piece): boolean {
  if (!p.word || isCapitalised(p) || NOT_VERBS.has(p.folded)) return false;
  // Auxiliaries and modals whose endings say nothing ("sind", "war", "wird", "muss", "soll").
  if (FINITE_FORMS.has(p.folded)) return true;
  // A strong past form the lemma tables know as a verb ("kam" → kommen, "traf" → treffen).
  const strong = p.lemma !== p.folded && /(?:en|ern|eln)$/.test(p.lemma) && !/^ge/.test(p.folded);
  return strong || /(?:e|t|st|en|n)$/.test(p.folded);
}

/**
 * After a cut at the start of a main clause the finite verb may come first
 * ("benötigen wir …"): move its subject in front of it. Returns null when the
 * subject is not a pronoun or a simple noun phrase right after the verb (and
 * its clitics), so the caller offers nothing rather than a broken sentence.
 * Pieces that already start with a subject are returned as they are.
 */
/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE = /^(?:der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|welchen|welchem)$/;

export function verbSecond(pieces: readonly Piece[]): Piece[] | null {
  const first = pieces[0];
  if (!first?.word) return null;
  if (!looksFinite(first)) return [...pieces];
  let i = 1;
  const clitics: number[] = [];
  while (pieces[i]?.word && CLITICS.has((pieces[i] as Piece).folded)) clitics.push(i++);
  const subject = pieces[i];
  if (!subject?.word) return null;
  // A noun phrase first ("das Finanzamt"), else a pronoun ("wir", "es"; "das" alone).
  let end = nounPhraseEnd(pieces, i);
  if (end < 0 && DE_SUBJECT_PRONOUNS.has(subject.folded)) end = i + 1;
  if (end < 0 && clitics.length === 0 && PREPOSITIONS.has(subject.folded)) {
    // No subject right after the verb, but a phrase: that phrase takes the front ("trägt in der ersten Instanz …" → "In der ersten Instanz trägt …").
    const phrase = nounPhraseEnd(pieces, i + 1);
    if (phrase < 0) return null;
    const fronted = pieces.slice(i, phrase).map((p, k) => (k === 0 ? { ...p, gap: '' } : p));
    return [...fronted, { ...first, gap: ' ' }, ...pieces.slice(phrase)];
  }
  if (end < 0) return null;
  // A relative clause belongs to its noun ("Therapiestunden, die nicht … abgesagt werden, werden …"): it moves
  // with it up to its closing comma; one that runs to the sentence's end leaves no place for the verb.
  if (pieces[end]?.text === ',' && RELATIVE.test(pieces[end + 1]?.folded ?? '')) {
    const close = pieces.findIndex((p, k) => k > end + 1 && p.text === ',');
    if (close < 0) return null;
    end = close + 1;
  }
  const moved = pieces.slice(i, end).map((p, k) => (k === 0 ? { ...p, gap: '' } : p));
  const verb = { ...first, gap: ' ' };
  return [...moved, verb, ...pieces.slice(1, i), ...pieces.slice(end)];
}

/**
 * Whether the pieces open a German main clause: a subject and the finite verb
 * ("Wir benötigen …", "Die alte Software läuft …"), or a fronted phrase and the
 * verb before its subject ("Ohne Zahlen kann ich …").
 */
export function opensMainClause(pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  if (!first?.word) return false;
  if (PREPOSITIONS.has(first.folded)) {
    const end = nounPhraseEnd(pieces, 1);
    if (end < 0) return false;
    const subject = pieces[end + 1]?.folded ?? '';
    return (
      looksFinite(pieces[end] as Piece) && (DE_SUBJECT_PRONOUNS.has(subject) || nounPhraseEnd(pieces, end + 1) > 0)
    );
  }
  // An adverb in front, then the verb and its subject: "Leider ist die Auflösung …".
  {
    const verb = pieces[1];
    const subject = pieces[2];
    if (
      verb &&
      subject?.word &&
      NOT_VERBS.has(first.folded) &&
      !DE_DETERMINERS.has(first.folded) &&
      !DE_SUBJECT_PRONOUNS.has(first.folded) &&
      FINITE_FORMS.has(verb.folded) &&
      (DE_SUBJECT_PRONOUNS.has(subject.folded) || nounPhraseEnd(pieces, 2) > 0)
    )
      return true;
  }
  let i = nounPhraseEnd(pieces, 0);
  if (i < 0 && DE_SUBJECT_PRONOUNS.has(first.folded)) i = 1;
  // The subject may carry a phrase of its own before the verb ("Parkett im Bad ist …").
  if (i > 0 && PREPOSITIONS.has(pieces[i]?.folded ?? '')) {
    const phrase = nounPhraseEnd(pieces, i + 1);
    if (phrase > 0) i = phrase;
  }
  // … or a relative clause, between commas ("Termine, die nicht abgesagt werden, werden …").
  if (i > 0 && pieces[i]?.text === ',' && RELATIVE.test(pieces[i + 1]?.folded ?? '')) {
    const close = pieces.findIndex((p, k) => k > i + 1 && p.text === ',');
    if (close > 0) i = close + 1;
  }
  return i > 0 && i < pieces.length && looksFinite(pieces[i] as Piece);
}

/** "ss" in a folded lemma that is "ß" in writing (folding lost it): schließen, gießen, stoßen … */
const SHARP_S = /(schlie|gie|hei|sto|flie|genie|bei|rei|schie|grü|bü|spie|verdrie)ss(en)$/;

/** A folded infinitive as written: "abschliessen" → "abschließen". */
export function spelledInfinitive(lemma: string): string {
  return lemma.replace(SHARP_S, '$1ß$2');
}

/** The form of a subjunctive auxiliary ("müsste", "würde", "könnte") that agrees with the subject. */
export function agree(stem: 'müsst' | 'würd' | 'könnt' | 'hätt' | 'wär', subject: string, plural: boolean): string {
  switch (subject) {
    case 'ich':
      return `${stem}e`;
    case 'du':
      return `${stem}est`;
    case 'ihr':
      return `${stem}et`;
    case 'wir':
    case 'sie':
      return `${stem}en`;
    default:
      return plural ? `${stem}en` : `${stem}e`;
  }
}

const SEPARABLE_START =
  /^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|nieder|vor|weg|zu|zurück|zusammen)\p{L}{3,}$/u;

const COORDINATORS = /^(?:und|oder|sowie|sondern)$/;

/**
 * Where the phrase that opens a subordinate clause ends: the subject ("das
 * Büro", "das" alone, "die Kette und die Kassette") or a phrase with a
 * preposition ("im November"); -1 when neither opens it.
 */
function frontEnd(clause: readonly Piece[]): number {
  const first = clause[0] as Piece;
  const phrase = nounPhraseEnd(clause, 0);
  if (phrase > 0 && COORDINATORS.test(clause[phrase]?.folded ?? '')) {
    const second = nounPhraseEnd(clause, phrase + 1);
    return second > 0 ? second : -1;
  }
  if (phrase > 0) return phrase;
  if (DE_SUBJECT_PRONOUNS.has(first.folded)) return 1;
  return PREPOSITIONS.has(first.folded) ? nounPhraseEnd(clause, 1) : -1;
}

/**
 * A subordinate clause (without its "dass") as a main clause: "Sie … gemeldet
 * haben" → "Sie haben … gemeldet", "die Baustelle um fünf schließt" → "Die
 * Baustelle schließt um fünf", "im November … kaum noch Licht ist" → "Im
 * November ist … kaum noch Licht". The subject or a phrase with a preposition
 * must open it and the finite verb close it; null otherwise.
 */
export function mainClause(clause: readonly Piece[]): Piece[] | null {
  if (!clause[0]?.word) return null;
  const subjectEnd = frontEnd(clause);
  if (subjectEnd <= 0 || subjectEnd > clause.length - 1) return null;
  return verbAfter(clause.slice(0, subjectEnd), clause.slice(subjectEnd));
}

/**
 * `front`, then the finite verb that closes `rest`, then the rest of it: "die
 * Zahlung" + "nach sieben Wochen eingegangen ist" → "die Zahlung ist nach
 * sieben Wochen eingegangen"; null where that verb cannot simply move.
 */
export function verbAfter(front: readonly Piece[], rest: readonly Piece[]): Piece[] | null {
  // "… kommt und bleibt": two verbs joined, and the one at the end is not the only finite one.
  if (rest.some((p) => COORDINATORS.test(p.folded))) return null;
  const last = rest.length - 1;
  const finite = rest[last];
  // A separable verb ("mitteilen", "aufklären") splits in a main clause ("teilen … mit"): not attempted.
  if (!finite?.word || SEPARABLE_START.test(finite.folded)) return null;
  // "… haben stehen lassen": the finite verb stands before two infinitives, not at the end; not attempted.
  const third = rest[last - 2];
  if (third?.word && /^(?:haben|werden)$/.test(third.lemma) && /en$/.test(rest[last - 1]?.folded ?? '')) return null;
  return [...front, { ...finite, gap: ' ' }, ...rest.slice(0, last)];
}

/**
 * How a German sentence itself addresses the reader ("ihr zahlt", "dich", "Ihr übertreibt"), else
 * `fallback` (the draft's form). "Ihr Konto" is the polite possessive; "ihr" is the plural "you" only
 * in lower case inside the sentence, or at its start before a verb in lower case.
 */
export function formSaid(pieces: readonly Piece[], fallback: 'sie' | 'du' | 'ihr'): 'sie' | 'du' | 'ihr' {
  const plural = (p: Piece, k: number) =>
    p.folded === 'ihr' && ((k > 0 && p.text === 'ihr') || (k === 0 && /^\p{Ll}\p{L}*t$/u.test(pieces[1]?.text ?? '')));
  if (pieces.some((p, k) => plural(p, k) || /^(?:euch|euer|eure[mnrs]?)$/.test(p.folded))) return 'ihr';
  if (pieces.some((p) => /^(?:du|dich|dir|dein[emnrs]?)$/.test(p.folded))) return 'du';
  if (pieces.some((p) => p.text === 'Sie' || p.text === 'Ihnen')) return 'sie';
  return imperativeForm(pieces) ?? fallback;
}

/** Words after a bare stem that show it is an imperative ("Schick mir …", "Ruf bitte …"). */
const AFTER_IMPERATIVE = new Set(['mir', 'uns', 'bitte', 'mal', 'doch', 'endlich', 'jetzt', 'sofort']);

/**
 * The form an imperative at the sentence's start speaks in, where no pronoun says it: "Überweis bitte …",
 * "Bitte schicke …" (du), "Schickt uns …" (ihr); null for "Schicken Sie …" or no imperative.
 */
function imperativeForm(pieces: readonly Piece[]): 'du' | 'ihr' | null {
  const at = pieces[0]?.folded === 'bitte' ? 1 : 0;
  const verb = pieces[at];
  const next = pieces[at + 1];
  // The imperative's object or "bitte" after it ("Schick mir …", "Überweis bitte die …"); "Danke für …" is none.
  if (!verb?.word || verb.folded === 'danke' || !next?.word) return null;
  // "Lasst uns …": a suggestion to the group, said in "ihr" ("Lass uns …" is "du", by its stem below).
  if (verb.folded === 'lasst' && next.folded === 'uns') return 'ihr';
  if (!AFTER_IMPERATIVE.has(next.folded) && !/^(?:die|das|den|dem|ein|eine|einen|meine|unsere)$/.test(next.folded))
    return null;
  const lemma = verb.lemma;
  if (lemma !== verb.folded && /en$/.test(lemma)) {
    // A separable verb's lemma carries its particle at the front ("anrufen" for "Ruf … an").
    const stemOf = (form: string) => lemma.endsWith(`${form}en`) || lemma.endsWith(`${form}n`);
    if (stemOf(verb.folded) || (verb.folded.endsWith('e') && stemOf(verb.folded.slice(0, -1)))) return 'du';
    // "Kommt die Lieferung nicht, …", "Liegt mir … vor, …" are conditions in the third person: "ihr" only before "bitte".
    if (
      verb.folded.endsWith('t') &&
      stemOf(verb.folded.slice(0, -1)) &&
      /^(?:bitte|mal|doch|endlich)$/.test(next.folded)
    )
      return 'ihr';
    return null;
  }
  // "Bitte zahl die …": a bare stem in lower case after "Bitte" (not "Bitte zahlen Sie", not "zahlt").
  if (at === 1 && /^\p{Ll}/u.test(verb.text) && !/(?:en|t)$/.test(verb.folded)) return 'du';
  return lemma === verb.folded && AFTER_IMPERATIVE.has(next.folded) ? 'du' : null;
}
