// Whom or what a verdict is about: the reader, their work, the writer's own,
// something no one wrote (the weather, the week), or a pointer back at it; and
// whose work the sentences before were about.
import type { SentenceView } from '../document';
import { DEATH, KIN } from '../lexicon/kin';
import { SINGULAR_VERBS } from '../third-person-sie';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { afterCopula, clauseOf, isMark, nextWord, prevWord } from './verdict-clause';
import type { Hit } from './verdict-hits';
import type { Compiled } from './verdict-lookup';

export type Target = 'reader' | 'self' | 'pointer' | 'external' | 'other';

/** Whether the word right after `i` (skipping `skip`) names something no one wrote (the weather, the week). */
function externalAfter(
  c: Compiled,
  tokens: readonly Token[],
  i: number,
  skip: Hit[],
  language: Language,
  bygone = true,
): boolean {
  let seen = 0;
  for (let k = i + 1; k < tokens.length && seen < 3; k++) {
    const t = tokens[k] as Token;
    if (isMark(t)) return false;
    if (!t.word || skip.some((h) => h.first <= k && k <= h.last)) continue;
    seen++;
    // "your response time", "your waiting times": the reader's doing, not the clock's.
    if (isExternal(c, t, language, bygone)) {
      const before = tokens[prevWord(tokens, k)];
      // "Ihre Nachricht ist eine Frechheit": the reader's message; "die Nachricht von …" stays news.
      if (c.ownedByReader.has(t) && before && c.readerPossessives.has(before)) return false;
      return !c.notExternalAfter.has(before);
    }
  }
  return false;
}

/**
 * Whether a word names something no one wrote; German compounds by a last part
 * of five letters or more ("Arbeitswoche"). `bygone`: also what is past and
 * replaced ("die alte Software", "the previous owner"), except after "Ihre/your".
 */
function isExternal(c: Compiled, token: Token, language: Language, bygone = true): boolean {
  if (c.external.has(token) || (bygone && c.bygone.has(token))) return true;
  if (language !== 'de' || !token.word) return false;
  const word = token.folded;
  // "Vitamin-D-Wert": a hyphenated compound by its last part, however short.
  const dash = word.lastIndexOf('-');
  if (dash > 0 && c.external.hasFolded(word.slice(dash + 1))) return true;
  return c.externalParts.some((part) => word.endsWith(part));
}

/** A German "das", "dies" before a capitalised noun is its article or determiner, not a pointer. */
function beforeNoun(tokens: readonly Token[], i: number, language: Language): boolean {
  if (language !== 'de') return false;
  const next = tokens[i + 1];
  if (!next?.word) return false;
  const first = next.text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Whether the word at `i` stands in a phrase attached to work named before it
 * in its clause: "das Aufmaß von letzter Woche", "the translation of our
 * manual", German genitives ("die Pflege meines Vaters"). Such a week or
 * possessive says nothing about whose the work is; "the state of the old
 * building" names no work and stays about the building.
 */
function attached(c: Compiled, tokens: readonly Token[], i: number, language: Language): boolean {
  const [start] = clauseOf(tokens, i);
  const before = prevWord(tokens, i);
  let head = -1;
  // A German noun right before a possessive: a genitive ("die Pflege meines Vaters").
  if (language === 'de' && before >= start && c.selfPossessives.has(tokens[i])) head = before;
  for (let k = before, steps = 0; head < 0 && k > start && steps < 3; k = prevWord(tokens, k), steps++)
    if (c.prepositions.has(tokens[k])) head = prevWord(tokens, k);
  for (let k = head; k >= start; k = prevWord(tokens, k)) if (isWork(c, tokens[k], language)) return true;
  return false;
}

/** "die Ladezeiten eures Shops", "the response times of your team": the time is the reader's doing. */
function readerOwned(c: Compiled, tokens: readonly Token[], i: number): boolean {
  let k = nextWord(tokens, i);
  if (c.prepositions.has(tokens[k])) k = nextWord(tokens, k);
  return c.readerPossessives.has(tokens[k]);
}

/**
 * Whether the sentences before are about things no one made (a week, a storm),
 * not the reader or work: "Was für eine Woche! … Das war chaotisch."
 */
export function aboutExternal(c: Compiled, sentences: readonly (SentenceView | undefined)[]): boolean {
  let external = false;
  for (const sentence of sentences) {
    if (!sentence) continue;
    for (const t of sentence.tokens) {
      if (c.readerPossessives.has(t) || c.readerPronouns.has(t) || isWork(c, t, sentence.language)) return false;
      if (t.word && isExternal(c, t, sentence.language, false)) external = true;
    }
  }
  return external;
}

/** "das Wort von mir", "careless of me": the writer names themselves right after the verdict. */
const OF = new Set(['von', 'of']);

/**
 * A sentence that is only the verdict, its denial and intensifiers ("Nicht
 * akzeptabel.", "Völlig unbrauchbar.", "Not acceptable."): it points back at
 * what came before.
 */
function elliptic(c: Compiled, tokens: readonly Token[], group: Hit[]): boolean {
  return tokens.every(
    (t, k) =>
      !t.word ||
      group.some((h) => h.first <= k && k <= h.last) ||
      c.negators.has(t) ||
      c.praiseDeniers.has(t) ||
      c.intensifiers.has(t) ||
      c.litotes.has(t) ||
      c.light.has(t),
  );
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'habe', 'haben', 'hatte', 'hatten']);

