// Counterfactual blame ("Hätten Sie uns die Pläne im März geschickt, wären wir
// fertig", "Had you sent the contracts in January, we would not be in this
// position", "Hätten Sie auf mich gehört, wäre das Dach jetzt dicht") said from
// the writer's side, the stated consequence kept, with the next step:
//  - something the reader was to send: what the writer would have had, the
//    consequence verbatim ("Hätten wir die Pläne im März gehabt, wären wir
//    fertig", "We had hoped for the contracts in January; with them, we would
//    not be in this position now");
//  - advice not taken: the condition goes (it is the being-right) and the
//    consequence is said as what is the case now ("Leider ist das Dach jetzt
//    nicht dicht", "Unfortunately, the pipes have frozen").
// Built by slots (the reader, what was to be sent, when, the consequence);
// anything outside the few shapes below gives no rewrite.
import type { Candidate, RewriteInput, Strategy } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { nominative, plural, SAME_CASE } from './passive.de';
import { type Piece, render, words } from './pieces';

type Form = RewriteInput['form'];

const DE_READER: Record<string, { had: string; were: string; form: Form }> = {
  sie: { had: 'hätten', were: 'wären', form: 'sie' },
  du: { had: 'hättest', were: 'wärst', form: 'du' },
  ihr: { had: 'hättet', were: 'wärt', form: 'ihr' },
};
/** Participles of handing something over (to the writer). */
const DE_SENT = new Set([
  'geschickt',
  'zugeschickt',
  'rübergeschickt',
  'gesendet',
  'gesandt',
  'zugesandt',
  'zugesendet',
  'übersandt',
  'übersendet',
  'übermittelt',
  'weitergeleitet',
  'gegeben',
  'geliefert',
  'gemailt',
  'bereitgestellt',
  'vorgelegt',
  'mitgebracht',
]);
/** Determiners an accusative object may open with ("den Plan", "die Unterlagen"); "der/dem" would be a receiver. */
const DE_ACCUSATIVE =
  /^(?:die|das|den|ein|eine|einen|alle|beide|diese|dieses|diesen|ihre|ihren|ihr|deine|deinen|dein|eure|euren|euer|unsere|unseren|unser|meine|meinen|mein)$/;
/** Words that tie the object to the act of sending (a receiver, a way, a place): "gehabt" would not carry them. */
const DE_SENDING_ONLY = new Set([
  'an',
  'ans',
  'zu',
  'zum',
  'zur',
  'nach',
  'per',
  'via',
  'über',
  'mit',
  'bei',
  'auf',
  'ins',
  'nicht',
  'nie',
  'kein',
  'keine',
  'keinen',
  'und',
  'oder',
  'dass',
]);
/** Words of advice not taken: "auf mich gehört", "unseren Rat befolgt", "meiner Empfehlung gefolgt". */
const DE_ADVICE_WORDS = new Set(
  'mal nur doch gleich damals bloss einfach auf mich uns meinen unseren meinem unserem meiner unserer meine unsere rat ratschlag empfehlung empfehlungen vorschlag hinweis hinweise warnung warnungen'.split(
    ' ',
  ),
);
const DE_ADVICE_VERBS = new Set(['gehört', 'befolgt', 'gefolgt', 'beherzigt', 'beachtet', 'angenommen']);
/** Konjunktiv II → indicative, by the subject's person ("wäre ich" → "bin ich"). */
const DE_INDICATIVE: Record<string, Record<string, string>> = {
  wäre: { ich: 'bin', _: 'ist' },
  wären: { _: 'sind' },
  wärst: { _: 'bist' },
  hätte: { ich: 'habe', _: 'hat' },
  hätten: { _: 'haben' },
  stünde: { ich: 'stehe', _: 'steht' },
  stünden: { _: 'stehen' },
  läge: { ich: 'liege', _: 'liegt' },
  lägen: { _: 'liegen' },
};
const DE_SUBJECTS = new Set(['wir', 'ich', 'es', 'das', 'sie', 'du', 'ihr', 'er', 'dies']);
const DE_NOW = new Set(['jetzt', 'heute', 'inzwischen', 'mittlerweile']);

function germanOffer(form: Form, writer: RewriteInput['writer']): string {
  const you = form === 'du' ? 'dir' : form === 'ihr' ? 'euch' : 'Ihnen';
  const think = writer === 'wir' ? 'überlegen wir' : 'überlege ich';
  return `Gern ${think} mit ${you} zusammen, wie es jetzt am besten weitergeht.`;
}

