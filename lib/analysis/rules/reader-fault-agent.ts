// Who acts in a clause, when it is the reader or the reader's side: the
// subject pronoun, a possessive agent noun ("Ihr Büro", "your accountant"),
// "someone from your …", or a passive's agent, in German and in English.
import type { Token } from '../tokenize';
import { type Clause, wordsIn } from './reader-fault-clauses';
import { type Lexicon, lemmaOfToken } from './reader-fault-lexicon';

type AgentKind = 'pronoun' | 'noun' | 'side';

/** Who acts in a clause, when it is the reader's side: the token range that names them. */
export interface Agent {
  first: number;
  last: number;
  kind: AgentKind;
  /** The clause is a relative clause ("die Sie besorgt haben", "the drainage you skipped"). */
  relative: boolean;
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

/** Words of objectBefore that are nouns after a determiner: "the theme update your developer pushed". */
const NOUNISH = new Set(['update', 'call', 'show', 'help', 'meet']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'my', 'his', 'her']);

function nounAt(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  if (k < 1 || !NOUNISH.has(tokens[words[k] as number]?.folded ?? '')) return false;
  return [k - 1, k - 2].some((j) => j >= 0 && DETERMINERS.has(tokens[words[j] as number]?.folded ?? ''));
}

export function agentEn(tokens: readonly Token[], clause: Clause, lex: Lexicon): Agent | null {
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
      if (before && lex.objectBefore.hasFolded(before.folded) && !lex.someone.has(t) && !nounAt(tokens, words, k - 1))
        continue;
      const next = tokens[words[words.indexOf(end) + 1] as number];
      if (!verbish(next, lex)) continue;
      return { first: i, last: end, kind: 'noun', relative };
    }
  }
  return null;
}

/** Finite forms that only "ihr" takes. */
const IHR_FINITE = new Set([
  'habt',
  'hattet',
  'hättet',
  'seid',
  'wart',
  'wärt',
  'werdet',
  'würdet',
  'solltet',
  'wolltet',
]);

/** Whether the clause's final verb agrees with a polite or plural reader ("… geschickt haben", not "… hat"). */
function agreesAtEnd(tokens: readonly Token[], words: readonly number[], lex: Lexicon): boolean {
  const last = tokens[words[words.length - 1] as number];
  return !lex.singularFinite.has(last);
}

export function agentDe(tokens: readonly Token[], clause: Clause, lex: Lexicon, afterMark: boolean): Agent | null {
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
  /** "…, die ihr euch ausgesucht habt": in a subordinate clause the verb agreeing with "ihr" stands later ("habt", "hattet"). */
  const ihrBeforeFinalVerb = (k: number): Agent | null => {
    if (at(k)?.text !== 'ihr') return null;
    const agrees = words.slice(k + 1).some((w) => IHR_FINITE.has(tokens[w]?.folded ?? ''));
    return agrees ? { first: words[k] as number, last: words[k] as number, kind: 'pronoun', relative: false } : null;
  };

  /** A passive's agent from word `from` on: "Die Rechnung wurde von Ihrem Büro … beglichen". */
  const passiveAgent = (from: number): Agent | null => {
    for (let k = from; k < words.length - 1; k++) {
      if (!['von', 'vom', 'durch', 'seitens'].includes(at(k)?.folded ?? '')) continue;
      const end = possessiveAgent(tokens, words, k + 1, lex);
      if (end >= 0 && !lex.subjects.has(at(0)) && !words.slice(0, k).some((w) => lex.self.has(tokens[w])))
        return { first: words[k] as number, last: end, kind: 'side', relative: false };
    }
    return null;
  };

  // Main clause: the subject first, a passive's agent, or the subject after the finite verb.
  const mainClauseAgent = (): Agent | null => {
    // "bis heute haben Sie …" is a time, "bis Sie …" a condition.
    if (lex.conditions.has(head) && (head.folded !== 'bis' || lex.subjects.has(at(1)))) return null;
    // Main clause with the subject first: "Sie haben …", "Ihr Büro hat …".
    const first = subjectAt(0);
    if (first) {
      if (first.kind === 'pronoun' && lex.singularFinite.has(at(1))) return null;
      return first;
    }
    const passive = passiveAgent(0);
    if (passive) return passive;
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
  };
  // Subordinate or relative clause: the subject follows the opener.
  const relative = afterMark && lex.relatives.has(head);
  // "Da haben Sie …" (there), not "da Sie …" (since).
  const opener = lex.subordinators.has(head) && !(head.folded === 'da' && lex.finite.has(at(1)));
  if (opener || relative) {
    let k = 1;
    while (k < words.length - 1 && lex.particles.has(at(k))) k++;
    const direct = subjectAt(k);
    const agent = direct ?? ihrBeforeFinalVerb(k);
    // After a colon or dash "Die Übungen hast du …" opens a main clause: "die" is its article, not a relative.
    if (!agent && relative && !opener) return mainClauseAgent();
    // "…, weil die Belege von Ihrem Lohnbüro erst im Februar eingereicht wurden".
    if (!agent) return opener && !relative ? passiveAgent(1) : null;
    if (direct?.kind === 'pronoun' && !agreesAtEnd(tokens, words, lex)) return null;
    return { ...agent, relative };
  }
  return mainClauseAgent();
}
