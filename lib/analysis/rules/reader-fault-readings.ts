// The readings that blame the reader without a plain failure: a counterfactual
// ("Sie hätten …"), the reader's thing as a cause, a relative clause whose head
// fails, a habit followed by damage, and a consequence of the previous sentence.
import type { CauseEntry } from '../constructions/reader-fault.types';
import type { SentenceView } from '../document';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { FrameSpan } from './frames';
import type { Agent } from './reader-fault-agent';
import { type Clause, type Found, isQuestion } from './reader-fault-clauses';
import { hasWord, type Lexicon, lemmaOfToken, lexicon } from './reader-fault-lexicon';

/**
 * The reader as the subject of a counterfactual ("Sie hätten …", "Hätten Sie …",
 * "if you had told"): the index of the pronoun, or undefined ("Wir hätten Sie …").
 */
export function counterfactualSubject(
  tokens: readonly Token[],
  clause: Clause,
  cf: FrameSpan,
  lex: Lexicon,
  language: Language,
): number | undefined {
  // "Wenn Sie es früher gebraucht hätten, …": a wish the writer would have met, not a failure.
  for (let k = clause.first; k <= clause.last; k++) {
    const t = tokens[k] as Token;
    // "like we discussed" compares; "you'd like", "would like" wish.
    if (t.folded === 'like' && !/^(?:would|you'd|i'd|we'd|you|to)$/.test(tokens[k - 1]?.folded ?? '')) continue;
    if (t.word && lex.wishes.hasFolded(lemmaOfToken(t, language))) return undefined;
  }
  // "Hätte Ihr Vermesser …", "Had your surveyor sent …": the reader's side, by its possessive.
  const owner = tokens[cf.first + 1];
  if (lex.possessives.has(owner) && (owner?.folded !== 'ihr' || owner.text === 'Ihr')) {
    // German: the clause ends on the deed's participle ("… geliefert,"), not on a noun ("Hätte Ihr Team Zeit,").
    if (language === 'de') return endsOnDeed(tokens, clause) ? cf.first + 1 : undefined;
    for (let k = cf.first + 2; k <= Math.min(cf.first + 5, clause.last); k++)
      if (participleAt(tokens[k], lex)) return cf.first + 1;
    return undefined;
  }
  if (language === 'en') {
    const last = tokens[cf.last]?.folded ?? '';
    const next = tokens[cf.last + 1];
    if (/^(?:have|had|you|you'd|should've|could've|might've)$/.test(last)) {
      if (!participleAt(next, lex)) return undefined;
    } else if (last !== 'to' || !next?.word || lex.receiving.hasFolded(lemmaOfToken(next, 'en'))) {
      return undefined;
    }
  }
  if (cf.entry.id === 'haetten-sie-getan' && !endsOnDeed(tokens, clause)) return undefined;
  // "Sie hätten nicht extra kommen müssen": you need not have, a kindness.
  if (language === 'de' && /^(?:müssen|brauchen)$/.test(tokens[cf.last]?.folded ?? '')) {
    for (let i = cf.first; i < cf.last; i++) if (lex.negations.has(tokens[i])) return undefined;
  }
  for (const k of [cf.first, cf.first - 1, cf.first + 1, cf.first + 2]) {
    const t = tokens[k];
    if (k < clause.first || !lex.subjects.has(t) || t?.text === 'Ihr') continue;
    if (language === 'de' && t?.folded === 'ihr' && k !== cf.first + 1) continue;
    // Another subject before the reader's ("Wir hätten Sie …"); in English only inside the frame ("we'd be done if you had …").
    const from = language === 'en' ? Math.min(cf.first, k) : clause.first;
    for (let i = from; i < k; i++) if (lex.self.has(tokens[i]) || lex.others.has(tokens[i])) return undefined;
    return k;
  }
  return undefined;
}

/** German: the clause ends on the deed's participle ("… geliefert,"), not on a noun or an adjective ("… Zeit,", "… so nett,"). */
function endsOnDeed(tokens: readonly Token[], clause: Clause): boolean {
  const verb = tokens[clause.last];
  return !!verb?.word && verb.text[0] === verb.folded[0] && lemmaOfToken(verb, 'de') !== verb.folded;
}

/** A participle-like word right after "should have", "had you" (told, sent, warned; not "a", "received"). */
function participleAt(token: Token | undefined, lex: Lexicon): boolean {
  if (!token?.word || token.folded === 'been') return false;
  if (lex.sameFormParticiples.hasFolded(token.folded)) return true;
  const lemma = lemmaOfToken(token, 'en');
  if (lex.receiving.hasFolded(lemma)) return false;
  return lemma !== token.folded && !token.folded.endsWith('s') && !token.folded.endsWith('ing');
}

/** "The cake you brought was too good": praise after "too". */
const TOO_KIND = new Set([
  'good',
  'kind',
  'nice',
  'lovely',
  'generous',
  'beautiful',
  'pretty',
  'tempting',
  'cute',
  'funny',
]);

/** Adjectives after "zu" that say the reader's thing will not do ("zu niedrig", "zu schmal"); "zu" alone is an infinitive or a preposition. */
const EXCESS_DE = new Set([
  'niedrig',
  'gering',
  'hoch',
  'klein',
  'gross',
  'breit',
  'schmal',
  'kurz',
  'lang',
  'dünn',
  'dick',
  'wenig',
  'knapp',
  'weich',
  'schwach',
  'schwer',
  'eng',
]);

/** Damage or trouble outside the clause (the effect a cause is blamed for). */
export function problemOutside(
  tokens: readonly Token[],
  clause: Clause,
  lex: Lexicon,
  negationCounts: boolean,
): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (k >= clause.first && k <= clause.last) continue;
    const t = tokens[k] as Token;
    if (lex.problems.has(t) || (negationCounts && lex.negations.has(t))) return true;
  }
  return false;
}

