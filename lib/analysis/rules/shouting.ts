// Capitals and stacked marks: irritation leaking into the draft. A finding
// covers the loud stretch a reader hears ("WEDER machbar NOCH sinnvoll",
// "HEUTE!!", "stand!!!"). Where capitals and "!!!" shout together, its rewrite
// calms both at once; lower-casing one word or trimming "!!!" to "!" would
// leave the sentence as loud, so capitals or marks alone get advice only. A
// sentence in capitals throughout, or loud in several places, is one finding.
import { type Doc, inQuotes, type SentenceView } from '../document';
import { isKnownEnglish } from '../lemma';
import { valenceOf } from '../sentiment';
import type { Token } from '../tokenize';
import { warmSentence } from './praise-sentiment';
import {
  ACRONYMS,
  CODE_WORDS,
  DETERMINERS,
  FIRM_WORDS,
  GOVERNING,
  JOY_WORDS,
  LABELLING,
  LEANED_ON,
  LEGAL_FORMS,
  LOWER_CASE_DE,
  NAMING_WORDS,
  PRODUCT_WORDS,
  QUOTING,
  SAFETY_WORDS,
  SHOUT_WORDS_DE,
  SHOUT_WORDS_EN,
  VERSION_WORDS,
  WRITING,
  WRITTEN_ON,
} from './shouting-words';
import type { RawFinding, Rule } from './types';

const LETTERS = /\p{L}/u;
const NONE: never[] = [];
const STACKED = /[!?]{2,}|!.*\?|\?.*!/;
/** Marks that end a clause inside a sentence, quotation marks and brackets included. */
const CLAUSE_MARK = /[,;:–—„“”"«»()[\]]/;

const allCaps = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

const isCapitalised = (word: string) => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && allCaps(letters) && !ACRONYMS.has(word.toUpperCase());
};

/** A word in capitals that reads as raised voice, not as an abbreviation. */
export function isShoutedWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || !allCaps(letters) || ACRONYMS.has(word.toUpperCase())) return false;
  // An identifier, not a voice: "ERR_CONNECTION_RESET", "HTTP2", "A4-FORMAT".
  if (/[_\d]/.test(word)) return false;
  // Short all-caps words are usually abbreviations, unless they are known shout words.
  return letters.length >= 5 || SHOUT_WORDS_DE.has(word) || SHOUT_WORDS_EN.has(word);
}

function isShouted(token: Token, source: string): boolean {
  // Fast exit for the usual case: a lower-case letter among the first two.
  const a = source.charAt(token.start);
  const b = source.charAt(token.start + 1);
  if (a !== a.toUpperCase() || b !== b.toUpperCase()) return false;
  return isShoutedWord(token.text);
}