/**
 * The condition of a German counterfactual: "Hätten Sie … , " or "Wenn Sie … hätten, "; its reader and the
 * consequence after it. `were`: the condition's auxiliary is "wären" ("Wenn Sie meinem Rat gefolgt wären, …").
 */
export function germanCondition(
  pieces: readonly Piece[],
): { form: Form; inner: Piece[]; consequence: Piece[]; wenn: boolean; were: boolean } | null {
  const comma = pieces.findIndex((p) => p.text === ',');
  if (comma < 3) return null;
  const first = pieces[0] as Piece;
  const wenn = first.folded === 'wenn';
  const who = pieces[1] as Piece;
  const reader = who.word ? DE_READER[who.text === 'Sie' ? 'sie' : who.folded] : undefined;
  if (!reader || (who.folded === 'sie' && who.text !== 'Sie')) return null;
  const aux = (wenn ? pieces[comma - 1] : first)?.folded;
  const were = aux === reader.were;
  if (aux !== reader.had && !were) return null;
  const inner = wenn ? pieces.slice(2, comma - 1) : pieces.slice(2, comma);
  const consequence = pieces.slice(comma + 1);
  // One more clause after the consequence ("…, und die Gegenseite hätte …") is not taken apart.
  if (consequence.some((p, i) => !p.word && i < consequence.length - 1)) return null;
  if (inner.some((p) => !p.word)) return null;
  // "wären" goes only with a verb of following ("meinem Rat gefolgt wären").
  if (were && inner[inner.length - 1]?.folded !== 'gefolgt') return null;
  return { form: reader.form, inner, consequence, wenn, were };
}

function germanSent(input: RewriteInput): Candidate[] {
  const found = germanCondition(input.pieces);
  if (!found || found.were) return [];
  const { inner, consequence, wenn } = found;
  const part = inner[inner.length - 1] as Piece;
  let end = inner.length - 1;
  // "zukommen lassen": the infinitive before "lassen" belongs to it.
  if (part.folded === 'lassen' && inner[end - 1]?.folded === 'zukommen') end--;
  else if (!DE_SENT.has(part.folded)) return [];
  let o = 0;
  let writer = input.writer;
  if (inner[0]?.folded === 'mir') writer = 'ich';
  else if (inner[0]?.folded === 'uns') writer = 'wir';
  if (/^(?:mir|uns)$/.test(inner[0]?.folded ?? '')) o = 1;
  const middle = inner.slice(o, end);
  const det = middle[0];
  if (!det || !DE_ACCUSATIVE.test(det.folded)) return [];
  const objectEnd = nounPhraseEnd(middle, 0);
  if (objectEnd < 2) return [];
  // Everything after the object: a time or manner ("wie vereinbart Ende Januar", "rechtzeitig"), nothing of the sending.
  // "die Logodateien und Bildrechte": an "und" before a noun joins a second object.
  const joins = (i: number) => middle[i]?.folded === 'und' && /^\p{Lu}/u.test(middle[i + 1]?.text ?? '');
  if (middle.some((p, i) => i > 0 && DE_SENDING_ONLY.has(p.folded) && !joins(i))) return [];
  if (middle.slice(objectEnd).some((p) => DE_DETERMINERS.has(p.folded) && /^(?:der|dem)$/.test(p.folded))) return [];
  const had = writer === 'wir' ? 'hätten wir' : 'hätte ich';
  const thing = middle.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p));
  const condition = wenn
    ? [...words(writer === 'wir' ? 'Wenn wir' : 'Wenn ich'), ...thing, ...words(`gehabt ${had.split(' ')[0]},`)]
    : [...words(had), ...thing, ...words('gehabt,')];
  const text = render([...condition, ...consequence]);
  return [
    {
      text: `${text.replace(/[.!…]+$/u, '.')} ${germanOffer(found.form, input.writer)}`,
      dropped: inner.slice(0, o).map((p) => p.folded),
    },
  ];
}