/**
 * The reader's thing as the cause: "wegen Ihrer späten Zusage", "due to your
 * late payment" (a faulty word in the phrase), or "because of your changes"
 * with damage elsewhere in the sentence.
 */
export function causeNoun(
  tokens: readonly Token[],
  clause: Clause,
  causes: readonly FrameSpan[],
  lex: Lexicon,
  language: Language,
): Found | null {
  for (const cause of causes) {
    if (cause.last < clause.first - 1 || cause.last > clause.last || (cause.entry as CauseEntry).takes !== 'noun')
      continue;
    let k = cause.last + 1;
    while (k <= clause.last && !tokens[k]?.word) k++;
    if (!lex.possessives.has(tokens[k])) continue;
    // The phrase ends at its noun: German capitalises it; in English it follows at most two adjectives.
    let phraseEnd = Math.min(clause.last, k + 3);
    for (let i = k + 1; i <= phraseEnd; i++) {
      const t = tokens[i] as Token;
      if (language === 'de' ? /^\p{Lu}/u.test(t.text) : !lex.faulty.has(t)) {
        phraseEnd = i;
        break;
      }
    }
    let faulty = -1;
    for (let i = k + 1; i <= phraseEnd && faulty < 0; i++) if (lex.faulty.has(tokens[i])) faulty = i;
    const start = Math.max(cause.first, clause.first);
    if (faulty >= 0) return { start: clause.first, end: clause.last, cueFirst: start, cueLast: phraseEnd };
    if ((cause.entry as CauseEntry).needsFault || tokens.some((t) => lex.credits.has(t))) continue;
    if (problemOutside(tokens, { first: start, last: phraseEnd }, lex, false))
      return { start: clause.first, end: clause.last, cueFirst: start, cueLast: phraseEnd };
  }
  return null;
}

/**
 * A relative clause on the reader's side whose head then fails: "the contract
 * your partner drafted is a minefield", "die Farbe, die Sie besorgt haben, deckt nicht".
 */