/** A capitalised word as it reads calmly, or null when its case cannot be told (a German noun?). */
function calmWord(word: string, language: SentenceView['language'], first: boolean): string | null {
  if (!allCaps(word.replace(/[^\p{L}]/gu, '')) || ACRONYMS.has(word.toUpperCase())) return word;
  let lower = word.toLowerCase();
  if (language === 'en') {
    if (/^i(['’]|$)/.test(lower)) lower = `I${lower.slice(1)}`;
  } else if (word === 'SIE' || word === 'IHNEN') {
    lower = `${word.charAt(0)}${lower.slice(1)}`;
  } else if (!SHOUT_WORDS_DE.has(word) && !LOWER_CASE_DE.has(word)) {
    return null;
  }
  return first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** The text from `start` to `end` with its capitals lower-cased and its stacked marks made one; null when unsafe. */
function calmText(doc: Doc, sentence: SentenceView, start: number, end: number, lowerAll: boolean): string | null {
  const firstWord = sentence.tokens.find((t) => t.word && LETTERS.test(t.text));
  let out = '';
  let at = start;
  for (const token of sentence.tokens) {
    if (token.start < start || token.end > end) continue;
    let replacement: string | null = null;
    if (token.word && (lowerAll ? LETTERS.test(token.text) : isShouted(token, doc.text))) {
      replacement = calmWord(token.text, sentence.language, token === firstWord);
      if (replacement === null) return null;
    } else if (!token.word && STACKED.test(token.text)) {
      replacement = token.text.replace(/[!?]+/, token.text.includes('?') ? '?' : '.');
    }
    if (replacement === null) continue;
    out += doc.text.slice(at, token.start) + replacement;
    at = token.end;
  }
  return out + doc.text.slice(at, end);
}

/** Words that may stand between two shouted words of one stretch ("WEDER machbar NOCH sinnvoll"). */
const STRETCH_GAP = 3;

interface Stretch {
  /** Token indexes into the sentence, inclusive. */
  first: number;
  last: number;
  shouted: number;
  marks: boolean;
}

/**
 * The loud stretches of a sentence: shouted words a few words apart, with no
 * clause mark between them, and the stacked marks with the word they close
 * ("stand!!!"), joined to the capitals just before them.
 */
function loudStretches(tokens: readonly Token[], shouted: readonly Token[], marks: number): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let gap = 0;
  const loud = new Set(shouted);
  tokens.forEach((token, i) => {
    const isMarks = i === marks;
    if (!loud.has(token) && !isMarks) {
      if (!current) return;
      // A short capitalised word next to shouted ones is part of the shout ("KEINEN FALL").
      if (token.word && isCapitalised(token.text)) {
        current.last = i;
        return;
      }
      if (!token.word && CLAUSE_MARK.test(token.text)) current = null;
      else if (token.word && ++gap > STRETCH_GAP) current = null;
      return;
    }
    if (isMarks) {
      const word = i > 0 && tokens[i - 1]?.word ? i - 1 : i;
      // The marks join the stretch they follow when at most one word stands between.
      if (current && word - current.last <= 2) {
        current.last = i;
        current.marks = true;
      } else stretches.push({ first: word, last: i, shouted: 0, marks: true });
      current = null;
      return;
    }
    if (current) {
      current.last = i;
      current.shouted++;
    } else {
      current = { first: i, last: i, shouted: 1, marks: false };
      stretches.push(current);
    }
    gap = 0;
  });
  return stretches;
}

/**
 * A lone governing shout ("NOT", "VERY", "KEINE") reaches to the word it stresses,
 * over a determiner, and back to a modal or copula it leans on: "must NOT discuss",
 * "be VERY clear", "NOT the raw export". Never across a clause mark or another shout.
 */
function governed(tokens: readonly Token[], stretch: Stretch): Stretch {
  if (stretch.shouted !== 1 || stretch.marks || stretch.first !== stretch.last) return stretch;
  if (!GOVERNING.has((tokens[stretch.first] as Token).text)) return stretch;
  const plain = (i: number) => {
    const t = tokens[i];
    return t?.word && t.text !== t.text.toUpperCase() ? t : null;
  };
  let last = stretch.first;
  const next = plain(last + 1);
  if (!next) return stretch;
  last += 1;
  if (DETERMINERS.has(next.text.toLowerCase()) && plain(last + 1)) last += 1;
  const before = plain(stretch.first - 1);
  const first = before && LEANED_ON.has(before.text.toLowerCase()) ? stretch.first - 1 : stretch.first;
  return { ...stretch, first, last };
}

/**
 * A shouted word or "!!!" in a short clause is heard with its clause: the finding grows word by word
 * over it ("nicht arbeiten!!!" in "So können wir nicht arbeiten!!!", "Do NOT sign anything") until it
 * covers half the clause, but never past twice its own length, so a lone loud word in a long clause
 * stays a word ("FOUR" in "You have ignored FOUR requests …"). No growth unless half is reached.
 */
function heardWith(tokens: readonly Token[], stretch: Stretch): Stretch {
  const isMark = (t: Token | undefined) => t !== undefined && !t.word && CLAUSE_MARK.test(t.text);
  let from = stretch.first;
  while (from > 0 && !isMark(tokens[from - 1])) from--;
  while (from < stretch.first && !tokens[from]?.word) from++;
  let to = stretch.last;
  while (to < tokens.length - 1 && !isMark(tokens[to + 1])) to++;
  while (to > stretch.last && !tokens[to]?.word) to--;
  const span = (a: number, b: number) => (tokens[b] as Token).end - (tokens[a] as Token).start;
  const core = span(stretch.first, stretch.last);
  const half = Math.ceil(span(from, to) / 2) + 1;
  if (core >= half || half > 2 * core) return stretch;
  let first = stretch.first;
  let last = stretch.last;
  // Marks close their clause: grow back over it; a stressed word reaches forward first.
  const back = stretch.marks;
  while (span(first, last) < half) {
    const forward = !back && last < to ? last + 1 : -1;
    const backward = first > from ? first - 1 : -1;
    if (forward >= 0 && span(first, forward) <= 2 * core) last = forward;
    else if (backward >= 0 && span(backward, last) <= 2 * core) first = backward;
    else return stretch;
  }
  // "Do NOT pay the" would end on its article: the noun comes too, or nothing does.
  if (last > stretch.last && DETERMINERS.has((tokens[last] as Token).folded)) {
    if (last < to && span(first, last + 1) <= 2 * core) last++;
    else return stretch;
  }
  return { ...stretch, first, last };
}

function finding(start: number, end: number, suggestions: string[], message: RawFinding['message']): RawFinding {
  return { ruleId: 'shouting', category: 'shouting', start, end, suggestions, message };
}

/** Whether nothing but blanks stands beside the sentence on its line. */
function aloneOnLine(text: string, sentence: SentenceView): boolean {
  const before = text.lastIndexOf('\n', sentence.start - 1);
  const after = text.indexOf('\n', sentence.end);
  return (
    text.slice(before + 1, sentence.start).trim() === '' &&
    text.slice(sentence.end, after === -1 ? text.length : after).trim() === ''
  );
}

/**
 * A name or a label in capitals, not a raised voice: right after a word for a firm ("der Firma SECUTEC"), a
 * few words after "version" ("Version 3.2 von KONTOR"), right before a legal form or a product word ("SECUTEC
 * GmbH", "the LEDGERLINE app"), or a heading or label before its colon ("IMPORTANT: …", "… ist Folgendes
 * WICHTIG:" at a line's end). Shout words stay shouts.
 */
function nameOrLabel(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).text;
  // "NO." after a name in capitals numbers it ("ESPRESSO NO. 7").
  if (/^(?:NO|NR)$/.test(word) && tokens[i + 1]?.text === '.' && inCaps(tokens[i - 1])) return true;
  // A label quoted whole: "a label saying DO NOT SWITCH ON" (its shout words too).
  if (QUOTING.has(tokens.slice(0, runOf(tokens, i)[0]).findLast((t) => t.word)?.folded ?? '')) return true;
  if (GOVERNING.has(word)) return false;
  const before = tokens.slice(Math.max(0, i - 8), i).filter((t) => t.word);
  if (tokens[i + 1]?.text.startsWith(':') === true) {
    // A heading before its colon ("IMPORTANT: …"), or a label closing its line before a list ("… ist Folgendes WICHTIG:").
    if (before.length === 0 || tokens.length === i + 2) return true;
  }
  // A label: "you marked the ticket URGENT", "mit EILT kennzeichnen" (the German verb may follow), "write
  // FRAGILE on the box" (not "I wrote to you TWICE").
  const near = [...before.slice(-6), ...tokens.slice(i + 1, i + 4).filter((t) => t.word)];
  if (near.some((t) => LABELLING.has(t.folded))) return true;
  let next = i + 1;
  while (tokens[next]?.word && isShoutedWord((tokens[next] as Token).text)) next++;
  // The verb may stand before the reader: "schreiben Sie ZERBRECHLICH auf die Kiste".
  const writes = before.slice(-2).some((t) => WRITING.has(t.folded));
  if (writes && WRITTEN_ON.has(tokens[next]?.folded ?? '')) return true;
  if (SHOUT_WORDS_DE.has(word) || SHOUT_WORDS_EN.has(word)) return false;
  // A title or model: "THE VAULT" (not "THE LAST TIME"), "TRESOR 1923" (a number right after it).
  const prior = tokens[i - 1];
  const following = tokens[i + 1];
  // A maker after a German noun and "von": "die Arbeitsplatte von SILESTONE" (not "von ENORMER Tragweite", an
  // adjective before its noun).
  const noun = tokens[i - 2];
  if (
    prior?.folded === 'von' &&
    noun?.word === true &&
    /^\p{Lu}\p{Ll}/u.test(noun.text) &&
    !(following?.word && /^\p{Lu}\p{Ll}/u.test(following.text))
  )
    return true;
  if (prior?.word && /^(?:THE|DER|DIE|DAS)$/.test(prior.text) && !(following?.word && allCaps(following.text)))
    return true;
  if (
    /^\d/.test(tokens[i + 1]?.text ?? '') &&
    tokens[i + 1]?.start === (tokens[i] as Token).end + 1 &&
    !CALENDAR.test((tokens[i] as Token).folded)
  )
    return true;
  // A brand written round a mark with no space: "FRITZ!Box", "FRITZ!OS", "Yahoo!".
  const mark = tokens[i + 1];
  const joined = tokens[i + 2];
  if (mark && !mark.word && mark.start === tokens[i]?.end && joined?.word && joined.start === mark.end) return true;
  // Letters after a name closing a short line: a signature's degrees ("Tom Ashby MRCVS", "Dr. Eva Roth FEBO").
  const titleCase = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text);
  if (before.length >= 1 && before.length <= 4 && before.every(titleCase) && !tokens.slice(i + 1).some((t) => t.word))
    return true;
  const after = tokens.slice(i + 1, i + 3).find((t) => t.word);
  if (before.length > 0 && FIRM_WORDS.has((before[before.length - 1] as Token).folded)) return true;
  if (namedRun(tokens, i)) return true;
  if (before.length > 0 && CODE_WORDS.has((before[before.length - 1] as Token).folded)) return true;
  if (before.slice(-4).some((t) => VERSION_WORDS.has(t.folded))) return true;
  return after !== undefined && (LEGAL_FORMS.has(after.text) || PRODUCT_WORDS.has(after.folded));
}

/** Whether a token is a word written in capitals (short ones and codes too: "UP", "S3", "NO"). */
const inCaps = (t: Token | undefined): boolean =>
  t?.word === true && /\p{L}/u.test(t.text) && allCaps(t.text.replace(/[^\p{L}]/gu, ''));

/**
 * Whether the run of words in capitals around token i is a name: introduced by a naming noun ("unser Format SPEAK
 * UP BUSINESS", "die Steuerung SAUNATRONIC S3"), or followed by a product word or a model number ("our SPEAK UP
 * SPANISH programme").
 */
function namedRun(tokens: readonly Token[], i: number): boolean {
  const [first, last] = runOf(tokens, i);
  const before = tokens.slice(0, first).findLast((t) => t.word);
  if (before && NAMING_WORDS.has(before.folded)) return true;
  const after = tokens[last + 1];
  if (after?.word && PRODUCT_WORDS.has(after.folded)) return true;
  // A model number after the name: "SAUNATRONIC S3", "ESPRESSO NO. 7".
  const code = (tokens[last] as Token).text;
  if (/^(?:NO|NR)$/.test(code) && after?.text === '.') return true;
  // The code opens on a letter ("S3", "XR200"): "BY 5PM" is a time, not a model.
  return after?.word === true && /^\p{L}+\d/u.test(after.text) && !CALENDAR.test((tokens[last] as Token).folded);
}

/** The first and last index of the run of words in capitals around token i. */
function runOf(tokens: readonly Token[], i: number): [number, number] {
  let first = i;
  while (inCaps(tokens[first - 1])) first--;
  let last = i;
  while (inCaps(tokens[last + 1])) last++;
  return [first, last];
}

/**
 * An English word in capitals that no table knows and no lexicon weighs: a brand or a name ("VARILUX lenses"),
 * not a raised voice ("URGENT", "UNACCEPTABLE" carry a valence; "TODAY", "NEVER" are words; months and days are
 * dates).
 */
function brandLike(token: Token): boolean {
  // "NON-REFUNDABLE": words joined by a hyphen are stressed words, however rare.
  if (SHOUT_WORDS_EN.has(token.text) || !token.info || CALENDAR.test(token.folded) || token.text.includes('-'))
    return false;
  return valenceOf(token.info, 'en') === 0 && !isKnownEnglish(token.folded);
}

/** Months and weekdays: "SEPTEMBER 15" shouts a date, "TRESOR 1923" names a room. */
const CALENDAR =
  /^(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|mar(?:ch)?|märz?|apr(?:il)?|ma[iy]|jun[ie]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/;

/** What a sentence shouts with: its stacked marks (token index or -1), its shouted words, all capitals or not. */
function loudness(doc: Doc, sentence: SentenceView): { marks: number; shouted: Token[]; capitals: boolean } {
  const text = doc.text;
  let marks = -1;
  let shouted: Token[] = NONE;
  let capitals = true;
  let lettered = 0;
  const last = sentence.tokens[sentence.tokens.length - 1];
  // Read only when a word in capitals comes up: most sentences have none.
  let heading: boolean | undefined;
  const isHeading = () =>
    (heading ??=
      sentence.words <= 8 && !(last && !last.word && /[.!?]/.test(last.text)) && aloneOnLine(text, sentence));
  sentence.tokens.forEach((t, i) => {
    if (!t.word) {
      if (marks < 0 && t.end - t.start >= 2 && STACKED.test(t.text) && !inQuotes(doc, t.start)) marks = i;
      return;
    }
    // Fast exit for the usual word: a lower-case letter among its first two.
    const a = text.charAt(t.start);
    const b = text.charAt(t.start + 1);
    if (a !== a.toUpperCase() || (t.end - t.start > 1 && b !== b.toUpperCase())) {
      capitals = false;
      return;
    }
    if (!LETTERS.test(t.text)) return;
    lettered++;
    if (!allCaps(t.text) || inQuotes(doc, t.start)) capitals = false;
    // A capitalised line of its own without a closing mark is a heading, not a shout ("WAS WIR BRAUCHEN" over a
    // list); "AGAIN." after a sentence, or a line ending in "!", is a shout.
    if (
      isShoutedWord(t.text) &&
      !isHeading() &&
      !inQuotes(doc, t.start) &&
      !nameOrLabel(sentence.tokens, i) &&
      !(sentence.language === 'en' && brandLike(t))
    )
      shouted = [...shouted, t];
  });
  return { marks, shouted, capitals: capitals && lettered >= 2 && shouted.length > 0 };
}

/** Whether the sentence or one beside it in its paragraph speaks of health or safety. */
function aboutSafety(doc: Doc, sentence: SentenceView): boolean {
  const at = doc.sentences.indexOf(sentence);
  return [at - 1, at, at + 1].some((k) => {
    const s = doc.sentences[k];
    return s !== undefined && s.paragraph === sentence.paragraph && s.tokens.some((t) => SAFETY_WORDS.has(t.folded));
  });
}

/** Words that insist or deny: a loud sentence with one complains ("fehlen IMMER NOCH!!!"), joy beside it or not. */
const INSISTING = new Set(
  'noch immer wieder nicht nie kein keine endlich nichts still again not never no always finally yet nothing'.split(
    ' ',
  ),
);
/** How bad a word must read to make a loud sentence a complaint, whatever joy stands beside it. */
const BAD = -1;

/**
 * Whether the sentence celebrates: a word of celebration in it or within two sentences of it, and no bad word
 * in it ("YOU PASSED!!!" beside "so proud of you"; not "Congrats on the move. The keys are STILL missing!!!").
 */
function celebrates(doc: Doc, sentence: SentenceView): boolean {
  const { tokens, language } = sentence;
  // A word stressed in a glad sentence, no marks stacked: "I'm STILL smiling about your speech" (not "To be VERY
  // clear, …").
  // Not after an exclamation opener ("Great, you NEVER reply."): that praise is ironic.
  const first = tokens.findIndex((t) => t.word);
  const opener = tokens[first + 1]?.text.trim() === ',';
  const glad = tokens.some((t) => GLAD.test(t.folded));
  if (!opener && glad && warmSentence(sentence) && !tokens.some((t) => !t.word && /[!?]{2,}|\?/.test(t.text)))
    return true;
  if (tokens.some((t) => complains(t, language))) return false;
  // An exclamation of wonder ("Was für ein Tag!!!", "What a day!!") or thanks ("THANK YOU for coming!!!").
  const words = tokens.filter((t) => t.word);
  const [w0, w1] = [words[0]?.folded, words[1]?.folded];
  if ((w0 === 'was' && w1 === 'für') || (w0 === 'what' && (w1 === 'a' || w1 === 'an')) || w0 === 'welch') return true;
  if (words.some((t) => THANKS.test(t.folded))) return true;
  const at = doc.sentences.indexOf(sentence);
  // Joy in the same paragraph, or after the opening cry ("Priya!!!" over "YOU PASSED"): congratulations a
  // paragraph before a later complaint (often ironic) do not make it glad.
  for (let k = at - 2; k <= at + 2; k++) {
    const near = doc.sentences[k];
    if ((at === 0 || near?.paragraph === sentence.paragraph) && near?.tokens.some((t) => JOY_WORDS.has(t.folded)))
      return true;
  }
  // A mail that opens on news with "!!" ("Die Fotos sind fertig!!", "WE HAVE AN OFFER!!!"), nothing bad or insisting
  // in the sentence after it either: an angry opener complains at once ("Die Pläne fehlen IMMER NOCH!!!").
  // Only the mail's opening news: a later paragraph that starts loud ("The waiting time is charged AT THE HOURLY
  // RATE, it's IN THE CONTRACT!!!") insists.
  const previous = doc.sentences[at - 1];
  const greeting = doc.greeting;
  const opens =
    previous !== undefined &&
    (isGreeting(doc, previous) ||
      (greeting !== null && previous.start >= greeting.start && previous.end <= greeting.end) ||
      (at === 1 && previous.paragraph !== sentence.paragraph));
  const marks = tokens.filter((t) => !t.word && t.text.includes('!'));
  if (marks.length === 0 || !marks.every((t) => /^!{2,}$/.test(t.text.trim()))) return false;
  // The glad news goes on in the same paragraph ("WAHNSINN!!! B2 mit 94 Punkten!!!").
  if (!opens)
    return (
      previous?.paragraph === sentence.paragraph &&
      previous.tokens.some((t) => !t.word && /^!{2,}$/.test(t.text.trim())) &&
      celebrates(doc, previous)
    );
  // What others said, quoted in the next sentence, is not the writer insisting („… halten eh keine fünf Minuten still“).
  const next = doc.sentences[at + 1];
  return !next?.tokens.some((t) => complains(t, language) && !inQuotes(doc, t.start));
}

/** A word that insists or denies, or reads bad (an exclamation of joy such as „Wahnsinn“ excepted). */
function complains(t: Token, language: SentenceView['language']): boolean {
  if (INSISTING.has(t.folded)) return true;
  return !!t.info && valenceOf(t.info, language) <= BAD && !JOY_WORDS.has(t.folded);
}

const THANKS = /^(?:danke|dank|thank|thanks|merci)$/;
/** Words of gladness that make a stressed word joy ("STILL smiling", „RIESIG gefreut“). */
const GLAD =
  /^(?:smiling|smile|laughing|grinning|love|loved|delighted|thrilled|happy|glad|proud|enjoyed|lächle|lächeln|lache|lachen|grinse|grinsen|freue|freuen|gefreut|froh|glücklich|begeistert|stolz)$/;

/** Outcomes that are good news when stressed alone: an approval, a pass, a sale. */
const GOOD_NEWS = new Set([
  'granted',
  'approved',
  'accepted',
  'passed',
  'sold',
  'won',
  'funded',
  'genehmigt',
  'bewilligt',
  'bestanden',
  'angenommen',
  'verkauft',
  'gewonnen',
  'zugelassen',
]);

/** A denial and what it denies is a need: "NICHT erforderlich", "NOT necessary", "do NOT need to". */
const DENIALS = new Set(['nicht', 'kein', 'keine', 'not', 'no']);
const NEEDS = new Set(['erforderlich', 'nötig', 'notwendig', 'necessary', 'needed', 'required', 'need', 'needs']);
function reliefAfter(sentence: SentenceView, shouted: Token): boolean {
  if (!DENIALS.has(shouted.folded)) return false;
  const at = sentence.tokens.indexOf(shouted);
  return sentence.tokens
    .slice(at + 1)
    .filter((t) => t.word)
    .slice(0, 2)
    .some((t) => NEEDS.has(t.folded));
}

/** Whether a sentence is the greeting line ("Hey Nadine,"): a short line ending in a comma. */
function isGreeting(doc: Doc, sentence: SentenceView): boolean {
  return sentence.words <= 5 && /,\s*$/.test(doc.text.slice(sentence.start, sentence.end));
}

function shoutsIn(doc: Doc, sentence: SentenceView): RawFinding[] {
  const { marks, shouted, capitals } = loudness(doc, sentence);
  if (marks < 0 && shouted.length === 0) return NONE;
  if (celebrates(doc, sentence)) return NONE;
  // One word in capitals, no marks, is emphasis rather than a raised voice when it warns in a health or safety
  // instruction ("NICHT mehr anheizen"), is the good news itself ("Your patent has been GRANTED") or takes a burden
  // off the reader ("ist NICHT erforderlich", "is NOT needed").
  const stressed = marks < 0 && !capitals && shouted.length === 1 ? (shouted[0] as Token) : undefined;
  if (stressed && (aboutSafety(doc, sentence) || GOOD_NEWS.has(stressed.folded) || reliefAfter(sentence, stressed)))
    return NONE;
  // Marks left standing right after the sentence ("… !!! !!!") would keep a rewrite loud: advice only.
  const moreMarks = /^[\s,;:.]*[!?]/.test(doc.text.slice(sentence.end, sentence.end + 8));
  const stretches = capitals ? [] : loudStretches(sentence.tokens, shouted, marks);
  if (capitals || (marks >= 0 && shouted.length > 0 && stretches.length > 1)) {
    // Loud all through, or in several places: one finding whose rewrite calms the whole sentence.
    const calm = moreMarks ? null : calmText(doc, sentence, sentence.start, sentence.end, capitals);
    const loud = finding(sentence.start, sentence.end, calm === null ? [] : [calm], (m) =>
      marks >= 0 ? m.shoutingBoth : m.shoutingCaps,
    );
    // As loud as its parts: each capitalised word and the stacked marks.
    return [{ ...loud, weight: shouted.length + (marks >= 0 ? 1 : 0) }];
  }
  return stretches.map((loudest) => {
    const s = heardWith(sentence.tokens, governed(sentence.tokens, loudest));
    const start = (sentence.tokens[s.first] as Token).start;
    const end = (sentence.tokens[s.last] as Token).end;
    if (s.marks && s.shouted > 0) {
      // Capitals and marks together: the rewrite calms both, so the sentence is no longer loud.
      const calm = moreMarks ? null : calmText(doc, sentence, start, end, false);
      const both = finding(start, end, calm === null ? [] : [calm], (m) => m.shoutingBoth);
      return { ...both, weight: s.shouted + 1 };
    }
    // Lower-casing a word or trimming "!!!" to "!" alone changes little: advice only.
    const alone = finding(start, end, [], (m) => (s.marks ? m.shoutingMarks : m.shoutingCaps));
    return s.shouted > 1 ? { ...alone, weight: s.shouted } : alone;
  });
}

export const shouting: Rule = {
  id: 'shouting',
  phase: 'sentence',
  run(doc: Doc) {
    return doc.sentences.flatMap((sentence) => shoutsIn(doc, sentence));
  },
};