/** "wäre das Dach jetzt dicht" → "ist das Dach jetzt nicht dicht"; null where the negation is not plain. */
function germanFact(consequence: readonly Piece[]): Piece[] | null {
  const body = consequence.filter((p, i) => i < consequence.length - 1 || p.word);
  let at = 0;
  if (body[0]?.folded === 'dann') at = 1;
  const verb = body[at];
  const forms = verb?.word ? DE_INDICATIVE[verb.folded] : undefined;
  if (!verb || !forms) return null;
  const s = at + 1;
  const phrase = nounPhraseEnd(body, s);
  const subjectEnd = phrase > s + 1 ? phrase : DE_SUBJECTS.has(body[s]?.folded ?? '') ? s + 1 : phrase;
  if (subjectEnd < 0) return null;
  const subject = body.slice(s, subjectEnd);
  const indicative = forms[subject.length === 1 ? (subject[0] as Piece).folded : '_'] ?? forms._;
  if (!indicative) return null;
  const rest = body.slice(subjectEnd);
  // "wäre das nicht passiert" → "Leider ist das passiert" says nothing about what happened.
  if (
    subject.length === 1 &&
    /^(?:das|es|dies|alles)$/.test((subject[0] as Piece).folded) &&
    rest.some((p) => /^(?:passiert|geschehen|gekommen)$/.test(p.folded))
  )
    return null;
  // "Leider sind wir jetzt hier" says nothing: a bare place is not a consequence to state.
  if (
    rest.length === 0 ||
    rest.some((p) => !p.word || /^(?:und|oder|kein\p{L}*|nie|noch|mehr|nur|hier|dort)$/u.test(p.folded))
  )
    return null;
  const nots = rest.filter((p) => p.folded === 'nicht').length;
  let said: Piece[];
  if (nots === 1) {
    said = rest.filter((p) => p.folded !== 'nicht');
    if (said.length === 0) return null;
  } else if (nots === 0) {
    // "jetzt dicht", "glatt gelaufen": a time word or two, then at most two words the "nicht" goes before.
    let t = 0;
    while (t < rest.length && DE_NOW.has((rest[t] as Piece).folded)) t++;
    const said_ = rest.slice(t);
    if (said_.length === 0 || said_.length > 2 || said_.some((p) => /^\p{Lu}/u.test(p.text))) return null;
    said = [...rest.slice(0, t), ...words('nicht'), ...said_];
  } else return null;
  return [...words(`Leider ${indicative}`), ...subject.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)), ...said];
}

/** Whether a condition's words (without "Hätten Sie") are advice not taken: "auf mich gehört", "unseren Rat befolgt". */
export function germanAdviceNotTaken(inner: readonly Piece[]): boolean {
  const verb = inner[inner.length - 1];
  if (!verb || !DE_ADVICE_VERBS.has(verb.folded)) return false;
  const advice = inner.slice(0, -1);
  if (advice.length === 0 || advice.some((p) => !DE_ADVICE_WORDS.has(p.folded))) return false;
  // "auf mich gehört" or a noun of advice ("Rat", "Empfehlung"): no other condition is advice.
  return advice.some((p) =>
    /^(?:mich|uns|rat|ratschlag|empfehlung|empfehlungen|vorschlag|hinweis|hinweise|warnung|warnungen)$/.test(p.folded),
  );
}

function germanAdvice(input: RewriteInput): Candidate[] {
  const found = germanCondition(input.pieces);
  if (!found || !germanAdviceNotTaken(found.inner)) return [];
  const { inner } = found;
  const fact = germanFact(found.consequence);
  if (!fact) return [];
  const text = render(fact);
  const dropped = [...inner, input.pieces[0] as Piece].map((p) => p.folded);
  return [{ text: `${text}. ${germanOffer(found.form, input.writer)}`, dropped }];
}

/** Participles of reading what the writer sent: "Hätten Sie meine Mail gelesen, …". */
const DE_READ = new Set(['gelesen', 'durchgelesen', 'angesehen', 'angeschaut', 'geöffnet']);
const DE_KNEW = new Set(['wüssten', 'wüsstest', 'wüsstet']);

/**
 * "Hätten Sie meine Mail gelesen, wüssten Sie von der Schließung." → "Meine Mail erwähnt auch die
 * Schließung – vielleicht ist das untergegangen. Wollen wir das kurz gemeinsam durchgehen?" Only "von der"
 * and a bare noun (a feminine singular, whose accusative reads the same after "die").
 */
