// Language by function words: short, frequent words that carry no topic and
// that every sentence of a language uses. Competing lists for neighbouring
// languages let French, Dutch, Spanish … come out as 'other' instead of
// being forced into German or English.

import { fold, type Token } from './tokenize';
import type { DetectedLanguage } from './types';

const WORDS: Record<string, string> = {
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ihnen ihre ihren ihrem ihrer ihr sein seine ist sind war waren bin bist hat haben habe hatte hatten wird werden wurde würde würden kann können könnte könnten muss müssen sollte sollten soll will wollen möchte möchten nicht kein keine keinen auch noch schon nur sehr mit für von zu zum zur bei nach aus auf über unter vor durch gegen ohne um wie was wer wo wann warum weil dass ob wenn als dann doch ja nein bitte danke gerne gern hier heute morgen diese dieser dieses diesen jetzt mal viele vielen beim im ins am vom man sich uns unser unsere unseren gibt geht gut sowie bzw bereits leider ihm ihn dort etwas alle allen wieder dafür damit darüber dazu hallo liebe lieber sehr geehrte grüße grüsse herr frau',
  en: "the a an and or but i you he she it we they me him her us them my your his its our their is are was were be been being am has have had do does did will would can could shall should may might must not no yes to of in on at for with from by about as into over after before than then that this these those there here what which who whom whose when where why how if because so just also only very all any some each every more most other such own same too again once please thanks thank dear hi hello regards best kind sincerely let lets get got make made see know think need want like well up out off down our ours yours it's i'm don't can't won't i'll we'll you're",
  fr: 'le la les un une des et ou mais je tu il elle nous vous ils elles est sont été être avoir ai as avons avez ont ne pas plus que qui quoi dans pour avec sur par au aux du ce cette ces mon ma mes ton ta votre vos leur leurs très bien merci bonjour madame monsieur oui non se sa son',
  nl: 'de het een en of maar ik jij je hij zij wij jullie ze is zijn was waren heb hebt heeft hebben niet geen ook nog al van voor met op aan bij naar uit over dit dat deze die wat wie waar wanneer waarom omdat als dan wel graag dank bedankt hallo beste groeten vriendelijke u uw onze ons mijn',
  es: 'el la los las un una unos unas y o pero yo tú él ella nosotros vosotros ellos es son está están ser estar he ha han no sí que qué en con por para del al lo le les se su sus mi mis muy gracias hola señor señora como cuando donde porque pero también',
  it: 'il lo la i gli le un uno una e o ma io tu lui lei noi voi loro è sono era stato essere ho hai ha abbiamo avete hanno non che chi di da in con su per tra fra del della dei delle al alla nel nella questo questa molto grazie ciao buongiorno signore signora come quando dove perché anche',
  pt: 'o a os as um uma uns umas e ou mas eu tu ele ela nós vós eles elas é são está estão ser estar tenho tem têm não sim que em com por para do da dos das no na ao se seu sua meu minha muito obrigado obrigada olá senhor senhora como quando onde porque também você',
};

const LANGS = Object.keys(WORDS);
/** Folded word → indexes into LANGS of the languages that use it. */
const LOOKUP = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const word of (WORDS[lang] as string).split(' ')) {
    const key = fold(word);
    const list = LOOKUP.get(key);
    if (!list) LOOKUP.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }
});
const DE = LANGS.indexOf('de');
const NO_LANGUAGES: readonly number[] = [];
/** ä ö ü ß in either case, read from the draft in place: no regex and no sliced string per token. */
function hasGermanLetter(word: Token): boolean {
  for (let i = 0, n = word.end - word.start; i < n; i++) {
    const c = word.codeAt(i);
    if (c > 127 && (c === 228 || c === 246 || c === 252 || c === 223 || c === 196 || c === 214 || c === 220))
      return true;
  }
  return false;
}

const DECIDED_AFTER = 40;

/** True when one language clearly leads all others. */
function leads(score: readonly number[], words: number): boolean {
  let first = 0;
  let second = 0;
  for (const s of score) {
    if (s > first) {
      second = first;
      first = s;
    } else if (s > second) second = s;
  }
  return first >= words * 0.25 && first >= 3 * second;
}

/** At least this share of a text's words must be function words of the winner. */
const MIN_SHARE = 0.12;

/** The language of the given token lists (a paragraph's sentences, or one sentence). */
export function detectLanguage(lists: ReadonlyArray<readonly Token[]>): DetectedLanguage {
  const score = LANGS.map(() => 0);
  let words = 0;
  outer: for (const tokens of lists) {
    for (const token of tokens) {
      if (!token.word) continue;
      words++;
      // A long text is decided long before its end.
      if (words > DECIDED_AFTER && leads(score, words)) break outer;
      const info = token.info;
      if (info && info.languages === undefined) info.languages = LOOKUP.get(token.folded) ?? NO_LANGUAGES;
      const langs = info?.languages ?? NO_LANGUAGES;
      for (const i of langs) score[i] = (score[i] as number) + 1;
      if (hasGermanLetter(token)) score[DE] = (score[DE] as number) + 0.5;
    }
  }
  if (words === 0) return 'other';
  let best = -1;
  let bestScore = 0;
  score.forEach((s, i) => {
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  if (bestScore < Math.max(1, words * MIN_SHARE)) return 'other';
  const language = LANGS[best];
  return language === 'de' || language === 'en' ? language : 'other';
}
