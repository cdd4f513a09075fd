// Sarcasm said plainly: what happened, without the praise that mocks it. A
// short mocking sentence ("Great call.", "Echt klasse Planung.") is best left
// out; mock thanks ("Danke, dass Sie sich nach sechs Wochen auch mal melden")
// become the plain statement ("Sie melden sich nach sechs Wochen."); a mocking
// opener before a colon or dash goes; scare quotes come off the word.
import { type Candidate, dropPhrases, type RewriteInput, type Strategy } from './context';
import { leftOut, saysSomething } from './drop';
import { ingLemma, past } from './english';
import { looksFinite, mainClause, opensMainClause, verbAfter, verbSecond } from './german';
import { clauseEnd, type Piece, render, words } from './pieces';
import { EN_SUBJECT_WORDS, REWRITE_WORDS } from './words';

/** A tail with a number holds a fact ("– only forty minutes late"): it stays. */
const NUMBER_WORDS =
  /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|minutes|minuten|stunden|hours|tage|days|wochen|weeks)$/;
const QUOTE_MARKS = /^[„“”"'‘’‚»«]+$/;
const JOINS: Record<RewriteInput['language'], string> = { de: 'dass', en: 'that' };
/** Short sentences only: a longer one carries facts that leaving it out would lose. */
const MAX_LEFT_OUT = 8;

/** Irony particles and sharpeners that go with the sarcasm. */
function withoutIrony(input: RewriteInput, pieces: Piece[]): { pieces: Piece[]; dropped: string[] } {
  const w = REWRITE_WORDS[input.language];
  return dropPhrases(pieces, [...w.irony, ...w.sharpeners], { from: 1 });
}

/**
 * "Brilliant.", "Echt klasse Planung.": a sentence that only mocks is left out.
 * A mocking phrase ("Läuft bei euch.", "How convenient.") is left out when it is
 * most of its sentence and the rest names no fact.
 */
function leaveOut(input: RewriteInput): Candidate[] {
  if (/sarcasm\/(?:after|before)\//.test(input.ruleId)) return leftOut(input, MAX_LEFT_OUT, false);
  return /sarcasm\/marker\//.test(input.ruleId) ? leftOut(input, MAX_LEFT_OUT) : [];
}

/** Scare quotes off the word: „Vorarbeiten“ → Vorarbeiten. */
function unquote(input: RewriteInput): Candidate[] {
  if (!input.ruleId.endsWith('scare-quotes')) return [];
  const { pieces, cue } = input;
  // The marks may be part of the cue or stand right around it.
  const inside = QUOTE_MARKS.test(pieces[cue.from]?.text ?? '') && QUOTE_MARKS.test(pieces[cue.to - 1]?.text ?? '');
  const open = inside ? cue.from : cue.from - 1;
  const close = inside ? cue.to - 1 : cue.to;
  if (close <= open + 1 || !QUOTE_MARKS.test(pieces[open]?.text ?? '') || !QUOTE_MARKS.test(pieces[close]?.text ?? ''))
    return [];
  const first = pieces[open + 1] as Piece;
  const out = [
    ...pieces.slice(0, open),
    { ...first, gap: (pieces[open] as Piece).gap },
    ...pieces.slice(open + 2, close),
    ...pieces.slice(close + 1),
  ];
  return [{ text: render(out) }];
}

/**
 * English words in plain single quotes and what they are said as: the word the
 * writer doubts gives way to a neutral one ("Your 'final' version" → "Your
 * latest version"; '' drops a doubted adjective: "Your 'thorough' inspection
 * missed …" → "Your inspection missed …"). Only plain single quotes: words in
 * double or typographic quotes are the user's quotation and stay (the guard).
 */
const EN_PLAIN_WORDS: Record<string, string> = {
  final: 'latest',
  last: 'latest',
  fix: 'change',
  fixed: 'worked on',
  'quick fix': 'change',
  tweak: 'change',
  'quick tweak': 'change',
  'small tweak': 'change',
  'minor adjustment': 'change',
  'small change': 'change',
  'quick check': 'check',
  improved: 'changed',
  improvement: 'change',
  improvements: 'changes',
  updating: 'changing',
  'sort out': 'handle',
  thorough: '',
  cheap: '',
  bargain: '',
  budget: '',
  urgent: '',
  quick: '',
  expert: '',
};
/** Quoted words a next step may follow as they are, the marks off: nouns and deeds whose result the sentence states. */
const PLAIN_AS_THEY_ARE =
  /^(?:fix|fixed|repair|repaired|update|solution|reparatur|korrektur|optimierung|verbesserung|lösung|entwurf|hilfe|unterstützung|beratung|überarbeitung|aktualisierung|prüfung)$/;
/** Words before the quote that mock on their own ("Thanks for the 'final' …", "Love that the …"): not for this shape. */
const MOCK_BEFORE =
  /^(?:thanks|thank|love|funny|thrilled|great|nice|lovely|wonderful|brilliant|cheers|danke|dank|toll|schön|herrlich|super|klasse|prima|wunderbar|witzig|lustig|sogenannte|sogenannter|sogenanntes|sogenannten|so-called)$/;
/** The next step after a result said plainly. */
const TALK_IT_THROUGH: Record<RewriteInput['language'], string> = {
  de: 'Wollen wir kurz besprechen, wie es weitergeht?',
  en: 'Shall we talk about how to go on from here?',
};

/**
 * Scare quotes said plainly: the doubted word gives way to a neutral one
 * ("Your 'quick tweak' to the spreadsheet broke …" → "Your change to the
 * spreadsheet broke …"), or, where the word is the user's to keep (double or
 * German quotes), it stays without its marks and a next step follows ("Ihre
 * „Reparatur“ an der Leitung hat den Schaden verursacht." → "Ihre Reparatur an
 * der Leitung hat den Schaden verursacht. Wollen wir kurz besprechen, wie es
 * weitergeht?"). Adjectives the rest contradicts ("„gründliche“ Prüfung …
 * übersehen") cannot stay: nothing is offered for them.
 */
function plainWord(input: RewriteInput): Candidate[] {
  if (!input.ruleId.endsWith('scare-quotes')) return [];
  const { cue, language } = input;
  let pieces = input.pieces;
  const last = pieces[pieces.length - 1] as Piece;
  if (last.word || last.text !== '.') return [];
  let open = -1;
  for (let i = Math.max(0, cue.from - 1); i <= cue.from; i++)
    if (QUOTE_MARKS.test(pieces[i]?.text ?? '') && pieces[i + 1]?.word) {
      open = i;
      break;
    }
  if (open < 0) return [];
  let close = open + 1;
  while (close < pieces.length && pieces[close]?.word) close++;
  let mark = pieces[close];
  // "'quick check'," – the closing mark and a comma in one piece: the comma stays.
  const glued = mark && /^([„“”"'‘’‚»«]+)([,;:])$/.exec(mark.text);
  if (mark && glued) {
    mark = { ...mark, text: glued[1] as string };
    pieces = [
      ...pieces.slice(0, close),
      mark,
      { ...mark, text: glued[2] as string, folded: '', lemma: '', gap: '' },
      ...pieces.slice(close + 1),
    ];
  }
  if (!mark || !QUOTE_MARKS.test(mark.text) || close - open > 3) return [];
  // "„Prioritäts“-Ticket": a quoted part of a compound.
  if (
    pieces[close + 1] &&
    !pieces[close + 1]?.word &&
    /^[-–]$/.test(pieces[close + 1]?.text ?? '') &&
    pieces[close + 1]?.gap === ''
  )
    return [];
  // One pair of quotes only, and no mock praise before it.
  if (pieces.some((p, i) => i !== open && i !== close && !p.word && QUOTE_MARKS.test(p.text))) return [];
  if (pieces.slice(0, open).some((p) => p.word && MOCK_BEFORE.test(p.folded))) return [];
  const quoted = pieces.slice(open + 1, close);
  const phrase = quoted.map((p) => p.folded).join(' ');
  const gap = (pieces[open] as Piece).gap;
  const plainQuote = /^'$/.test(pieces[open]?.text ?? '') && /^'$/.test(mark.text);
  const out: Candidate[] = [];
  const replacement = language === 'en' && plainQuote ? EN_PLAIN_WORDS[phrase] : undefined;
  if (replacement !== undefined) {
    const inserted = replacement ? words(replacement).map((p, i) => (i === 0 ? { ...p, gap } : p)) : [];
    let rest = pieces.slice(close + 1);
    if (!replacement && rest[0]) rest = [{ ...(rest[0] as Piece), gap }, ...rest.slice(1)];
    const { pieces: plain, dropped } = withoutIrony(input, [...pieces.slice(0, open), ...inserted, ...rest]);
    if (saysSomething(plain, language))
      out.push({ text: render(plain), dropped: [...dropped, ...quoted.map((p) => p.folded)] });
    return out;
  }
  if (quoted.length !== 1 || !PLAIN_AS_THEY_ARE.test(phrase)) return [];
  // German: a noun, capitalised; English: the word as it is.
  if (language === 'de' && !/^\p{Lu}/u.test(quoted[0]?.text ?? '')) return [];
  const unquoted = [...pieces.slice(0, open), { ...(quoted[0] as Piece), gap }, ...pieces.slice(close + 1)];
  const { pieces: plain, dropped } = withoutIrony(input, unquoted);
  if (!saysSomething(plain, language)) return [];
  return [{ text: `${render(plain)} ${TALK_IT_THROUGH[language]}`, dropped }];
}

/**
 * "Terrific, another invoice without the agreed discount." → "This is another
 * invoice without the agreed discount. Shall we talk about …?": the praise word
 * goes, the thing that came again is named as it is. English only; the opener
 * is one or two words and a comma, and nothing but the noun phrase follows.
 */
function anotherOne(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/')) return [];
  const comma = pieces.findIndex((p) => !p.word);
  const last = pieces[pieces.length - 1] as Piece;
  if (comma < 1 || comma > 2 || pieces[comma]?.text !== ',' || last.text !== '.') return [];
  const yet = pieces[comma + 1]?.folded === 'yet' ? 1 : 0;
  const another = comma + 1 + yet;
  if (pieces[another]?.folded !== 'another' || !pieces[another + 1]?.word) return [];
  const rest = pieces.slice(another + 1, -1);
  if (rest.length < 2 || rest.some((p) => !p.word && p.text !== '%')) return [];
  const out = [...words('This is another'), ...rest, last];
  const gone = pieces.slice(0, another).filter((p) => p.word);
  return [{ text: `${render(out)} ${TALK_IT_THROUGH.en}`, dropped: gone.map((p) => p.folded) }];
}

/** Praise inside the thanked clause ("dass Sie sich so rührend gekümmert haben"): said plainly it would state the irony as fact. */
const PRAISE_INSIDE =
  /^(?:rührend|nett|toll|freundlich|aufmerksam|großzügig|schön|klasse|super|wunderbar|prima|fleißig|gründlich|kind|nice|lovely|great|thoughtful|helpful|generous|wonderful|brilliant|prompt|quick|fast|quickly|promptly)$/;

/** "Danke, dass …", "Love that …": the mock praise goes, the clause it thanks for is said as it is. */
function plainStatement(input: RewriteInput): Candidate[] {
  if (!input.ruleId.startsWith('sarcasm/praise/')) return [];
  const { pieces, language } = input;
  const join = pieces.findIndex((p, i) => i <= input.cue.to + 2 && p.word && p.folded === JOINS[language]);
  if (join < 0 || join > 6) return [];
  const end = clauseEnd(pieces, join + 1);
  const clauseWords = pieces.slice(join + 1, end).filter((p) => p.word);
  if (clauseWords.some((p) => PRAISE_INSIDE.test(p.folded))) return [];
  // "… are being read at all", "… überhaupt": the clause says the opposite of what happened.
  if (
    clauseWords.some(
      (p, i) =>
        p.folded === 'überhaupt' ||
        p.folded === 'sogar' ||
        p.folded === 'even' ||
        (p.folded === 'at' && clauseWords[i + 1]?.folded === 'all'),
    )
  )
    return [];
  const { pieces: clause, dropped } = withoutIrony(input, pieces.slice(join + 1, end));
  const statement = language === 'de' ? mainClause(clause) : clause;
  if (!statement || statement.length === 0) return [];
  // A short mocking tail after a dash goes too ("– wahnsinnig großzügig").
  let tail = pieces.slice(end);
  const tailWords = tail.filter((p) => p.word);
  if (
    /^[–—-]$/.test(tail[0]?.text ?? '') &&
    tailWords.length <= 4 &&
    !tailWords.some((p) => /\d/.test(p.text) || NUMBER_WORDS.test(p.folded))
  ) {
    dropped.push(...tailWords.map((p) => p.folded));
    tail = tail.slice(-1).filter((p) => !p.word);
  }
  const out = [{ ...(statement[0] as Piece), gap: '' }, ...statement.slice(1), ...tail];
  return [{ text: render(out), dropped: [...dropped, ...pieces.slice(0, join + 1).map((p) => p.folded)] }];
}

/** Marks after which a second clause may carry the mockery on ("; it made the visit so much easier", "– nothing I enjoy more"). */
const MOCK_GOES_ON = /^[;:–—]$/;
/** Subjects that open a clause of its own after a comma (", our crew loves a surprise workout"). */
const EN_CLAUSE_SUBJECTS = /^(?:i|we|you|he|she|it|they|this|these|those|our|my|your|their|his|her|its|there|nothing)$/;
const LATE = /^(?:now|today|yesterday|then|this)$/;
/** Whether piece `i` is a comma that opens a clause of its own. */
const aside = (pieces: readonly Piece[], i: number) =>
  pieces[i]?.text === ',' && EN_CLAUSE_SUBJECTS.test(pieces[i + 1]?.folded ?? '');

/** Words of thanking before "für"/"for" ("vielen herzlichen Dank auch", "thank you so much"): nothing else may go with them. */
const THANKING =
  /^(?:vielen|herzlichen|besten|lieben|tausend|dank|danke|auch|nochmal|nochmals|thanks|thank|you|so|much|a|lot|many|cheers|bunch|again)$/;

/** The index of the "für"/"for" that thanks, or -1 when the words before it do more than thank. */
export function thankedFor(pieces: readonly Piece[]): number {
  const at = pieces.findIndex((p, i) => i <= 5 && p.word && /^(?:für|for)$/.test(p.folded));
  return at > 0 && pieces.slice(0, at).every((p) => p.word && THANKING.test(p.folded)) ? at : -1;
}

/**
 * "Thanks for sending the lease two days after the deadline." → "You sent the
 * lease two days after the deadline.": what the reader did, said in the past.
 * Only a sentence that ends in a full stop with no second clause after it
 * ("…; it made the visit so much easier" thanks for real, ", our crew loves a
 * surprise workout" mocks on), and only for a verb whose past is known.
 */
function youDid(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (language !== 'en' || !input.ruleId.startsWith('sarcasm/praise/')) return [];
  const at = thankedFor(pieces);
  if (at < 1) return [];
  const sharpeners = REWRITE_WORDS.en.sharpeners;
  // "for finally returning my call": the sharpener goes with the thanks.
  const verbAt = sharpeners.includes(pieces[at + 1]?.folded ?? '') ? at + 2 : at + 1;
  const verb = pieces[verbAt];
  const lemma = verb?.word ? ingLemma(verb.folded, verb.lemma) : null;
  const done = lemma && past(lemma);
  const last = pieces[pieces.length - 1] as Piece;
  if (!done || last.text !== '.' || pieces.some((p, i) => !p.word && (MOCK_GOES_ON.test(p.text) || aside(pieces, i))))
    return [];
  // "only now" says when, not how little: without "only" the lateness would go.
  if (pieces.some((p, i) => p.folded === 'only' && LATE.test(pieces[i + 1]?.folded ?? ''))) return [];
  const { pieces: rest, dropped } = withoutIrony(input, [verb as Piece, ...pieces.slice(verbAt + 1, -1)]);
  const out = [...words(`You ${done}`), ...rest.slice(1), last];
  if (!saysSomething(out, 'en')) return [];
  return [{ text: render(out), dropped: [...dropped, ...pieces.slice(0, verbAt + 1).map((p) => p.folded)] }];
}

/** Mock praise inside the thanked thing ("Ihre blitzschnelle Reaktion", "the prompt quote"): it goes with the thanks. */
const MOCK_ADJECTIVE =
  /^(?:(?:blitz)?schnell|prompt|zügig|rechtzeitig|pünktlich|rasch|flott)(?:e|en|er|es)?$|^(?:überaus|äußerst|so|quick|speedy|swift|rapid|timely|lightning-fast|incredibly|very)$/;
/** Words that open the time the thanked thing came at ("– zwei Stunden nach Fristablauf", "after a mere five weeks"). */
const WHEN_OPENS = /^(?:nach|nachdem|after|gerade|a|an|ein|eine|einen|einem)$/;
/** Belittling words of the time that go with the sarcasm ("gerade mal fünf Wochen", "a mere six weeks"). */
const BELITTLING: Record<RewriteInput['language'], readonly string[]> = {
  de: ['gerade mal', 'gerade einmal', 'nur', 'bloß', 'lediglich'],
  en: ['mere', 'only', 'just'],
};
/** Accusative determiners after "für" and their nominative: the thanked thing becomes the subject. */
const NOMINATIVE: Record<string, string> = {
  den: 'der',
  einen: 'ein',
  ihren: 'ihr',
  deinen: 'dein',
  euren: 'euer',
  meinen: 'mein',
  unseren: 'unser',
  diesen: 'dieser',
};
/** German nouns that are singular whatever their determiner ("die Rückmeldung", not "die Unterlagen"): "kam", not "kamen". */
const DE_SINGULAR = /(?:ung|ion|heit|keit|schaft|tät|info|antwort)$/;

/** Determiners a thanked thing may open with; one in -e ("die", "Ihre") may be plural, so its noun must say singular. */
const THING_DETERMINERS =
  /^(?:die|das|ein|eine|dein|deine|ihr|ihre|euer|eure|mein|meine|unser|unsere|dieses|diese|den|einen|ihren|deinen|euren|meinen|unseren|diesen)$/;

/** The German subject from the thanked noun phrase: accusative to nominative, or null where the case shows elsewhere too. */
function germanSubject(phrase: Piece[]): Piece[] | null {
  const [det, ...rest] = phrase;
  if (!det?.word) return null;
  const nominative = NOMINATIVE[det.folded];
  const noun = rest.find((p) => p.word && /^\p{Lu}/u.test(p.text));
  if (
    !noun ||
    !THING_DETERMINERS.test(det.folded) ||
    (!nominative && /e$/.test(det.folded) && !DE_SINGULAR.test(noun.folded))
  )
    return null;
  if (!nominative) return phrase;
  // "den überarbeiteten Plan" would need "der überarbeitete Plan": only a determiner and its noun are changed.
  if (rest[0] !== noun) return null;
  const text = det.text.charAt(0) + nominative.slice(1);
  return [{ ...det, text, folded: nominative, lemma: nominative }, ...rest];
}

/** Subordinators a time may go on with ("…, nachdem die Rechnung schon raus war", "after I asked"): a clause there is the time's. */
const TIME_CLAUSE = /^(?:nachdem|bevor|after|before)$/;
/** Words that say the time was late, besides numbers. */
const LATE_WORDS = /^(?:später|danach|later)$/;
const EN_DETERMINERS = /^(?:the|your|a|an|our|my|this|that)$/;

/**
 * The time the thanked thing came at, from `from` to the sentence's end,
 * without its belittling words; null when it is not a time (a number or a
 * word of lateness, no clause of its own: "hat ja nur einen Monat gedauert",
 * "nach elf Wochen liegt der Bescheid nun vor").
 */
function timeOf(
  tail: readonly Piece[],
  language: RewriteInput['language'],
): { time: Piece[]; dropped: string[] } | null {
  const first = tail[0];
  if (!first?.word || !(WHEN_OPENS.test(first.folded) || /\d/.test(first.text) || NUMBER_WORDS.test(first.folded)))
    return null;
  if (
    !tail.some(
      (p) =>
        /\d/.test(p.text) || NUMBER_WORDS.test(p.folded) || LATE_WORDS.test(p.folded) || TIME_CLAUSE.test(p.folded),
    )
  )
    return null;
  const { pieces: belittled, dropped } = dropPhrases(
    tail.filter((p) => p.word || p.text !== ','),
    BELITTLING[language],
  );
  // "a mere six weeks" → "six weeks"; "a mere fortnight" → "a fortnight".
  const time = belittled.filter(
    (p, i) => !(p.folded === 'a' && dropped.length > 0 && NUMBER_WORDS.test(belittled[i + 1]?.folded ?? '')),
  );
  const clause = time.findIndex((p) => TIME_CLAUSE.test(p.folded));
  const phrase = clause < 0 ? time : time.slice(0, clause);
  const finite = (p: Piece) => looksFinite(p) && !NUMBER_WORDS.test(p.folded);
  // No mark but the comma before such a clause, and in German no verb before it.
  const mark = (p: Piece, i: number) => !p.word && !(p.text === ',' && TIME_CLAUSE.test(tail[i + 1]?.folded ?? ''));
  if (tail.some(mark) || (language === 'de' && phrase.some(finite))) return null;
  // German puts the comma before the clause ("kam, nachdem …", "zehn Minuten, bevor …"); English does not.
  if (language === 'de' && clause >= 0) time.splice(clause, 0, { ...(words(',')[0] as Piece), gap: '' });
  const came = words(language === 'de' ? 'kam' : 'came');
  return { time: [...came, ...time.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p))], dropped };
}

/** Words around how long it took that go with the sarcasm: "it only took you", "hat ja nur … gedauert". */
const TOOK_FILLER = /^(?:it|only|just|you|us|me|ja|nur|gerade|mal|bloß|lediglich)$/;

/**
 * "…, it only took you a month" → "took a month"; "– hat ja nur einen Monat
 * gedauert" → "hat einen Monat gedauert": how long the thanked thing took, as
 * its predicate; null when the tail says anything else.
 */
function tookOf(
  tail: readonly Piece[],
  language: RewriteInput['language'],
): { time: Piece[]; dropped: string[] } | null {
  const verb = tail.findIndex((p) => p.folded === (language === 'de' ? 'hat' : 'took'));
  if (verb < 0 || tail.some((p) => !p.word) || !tail.slice(0, verb).every((p) => TOOK_FILLER.test(p.folded)))
    return null;
  let from = verb + 1;
  while (from < tail.length && TOOK_FILLER.test((tail[from] as Piece).folded)) from++;
  const end = language === 'de' ? tail.length - 1 : tail.length;
  if (language === 'de' && tail[end]?.folded !== 'gedauert') return null;
  const time = tail.slice(from, end);
  const unit = (p: Piece) =>
    /^(?:a|an|ein|eine|einen)$/.test(p.folded) || /\d/.test(p.text) || NUMBER_WORDS.test(p.folded);
  if (time.length === 0 || time.length > 3 || !unit(time[0] as Piece)) return null;
  const said = [tail[verb] as Piece, ...time.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)), ...tail.slice(end)];
  const dropped = [...tail.slice(0, verb), ...tail.slice(verb + 1, from)].map((p) => p.folded);
  return { time: said.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)), dropped };
}