function germanRead(input: RewriteInput): Candidate[] {
  const found = germanCondition(input.pieces);
  if (!found || found.were) return [];
  const { inner, consequence } = found;
  const verb = inner[inner.length - 1] as Piece;
  if (!DE_READ.has(verb.folded)) return [];
  const object = inner.slice(0, -1);
  if (object.length < 2 || nounPhraseEnd(object, 0) !== object.length) return [];
  const subject = SAME_CASE.test((object[0] as Piece).folded) ? object : nominative(object);
  if (!subject) return [];
  const many = plural(subject);
  if (many === null) return [];
  const body = consequence.filter((p, i) => i < consequence.length - 1 || p.word);
  const [knew, who, von, der, topic] = body;
  if (body.length !== 5 || !knew || !DE_KNEW.has(knew.folded) || !who || von?.folded !== 'von' || der?.folded !== 'der')
    return [];
  if (!topic?.word || !/^\p{Lu}/u.test(topic.text)) return [];
  const said = render([
    ...subject.map((p, i) => (i === 0 ? { ...p, gap: '' } : p)),
    ...words(`${many ? 'erwähnen' : 'erwähnt'} auch die`),
    topic,
  ]);
  return [
    {
      text: `${said} – vielleicht ist das untergegangen. Wollen wir das kurz gemeinsam durchgehen?`,
      dropped: [input.pieces[0]?.folded ?? '', (input.pieces[1] as Piece).folded, verb.folded, knew.folded, who.folded],
    },
  ];
}

const EN_READ = new Set(['read', 'checked', 'opened']);

/**
 * "Had you read my email, you would have known about the closure." → "My email mentions the closure –
 * perhaps that got lost among everything else. Shall we go through this together?"; "…, you'd know the permit
 * takes eight weeks" → "My memo from May 2 says the permit takes eight weeks – …".
 */
function englishRead(input: RewriteInput): Candidate[] {
  const found = englishCondition(input.pieces);
  if (!found) return [];
  const { act, consequence } = found;
  if (!EN_READ.has(act[0]?.folded ?? '')) return [];
  const object = act.slice(1);
  if (object.length < 2 || !/^(?:my|our|the|your)$/.test(object[0]?.folded ?? '')) return [];
  if (object.some((p) => /^(?:you|i|we|when|before|after|and|or)$/.test(p.folded))) return [];
  const f = (i: number) => consequence[i]?.folded ?? '';
  let k: number;
  if (f(0) === 'you' && (f(1) === 'would' || f(1) === "'d")) k = 2;
  else if (f(0) === "you'd") k = 1;
  else return [];
  if (f(k) === 'have') k++;
  if (!/^(?:known|know)$/.test(f(k))) return [];
  const rest = consequence.slice(k + 1);
  if (rest.length < 2 || rest.some((p) => /^(?:you|your)$/.test(p.folded))) return [];
  const about = rest[0]?.folded === 'about';
  const said = render([
    ...object.map((p, i) => (i === 0 ? { ...p, gap: '' } : p)),
    ...words(about ? 'mentions' : 'says'),
    ...(about ? rest.slice(1) : rest[0]?.folded === 'that' ? rest.slice(1) : rest),
  ]);
  return [
    {
      text: `${said} – perhaps that got lost among everything else. Shall we go through this together?`,
      dropped: ['had', 'you', "you'd", 'would', 'have', 'known', 'know', 'about', 'if', act[0]?.folded ?? ''],
    },
  ];
}

const EN_SENT = new Set(['sent', 'forwarded', 'emailed', 'given', 'gave', 'provided', 'delivered', 'passed', 'shared']);
const EN_OBJECT_START = new Set(['the', 'your', 'those', 'these', 'all', 'both', 'that', 'this', 'any']);
/** Words that end the object: what follows is a time ("in January", "when we first asked"). */
const EN_OBJECT_STOP = new Set(
  'when in on by at before after as during within while once the'.split(' ').filter((w) => w !== 'the'),
);
/** What ties the rest to the act of sending ("to our new address", "by post"): "hoped for" would not carry it. */
const EN_SENDING_ONLY = new Set([
  'to',
  'via',
  'through',
  'with',
  'into',
  'onto',
  'from',
  'over',
  'post',
  'email',
  'mail',
]);
const EN_ADVICE_VERBS = new Set(['listened', 'taken', 'followed', 'heeded', 'took']);
const EN_ADVICE_WORDS = new Set(
  'to me us my our advice recommendation recommendations warning warnings suggestion in the first place at time back then'.split(
    ' ',
  ),
);
const EN_OFFER = {
  ich: "I'm happy to talk through with you how best to go on from here.",
  wir: "We're happy to talk through with you how best to go on from here.",
};

