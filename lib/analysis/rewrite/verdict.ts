// Verdicts on the reader's work ("Ihr Konzept ist unausgegoren", "the report
// is a mess") said as the writer's view of where the work stands: "… ist aus
// meiner Sicht noch nicht ausgereift", "I don't think the report is quite there
// yet". The subject and what follows the verdict stay as written.
import type { RewriteInput, Strategy } from './context';
import { nounPhraseEnd } from './german';
import { clauseEnd, lowerFirst, type Piece, render, words } from './pieces';

const COPULA: Record<string, { tense: 'present' | 'past'; plural: boolean }> = {
  ist: { tense: 'present', plural: false },
  sind: { tense: 'present', plural: true },
  war: { tense: 'past', plural: false },
  waren: { tense: 'past', plural: true },
  is: { tense: 'present', plural: false },
  are: { tense: 'present', plural: true },
  was: { tense: 'past', plural: false },
  were: { tense: 'past', plural: true },
};
/** Words that only sharpen the verdict: they go. */
const INTENSIFIERS = new Set(
  'völlig total absolut komplett echt wirklich ziemlich sehr so einfach schlicht gänzlich ganz äußerst extrem ehrlich gesagt leider utterly completely totally absolutely really quite very so simply just frankly entirely'.split(
    ' ',
  ),
);
/** What the work is not yet, for verdicts with a clear opposite. */
const OPPOSITES: Record<string, string> = {
  unrealistisch: 'realistisch',
  unübersichtlich: 'übersichtlich',
  unbrauchbar: 'brauchbar',
  unprofessionell: 'professionell',
  unvollständig: 'vollständig',
  unverständlich: 'verständlich',
  unleserlich: 'leserlich',
  ungenau: 'genau genug',
  unsauber: 'sauber',
  unausgegoren: 'ausgereift',
  unzureichend: 'ausreichend',
  ungenügend: 'ausreichend',
  unstimmig: 'stimmig',
  unlogisch: 'schlüssig',
  unschlüssig: 'schlüssig',
  unklar: 'klar',
  unakzeptabel: 'akzeptabel',
  inakzeptabel: 'akzeptabel',
  mangelhaft: 'ausreichend',
  fehlerhaft: 'fehlerfrei',
  falsch: 'korrekt',
  oberflächlich: 'gründlich genug',
  chaotisch: 'übersichtlich',
  schlampig: 'sorgfältig genug',
  dilettantisch: 'professionell',
  amateurhaft: 'professionell',
  schlecht: 'gut genug',
  unrealistic: 'realistic',
  unprofessional: 'professional',
  unusable: 'usable',
  unclear: 'clear',
  incomplete: 'complete',
  inaccurate: 'accurate',
  inadequate: 'adequate',
  incorrect: 'correct',
  illegible: 'legible',
  irrelevant: 'relevant',
  impractical: 'practical',
  unworkable: 'workable',
  unacceptable: 'acceptable',
  sloppy: 'careful enough',
  wrong: 'right',
  poor: 'strong enough',
  confusing: 'clear',
  'half-baked': 'ready',
};
const EN_DETERMINERS = new Set('the your this that these those our my their his her a an'.split(' '));

const JOINS = new Set(['und', 'and', 'aber', 'but', 'sondern', 'weil', 'because', 'so', 'since']);
const CLAUSE_OPENERS = new Set(
  'ich wir du ihr sie er es das die der man i we you they it he she there the this that these those your our my'.split(
    ' ',
  ),
);

/** The predicate ends at the clause's end, or at a conjunction that opens a clause of its own ("… and the numbers …"). */
function predicateEnd(pieces: readonly Piece[], from: number, language: RewriteInput['language']): number {
  const end = clauseEnd(pieces, from);
  for (let i = from; i < end - 1; i++) {
    const p = pieces[i] as Piece;
    const next = pieces[i + 1] as Piece;
    if (
      p.word &&
      JOINS.has(p.folded) &&
      next.word &&
      (CLAUSE_OPENERS.has(next.folded) || (language === 'en' && /^it'|^they'|^we'/.test(next.folded)))
    )
      return i;
  }
  return end;
}

/** The subject (pieces before the copula, from the sentence's start) and the predicate up to the clause's end. */
function parts(input: RewriteInput): { copula: number; end: number } | null {
  const { pieces, language, cue } = input;
  for (let c = 1; c < Math.min(pieces.length, cue.to + 1); c++) {
    const p = pieces[c] as Piece;
    if (!p.word || !COPULA[p.folded]) continue;
    const subjectEnd = language === 'de' ? nounPhraseEnd(pieces, 0) : c;
    const pronoun = c === 1 && ['das', 'dies', 'es', 'this', 'that', 'it'].includes((pieces[0] as Piece).folded);
    if (subjectEnd !== c && !pronoun) return null;
    if (pieces.slice(0, c).some((q) => !q.word)) return null;
    return { copula: c, end: predicateEnd(pieces, c + 1, language) };
  }
  return null;
}

export const softenVerdict: Strategy = (input) => {
  const { pieces, language, writer } = input;
  const found = parts(input);
  if (!found) return [];
  const { copula, end } = found;
  const form = COPULA[(pieces[copula] as Piece).folded] as (typeof COPULA)[string];
  const predicate = pieces.slice(copula + 1, end).filter((p) => !INTENSIFIERS.has(p.folded));
  const only = predicate.length === 1 ? (predicate[0] as Piece) : null;
  const opposite = only ? OPPOSITES[only.folded] : undefined;
  const subject = pieces.slice(0, copula);
  const tail = pieces.slice(end);
  const dropped = pieces.slice(copula + 1, end).map((p) => p.folded);
  const out: Piece[][] = [];
  const copulaWord = pieces[copula] as Piece;
  if (language === 'de') {
    const view = writer === 'wir' ? 'aus unserer Sicht' : 'aus meiner Sicht';
    if (opposite) out.push([...subject, copulaWord, ...words(`${view} noch nicht ${opposite}`), ...tail]);
    const me = writer === 'wir' ? 'uns' : 'mich';
    const verb =
      form.tense === 'present'
        ? `${form.plural ? 'überzeugen' : 'überzeugt'} ${me} noch nicht`
        : `${form.plural ? 'haben' : 'hat'} ${me} noch nicht überzeugt`;
    out.push([...subject, ...words(verb), ...tail]);
  } else {
    const head = subject.map((p, i) =>
      i === 0 ? { ...(EN_DETERMINERS.has(p.folded) ? lowerFirst(p) : p), gap: ' ' } : p,
    );
    const think = writer === 'wir' ? "We don't think" : "I don't think";
    if (opposite) out.push([...words(think), ...head, copulaWord, ...words(`${opposite} yet`), ...tail]);
    out.push([...words(think), ...head, copulaWord, ...words('quite there yet'), ...tail]);
  }
  return out.map((p) => ({ text: render(p.map((q, i) => (i === 0 ? { ...q, gap: '' } : q))), dropped }));
};
