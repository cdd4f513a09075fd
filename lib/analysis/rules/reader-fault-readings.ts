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
import { hasWord, type Lexicon, lemmaOfToken, lexicon, Words, wrongAt } from './reader-fault-lexicon';

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
  // "Das hätte Ihr Bauleiter merken müssen", "Euer Trockenbauer hätte das sehen müssen": the reader's people as the
  // subject of a missed duty, by the possessive right before or after "hätte" ("…nicht … müssen" is a kindness).
  if (cf.entry.id === 'haette-ihr-team-muessen') {
    for (let i = cf.first; i < cf.last; i++) if (lex.negations.has(tokens[i])) return undefined;
    const yours = (k: number) => {
      const t = tokens[k];
      return k >= clause.first && lex.possessives.has(t) && (t?.folded !== 'ihr' || t.text === 'Ihr');
    };
    const noun = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
    // An outcome expected, not a duty missed: "Ihr Sohn hätte die Prüfung bestehen müssen".
    if (OUTCOMES.has(tokens[cf.last - 1]?.folded ?? '')) return undefined;
    if (yours(cf.first + 1) && noun(cf.first + 2)) return cf.first + 1;
    // The possessive opens the clause: "Die Lieferung Ihres Lieferanten hätte …" has the delivery as its subject.
    if (yours(cf.first - 2) && noun(cf.first - 1) && (cf.first - 2 === clause.first || !tokens[cf.first - 3]?.word))
      return cf.first - 2;
    return undefined;
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
  // "Hätte jemand aus Ihrem Team reagiert, …": someone on the reader's side, by the possessive after "aus".
  const someone = tokens[cf.first + 1];
  const side = tokens[cf.first + 3];
  if (
    language === 'de' &&
    lex.someone.has(someone) &&
    lex.someoneJoins.has(tokens[cf.first + 2]) &&
    lex.possessives.has(side) &&
    (side?.folded !== 'ihr' || side.text === 'Ihr')
  )
    return endsOnDeedBeforeAuxiliary(tokens, clause) ? cf.first + 1 : undefined;
  // "Wenn in Ihrem Büro jemand …": the reader's side named before "jemand".
  const place = tokens[cf.first + 2];
  if (
    language === 'de' &&
    lex.someoneJoins.has(tokens[cf.first + 1]) &&
    ((lex.possessives.has(place) && (place?.folded !== 'ihr' || place.text === 'Ihr')) ||
      place?.text === 'Ihnen' ||
      place?.folded === 'euch' ||
      place?.folded === 'dir')
  ) {
    for (let k = cf.first + 3; k <= Math.min(cf.first + 6, clause.last); k++)
      if (lex.someone.has(tokens[k]) && !lex.negatedSomeone.has(tokens[k]))
        return endsOnDeedBeforeAuxiliary(tokens, clause) ? k : undefined;
  }
  // "If someone at your yard had checked …": someone on the reader's side, then the deed's participle.
  if (
    language === 'en' &&
    lex.someone.has(someone) &&
    !lex.negatedSomeone.has(someone) &&
    lex.someoneJoins.has(tokens[cf.first + 2]) &&
    lex.possessives.has(side)
  ) {
    for (let k = cf.first + 4; k <= Math.min(cf.first + 7, clause.last); k++)
      if (tokens[k]?.folded === 'had') return participleAt(tokens[k + 1], lex) ? cf.first + 1 : undefined;
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

/** Infinitives before "hätte … müssen" that name an outcome, not a duty. */
const OUTCOMES = new Set(
  'bestehen gewinnen schaffen bekommen erhalten kommen werden sein haben gefallen passen klappen funktionieren laufen gehen bleiben halten reichen'.split(
    ' ',
  ),
);

/** German: the clause ends on the deed's participle ("… geliefert,"), not on a noun or an adjective ("… Zeit,", "… so nett,"). */
function endsOnDeed(tokens: readonly Token[], clause: Clause): boolean {
  const verb = tokens[clause.last];
  if (!verb?.word || verb.text[0] !== verb.folded[0]) return false;
  // "… zukommen lassen": the infinitive standing in for the participle.
  return lemmaOfToken(verb, 'de') !== verb.folded || verb.folded === 'lassen';
}

const FINAL_AUXILIARIES = new Set(['hätte', 'hätten', 'hättest', 'hättet', 'wäre', 'wären', 'wärst', 'wärt']);

/** A verb-final "wenn" clause ends on its auxiliary: the deed is the word before it ("… gezählt hätte", not "… Fragen hätte"). */
function endsOnDeedBeforeAuxiliary(tokens: readonly Token[], clause: Clause): boolean {
  const last = tokens[clause.last];
  if (last && FINAL_AUXILIARIES.has(last.folded) && clause.last > clause.first)
    return endsOnDeed(tokens, { first: clause.first, last: clause.last - 1 });
  return endsOnDeed(tokens, clause);
}

/** A participle-like word right after "should have", "had you" (told, sent, warned; not "a", "received"). */
function participleAt(token: Token | undefined, lex: Lexicon): boolean {
  if (!token?.word || token.folded === 'been') return false;
  if (lex.sameFormParticiples.hasFolded(token.folded)) return true;
  const lemma = lemmaOfToken(token, 'en');
  if (lex.receiving.hasFolded(lemma)) return false;
  // A regular past the tables lack ("propped", "grouted"): read by its ending.
  if (lemma === token.folded && /^[a-z]{2,}[^e]ed$/.test(token.folded)) return true;
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

/** Negated modals and copulas before the unfinished work: "we couldn't finish", "we aren't done", "wir konnten nicht …". */
const CANNOT = new Set(["couldn't", "can't", 'cannot', "aren't", "isn't", "won't", "weren't", "wasn't"]);

/** Damage or trouble outside the clause (the effect a cause is blamed for). */
export function problemOutside(
  tokens: readonly Token[],
  clause: Clause,
  lex: Lexicon,
  negationCounts: boolean,
): boolean {
  // A semicolon joins statements of their own: "Die Mehrkosten schätze ich auf 600 Euro; das Angebot kommt von
  // Ihrem Holzbauer" names no damage for the second.
  let from = 0;
  let to = tokens.length - 1;
  for (let k = clause.first - 1; k >= 0; k--)
    if ((tokens[k] as Token).text.includes(';')) {
      from = k + 1;
      break;
    }
  for (let k = clause.last + 1; k < tokens.length; k++)
    if ((tokens[k] as Token).text.includes(';')) {
      to = k - 1;
      break;
    }
  for (let k = from; k <= to; k++) {
    if (k >= clause.first && k <= clause.last) continue;
    const t = tokens[k] as Token;
    if (lex.problems.has(t) && !deniedProblem(tokens, k, lex)) return true;
    if (negationCounts && lex.negations.has(t)) return true;
    // "Wir sind noch nicht fertig", "we're not done yet": work held up is the damage.
    if (
      (lex.negations.has(t) || CANNOT.has(t.folded)) &&
      hasWord(tokens, k + 1, Math.min(k + 3, tokens.length - 1), lex.undone)
    )
      return true;
  }
  return false;
}

/** "Not a single issue came up", "keine Probleme", "without any delay": a problem denied is none. */
function deniedProblem(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let i = Math.max(0, k - 3); i < k; i++) {
    const t = tokens[i] as Token;
    if (lex.negations.has(t) || t.folded === 'without' || t.folded === 'ohne') return true;
  }
  return false;
}

/** Days before "früh": "heute früh" is this morning, not an early deed. */
const MORNING_OF = new Set([
  'heute',
  'morgen',
  'gestern',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
]);

/** A word that makes a cause a credit ("found the leak because you checked so carefully"); the frame's own "dank" is none. */
function creditIn(tokens: readonly Token[], lex: Lexicon, frame: FrameSpan): boolean {
  return tokens.some(
    (t, k) =>
      (k < frame.first || k > frame.last) &&
      lex.credits.has(t) &&
      !(t.folded === 'früh' && MORNING_OF.has(tokens[k - 1]?.folded ?? '')),
  );
}

/** Joins before a possessive that make its agent the owner of a noun phrase: "the layouts from your office". */
const OWNER_JOINS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['von', 'aus', 'seitens', 'bei', 'durch']),
  en: new Set(['from', 'by', 'of', 'on', 'at', 'in']),
};
/** The reader as the object of a cause frame: "because of you", "liegt an dir". */
const READER_OBJECTS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['Ihnen', 'dir', 'euch', 'dich']),
  en: new Set(['you']),
};