/**
 * "Danke für das Update, drei Tage nach der Verhandlung." → "Das Update kam
 * drei Tage nach der Verhandlung."; "Thanks for the prompt quote, a mere six
 * weeks after I asked." → "The quote came six weeks after I asked.": the thing
 * thanked for, without its mock praise, came when it came.
 */
function cameWhen(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (!input.ruleId.startsWith('sarcasm/praise/')) return [];
  const at = thankedFor(pieces);
  const last = pieces[pieces.length - 1] as Piece;
  if (at < 1 || last.text !== '.') return [];
  const when = pieces.findIndex(
    (p, i) => i > at + 1 && (!p.word ? /^[,–—-]$/.test(p.text) : WHEN_OPENS.test(p.folded) && i > at + 2),
  );
  const tail = pieces.slice(pieces[when]?.word ? when : when + 1, -1);
  const found = when > 0 && (timeOf(tail, language) ?? tookOf(tail, language));
  if (!found) return [];
  const thanked = pieces.slice(at + 1, when);
  const kept = thanked.filter((p) => !MOCK_ADJECTIVE.test(p.folded));
  // A thing, not a deed: "Sending the lease came …" is no sentence.
  if (kept.some((p) => !p.word) || (!EN_DETERMINERS.test(kept[0]?.folded ?? '') && language === 'en')) return [];
  const subject = language === 'de' ? germanSubject(kept) : kept;
  if (!subject) return [];
  const out = [{ ...(subject[0] as Piece), gap: '' }, ...subject.slice(1), ...found.time, last];
  const gone = [...pieces.slice(0, at + 1), ...thanked.filter((p) => MOCK_ADJECTIVE.test(p.folded))];
  return [{ text: render(out), dropped: [...found.dropped, ...gone.map((p) => p.folded)] }];
}