/**
 * Whom the words in [from, to] name first: the reader, the writer, a pointer,
 * something external. `own`: the verdict's own clause, where the writer as
 * subject counts; in earlier clauses only the reader and pointers do.
 */
function firstMarker(
  c: Compiled,
  sentence: SentenceView,
  from: number,
  to: number,
  group: Hit[],
  own: boolean,
): Target | null {
  const { tokens, language } = sentence;
  const first = (group[0] as Hit).first;
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (!t.word || group.some((h) => h.first <= i && i <= h.last)) continue;
    if (c.readerPossessives.has(t)) return externalAfter(c, tokens, i, group, language, false) ? 'external' : 'reader';
    if (c.selfPossessives.has(t)) {
      if (externalAfter(c, tokens, i, group, language)) return 'external';
      // "the translation of our manual", "the way my mother was treated": the writer's thing or person, not their work.
      if (own && !attached(c, tokens, i, language) && !c.people.has(tokens[nextWord(tokens, i)])) return 'self';
      continue;
    }
    if (c.readerPronouns.has(t)) {
      // "Sie war …", "Sie hat …": a verb in the singular makes "Sie" her, not the reader.
      if (t.text === 'Sie' && SINGULAR_VERBS.has(tokens[nextWord(tokens, i)]?.folded ?? '')) continue;
      // "Sie fanden unseren Entwurf …", "you said our draft …": the reader judges, the judged comes later.
      const next = tokens[nextWord(tokens, i)];
      if (c.judging.has(next)) continue;
      return 'reader';
    }
    if (c.selfPronouns.has(t)) {
      // "Ich finde …", "halte ich …", "I think …": the judge, not the judged.
      // "the service we received": the writer got the work, someone else made it.
      // "I have never seen …": the judging word may come after an auxiliary.
      const judge =
        c.judging.has(tokens[nextWord(tokens, i)]) ||
        (c.copulas.has(tokens[nextWord(tokens, i)]) || AUXILIARIES.has(tokens[nextWord(tokens, i)]?.folded ?? '')
          ? c.judging.has(tokens[nextWord(tokens, nextWord(tokens, i))])
          : false) ||
        c.judging.has(tokens[prevWord(tokens, i)]) ||
        c.receiving.has(tokens[nextWord(tokens, i)]) ||
        judgedAtEnd(c, tokens, i, language);
      // English puts the writer as subject before the verdict: "the standard we agreed" after it is a relative clause.
      const relative = language === 'en' && i > (group[group.length - 1] as Hit).last;
      if (own && !judge && !relative) return 'self';
      continue;
    }
    // "their offer of £8,000", "seine Planung", "die Skizze ihres Architekten": a third party's thing.
    if (i < first && (THIRD_POSSESSIVES.has(t.text) || (language === 'en' && t.folded === 'their'))) return 'external';
    const pointer = c.pointers.startingAt(tokens, i);
    if (pointer > 0 && !(pointer === 1 && c.articles.has(t) && beforeNoun(tokens, i, language))) {
      return externalAfter(c, tokens, i + pointer - 1, group, language) ? 'external' : 'pointer';
    }
    // A week attached to the work says when, not what ("das Aufmaß von letzter Woche"); "the previous firm" stays bygone.
    const when = attached(c, tokens, i, language) && !c.bygone.has(t);
    // "der Tod Ihrer Mutter", "the death of your father": a misfortune stays one, whose person it touches.
    if (i < first && isExternal(c, t, language) && !when && (!readerOwned(c, tokens, i) || c.misfortune.has(t)))
      return 'external';
    // "die Software des Herstellers", "the care at the hospital": work of someone outside the exchange.
    if (i < first && c.thirdParties.has(t)) return 'external';
  }
  return null;
}

