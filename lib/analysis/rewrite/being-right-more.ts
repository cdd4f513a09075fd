// More "being right" said as what it carries (issue 14): the writer's advice
// as it stands now ("You'll recall that I advised against the cheaper tiles"
// → "I'd still advise against the cheaper tiles."), a prediction as what will
// be the case, a request repeated as the request, the "I told you so" lead-in
// gone, and advice not taken said as a plan for next time ("Hättest du auf
// mich gehört, hättest du dir den Ärger gespart" → "Für das nächste Mal: Lass
// uns so etwas vorher gemeinsam besprechen, dann ersparen wir uns den Ärger.").
// Each shape is matched whole; anything else gives no rewrite.
import type { Candidate, RewriteInput, Strategy } from './context';
import { englishAdviceNotTaken, englishCondition, germanAdviceNotTaken, germanCondition } from './counterfactual';
import { formSaid, nounPhraseEnd, opensMainClause } from './german';
import { body, capitalise, gapped, type Piece, render, words } from './pieces';
import { statementOnly } from './statement';
import { EN_SUBJECT_WORDS } from './words';

type Form = RewriteInput['form'];
type Writer = RewriteInput['writer'];

const folded = (p: Piece | undefined) => (p?.folded ?? '').replace(/’/g, "'");

const DE_OFFER = (form: Form, writer: Writer) =>
  `Gern ${writer === 'wir' ? 'überlegen wir' : 'überlege ich'} mit ${form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen'} zusammen, wie es jetzt am besten weitergeht.`;
const EN_OFFER = (writer: Writer) =>
  `${writer === 'wir' ? "We're" : "I'm"} happy to talk through with you how best to go on from here.`;

// ---------------------------------------------------------------------------
// The writer's advice, as it stands now.

/** Words a frame around the reminder may hold: "You'll recall that", "Sie werden sich sicher erinnern, dass". */
const EN_RECALL_FRAME = new Set(
  "you'll you will may might probably recall remember that as know if i'm sure surely".split(' '),
);
const DE_RECALL_FRAME = new Set(
  'sie werden werdet wirst sich dich euch erinnern erinnerst erinnert sicher sicherlich bestimmt vielleicht ja ich wir möchte möchten darf dürfen will aber allerdings jedoch nur daran noch einmal du ihr'.split(
    ' ',
  ),
);
/** Where an English advice object ends: an occasion or a manner follows ("back in March", "in writing"). */
const EN_OCCASION_START = new Set([
  'back',
  'in',
  'at',
  'when',
  'during',
  'on',
  'before',
  'after',
  'last',
  'twice',
  'repeatedly',
  'several',
  'from',
  'right',
]);
/** What an occasion may not hold: another clause or claim. */
const EN_NOT_OCCASION = /^(?:and|but|so|which|because|although|though|since|if|unless|not|never|no|you|your)$/;

function englishAdvice(input: RewriteInput): Candidate[] {
  const pieces = body(input.pieces);
  const f = (i: number) => folded(pieces[i]);
  // The writer: "I", "we", after a frame of recalling.
  const w = pieces.findIndex((p) => /^(?:i|we)$/.test(folded(p)));
  if (w < 0 || pieces.slice(0, w).some((p) => (p.word ? !EN_RECALL_FRAME.has(folded(p)) : p.text !== ','))) return [];
  // A frame without "that" or its comma would run into the writer: "You'll recall I …" is fine, "As you know I …" not.
  if (w > 0 && f(w - 1) !== 'that' && pieces[w - 1]?.text !== ',' && !/^(?:recall|remember)$/.test(f(w - 1))) return [];
  let v = w + 1;
  if (f(v) === 'did') v++;
  const verb = f(v);
  const did = v > w + 1;
  if (!(did ? /^(?:advise|caution|warn)$/ : /^(?:advised|cautioned|warned)$/).test(verb)) return [];
  let a = v + 1;
  if (f(a) === 'you') a++;
  if (f(a) !== 'against') return [];
  let end = a + 1;
  while (end < pieces.length && pieces[end]?.word && !EN_OCCASION_START.has(f(end))) end++;
  const object = pieces.slice(a + 1, end);
  // "against it", "against this": nothing left to advise against.
  if (object.length === 0 || (object.length === 1 && /^(?:it|this|that|them)$/.test(f(a + 1)))) return [];
  if (object.some((p) => /^(?:you|your|i|we|and|or)$/.test(folded(p)))) return [];
  const tail = pieces.slice(end);
  if (tail.some((p) => (p.word ? EN_NOT_OCCASION.test(folded(p)) || /\d/.test(p.text) : p.text !== ','))) return [];
  const writer: Writer = f(w) === 'we' ? 'wir' : 'ich';
  const lead = writer === 'wir' ? "We'd still" : "I'd still";
  const text = render([
    ...words(`${lead} ${verb.startsWith('caution') ? 'caution' : 'advise'} against`),
    ...gapped(object, ' '),
  ]);
  const dropped = [...pieces.slice(0, a + 1), ...tail].map((p) => p.folded);
  return [{ text: `${text}. ${EN_OFFER(writer)}`, dropped }];
}

