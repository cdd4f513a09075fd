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
import type { Piece } from './pieces';

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
function isWorkNoun(word: string, language: RewriteInput['language']): boolean {
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

/**
 * What the work needs instead of the verdict, or null. `subject` as written
 * (its first word opens the sentence), `plural` and `past` from the copula.
 */
export function whatToChange(
  subject: readonly Piece[],
  predicate: readonly Piece[],
  input: RewriteInput,
  form: { tense: 'present' | 'past'; plural: boolean },
): string | null {
  const { language, writer } = input;
  if (subject.some((p) => !p.word && !/^['’-]$/.test(p.text)) || predicate.some((p) => /\d/.test(p.text))) return null;
  if (subject.length > 6) return null;
  const head = headOf(subject, language);
  if (!head || !isWorkNoun(head.folded, language) || predicate.some((p) => PRAISE.has(p.folded))) return null;
  const document = DOCUMENT[language].test(head.folded);
  const said = subject.map((p, i) => (i === 0 ? p.text.charAt(0).toUpperCase() + p.text.slice(1) : p.text));
  const phrase = subject.map((p, i) => (i === 0 ? said[0] : `${p.gap}${said[i]}`)).join('');
  const faults = namedFaults(predicate, language);
  const we = writer === 'wir';
  if (language === 'de') {
    const view = we ? 'aus unserer Sicht' : 'aus meiner Sicht';
    const me = we ? 'uns' : 'mir';
    const what = faults ? `${we ? 'Uns' : 'Mir'} sind einige ${faults} aufgefallen` : '[was genau]';
    if (form.tense === 'past')
      return `${phrase} ${form.plural ? 'haben' : 'hat'} ${me} nicht weitergeholfen: ${what}. Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?`;
    const could = input.form === 'du' ? 'Könntest du' : input.form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
    const needs = `${phrase} ${form.plural ? 'brauchen' : 'braucht'} ${view} noch`;
    return document
      ? `${needs} eine Überarbeitung: ${what}. ${could} ${me} bis [Datum] eine überarbeitete Fassung schicken?`
      : `${needs} Nacharbeit: ${what}. Wollen wir uns das gemeinsam noch einmal ansehen?`;
  }
  const me = we ? 'us' : 'me';
  const what = faults ? `${we ? "We've" : "I've"} spotted a few ${faults}` : '[what exactly]';
  if (form.tense === 'past')
    return `${phrase} didn't give ${me} what ${we ? 'we' : 'I'} needed: ${what}. Shall we talk through how we approach it next time?`;
  return document
    ? `${phrase} ${form.plural ? 'need' : 'needs'} another pass: ${what}. Could you send ${me} a revised version by [date]?`
    : `${phrase} ${form.plural ? 'need' : 'needs'} some rework: ${what}. Shall we go through it together?`;
}
