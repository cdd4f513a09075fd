// A verdict on a piece of the reader's work that has no opposite to say
// instead ("Ihr Marketingkonzept ist unausgegoren", "Your estimate is wildly
// inflated") said as what the work still needs, from the writer's side, with
// the point to name left as a placeholder and the next step: "Ihr
// Marketingkonzept braucht aus meiner Sicht noch eine Überarbeitung: [was
// genau]. Könnten Sie mir bis [Datum] eine überarbeitete Fassung schicken?",
// "Your estimate needs another pass: [what exactly]. Could you send me a
// revised version by [date]?". Concrete faults the verdict names ("voller
// Fehler", "riddled with typos") take the placeholder's place. Only for a
// subject that names a piece of work (the verdict lexicon's work nouns and a
// few more); a person, a team or a service gives none.
import { compile } from '../rules/verdict-lookup';
import type { RewriteInput } from './context';
import { type Piece, words } from './pieces';

/** Work nouns the verdict lexicon's context list lacks: documents and deliverables a client is sent. */
const MORE_WORK: Record<RewriteInput['language'], readonly string[]> = {
  de: [
    'gutachten',
    'exposé',
    'expose',
    'broschüre',
    'übersetzung',
    'steuererklärung',
    'auswertung',
    'kostenschätzung',
    'kostenvoranschlag',
    'ausarbeitung',
    'pflichtenheft',
    'businessplan',
    'behandlungsplan',
    'pressemitteilung',
    'grafiken',
    'webshop',
    'flyer',
    'katalog',
    'protokoll',
    'schätzung',
    'gliederung',
    'mockup',
    'mockups',
    'vertragsentwurf',
    'aufmass',
    'bilanz',
    'buchführung',
    'kampagne',
  ],
  en: [
    'translation',
    'brochure',
    'write-up',
    'return',
    'manuscript',
    'edits',
    'campaign',
    'artwork',
    'files',
    'notes',
    'pitch',
    'spec',
    'statement',
    'mock-ups',
    'mockups',
    'homepage',
    'charts',
    'graphics',
    'slides',
    'photos',
    'images',
    'plans',
    'drawings',
    'proposal',
    'bookkeeping',
    'accounts',
  ],
};

const workNouns: Partial<Record<RewriteInput['language'], readonly string[]>> = {};
function works(language: RewriteInput['language']): readonly string[] {
  let found = workNouns[language];
  if (!found) {
    found = [...compile(language).work, ...MORE_WORK[language]];
    workNouns[language] = found;
  }
  return found;
}

/** Whether a folded noun names a piece of work: German compounds by a last part of six letters or more. */
export function isWorkNoun(word: string, language: RewriteInput['language']): boolean {
  const list = works(language);
  if (language === 'de') {
    const stem = word.replace(/(?:en|n|s|e)$/, '');
    return list.some((w) => word === w || stem === w || (w.length >= 6 && (word.endsWith(w) || stem.endsWith(w))));
  }
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return list.includes(word) || list.includes(singular);
}

/** Work that is a document or a file, which a revised version of can be sent; other work (tiles, wiring) is looked at. */
const DOCUMENT: Record<RewriteInput['language'], RegExp> = {
  de: /(?:konzept|konzepte|plan|pläne|planung|entwurf|entwürfe|bericht|text|texte|präsentation|folien|angebot|kalkulation|tabelle|briefing|vorschlag|vorschläge|design|logo|skizze|skizzen|zeichnung|zeichnungen|analyse|studie|umfrage|vertrag|layout|grafik|grafiken|dokument|dokumentation|abrechnung|gutachten|exposé|expose|broschüre|übersetzung|erklärung|auswertung|schätzung|voranschlag|ausarbeitung|heft|mitteilung|protokoll|gliederung|bilanz|zahlen|unterlagen|daten|website|webseite|webshop|flyer|katalog|kampagne|formulierung|formulierungen|argumentation|begründung|rechnung|buchführung|code)$/,
  en: /^(?:draft|plan|plans|proposal|report|survey|deck|slides?|figures?|numbers|data|spreadsheet|design|sketch|drawings?|copy|text|brief|briefing|quote|estimate|contract|code|website|page|layout|analysis|study|summary|presentation|budget|schedule|timeline|agenda|minutes|document|documentation|translation|brochure|write-up|return|manuscript|edits|campaign|artwork|files|notes|pitch|spec|statement|mock-ups|mockups|homepage|charts|graphics|invoice|outline|bookkeeping|accounts|shop)$/,
};
/**
 * Praise the verdict stands beside ("witzig und frech" said of a campaign): not a fault to fix. And the
 * words that said of a price mean "too high", said of conduct "rude" (rewrite.test.ts): no fault list either.
 */