/** Words between the writer and the advice's object: the reader in the dative, adverbs, an occasion. */
const DE_MIDDLE_WORDS = new Set(
  'ihnen dir euch sie dich ja schon bereits damals ausdrücklich mehrfach mehrmals wiederholt dringend klar eindringlich auch seinerzeit vorab frühzeitig rechtzeitig extra'.split(
    ' ',
  ),
);
const DE_OCCASION_PREPOSITIONS = /^(?:bei|beim|im|in|am|an|vor|nach|während|seit)$/;
const DE_ADVICE_OBJECT = /^(?:von|vom|zu|zum|zur|davon)$/;
const DE_HAVE = /^(?:habe|hatte|haben|hatten)$/;

/** The middle words are the dative, adverbs and an occasion only ("Ihnen beim Aufmaß", "bei der Besichtigung im Herbst ausdrücklich"). */
function onlyOccasion(middle: readonly Piece[]): boolean {
  let inPhrase = 0;
  for (const p of middle) {
    if (!p.word) return false;
    if (DE_OCCASION_PREPOSITIONS.test(p.folded)) inPhrase = 4;
    else if (DE_MIDDLE_WORDS.has(p.folded)) inPhrase = 0;
    else if (inPhrase > 0 && !/^(?:nicht|nie|kein\p{L}*|und|oder|dass)$/u.test(p.folded)) inPhrase--;
    else return false;
  }
  return true;
}

/**
 * "(Sie erinnern sich, dass) ich (Ihnen) [Anlass] von X abgeraten habe" → "Ich rate weiterhin von X ab.",
 * "wir … zu einer Drainage geraten haben" → "Wir raten weiterhin zu einer Drainage.", "Wir haben Ihnen
 * davon abgeraten, diese Wand zu entfernen." → "Wir raten weiterhin davon ab, diese Wand zu entfernen."
 */
