// More verdicts on the reader's work said as what would make it better, for the
// shapes the other 'harsh' strategies leave (issue 14): a verdict whose kind
// says what the work lacks ("Die Verkabelung ist ein einziger Kabelsalat", "the
// copy is long-winded and forgettable") becomes what it could be, with the step
// that gets it there: "Die Verkabelung könnte übersichtlicher sein – wollen wir
// das gemeinsam neu ordnen?", "The copy could be shorter and more distinctive –
// shall I suggest some cuts?". Praise before the verdict ("Thanks for the
// draft, but …") stays as its own sentence. The subject stays as written (German:
// its case and gender untouched, the new verb is "könnte"/"hätte … können");
// every word of the predicate must be a known verdict, an intensifier or a
// joiner, else nothing is offered.
import type { Candidate, RewriteInput, Strategy } from './context';
import { DE_DETERMINERS, nounPhraseEnd } from './german';
import { gapped, type Piece, render } from './pieces';
import { unfused } from './verdict';
import { isWorkNoun, writersRelative } from './work-verdict';

type Family = 'order' | 'length' | 'life' | 'polish';

interface Kind {
  family: Family;
  /** What the work could be instead (a comparative). */
  de: string;
  en: string;
}

const kind = (family: Family, de: string, en: string, words: string): Array<[string, Kind]> =>
  words.split(' ').map((w) => [w, { family, de, en }]);

/** Verdict words (folded; several words joined by spaces) and what the work could be instead. */
const KINDS = new Map<string, Kind>([
  ...kind(
    'order',
    'übersichtlicher',
    'better organised',
    'chaos chaotisch durcheinander kabelsalat wirr konfus unstrukturiert ungeordnet unsortiert planlos wirrwarr kuddelmuddel mess messy muddle muddled shambles chaotic disorganised disorganized jumble jumbled haphazard unstructured',
  ),
  ...kind('order', 'übersichtlicher', 'clearer', 'unübersichtlich verworren cluttered confusing confused convoluted'),
  ...kind(
    'order',
    'einheitlicher',
    'more consistent',
    'flickwerk stückwerk zusammengewürfelt sammelsurium patchwork mishmash hodgepodge hotchpotch',
  ),
  ...kind('order', 'leichter lesbar', 'easier to read', 'unleserlich unlesbar illegible unreadable'),
  ...kind(
    'length',
    'kürzer',
    'shorter',
    'langatmig weitschweifig umständlich aufgebläht ausufernd geschwätzig long-winded rambling bloated verbose wordy waffly overlong',
  ),
  ...kind('length', 'schlanker', 'leaner', 'überladen overloaded'),
  ...kind('life', 'lebendiger', 'livelier', 'langweilig öde dröge zäh eintönig boring dull tedious lifeless'),
  ...kind(
    'life',
    'eigenständiger',
    'more distinctive',
    'beliebig generisch austauschbar einfallslos nichtssagend farblos blass gesichtslos uninspiriert bland generic forgettable uninspired uninspiring lacklustre lackluster characterless soulless',
  ),
  ...kind('life', 'moderner', 'fresher', 'altbacken angestaubt verstaubt altmodisch stale dated old-fashioned fusty'),
  ...kind(
    'polish',
    'professioneller',
    'more polished',
    'amateurhaft dilettantisch stümperhaft laienhaft amateurish shoddy',
  ),
  ...kind('polish', 'hochwertiger', 'more polished', 'billig cheap tacky cheesy'),
  ...kind('polish', 'sorgfältiger', 'neater', 'schlampig schludrig hingeschludert lieblos sloppy slapdash'),
]);

/** Verdicts of several words. */
const PHRASES: ReadonlyArray<[string, Kind]> = [
  ['all over the place', { family: 'order', de: '', en: 'better organised' }],
  ['hard to follow', { family: 'order', de: '', en: 'easier to follow' }],
  ['hard to read', { family: 'order', de: '', en: 'easier to read' }],
  ['schwer lesbar', { family: 'order', de: 'leichter lesbar', en: '' }],
  ['schwer verständlich', { family: 'order', de: 'verständlicher', en: '' }],
  ['schwer nachvollziehbar', { family: 'order', de: 'nachvollziehbarer', en: '' }],
];

/** Words that only sharpen or frame the verdict: they go with it. */
const FILLERS = new Set(
  'völlig total absolut komplett echt wirklich ziemlich sehr so einfach schlicht gänzlich ganz äußerst äusserst extrem reichlich furchtbar hoffnungslos leider allerdings jedoch aber einziger einziges einzige reinste reine reiner reines utterly completely totally absolutely really quite very so simply just frankly entirely hopelessly pretty rather somewhat unfortunately sadly though however honestly a an ein eine einer the das der die complete total absolute utter real pure'.split(
    ' ',
  ),
);
const JOINERS = new Set(['und', 'and', ',', 'sowie']);