const PRAISE = new Set(
  'witzig mutig frisch originell kreativ lustig charmant gelungen schön toll stark clever witty bold fresh original creative funny charming lovely great frech dreist outrageous cheeky'.split(
    ' ',
  ),
);

const EN_HEAD_STOP = new Set(
  'of for on from to in at with that which who you your we i they he she it by about'.split(' '),
);
const EN_DETERMINERS = /^(?:the|your|this|these|those|our|my|their)$/;
const DE_DETERMINERS = /^(?:die|der|das|dein|deine|ihr|ihre|euer|eure|diese|dieser|dieses|unser|unsere)$/;

/** The subject's head noun: German, its first capitalised word; English, the word before a preposition or a clause. */
function headOf(subject: readonly Piece[], language: RewriteInput['language']): Piece | null {
  const first = subject[0];
  if (!first?.word) return null;
  if (language === 'de') {
    if (!DE_DETERMINERS.test(first.folded)) return null;
    return subject.find((p, i) => i > 0 && p.word && /^\p{Lu}/u.test(p.text)) ?? null;
  }
  if (!EN_DETERMINERS.test(first.folded)) return null;
  let head: Piece | null = null;
  for (const p of subject.slice(1)) {
    if (!p.word || EN_HEAD_STOP.has(p.folded)) break;
    head = p;
  }
  // "your agency's translation": the possessor is not the head.
  return head && !/'s$|’s$/.test(head.folded) ? head : null;
}

/** Faults the verdict names plainly ("voller Widersprüche", "full of errors", "riddled with typos"): one plural noun. */
function namedFaults(predicate: readonly Piece[], language: RewriteInput['language']): string | null {
  for (let i = 0; i < predicate.length; i++) {
    const p = predicate[i] as Piece;
    const next = predicate[i + 1];
    const after = predicate[i + 2];
    if (language === 'de' && p.folded === 'voller' && next?.word && /^\p{Lu}/u.test(next.text))
      // Only a bare plural noun: "voller toter Links" would need its adjective in the nominative.
      return /(?:e|en|er|n|s)$/.test(next.folded) && (!after?.word || /^(?:und|oder)$/.test(after.folded))
        ? next.text
        : null;
    if (
      language === 'en' &&
      ((p.folded === 'full' && next?.folded === 'of') || (p.folded === 'riddled' && next?.folded === 'with')) &&
      after?.word &&
      /s$/.test(after.folded) &&
      (!predicate[i + 3]?.word || /^(?:and|or)$/.test(predicate[i + 3]?.folded ?? ''))
    )
      return after.text;
  }
  return null;
}

/** Words that open a clause of its own: a list after the verdict that holds one is not more of the verdict. */
const CLAUSE_WORDS =
  /^(?:ich|wir|du|er|es|man|sie|ihr|i|we|you|they|he|she|it|which|that|who|weil|dass|obwohl|because|so|although|sodass|damit)$/;
const DE_READER = new Set(['sie', 'du', 'ihr']);
const DE_HANDED = /^(?:geschickt|zugeschickt|gesendet|gesandt|zugesandt|übermittelt|geliefert|weitergeleitet|gemailt)$/;
const DE_AUX = /^(?:haben|hast|habt|hat)$/;

/**
 * A relative clause in the subject ("Der Entwurf, den Sie uns geschickt haben,"): the reader handing it over
 * becomes the writer receiving it ("den ich von Ihnen bekommen habe"), the relative pronoun in its case; the
 * reader's other doing goes when it names no fact ("das ihr entworfen habt"); anyone else's stays as written.
 */