/** A possessive with an agent noun within three words after it ("your marketing team"): the noun's index, or -1. */
function agentAfter(tokens: readonly Token[], k: number, to: number, lex: Lexicon): number {
  const owner = tokens[k];
  if (!lex.possessives.has(owner) || owner?.text === 'ihr') return -1;
  for (let j = k + 1; j <= Math.min(k + 3, to); j++) if (lex.agentNouns.has(tokens[j])) return j;
  return -1;
}

interface Owned {
  /** Where the reader's side is named. */
  owner: number;
  /** The end of the phrase that carries it: the clause, or the relative clause after it. */
  end: number;
  /** That relative clause, when it names the owner ("die Korrekturen, die Ihr Marketing … nachgeschoben hat"). */
  relative?: Clause;
}

/**
 * The reader's side as the owner of a cause's noun phrase when no possessive opens it: "the layouts from your
 * office", "die späte Entscheidung Ihrerseits", "because of you", or a relative clause after it whose agent is
 * the reader ("auf die Sicherungen zurückzuführen, um die sich Ihre IT-Abteilung … nicht gekümmert hat").
 */
function ownerOf(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  c: number,
  cause: FrameSpan,
  sides: readonly FrameSpan[],
  lex: Lexicon,
  language: Language,
): Owned | null {
  const clause = clauses[c] as Clause;
  let k = cause.last + 1;
  while (k <= clause.last && !tokens[k]?.word) k++;
  const object = tokens[k];
  if (object && READER_OBJECTS[language].has(language === 'de' ? object.text : object.folded))
    return { owner: k, end: clause.last };
  for (let i = cause.first + 1; i <= clause.last; i++) {
    const before = tokens[i - 1];
    // "from your office", "von Ihrem Büro", or a German genitive after its noun ("der Unterschrift Ihres Geschäftsführers").
    const joined =
      OWNER_JOINS[language].has(before?.folded ?? '') ||
      (language === 'de' && i - 1 > cause.last && /^\p{Lu}/u.test(before?.text ?? '') && before?.word === true);
    if (joined && agentAfter(tokens, i, clause.last, lex) >= 0) return { owner: i, end: clause.last };
  }
  const side = sides.find((s) => s.first > cause.last && s.last <= clause.last);
  if (side) return { owner: side.first, end: clause.last };
  // A relative clause right after the phrase: "…, die Ihr Marketing …", "…, um die sich Ihre IT-Abteilung …".
  const next = clauses[c + 1];
  if (!next || clause.last < cause.last) return null;
  const opens = lex.relatives.has(tokens[next.first]) || lex.relatives.has(tokens[next.first + 1]);
  if (!opens) return null;
  // The relative's subject, someone on their side anywhere in it ("…, das in Ihrer Buchhaltung … klebte"), or, with a
  // negation, a place of theirs ("…, die in Ihrem Laden nicht geführt wurden").
  const negated = hasWord(tokens, next.first, next.last, lex.negations);
  for (let i = next.first; i <= next.last; i++) {
    const t = tokens[i] as Token;
    const pronoun =
      i <= next.first + 4 &&
      lex.subjects.has(t) &&
      (language === 'en' || t.text !== 'ihr' || /t$/.test(tokens[next.last]?.folded ?? ''));
    const place = negated && lex.possessives.has(t) && t.text !== 'ihr';
    if (pronoun || place || agentAfter(tokens, i, next.last, lex) >= 0)
      return { owner: i, end: next.last, relative: next };
  }
  const relativeSide = sides.find((s) => s.first >= next.first && s.last <= next.last);
  return relativeSide ? { owner: relativeSide.first, end: next.last, relative: next } : null;
}