/** Relative pronouns after the thanked thing: "für Ihre Zahlung, die …", "for the drawings, which …". */
const RELATIVE: Record<RewriteInput['language'], RegExp> = { de: /^(?:die|das|der)$/, en: /^(?:which|that)$/ };

/**
 * "Danke für Ihre pünktliche Zahlung, die nur sieben Wochen nach Fälligkeit
 * eingegangen ist." → "Ihre Zahlung ist sieben Wochen nach Fälligkeit
 * eingegangen."; "Thank you for the revised drawings, which arrived a
 * fortnight late." → "The revised drawings arrived a fortnight late.": what the
 * relative clause says of the thing thanked for, without the mock praise.
 */
function thingDid(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  if (!input.ruleId.startsWith('sarcasm/praise/')) return [];
  const at = thankedFor(pieces);
  const comma = pieces.findIndex((p, i) => i > at + 1 && !p.word);
  const last = pieces[pieces.length - 1] as Piece;
  if (at < 1 || pieces[comma]?.text !== ',' || !RELATIVE[language].test(pieces[comma + 1]?.folded ?? '')) return [];
  if (last.text !== '.' || pieces.slice(comma + 2, -1).some((p) => !p.word && p.text !== ',')) return [];
  const thanked = pieces.slice(at + 1, comma);
  const kept = thanked.filter((p) => !MOCK_ADJECTIVE.test(p.folded));
  if (language === 'en' && !EN_DETERMINERS.test(kept[0]?.folded ?? '')) return [];
  // "den Plan, der …": the masculine thing is the subject now ("der Plan").
  const subject = language === 'de' && pieces[comma + 1]?.folded === 'der' ? germanSubject(kept) : kept;
  const { pieces: clause, dropped } = dropPhrases(pieces.slice(comma + 2, -1), BELITTLING[language]);
  const statement = subject && (language === 'de' ? verbAfter(subject, clause) : [...subject, ...clause]);
  if (!statement || !saysSomething(statement, language)) return [];
  const out = [{ ...(statement[0] as Piece), gap: '' }, ...statement.slice(1), last];
  const gone = [
    ...pieces.slice(0, at + 1),
    ...thanked.filter((p) => MOCK_ADJECTIVE.test(p.folded)),
    pieces[comma + 1] as Piece,
  ];
  return [{ text: render(out), dropped: [...dropped, ...gone.map((p) => p.folded)] }];
}