/** The condition of an English counterfactual, its act and the consequence: "Had you …, C", "If you had …, C", "C if you had …". */
export function englishCondition(pieces: readonly Piece[]): { act: Piece[]; consequence: Piece[] } | null {
  const last = pieces[pieces.length - 1];
  const body = last && !last.word ? pieces.slice(0, -1) : [...pieces];
  const f = (i: number) => body[i]?.folded ?? '';
  const lead = (at: number): number => {
    if (f(at) === 'had' && f(at + 1) === 'you') return at + 2;
    if (f(at) === 'if' && f(at + 1) === 'you' && f(at + 2) === 'had') return at + 3;
    if (f(at) === 'if' && f(at + 1) === "you'd") return at + 2;
    return -1;
  };
  const start = lead(0);
  if (start > 0) {
    const comma = body.findIndex((p) => p.text === ',');
    if (comma < start + 1 || body.slice(comma + 1).some((p) => !p.word)) return null;
    return { act: body.slice(start, comma), consequence: body.slice(comma + 1) };
  }
  const at = body.findIndex((p, i) => i > 1 && p.folded === 'if');
  const from = at > 0 ? lead(at) : -1;
  if (from < 0 || body.slice(0, at).some((p) => !p.word) || body.slice(from).some((p) => !p.word)) return null;
  return { act: body.slice(from), consequence: body.slice(0, at) };
}

function englishSent(input: RewriteInput): Candidate[] {
  const found = englishCondition(input.pieces);
  if (!found) return [];
  const { act, consequence } = found;
  if (!EN_SENT.has(act[0]?.folded ?? '')) return [];
  let o = 1;
  let writer = input.writer;
  if (act[1]?.folded === 'me') writer = 'ich';
  else if (act[1]?.folded === 'us') writer = 'wir';
  if (/^(?:me|us)$/.test(act[1]?.folded ?? '')) o = 2;
  if (!EN_OBJECT_START.has(act[o]?.folded ?? '')) return [];
  let e = o + 1;
  while (e < act.length && !EN_OBJECT_STOP.has((act[e] as Piece).folded)) e++;
  if (e - o < 2 || act.slice(o).some((p) => EN_SENDING_ONLY.has(p.folded))) return [];
  if (act.slice(o, e).some((p) => /^(?:and|or|i|we|you|they|not|never)$/.test(p.folded))) return [];
  const head = (act[e - 1] as Piece).folded;
  const them = /[^su]s$/.test(head) || /^(?:those|these|all|both)$/.test(act[o]?.folded ?? '');
  const hoped = words(writer === 'wir' ? 'We had hoped for' : 'I had hoped for');
  const thing = act.slice(o).map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p));
  const then = consequence.map((p, i) =>
    i === 0 ? { ...p, gap: ' ', text: p.folded === 'i' ? p.text : p.text.toLowerCase() } : p,
  );
  // A name opening the consequence keeps its capital.
  if (
    /^\p{Lu}/u.test(consequence[0]?.text ?? '') &&
    !/^(?:the|we|it|they|this|that|our|my|none|you)$/.test(consequence[0]?.folded ?? '')
  )
    return [];
  const text = render([...hoped, ...thing, ...words(`; with ${them ? 'them' : 'it'},`), ...then]);
  return [{ text: `${text}. ${EN_OFFER[writer]}`, dropped: ['you', 'had', ...act.slice(0, o).map((p) => p.folded)] }];
}

const EN_PLURAL_SUBJECTS = new Set(['we', 'you', 'they']);

