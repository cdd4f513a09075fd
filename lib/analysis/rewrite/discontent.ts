// Verdicts that are only put-downs ("Ihr Support ist inkompetent", "Your
// agency's service is appalling", "Das ist absolut inakzeptabel") said as
// where the writer stands, with a next step: "Ihr Support überzeugt mich
// bisher nicht. Können wir kurz besprechen, wie es besser laufen kann?", "I'm
// not happy with your agency's service. Could we talk about how this can go
// better?", "Das passt für mich so nicht." The subject stays word for word (in
// German it stays the nominative, the verb agrees with the copula's number);
// a predicate that says anything concrete ("langsam", "full of errors") is not
// this move's: the put-down words carry no fact to keep. And the mocking
// question about the thinking behind a piece of work ("Was haben Sie sich bei
// diesem Grundriss gedacht?", "Who on earth came up with this colour scheme?")
// as a real question about it: "Können Sie mir die Überlegung hinter diesem
// Grundriss erläutern?", "Could you walk me through this colour scheme?".
import { findPhrase, phraseAt, type RewriteInput, type Strategy } from './context';
import { nounPhraseEnd } from './german';
import { body, capitalise, type Piece, render, words } from './pieces';

type Language = RewriteInput['language'];

/** Predicates that only put the work or the team down: no fact in them to keep. */
const PUT_DOWNS: Record<Language, readonly string[]> = {
  de: [
    'inkompetent',
    'unfähig',
    'ahnungslos',
    'lustlos',
    'miserabel',
    'erbärmlich',
    'armselig',
    'grauenhaft',
    'grauenvoll',
    'furchtbar',
    'schrecklich',
    'katastrophal',
    'lächerlich',
    'peinlich',
    'unterirdisch',
    'dilettantisch',
    'amateurhaft',
    'stümperhaft',
    'unprofessionell',
    'mies',
    'grottenschlecht',
    'desaströs',
    'jämmerlich',
    'eine katastrophe',
    'ein witz',
    'ein schlechter witz',
    'eine zumutung',
    'eine farce',
    'eine enttäuschung',
    'unter aller kanone',
    'unter aller sau',
    'das letzte',
  ],
  en: [
    'incompetent',
    'clueless',
    'hopeless',
    'abysmal',
    'appalling',
    'atrocious',
    'awful',
    'terrible',
    'dreadful',
    'pathetic',
    'laughable',
    'ridiculous',
    'embarrassing',
    'disgraceful',
    'shameful',
    'shambolic',
    'lousy',
    'amateurish',
    'unprofessional',
    'dire',
    'woeful',
    'lamentable',
    'deplorable',
    'lazy',
    'beneath contempt',
    'a joke',
    'a bad joke',
    'a farce',
    'a disgrace',
    'a shambles',
    'a disaster',
    'a train wreck',
    'a nightmare',
    'an embarrassment',
    'a disappointment',
    'a huge disappointment',
    'amateur hour',
  ],
};
/** A "no" that stays a no: said as "does not work for me", not as a mood. */
const REFUSALS: Record<Language, readonly string[]> = {
  de: ['inakzeptabel', 'unakzeptabel', 'nicht akzeptabel', 'nicht hinnehmbar', 'indiskutabel'],
  en: ['unacceptable', 'not acceptable'],
};
/** Words that only sharpen the verdict: they go. */
const SHARPENERS: Record<Language, readonly string[]> = {
  de: [
    'völlig',
    'absolut',
    'total',
    'komplett',
    'einfach',
    'schlicht',
    'schlichtweg',
    'offensichtlich',
    'offenbar',
    'wirklich',
    'echt',
    'ziemlich',
    'sehr',
    'so',
    'ganz',
    'leider',
    'ehrlich gesagt',
    'einfach nur',
    'mittlerweile',
    'inzwischen',
  ],
  en: [
    'absolutely',
    'completely',
    'utterly',
    'totally',
    'truly',
    'really',
    'simply',
    'just',
    'frankly',
    'obviously',
    'clearly',
    'quite',
    'so',
    'very',
    'downright',
    'pretty',
    'honestly',
    'frankly',
    'now',
    'quite frankly',
  ],
};
/** Openers that only sharpen, with their comma: "Ehrlich gesagt, …", "Frankly, …". */
const LEADS: Record<Language, readonly string[]> = {
  de: ['ehrlich gesagt', 'offen gesagt', 'mit verlaub'],
  en: ['frankly', 'quite frankly', 'honestly', 'to be honest', 'to be blunt', 'sorry but', 'sorry'],
};
/** Connectors that may open the sentence and stay ("Trotzdem ist dieses Angebot …"). */
const DE_CONNECTORS = new Set(['trotzdem', 'dennoch', 'allerdings', 'jedoch', 'aber', 'insgesamt', 'leider']);
const EN_CONNECTORS = new Set(['still', 'however', 'but', 'overall', 'unfortunately', 'sadly']);

