// The reader made the culprit, found by construction rather than by phrase: a
// clause whose agent is the reader or the reader's side ("Sie", "you", "Ihr
// Büro", "your accountant", "von Ihnen", "on your end") and that says they
// failed (negated completion, a fault verb, something wrong, lateness), that
// they should have acted (counterfactual), or that a damage stems from what
// they did (cause). Sentences that ask, clear, console or put the writer first
// stay quiet. Data: ../constructions/reader-fault.{de,en}.ts.
import { READER_FAULT_DE } from '../constructions/reader-fault.de';
import { READER_FAULT_EN } from '../constructions/reader-fault.en';
import type { CauseEntry, ReaderFaultLexicon } from '../constructions/reader-fault.types';
import { type Doc, inQuotes, type SentenceView } from '../document';
import { lemmaInfo } from '../lemmas';
import { CLASSES } from '../phrases/classes';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { FrameMatcher, type FrameSpan } from './frames';
import type { RawFinding, Rule } from './types';

/** A word list with exact-case words ("=Sie"), prefixes ("kolleg*") and suffixes ("*abteilung"). */
class Words {
  private readonly exact = new Set<string>();
  private readonly plain = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly suffixes: string[] = [];
  private readonly seen = new Map<string, boolean>();

  constructor(list: readonly string[]) {
    for (const w of list) {
      if (w.startsWith('=')) this.exact.add(w.slice(1));
      else if (w.endsWith('*')) this.prefixes.push(w.slice(0, -1));
      else if (w.startsWith('*')) this.suffixes.push(w.slice(1));
      else this.plain.add(w);
    }
  }

  has(token: Token | undefined): boolean {
    if (!token?.word) return false;
    if (this.exact.size > 0 && this.exact.has(token.text)) return true;
    return this.hasFolded(token.folded);
  }

  hasFolded(folded: string): boolean {
    if (this.plain.has(folded)) return true;
    if (this.prefixes.length + this.suffixes.length === 0) return false;
    // The prefix and suffix lists are long (agent nouns, compounds): remember each word's answer.
    let known = this.seen.get(folded);
    if (known === undefined) {
      known =
        this.prefixes.some((p) => folded.startsWith(p)) ||
        this.suffixes.some((s) => folded.length > s.length && folded.endsWith(s));
      if (this.seen.size > 20_000) this.seen.clear();
      this.seen.set(folded, known);
    }
    return known;
  }
}

interface Lexicon {
  markers: Words;
  subjects: Words;
  possessives: Words;
  agentNouns: Words;
  someone: Words;
  negatedSomeone: Words;
  someoneJoins: Words;
  singularFinite: Words;
  finite: Words;
  subordinators: Words;
  relatives: Words;
  conditions: Words;
  others: Words;
  self: Words;
  personNouns: Words;
  personVerbs: Words;
  negations: Words;
  completions: Words;
  faults: Words;
  wrong: Words;
  modals: Words;
  receiving: Words;
  problems: Words;
  faulty: Words;
  credits: Words;
  despite: Words;
  warnings: Words;
  particles: Words;
  subjectNext: Words;
  objectBefore: Words;
  functionWords: Words;
  mainVerbs: Words;
  sameFormParticiples: Words;
  otherAgents: Words;
  sides: FrameMatcher;
  lateness: FrameMatcher;
  faultPhrases: FrameMatcher;
  counterfactual: FrameMatcher;
  causes: FrameMatcher;
  clearing: FrameMatcher;
  thanks: FrameMatcher;
  consequences: FrameMatcher;
  habits: FrameMatcher;
}

