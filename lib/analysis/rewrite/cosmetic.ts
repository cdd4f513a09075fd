// Rewrites that change only the surface of a reproach or a threat: "leider"
// and a subjunctive in front of the same sanction, a passive of the same
// clause ("Die Überweisung wurde vergessen"), a hedge in front of the same
// verdict ("aus meiner Sicht noch nicht realistisch"). A blind reviewer read
// these as no calmer (session 10), so they are not offered: a rewrite of a
// blame, a threat or a verdict must add something of its own (the writer's
// side, a next step, an ask).
import type { Category, Language } from '../types';

/** Words such a rewrite may add without saying anything new: mood, voice, hedges, regret, function words. */
const SURFACE: Record<Language, ReadonlySet<string>> = {
  de: new Set(
    (
      'leider müsste müssten müsstest müsstet könnte könnten könntest könntet würde würden würdest würdet ' +
      'wäre wären wärst wärt hätte hätten hättest hättet wurde wurden worden werden wird ist sind war waren ' +
      'hat haben habe hast habt aus meiner unserer sicht meines erachtens noch nicht kein keine ganz so gut ' +
      'genug etwas eher wohl vielleicht recht wirklich der die das den dem des ein eine einen einem einer ' +
      'von durch ich wir es sich uns mir mich sie ihnen'
    ).split(' '),
  ),
  en: new Set(
    (
      "unfortunately would have to has had was were been be being is are the a an by i we it don’t don't do " +
      "not think in my our view yet quite entirely really right need needed to wasn’t wasn't weren’t " +
      "weren't wouldn’t wouldn't couldn’t couldn't able there that this our"
    ).split(' '),
  ),
};

/** The categories where a surface change leaves the problem standing (a drop of "wie gesagt" is the fix itself). */
const CHECKED: ReadonlySet<Category> = new Set(['blame', 'pressure', 'harsh']);
/** A next step the sentence names itself ("so I've highlighted the rows", "ich schicke Ihnen …", "bitte"). */
const OWN_STEP: Record<Language, RegExp> = {
  de: /\b(?:ich|wir)\s+(?:schicke|schicken|markiere|markieren|melde|melden|rufe|rufen|kümmere|kümmern|brauche|brauchen|benötige|benötigen)\b|\bbitte\b/i,
  en: /\b(?:I|we)(?:['’]ve|['’]ll| will| have| need)\s+(?!be\b)|\bplease\b/i,
};
export const namesOwnStep = (text: string, language: Language): boolean => OWN_STEP[language].test(text);