const DE_ATTACH = new Set(['mit', 'von', 'bei', 'im', 'in', 'auf', 'für', 'zu', 'zum', 'zur', 'an', 'am', 'gegenüber']);
const COPULA_DE: Record<string, { plural: boolean; past: boolean }> = {
  ist: { plural: false, past: false },
  sind: { plural: true, past: false },
  war: { plural: false, past: true },
  waren: { plural: true, past: true },
};
const COPULA_EN: Record<string, 'present' | 'past' | 'perfect'> = {
  is: 'present',
  are: 'present',
  was: 'past',
  were: 'past',
  'has been': 'perfect',
  'have been': 'perfect',
};
/** Subjects that are the reader or a third person: a put-down of a person is not said as a view of them. */
const PERSONS = /^(?:sie|du|ihr|er|man|you|you're|they|they're|he|she|he's|she's|you've|they've|we|wir|ich|i)$/;
const DE_PRONOUN_SUBJECTS = new Set(['das', 'dies', 'es']);
const EN_PRONOUN_SUBJECTS = new Set(['this', 'that', 'it']);
const EN_DETERMINERS = new Set(['the', 'your', 'this', 'that', 'these', 'those', 'their', 'our', 'his', 'her', 'its']);

const NEXT_STEP: Record<Language, string> = {
  de: 'Können wir kurz besprechen, wie es besser laufen kann?',
  en: 'Could we talk about how this can go better?',
};

/** The pieces without sharpeners anywhere, and without a sharpening opener and its comma. */
function plain(pieces: readonly Piece[], language: Language): { pieces: Piece[]; dropped: string[] } {
  let out = [...pieces];
  const dropped: string[] = [];
  const lead = findPhrase(out, LEADS[language], 0, 4);
  if (lead && lead.at === 0 && out[lead.end]?.text === ',') {
    out = out.slice(lead.end + 1);
    dropped.push(...lead.phrase.split(' '));
  }
  for (let found = findPhrase(out, SHARPENERS[language]); found; found = findPhrase(out, SHARPENERS[language])) {
    dropped.push(...found.phrase.split(' '));
    out = [...out.slice(0, found.at), ...out.slice(found.end)];
  }
  return { pieces: out, dropped };
}

/** Whether `predicate` is a list of put-downs only ("ahnungslos und unfähig"), or one refusal; which kind. */
function predicateKind(predicate: readonly Piece[], language: Language): 'put-down' | 'refusal' | null {
  if (predicate.length === 0) return null;
  const refusal = findPhrase(predicate, REFUSALS[language]);
  if (refusal && refusal.at === 0 && refusal.end === predicate.length) return 'refusal';
  let i = 0;
  let any = false;
  while (i < predicate.length) {
    const p = predicate[i] as Piece;
    if (any && (p.text === ',' || /^(?:und|and|or|oder)$/.test(p.folded))) {
      i++;
      continue;
    }
    const found = PUT_DOWNS[language]
      .map((phrase) => ({ phrase, end: phraseAt(predicate, i, phrase) }))
      .filter((f) => f.end > 0)
      .sort((a, b) => b.end - a.end)[0];
    if (!found) return null;
    any = true;
    i = found.end;
  }
  return any ? 'put-down' : null;
}