function build(raw: ReaderFaultLexicon, language: Language): Lexicon {
  const frames = (name: string, entries: ReaderFaultLexicon['sides']) =>
    new FrameMatcher(`reader-fault ${name}`, { de: [], en: [], [language]: entries });
  return {
    markers: new Words(raw.markers),
    subjects: new Words(raw.subjects),
    possessives: new Words(raw.possessives),
    agentNouns: new Words(raw.agentNouns),
    someone: new Words(raw.someone),
    negatedSomeone: new Words(raw.negatedSomeone),
    someoneJoins: new Words(raw.someoneJoins),
    singularFinite: new Words(raw.singularFinite),
    finite: new Words(raw.finite),
    subordinators: new Words(raw.subordinators),
    relatives: new Words(raw.relatives),
    conditions: new Words(raw.conditions),
    others: new Words(raw.others),
    self: new Words(CLASSES[language].self.words),
    personNouns: new Words(raw.personNouns),
    personVerbs: new Words(raw.personVerbs),
    negations: new Words(raw.negations),
    completions: new Words(raw.completions),
    faults: new Words(raw.faults),
    wrong: new Words(raw.wrong),
    modals: new Words(raw.modals),
    receiving: new Words(raw.receiving),
    problems: new Words(raw.problems),
    faulty: new Words(raw.faulty),
    credits: new Words(raw.credits),
    despite: new Words(raw.despite),
    warnings: new Words(raw.warnings),
    particles: new Words(raw.between),
    subjectNext: new Words(raw.subjectNext),
    objectBefore: new Words(raw.objectBefore),
    functionWords: new Words(raw.functionWords),
    mainVerbs: new Words(raw.mainVerbs),
    sameFormParticiples: new Words(raw.sameFormParticiples),
    otherAgents: new Words(raw.otherAgents),
    sides: frames('sides', raw.sides),
    lateness: frames('lateness', raw.lateness),
    faultPhrases: frames('fault phrases', raw.faultPhrases),
    counterfactual: frames('counterfactual', raw.counterfactual),
    causes: frames('causes', raw.causes),
    clearing: frames('clearing', raw.clearing),
    thanks: frames('thanks', raw.thanks),
    consequences: frames('consequences', raw.consequences),
    habits: frames('habits', raw.habits),
  };
}

const LEXICA: Partial<Record<Language, Lexicon>> = {};
function lexicon(language: Language): Lexicon {
  LEXICA[language] ??= build(language === 'de' ? READER_FAULT_DE : READER_FAULT_EN, language);
  return LEXICA[language] as Lexicon;
}

/** Token indexes (inclusive) of a clause's words. */
interface Clause {
  first: number;
  last: number;
}

/** English words after which a fault word is a noun ("the damage", "any delay"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'some',
  'this',
  'that',
  'our',
  'your',
  'their',
  'no',
  'of',
  'its',
]);

const CLAUSE_MARK = /^[,;:–—()[\]]|^-$/;

/** The sentence's clauses, split at commas, semicolons, colons, dashes and brackets. */
function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.word) {
      if (first < 0) first = i;
      last = i;
    } else if (CLAUSE_MARK.test(t.text) && first >= 0) {
      clauses.push({ first, last });
      first = -1;
    }
  }
  if (first >= 0) clauses.push({ first, last });
  return clauses;
}

type AgentKind = 'pronoun' | 'noun' | 'side';

/** Who acts in a clause, when it is the reader's side: the token range that names them. */
interface Agent {
  first: number;
  last: number;
  kind: AgentKind;
  /** The clause is a relative clause ("die Sie besorgt haben", "the drainage you skipped"). */
  relative: boolean;
}

function lemmaOfToken(token: Token, language: Language): string {
  return (token.lemma ?? lemmaInfo(token.info as NonNullable<Token['info']>, language)).folded;
}

/** Word indexes of a clause. */
function wordsIn(tokens: readonly Token[], clause: Clause): number[] {
  const out: number[] = [];
  for (let i = clause.first; i <= clause.last; i++) if (tokens[i]?.word) out.push(i);
  return out;
}