/** What a draft can do next, per kind of verdict (German: after the dash, in lower case). */
function step(family: Family, language: RewriteInput['language'], writer: RewriteInput['writer'], plural: boolean) {
  const we = writer === 'wir';
  if (language === 'de')
    return {
      order: 'wollen wir das gemeinsam neu ordnen?',
      length: `${we ? 'sollen wir' : 'soll ich'} ein paar Kürzungen vorschlagen?`,
      life: `${we ? 'sollen wir' : 'soll ich'} ein paar Ideen dazu schicken?`,
      polish: 'wollen wir uns das gemeinsam noch einmal ansehen?',
    }[family];
  const it = plural ? 'them' : 'it';
  return {
    order: `shall we restructure ${it} together?`,
    length: `shall ${we ? 'we' : 'I'} suggest some cuts?`,
    life: `shall ${we ? 'we' : 'I'} send over a few ideas?`,
    polish: `shall we go through ${it} together?`,
  }[family];
}

const EN_DONE: Record<string, string> = { be: 'been', look: 'looked', feel: 'felt' };

/** Of work that is done, the next step is the next time. */
const NEXT_TIME: Record<RewriteInput['language'], string> = {
  de: 'Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?',
  en: 'Shall we talk through how we approach it next time?',
};

/** Copulas and verbs of seeming, with tense, number and the infinitive the rewrite takes. */
interface Verb {
  past: boolean;
  plural: boolean;
  infinitive: string;
}
const VERBS: Record<RewriteInput['language'], Record<string, Verb>> = {
  de: {
    ist: { past: false, plural: false, infinitive: 'sein' },
    sind: { past: false, plural: true, infinitive: 'sein' },
    war: { past: true, plural: false, infinitive: 'sein' },
    waren: { past: true, plural: true, infinitive: 'sein' },
    wirkt: { past: false, plural: false, infinitive: 'wirken' },
    wirken: { past: false, plural: true, infinitive: 'wirken' },
    wirkte: { past: true, plural: false, infinitive: 'wirken' },
    wirkten: { past: true, plural: true, infinitive: 'wirken' },
  },
  en: {
    is: { past: false, plural: false, infinitive: 'be' },
    are: { past: false, plural: true, infinitive: 'be' },
    was: { past: true, plural: false, infinitive: 'be' },
    were: { past: true, plural: true, infinitive: 'be' },
    looks: { past: false, plural: false, infinitive: 'look' },
    look: { past: false, plural: true, infinitive: 'look' },
    looked: { past: true, plural: false, infinitive: 'look' },
    feels: { past: false, plural: false, infinitive: 'feel' },
    feel: { past: false, plural: true, infinitive: 'feel' },
    felt: { past: true, plural: false, infinitive: 'feel' },
  },
};

/** The turn after praise or thanks: ", but …", ", aber …". */
const TURNS = new Set(['but', 'though', 'although', 'aber', 'jedoch', 'allerdings', 'doch']);
/** Candour in front of the verdict: it goes. */
const CANDOUR: readonly string[] = [
  'honestly',
  'frankly',
  'quite frankly',
  'to be honest',
  'to be blunt',
  'sorry',
  'seriously',
  'ehrlich gesagt',
  'offen gesagt',
  'ehrlicherweise',
  'mit verlaub',
];
/** Participles after a German verdict adverb ("dilettantisch gestaltet"): they stay after the comparative. */
const DE_DONE = /^(?:gestaltet|gemacht|umgesetzt|aufgebaut|formuliert|geschrieben|gesetzt|verlegt|ausgeführt|gebaut)$/;
/** English subjects that are no piece of work: a person, a service, conduct. */
const NOT_WORK_EN = new Set(['way', 'handling', 'advice', 'treatment', 'feedback', 'work']);
const NOT_WORK_DE = /^(?:umgang|behandlung|betreuung|pflege|beratung|art)$/;
/** Work the verdict lexicon does not list: descriptions, manuals, captions. */
const MORE_WORK =
  /(?:beschreibung|beschreibungen|anleitung|anleitungen|description|descriptions|manual|guide|captions?|handout|handouts|slides|deck|website|wiring|grouting|tiles|menu)$/;
const isWork = (folded: string, language: RewriteInput['language']) =>
  isWorkNoun(folded, language) || MORE_WORK.test(folded);
const EN_DETERMINERS = new Set(['the', 'your', 'this', 'these', 'those', 'our', 'my', 'their']);
const EN_PRONOUNS: Record<string, boolean> = { it: false, they: true, this: false, these: true, those: true };
const DE_PRONOUNS: Record<string, boolean> = { er: false, es: false, das: false, dies: false };