function germanAdvice(input: RewriteInput): Candidate[] {
  const pieces = body(input.pieces);
  const dass = pieces.findIndex((p) => p.folded === 'dass');
  let subject: number;
  let rest: Piece[];
  let infinitive: Piece[] = [];
  let participle: Piece | undefined;
  if (dass > 0) {
    // The frame: a reminder only ("Ich darf daran erinnern", "Sie werden sich erinnern").
    const frame = pieces.slice(0, dass);
    if (frame[frame.length - 1]?.text !== ',') return [];
    const frameWords = frame.filter((p) => p.word);
    if (frameWords.some((p) => !DE_RECALL_FRAME.has(p.folded)) || !frameWords.some((p) => /^erinner/.test(p.folded)))
      return [];
    subject = dass + 1;
    // The clause ends on the auxiliary: "… abgeraten habe".
    const aux = pieces[pieces.length - 1];
    participle = pieces[pieces.length - 2];
    if (!aux || !DE_HAVE.test(aux.folded)) return [];
    rest = pieces.slice(subject + 1, pieces.length - 2);
  } else {
    // A main clause: "Wir haben Ihnen ausdrücklich davon abgeraten, diese Wand zu entfernen."
    subject = 0;
    if (!DE_HAVE.test(pieces[1]?.folded ?? '')) return [];
    const comma = pieces.findIndex((p) => p.text === ',');
    const clauseEnd = comma < 0 ? pieces.length : comma;
    participle = pieces[clauseEnd - 1];
    rest = pieces.slice(2, clauseEnd - 1);
    if (comma > 0) {
      infinitive = pieces.slice(comma);
      // Only a plain "…, X zu tun": words, one "zu" before the last word.
      const inf = infinitive.slice(1);
      if (inf.some((p) => !p.word) || inf[inf.length - 2]?.folded !== 'zu' || inf.length < 3) return [];
    }
  }
  const who = pieces[subject]?.folded;
  if (who !== 'ich' && who !== 'wir') return [];
  const against = participle?.folded === 'abgeraten';
  if (!against && participle?.folded !== 'geraten') return [];
  const at = rest.findIndex((p) => DE_ADVICE_OBJECT.test(p.folded));
  if (at < 0 || !onlyOccasion(rest.slice(0, at))) return [];
  const preposition = rest[at] as Piece;
  const object = rest.slice(at + 1);
  // "davon" carries the infinitive after the comma; "von/zu" a phrase of words with a noun.
  if (preposition.folded === 'davon') {
    if (!against || object.length > 0 || infinitive.length === 0) return [];
  } else {
    if (infinitive.length > 0 || object.length === 0 || object.some((p) => !p.word)) return [];
    if (against !== /^(?:von|vom)$/.test(preposition.folded)) return [];
    if (!object.some((p) => /^\p{Lu}/u.test(p.text))) return [];
    if (object.some((p) => /^(?:nicht|nie|kein\p{L}*|dass|weil|und|oder|ich|wir|sie|du|ihr)$/u.test(p.folded)))
      return [];
  }
  const writer: Writer = who === 'wir' ? 'wir' : 'ich';
  const verb = writer === 'wir' ? 'raten' : 'rate';
  const said = [
    ...words(`${writer === 'wir' ? 'Wir' : 'Ich'} ${verb} weiterhin`),
    { ...preposition, gap: ' ' },
    ...object,
    ...(against ? words('ab') : []),
    ...infinitive,
  ];
  const form = formSaid(pieces, input.form);
  const dropped = pieces.map((p) => p.folded);
  return [{ text: `${render(said)}. ${DE_OFFER(form, writer)}`, dropped }];
}

// ---------------------------------------------------------------------------
// A prediction the writer made, said as what will be the case.

/** What a statement may not hold to be said as a plain prediction: a condition, a time clause, a reason. */
const EN_NOT_PLAIN = /^(?:if|when|unless|because|since|after|before|until|once|could|might|should)$/;