function german(input: RewriteInput): { text: string; dropped: string[] } | null {
  const plained = plain(body(input.pieces), 'de');
  const { pieces } = plained;
  if (pieces.some((p) => !p.word)) return null;
  const first = pieces[0];
  if (!first?.word) return null;
  let connector: Piece[] = [];
  let subject: Piece[];
  let copula: Piece;
  let predicate: Piece[];
  let own = nounPhraseEnd(pieces, 0);
  // A phrase of its own after the noun ("Euer Umgang mit unseren Daten") belongs to the subject.
  if (own > 0 && DE_ATTACH.has(pieces[own]?.folded ?? '')) {
    const more = nounPhraseEnd(pieces, own + 1);
    own = more > 0 && COPULA_DE[pieces[more]?.folded ?? ''] ? more : -1;
  }
  const fronted = DE_CONNECTORS.has(first.folded) && COPULA_DE[pieces[1]?.folded ?? ''];
  if (fronted) {
    // "Trotzdem ist dieses Angebot nicht akzeptabel": the connector, the copula, then the subject.
    const end = DE_PRONOUN_SUBJECTS.has(pieces[2]?.folded ?? '') ? 3 : nounPhraseEnd(pieces, 2);
    if (end < 0) return null;
    connector = [first];
    copula = pieces[1] as Piece;
    subject = pieces.slice(2, end);
    predicate = pieces.slice(end);
  } else {
    const end = own > 0 ? own : DE_PRONOUN_SUBJECTS.has(first.folded) ? 1 : -1;
    if (end < 0 || !COPULA_DE[pieces[end]?.folded ?? '']) return null;
    subject = pieces.slice(0, end);
    copula = pieces[end] as Piece;
    predicate = pieces.slice(end + 1);
  }
  if (subject.some((p) => PERSONS.test(p.text === 'Sie' ? 'sie' : p.folded) && !/^ihr/.test(p.folded))) return null;
  // "ihr" in lower case inside the subject is the plural "you", not the possessive.
  if (subject.some((p, k) => p.folded === 'ihr' && p.text === 'ihr' && k > 0)) return null;
  const kind = predicateKind(predicate, 'de');
  if (!kind) return null;
  const form = COPULA_DE[copula.folded] as { plural: boolean; past: boolean };
  const me = input.writer === 'wir' ? 'uns' : 'mich';
  const forMe = input.writer === 'wir' ? 'für uns' : 'für mich';
  let verb: string;
  let tail: string;
  if (kind === 'refusal') {
    // A refusal of what is past ("war inakzeptabel") has no "passt … so nicht": not this move's.
    if (form.past) return null;
    verb = form.plural ? 'passen' : 'passt';
    tail = `${forMe} so nicht`;
  } else {
    verb = form.past ? (form.plural ? 'haben' : 'hat') : form.plural ? 'überzeugen' : 'überzeugt';
    tail = form.past ? `${me} nicht überzeugt` : `${me} bisher nicht`;
  }
  const clause = connector.length
    ? [...connector, ...words(verb), ...subject, ...words(tail)]
    : [...subject, ...words(verb), ...words(tail)];
  const head = clause[0] as Piece;
  const sentence = render([{ ...head, gap: '', text: capitalise(head.text) }, ...clause.slice(1), ...words('.')]);
  const dropped = [...plained.dropped, copula.folded, ...predicate.map((p) => p.folded)];
  return { text: kind === 'refusal' ? sentence : `${sentence} ${NEXT_STEP.de}`, dropped };
}

