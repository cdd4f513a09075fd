// Verdicts on the reader's work ("Ihr Konzept ist unausgegoren", "the report
// is a mess") said as the writer's view of where the work stands: "… ist aus
// meiner Sicht noch nicht ausgereift", "I don't think the report is quite there
// yet". The subject and what follows the verdict stay as written; a view of
// the work in the present is followed by the offer to look at it together.

import { fold } from '../tokenize';
import { findPhrase, type RewriteInput, type Strategy } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { OPPOSITES } from './opposites';
import { clauseEnd, lowerFirst, type Piece, render, words } from './pieces';
import { whatToChange, withoutContempt, writersRelative } from './work-verdict';

const COPULA: Record<string, { tense: 'present' | 'past'; plural: boolean }> = {
  ist: { tense: 'present', plural: false },
  sind: { tense: 'present', plural: true },
  war: { tense: 'past', plural: false },
  waren: { tense: 'past', plural: true },
  is: { tense: 'present', plural: false },
  are: { tense: 'present', plural: true },
  was: { tense: 'past', plural: false },
  were: { tense: 'past', plural: true },
};
/** The next step after a view of the reader's work: looking at it together. */
export const LOOK_TOGETHER: Record<RewriteInput['language'], string> = {
  de: 'Wollen wir uns das gemeinsam noch einmal ansehen?',
  en: 'Shall we go through this together?',
};
/** The next step after a view of work that is done: what to do the next time, together. */
const NEXT_TIME: Record<RewriteInput['language'], string> = {
  de: 'Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?',
  en: 'Shall we talk through how we approach it next time?',
};
/** Subjects that are a service or someone's conduct, not a piece of work to look at together ("Ihre Ausrede", "your response time"). */
const NOT_WORK =
  /^(?:\p{L}*service|hotline|helpline|ausrede|excuse|antwort|answer|reply|reaktion\p{L}*|response|umgang|way|attitude|verhalten|ton|tone|behaviou?r|art)$/u;

/**
 * Whether the verdict is on a piece of work the two could look at together: a
 * subject with a noun (or "Das"/"this"/"it" with a verdict that has an opposite), not a service or conduct,
 * and a verdict other than "not acceptable" (which has no "yet").
 */
function isWork(subject: readonly Piece[], stands: string | null, predicate: readonly Piece[]): boolean {
  const nouns = subject.filter((p) => p.word && !/^(?:das|dies|es|this|that|it|they|these|those|what)$/.test(p.folded));
  // "Das ist handwerklich …": an aspect of craft in the verdict says a pronoun stands for work.
  const craft = predicate.some((p) => IS_CRAFT.has(p.folded));
  // "Frankly, it's unusable": a pronoun with a verdict that has an opposite stands for the work talked about.
  if ((nouns.length === 0 && !craft && !stands) || subject.some((p) => NOT_WORK.test(p.folded))) return false;
  return !/\b(?:acceptable|akzeptabel|in ordnung)\b/i.test(stands ?? '');
}
/** Words that only sharpen the verdict: they go. */
const INTENSIFIERS = new Set(
  'völlig total absolut komplett echt wirklich ziemlich sehr so einfach schlicht gänzlich ganz äußerst extrem ehrlich gesagt leider utterly completely totally absolutely really quite very so simply just frankly entirely'.split(
    ' ',
  ),
);
/** The opposites keyed as words are folded ("mittelmäßig" → "mittelmässig"). */
const OPPOSITE = new Map(Object.entries(OPPOSITES).map(([word, opposite]) => [fold(word), opposite]));

const EN_DETERMINERS = new Set(
  'the your this that these those our my their his her a an what whatever whoever everything'.split(' '),
);

const JOINS = new Set(['und', 'and', 'aber', 'but', 'sondern', 'weil', 'because', 'so', 'since']);
const CLAUSE_OPENERS = new Set(
  'ich wir du ihr sie er es das die der man i we you they it he she there the this that these those your our my wurde wurden sind ist haben hat war waren were was have has had'.split(
    ' ',
  ),
);