/** A separable verb's infinitive with "zu" inside ("abzudecken", "einzureichen"). */
const ZU_INSIDE =
  /^(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|nieder|vor|weg|zurück|zusammen|zu)zu\p{L}{3,}en$/u;

/** Whether the words up to the first mark end in an infinitive with "zu": no clause that can stand alone. */
function zuInfinitiveClause(pieces: readonly Piece[]): boolean {
  const mark = pieces.findIndex((p) => !p.word);
  const clause = pieces.slice(0, mark < 0 ? pieces.length : mark);
  const last = clause[clause.length - 1];
  if (!last?.word) return false;
  // "zu lackieren", not "zu spät": after "zu" an infinitive in lower case.
  const infinitive = /^\p{Ll}\p{L}*(?:en|ern|eln)$/u.test(last.text) && last.lemma === last.folded;
  return ZU_INSIDE.test(last.folded) || (clause[clause.length - 2]?.folded === 'zu' && infinitive);
}

/** "Was für eine Überraschung: …", "Well, what a surprise – …": the mocking opener goes. */
function dropOpener(input: RewriteInput): Candidate[] {
  const { pieces, cue, language } = input;
  let mark = -1;
  for (let i = cue.to; i < Math.min(pieces.length - 1, cue.to + 3); i++)
    if (!(pieces[i] as Piece).word && /^[:–—,!]$/.test((pieces[i] as Piece).text)) {
      mark = i;
      break;
    }
  // A cue that takes in the whole sentence ("Tolles Timing – das Angebot kam …"): the opener is the
  // praise before the first mark, three words at most ("Amazing work on the newsletter –" names a fact).
  if (mark < 0 && cue.from === 0) {
    const first = pieces.findIndex((p) => !p.word);
    if (first > 0 && first <= 3 && /^[:–—,!]$/.test((pieces[first] as Piece).text)) mark = first;
  }
  if (mark < 0 || pieces.slice(0, mark).filter((p) => p.word).length > 6) return [];
  let rest = pieces.slice(mark + 1);
  // "great, so the VPN is down again": the "so" only joins the mock praise on.
  if (language === 'en' && rest[0]?.folded === 'so' && rest[1]?.word) rest = rest.slice(1);
  if (!rest[0]?.word) return [];
  rest = withoutIrony(input, [{ ...(rest[0] as Piece), gap: '' }, ...rest.slice(1)]).pieces;
  if (language === 'de') {
    // "super Idee, das Dach in der Regenwoche abzudecken": an infinitive clause has no verb of its own to stand alone.
    if (zuInfinitiveClause(rest)) return [];
    const reordered = verbSecond(rest);
    if (!reordered || !opensMainClause(reordered)) return [];
    rest = reordered;
    // A subject must open the statement, not "that" or a gerund ("sending the documents …").
  } else if (!EN_SUBJECT_WORDS.has(rest[0]?.folded ?? '') && !/^(?:\p{Lu}|\d)/u.test(rest[0]?.text ?? '')) return [];
  // "the morning after, that the upright …": a time phrase and the object clause of the verb that went.
  const comma = rest.findIndex((p) => p.text === ',');
  if (language === 'en' && comma > 0 && comma <= 4 && rest[comma + 1]?.folded === 'that') return [];
  // What is left must say something ("Kreative Interpretation, muss man sagen." leaves "Man muss sagen.").
  if (!saysSomething(rest, language)) return [];
  // "Creative interpretation, I'll give him that.": the object the opener named is gone.
  const lastWord = rest.findLast((p) => p.word);
  if (lastWord && /^(?:that|this|it|das|dies)$/.test(lastWord.folded) && !rest[rest.indexOf(lastWord) + 1]?.word)
    return [];
  return [{ text: render(rest), dropped: pieces.slice(0, mark).map((p) => p.folded) }];
}