function relativeSaid(subject: readonly Piece[], input: RewriteInput): { said: string[]; dropped: string[] } | null {
  const open = subject.findIndex((p) => p.text === ',');
  if (open < 0) return { said: subject.map((p, i) => (i === 0 ? p.text : `${p.gap}${p.text}`)), dropped: [] };
  const close = subject.length - 1;
  if (subject[close]?.text !== ',' || close <= open + 2) return null;
  const head = subject.slice(0, open);
  const clause = subject.slice(open + 1, close);
  if (clause.some((p) => !p.word)) return null;
  const text = (ps: readonly Piece[]) => ps.map((p, i) => (i === 0 ? p.text : `${p.gap}${p.text}`)).join('');
  const who = clause[1] as Piece;
  const reader = who.word && DE_READER.has(who.folded) && (who.folded !== 'sie' || who.text === 'Sie');
  if (input.language !== 'de' || !reader) return { said: [text(head), `, ${text(clause)},`], dropped: [] };
  const aux = clause[clause.length - 1] as Piece;
  const done = clause[clause.length - 2] as Piece;
  if (!DE_AUX.test(aux.folded)) return null;
  if (DE_HANDED.test(done.folded)) {
    const middle = clause.slice(2, -2);
    const me = middle.find((p) => /^(?:mir|uns)$/.test(p.folded))?.folded;
    const we = me ? me === 'uns' : input.writer === 'wir';
    const rest = middle.filter((p) => !/^(?:mir|uns)$/.test(p.folded));
    if (rest.some((p) => p.folded === 'sie' || p.folded === 'ihnen')) return null;
    const from = who.folded === 'du' ? 'dir' : who.folded === 'ihr' ? 'euch' : 'Ihnen';
    // Times and the like stand before the giver: "das wir gestern von dir bekommen haben".
    const body = [
      (clause[0] as Piece).text,
      we ? 'wir' : 'ich',
      ...rest.map((p) => p.text),
      'von',
      from,
      'bekommen',
      we ? 'haben' : 'habe',
    ].join(' ');
    return { said: [text(head), `, ${body},`], dropped: [who.folded, done.folded, aux.folded, me ?? ''] };
  }
  // The reader's own doing, dropped: only when it names no fact (no noun, no number).
  if (clause.slice(2).some((p) => /^\p{Lu}/u.test(p.text) || /\d/.test(p.text))) return null;
  return { said: [text(head)], dropped: clause.map((p) => p.folded) };
}

/**
 * The subject with its relative clause said from the writer's side, as pieces: "Der Entwurf, den Sie
 * uns geschickt haben," → "Der Entwurf, den wir von Ihnen bekommen haben,"; "Das Logo, das ihr entworfen
 * habt," → "Das Logo". Null when there is nothing to change or it cannot be said safely.
 */
export function writersRelative(
  subject: readonly Piece[],
  input: RewriteInput,
): { pieces: Piece[]; dropped: string[] } | null {
  const open = subject.findIndex((p) => p.text === ',');
  const who = subject[open + 2];
  if (open < 0 || input.language !== 'de' || !who?.word || !DE_READER.has(who.folded)) return null;
  const said = relativeSaid(subject, input);
  if (!said || said.dropped.length === 0) return null;
  const head = subject.slice(0, open);
  if (said.said.length === 1) return { pieces: head, dropped: said.dropped };
  const clause = words((said.said[1] as string).replace(/^, |,$/g, ''));
  return { pieces: [...head, ...words(','), ...clause, ...words(',')], dropped: said.dropped };
}

/**
 * What the work needs instead of the verdict, or null. `subject` as written
 * (its first word opens the sentence), `tail` what follows the verdict, `plural`
 * and `past` from the copula. A list after a colon or dash is the issue itself;
 * a list after a comma ("…, voller Anglizismen und stellenweise unverständlich")
 * is more of the verdict and goes with it.
 */