/** The predicate ends at the clause's end, or at a conjunction that opens a clause of its own ("… and the numbers …"). */
function predicateEnd(pieces: readonly Piece[], from: number, language: RewriteInput['language']): number {
  const end = clauseEnd(pieces, from);
  for (let i = from; i < end - 1; i++) {
    const p = pieces[i] as Piece;
    const next = pieces[i + 1] as Piece;
    if (
      p.word &&
      JOINS.has(p.folded) &&
      next.word &&
      (CLAUSE_OPENERS.has(next.folded) || (language === 'en' && /^it'|^they'|^we'/.test(next.folded)))
    )
      return i;
  }
  return end;
}

/** The subject (pieces before the copula, from the sentence's start) and the predicate up to the clause's end. */
const QUOTE_MARK = /^[„“”"'‘’‚»«]+$/;
const RELATIVES = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'which', 'that', 'who', 'whom']);
/** "it's", "that's", "they're": a pronoun and its copula in one word. */
const FUSED = /^(it|that|this|they|these|those)'(s|re)$/;

/** The pieces with a fused pronoun and copula ("it's") split in two. */
export function unfused(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const m = FUSED.exec(p.folded.replace('’', "'"));
    if (!m) {
      out.push(p);
      continue;
    }
    const cut = p.text.length - (m[2] as string).length - 1;
    out.push({ ...p, text: p.text.slice(0, cut), folded: m[1] as string, lemma: m[1] as string });
    const copula = m[2] === 's' ? 'is' : 'are';
    out.push({ ...p, text: p.text.slice(cut), folded: copula, lemma: 'be', gap: '' });
  }
  return out;
}

/** Where the subject (from the sentence's start, a relative clause allowed) ends at a copula, and the predicate. */
function parts(pieces: readonly Piece[], input: RewriteInput): { copula: number; end: number; aside: number } | null {
  const { language, cue } = input;
  for (let c = 1; c < Math.min(pieces.length, cue.to + 3); c++) {
    const p = pieces[c] as Piece;
    if (!p.word || !COPULA[p.folded]) continue;
    const phrase = language === 'de' ? nounPhraseEnd(pieces, 0) : -1;
    const pronoun =
      c === 1 &&
      ['das', 'dies', 'es', 'this', 'that', 'it', 'these', 'those', 'they'].includes((pieces[0] as Piece).folded);
    // "Das Material, das Ihr Vertrieb geliefert hat, ist …": the relative clause belongs to the subject.
    const relative =
      pieces[c - 1]?.text === ',' &&
      pieces.slice(0, c - 1).filter((q) => q.text === ',').length === 1 &&
      RELATIVES.has(pieces[pieces.findIndex((q) => q.text === ',') + 1]?.folded ?? '');
    // Quotation marks may stand in the subject (scare quotes: „Vorarbeiten“); other marks end it.
    const words = !pieces.slice(0, c).some((q) => !q.word && !QUOTE_MARK.test(q.text));
    // German: a noun phrase, or one with what follows it ("Ihre Vorarbeiten im Bad", "Die Verkabelung dort").
    const plain =
      language === 'de'
        ? phrase === c || (words && c <= 7 && DE_DETERMINERS.has((pieces[0] as Piece).folded) && phrase > 0)
        : words;
    if (!plain && !pronoun && !relative) return null;
    // An aside right after the copula goes with the sharpness ("ist, mit Verlaub, …", "are, frankly, …").
    let aside = 0;
    if (pieces[c + 1]?.text === ',') {
      const close = pieces.findIndex((q, i) => i > c + 1 && q.text === ',');
      if (close > 0 && close - c - 2 <= 3) aside = close - c;
    }
    return { copula: c, end: predicateEnd(pieces, c + 1 + aside, language), aside };
  }
  return null;
}

/** Aspects of a piece of work a verdict may name ("handwerklich", "technically"). */
const CRAFT = ['inhaltlich', 'handwerklich', 'gestalterisch', 'technisch', 'sprachlich', 'formal', 'technically'];
const IS_CRAFT: ReadonlySet<string> = new Set(CRAFT);
/** Words that narrow a verdict and stay: "in Teilen falsch", "partly wrong". */
const QUALIFIERS = new Set([
  'in',
  'teilen',
  'teilweise',
  'stellenweise',
  'zum',
  'teil',
  'an',
  'mehreren',
  'einigen',
  'stellen',
  ...CRAFT,
  'partly',
  'parts',
  'places',
  'somewhat',
  'several',
]);
/** Nouns that only repeat the verdict of the adjective before them. */
const VERDICT_NOUNS = new Set([
  'nonsense',
  'rubbish',
  'garbage',
  'junk',
  'mess',
  'unsinn',
  'quatsch',
  'murks',
  'pfusch',
  'chaos',
]);
/** Phrases that only sweep the verdict wider: they go with it. */
const SWEEPING = [
  'von vorne bis hinten',
  'durch und durch',
  'von a bis z',
  'from start to finish',
  'through and through',
  'from top to bottom',
];
const JOINERS = new Set(['und', 'and', 'oder', 'or', ',']);
const TOO: Record<RewriteInput['language'], string> = { de: 'zu', en: 'too' };
/**
 * Prepositions whose phrase in a verdict says where or for what it holds ("für den Druck", "in this form"): it
 * stays. Narrower than german.ts's list: "zu" there is the verdict's "zu lang" here.
 */