/** A negation right before the cause frame denies it: "lag nicht an Ihnen", "has nothing to do with your …". */
function deniedCause(tokens: readonly Token[], cause: FrameSpan, clause: Clause, lex: Lexicon): boolean {
  for (let k = Math.max(clause.first, cause.first - 2); k < cause.first; k++)
    if (lex.negations.has(tokens[k])) return true;
  for (let k = cause.first; k <= cause.last; k++) if (lex.negations.has(tokens[k])) return true;
  return false;
}

/**
 * The reader's thing as the cause: "wegen Ihrer späten Zusage", "due to your
 * late payment" (a faulty word in the phrase), or "because of your changes"
 * with damage elsewhere in the sentence; also a phrase the reader's side owns
 * further on ("down to the layouts from your office").
 */
export function causeNoun(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  c: number,
  causes: readonly FrameSpan[],
  sides: readonly FrameSpan[],
  /** Lateness in the sentence: after "Dank der Korrekturen, die Ihr Team …" it is the damage ("erst am 20. geliefert"). */
  lateness: readonly FrameSpan[],
  lex: Lexicon,
  language: Language,
): Found | null {
  const clause = clauses[c] as Clause;
  for (const cause of causes) {
    if (cause.last < clause.first - 1 || cause.last > clause.last || (cause.entry as CauseEntry).takes !== 'noun')
      continue;
    const credited = creditIn(tokens, lex, cause);
    let k = cause.last + 1;
    while (k <= clause.last && !tokens[k]?.word) k++;
    if (!lex.possessives.has(tokens[k])) {
      const owned =
        credited || deniedCause(tokens, cause, clause, lex)
          ? null
          : ownerOf(tokens, clauses, c, cause, sides, lex, language);
      if (!owned) continue;
      const entry = cause.entry as CauseEntry;
      const phraseLast = owned.relative ? clause.last : owned.end;
      const faulty = hasWord(tokens, cause.last + 1, phraseLast, lex.faulty);
      const relative = owned.relative;
      // The relative clause says what they failed to do: "um die sich … nicht gekümmert hat", "which came in late".
      const failed =
        relative !== undefined &&
        (hasWord(tokens, relative.first, relative.last, lex.negations) ||
          hasWord(tokens, relative.first, relative.last, lex.faulty));
      const effect = entry.needsFault
        ? tokens.some((t, i) => (i < cause.first || i > owned.end) && lex.problems.has(t)) ||
          lateness.some((l) => l.first > owned.end || l.last < cause.first)
        : problemOutside(
            tokens,
            { first: Math.max(cause.first, clause.first), last: owned.end },
            lex,
            entry.negationHurts === true,
          );
      // With a relative clause the charge is the thing and what they did to it: "stammt von | der Anlage, die Ihr Schwager …".
      const from = Math.max(cause.first, clause.first);
      // A frame that opens the clause ("Ursache ist …", "The reason … is …") keeps it whole.
      const opens = cause.first - clause.first <= 1;
      const start = relative && !opens && cause.last < clause.last ? cause.last + 1 : clause.first;
      if (faulty || failed || effect)
        return {
          start,
          end: owned.end,
          cueFirst: Math.max(from, start),
          cueLast: owned.owner,
          own: start !== clause.first,
        };
      continue;
    }
    // "nicht an Ihrem Haus oder an Schäden": the reader's thing, denied as the cause.
    if (deniedCause(tokens, cause, clause, lex)) continue;
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
    if ((cause.entry as CauseEntry).needsFault || credited) continue;
    if (problemOutside(tokens, { first: start, last: phraseEnd }, lex, false))
      return { start: clause.first, end: clause.last, cueFirst: start, cueLast: phraseEnd };
  }
  return null;
}