/** Third-person possessives as written (German lower case: „ihre“ mid-sentence is theirs, „Ihre“ the reader's). */
const THIRD_POSSESSIVES = new Set([
  'his',
  'sein',
  'seine',
  'seinen',
  'seinem',
  'seiner',
  'seines',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'ihres',
]);

/** Relative words that stand for the whole clause before them. */
const WHAT = new Set(['was', 'which']);

/** German puts the verb last in a relative clause: "…, was ich gelinde gesagt unverschämt finde". */
function judgedAtEnd(c: Compiled, tokens: readonly Token[], i: number, language: Language): boolean {
  if (language !== 'de') return false;
  let k = clauseOf(tokens, i)[1];
  while (k > 0 && !tokens[k]?.word) k--;
  return c.judging.has(tokens[k]);
}

/** "on our part", "on their part", "von uns", "ihrerseits": whose doing the words at `k` say it was. */
const PART = new Set(['part', 'side', 'seite']);
const THEIRS = new Set(['their', 'his', 'ihrerseits', 'seinerseits']);
function ownerAfter(c: Compiled, tokens: readonly Token[], k: number): Target | null {
  const t = tokens[k];
  if (!t?.word) return null;
  if (THEIRS.has(t.folded)) return 'external';
  if (!OF.has(t.folded) && t.folded !== 'on' && t.folded !== 'auf') return null;
  const who = tokens[nextWord(tokens, k)];
  if (!who) return null;
  if (OF.has(t.folded) && c.selfPronouns.has(who)) return 'self';
  const part = tokens[nextWord(tokens, nextWord(tokens, k))];
  if (!part || !PART.has(part.folded)) return null;
  if (c.selfPossessives.has(who)) return 'self';
  return THEIRS.has(who.folded) ? 'external' : null;
}

/** Whom the verdict is about. */
export function targetOf(c: Compiled, sentence: SentenceView, group: Hit[]): Target {
  const { tokens, language } = sentence;
  // "Es ist furchtbar, dass Sie Ihren Vater verloren haben": a verdict on a death is sympathy.
  if (tokens.some((t) => DEATH.test(t.folded)) && tokens.some((t) => KIN.test(t.folded))) return 'external';
  const first = (group[0] as Hit).first;
  const after = nextWord(tokens, (group[group.length - 1] as Hit).last);
  // Right after it ("careless of me") or past the noun it qualifies ("schlampige Arbeit von uns", "on their part").
  const owner = ownerAfter(c, tokens, after) ?? ownerAfter(c, tokens, nextWord(tokens, after));
  if (owner) return owner;
  if (elliptic(c, tokens, group)) return 'pointer';
  // The noun it qualifies: "ein furchtbarer Tag für Sie", "what an awful week".
  const head = nextWord(tokens, (group[group.length - 1] as Hit).last);
  if (head === (group[group.length - 1] as Hit).last + 1 && isExternal(c, tokens[head] as Token, language, false))
    return 'external';
  // Its own noun phrase first: "unser unausgegorener Entwurf", "mit solchem Stückwerk", "mir sehr peinlich".
  let pointed = false;
  for (let k = prevWord(tokens, first), steps = 0; k >= 0 && steps < 3 && !pointed; k = prevWord(tokens, k), steps++) {
    const t = tokens[k] as Token;
    if (c.readerPossessives.has(t)) return externalAfter(c, tokens, k, group, language, false) ? 'external' : 'reader';
    if (c.selfPossessives.has(t)) return 'self';
    if (c.selfPronouns.has(t)) {
      // "finde ich respektlos", "…, was ich unverschämt finde": the writer judges, the judged is elsewhere.
      if (c.judging.has(tokens[prevWord(tokens, k)]) || judgedAtEnd(c, tokens, first, language)) break;
      return 'self';
    }
    if (c.pointers.has(t) && !c.articles.has(t)) {
      if (externalAfter(c, tokens, k, group, language)) return 'external';
      pointed = true;
    } else if (!c.intensifiers.has(t) && !c.softeners.has(t) && !c.light.has(t)) break;
  }
  const [start, end] = clauseOf(tokens, first);
  // "Entschuldigen Sie das Durcheinander", "sorry for the mess": the writer's own.
  // "Your excuse is laughable", "Ihre Entschuldigung ist ein Witz": the reader's apology, not the writer's.
  for (let k = start; k < first; k++)
    if (c.apologies.has(tokens[k]) && !c.readerPossessives.has(tokens[prevWord(tokens, k)])) return 'self';
  const own = firstMarker(c, sentence, start, end, group, true);
  // "You wrote it sloppily": the subject, not the pronoun before the verdict.
  // "Wir können mit diesem Stückwerk nichts anfangen": the writer deals with what is shown, did not make it.
  const shown = own === 'self' && (group[0] as Hit).word.kind === 'noun' && !afterCopula(c, tokens, first);
  if (pointed) return own === 'reader' || (own === 'self' && !shown) || own === 'external' ? own : 'pointer';
  if (own) return own;
  // The clauses before it in the sentence: "das Material, das Ihr Vertrieb geliefert hat, ist lückenhaft".
  let clauseEnd = start - 2;
  // "…, was ich peinlich finde" judges the clause before it: there the writer as subject counts too.
  const judgesBefore = WHAT.has(tokens[start]?.folded ?? '');
  for (let back = 0; back < 3 && clauseEnd >= 0; back++) {
    const [s, e] = clauseOf(tokens, clauseEnd);
    const marker = firstMarker(c, sentence, s, e, group, judgesBefore && back === 0);
    if (marker === 'self' || marker === 'reader' || marker === 'pointer') return marker;
    clauseEnd = s - 2;
  }
  return 'other';
}