const PREPOSITIONS = new Set(
  'für in im auf bei mit nach ohne zum zur am unter for on at with without under as'.split(' '),
);
const NEGATIONS = new Set(['nicht', 'not']);

/** The opposite of a negated word ("nicht brauchbar" → "verwendbar", "not usable" → "usable"), from its negative's entry. */
const negatedOpposite = (word: string) => OPPOSITE.get(`un${word}`) ?? OPPOSITE.get(`in${word}`);

/** Verdict nouns and the like that carry no concrete point: only these get the general "not convinced yet". */
const BARE =
  /^(?:ein|eine|einer|a|an|the|total|complete|absolute|einziges|einzige|einziger|reine|reiner|reines|pure|utter)$/;

/**
 * The predicate said as where the work stands: each verdict with an opposite
 * as "noch nicht …", each "zu lang" as "noch zu lang"; null when a word has
 * neither (the point would be lost).
 */
function whereItStands(predicate: readonly Piece[], language: RewriteInput['language'], past: boolean): string | null {
  // Of past work "not yet" makes no sense: it was not ("war nicht gründlich genug").
  const not = language === 'de' ? (past ? 'nicht' : 'noch nicht') : past ? 'not' : 'not yet';
  const still = language === 'de' ? (past ? 'zu' : 'noch zu') : past ? 'too' : 'still too';
  const out: string[] = [];
  const said = new Set<string>();
  // Inside a prepositional phrase, words without an opposite stay as written ("für den Druck in dieser Form").
  let phrase = false;
  let toos = 0;
  for (let i = 0; i < predicate.length; i++) {
    const p = predicate[i] as Piece;
    if (!p.word || JOINERS.has(p.folded)) {
      if (out.length > 0) out.push(p.text);
      phrase = false;
      continue;
    }
    if (PREPOSITIONS.has(p.folded) && !QUALIFIERS.has(p.folded)) {
      out.push(p.text);
      phrase = true;
      continue;
    }
    const negated = NEGATIONS.has(p.folded) ? negatedOpposite(predicate[i + 1]?.folded ?? '') : undefined;
    if (negated) {
      // "nicht brauchbar" is the verdict "unbrauchbar" in two words.
      if (!said.has(negated)) out.push(`${not} ${negated}`);
      said.add(negated);
      phrase = false;
      i++;
      // "not fit for purpose" → "fit for purpose": words the opposite already says are not said twice.
      const more = negated.split(' ').slice(1);
      if (more.length > 0 && more.every((w, k) => predicate[i + 1 + k]?.folded === fold(w))) i += more.length;
      continue;
    }
    if (phrase && !OPPOSITE.has(p.folded)) {
      out.push(p.text);
      continue;
    }
    phrase = false;
    if (p.folded === TOO[language] && predicate[i + 1]?.word) {
      toos++;
      out.push(`${still} ${(predicate[i + 1] as Piece).text}`);
      i++;
      continue;
    }
    // Qualifiers stay as written ("in Teilen", "partly").
    if (QUALIFIERS.has(p.folded)) {
      // "in dieser Form": a qualifier that is a preposition opens a phrase too.
      phrase ||= PREPOSITIONS.has(p.folded);
      out.push(p.text);
      continue;
    }
    // A verdict noun after an adjective with an opposite says nothing more ("unbuildable nonsense").
    if (VERDICT_NOUNS.has(p.folded) && OPPOSITE.has(predicate[i - 1]?.folded ?? '')) continue;
    const opposite = OPPOSITE.get(p.folded);
    if (!opposite) return null;
    // Two verdicts with one opposite ("wirr und konfus") say it once.
    if (said.has(opposite)) {
      if (out.length > 0 && JOINERS.has(fold(out[out.length - 1] as string))) out.pop();
      continue;
    }
    said.add(opposite);
    out.push(`${not} ${opposite}`);
  }
  if (said.size === 0 && !toos) return null;
  // A list that lost its "und" to a repeated opposite closes with it again ("knapp genug und klar genug").
  const and = predicate.find((p) => p.folded === 'und' || p.folded === 'and');
  const comma = out.lastIndexOf(',');
  if (and && comma > 0 && !out.some((w) => w === and.text)) out[comma] = ` ${and.text}`;
  return out.join(' ').replace(/ ,/g, ',').replace(/ {2}/g, ' ');
}