/** Past conditional forms that say what would have been ("hätten wir … können", "wäre nicht passiert"). */
const KONJUNKTIV_PAST = new Set(['hätte', 'hätten', 'hättest', 'hättet', 'wäre', 'wären', 'wärst', 'wärt']);
const MODAL_INFINITIVES = new Set(['können', 'müssen', 'sollen', 'dürfen', 'lassen']);

/** A clause that says what would have been, ending on its verb: "Die hätten wir uns sparen können", not "Es wäre schön". */
export function pastConsequence(tokens: readonly Token[], clause: Clause): boolean {
  if (!hasFolded(tokens, clause, KONJUNKTIV_PAST)) return false;
  const last = tokens[clause.last];
  if (!last?.word || last.text[0] !== last.folded[0]) return false;
  return MODAL_INFINITIVES.has(last.folded) || lemmaOfToken(last, 'de') !== last.folded;
}

function hasFolded(tokens: readonly Token[], clause: Clause, words: ReadonlySet<string>): boolean {
  for (let k = clause.first; k <= clause.last; k++) if (words.has(tokens[k]?.folded ?? '')) return true;
  return false;
}

/** The writer's own things: "unser Bericht wurde nicht wie zugesagt fertig" is their lapse. */
const WRITER_OWN = new Set([
  'our',
  'my',
  'unser',
  'unsere',
  'unserem',
  'unseren',
  'unserer',
  'unseres',
  'mein',
  'meine',
  'meinem',
  'meinen',
  'meiner',
  'meines',
]);
const PASSIVE_DE = new Set(['wurde', 'wurden', 'worden', 'war', 'waren']);
/** Articles after "by"/"von" that name someone other than the reader: "by the council", "von der Bank". */
const THIRD_PARTY = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'der', 'dem', 'den', 'einer', 'einem']);

