// German blame without the reader as the doer: "Ihr Einkauf hat die
// Bestellung über den falschen Rahmenvertrag ausgelöst" → "Die Bestellung
// wurde über den falschen Rahmenvertrag ausgelöst"; "Sie haben die Rechnung
// noch nicht bezahlt" → "Die Rechnung ist noch nicht bezahlt." Only objects
// whose accusative is their nominative (feminine, neuter, plural), and only
// where the number is clear: otherwise no rewrite.
import type { Candidate, RewriteInput } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { capitalise, clauseEnd, type Piece, render, words } from './pieces';
import { EN_PREPOSITIONS } from './words';

const READER_SUBJECTS = new Set(['sie', 'du', 'ihr']);
const READER_POSSESSIVES = /^(?:ihr|ihre|dein|deine|euer|eure)$/;
/** Determiners whose accusative is the nominative. */
export const SAME_CASE = /^(?:die|das|eine|ein|meine|deine|ihre|unsere|eure|diese|dieses|alle|beide)$/;
const NEUTER_OR_ONE = /^(?:das|ein|dieses)$/;
const SINGULAR_ENDINGS =
  /(?:ung|heit|keit|schaft|ion|tät|ik|ur|ei|nis|liste|macht|gabe|frage|zahlung|karte|akte|mail|nummer|frist|klausel|regel|formel|adresse|summe|vorlage|anlage|nachricht)$/;
const PLURAL_ENDINGS =
  /(?:ungen|heiten|keiten|schaften|ionen|täten|nisse|listen|karten|akten|unterlagen|daten|papiere)$/;
/** Words before a fronted verb that keep it second ("jedoch hat …", "leider haben …"). */
export const CONNECTORS = new Set([
  'jedoch',
  'aber',
  'allerdings',
  'leider',
  'dann',
  'nun',
  'jetzt',
  'dabei',
  'trotzdem',
  'außerdem',
  'zudem',
]);
/** A clause-final past participle: "ausgelöst", "hochgeladen", "bezahlt", and inseparable ones without "ge" ("unterschrieben", "vergessen"). */
function isParticiple(p: Piece | undefined): p is Piece {
  if (!p?.word) return false;
  if (/ge\p{L}+[tn]$|(?:iert|t)$/u.test(p.folded)) return true;
  // Clause-final after a form of "haben", such a word is the participle ("unterschrieben"), not an infinitive.
  return /^(?:be|ver|er|ent|zer|über|unter|miss|hinter|emp)\p{L}+en$/u.test(p.folded);
}
const NEGATIONS = new Set(['nicht', 'nie', 'niemals']);
const REQUEST: Record<RewriteInput['form'], string> = {
  sie: 'Könnten Sie das bis [Datum] nachholen?',
  du: 'Könntest du das bis [Datum] nachholen?',
  ihr: 'Könntet ihr das bis [Datum] nachholen?',
};

/** Masculine accusative determiners and their nominative: "den" → "der", "einen" → "ein", "Ihren" → "Ihr". */
const MASCULINE: Record<string, { nominative: string; weak: boolean }> = {
  den: { nominative: 'der', weak: true },
  diesen: { nominative: 'dieser', weak: true },
  jeden: { nominative: 'jeder', weak: true },
  einen: { nominative: 'ein', weak: false },
  keinen: { nominative: 'kein', weak: false },
  meinen: { nominative: 'mein', weak: false },
  deinen: { nominative: 'dein', weak: false },
  ihren: { nominative: 'ihr', weak: false },
  unseren: { nominative: 'unser', weak: false },
  euren: { nominative: 'euer', weak: false },
};

/**
 * A masculine object in the nominative, so it can be the subject of a passive:
 * "den falschen Vertrag" → "der falsche Vertrag", "einen neuen Plan" → "ein
 * neuer Plan". Null where "den" may be a dative plural ("den Kunden") or the
 * phrase is not a plain determiner, adjectives and a noun.
 */