/**
 * Verdicts on conduct, not on work: no opposite says what was wanted instead ("respektlos", "rude").
 * Not "frech", "dreist", "outrageous": said of a price they mean "too high", which "ärgert mich" would lose.
 */
const CONDUCT = new Set(
  'respektlos unverschämt herablassend unhöflich beleidigend anmassend übergriffig rücksichtslos taktlos abfällig verletzend arrogant überheblich ruppig pampig patzig unfreundlich disrespectful rude insulting condescending patronising patronizing arrogant impertinent offensive hurtful unfriendly impolite obnoxious hostile frechheit unverschämtheit dreistigkeit zumutung unverfrorenheit affront insult impertinence cheek'.split(
    ' ',
  ),
);
const isOutOfLine = (judged: readonly Piece[]) => judged.map((p) => p.folded).join(' ') === 'out of line';

/** "hat mich geärgert", "upset me": how the conduct landed, agreeing with the subject and the copula's tense. */
function howItLanded(
  language: RewriteInput['language'],
  writer: RewriteInput['writer'],
  form: { tense: 'present' | 'past'; plural: boolean },
): string {
  if (language === 'en') {
    const me = writer === 'wir' ? 'us' : 'me';
    return form.tense === 'present' && !form.plural ? `upsets ${me}` : `upset ${me}`;
  }
  const me = writer === 'wir' ? 'uns' : 'mich';
  if (form.tense === 'present') return `${form.plural ? 'ärgern' : 'ärgert'} ${me}`;
  return `${form.plural ? 'haben' : 'hat'} ${me} geärgert`;
}

/** German candour in front of a verb-second verdict ("Ehrlich gesagt ist das …"): it goes with the verdict. */
const FRONT_CANDOUR = [
  'ehrlich gesagt',
  'offen gesagt',
  'offen gestanden',
  'mit verlaub',
  'gelinde gesagt',
  'ehrlicherweise',
];
/** Prepositions that open a fronted phrase of place or form ("In dieser Form ist …"): it stays, after the copula. */
const FRONT_PLACE = new Set(['in', 'im', 'für', 'bei', 'auf', 'nach', 'so']);

/**
 * A German verdict with something in front of its copula ("Ehrlich gesagt ist das so halbgar", "In dieser Form
 * ist die Liste unbrauchbar") with its subject first: candour dropped, a phrase of place or form kept after the
 * copula ("Die Liste ist in dieser Form …"). Null for any other order.
 */
function subjectFirst(pieces: readonly Piece[]): { pieces: Piece[]; dropped: Piece[] } | null {
  const c = pieces.findIndex((p, i) => i > 0 && i <= 5 && p.word && COPULA[p.folded] !== undefined);
  if (c < 1 || pieces.slice(0, c).some((p) => !p.word)) return null;
  const front = pieces.slice(0, c);
  const candour = findPhrase(front, FRONT_CANDOUR);
  const candid = candour !== null && candour.at === 0 && candour.end === c;
  if (!candid && !FRONT_PLACE.has((front[0] as Piece).folded)) return null;
  const head = pieces[c + 1];
  const end = head && /^(?:das|dies|es)$/.test(head.folded) ? c + 2 : nounPhraseEnd(pieces, c + 1);
  if (end < 0 || !pieces[end]?.word) return null;
  const subject = pieces
    .slice(c + 1, end)
    .map((p, i) => (i === 0 ? { ...p, gap: '', text: p.text.charAt(0).toUpperCase() + p.text.slice(1) } : p));
  const kept = candid ? [] : front.map((p, i) => (i === 0 ? { ...lowerFirst(p), gap: ' ' } : p));
  return {
    pieces: [...subject, { ...(pieces[c] as Piece), gap: ' ' }, ...kept, ...pieces.slice(end)],
    dropped: candid ? front : [],
  };
}