/**
 * The reader's part said in the passive as never reaching the writer, or not done as agreed: not in a condition,
 * not a status ("noch nicht", "not yet"), not the writer's own thing, and in German with its passive.
 */
export function notSentCharge(tokens: readonly Token[], clause: Clause, span: FrameSpan, lex: Lexicon): boolean {
  if (lex.conditions.has(tokens[clause.first])) return false;
  // The writer before a "because" is the one hurt ("We lost the slot | because the deposit was paid late").
  let from = clause.first;
  for (let k = span.first - 1; k > clause.first; k--)
    if (lex.subordinators.has(tokens[k])) {
      from = k;
      break;
    }
  for (let k = from; k <= clause.last; k++) {
    const t = tokens[k] as Token;
    // The status words stand in or right after the frame ("haven't been sent to us yet"), not elsewhere ("aren't back yet because …").
    const near = k >= span.first - 1 && k <= span.last + 2;
    if (near && (t.folded === 'yet' || (t.folded === 'noch' && lex.negations.has(tokens[k + 1])))) return false;
    if (k < span.first && (lex.self.has(t) || WRITER_OWN.has(t.folded))) return false;
    // "paid late by us", "von uns zu spät eingereicht": the writer's own lapse; "by the council", "vom Amt": a third party's.
    const agentJoin = ['by', 'von', 'vom', 'durch'].includes(tokens[k - 1]?.folded ?? '');
    if (
      agentJoin &&
      (t.folded === 'us' || t.folded === 'uns' || tokens[k - 1]?.folded === 'vom' || THIRD_PARTY.has(t.folded))
    )
      return false;
  }
  return !span.entry.id.startsWith('nicht-wie') || hasFolded(tokens, clause, PASSIVE_DE);
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
  // German: the head's verb goes on after the relative clause ("…, deckt nicht"); a clause of its own that
  // opens with "da", "weil" … is another statement ("…, der Sie abholt, da Sie nicht selbst fahren dürfen").
  if (mainNext && lex.subordinators.has(tokens[scope.first])) return null;
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
      wrongAt(lex, tokens, k, language) ||
      (mainNext &&
        lex.negations.has(t) &&
        tokens[k + 1]?.folded !== 'mehr' &&
        !hasWord(tokens, scope.first, scope.last, LOSS_WORDS))
    )
      return { start: mainNext ? head.first : clause.first, end: scope.last, cueFirst: agent.first, cueLast: k };
  }
  return null;
}

