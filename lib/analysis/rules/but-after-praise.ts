// "Danke für …, aber …": the praise is taken back by the connector. A full
// stop lets the thanks stand; "und" keeps both halves. Messages name the
// connector the user wrote ("allerdings", "that said"), never a stand-in.
import { PRAISE_TAKEN_BACK_DE } from '../constructions/praise-taken-back.de';
import { PRAISE_TAKEN_BACK_EN } from '../constructions/praise-taken-back.en';
import { type Doc, inQuotes, negatedBefore, type SentenceView } from '../document';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { FrameMatcher } from './frames';
import { aboutReader, badAfter, inWish, sentimentPraise, wishedOrLikely } from './praise-sentiment';
import type { RawFinding, Rule } from './types';

interface Connector {
  words: readonly string[];
  /** Takes back only thanks, not a status word ("alles gut, nur …"). */
  weak?: boolean;
  /** The word that keeps both halves, where the connector takes no verb after it; else advice only. */
  and?: string;
  /** Bad news as much as a turn ("leider"): not when the writer's own news follows ("leider kann ich nicht"). */
  news?: boolean;
  /** As often a note on what comes next ("just one thing: the date?"): only when a flaw follows. */
  critical?: boolean;
}

/** Connectors that take praise back, as folded words. */
export const CONNECTORS: Record<Language, readonly Connector[]> = {
  de: [
    { words: ['aber'], and: 'und' },
    { words: ['doch'] },
    { words: ['jedoch'] },
    { words: ['allerdings'] },
    { words: ['nur'], weak: true },
    { words: ['wobei'] },
    { words: ['dennoch'] },
    { words: ['trotzdem'] },
    { words: ['leider'], news: true },
    { words: ['andererseits'] },
    { words: ['nichtsdestotrotz'] },
    { words: ['nichtsdestoweniger'] },
    { words: ['gleichwohl'] },
    { words: ['bloss'], critical: true }, // folded: ß is ss
    { words: ['einzig'], critical: true },
  ],
  en: [
    { words: ['but'], and: 'and' },
    { words: ['however'] },
    { words: ['though'] },
    { words: ['yet'] },
    { words: ['although'] },
    { words: ['that', 'said'] },
    { words: ['that', 'being', 'said'] },
    { words: ['having', 'said', 'that'] },
    { words: ['even', 'so'] },
    { words: ['unfortunately'], news: true },
    { words: ['sadly'], news: true },
    { words: ['nevertheless'] },
    { words: ['nonetheless'] },
    { words: ['still'], critical: true },
    { words: ['shame', 'about'] },
    { words: ['pity', 'about'] },
    { words: ['the', 'only', 'thing'], critical: true },
    { words: ['my', 'only', 'concern'] },
    { words: ['my', 'only', 'worry'] },
    { words: ['just', 'one', 'thing'], critical: true },
    { words: ['one', 'thing', 'though'], critical: true },
    { words: ['only', 'thing', 'is'], critical: true },
  ],
};

/** German puts the turn after the verb ("…, der Text wimmelt aber von Fehlern"): these may stand a few words in. */
const INNER: Record<Language, ReadonlySet<string>> = {
  de: new Set(['aber', 'jedoch', 'allerdings', 'leider', 'trotzdem', 'dennoch', 'dagegen', 'hingegen']),
  en: new Set(['though', 'however']),
};

/** What makes the words after a turn a criticism: a negation, a flaw, "too …" (the praise-taken-back data). */
const problems = new FrameMatcher('but-after-praise problem', {
  de: PRAISE_TAKEN_BACK_DE.problem,
  en: PRAISE_TAKEN_BACK_EN.problem,
});

function flawAfter(sentence: SentenceView, k: number): boolean {
  return problems.spans(sentence).some((s) => s.first > k) || badAfter(sentence, k);
}