/** "I did point out at the start that the migration would take longer …" → "The migration will take longer …". */
function englishPrediction(input: RewriteInput): Candidate[] {
  if (input.language !== 'en') return [];
  const pieces = input.pieces;
  const at = pieces.findIndex((p) => /^(?:would|wouldn't)$/.test(folded(p)));
  if (at < 0 || pieces.slice(at + 1).some((p) => /^(?:would|wouldn't)$/.test(folded(p)))) return [];
  // The frame must name the writer as the one who said it before the statement.
  const that = pieces.findIndex((p) => p.folded === 'that');
  const start = that >= 0 && that < at ? that + 1 : -1;
  if (start < 0 || !pieces.slice(0, start).some((p) => /^(?:i|we)$/.test(folded(p)))) return [];
  if (pieces.slice(start).some((p) => EN_NOT_PLAIN.test(folded(p)))) return [];
  const will = pieces.map((p, i) =>
    i === at
      ? { ...p, text: folded(p) === 'would' ? 'will' : "won't", folded: folded(p) === 'would' ? 'will' : "won't" }
      : p,
  );
  const said = statementOnly({ ...input, pieces: will });
  // Every word of the frame is the reminder: it may go.
  const dropped = [...pieces.slice(0, start).map((p) => p.folded), 'would', "wouldn't", 'wouldn’t'];
  return (
    said
      // "4pm in November …" would open with a capital inside the time ("4Pm"): not offered.
      .filter((c) => /\b(?:will|won't)\b/.test(c.text) && !/^\d/.test(c.text))
      .map((c) => ({ text: c.text, dropped: [...(c.dropped ?? []), ...dropped] }))
  );
}

// ---------------------------------------------------------------------------
// A request counted ("I have now asked three times for the signed lease"), said as the request.

const EN_COUNT =
  /^(?:twice|thrice|once|repeatedly|again|already|now|several|many|multiple|three|four|five|two|\d+|times|more|than|on|occasions)$/;
const EN_LEAD = /^(?:for the avoidance of doubt|to be clear|just to be clear|for clarity|to be honest)$/;

function englishAskAgain(input: RewriteInput): Candidate[] {
  if (input.language !== 'en') return [];
  const pieces = body(input.pieces);
  if (input.pieces[input.pieces.length - 1]?.text === '?') return [];
  let i = 0;
  const comma = pieces.findIndex((p) => p.text === ',');
  if (comma > 0) {
    if (!EN_LEAD.test(pieces.slice(0, comma).map(folded).join(' '))) return [];
    i = comma + 1;
  }
  const f = (k: number) => folded(pieces[k]);
  let writer: Writer;
  if (/^(?:i've|we've)$/.test(f(i))) {
    writer = f(i) === "we've" ? 'wir' : 'ich';
    i++;
  } else if (/^(?:i|we)$/.test(f(i)) && /^(?:have|'ve)$/.test(f(i + 1))) {
    writer = f(i) === 'we' ? 'wir' : 'ich';
    i += 2;
  } else return [];
  const head = i;
  while (EN_COUNT.test(f(i)) && pieces[i]?.word) i++;
  const verb = f(i);
  if (!/^(?:asked|requested|written)$/.test(verb)) return [];
  i++;
  if (verb === 'written' && f(i) === 'to' && f(i + 1) === 'you') i += 2;
  else if (verb !== 'written' && f(i) === 'you') i++;
  const counted = () => {
    const s = i;
    while (pieces[i]?.word && EN_COUNT.test(f(i))) i++;
    return i > s;
  };
  let count =
    counted() || pieces.slice(head, i).some((p) => /^(?:twice|thrice|times|repeatedly|several)$/.test(folded(p)));
  const topic = verb === 'written' ? /^(?:about|regarding|concerning)$/ : /^for$/;
  if (!topic.test(f(i))) return [];
  const from = i + 1;
  let end = pieces.length;
  // A count after the object ("for the access codes three times now").
  while (end > from && EN_COUNT.test(folded(pieces[end - 1])) && pieces[end - 1]?.word) {
    end--;
    count = true;
  }
  if (!count) return [];
  const object = pieces.slice(from, end);
  if (object.length === 0 || object.some((p) => !p.word && !/^[£€$%]$/.test(p.text))) return [];
  if (object.length === 1 && /^(?:it|this|that|them)$/.test(f(from))) return [];
  if (object.some((p) => /^(?:i|we|you|and|but|without|still|yet|it|this|them)$/.test(folded(p)))) return [];
  const me = writer === 'wir' ? 'we' : 'I';
  const thing = render(gapped(object, ''));
  const lower = /^(?:The|A|An|Your|Our|My|Access|Copies|Confirmation)\b/.test(thing)
    ? thing.charAt(0).toLowerCase() + thing.slice(1)
    : thing;
  const text =
    verb === 'written'
      ? `${writer === 'wir' ? "We're" : "I'm"} following up on ${lower}. Could you let ${writer === 'wir' ? 'us' : 'me'} know where things stand by [date]?`
      : `Could ${me} have ${lower} by [date]?`;
  return [
    {
      text,
      dropped: pieces
        .slice(0, from)
        .concat(pieces.slice(end))
        .map((p) => p.folded),
    },
  ];
}

// ---------------------------------------------------------------------------
// "Not to say I told you so, but …": the lead-in goes, what follows "but" stays.

const EN_TOLD_LEAD = new Set("not to say i i'm am one who don't do want hate it's i've told you so".split(' '));
const DE_TOLD_LEAD = new Set(
  'ich will möchte ja nicht sagen dass hätte habe es ihnen dir euch gesagt doch vorher gleich ja'.split(' '),
);

/** Finite forms of "sein", "haben", "werden" that opensMainClause does not know by their ending ("die Frist war …"). */
const DE_FINITE = /^(?:war|waren|ist|sind|hat|hatte|hatten|haben|wird|wurde|wurden|werden|kam|lag|ging|blieb)$/;

/** Whether German words open a main clause: a subject and the finite verb. */
function opensGerman(rest: readonly Piece[]): boolean {
  if (opensMainClause(rest)) return true;
  const end = nounPhraseEnd(rest, 0);
  return end > 0 && DE_FINITE.test(rest[end]?.folded ?? '');
}

function toldYouSoLead(input: RewriteInput): Candidate[] {
  const pieces = input.pieces;
  const but = pieces.findIndex((p, i) => i > 3 && i < 14 && /^(?:but|aber)$/.test(p.folded));
  if (but < 0 || pieces[but - 1]?.text !== ',') return [];
  const lead = pieces.slice(0, but - 1);
  const leadWords = lead.filter((p) => p.word);
  const set = input.language === 'de' ? DE_TOLD_LEAD : EN_TOLD_LEAD;
  if (leadWords.some((p) => !set.has(folded(p)))) return [];
  const joined = leadWords.map(folded).join(' ');
  // It must be the "I told you so" itself, denied or hated ("Not to say", "Ich will ja nicht sagen").
  if (
    input.language === 'en'
      ? !/\btold you so$/.test(joined) || !/\b(?:not|don't|hate)\b/.test(joined)
      : !/^ich (?:will|möchte) (?:ja )?nicht sagen\b.*\bgesagt(?: habe| hätte)?$/.test(joined)
  )
    return [];
  if (lead.some((p) => !p.word && p.text !== ',')) return [];
  const rest = pieces.slice(but + 1);
  const first = rest[0];
  if (!first?.word) return [];
  if (
    input.language === 'de' ? !opensGerman(rest) : !(EN_SUBJECT_WORDS.has(folded(first)) || /^\p{Lu}/u.test(first.text))
  )
    return [];
  const out = [{ ...first, gap: '', text: capitalise(first.text) }, ...rest.slice(1)];
  return [{ text: render(out), dropped: pieces.slice(0, but + 1).map((p) => p.folded) }];
}

// ---------------------------------------------------------------------------
// Advice not taken, as a plan for next time.

/** A German consequence that names no fact ("wäre das nie passiert", "wären wir jetzt nicht hier", "hätten Sie dieses Problem heute nicht"). */
const DE_EMPTY_CONSEQUENCE = new Set(
  'dann wäre wären hätte hätten hättest hättet wärst wärt das dies es alles nie nicht passiert geschehen wir ich sie du ihr jetzt heute hier so weit gekommen dieses diese diesen problem probleme ärger theater thema kein keine keinen gar'.split(
    ' ',
  ),
);
const EN_EMPTY_CONSEQUENCE = new Set(
  "none of this that it we you would wouldn't not have be been here now happened dealing with in position situation the this mess problem issue today would've".split(
    ' ',
  ),
);

const DE_PLAN: Record<Form, string> = {
  sie: 'Für das nächste Mal: Lassen Sie uns so etwas vorher gemeinsam besprechen',
  du: 'Für das nächste Mal: Lass uns so etwas vorher gemeinsam besprechen',
  ihr: 'Für das nächste Mal: Lasst uns so etwas vorher gemeinsam besprechen',
};
const EN_PLAN = "Next time, let's talk decisions like this through together first";

/** "hättest du dir den Ärger gespart" → the thing spared ("den Ärger"); null for any other consequence. */
function germanSpared(consequence: readonly Piece[]): Piece[] | null {
  const c = body(consequence);
  const [aux, who, self] = c;
  if (!aux || !/^(?:hätten|hättest|hättet)$/.test(aux.folded)) return null;
  if (!who || !/^(?:sie|du|ihr)$/.test(who.folded) || !self || !/^(?:sich|dir|euch)$/.test(self.folded)) return null;
  if (!/^(?:gespart|erspart)$/.test(c[c.length - 1]?.folded ?? '')) return null;
  const thing = c.slice(3, -1);
  if (thing.length < 2 || nounPhraseEnd(thing, 0) !== thing.length) return null;
  return thing;
}

function germanPlan(input: RewriteInput): Candidate[] {
  const found = germanCondition(input.pieces);
  if (!found) return [];
  const form = found.form;
  const dropped = input.pieces.map((p) => p.folded);
  if (germanAdviceNotTaken(found.inner)) {
    const spared = germanSpared(found.consequence);
    if (spared) {
      const text = render([...words(DE_PLAN[form]), ...words(', dann ersparen wir uns'), ...gapped(spared, ' ')]);
      return [{ text: `${text}.`, dropped }];
    }
    if (body(found.consequence).every((p) => p.word && DE_EMPTY_CONSEQUENCE.has(p.folded)))
      return [{ text: `${DE_PLAN[form]}.`, dropped }];
    return [];
  }
  // "Hätten Sie sich für die Feuchtraumfarbe entschieden, …": what the writer offered is still on the table.
  const inner = found.inner;
  if (
    !/^(?:sich|dich|euch)$/.test(inner[0]?.folded ?? '') ||
    inner[1]?.folded !== 'für' ||
    inner[inner.length - 1]?.folded !== 'entschieden'
  )
    return [];
  if (!body(found.consequence).every((p) => p.word && DE_EMPTY_CONSEQUENCE.has(p.folded))) return [];
  const object = inner.slice(2, -1);
  if (object.length < 2 || object.some((p) => !p.word)) return [];
  // The choice must be what the writer offered: "aus unserem Angebot", "unser Angebot", "die von uns empfohlene …".
  if (
    !object.some((p) =>
      /^(?:unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner|uns|mir)$/.test(p.folded),
    )
  )
    return [];
  // "für" took the accusative: the phrase stays as written, as the object of talking it through.
  if (nounPhraseEnd(object, 0) !== object.length) return [];
  const you = form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen';
  const who = input.writer === 'wir' ? 'besprechen wir' : 'bespreche ich';
  return [
    { text: render([...words(`Gern ${who} mit ${you} noch einmal`), ...gapped(object, ' '), ...words('.')]), dropped },
  ];
}

function englishPlan(input: RewriteInput): Candidate[] {
  const found = englishCondition(input.pieces);
  if (!found) return [];
  const dropped = input.pieces.map((p) => p.folded);
  const empty = found.consequence.every((p) => p.word && EN_EMPTY_CONSEQUENCE.has(folded(p)));
  if (englishAdviceNotTaken(found.act)) return empty ? [{ text: `${EN_PLAN}.`, dropped }] : [];
  // "Had you gone with the anti-mould paint we quoted for, …": the writer's offer is still an option.
  const act = found.act;
  let o: number;
  if (folded(act[0]) === 'gone' && folded(act[1]) === 'with') o = 2;
  else if (/^(?:chosen|picked|taken|accepted)$/.test(folded(act[0]))) o = 1;
  else return [];
  if (!empty) return [];
  const object = act.slice(o);
  if (!/^(?:the|our|my)$/.test(folded(object[0])) || object.length < 2) return [];
  if (object.some((p) => /^(?:and|or|you|your|but|not)$/.test(folded(p)))) return [];
  // The writer's own offer: "our quote", "the paint we quoted for", "my proposal".
  if (!object.some((p) => /^(?:our|my|we|i)$/.test(folded(p)))) return [];
  const noun = object.findIndex((p, i) => i > 0 && /^(?:we|i|that|which)$/.test(folded(p)));
  const head = folded(object[(noun > 0 ? noun : object.length) - 1]);
  if (/[^s]s$/.test(head)) return [];
  const thing = render(gapped(object, ''));
  const lower = thing.charAt(0).toUpperCase() + thing.slice(1);
  return [
    {
      text: `${lower} is still an option – ${input.writer === 'wir' ? "we're" : "I'm"} happy to go through it with you.`,
      dropped,
    },
  ];
}

// ---------------------------------------------------------------------------

/** The being-right shapes beyond the first strategies: the writer's advice, a prediction, a request, the lead-in. */
export const beingRightMore: Strategy = (input) =>
  input.language === 'de'
    ? [...germanAdvice(input), ...toldYouSoLead(input)]
    : [...englishAdvice(input), ...englishPrediction(input), ...englishAskAgain(input), ...toldYouSoLead(input)];

/** Advice not taken (being right, and blame by counterfactual): a plan for next time where no fact is stated. */
export const planForNextTime: Strategy = (input) => (input.language === 'de' ? germanPlan(input) : englishPlan(input));