export function whatToChange(
  subject: readonly Piece[],
  predicate: readonly Piece[],
  tail: readonly Piece[],
  input: RewriteInput,
  form: { tense: 'present' | 'past'; plural: boolean },
): { text: string; dropped: string[] } | null {
  const { language, writer } = input;
  if (subject.some((p) => !p.word && !/^['’,-]$/.test(p.text)) || predicate.some((p) => /\d/.test(p.text))) return null;
  const plainSubject = subject.filter((p) => p.text !== ',').length;
  if (plainSubject > 12 || (!subject.some((p) => p.text === ',') && plainSubject > 6)) return null;
  const head = headOf(subject, language);
  if (!head || !isWorkNoun(head.folded, language) || predicate.some((p) => PRAISE.has(p.folded))) return null;
  // A place or comparison the verdict names is a fact the placeholder would lose ("auf dem Handy", "im Vergleich
  // zur Konkurrenz"); an idiom ("aus der Luft gegriffen") or whom it fails ("für jeden Kunden") is not.
  // English: where it fails ("unusable on mobile", "compared with …") is such a fact too.
  if (
    language === 'en' &&
    predicate.some(
      (p, i) => /^(?:on|compared)$/.test(p.folded) && predicate[i + 1]?.word && predicate[i + 1]?.folded !== 'content',
    )
  )
    return null;
  if (
    language === 'de' &&
    predicate.some(
      (p, i) =>
        /^(?:auf|im|in|bei|mit|zur|zum|am|vergleich)$/.test(p.folded) &&
        predicate.slice(i + 1, i + 4).some((q) => /^\p{Lu}/u.test(q.text)),
    )
  )
    return null;
  const document = DOCUMENT[language].test(head.folded);
  const relative = relativeSaid(subject, input);
  if (!relative) return null;
  const [first, ...others] = relative.said;
  const phrase = `${(first as string).charAt(0).toUpperCase()}${(first as string).slice(1)}${others.join('')}`;
  const rest = tail.filter((p, i) => !(i === tail.length - 1 && /^[.!…]+$/.test(p.text)));
  let issue: string | null = null;
  let faultsIn = predicate;
  const dropped = [...relative.dropped];
  if (rest.length > 0) {
    const mark = rest[0] as Piece;
    const list = rest.slice(1);
    if (list.length < 2 || list.some((p) => /[?;:]/.test(p.text))) return null;
    if (/^[:–—-]$/.test(mark.text)) {
      // The issues the writer names after a colon take the placeholder's place, as written.
      issue = list.map((p, i) => (i === 0 ? p.text : `${p.gap}${p.text}`)).join('');
    } else if (
      mark.text === ',' &&
      list.length <= 8 &&
      !list.some((p) => CLAUSE_WORDS.test(p.folded)) &&
      // More of the verdict: describing words only, no second subject ("die Fotos unscharf") and no fact
      // ("auf dem Handy"); a noun only as the faults after "voller"/"full of".
      list.every(
        (p, i) =>
          !/^(?:der|die|das|den|dem|des|ein|eine|the|a|an|half|all)$/.test(p.folded) &&
          (language === 'en' || !/^\p{Lu}/u.test(p.text) || list[i - 1]?.folded === 'voller'),
      )
    ) {
      faultsIn = [...predicate, ...list];
      dropped.push(...list.map((p) => p.folded));
    } else return null;
  }
  const faults = issue ? null : namedFaults(faultsIn, language);
  const we = writer === 'wir';
  let what: string;
  if (language === 'de') {
    const view = we ? 'aus unserer Sicht' : 'aus meiner Sicht';
    const me = we ? 'uns' : 'mir';
    what = issue ?? (faults ? `${we ? 'Uns' : 'Mir'} sind einige ${faults} aufgefallen` : '[was genau]');
    if (form.tense === 'past')
      return {
        text: `${phrase} ${form.plural ? 'haben' : 'hat'} ${me} nicht weitergeholfen: ${what}. Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?`,
        dropped,
      };
    // The reader as the subject's relative clause names them ("das ihr geschickt habt"), else as the draft does.
    const named = subject.find((p) => p.word && /^(?:du|dir|ihr|euch|Sie|Ihnen)$/.test(p.text));
    const reader = named ? ({ du: 'du', dir: 'du', ihr: 'ihr', euch: 'ihr' }[named.text] ?? 'sie') : input.form;
    const could = reader === 'du' ? 'Könntest du' : reader === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
    const needs = `${phrase} ${form.plural ? 'brauchen' : 'braucht'} ${view} noch`;
    return {
      text: document
        ? `${needs} eine Überarbeitung: ${what}. ${could} ${me} bis [Datum] eine überarbeitete Fassung schicken?`
        : `${needs} Nacharbeit: ${what}. Wollen wir uns das gemeinsam noch einmal ansehen?`,
      dropped,
    };
  }
  const me = we ? 'us' : 'me';
  what = issue ?? (faults ? `${we ? "We've" : "I've"} spotted a few ${faults}` : '[what exactly]');
  if (form.tense === 'past')
    return {
      text: `${phrase} didn't give ${me} what ${we ? 'we' : 'I'} needed: ${what}. Shall we talk through how we approach it next time?`,
      dropped,
    };
  return {
    text: document
      ? `${phrase} ${form.plural ? 'need' : 'needs'} another pass: ${what}. Could you send ${me} a revised version by [date]?`
      : `${phrase} ${form.plural ? 'need' : 'needs'} some rework: ${what}. Shall we go through this together?`,
    dropped,
  };
}

/** Verdict adjectives that say nothing but contempt ("schlampig", "shoddy"): before a noun they can go. */
const CONTEMPT = new Set(
  'schlampig schlampige schlampigen schlampiger schlampiges stümperhaft stümperhafte stümperhaften stümperhafter stümperhaftes lausig lausige lausigen lausiger lausiges miserabel miserable miserablen miserabler miserables dilettantisch dilettantische dilettantischen dilettantischer dilettantisches amateurhaft amateurhafte amateurhaften amateurhafter amateurhaftes grottenschlecht grottenschlechte grottenschlechten grottenschlechter grottenschlechtes sloppy shoddy lousy pathetic amateurish botched slapdash shambolic'.split(
    ' ',
  ),
);
/** Words that only sharpen the adjective before it ("ziemlich schlampigen"): they go with it. */
const SHARPER = new Set('ziemlich völlig total absolut echt wirklich so really totally utterly so pretty'.split(' '));
const DE_DET =
  /^(?:der|die|das|den|dem|des|ihr|ihre|ihren|ihrem|ihrer|ihres|dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer|dieser|diese|diesen|diesem|dieses)$/;
const EN_DET = /^(?:the|your|this|that|these|those)$/;

/**
 * A contemptuous adjective before the reader's work dropped, with the next step
 * the work needs: "Ihren schlampigen Bericht kann ich so nicht weitergeben." →
 * "Ihren Bericht kann ich so nicht weitergeben. Könnten Sie mir bis [Datum] eine
 * überarbeitete Fassung schicken?". The determiner keeps the case, so the noun
 * phrase stays right without the adjective; without one, none is offered.
 */
export function withoutContempt(input: RewriteInput): { text: string; dropped: string[] } | null {
  const { pieces, language, writer } = input;
  const at = pieces.findIndex(
    (p, i) => i >= input.cue.from && i < input.cue.to + 1 && p.word && CONTEMPT.has(p.folded),
  );
  if (at < 1) return null;
  let from = at;
  while (from > 0 && SHARPER.has((pieces[from - 1] as Piece).folded)) from--;
  const det = pieces[from - 1] as Piece;
  const noun = pieces[at + 1];
  if (!det.word || !(language === 'de' ? DE_DET : EN_DET).test(det.folded) || !noun?.word) return null;
  if (language === 'de' && !/^\p{Lu}/u.test(noun.text)) return null;
  if (!isWorkNoun(noun.folded, language)) return null;
  // Another verdict left in the sentence would stand beside the next step: the recheck decides, but a second
  // contemptuous word is not looked for.
  if (pieces.some((p, i) => i !== at && CONTEMPT.has(p.folded))) return null;
  // The reader as the doer of the rest ("Mit Ihrer Planung haben Sie uns Wochen gekostet") is a reproach the
  // dropped adjective leaves standing.
  if (pieces.some((p) => p.text === 'Sie' || p.folded === 'du' || p.folded === 'you')) return null;
  const kept = [...pieces.slice(0, from), ...pieces.slice(at + 1)];
  const text = kept
    .map((p, i) => (i === 0 ? p.text : `${p.gap}${p.text}`))
    .join('')
    .replace(/[.!…]+$/u, '.');
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  const ended = /[.?]$/.test(first) ? first : `${first}.`;
  if (/\?$/.test(ended)) return null;
  const document = DOCUMENT[language].test(noun.folded);
  const we = writer === 'wir';
  let step: string;
  if (language === 'de') {
    const could = input.form === 'du' ? 'Könntest du' : input.form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
    step = document
      ? `${could} ${we ? 'uns' : 'mir'} bis [Datum] eine überarbeitete Fassung schicken?`
      : 'Wollen wir uns das gemeinsam noch einmal ansehen?';
  } else
    step = document
      ? `Could you send ${we ? 'us' : 'me'} a revised version by [date]?`
      : 'Shall we go through this together?';
  return { text: `${ended} ${step}`, dropped: pieces.slice(from, at + 1).map((p) => p.folded) };
}