/** A possessive followed within three words by an agent noun ("Ihr Büro", "your marketing intern"): its last index. */
function possessiveAgent(tokens: readonly Token[], words: readonly number[], k: number, lex: Lexicon): number {
  if (!lex.possessives.has(tokens[words[k] as number])) return -1;
  // The last agent noun before the verb: "your accounts department" ends at "department".
  let end = -1;
  for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
    const t = tokens[words[j] as number] as Token;
    if (lex.agentNouns.has(t)) end = words[j] as number;
    else if (lex.possessives.has(t) || lex.subjects.has(t) || lex.finite.has(t) || lex.subjectNext.hasFolded(t.folded))
      break;
    else if (end >= 0) break;
  }
  return end;
}

/** "jemand aus Ihrem Büro", "someone in your accounts department": the last index. */
function someoneAgent(tokens: readonly Token[], words: readonly number[], k: number, lex: Lexicon): number {
  if (!lex.someone.has(tokens[words[k] as number]) || !lex.someoneJoins.has(tokens[words[k + 1] as number])) return -1;
  return possessiveAgent(tokens, words, k + 2, lex);
}

/** Whether a word reads as the verb after an English subject ("you sent", "you never", "your team has"). */
function verbish(token: Token | undefined, lex: Lexicon): boolean {
  if (!token?.word) return false;
  if (lex.subjectNext.hasFolded(token.folded) || lex.negations.has(token)) return true;
  if (/[^e]ed$/.test(token.folded)) return true;
  const lemma = lemmaOfToken(token, 'en');
  return lemma !== token.folded && /(?:en|wn|ne|t|ck|id|ew|ot|ught|ost|ung)$/.test(token.folded);
}

function agentEn(tokens: readonly Token[], clause: Clause, lex: Lexicon): Agent | null {
  const words = wordsIn(tokens, clause);
  for (let k = 0; k < words.length; k++) {
    const i = words[k] as number;
    const t = tokens[i] as Token;
    const before = k > 0 ? (tokens[words[k - 1] as number] as Token) : undefined;
    // "the drainage you skipped": a noun right before the agent opens a relative clause.
    const relative =
      before !== undefined &&
      !lex.subordinators.has(before) &&
      !lex.conditions.has(before) &&
      !lex.objectBefore.hasFolded(before.folded) &&
      !lex.functionWords.hasFolded(before.folded) &&
      !verbish(before, lex);
    if (lex.subjects.has(t)) {
      if (before && lex.objectBefore.hasFolded(before.folded)) continue;
      const next = tokens[words[k + 1] as number];
      if (t.folded === 'you' && !verbish(next, lex)) continue;
      return { first: i, last: i, kind: 'pronoun', relative };
    }
    const end = Math.max(possessiveAgent(tokens, words, k, lex), someoneAgent(tokens, words, k, lex));
    if (end >= 0) {
      // "approved by your team": the agent of a passive, its verb before it.
      if (before?.folded === 'by') return { first: i, last: end, kind: 'side', relative: false };
      if (before && lex.objectBefore.hasFolded(before.folded) && !lex.someone.has(t)) continue;
      const next = tokens[words[words.indexOf(end) + 1] as number];
      if (!verbish(next, lex)) continue;
      return { first: i, last: end, kind: 'noun', relative };
    }
  }
  return null;
}

/** Whether the clause's final verb agrees with a polite or plural reader ("… geschickt haben", not "… hat"). */
function agreesAtEnd(tokens: readonly Token[], words: readonly number[], lex: Lexicon): boolean {
  const last = tokens[words[words.length - 1] as number];
  return !lex.singularFinite.has(last);
}