/** Losses whose negation is good news: "Stunden, die du absagst, verfallen nicht", "…, kosten nichts extra". */
const LOSS_WORDS = new Words([
  'verfallen',
  'verfällt',
  'erlischt',
  'erlöschen',
  'verjährt',
  'verjähren',
  'kostet',
  'kosten',
  'berechnet',
  'berechnen',
  'anfallen',
  'fällt',
]);

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

/** "wenn wir", "if we", "unser Fehler", "I'm sorry": the writer's own lapse or regret, not a charge. */
const OWN_LAPSE = new Set(['sorry', 'leid', 'entschuldigung', 'entschuldigen', 'apologise', 'apologize', 'apologies']);

/**
 * An avoidable damage laid at the reader's door: the sentence names the reader ("Sie", "your") or what was asked of
 * them ("the documents we requested"), and neither the writer's own things nor an apology stand in it.
 */
export function avoidableCharge(tokens: readonly Token[], span: FrameSpan, lex: Lexicon, marked: boolean): boolean {
  let named = marked;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (WRITER_OWN.has(t.folded) || OWN_LAPSE.has(t.folded)) return false;
    if (lex.conditions.has(t) && lex.self.has(tokens[k + 1])) return false;
    if (lex.requested.has(t)) named = true;
  }
  return named && span.first > 0;
}

/** Causal openers whose clause may carry the reader's thing as its subject. */
const CAUSAL_OPENERS = new Set(['because', 'since', 'as', 'weil', 'da']);

/**
 * "because your approvals took so long", "weil sich Ihr Briefing ständig geändert hat": a causal clause whose subject
 * is the reader's thing (not a person) and that says it came late, went wrong or was a fault.
 */
export function possessedCause(
  tokens: readonly Token[],
  clause: Clause,
  lateness: readonly FrameSpan[],
  lex: Lexicon,
  language: Language,
): Found | null {
  let opener = clause.first;
  while (opener < clause.last && !CAUSAL_OPENERS.has(tokens[opener]?.folded ?? '')) opener++;
  if (opener >= clause.last || (opener > clause.first && language === 'de')) return null;
  // The possessive within the next three words ("because your", "weil sich Ihr").
  let owner = -1;
  for (let k = opener + 1; k <= Math.min(opener + 3, clause.last); k++) {
    const t = tokens[k] as Token;
    if (lex.possessives.has(t) && t.text !== 'ihr') {
      owner = k;
      break;
    }
  }
  if (owner < 0 || hasWord(tokens, opener, clause.last, lex.credits)) return null;
  const late = lateness.some((l) => l.first > owner && l.last <= clause.last);
  let fault = false;
  let habit = false;
  let change = false;
  for (let k = owner + 1; k <= clause.last && !fault; k++) {
    const t = tokens[k] as Token;
    fault = lex.faulty.has(t) || wrongAt(lex, tokens, k, language);
    habit ||= HABIT.has(t.folded);
    change ||= CHANGE.has(t.folded);
  }
  fault ||= habit && change;
  if (!late && !fault) return null;
  // From the owner: the clause grows back to its opener (extent.ts), and a phrase that starts there keeps its rewrite.
  return { start: owner, end: clause.last, cueFirst: owner, cueLast: owner };
}

/** A brief that would not sit still: "kept changing", "ständig geändert" (not "kept us informed", "ständig erreichbar"). */
const HABIT = new Set(['kept', 'keeps', 'ständig', 'dauernd', 'laufend', 'constantly']);
const CHANGE = new Set([
  'changing',
  'shifting',
  'moving',
  'slipping',
  'changed',
  'geändert',
  'verschoben',
  'umgestellt',
  'gewechselt',
]);