/** Praise taken back: the "but" dropped and the point split off alone reads as the same taking-back. */
const SPLIT_ONLY: ReadonlySet<Category> = new Set(['but-after-praise']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const wordsOf = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

/** Whether `word` is a form of one of the original's words ("einstellen" of "stelle … ein", "realistisch" of "unrealistisch"). */
function formOf(word: string, original: readonly string[]): boolean {
  return original.some((o) => {
    if (o.length < 4 || word.length < 4) return o === word;
    const stem = (w: string) => w.slice(0, Math.max(4, w.length - 3));
    return word.includes(stem(o)) || o.includes(stem(word));
  });
}

/** Hedges in front of a verdict: with nothing else added they leave the verdict standing. */
const HEDGE: Record<Language, RegExp> = {
  de: /\baus (?:meiner|unserer) Sicht\b|\bmeines Erachtens\b/i,
  en: /\bI don['’]t think\b|\bwe don['’]t think\b|\bin (?:my|our) view\b/i,
};
/**
 * A second half that still puts the reader down or closes the door: "damit
 * überzeugst du keinen Investor", "bis Oktober schafft das niemand", "a
 * report nobody can read". The rules need not flag it for it to read as harsh
 * beside a softened first half.
 */
const HARSH_TAIL: Record<Language, RegExp> = {
  de: /(?:^|[,;:–—-]\s*)(?:damit|so)\s+\p{L}+\s+(?:du|Sie|ihr|das|man)\s+(?:\p{L}+\s+)?(?:kein\p{L}*|nicht mal|nie)\b|\b(?:schafft|kann|könnte|würde|wird)\s+(?:das\s+)?(?:niemand|keiner)\b/iu,
  en: /\b(?:nobody|no one|no-one)\s+(?:can|could|would|will)\b|\byou(?:['’]ll| will) never\b/i,
};
/** In a rewrite of a blame, a threat or a verdict, "nobody"/"niemand" at all ("weil niemand die Updates einspielt"). */
const NOBODY: Record<Language, RegExp> = {
  de: /\b(?:niemand|keiner)\b/i,
  en: /\b(?:nobody|no one|no-one)\b/i,
};

/** Words that open the clause a cause stands in ("…, weil der Lageplan … eingereicht wurde"), or a relative clause. */
const CAUSE_CLAUSE =
  /\b(?:weil|da|dass|nachdem|obwohl|because|since|as|when|after|that)\b|,\s*(?:der|die|das|den|dem|denen|which|who)\b|^Had\b/iu;
const READER_AGENT = /\b(?:von (?:Ihnen|dir|euch|Ihr\p{L}*|dein\p{L}*|eur\p{L}*)|by (?:you|your)\b)/u;
const PASSIVE_AUX =
  /\b(?:wurde|wurden|worden)\b|\b(?:was|were|wasn't|weren't|been)\s+(?:not\s+)?(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|t|aid|ade|one|ung)\b/giu;

/**
 * Whether the first sentence states the reader's act as a passive main clause
 * ("Die Überweisung wurde vergessen", "The drawings were sent late"): with
 * the doer left out it still points at the reader (blind review, session 10).
 * A passive inside the clause that explains a cause ("…, weil der Grundriss
 * geändert wurde", "Had the letter been forwarded …") reads as the cause, not
 * a reproach; a passive the original had already ("The shoot was delayed") is
 * not the rewrite's.
 */
export function mainClausePassive(text: string, original = ''): boolean {
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? '';
  for (const aux of first.matchAll(PASSIVE_AUX)) {
    // The original's own passive, unless the reader was its doer ("wurde von Ihnen …", "was filed … by your bookkeeper").
    const at = original.indexOf(aux[0]);
    const clause = original.slice(at).split(/[,;:–—]|\b(?:because|since|weil|dass|when)\b/u)[0] ?? '';
    if (at >= 0 && !READER_AGENT.test(clause)) continue;
    const link = CAUSE_CLAUSE.exec(first.slice(0, aux.index));
    if (!link) return true;
  }
  return false;
}

/**
 * Praise split from a point that is still a sweeping verdict ("The skirting boards are a mess.",
 * "Die Sockelleisten sind eine Katastrophe."): the second reading misses some of these when no work
 * noun it knows is named, and the split alone is no calmer. A polished rewrite has the verdict gone.
 */
const SWEEPING: Record<Language, RegExp> = {
  de: /katastroph|zumutung|frechheit|desaster|albtraum|alptraum|zeitverschwendung|grauenhaft|furchtbar|schrecklich|unterirdisch|peinlich|lächerlich|dilettantisch|stümperhaft|pfusch|schlampig|unbrauchbar/iu,
  en: /\b(?:disaster|disastrous|joke|nightmare|waste of time|appalling|awful|terrible|horrible|pathetic|ridiculous|laughable|useless|rubbish|garbage|shambles|sloppy|amateurish|mess)\b/i,
};

/** Whether a rewrite keeps a second half that is harsh on its own: not offered. */
export function harshTail(rewrite: string, language: Language, category: Category): boolean {
  if (rewrite === '') return false;
  return (
    HARSH_TAIL[language].test(rewrite) ||
    (CHECKED.has(category) && NOBODY[language].test(rewrite)) ||
    (SPLIT_ONLY.has(category) && SWEEPING[language].test(rewrite))
  );
}

/**
 * Whether `rewrite` only moves `original` into another mood, voice or hedge:
 * every word it adds is a surface word or a form of a word already there, and
 * it adds no placeholder or question (a next step).
 */
export function cosmetic(original: string, rewrite: string, language: Language, category: Category): boolean {
  if (rewrite === '' || !(CHECKED.has(category) || SPLIT_ONLY.has(category))) return false;
  if (/\[[^\]]+\]/.test(rewrite)) return false;
  if ((rewrite.match(/\?/g) ?? []).length > (original.match(/\?/g) ?? []).length) return false;
  if (category === 'blame' && mainClausePassive(rewrite, original)) return true;
  // A hedge in front of the same verdict (nothing added but the hedge and an opposite) is no calmer.
  if (category === 'harsh' && HEDGE[language].test(rewrite) && !HEDGE[language].test(original)) return true;
  const before = wordsOf(original);
  const had = new Set(before);
  const added = wordsOf(rewrite).filter((w) => !had.has(w));
  // A reproach or a verdict with only words dropped is the same sentence, minus its edge; a pressure
  // finding with only words dropped ("Once again I have to remind you that …") lost the pressure itself.
  if (added.length === 0)
    return category !== 'pressure' && !(SPLIT_ONLY.has(category) && namesOwnStep(rewrite, language));
  if (SPLIT_ONLY.has(category)) return false;
  return added.every((w) => SURFACE[language].has(w) || formOf(w, before));
}