function agentDe(tokens: readonly Token[], clause: Clause, lex: Lexicon, afterMark: boolean): Agent | null {
  const words = wordsIn(tokens, clause);
  if (words.length < 2) return null;
  const head = tokens[words[0] as number] as Token;
  const at = (k: number) => tokens[words[k] as number];
  const subjectAt = (k: number): Agent | null => {
    const t = at(k);
    if (lex.subjects.has(t)) {
      // "ihr" is also "her": as a subject the verb next to it ends in -t (habt, seid, hattet).
      if (t?.folded === 'ihr' && t.text !== 'Ihr') {
        const verbs = [at(k - 1), at(k + 1)].filter((v) => v && /^\p{Ll}.*t$/u.test(v.text));
        if (verbs.length === 0) return null;
      }
      // Sentence-initial "Ihr habt …" is the pronoun; "Ihr Büro …" the possessive.
      const pronounIhr = t?.text === 'Ihr' && k === 0 && /^\p{Ll}.*t$/u.test(at(1)?.text ?? '');
      if (t?.text !== 'Ihr' || pronounIhr)
        return { first: words[k] as number, last: words[k] as number, kind: 'pronoun', relative: false };
    }
    const end = Math.max(possessiveAgent(tokens, words, k, lex), someoneAgent(tokens, words, k, lex));
    return end >= 0 ? { first: words[k] as number, last: end, kind: 'noun', relative: false } : null;
  };
  // Subordinate or relative clause: the subject follows the opener.
  const relative = afterMark && lex.relatives.has(head);
  // "Da haben Sie …" (there), not "da Sie …" (since).
  const opener = lex.subordinators.has(head) && !(head.folded === 'da' && lex.finite.has(at(1)));
  if (opener || relative) {
    let k = 1;
    while (k < words.length - 1 && lex.particles.has(at(k))) k++;
    const agent = subjectAt(k);
    if (!agent) return null;
    if (agent.kind === 'pronoun' && !agreesAtEnd(tokens, words, lex)) return null;
    return { ...agent, relative };
  }
  // "bis heute haben Sie …" is a time, "bis Sie …" a condition.
  if (lex.conditions.has(head) && (head.folded !== 'bis' || lex.subjects.has(at(1)))) return null;
  // Main clause with the subject first: "Sie haben …", "Ihr Büro hat …".
  const first = subjectAt(0);
  if (first) {
    if (first.kind === 'pronoun' && lex.singularFinite.has(at(1))) return null;
    return first;
  }
  // A passive's agent: "Die Rechnung wurde von Ihrem Büro … beglichen".
  for (let k = 0; k < words.length - 1; k++) {
    if (!['von', 'vom', 'durch', 'seitens'].includes(at(k)?.folded ?? '')) continue;
    const end = possessiveAgent(tokens, words, k + 1, lex);
    if (end >= 0 && !lex.subjects.has(at(0)) && !words.slice(0, k).some((w) => lex.self.has(tokens[w])))
      return { first: words[k] as number, last: end, kind: 'side', relative: false };
  }
  // Verb second, subject after it: "Leider haben Sie …", "Die Bögen haben Sie …", "jedoch hat Ihr Einkauf …".
  // After a fronted clause the finite verb opens its own ("Wie erwähnt, haben Sie …").
  for (let v = afterMark ? 0 : 1; v < Math.min(words.length - 1, 7); v++) {
    const verb = at(v) as Token;
    if (v === 0 ? !lex.finite.has(verb) : !lex.finite.has(verb) && !lex.faults.hasFolded(lemmaOfToken(verb, 'de')))
      continue;
    let k = v + 1;
    while (k < words.length - 1 && lex.particles.has(at(k))) k++;
    const agent = subjectAt(k);
    if (!agent) return null;
    if (agent.kind === 'pronoun' && lex.singularFinite.has(verb)) return null;
    const fronted = words.slice(0, v).map((w) => tokens[w] as Token);
    if (fronted.some((t) => lex.others.has(t) || lex.personNouns.has(t))) return null;
    // "Die Kollegen haben Sie nicht informiert": a fronted noun phrase and a verb that takes a person leave "Sie" the object.
    const nounFronted = fronted.some((t) => /^\p{Lu}/u.test(t.text)) && v > 1;
    if (nounFronted && agent.kind === 'pronoun') {
      const rest = words.slice(k + 1).map((w) => tokens[w] as Token);
      const hasObject = rest.some((t) => ['uns', 'mir', 'mich', 'ihn', 'sie'].includes(t.folded));
      if (!hasObject && rest.some((t) => lex.personVerbs.hasFolded(lemmaOfToken(t, 'de')))) return null;
    }
    return agent;
  }
  return null;
}