/** Whether a word names work someone made: "Entwurf", "Marktanalyse" (its last part), "figures". */
function isWork(c: Compiled, token: Token | undefined, language: Language): boolean {
  if (!token?.word) return false;
  const word = token.folded;
  // German compounds by their last part, for parts long enough not to end other words ("Kandidaten").
  // Plurals and case endings by their stem ("Visualisierungen", "Entwurfs").
  if (language === 'de') {
    const stem = word.replace(/(en|n|s|e)$/, '');
    return c.work.some((w) => word === w || stem === w || (w.length >= 6 && (word.endsWith(w) || stem.endsWith(w))));
  }
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return c.work.includes(word) || c.work.includes(singular);
}

/**
 * Whose work a sentence is about, by its possessives: the writer's, or the
 * reader's when it names their work ("Ihre Änderungswünsche", "the survey your
 * team ran"), or unknown ("Danke für Ihre Geduld").
 */
export function focusOf(c: Compiled, sentence: SentenceView): 'reader' | 'self' | 'readerWork' | null {
  const { tokens, language } = sentence;
  let reader = false;
  let work = false;
  let self = false;
  let thanks = false;
  tokens.forEach((t, i) => {
    if (c.thanks.has(t)) thanks = true;
    const possessive = c.readerPossessives.has(t);
    if (possessive || c.readerPronouns.has(t)) {
      reader = true;
      for (let k = Math.max(0, i - 4); k <= i + 3 && !work; k++)
        if (k !== i && isWork(c, tokens[k], language)) work = true;
    } else if (c.selfPossessives.has(t)) self = true;
  });
  if (reader && !self) return work ? 'readerWork' : 'reader';
  // "Danke für den Zwischenbericht.", "Thanks for the draft.": what is thanked for is the reader's.
  if (thanks && !self && tokens.some((t) => isWork(c, t, language))) return 'readerWork';
  return self && !reader ? 'self' : null;
}

/** Whether the verdict's own clause names work before it ("the conclusions are …"). */
export function aboutWork(c: Compiled, sentence: SentenceView, first: number): boolean {
  let [start] = clauseOf(sentence.tokens, first);
  // "Die Website, für die wir bezahlt haben, ist eine Katastrophe": the clause is the predicate, the subject opens the sentence.
  if (c.copulas.has(sentence.tokens[nextWord(sentence.tokens, start - 1)])) start = 0;
  for (let k = start; k < first; k++) if (isWork(c, sentence.tokens[k], sentence.language)) return true;
  return false;
}

/**
 * A topic named before a colon at the start of the sentence: "Zum Exposé: …",
 * "About the listing: …". In mail to whoever made it, the work is the reader's,
 * unless the writer claims it ("Zu unserem Entwurf: …"): then it is the writer's.
 */
export function headingOf(c: Compiled, sentence: SentenceView): 'readerWork' | 'self' | null {
  const { tokens, language } = sentence;
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || !c.topics.has(tokens[first])) return null;
  let work = false;
  for (let k = first + 1; k < tokens.length && k <= first + 6; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return t.text === ':' && work ? 'readerWork' : null;
    if (c.selfPossessives.has(t)) return 'self';
    if (isWork(c, t, language)) work = true;
  }
  return null;
}