export function nominative(object: readonly Piece[]): Piece[] | null {
  const det = object[0] as Piece;
  const rule = MASCULINE[det.folded];
  if (!rule) return null;
  const noun = object[object.length - 1] as Piece;
  if (!/^\p{Lu}/u.test(noun.text) || object.slice(1, -1).some((p) => !p.word || /^\p{Lu}/u.test(p.text))) return null;
  // A plural noun after "den" is a dative: "den Kunden" (lemma "kunde") is not "der Kunden".
  if (noun.lemma !== noun.folded && /n$/.test(noun.folded)) return null;
  const text = det.text.charAt(0) === det.text.charAt(0).toUpperCase() ? capitalise(rule.nominative) : rule.nominative;
  const adjectives = object.slice(1, -1).map((p) => {
    if (!/en$/.test(p.folded)) return p;
    const stem = p.text.slice(0, -2);
    return { ...p, text: rule.weak ? `${stem}e` : `${stem}er` };
  });
  return [{ ...det, text, folded: rule.nominative }, ...adjectives, noun];
}

/** Whether the noun phrase is plural, singular, or unclear (null). */
export function plural(phrase: readonly Piece[]): boolean | null {
  const det = phrase[0] as Piece;
  if (NEUTER_OR_ONE.test(det.folded) || /^(?:eine|der|dem|des|einer|einem|eines)$/.test(det.folded)) return false;
  if (det.folded === 'alle' || det.folded === 'beide') return true;
  // After "die" an adjective tells: "die vereinbarte" (one), "die vereinbarten" (several).
  const nounAt = phrase.findIndex((p, i) => i > 0 && /^\p{Lu}/u.test(p.text));
  const adjective = phrase.slice(1, nounAt).find((p) => p.word && p.text === p.text.toLowerCase());
  if (adjective && det.folded === 'die') return adjective.folded.endsWith('en');
  const noun = phrase[nounAt] as Piece;
  if (PLURAL_ENDINGS.test(noun.folded)) return true;
  if (SINGULAR_ENDINGS.test(noun.folded)) return false;
  // A noun lemma shorter than the form is a plural ("pläne" → "plan"); a verb reading ("belege" → "belegen") is unclear.
  if (noun.lemma !== noun.folded && !noun.lemma.endsWith('en')) return true;
  return null;
}

/** The reader as doer at `s`: "Sie"/"du"/"ihr", or "Ihr Einkauf", "deine Assistentin"; returns the end of it, or -1. */
export function agentEnd(pieces: readonly Piece[], s: number): number {
  const p = pieces[s];
  if (!p?.word) return -1;
  if (READER_POSSESSIVES.test(p.folded) && pieces[s + 1]?.word && /^\p{Lu}/u.test(pieces[s + 1]?.text ?? ''))
    return s + 2;
  if (READER_SUBJECTS.has(p.folded) && (p.folded !== 'sie' || p.text === 'Sie')) return s + 1;
  return -1;
}

/** The state or event said of a fronted object: "Die Bögen haben Sie nicht ausgefüllt" → "Die Bögen sind noch nicht ausgefüllt". */
function fromFront(pieces: readonly Piece[], aux: number, agent: number, form: RewriteInput['form']): Candidate[] {
  const end = clauseEnd(pieces, agent);
  const participle = pieces[end - 1];
  if (!isParticiple(participle)) return [];
  const object = pieces.slice(0, aux);
  const many = plural(object);
  if (many === null) return [];
  return said(
    object,
    many,
    pieces.slice(agent, end - 1),
    participle,
    [],
    pieces.slice(end),
    form,
    pieces.slice(aux, agent),
  );
}

/** Whether the words hold "ohne/um/statt … zu …" (or "abzusagen"): a clause that needs the doer. */
export function hangingInfinitive(tail: readonly Piece[]): boolean {
  const at = tail.findIndex((p) => /^(?:ohne|um|statt|anstatt)$/.test(p.folded));
  return at >= 0 && tail.slice(at + 1).some((p) => p.folded === 'zu' || /^\p{L}+zu\p{L}+en$/u.test(p.folded));
}