/** A frame match inside [from, to]. */
function frameIn(spans: readonly FrameSpan[], from: number, to: number): FrameSpan | undefined {
  return spans.find((s) => s.first >= from && s.last <= to);
}

interface Failure {
  /** Last token of the words that say it. */
  last: number;
}

/** The failure the clause states after its agent, if any. */
function failureAfter(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  language: Language,
  late: FrameSpan | undefined,
  phrase: FrameSpan | undefined,
  negatedAgent: boolean,
): Failure | null {
  // "Niemand aus Ihrem Team hat …", "nobody on your side answered": the agent carries the negation.
  let negated = negatedAgent;
  let completion = -1;
  // Permission, ability, future ("Sie können …", "nicht kommen konnten"); English "not … yet" is a status.
  let still = false;
  // Where the agent's predicate ends.
  let stop = to;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    // A new subject or a new clause ("you're right that the break was short") ends the agent's predicate.
    if (lex.self.has(t) || (k > from && language === 'en' && lex.subordinators.has(t))) {
      stop = k - 1;
      break;
    }
    if (lex.modals.has(t)) return null;
    if (t.folded === 'still') still = true;
    if (language === 'en' && t.folded === 'yet' && !still) return null;
  }
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (lex.self.has(t) || (k > from && language === 'en' && lex.subordinators.has(t))) break;
    // "you don't have to send …"
    if (language === 'en' && ['have', 'has', 'had'].includes(t.folded) && tokens[k + 1]?.folded === 'to') return null;
    if (lex.negations.has(t)) {
      // "nie mehr als den Festpreis", "no more than": a comparison, not a negation.
      const after = `${tokens[k + 1]?.folded} ${tokens[k + 2]?.folded}`;
      if (!/^(?:mehr|weniger|more|less|later) (?:als|than)$/.test(after)) negated = true;
      continue;
    }
    const lemma = lemmaOfToken(t, language);
    // Receiving is no failure ("Sie erhalten die Pläne erst am Montag"), except "got the dates wrong".
    if (lex.receiving.hasFolded(lemma) && !(lemma === 'get' && tokens[k + 1]?.folded === 'back')) {
      if (lemma !== 'get' || negated) return null;
      for (let w = k + 1; w <= to; w++) if (tokens[w]?.folded === 'wrong') return { last: w };
      return null;
    }
    // "get" and "let" complete only as "get back to us" and "let us know" ("never let us down" is praise).
    const isCompletion =
      (lex.completions.hasFolded(lemma) || lex.completions.has(t)) &&
      !(lemma === 'get' && tokens[k + 1]?.folded !== 'back') &&
      !(lemma === 'let' && ![tokens[k + 2]?.folded, tokens[k + 3]?.folded].includes('know'));
    if (isCompletion) {
      if (negated) return { last: language === 'en' && tokens[k + 1]?.folded === 'back' ? k + 1 : k };
      completion = k;
    }
    // "fixed the damage", "any delay": after a determiner the word is a noun, not the reader's deed.
    const noun = language === 'en' && DETERMINERS.has(tokens[k - 1]?.folded ?? '');
    if (!negated && !noun && (lex.faults.hasFolded(lemma) || lex.faults.has(t))) return { last: k };
    if (!negated && lex.wrong.has(t)) return { last: k };
    // "you filed the documents late," "paid late again": "late" closing the predicate.
    if (!negated && completion >= 0 && t.folded === 'late' && (k === to || tokens[k + 1]?.folded === 'again'))
      return { last: k };
    // "you've let us down"
    if (!negated && lemma === 'let' && tokens[k + 2]?.folded === 'down') return { last: k + 2 };
  }
  if (late && !negated && completion >= 0 && late.first >= from) return { last: Math.max(completion, late.last) };
  // "ohne Rücksprache verlegt", "left out the insulation", "despite our warnings".
  // A negation inside the phrase is its own ("never bothered to"); one before it denies it.
  if (phrase && phrase.first >= from && phrase.last <= stop && !negatedAgent) {
    let denied = false;
    for (let k = from; k < phrase.first; k++) if (lex.negations.has(tokens[k])) denied = true;
    if (!denied) return { last: phrase.last };
  }
  // Verb second, negation after it: "Von Ihrer Seite kam keine Freigabe".
  if (negated && completion >= 0) return { last: completion };
  return null;
}