/** "the roof would not be leaking now" → "the roof is leaking now"; null where the shape is not one of the plain ones. */
function englishFact(consequence: readonly Piece[]): Piece[] | null {
  const w = consequence.findIndex((p) => p.folded === 'would' || p.folded === "wouldn't");
  if (w < 1 || w > 4) return null;
  const subject = consequence.slice(0, w);
  const s0 = (subject[0] as Piece).folded;
  if (/^(?:none|nothing|no|all|everything|this|that)$/.test(s0) && subject.length === 1) return null;
  if (/^(?:none|nothing|no)$/.test(s0)) return null;
  if (subject.length > 1 && !/^(?:the|our|my|your|these|those)$/.test(s0)) return null;
  const head = (subject[subject.length - 1] as Piece).folded;
  const person = subject.length === 1 ? s0 : /[^su]s$/.test(head) || /^(?:these|those)$/.test(s0) ? 'they' : 'it';
  const be = person === 'i' ? 'am' : EN_PLURAL_SUBJECTS.has(person) ? 'are' : 'is';
  const have = person === 'i' || EN_PLURAL_SUBJECTS.has(person) ? 'have' : 'has';
  const was = person === 'i' || !EN_PLURAL_SUBJECTS.has(person) ? 'was' : 'were';
  const negated = (consequence[w] as Piece).folded === "wouldn't" || consequence[w + 1]?.folded === 'not';
  const r = w + 1 + ((consequence[w] as Piece).folded === 'would' && negated ? 1 : 0);
  const rest = consequence.slice(r);
  const f = (i: number) => rest[i]?.folded ?? '';
  if (rest.some((p) => /^(?:and|or|but|if|none|never)$/.test(p.folded))) return null;
  // "we would not be here (today)" says nothing: a bare place or time is not a consequence to state.
  if (
    rest.every((p) => /^(?:be|not|here|there|today|now|in|this|position|situation)$/.test(p.folded)) &&
    !rest.some((p) => /^(?:position|situation)$/.test(p.folded))
  )
    return null;
  let said: Piece[];
  if (negated && f(0) === 'be' && rest.length >= 3) said = [...words(be), ...rest.slice(1)];
  else if (negated && f(0) === 'have' && rest.length >= 2 && rest[1]?.lemma !== rest[1]?.folded)
    said = [...words(have), ...rest.slice(1)];
  else if (!negated && f(0) === 'still' && f(1) === 'be' && rest.length >= 3)
    said = [...words(`${be} no longer`), ...rest.slice(2)];
  else if (!negated && f(0) === 'have' && f(1) === 'been' && rest.length >= 3)
    said = [...words(`${was} not`), ...rest.slice(2)];
  else if (!negated && f(0) === 'have' && rest[1]?.word && rest[1].lemma !== rest[1].folded && rest.length >= 3) {
    said = [...words('did not'), { ...(rest[1] as Piece), text: rest[1].lemma }, ...rest.slice(2)];
  } else return null;
  const moved = subject.map((p, i) =>
    i === 0 ? { ...p, gap: ' ', text: p.folded === 'i' ? p.text : p.text.toLowerCase() } : p,
  );
  if (/^\p{Lu}/u.test((subject[0] as Piece).text) && !/^(?:the|we|it|they|our|my|your|these|those|you|i)$/.test(s0))
    return null;
  return [...words('Unfortunately,'), ...moved, ...said.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p))];
}

/** People whose advice a counterfactual may name instead of the writer: "If you'd listened to the surveyor". */
const EN_ADVISERS =
  /^(?:surveyor|engineer|architect|electrician|plumber|accountant|doctor|physio|physiotherapist|lawyer|solicitor|inspector|consultant)$/;

/** Whether a condition's act ("listened to me", "taken our advice", "listened to the surveyor") is advice not taken. */
export function englishAdviceNotTaken(act: readonly Piece[]): boolean {
  if (!EN_ADVICE_VERBS.has(act[0]?.folded ?? '')) return false;
  const advice = act.slice(1);
  // "the surveyor" as the one advising: only after "listened to" and as the whole act.
  const f = advice.map((p) => p.folded).join(' ');
  if (act[0]?.folded === 'listened' && /^to (?:the|our|your) (\S+)$/.test(f))
    return EN_ADVISERS.test(advice[2]?.folded ?? '');
  if (advice.length === 0 || advice.some((p) => !EN_ADVICE_WORDS.has(p.folded))) return false;
  return advice.some((p) =>
    /^(?:me|us|advice|recommendation|recommendations|warning|warnings|suggestion)$/.test(p.folded),
  );
}

function englishAdvice(input: RewriteInput): Candidate[] {
  const found = englishCondition(input.pieces);
  if (!found || !englishAdviceNotTaken(found.act)) return [];
  const { act, consequence } = found;
  const fact = englishFact(consequence);
  if (!fact) return [];
  const text = render(fact);
  const dropped = [
    ...act.map((p) => p.folded),
    ...input.pieces.slice(0, 3).map((p) => p.folded),
    ...consequence.filter((p) => p.lemma !== p.folded).map((p) => p.folded),
    ...['would', 'not', "wouldn't", 'have', 'been', 'still'],
  ];
  return [{ text: `${text}. ${EN_OFFER[input.writer]}`, dropped }];
}

export const counterfactual: Strategy = (input) =>
  input.language === 'de'
    ? [...germanSent(input), ...germanAdvice(input), ...germanRead(input)]
    : [...englishSent(input), ...englishAdvice(input), ...englishRead(input)];