/** Object, verb, the rest and the participle as one clause (verb second after a fronted word in `head`). */
function said(
  object: readonly Piece[],
  many: boolean,
  middle: readonly Piece[],
  participle: Piece,
  head: readonly Piece[],
  tail: readonly Piece[],
  form: RewriteInput['form'],
  agent: readonly Piece[],
): Candidate[] {
  // "…, ohne abzusagen": an infinitive clause whose doer was the reader has none left in the passive.
  if (hangingInfinitive(tail)) return [];
  // "nicht rechtzeitig" says when, not whether: an event, without "noch".
  const timing = middle.some((p) => p.folded === 'rechtzeitig' || p.folded === 'pünktlich');
  const negated = !timing && middle.some((p) => NEGATIONS.has(p.folded));
  // Reading, heeding, keeping a deadline are no state of the thing ("Das Angebot ist noch nicht gelesen"):
  // not done, they stay the reader's omission, and "nachholen" makes it a chore.
  if (negated && unattended(participle, middle)) return [];
  // Not done yet: a state ("ist noch nicht bezahlt"); done wrong or late: an event ("wurde … ausgelöst").
  const verb = negated ? (many ? 'sind' : 'ist') : many ? 'wurden' : 'wurde';
  const withYet =
    negated && !middle.some((p) => /^(?:noch|bisher|mal|wieder|erneut)$/.test(p.folded))
      ? // "gar nicht" is an emphasis that "noch nicht" takes over ("gar noch nicht" is no German).
        middle.filter((p) => p.folded !== 'gar').flatMap((p) => (NEGATIONS.has(p.folded) ? words('noch nicht') : [p]))
      : [...middle];
  const opener = head.length > 0 && (head[head.length - 1] as Piece).word;
  const subject = object.map((p, i) =>
    i === 0 ? { ...p, gap: head.length > 0 ? ' ' : '', text: head.length > 0 ? p.text : capitalise(p.text) } : p,
  );
  // After a fronted word ("jedoch") the verb stays second: "jedoch wurde die Bestellung …".
  const clause = opener
    ? [...words(verb), ...subject, ...withYet, participle]
    : [...subject, ...words(verb), ...withYet, participle];
  const text = render([...head, ...clause, ...tail]);
  const dropped = agent.map((p) => p.folded);
  // Not done yet: ask for it; done wrong or late: say it.
  return [{ text: negated ? `${text} ${REQUEST[form]}` : text, dropped }];
}

/**
 * Participles of attention and compliance (reading, looking at, heeding, keeping a rule or a deadline): what
 * they did not do leaves the thing as it was, so "ist noch nicht …" says no state of it.
 */
const ATTENTION =
  /^(?:\p{L}*gelesen|angesehen|angeschaut|durchgesehen|beachtet|befolgt|eingehalten|beherzigt|wahrgenommen|verstanden|bemerkt|gesehen|gehört|angehört|registriert|mitgebracht)$/u;
/** Whether a participle (with the words before it: "zur Kenntnis genommen") is one of attention or compliance. */
export const unattended = (participle: Piece, middle: readonly Piece[] = []): boolean =>
  ATTENTION.test(participle.folded) ||
  (participle.folded === 'genommen' && middle.some((p) => p.folded === 'kenntnis'));

const SUBORDINATORS = new Set(['weil', 'da', 'nachdem', 'dass', 'obwohl', 'seit', 'seitdem']);
/** Relative pronouns in the accusative and their nominative, for "…, das/die/den Sie … haben". */
const RELATIVE_NOMINATIVE: Record<string, string> = { das: 'das', die: 'die', den: 'der' };

/**
 * The reader as subject of a subordinate clause: "weil Sie den Termin nicht
 * abgesagt haben" → "weil der Termin nicht abgesagt wurde".
 */