/**
 * The reader as the subject of a counterfactual ("Sie hätten …", "Hätten Sie …",
 * "if you had told"): the index of the pronoun, or undefined ("Wir hätten Sie …").
 */
function counterfactualSubject(
  tokens: readonly Token[],
  clause: Clause,
  cf: FrameSpan,
  lex: Lexicon,
  language: Language,
): number | undefined {
  if (language === 'en') {
    const last = tokens[cf.last]?.folded ?? '';
    const next = tokens[cf.last + 1];
    if (/^(?:have|had|you|you'd|should've|could've|might've)$/.test(last)) {
      if (!participleAt(next, lex)) return undefined;
    } else if (last !== 'to' || !next?.word || lex.receiving.hasFolded(lemmaOfToken(next, 'en'))) {
      return undefined;
    }
  }
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

/** A participle-like word right after "should have", "had you" (told, sent, warned; not "a", "received"). */
function participleAt(token: Token | undefined, lex: Lexicon): boolean {
  if (!token?.word || token.folded === 'been') return false;
  if (lex.sameFormParticiples.hasFolded(token.folded)) return true;
  const lemma = lemmaOfToken(token, 'en');
  if (lex.receiving.hasFolded(lemma)) return false;
  return lemma !== token.folded && !token.folded.endsWith('s') && !token.folded.endsWith('ing');
}

function hasWord(tokens: readonly Token[], from: number, to: number, words: Words): boolean {
  for (let k = from; k <= to; k++) if (words.has(tokens[k])) return true;
  return false;
}

/** Damage or trouble outside the clause (the effect a cause is blamed for). */
function problemOutside(tokens: readonly Token[], clause: Clause, lex: Lexicon, negationCounts: boolean): boolean {
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
function causeNoun(
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
    if (tokens.some((t) => lex.credits.has(t))) continue;
    if (problemOutside(tokens, { first: start, last: phraseEnd }, lex, false))
      return { start: clause.first, end: clause.last, cueFirst: start, cueLast: phraseEnd };
  }
  return null;
}

function isQuestion(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.word) return false;
    if (t.text.includes('?')) return true;
  }
  return false;
}

export interface Found {
  start: number;
  end: number;
  cueFirst: number;
  cueLast: number;
}