function english(input: RewriteInput): { text: string; dropped: string[] } | null {
  const plained = plain(body(input.pieces), 'en');
  let pieces = plained.pieces;
  // A connector ("Still, …") stays in front of the new sentence.
  let connector: Piece[] = [];
  if (EN_CONNECTORS.has(pieces[0]?.folded ?? '')) {
    const end = pieces[1]?.text === ',' ? 2 : 1;
    connector = pieces.slice(0, end);
    pieces = pieces.slice(end);
  }
  // "it's", "that's": the pronoun and its copula apart.
  const split: Piece[] = [];
  for (const p of pieces) {
    const fused = /^(it|that|this)['’]s$/.exec(p.folded);
    if (!fused) split.push(p);
    else split.push({ ...p, text: p.text.slice(0, -2), folded: fused[1] as string }, ...words('is'));
  }
  if (split.some((p) => !p.word)) return null;
  const copulaAt = split.findIndex((p, k) => k > 0 && /^(?:is|are|was|were|has|have)$/.test(p.folded));
  if (copulaAt < 0) return null;
  const perfect = /^(?:has|have)$/.test(split[copulaAt]?.folded ?? '');
  if (perfect && split[copulaAt + 1]?.folded !== 'been') return null;
  const copula = perfect ? `${split[copulaAt]?.folded} been` : (split[copulaAt]?.folded as string);
  const subject = split.slice(0, copulaAt);
  const head = subject[0] as Piece;
  const pronoun = subject.length === 1 && EN_PRONOUN_SUBJECTS.has(head.folded);
  if ((!pronoun && !EN_DETERMINERS.has(head.folded)) || subject.length > 8) return null;
  if (subject.some((p, k) => PERSONS.test(p.folded) || (k > 0 && /^(?:and|who|which|that)$/.test(p.folded))))
    return null;
  const predicate = split.slice(copulaAt + (perfect ? 2 : 1));
  const kind = predicateKind(predicate, 'en');
  if (!kind) return null;
  const tense = COPULA_EN[copula] as 'present' | 'past' | 'perfect';
  const we = input.writer === 'wir';
  // Inside the sentence the subject's determiner goes lower case ("I'm not happy with your …").
  const inside = subject.map((p, k) => (k === 0 ? { ...p, text: p.text.toLowerCase(), gap: ' ' } : p));
  let clause: Piece[];
  if (kind === 'refusal') {
    if (tense !== 'present') return null;
    const plural = split[copulaAt]?.folded === 'are';
    clause = [
      ...(connector.length ? inside : subject),
      ...words(`${plural ? "don't" : "doesn't"} work for ${we ? 'us' : 'me'}`),
    ];
  } else {
    const frame = {
      present: we ? "We're not happy with" : "I'm not happy with",
      past: we ? "We weren't happy with" : "I wasn't happy with",
      perfect: we ? "We haven't been happy with" : "I haven't been happy with",
    }[tense];
    clause = [...words(frame), ...inside];
  }
  const out = connector.length
    ? [
        ...connector,
        ...clause.map((p, k) =>
          k === 0
            ? { ...p, gap: ' ', text: /^I\b/.test(p.text) ? p.text : p.text.charAt(0).toLowerCase() + p.text.slice(1) }
            : p,
        ),
      ]
    : clause;
  const first = out[0] as Piece;
  const sentence = render([{ ...first, gap: '', text: capitalise(first.text) }, ...out.slice(1), ...words('.')]);
  const dropped = [...plained.dropped, ...copula.split(' '), ...predicate.map((p) => p.folded)];
  return { text: kind === 'refusal' ? sentence : `${sentence} ${NEXT_STEP.en}`, dropped };
}

/** A put-down verdict said as where the writer stands, with a next step; a refusal stays a refusal. */
export const discontentInstead: Strategy = (input) => {
  const found = input.language === 'de' ? german(input) : english(input);
  return found ? [found] : [];
};