function subordinate(pieces: readonly Piece[]): Candidate[] {
  for (let s = 1; s < pieces.length - 3; s++) {
    const opener = pieces[s - 1] as Piece;
    const relative = pieces[s - 2]?.text === ',' && RELATIVE_NOMINATIVE[opener.folded] !== undefined;
    if (!SUBORDINATORS.has(opener.folded) && !relative) continue;
    const agent = agentEnd(pieces, s);
    // "die ihr euch ausgesucht habt": the reflexive belongs to the doer and cannot stay in the passive.
    if (agent < 0 || /^(?:euch|dich|dir|sich)$/.test(pieces[agent]?.folded ?? '')) continue;
    const end = clauseEnd(pieces, agent);
    const aux = pieces[end - 1];
    const participle = pieces[end - 2];
    if (!aux?.word || aux.lemma !== 'haben' || !isParticiple(participle)) continue;
    if (relative) {
      // "…, das Ihr Vertrieb geliefert hat" → "…, das geliefert wurde": the relative pronoun becomes the subject.
      const antecedent = pieces.slice(0, s - 2);
      const head = antecedent.findLastIndex((p) => p.word && DE_DETERMINERS.has(p.folded));
      // The antecedent's number, or the main verb's after the clause ("…, sind unbrauchbar").
      const after = pieces[end + 1]?.folded ?? '';
      const verbNumber = /^(?:sind|haben|waren|werden|wurden)$/.test(after)
        ? true
        : /^(?:ist|hat|war|wird|wurde)$/.test(after)
          ? false
          : null;
      // "der Korrekturen, die …": after "die" a noun in -en/-ern/-eln is a plural, whatever its article says.
      const noun = antecedent[antecedent.length - 1]?.folded ?? '';
      const pluralNoun = opener.folded === 'die' && /(?:en|ern|eln)$/.test(noun);
      const many =
        opener.folded === 'die'
          ? pluralNoun || ((head >= 0 ? plural(antecedent.slice(head)) : null) ?? verbNumber)
          : false;
      if (many === null) continue;
      const nominativeRelative = { ...opener, text: RELATIVE_NOMINATIVE[opener.folded] as string };
      const out = [
        ...pieces.slice(0, s - 1),
        nominativeRelative,
        ...pieces.slice(agent, end - 2).map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)),
        participle,
        ...words(many ? 'wurden' : 'wurde'),
        ...pieces.slice(end),
      ];
      return [{ text: render(out), dropped: pieces.slice(s, agent).map((p) => p.folded) }];
    }
    const from = agent;
    const objectEnd = nounPhraseEnd(pieces, from);
    if (!pieces[from]?.word || objectEnd < 0 || objectEnd >= end - 2) continue;
    const accusative = pieces.slice(from, objectEnd);
    const same = SAME_CASE.test((pieces[from] as Piece).folded);
    const object = same ? accusative : nominative(accusative);
    if (!object) continue;
    const many = same ? plural(object) : false;
    if (many === null) continue;
    const subject = object.map((p, i) => (i === 0 ? { ...p, gap: (pieces[s] as Piece).gap } : p));
    const out = [
      ...pieces.slice(0, s),
      ...subject,
      ...pieces.slice(objectEnd, end - 2),
      participle,
      ...words(many ? 'wurden' : 'wurde'),
      ...pieces.slice(end),
    ];
    return [{ text: render(out), dropped: pieces.slice(s, agent).map((p) => p.folded) }];
  }
  return [];
}

export function germanPassive(input: RewriteInput): Candidate[] {
  const clause = subordinate(input.pieces);
  if (clause.length > 0) return clause;
  const { pieces, form } = input;
  // Subject first ("Sie haben …") at the sentence's start, or after "jedoch/aber/und" verb-first ("jedoch hat Ihr Einkauf …").
  for (let s = 0; s < pieces.length; s++) {
    const before = pieces[s - 1];
    const verbFirst = before?.word && /^(?:haben|hat|habt|hast)$/.test(before.folded);
    const agent = agentEnd(pieces, s);
    if (agent < 0) continue;
    const aux = verbFirst ? s - 1 : agent;
    // The clause starts at the subject, or at the word before its verb ("jedoch hat Ihr Einkauf …").
    // The object fronted: "Die vereinbarten Bögen haben Sie nicht ausgefüllt."
    if (verbFirst && s >= 2 && pieces[0] && SAME_CASE.test(pieces[0].folded) && nounPhraseEnd(pieces, 0) === s - 1) {
      const fronted = fromFront(pieces, s - 1, agent, form);
      if (fronted.length > 0) return fronted;
      continue;
    }
    const clauseStart = verbFirst ? s - 2 : s - 1;
    const starter = pieces[clauseStart];
    if (
      clauseStart >= 0 &&
      !(starter && (!starter.word ? /^[,;:–—-]$/.test(starter.text) : verbFirst && CONNECTORS.has(starter.folded)))
    )
      continue;
    if ((pieces[aux] as Piece | undefined)?.lemma !== 'haben') continue;
    const from = verbFirst ? agent : aux + 1;
    const end = clauseEnd(pieces, from);
    const participle = pieces[end - 1];
    if (!isParticiple(participle)) continue;
    if (!pieces[from]?.word) continue;
    const objectEnd = nounPhraseEnd(pieces, from);
    if (objectEnd < 0 || objectEnd >= end) continue;
    const accusative = pieces.slice(from, objectEnd);
    const masculine = SAME_CASE.test((pieces[from] as Piece).folded) ? null : nominative(accusative);
    if (!masculine && !SAME_CASE.test((pieces[from] as Piece).folded)) continue;
    const object = masculine ?? accusative;
    const many = masculine ? false : plural(object);
    if (many === null) continue;
    const head = verbFirst ? pieces.slice(0, s - 1) : pieces.slice(0, s);
    return said(
      object,
      many,
      pieces.slice(objectEnd, end - 1),
      participle,
      head,
      pieces.slice(end),
      form,
      pieces.slice(s, agent),
    );
  }
  return [];
}