/** The construction's finds in one sentence (token indexes), before the engine tidies overlapping findings. */
export function readerFaultIn(sentence: SentenceView): Found[] {
  const { tokens, language } = sentence;
  const lex = lexicon(language);
  if (!tokens.some((t) => lex.markers.has(t))) return [];
  if (isQuestion(tokens) || lex.clearing.has(sentence)) return [];
  const clauses = clausesOf(tokens);
  const sides = lex.sides.spans(sentence);
  const lateness = lex.lateness.spans(sentence);
  const faultPhrases = lex.faultPhrases.spans(sentence);
  const counterfactual = lex.counterfactual.spans(sentence);
  const causes = lex.causes.spans(sentence);
  const thanks = lex.thanks.spans(sentence);
  const habits = lex.habits.spans(sentence);
  const found: Found[] = [];
  clauses.forEach((clause, c) => {
    const afterMark = c > 0;
    const next = clauses[c + 1];
    const habit = habitDamage(tokens, clause, next, habits, lex);
    if (habit) {
      found.push(habit);
      return;
    }
    const cf = counterfactual.find((s) => s.first >= clause.first && s.first <= clause.last);
    const reader = cf && counterfactualSubject(tokens, clause, cf, lex, language);
    if (cf && reader !== undefined) {
      found.push({
        start: clause.first,
        end: clause.last,
        cueFirst: Math.min(cf.first, reader),
        cueLast: Math.min(cf.last, clause.last),
      });
      return;
    }
    let agent = language === 'de' ? agentDe(tokens, clause, lex, afterMark) : agentEn(tokens, clause, lex);
    const side = frameIn(sides, clause.first, clause.last);
    if (!agent && side) agent = { first: side.first, last: side.last, kind: 'side', relative: false };
    const thanked = !agent ? frameIn(thanks, clause.first, clause.last) : undefined;
    if (!agent && thanked) {
      // "Danke fürs Weiterleiten – drei Wochen nach …": only lateness in the next clause blames.
      const late = next && frameIn(lateness, next.first, next.last);
      if (next && late) found.push({ start: next.first, end: next.last, cueFirst: late.first, cueLast: late.last });
      return;
    }
    if (!agent) {
      const blamed = causeNoun(tokens, clause, causes, lex, language);
      if (blamed) found.push(blamed);
      return;
    }
    // A condition before the agent ("if you missed") is an offer, not a charge (German: checked at the clause's head).
    if (language === 'en') for (let k = clause.first; k < agent.first; k++) if (lex.conditions.has(tokens[k])) return;
    // A passive agent or a side may follow its verb ("was never paid by your office", "got lost on your end").
    const from = agent.kind === 'side' ? clause.first : agent.last + 1;
    const late = frameIn(lateness, from, clause.last);
    const phrase = frameIn(faultPhrases, from, clause.last);
    const negatedAgent = lex.negations.has(tokens[agent.first]) || lex.negatedSomeone.has(tokens[agent.first]);
    const failure = failureAfter(tokens, from, clause.last, lex, language, late, phrase, negatedAgent);
    if (failure) {
      let start = clause.first;
      // "die Farbe, die Sie besorgt haben, …": the relative clause stands for its head.
      if (agent.relative && c === 1) start = (clauses[0] as Clause).first;
      found.push({
        start,
        end: clause.last,
        cueFirst: Math.min(agent.first, from),
        cueLast: Math.max(failure.last, agent.last),
      });
      return;
    }
    // No failure said: blame by cause ("weil Sie …", "because of the drainage you skipped") or defiance ("obwohl …").
    if (next && lex.despite.has(tokens[next.first])) {
      if (
        hasWord(tokens, next.first, next.last, lex.negations) ||
        hasWord(tokens, next.first, next.last, lex.warnings)
      ) {
        found.push({ start: clause.first, end: clause.last, cueFirst: agent.first, cueLast: agent.last });
        return;
      }
    }
    const previous = clauses[c - 1];
    // The cause frame stands in the clause, runs into it ("liegt daran, | dass Sie …"), or its noun carries this relative clause.
    const cause =
      frameIn(causes, clause.first, agent.first) ??
      (previous
        ? causes.find(
            (s) => s.last >= previous.first && s.last <= clause.first + 1 && (s.last >= clause.first || agent.relative),
          )
        : undefined);
    const subordinateCause =
      language === 'de' && ['weil', 'da'].includes(tokens[clause.first]?.folded ?? '') && !agent.relative;
    if ((cause || subordinateCause) && (agent.kind !== 'side' || cause)) {
      const negationHurts = (cause?.entry as CauseEntry | undefined)?.negationHurts === true;
      // The effect is what stands outside the cause: "The site is crawling | because of the plugins your intern installed".
      // A frame that runs into this clause ("liegt daran, dass Sie …") starts the finding; one before it ("stammt von der Anlage, die …") does not.
      const from = cause && cause.last >= clause.first ? cause.first : clause.first;
      const credited = tokens.some((t) => lex.credits.has(t));
      // "Das Problem ist, dass …" names the damage itself.
      const named = (cause?.entry as CauseEntry | undefined)?.names === true;
      if (
        !credited &&
        (named ||
          problemOutside(tokens, { first: Math.max(from, clause.first), last: clause.last }, lex, negationHurts))
      ) {
        found.push({ start: from, end: clause.last, cueFirst: from, cueLast: agent.last });
        return;
      }
    }
    if (agent.relative) {
      const failing = failingHead(tokens, clauses, c, agent, lex, language);
      if (failing) found.push(failing);
    }
  });
  return found;
}