/** The end of one of `phrases` (folded, space-separated) at `at`, or -1. */
function phraseEnd(pieces: readonly Piece[], at: number, phrases: readonly string[]): number {
  let best = -1;
  for (const phrase of phrases) {
    const ws = phrase.split(' ');
    if (ws.every((w, k) => pieces[at + k]?.folded === w)) best = Math.max(best, at + ws.length);
  }
  return best;
}

/** The predicate as what the work could be: the comparatives, a German participle, the first kind; null when a word is not known. */
function readPredicate(
  predicate: readonly Piece[],
  language: RewriteInput['language'],
): { comparatives: string[]; done: string | null; family: Family } | null {
  const comparatives: string[] = [];
  let family: Family | null = null;
  let done: string | null = null;
  for (let i = 0; i < predicate.length; i++) {
    const p = predicate[i] as Piece;
    if (JOINERS.has(p.folded || p.text) || FILLERS.has(p.folded)) continue;
    if (!p.word) return null;
    const phrase = PHRASES.find(
      ([ws, k]) => k[language] !== '' && ws.split(' ').every((w, n) => predicate[i + n]?.folded === w),
    );
    const found = phrase ? phrase[1] : KINDS.get(p.folded);
    if (found) {
      const said = found[language];
      if (!comparatives.includes(said)) comparatives.push(said);
      family ??= found.family;
      if (phrase) i += phrase[0].split(' ').length - 1;
      continue;
    }
    // "dilettantisch gestaltet": the participle closes the predicate.
    if (language === 'de' && DE_DONE.test(p.folded) && i === predicate.length - 1 && comparatives.length > 0) {
      done = p.text;
      continue;
    }
    return null;
  }
  return family ? { comparatives, done, family } : null;
}

