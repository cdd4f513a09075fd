// The reader made the culprit, found by construction rather than by phrase: a
// clause whose agent is the reader or the reader's side ("Sie", "you", "Ihr
// Büro", "your accountant", "von Ihnen", "on your end") and that says they
// failed (negated completion, a fault verb, something wrong, lateness), that
// they should have acted (counterfactual), or that a damage stems from what
// they did (cause). Sentences that ask, clear, console or put the writer first
// stay quiet. Data: ../constructions/reader-fault.{de,en}.ts.
import type { CauseEntry, CounterfactualEntry, HarmEntry, NotSentEntry } from '../constructions/reader-fault.types';
import { type Doc, inQuotes, type SentenceView } from '../document';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import type { FrameSpan } from './frames';
import { agentDe, agentEn } from './reader-fault-agent';
import { type Clause, clausesOf, type Found, frameIn, isQuestion, zuInfinitive } from './reader-fault-clauses';
import { failureAfter, habitFramed } from './reader-fault-failure';
import { hasWord, type Lexicon, lemmaOfToken, lexicon } from './reader-fault-lexicon';
import {
  avoidableCharge,
  causeNoun,
  consequenceIn,
  counterfactualSubject,
  failingHead,
  habitDamage,
  notSentCharge,
  pastConsequence,
  possessedCause,
  problemOutside,
} from './reader-fault-readings';
import type { RawFinding, Rule } from './types';

export type { Found } from './reader-fault-clauses';

/** English causal subordinators inside a clause: "… offer because your broker never …". */
const CAUSAL = new Set(['because', 'since']);

/**
 * Where the charge starts: the clause, or in English its "because" part ("… offer | because your broker never …");
 * extent.ts gives it the clause back when the effect before it is the shorter part ("Your gums are bleeding because …").
 */
function chargeStart(tokens: readonly Token[], clause: Clause, agentFirst: number): number {
  for (let k = agentFirst - 1; k > clause.first; k--) if (CAUSAL.has(tokens[k]?.folded ?? '')) return k;
  return clause.first;
}

/** The end of a "before" part that says the thing was not ready ("bevor sie ausgehärtet war"), in the clause or the next. */
function prematureEnd(
  tokens: readonly Token[],
  from: number,
  clause: Clause,
  next: Clause | undefined,
  lex: Lexicon,
): number | undefined {
  for (let k = from; k <= clause.last; k++)
    if (lex.before.has(tokens[k]) && hasWord(tokens, k + 1, clause.last, lex.unready)) return clause.last;
  if (next && lex.before.has(tokens[next.first]) && hasWord(tokens, next.first + 1, next.last, lex.unready))
    return next.last;
  return undefined;
}

/** The clause is the "dass"/"that" clause of thanks that open the sentence ("Danke, dass du …"). */
function thankedClause(tokens: readonly Token[], clauses: readonly Clause[], c: number, lex: Lexicon): boolean {
  const clause = clauses[c];
  if (!clause || c === 0 || !lex.thankedThat.has(tokens[clause.first])) return false;
  if (!lex.thanksOpen.has(tokens.find((t) => t.word))) return false;
  // The thanks and the clause are next to each other: "Danke, | dass …", "Vielen Dank dafür, | dass …".
  return c === 1 || (c === 2 && (clauses[1]?.last ?? 0) - (clauses[1]?.first ?? 0) < 3);
}

/** The clause puts something right (a lemma of repair). */
function repairIn(tokens: readonly Token[], clause: Clause, language: Language, lex: Lexicon): boolean {
  for (let k = clause.first; k <= clause.last; k++) {
    const t = tokens[k] as Token;
    if (t.word && (lex.repairs.has(t) || lex.repairs.hasFolded(lemmaOfToken(t, language)))) return true;
  }
  return false;
}