/**
 * A relative clause on the reader's side whose head then fails: "the contract
 * your partner drafted is a minefield", "die Farbe, die Sie besorgt haben, deckt nicht".
 */
function failingHead(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  c: number,
  agent: Agent,
  lex: Lexicon,
  language: Language,
): Found | null {
  const clause = clauses[c] as Clause;
  const head = clauses[0] as Clause;
  // German: a short head clause before it ("die Farbe, die Sie …, deckt nicht"); English: one clause ("… you signed is …").
  const mainNext = language === 'de' && c === 1 && head.last - head.first < 5;
  const scope = mainNext ? clauses[c + 1] : language === 'en' ? clause : undefined;
  if (!scope) return null;
  // English: the head's own verb follows the relative one ("you signed | is a minefield").
  const from = language === 'en' ? mainVerbAfter(tokens, agent.last + 2, scope.last, lex) : scope.first;
  // German: what the head does fails ("deckt nicht"); not someone else's act ("wird vom Hersteller nicht mehr …").
  if (from < 0 || (mainNext && hasWord(tokens, scope.first, scope.last, lex.otherAgents))) return null;
  for (let k = from; k <= scope.last; k++) {
    const t = tokens[k] as Token;
    if (lex.problems.has(t) || (mainNext && lex.negations.has(t) && tokens[k + 1]?.folded !== 'mehr'))
      return { start: mainNext ? head.first : clause.first, end: scope.last, cueFirst: agent.first, cueLast: k };
  }
  return null;
}

/** "Every time you …, things go wrong": the damage clause that follows carries the blame. */
function habitDamage(
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
function consequenceIn(sentence: SentenceView): Found | null {
  const lex = lexicon(sentence.language);
  const { tokens } = sentence;
  const opener = lex.consequences.spans(sentence)[0];
  if (!opener || isQuestion(tokens) || tokens.some((t) => lex.credits.has(t))) return null;
  if (!tokens.some((t, k) => k > opener.last && lex.problems.has(t))) return null;
  let last = tokens.length - 1;
  while (last > opener.first && !tokens[last]?.word) last--;
  return { start: opener.first, end: last, cueFirst: opener.first, cueLast: opener.last };
}

export const readerFault: Rule = {
  id: 'reader-fault',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    let previous: SentenceView | null = null;
    let previousBlamed = false;
    for (const sentence of doc.sentences) {
      const found = readerFaultIn(sentence);
      // "Dadurch ist … verloren gegangen" right after the reader's failure: its damage, laid at their door.
      if (found.length === 0 && previousBlamed && previous?.paragraph === sentence.paragraph) {
        const consequence = consequenceIn(sentence);
        if (consequence) found.push(consequence);
      }
      previous = sentence;
      previousBlamed = found.length > 0;
      for (const f of found) {
        const { tokens } = sentence;
        const start = (tokens[f.start] as Token).start;
        if (inQuotes(doc, start)) continue;
        findings.push({
          ruleId: `${sentence.language}/blame/reader-fault`,
          category: 'blame',
          start,
          end: (tokens[f.end] as Token).end,
          suggestions: [],
          cue: { start: (tokens[f.cueFirst] as Token).start, end: (tokens[f.cueLast] as Token).end },
        });
      }
    }
    return findings;
  },
};