/** The subject as written, checked: a piece of work named with a determiner, or a pronoun. Null when it is neither. */
function readSubject(subject: readonly Piece[], input: RewriteInput): { pieces: Piece[]; dropped: string[] } | null {
  const { language } = input;
  const first = subject[0];
  if (!first?.word || subject.length > 14) return null;
  if (language === 'en') {
    if (subject.length === 1 && EN_PRONOUNS[first.folded] !== undefined) return { pieces: [...subject], dropped: [] };
    if (!EN_DETERMINERS.has(first.folded) || subject.some((p) => !p.word && !/^['’-]$/.test(p.text))) return null;
    // The head: the last word before a preposition or a clause ("the copy for the flyer", "the edits you made").
    let head: Piece | null = null;
    for (const p of subject.slice(1)) {
      if (
        /^(?:of|for|on|from|to|in|at|with|around|under|behind|near|inside|that|which|who|you|we|i|they|by|about)$/.test(
          p.folded,
        )
      )
        break;
      head = p;
    }
    if (!head || /['’]s$/.test(head.folded) || NOT_WORK_EN.has(head.folded) || !isWork(head.folded, 'en')) return null;
    return { pieces: [...subject], dropped: [] };
  }
  if (subject.length === 1 && DE_PRONOUNS[first.folded] !== undefined) return { pieces: [...subject], dropped: [] };
  if (!DE_DETERMINERS.has(first.folded) || /^(?:kein|keine|alle|viele|einige|beide)$/.test(first.folded)) return null;
  let end = nounPhraseEnd(subject, 0);
  if (end < 0) return null;
  // A phrase of place after the noun belongs to the subject ("Die Fugen in der Dusche").
  if (/^(?:in|im|am|an|auf|bei|hinter|unter|über|zum|zur)$/.test(subject[end]?.folded ?? '')) {
    const place = nounPhraseEnd(subject, end + 1);
    if (place < 0) return null;
    end = place;
  }
  const head = subject.slice(1, end).filter((p) => p.word && /^\p{Lu}/u.test(p.text))[0];
  if (!head || NOT_WORK_DE.test(head.folded) || !isWork(head.folded, 'de')) return null;
  // What follows the noun phrase: "selbst", or a relative clause between commas.
  const rest = subject.slice(end);
  if (rest.length === 0 || (rest.length === 1 && rest[0]?.folded === 'selbst'))
    return { pieces: [...subject], dropped: [] };
  if (rest[0]?.text !== ',' || rest[rest.length - 1]?.text !== ',' || rest.slice(1, -1).some((p) => !p.word))
    return null;
  // "Der Entwurf, den Sie uns geschickt haben," from the writer's side; another doer stays as written.
  const own = writersRelative(subject, input);
  if (own) return own;
  if (rest.some((p) => p.text === 'Sie' || /^(?:du|ihr)$/.test(p.text))) return null;
  return { pieces: [...subject], dropped: [] };
}

/** Where the verdict's clause starts: after praise and a turn (", but …"), and after candour. */
function coreStart(pieces: readonly Piece[], input: RewriteInput): { lead: Piece[]; from: number; dropped: string[] } {
  let lead: Piece[] = [];
  let from = 0;
  const dropped: string[] = [];
  const turn = pieces.findIndex((p, i) => p.text === ',' && TURNS.has(pieces[i + 1]?.folded ?? ''));
  // The praise before the turn stays as written, and the finding's cue lies after it.
  if (turn >= 2 && input.cue.from > turn && pieces.slice(0, turn).every((p) => p.word || /^['’-]$/.test(p.text))) {
    lead = pieces.slice(0, turn);
    from = turn + 2;
    dropped.push((pieces[turn + 1] as Piece).folded);
  }
  const candour = phraseEnd(pieces, from, CANDOUR);
  if (candour > 0) {
    dropped.push(...pieces.slice(from, candour).map((p) => p.folded));
    from = candour + (pieces[candour]?.text === ',' ? 1 : 0);
    if (/^(?:but|aber)$/.test(pieces[from]?.folded ?? '')) dropped.push((pieces[from++] as Piece).folded);
  }
  return { lead, from, dropped };
}

export const verdictMore: Strategy = (input) => {
  const { language, writer } = input;
  if (!input.ruleId.includes('harsh')) return [];
  const pieces = unfused(input.pieces);
  const last = pieces[pieces.length - 1];
  const ended = last && !last.word && /^[.!]+$/.test(last.text) ? pieces.slice(0, -1) : null;
  if (!ended) return [];
  const { lead, from, dropped } = coreStart(ended, input);
  let core = ended.slice(from);
  const verbs = VERBS[language];
  // German verb-second after a turn or candour ("jedoch ist der Bericht …", "Ehrlich gesagt ist er …"): the subject first.
  if (language === 'de' && core[0] && verbs[core[0].folded]) {
    const second = core[1];
    const end = second && DE_PRONOUNS[second.folded] !== undefined ? 2 : nounPhraseEnd(core, 1);
    if (end < 0) return [];
    core = [...core.slice(1, end), core[0] as Piece, ...core.slice(end)];
  }
  const at = core.findIndex((p, i) => i > 0 && i < 14 && p.word && verbs[p.folded] !== undefined);
  if (at < 1) return [];
  const verb = verbs[(core[at] as Piece).folded] as Verb;
  const subject = readSubject(core.slice(0, at), input);
  const predicate = core.slice(at + 1);
  const read = subject && predicate.length <= 10 ? readPredicate(predicate, language) : null;
  if (!subject || !read) return [];
  const plural =
    verb.plural || (language === 'en' && subject.pieces.length === 1 && EN_PRONOUNS[subject.pieces[0]?.folded ?? '']);
  // A relative clause closes with its comma before the verb ("Die Pläne, die … geliefert hat, könnten …").
  const closed = subject.pieces[subject.pieces.length - 1]?.text === ',' ? ',' : '';
  const head = render(gapped(subject.pieces, '')) + closed;
  const better = read.comparatives.join(language === 'de' ? ' und ' : ' and ');
  const list = read.comparatives.length > 2 ? better.replace(/ (?:und|and) (?=.* (?:und|and) )/g, ', ') : better;
  let text: string;
  if (language === 'de') {
    const done = read.done ? ` ${read.done}` : '';
    text = verb.past
      ? `${head} ${verb.plural ? 'hätten' : 'hätte'} ${list}${done} ${verb.infinitive} können. ${NEXT_TIME.de}`
      : `${head} ${verb.plural ? 'könnten' : 'könnte'} ${list}${done} ${verb.infinitive} – ${step(read.family, 'de', writer, plural ?? false)}`;
  } else {
    // "It could be …": the subject keeps its words; a pronoun at the start stays capitalised by render.
    const could = verb.past ? `could have ${EN_DONE[verb.infinitive]}` : 'could';
    const be = verb.past ? '' : ` ${verb.infinitive}`;
    text = verb.past
      ? `${head} ${could} ${list}. ${NEXT_TIME.en}`
      : `${head} ${could}${be} ${list} – ${step(read.family, 'en', writer, plural ?? false)}`;
  }
  // The praise before the turn stays, as a sentence of its own.
  const before = lead.length > 0 ? `${render(gapped(lead, ''))}. ` : '';
  const said: Candidate = {
    text: before + text,
    dropped: [...dropped, ...subject.dropped, ...ended.slice(from).map((p) => p.folded)],
  };
  return [said];
};