/** "…, die Sie ohne Termin behandelt hat – das ist wirklich fair.": a short mocking tail after a dash or comma goes. */
function dropTail(input: RewriteInput): Candidate[] {
  const { pieces, cue } = input;
  let mark = -1;
  for (let i = cue.from - 1; i >= Math.max(1, cue.from - 2); i--)
    if (!(pieces[i] as Piece).word && /^[–—,;-]$/.test((pieces[i] as Piece).text)) mark = i;
  if (mark < 0) return [];
  const tail = pieces.slice(mark + 1).filter((p) => p.word);
  const head = pieces.slice(0, mark).filter((p) => p.word);
  if (tail.length > 5 || head.length < 4 || tail.some((p) => /\d/.test(p.text) || NUMBER_WORDS.test(p.folded)))
    return [];
  const last = pieces[pieces.length - 1] as Piece;
  const out = [...pieces.slice(0, mark), ...(last.word ? [] : [last])];
  return [{ text: render(out), dropped: tail.map((p) => p.folded) }];
}

export const sayItPlainly: Strategy = (input) => [
  ...dropTail(input),
  ...leaveOut(input),
  ...plainWord(input),
  ...unquote(input),
  ...plainStatement(input),
  ...youDid(input),
  ...cameWhen(input),
  ...thingDid(input),
  ...dropOpener(input),
  ...anotherOne(input),
];