/** Only a pronoun before the cause frame ("Das liegt daran, dass …", "This is because …"): the effect is in the sentence before. */
const POINTERS = new Set(['das', 'dies', 'dieses', 'this', 'that', 'it', "that's", "it's"]);
/** Words that may stand beside the pronoun: "This is mostly because …", "It happened because …". */
const POINTER_FILLERS = new Set([
  'ist',
  'war',
  'is',
  'was',
  'happened',
  'occurred',
  'passierte',
  'geschah',
  'mostly',
  'mainly',
  'largely',
  'partly',
  'probably',
  'simply',
  'just',
  'all',
]);

function anaphoric(tokens: readonly Token[], causeFirst: number, lex: Lexicon): boolean {
  let words = 0;
  for (let k = 0; k < causeFirst; k++) {
    const t = tokens[k] as Token;
    if (!t.word || lex.particles.has(t) || POINTER_FILLERS.has(t.folded)) continue;
    if (!POINTERS.has(t.folded)) return false;
    words++;
  }
  return words > 0;
}

/** Passive auxiliaries: "the damp in your basement was caused by …" blames the wall, not the reader. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'wurde', 'wurden', 'worden']);

function passiveIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (PASSIVE.has(tokens[k]?.folded ?? '')) return true;
  return false;
}

/** The construction's finds in one sentence (token indexes), before the engine tidies overlapping findings. */
export function readerFaultIn(sentence: SentenceView, before?: SentenceView): Found[] {
  const { tokens, language } = sentence;
  const lex = lexicon(language);
  // Without a word for the reader only their part reaching the writer late or never can blame them.
  const marked = tokens.some((t) => lex.markers.has(t));
  const avoidable = lex.avoidable.spans(sentence)[0];
  if (!marked && !avoidable && lex.lateFrom.spans(sentence).length === 0 && lex.notSent.spans(sentence).length === 0)
    return [];
  if (isQuestion(tokens) || lex.clearing.has(sentence)) return [];
  // "Mit den Unterlagen, um die wir Sie gebeten hatten, wäre das vermeidbar gewesen": the whole sentence is the charge.
  if (avoidable && avoidableCharge(tokens, avoidable, lex, marked)) {
    let last = tokens.length - 1;
    while (last > 0 && !tokens[last]?.word) last--;
    return [{ start: 0, end: last, cueFirst: avoidable.first, cueLast: avoidable.last }];
  }
  // "Das kommt daher, dass Sie …": the damage "das" points back to stands in the sentence before.
  const earlierProblem = before?.tokens.some((t) => lex.problems.has(t)) === true;
  const clauses = clausesOf(tokens);
  const sides = lex.sides.spans(sentence);
  const lateness = lex.lateness.spans(sentence);
  const faultPhrases = lex.faultPhrases.spans(sentence);
  const counterfactual = lex.counterfactual.spans(sentence);
  const causes = lex.causes.spans(sentence);
  const thanks = lex.thanks.spans(sentence);
  const habits = lex.habits.spans(sentence);
  const outcomes = lex.outcomes.spans(sentence);
  const faultsAt = lex.faultAt.spans(sentence);
  const lateFrom = lex.lateFrom.spans(sentence);
  const harms = lex.harms.spans(sentence);
  const notSent = lex.notSent.spans(sentence);
  const found: Found[] = [];
  clauses.forEach((clause, c) => {
    const afterMark = c > 0;
    const next = clauses[c + 1];
    const habit = habitDamage(tokens, clause, next, habits, lex);
    if (habit) {
      found.push(habit);
      return;
    }
    // "Das Versäumnis liegt auf Ihrer Seite": unless denied ("lag nicht bei Ihnen") or a condition ("falls der Fehler …").
    const at = frameIn(faultsAt, clause.first, clause.last);
    if (
      at &&
      !hasWord(tokens, clause.first, clause.last, lex.negations) &&
      !hasWord(tokens, clause.first, clause.last, lex.self) &&
      !lex.conditions.has(tokens[clause.first])
    ) {
      found.push({ start: clause.first, end: clause.last, cueFirst: at.first, cueLast: at.last });
      return;
    }
    // "Wir haben die Texte von Ihnen erst am Freitag bekommen", "we didn't get the brief from you until …".
    const got = frameIn(lateFrom, clause.first, clause.last);
    if (got && !lex.conditions.has(tokens[clause.first])) {
      found.push({ start: clause.first, end: clause.last, cueFirst: got.first, cueLast: got.last });
      return;
    }
    // "Die Quittungen wurden uns nie übermittelt", "the key wasn't left as we'd agreed".
    const unsent = frameIn(notSent, clause.first, clause.last);
    if (unsent && !(marked && (unsent.entry as NotSentEntry).implicit) && notSentCharge(tokens, clause, unsent, lex)) {
      found.push({
        start: clause.first,
        end: clause.last,
        cueFirst: unsent.first,
        cueLast: unsent.last,
        agentless: true,
      });
      return;
    }
    // "Ihre Ablage hat uns zwei Tage gekostet", "your wiring caused the short circuit".
    const harm = frameIn(harms, clause.first, clause.last);
    if (
      harm &&
      !hasWord(tokens, clause.first, clause.last, lex.negations) &&
      ((harm.entry as HarmEntry).copula || !passiveIn(tokens, harm.first, harm.last)) &&
      (!(harm.entry as HarmEntry).needsDamage || hasWord(tokens, harm.last + 1, clause.last, lex.problems))
    ) {
      found.push({ start: clause.first, end: clause.last, cueFirst: harm.first, cueLast: harm.last });
      return;
    }
    // "…, wenn Ihr Zimmermann … gehalten hätte": a frame read after its consequence counts only after a past one
    // ("hätten wir uns sparen können"); at the sentence start another frame of the clause may read it.
    const readable = (s: FrameSpan) => {
      if ((s.entry as CounterfactualEntry).after !== true) return true;
      const earlier = clauses[c - 1];
      return earlier !== undefined && pastConsequence(tokens, earlier);
    };
    const inClause = counterfactual.filter((s) => s.first >= clause.first && s.first <= clause.last);
    const cf = inClause.find(readable) ?? inClause[0];
    const after = (cf?.entry as CounterfactualEntry | undefined)?.after === true;
    const before = after ? clauses[c - 1] : undefined;
    const allowed = cf !== undefined && readable(cf);
    // "Hätten Sie die Unterlagen nicht so schnell geschickt, …": a deed denied with praise is thanks, the praise in
    // the clause or later in the sentence ("Had you not called us straight away, … – thank you, that call saved …").
    const praised =
      hasWord(tokens, clause.first, clause.last, lex.negations) &&
      hasWord(tokens, clause.first, tokens.length - 1, lex.credits);
    // The thanked deed is no plain failure either ("not called" beside the thanks).
    if (cf && praised) return;
    const reader = cf && allowed ? counterfactualSubject(tokens, clause, cf, lex, language) : undefined;
    if (cf && reader !== undefined) {
      found.push({
        start: before ? before.first : clause.first,
        end: clause.last,
        cueFirst: Math.min(cf.first, reader),
        cueLast: Math.min(cf.last, clause.last),
        ...((cf.entry as CounterfactualEntry).pressure ? { pressure: true } : {}),
      });
      return;
    }
    let agent = language === 'de' ? agentDe(tokens, clause, lex, afterMark) : agentEn(tokens, clause, lex);
    const side = frameIn(sides, clause.first, clause.last);
    if (!agent && side) {
      // "Durch die späte Zusage Ihrerseits ist der Termin gerutscht": the side owns a cause's noun phrase.
      const blamed = causeNoun(tokens, clauses, c, causes, sides, lateness, lex, language);
      if (blamed) {
        found.push(blamed);
        return;
      }
      // "Wenn bis dahin nichts von euch kommt, …": a condition, not a charge (the agent finders check their heads too).
      const head = tokens[clause.first];
      if (language === 'de' && lex.conditions.has(head) && head?.folded !== 'bis') return;
      agent = { first: side.first, last: side.last, kind: 'side', relative: false };
    }
    const thanked = !agent ? frameIn(thanks, clause.first, clause.last) : undefined;
    if (!agent && thanked) {
      // "Danke fürs Weiterleiten – drei Wochen nach …": only lateness in the next clause blames.
      const late = next && frameIn(lateness, next.first, next.last);
      if (next && late) found.push({ start: next.first, end: next.last, cueFirst: late.first, cueLast: late.last });
      return;
    }
    if (!agent) {
      const blamed =
        causeNoun(tokens, clauses, c, causes, sides, lateness, lex, language) ??
        possessedCause(tokens, clause, lateness, lex, language);
      if (blamed) found.push(blamed);
      return;
    }
    // A condition before the agent ("if you missed") is an offer, not a charge (German: checked at the clause's head);
    // "when" inside a cause frame ("the leak started when your plumber …") is no condition.
    const framed = frameIn(causes, clause.first, agent.first);
    if (language === 'en')
      for (let k = clause.first; k < agent.first; k++)
        if (lex.conditions.has(tokens[k]) && !(framed && k >= framed.first && k <= framed.last)) return;
    // A passive agent or a side may follow its verb ("was never paid by your office", "got lost on your end").
    const from = agent.kind === 'side' ? clause.first : agent.last + 1;
    // "Sie haben die Belege geschickt, | drei Wochen nach der Frist": lateness may open the next clause.
    const late =
      frameIn(lateness, from, clause.last) ??
      (next && !agent.relative
        ? lateness.find((s) => s.first >= next.first && s.first <= next.first + 1 && s.last <= next.last)
        : undefined);
    const phrase = frameIn(faultPhrases, from, clause.last);
    // "No one from your team …": the negation stands before "one".
    const negatedAgent =
      lex.negations.has(tokens[agent.first]) ||
      lex.negatedSomeone.has(tokens[agent.first]) ||
      (tokens[agent.first]?.folded === 'one' && tokens[agent.first - 1]?.folded === 'no');
    // "Sie haben sich entschieden, | die Empfehlung zu ignorieren": the infinitive after the comma is the reader's deed.
    const infinitive = language === 'de' && next && !agent.relative && zuInfinitive(tokens, next) ? next : undefined;
    const failure =
      failureAfter(tokens, from, clause.last, lex, language, late, phrase, negatedAgent, agent.kind === 'side') ??
      (infinitive
        ? failureAfter(
            tokens,
            infinitive.first,
            infinitive.last,
            lex,
            language,
            frameIn(lateness, infinitive.first, infinitive.last),
            frameIn(faultPhrases, infinitive.first, infinitive.last),
            negatedAgent,
          )
        : null);
    if (failure) {
      if (habitFramed(tokens, clause.first, clause.last, failure, lex, language)) return;
      // "Danke, dass du die falsche Lieferung so schnell geklärt hast": the wrong thing is what the thanked deed put right.
      if (thankedClause(tokens, clauses, c, lex) && repairIn(tokens, clause, language, lex)) return;
      // A fault phrase beside praise is the praise's setting: "in Eigenregie wunderbar gepflastert".
      if (phrase && failure.last === phrase.last && hasWord(tokens, clause.first, clause.last, lex.credits)) return;
      let start = chargeStart(tokens, clause, agent.first);
      // "die Farbe, die Sie besorgt haben, …": the relative clause stands for its short head (not for "Der Schaden stammt von …").
      const head = clauses[c - 1];
      if (agent.relative && head && head.last - head.first < 5) start = head.first;
      found.push({
        start,
        end: infinitive ? infinitive.last : next && failure.last > clause.last ? next.last : clause.last,
        cueFirst: Math.min(agent.first, from),
        cueLast: Math.max(failure.last, agent.last),
      });
      return;
    }
    // Done before it was ready: "…, bevor sie ausgehärtet war", "walked across it before it had cured".
    const early = prematureEnd(tokens, agent.last + 1, clause, next, lex);
    if (early !== undefined && !hasWord(tokens, clause.first, clause.last, lex.negations)) {
      found.push({ start: clause.first, end: early, cueFirst: agent.first, cueLast: agent.last });
      return;
    }
    // The deed, then its damage: "Sie haben die Police auslaufen lassen, deshalb ist der Anspruch hinfällig".
    if (next && !agent.relative) {
      const outcome = frameIn(outcomes, next.first, Math.min(next.first + 1, next.last));
      if (
        outcome &&
        (hasWord(tokens, outcome.last + 1, next.last, lex.problems) ||
          hasWord(tokens, outcome.last + 1, next.last, lex.outcomeDamage))
      ) {
        found.push({ start: clause.first, end: clause.last, cueFirst: agent.first, cueLast: agent.last });
        return;
      }
    }
    // No failure said: blame by cause ("weil Sie …", "because of the drainage you skipped") or defiance ("obwohl …").
    if (next && lex.despite.has(tokens[next.first])) {
      // "…, though of course there's no need": a negation that reassures denies nothing the reader did.
      const denial = tokens.some(
        (t, k) => k >= next.first && k <= next.last && lex.negations.has(t) && !lex.reassured.has(tokens[k + 1]),
      );
      if (denial || hasWord(tokens, next.first, next.last, lex.warnings)) {
        found.push({ start: clause.first, end: clause.last, cueFirst: agent.first, cueLast: agent.last });
        return;
      }
    }
    // "…, against everything we discussed", "…, ohne Rücksprache": the fault phrase after a comma is the deed's manner.
    const manner = next && !agent.relative ? frameIn(faultPhrases, next.first, next.last) : undefined;
    if (manner && manner.first === next?.first) {
      found.push({ start: clause.first, end: next.last, cueFirst: agent.first, cueLast: manner.last });
      return;
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
      // "Die Schiene passt nicht, | weil du sie nicht getragen hast": a deed left undone, a negated effect; not the
      // writer's own refusal ("… können wir nicht ausstellen, | weil Sie nicht in der Praxis waren").
      const negationHurts =
        (cause?.entry as CauseEntry | undefined)?.negationHurts === true ||
        (subordinateCause &&
          previous !== undefined &&
          hasWord(tokens, clause.first, clause.last, lex.negations) &&
          !hasWord(tokens, previous.first, previous.last, lex.self));
      // The effect is what stands outside the cause: "The site is crawling | because of the plugins your intern installed".
      // A frame that runs into this clause ("liegt daran, dass Sie …") starts the finding; one before it ("stammt von der Anlage, die …") does not.
      const from = cause && cause.last >= clause.first ? cause.first : clause.first;
      const credited = tokens.some((t) => lex.credits.has(t));
      // "Das Problem ist, dass …" names the damage itself.
      const named = (cause?.entry as CauseEntry | undefined)?.names === true;
      if (
        !credited &&
        (named ||
          problemOutside(tokens, { first: Math.max(from, clause.first), last: clause.last }, lex, negationHurts) ||
          (cause !== undefined && anaphoric(tokens, cause.first, lex) && earlierProblem) ||
          // "…, lag daran, dass ihr erst um halb elf da wart": their lateness is what the frame explains.
          (cause !== undefined && late !== undefined && late.first > agent.last && late.last <= clause.last))
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
  return found.map((f) => withMainClause(tokens, clauses, withFrontedEffect(tokens, clauses, f)));
}

/** Causal openers of a fronted clause: "Since you sat on the order, | the house …", "Weil …, | war die Frist …". */
const FRONTED_CAUSE = new Set(['since', 'because', 'as', 'weil', 'da']);

/** A charge that is a fronted cause (sentence start or after a colon) takes in a short main clause after it: the damage it explains. */
function withMainClause(tokens: readonly Token[], clauses: readonly Clause[], f: Found): Found {
  const c = clauses.findIndex((clause) => clause.first === f.start && clause.last === f.end);
  const clause = clauses[c];
  const next = clauses[c + 1];
  if (!clause || !next || !FRONTED_CAUSE.has(tokens[clause.first]?.folded ?? '')) return f;
  if (c > 0 && tokens[clause.first - 1]?.text !== ':') return f;
  // Only a short effect joins: a coach who underlines the cause alone still finds it (at most twice its length).
  const length = (k: Clause) => (tokens[k.last] as Token).end - (tokens[k.first] as Token).start;
  return length(next) <= length(clause) ? { ...f, end: next.last } : f;
}

/** Openers of a fronted clause that names the effect: "Dass wir nicht weiterkommen, | liegt an dir". */
const FRONTED_EFFECT = new Set(['dass', 'that', 'what']);

/** A charge whose clause follows the sentence's fronted "dass" clause takes it in: that clause is the damage it explains. */
function withFrontedEffect(tokens: readonly Token[], clauses: readonly Clause[], f: Found): Found {
  const first = clauses[0];
  const second = clauses[1];
  if (!first || !second || f.start !== second.first || !FRONTED_EFFECT.has(tokens[first.first]?.folded ?? '')) return f;
  return { ...f, start: first.first };
}

/** The writer owning a failure or apologising for it: "tut mir leid", "I apologise", "our fault", "unser Fehler". */
const OWNING: Record<Language, RegExp> = {
  de: /\b(?:tut (?:mir|uns) (?:\p{L}+ )?leid|entschuldige[n]? (?:mich|uns)|bitte(?:n)? (?:um )?entschuldigung|unser(?:em)? fehler|mein(?:em)? fehler|auf unsere kappe|unser versäumnis|bedauer[en]+ (?:ich|wir) sehr)/iu,
  en: /\b(?:i|we) (?:sincerely |truly )?apologi[sz]e|\bour (?:fault|mistake|error|oversight)\b|\bmy (?:fault|mistake|error|oversight)\b|\bfailure (?:in|on) our\b|\bdropped the ball\b|\bi'?m (?:so |very |really )?sorry that\b/iu,
};

/** Whether a sentence up to three before `at` (in its paragraph or the one before) or two after owns or apologises. */
function ownedNear(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[at] as SentenceView;
  for (let k = Math.max(0, at - 3); k <= at + 2; k++) {
    const s = doc.sentences[k];
    const near =
      s !== undefined && (s.paragraph === sentence.paragraph || (k < at && sentence.paragraph - s.paragraph <= 1));
    if (near && OWNING[s.language].test(doc.text.slice(s.start, s.end))) return true;
  }
  return false;
}

export const readerFault: Rule = {
  id: 'reader-fault',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    let previous: SentenceView | null = null;
    let previousBlamed = false;
    for (const [at, sentence] of doc.sentences.entries()) {
      // An agentless passive in a mail that owns the matter nearby ("Es tut mir sehr leid …", "That was a failure in
      // our process") is the writer's side reporting what went wrong, not a charge.
      const found = readerFaultIn(sentence, previous?.paragraph === sentence.paragraph ? previous : undefined).filter(
        (f) => !f.agentless || !ownedNear(doc, at),
      );
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
        // Quoted words are someone else's: „Sie hätten Angst, ‚alles falsch gemacht' zu haben“.
        if (inQuotes(doc, start) || inQuotes(doc, (tokens[f.cueFirst] as Token).start)) continue;
        findings.push({
          ruleId: f.pressure ? `${sentence.language}/pressure/should-have` : `${sentence.language}/blame/reader-fault`,
          category: f.pressure ? 'pressure' : 'blame',
          start,
          end: (tokens[f.end] as Token).end,
          suggestions: [],
          cue: { start: (tokens[f.cueFirst] as Token).start, end: (tokens[f.cueLast] as Token).end },
          ...(f.own ? { ownExtent: true } : {}),
        });
      }
    }
    return findings;
  },
};