/** Sentence adverbs that only sharpen a verdict before it ("Honestly, it's unusable"). */
const BLUNT = new Set(['honestly', 'frankly', 'seriously', 'ehrlich', 'offen', 'sorry', 'ehrlicherweise', 'sorry']);

/** A contemptuous adjective before the reader's work dropped, with the next step (work-verdict.ts). */
export const dropContempt: Strategy = (input) => {
  if (!input.ruleId.includes('harsh')) return [];
  const found = withoutContempt(input);
  return found ? [found] : [];
};

export const softenVerdict: Strategy = (input) => {
  const { language, writer } = input;
  let pieces = unfused(input.pieces);
  // "Sorry, aber …", "Honestly, …": the blunt opener goes with the verdict.
  const bluntEnd =
    BLUNT.has(pieces[0]?.folded ?? '') && pieces[1]?.text === ','
      ? /^(?:aber|but)$/.test(pieces[2]?.folded ?? '')
        ? 3
        : 2
      : 0;
  const blunt = pieces.slice(0, bluntEnd);
  pieces = pieces.slice(blunt.length);
  let found = parts(pieces, input);
  // German verb-second with the candour or the place in front ("Ehrlich gesagt ist das …"): the subject first.
  const moved = found || language !== 'de' ? null : subjectFirst(pieces);
  if (moved) {
    pieces = moved.pieces;
    blunt.push(...moved.dropped);
    found = parts(pieces, input);
  }
  if (!found) return [];
  const { copula, aside } = found;
  let { end } = found;
  // A list of verdicts goes on after a comma ("langatmig, wirr und konfus").
  while (pieces[end]?.text === ',' && OPPOSITE.has(pieces[end + 1]?.folded ?? ''))
    end = predicateEnd(pieces, end + 1, language);
  const form = COPULA[(pieces[copula] as Piece).folded] as (typeof COPULA)[string];
  let span = pieces.slice(copula + 1 + aside, end);
  for (let found = findPhrase(span, SWEEPING); found; found = findPhrase(span, SWEEPING))
    span = [...span.slice(0, found.at), ...span.slice(found.end)];
  const predicate = span.filter(
    (p) => !INTENSIFIERS.has(p.folded) && p.folded !== 'viel' && p.folded !== 'far' && p.folded !== 'way',
  );
  const past = form.tense === 'past';
  const stands = whereItStands(predicate, language, past);
  // The general "not convinced yet" only for a bare verdict the finding points at (its cue lies in the predicate).
  const cueFrom = input.pieces[input.cue.from]?.start ?? -1;
  const cueTo = input.pieces[input.cue.to - 1]?.end ?? -1;
  const predicateFrom = pieces[copula + 1]?.start ?? Number.MAX_SAFE_INTEGER;
  const predicateTo = pieces[end - 1]?.end ?? -1;
  // Only a verdict finding (not blame) whose cue lies in the predicate gets the general form.
  const cueIn = input.ruleId.includes('harsh') && cueFrom < predicateTo && cueTo > predicateFrom;
  // … and only for a noun ("ist Murks", "eine Katastrophe", "a mess"): an adjective without an opposite says something specific.
  const content = predicate.filter((p) => p.word && !BARE.test(p.folded));
  // A noun phrase of up to three words after an article is one too ("a cowboy job", "ein einziges Flickwerk").
  const article = /^(?:a|an|ein|eine|einer|eines)$/.test(predicate[0]?.folded ?? '');
  const noun =
    (content.length === 1 &&
      (VERDICT_NOUNS.has((content[0] as Piece).folded) ||
        (language === 'de' && /^\p{Lu}/u.test((content[0] as Piece).text)) ||
        predicate.some((p) => /^(?:a|an|ein|eine|einer|eines)$/.test(p.folded)))) ||
    (article && content.length <= 3 && content.every((p) => !JOINERS.has(p.folded)));
  const bare = cueIn && noun;
  // "Der Entwurf, den Sie uns geschickt haben, ist …": the relative clause from the writer's side.
  const own = writersRelative(pieces.slice(0, copula), input);
  const subject = own ? own.pieces : pieces.slice(0, copula);
  // "What you call polish …", "Was Sie Renovierung nennen …": the subject mocks already; no view of it is calm.
  if (subject.some((p) => /^(?:call|calls|nennen|nennt|nennst)$/.test(p.folded))) return [];
  const tail = pieces.slice(end);
  // "so halbgar, dass …", "so bad that …": the clause after needs the "so" the verdict loses.
  if (
    span.some((p) => p.folded === 'so' || p.folded === 'such') &&
    /^(?:dass|daß|that)$/.test((tail[0]?.text === ',' ? tail[1] : tail[0])?.folded ?? '')
  )
    return [];
  const dropped = [...blunt, ...pieces.slice(copula + 1, end)].map((p) => p.folded).concat(own?.dropped ?? []);
  const out: Piece[][] = [];
  const copulaWord = pieces[copula] as Piece;
  // A verdict on conduct has no opposite to say instead: the writer says how it landed ("… hat mich geärgert").
  const judged = predicate.filter((p) => p.word && !JOINERS.has(p.folded) && !BARE.test(p.folded));
  const conduct = !stands && judged.length > 0 && (judged.every((p) => CONDUCT.has(p.folded)) || isOutOfLine(judged));
  if (conduct) out.push([...subject, ...words(howItLanded(language, writer, form)), ...tail]);
  else if (language === 'de') {
    const view = writer === 'wir' ? 'aus unserer Sicht' : 'aus meiner Sicht';
    if (stands) out.push([...subject, copulaWord, ...words(`${view} ${stands}`), ...tail]);
    else if (bare) {
      const me = writer === 'wir' ? 'uns' : 'mich';
      const verb =
        form.tense === 'present'
          ? `${form.plural ? 'überzeugen' : 'überzeugt'} ${me} noch nicht`
          : `${form.plural ? 'haben' : 'hat'} ${me} nicht überzeugt`;
      out.push([...subject, ...words(verb), ...tail]);
    }
  } else {
    // The subject moves after "I don't think": it must open with a word that is lower-cased safely (not a name).
    const pronoun = ['it', 'this', 'that', 'these', 'those', 'they'].includes((subject[0] as Piece).folded);
    if (!EN_DETERMINERS.has((subject[0] as Piece).folded) && !pronoun) return [];
    // A pronoun goes lower case too ("I don't think it is …", not "… It is …").
    const head = subject.map((p, i) =>
      i === 0 ? { ...(EN_DETERMINERS.has(p.folded) || pronoun ? lowerFirst(p) : p), gap: ' ' } : p,
    );
    const lead = past ? 'not ' : 'not yet ';
    const single = stands?.startsWith(lead) && !/ (?:and|or) |,/.test(stands) ? stands.slice(lead.length) : null;
    if (single)
      out.push([
        ...words(writer === 'wir' ? "We don't think" : "I don't think"),
        ...head,
        copulaWord,
        // "usable yet as it stands", not "usable as it stands yet"; "usable for print yet" reads well.
        ...words(past ? single : / as /.test(single) ? single.replace(/^(\S+) as /, '$1 yet as ') : `${single} yet`),
        ...tail,
      ]);
    else if (stands)
      out.push([...words(writer === 'wir' ? 'We think' : 'I think'), ...head, copulaWord, ...words(stands), ...tail]);
    else if (bare)
      out.push([
        ...words(writer === 'wir' ? "We don't think" : "I don't think"),
        ...head,
        copulaWord,
        ...words(past ? 'quite right' : 'quite there yet'),
        ...tail,
      ]);
  }
  // No opposite to say instead: what the work still needs, the point to name left to the writer.
  if (out.length === 0 && !conduct && cueIn) {
    const concrete = past ? null : issueFirst(subject, tail, form.plural, language);
    if (concrete) return [{ text: concrete, dropped }];
    const needs = whatToChange(subject, predicate, tail, input, form);
    return needs ? [{ text: needs.text, dropped: [...dropped, ...needs.dropped] }] : [];
  }
  const texts = out.map((p) => render(p.map((q, i) => (i === 0 ? { ...q, gap: '' } : q))));
  // A view of the work alone reads as the same verdict hedged (blind review): the offer to look at it
  // together is the next step. A verdict on conduct has none to offer.
  if (conduct || !isWork(subject, stands, predicate)) return texts.map((text) => ({ text, dropped }));
  // Of work that is done, the next step is the next time ("Die Präsentation war …").
  const step = past ? NEXT_TIME[language] : LOOK_TOGETHER[language];
  const offered = texts.flatMap((text) =>
    /\?/.test(text) ? [] : [{ text: `${text.replace(/[.!…]+$/u, '.')} ${step}`, dropped }],
  );
  // A list after the verdict ("holprig, voller Anglizismen und …") stays beside the view: what the work
  // still needs, the list taken with the verdict, is offered too.
  const listed = cueIn && tail[0]?.text === ',' ? whatToChange(subject, predicate, tail, input, form) : null;
  const more = listed ? [{ text: listed.text, dropped: [...dropped, ...listed.dropped] }] : [];
  if (past) return [...offered, ...more];
  const concrete = cueIn ? issueFirst(subject, tail, form.plural, language) : null;
  return concrete ? [{ text: concrete, dropped }, ...offered, ...more] : [...offered, ...more];
};