const PASSIVE = /^(?:wurde|wurden|worden|werden|wird|was|were|been|being)$/;
const AGENT_PRONOUN = /^(?:ihnen|dir|euch|you)$/;
const AGENT_POSSESSIVE = /^(?:ihrer|ihrem|ihren|deiner|deinem|deinen|eurer|eurem|euren|your)$/;

/** Words that close an English agent after "by your …": what follows is no longer who did it. */
const EN_AGENT_CLOSE = new Set([
  ...EN_PREPOSITIONS,
  'and',
  'or',
  'but',
  'so',
  'because',
  'since',
  'as',
  'when',
  'while',
  'which',
  'who',
  'that',
  'yet',
  'again',
  'late',
  'too',
  'only',
  'ever',
  'last',
  'yesterday',
  'today',
  'until',
]);

/**
 * The end of an English agent whose words start at `from` ("by your [site manager]"): up to three words, closed by
 * a mark, the sentence's end or a word that starts what follows ("… by your accounts team on Friday"); -1 where
 * it is not clear where the agent ends ("… by your team's lawyer").
 */
function englishAgentEnd(pieces: readonly Piece[], from: number): number {
  let end = from;
  while (end < from + 3 && pieces[end]?.word && !EN_AGENT_CLOSE.has((pieces[end] as Piece).folded)) {
    if (/ly$/.test((pieces[end] as Piece).folded) || /\d/.test((pieces[end] as Piece).text)) return -1;
    end++;
  }
  const after = pieces[end];
  if (end === from) return -1;
  if (!after) return end;
  if (after.word) return EN_AGENT_CLOSE.has(after.folded) ? end : -1;
  return /^[.,;:!?–—)-]$/.test(after.text) ? end : -1;
}

/** A passive that names the reader as its agent ("… von Ihnen erst nach Abgabe eingereicht worden", "… by your team") without that agent. */
export function withoutAgent(input: RewriteInput): Candidate[] {
  const { pieces } = input;
  if (!pieces.some((p) => p.word && PASSIVE.test(p.folded))) return [];
  for (let i = 0; i < pieces.length - 1; i++) {
    const by = pieces[i] as Piece;
    if (!by.word || !/^(?:von|by)$/.test(by.folded)) continue;
    const next = pieces[i + 1] as Piece;
    let end = -1;
    if (AGENT_PRONOUN.test(next.folded) && (next.folded !== 'ihnen' || next.text === 'Ihnen')) end = i + 2;
    else if (next.folded === 'your') end = englishAgentEnd(pieces, i + 2);
    else if (AGENT_POSSESSIVE.test(next.folded) && pieces[i + 2]?.word) {
      // "von Ihrem externen Lohnbüro": in German the agent runs to its noun, past the adjectives before it.
      end = i + 3;
      while (
        end < pieces.length &&
        /^\p{Ll}/u.test((pieces[end - 1] as Piece).text) &&
        (pieces[end] as Piece).word &&
        /^\p{Lu}/u.test((pieces[end] as Piece).text)
      )
        end++;
    }
    if (end < 0) continue;
    const out = [...pieces.slice(0, i), ...pieces.slice(end).map((p, k) => (k === 0 ? { ...p, gap: by.gap } : p))];
    return [{ text: render(out), dropped: pieces.slice(i, end).map((p) => p.folded) }];
  }
  return [];
}