export function failingHead(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  c: number,
  agent: Agent,
  lex: Lexicon,
  language: Language,
): Found | null {
  const clause = clauses[c] as Clause;
  // German: a short head clause right before it ("die Farbe, die Sie …, deckt nicht", also after a colon); English: one clause ("… you signed is …").
  const head = clauses[c - 1] ?? clause;
  // "wenn die Zahlen, die Sie …, falsch sind": a condition, not a charge.
  if (lex.conditions.has(tokens[head.first])) return null;
  const mainNext = language === 'de' && c >= 1 && head.last - head.first < 5;
  const scope = mainNext ? clauses[c + 1] : language === 'en' ? clause : undefined;
  if (!scope) return null;
  // English: the head's own verb follows the relative one ("you signed | is a minefield").
  const from = language === 'en' ? mainVerbAfter(tokens, agent.last + 2, scope.last, lex) : scope.first;
  // German: what the head does fails ("deckt nicht"); not someone else's act ("wird vom Hersteller nicht mehr …").
  if (from < 0 || (mainNext && hasWord(tokens, scope.first, scope.last, lex.otherAgents))) return null;
  for (let k = from; k <= scope.last; k++) {
    const t = tokens[k] as Token;
    // "are two centimetres too wide" ("too" before a word, not "lovely too."), "war zu niedrig", "was short by".
    const excess =
      language === 'en'
        ? (t.folded === 'too' && tokens[k + 1]?.word === true && !TOO_KIND.has(tokens[k + 1]?.folded ?? '')) ||
          (t.folded === 'short' && /^(?:was|were|is|are)$/.test(tokens[k - 1]?.folded ?? ''))
        : t.folded === 'zu' && EXCESS_DE.has(tokens[k + 1]?.folded ?? '');
    if (
      excess ||
      lex.problems.has(t) ||
      lex.wrong.has(t) ||
      (mainNext && lex.negations.has(t) && tokens[k + 1]?.folded !== 'mehr')
    )
      return { start: mainNext ? head.first : clause.first, end: scope.last, cueFirst: agent.first, cueLast: k };
  }
  return null;
}

/** "Every time you …, things go wrong": the damage clause that follows carries the blame. */
export function habitDamage(
  tokens: readonly Token[],
  clause: Clause,
  next: Clause | undefined,
  habits: readonly FrameSpan[],
  lex: Lexicon,
): Found | null {
  const habit = habits.find((s) => s.last >= clause.first && s.last <= clause.last);
  if (!habit || !next) return null;
  let k = habit.last + 1;
  while (k <= clause.last && (!tokens[k]?.word || lex.particles.has(tokens[k]))) k++;
  const reader = (lex.subjects.has(tokens[k]) || lex.possessives.has(tokens[k])) && tokens[k]?.text !== 'Ihr';
  // The writer in the damage clause makes it theirs ("jedes Mal, wenn Sie anrufen, habe ich keine Zeit").
  if (!reader || hasWord(tokens, next.first, next.last, lex.self)) return null;
  for (let i = next.first; i <= next.last; i++) {
    if (lex.problems.has(tokens[i]) || lex.negations.has(tokens[i]))
      return { start: next.first, end: next.last, cueFirst: next.first, cueLast: i };
  }
  return null;
}

/** Index of the main clause's verb after a relative clause, or -1. */
function mainVerbAfter(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  for (let k = from; k <= to; k++) if (lex.mainVerbs.has(tokens[k])) return k;
  return -1;
}

/** A consequence sentence with damage in it: the whole sentence, the connective as its cue. */
export function consequenceIn(sentence: SentenceView): Found | null {
  const lex = lexicon(sentence.language);
  const { tokens } = sentence;
  const opener = lex.consequences.spans(sentence)[0];
  if (!opener || isQuestion(tokens) || tokens.some((t) => lex.credits.has(t))) return null;
  if (!tokens.some((t, k) => k > opener.last && lex.problems.has(t))) return null;
  let last = tokens.length - 1;
  while (last > opener.first && !tokens[last]?.word) last--;
  return { start: opener.first, end: last, cueFirst: opener.first, cueLast: opener.last };
}