/** Good news or reassurance after the turn ("aber keine Sorge", "but don't worry"). */
const goodNews = new FrameMatcher('but-after-praise good news', {
  de: PRAISE_TAKEN_BACK_DE.good,
  en: PRAISE_TAKEN_BACK_EN.good,
});
const OWN_FAULT = new Set(['eigener-fehler', 'lag-bei-mir', 'own-fault']);
/** The writer's disappointment after the turn is a verdict ("aber ich hätte mehr erwartet"). */
const disappointed = new FrameMatcher('but-after-praise demand', {
  de: PRAISE_TAKEN_BACK_DE.demand,
  en: PRAISE_TAKEN_BACK_EN.demand,
});
const WRITER: Record<Language, ReadonlySet<string>> = {
  de: new Set(PRAISE_TAKEN_BACK_DE.self),
  en: new Set(PRAISE_TAKEN_BACK_EN.self),
};
/** The writer's own schedule or deliberation after the turn ("aber ich brauche noch Zeit", "but I'm sure …"). */
const OWN_NEWS = new Set([
  'zeit',
  'bedenkzeit',
  'tage',
  'woche',
  'wochen',
  'überlegen',
  'besprechen',
  'nachdenken',
  'sicher',
  'urlaub',
  'unterwegs',
  'krank',
  'time',
  'days',
  'week',
  'weeks',
  'think',
  'discuss',
  'consider',
  'sure',
  'away',
  'travelling',
  'traveling',
  'sick',
  // The earliest the writer can start ("aber wir können frühestens im Mai anfangen").
  'frühestens',
  'ausgebucht',
  'verplant',
  'earliest',
  'booked',
  // Deliberation with someone else first ("but I need to run it past my husband", "erst mit dem Team abstimmen").
  'absprechen',
  'abstimmen',
  'rücksprache',
  'prüfen',
  'run',
  'past',
  'check',
  'talk',
]);
/** The reader addressed ("but I did warn you"): the writer's words are about them, not the writer's news. */
const ADDRESSED = /^(?:you|your|yours|you['’](?:ve|re|d|ll)|du|dich|dir|dein\p{L}*|euch|euer|eure\p{L}*)$/iu;
const ADDRESSED_FORMAL = /^(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/u;

/**
 * What follows the turn keeps the praise standing when nothing in it is a flaw:
 * reassurance, more praise ("but what we value most is …"), or the writer's own
 * schedule ("allerdings brauche ich noch Zeit"); the writer still missing
 * something ("aber ich brauche noch die Schnitte") takes the thanks back.
 */
function praiseStands(sentence: SentenceView, k: number): boolean {
  // The writer's own fault stands anywhere ("the mistake was mine, though"); other good news after the turn.
  const good = goodNews.spans(sentence).filter((s) => s.first > k || OWN_FAULT.has(s.entry.id));
  // "but I'm not happy with …" is disappointment, not good news.
  if (good.some((s) => negatedBefore(sentence.tokens, s.first, sentence.language))) return false;
  if (good.length > 0) return true;
  const after = sentence.tokens.slice(k + 1).filter((t) => t.word);
  if (onOurSide(after) && ownNews(sentence, after, k)) return true;
  if (flawAfter(sentence, k)) return false;
  if (sentence.signals.praise.some((p) => p > k) || sentimentPraise(sentence) > k) return true;
  if (after.slice(0, 3).some((t) => WRITER[sentence.language].has(t.folded))) return ownNews(sentence, after, k);
  return false;
}

/** The writer among the first three words after token k ("aber ich muss erst …"). */
function writerNext(sentence: SentenceView, k: number): boolean {
  return sentence.tokens
    .slice(k + 1)
    .filter((t) => t.word)
    .slice(0, 3)
    .some((t) => WRITER[sentence.language].has(t.folded));
}

/** Words that place a delay on the writer's side ("bei uns", "unsererseits", "on our end"). */
const OUR_SIDE: ReadonlyArray<readonly string[]> = [
  ['bei', 'uns'],
  ['bei', 'mir'],
  ['unsererseits'],
  ['meinerseits'],
  ['our', 'end'],
  ['our', 'side'],
  ['my', 'end'],
  ['my', 'side'],
];
function onOurSide(after: readonly Token[]): boolean {
  return after.some((_, i) => OUR_SIDE.some((w) => w.every((x, k) => after[i + k]?.folded === x)));
}

/**
 * The writer's own delay or schedule after the turn (the writer and a word of time in it; mid-sentence
 * only when placed on their side: "nur die Lieferung verzögert sich bei uns um zwei Tage"): the praise
 * stands, unless the reader is addressed or the writer is disappointed.
 */
function ownNews(sentence: SentenceView, after: readonly Token[], k: number): boolean {
  return (
    after.some((t) => WRITER[sentence.language].has(t.folded)) &&
    after.some((t) => OWN_NEWS.has(t.folded)) &&
    !after.some((t) => ADDRESSED.test(t.text) || ADDRESSED_FORMAL.test(t.text)) &&
    !disappointed.spans(sentence).some((s) => s.first > k)
  );
}

/** A turn a few words into the clause after the comma: the token index of the connector, or -1. */
function innerTurn(tokens: readonly Token[], comma: number, language: Language): number {
  for (let k = comma + 2, seen = 1; k < tokens.length && seen < 4; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return -1;
    seen++;
    if (INNER[language].has(t.folded)) return k;
  }
  return -1;
}

/** Tokens from the praise to the turn; thanks may name what they are for at length ("I appreciate you taking a crack at …, but"). */
const MAX_DISTANCE = 12;
const MAX_DISTANCE_THANKS = 20;

/** The writer as subject: after "leider" their own news ("leider kann ich nicht kommen"), no verdict. */
const SELF = new Set(['ich', 'wir', 'mir', 'uns', 'i', 'we', "i'm", "we're", "i'll", "we'll", "i've", "we've"]);

/** Tokens that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—()]/;
/** Words between a subject and its praise ("ist wirklich durchdacht", "was really helpful"). */
const LINK = new Set([
  'ist',
  'war',
  'sind',
  'waren',
  'wirkt',
  'wirken',
  'klingt',
  'klingen',
  'is',
  'was',
  'are',
  'were',
  'looks',
  'look',
  'sounds',
  'seems',
  "it's",
  'wirklich',
  'sehr',
  'echt',
  'richtig',
  'ganz',
  'really',
  'very',
  'truly',
  'so',
  'absolutely',
  'genuinely',
]);
/** A clause opening with its verb has its subject in the clause before ("…, ist originell"). */
const COPULA = new Set(['ist', 'war', 'sind', 'waren', 'is', 'was', 'are', 'were']);
/** A clause that opens on an article is an apposition ("…, a real step up from last month"): it praises what came before. */
const APPOSITION = new Set(['a', 'an', 'ein', 'eine']);
/** Praise that points back to the clause before it ("…, das hat mich gefreut", "…, which was great"). */
const ANAPHOR = new Set(['das', 'dies', 'was', 'that', 'this', 'which']);
const POSSESSIVE = /^(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|dein\p{L}*|euer|eure\p{L}*|your)$/iu;

/** The first word of the clause that holds token `at`. */
function clauseOpening(tokens: readonly Token[], at: number): number {
  let clause = at;
  while (clause > 0 && !(tokens[clause - 1] as Token).text.match(CLAUSE_MARK)) clause--;
  while (clause < at && !(tokens[clause] as Token).word) clause++;
  return clause;
}

/**
 * Where a finding about praise begins, as a coach underlines it: at thanks
 * that open a clause; over the praised thing when it is short (eight words) or the
 * reader's own ("Ihre Skizze … ist wirklich durchdacht"); else at the verb
 * before the praise word ("war wirklich hilfreich").
 */
export function praiseStart(tokens: readonly Token[], praise: number, _language: Language): number {
  const clause = clauseOpening(tokens, praise);
  // "…, das hat mich gefreut": the praise points back, so the clause it praises belongs to it.
  if (clause > 1 && ANAPHOR.has((tokens[clause] as Token).folded)) {
    let back = clause - 1;
    while (back > 0 && !(tokens[back - 1] as Token).text.match(CLAUSE_MARK)) back--;
    while (back < clause && !(tokens[back] as Token).word) back++;
    if (back < clause) return (tokens[back] as Token).start;
  }
  // "Ihr Vorschlag, …, ist originell" and "Die Fotos sind schön geworden, danke!": the clause only
  // judges or thanks; what it praises is the sentence before it.
  const opening = tokens.findIndex((t) => t.word);
  const clauseWords = tokens.slice(clause, praise + 3).filter((t) => t.word).length;
  if (
    clause > opening &&
    (COPULA.has((tokens[clause] as Token).folded) ||
      APPOSITION.has((tokens[clause] as Token).text) ||
      (THANKS.test((tokens[praise] as Token).folded) && clauseWords <= 3))
  )
    return (tokens[opening] as Token).start;
  let between = 0;
  for (let k = clause; k < praise; k++) if (tokens[k]?.word) between++;
  if (between <= 8 || POSSESSIVE.test((tokens[clause] as Token).text)) return (tokens[clause] as Token).start;
  let from = praise;
  for (let k = praise - 1, steps = 0; k >= clause && steps < 2; k--, steps++) {
    if (!LINK.has((tokens[k] as Token).folded)) break;
    from = k;
  }
  return (tokens[from] as Token).start;
}

/** The writer's side opening the praised clause ("Unser Team war pünktlich …", "Our crew was on time …"). */
const OWN_SIDE = /^(?:unser\p{L}*|mein\p{L}*|our|my)$/u;

/**
 * Whether the praise is the writer's report on their own side ("Unser Team war pünktlich vor Ort, kam aber
 * nicht ins Gebäude"): nothing of the reader's is praised, so nothing is taken back.
 */
function ownSidePraised(tokens: readonly Token[], praise: number): boolean {
  const clause = clauseOpening(tokens, praise);
  const words = tokens.slice(clause, praise).filter((t) => t.word);
  // "Wir reinigen alles gründlich, …": the writer doing their own work well; "Wir fanden …", "We loved …" appraise.
  const ownDeed =
    words.length >= 2 && WRITER_SUBJECT.has(words[0]?.folded ?? '') && !APPRAISING.has(words[1]?.folded ?? '');
  return (
    (OWN_SIDE.test(words[0]?.folded ?? '') || ownDeed) &&
    !words.some((t) => ADDRESSED.test(t.text) || ADDRESSED_FORMAL.test(t.text))
  );
}

const WRITER_SUBJECT = new Set(['ich', 'wir', 'i', 'we']);
/** Verbs and copulas that judge what they praise ("Wir fanden …", "We loved …", "Ich bin begeistert"). */
const APPRAISING = new Set(
  'fanden finden fand finde mochten mag mögen lieben liebe liebten schätzen schätze freuen freue sind bin waren war halten halte loved love like liked enjoyed enjoy appreciate appreciated are am were was found find think thought'.split(
    ' ',
  ),
);

/** The connector starting at token i, if any. */
function connectorAt(tokens: readonly Token[], i: number, language: Language): Connector | undefined {
  return CONNECTORS[language].find((c) => c.words.every((w, k) => tokens[i + k]?.word && tokens[i + k]?.folded === w));
}

const THANKS = /^(?:dank|thank)/;
/** Words of what is still to come. */
const PENDING = new Set(['noch']);

/** Connectors that are also particles ("das ist doch gut"): named only right after a comma. */
const PARTICLES = new Set(['doch', 'nur', 'yet', 'though']);

/** The connector among tokens[from..to], as the user wrote it: the one after a comma first. */
export function connectorIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  language: Language,
): string | null {
  let loose: string | null = null;
  for (let i = from; i <= to && i < tokens.length; i++) {
    const c = connectorAt(tokens, i, language);
    if (!c) continue;
    const written = text.slice((tokens[i] as Token).start, (tokens[i + c.words.length - 1] as Token).end);
    if (tokens[i - 1]?.text.includes(',')) return written;
    if (loose === null && !PARTICLES.has(c.words[0] as string)) loose = written;
  }
  return loose;
}

export const butAfterPraise: Rule = {
  id: 'but-after-praise',
  phase: 'sentence',
  run(doc: Doc, earlier: readonly RawFinding[]) {
    const findings: RawFinding[] = [];
    // A phrase entry that already names this turn ("Schön und gut, aber") says it better.
    const named = earlier.filter((f) => f.category === 'but-after-praise');
    for (const sentence of doc.sentences) {
      // The listed praise, else a warm word about the reader ("geschmackvoll", "I love how …").
      const listed = sentence.signals.praise[0];
      const praise = listed ?? sentimentPraise(sentence);
      // "Gute Besserung an Ihre Tochter, aber …", "Have a great holiday, but …": a wish, not praise.
      if (praise < 0 || inWish(sentence, praise) || wishedOrLikely(sentence, praise)) continue;
      const { tokens } = sentence;
      if (ownSidePraised(tokens, praise)) continue;
      const reach = /^(?:dank|thank|appreciat)/.test((tokens[praise] as Token).folded)
        ? MAX_DISTANCE_THANKS
        : MAX_DISTANCE;
      for (let i = praise + 1; i < tokens.length - 2 && i <= praise + reach; i++) {
        const comma = tokens[i] as Token;
        // A comma or a semicolon ("…; however, …"); after a dash the turn is as often to what happens next,
        // so a dash counts only when a flaw or the writer's disappointment follows ("… – allerdings hätte ich mir …").
        if (comma.word) continue;
        const dash = /^[–—-]$/.test(comma.text);
        if (!dash && !/[,;]/.test(comma.text)) continue;
        if (dash && !flawAfter(sentence, i) && !disappointed.spans(sentence).some((s) => s.first > i)) continue;
        let at = i + 1;
        let connector = connectorAt(tokens, at, sentence.language);
        // "…, der Text wimmelt aber von Fehlern": a turn a few words in counts when a flaw follows it.
        const inner = !connector;
        if (inner) {
          at = innerTurn(tokens, i, sentence.language);
          connector = at < 0 ? undefined : connectorAt(tokens, at, sentence.language);
        }
        if (!connector) continue;
        const last = tokens[at + connector.words.length - 1] as Token;
        const flaw = () => flawAfter(sentence, at + connector.words.length - 1);
        // "Alles gut, nur die Farbe fehlt noch" reports what is left; only thanks are taken back by "nur",
        // other praise only when a flaw follows ("Tolle Präsentation, nur stimmten die Zahlen nicht").
        // "…, nur fehlt noch die Unterschrift": what is still to come is a note, not a flaw.
        const pending = () => tokens.slice(at + 1).some((t) => t.word && PENDING.has(t.folded));
        if (connector.weak && !THANKS.test((tokens[praise] as Token).folded) && (!flaw() || pending())) break;
        if ((connector.critical || inner) && !flaw()) continue;
        if (connector.news && tokens.slice(at + 1, at + 5).some((t) => t.word && SELF.has(t.folded))) break;
        if (praiseStands(sentence, at + connector.words.length - 1)) break;
        // Praise only the lexicon reads is taken back only by words about the reader or their work, and
        // not when the writer speaks right after the turn without a flaw ("aber ich muss erst …").
        const turnEnd = at + connector.words.length - 1;
        if (listed === undefined && !aboutReader(sentence, turnEnd)) break;
        if (listed === undefined && writerNext(sentence, turnEnd) && !flaw() && !disappointed.has(sentence)) break;
        // The word after the connector (past a comma: "that said, the …").
        const next = tokens.slice(at + connector.words.length).find((t) => t.word);
        if (!next) continue;
        // A quoted praise ("gefällt mir" as a button) or turn is someone else's words.
        if (inQuotes(doc, comma.start) || inQuotes(doc, (tokens[praise] as Token).start)) break;
        // The finding reaches from the praise to the turn, as a coach underlines it; the turn is its cue.
        const from = praiseStart(tokens, praise, sentence.language);
        const end = Math.max(next.end, last.end);
        if (named.some((f) => f.start < end && Math.min(from, comma.start) < f.end)) break;
        const written = doc.text.slice((tokens[at] as Token).start, last.end);
        const nextWord = next.text;
        const praised = doc.text.slice(from, comma.start).trimEnd();
        findings.push({
          ruleId: 'but-after-praise',
          category: 'but-after-praise',
          start: from,
          end,
          cue: { start: comma.start, end },
          suggestions:
            !inner && connector.and && next === tokens[i + 2]
              ? [
                  `${praised}. ${nextWord.charAt(0).toUpperCase()}${nextWord.slice(1)}`,
                  `${praised}, ${connector.and} ${nextWord}`,
                ]
              : [],
          message: (m) => m.butAfterPraise(written),
          explanation: (m) => m.butAfterPraiseWhy(written),
        });
        break;
      }
    }
    return findings;
  },
};