/** What the work needs instead of the verdict on it. */
const NEEDS: Record<RewriteInput['language'], [string, string]> = {
  de: ['braucht noch eine Überarbeitung', 'brauchen noch eine Überarbeitung'],
  en: ['needs another pass', 'need another pass'],
};

/**
 * The verdict said as what the work needs, with the concrete issue the
 * sentence names after it and the offer to look at it together: "Ihre
 * Skizze ist völlig unrealistisch, die Treppe passt nie auf 2,10 Meter" →
 * "Ihre Skizze braucht noch eine Überarbeitung – die Treppe passt nicht auf
 * 2,10 Meter. Wollen wir uns das gemeinsam noch einmal ansehen?" Null when
 * no clause of its own follows the verdict.
 */
function issueFirst(
  subject: readonly Piece[],
  tail: readonly Piece[],
  plural: boolean,
  language: RewriteInput['language'],
): string | null {
  const mark = tail[0];
  if (!mark || !/^[,;:–—-]$/.test(mark.text)) return null;
  // The subject is a plain noun phrase ("Zum Exposé: Die Texte" is not).
  if (subject.some((p) => !p.word && !/^['’-]$/.test(p.text))) return null;
  const issue = tail.slice(1).filter((p, i, all) => i < all.length - 1 || !/^[.!…]+$/.test(p.text));
  const wordsIn = issue.filter((p) => p.word);
  // A main clause of its own: a few words, no question or further clause, opened by its subject
  // ("die Treppe …", "ich habe …", "half the rooms …"), not by "weil", "which", a relative "die", "so".
  if (wordsIn.length < 4 || issue.some((p) => !p.word && !/^['’%€$£-]$/.test(p.text))) return null;
  const first = issue[0] as Piece;
  const second = issue[1];
  const opensClause =
    language === 'de'
      ? (DE_DETERMINERS.has(first.folded) && /^\p{Lu}/u.test(second?.text ?? '')) ||
        /^(?:ich|wir|es|man|er)$/.test(first.folded)
      : (EN_DETERMINERS.has(first.folded) && first.folded !== 'that') ||
        /^(?:i|we|it|they|there|half|none|most|some|several)$/.test(first.folded);
  // … with a finite verb: a lower-case word the lemma tables know as an inflected form ("passt", "are").
  // (within its first words: "die Fotos unscharf und der Grundriss fehlt" shares the verdict's "sind").
  const verb = issue.findIndex((p, i) => i > 0 && p.word && p.lemma !== p.folded && /^\p{Ll}/u.test(p.text));
  if (!opensClause || verb < 0 || verb > 3) return null;
  // The finite verb last ("die Leads bringen soll"): a relative clause, not one of its own.
  if (language === 'de' && verb === issue.length - 1) return null;
  const head = render(subject.map((p, i) => (i === 0 ? { ...p, gap: '' } : p)));
  const body = render(issue.map((p, i) => (i === 0 ? { ...p, gap: '' } : p)));
  // After the dash the clause goes on in lower case: its opener is an article or a pronoun, never a noun; "I" stays.
  const clause = /^I\b/.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1);
  return `${head} ${NEEDS[language][plural ? 1 : 0]} – ${clause}. ${LOOK_TOGETHER[language]}`;
}
