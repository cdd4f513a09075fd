// Language by function words: short, frequent words that carry no topic and
// that every sentence of a language uses. Competing lists for neighbouring
// languages let French, Dutch, Spanish … come out as 'other' instead of
// being forced into German or English.

import type { Token } from './tokenize';
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

const LISTS = Object.fromEntries(Object.entries(WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));
const GERMAN_LETTERS = /[äöüß]/i;

/** At least this share of a text's words must be function words of the winner. */
const MIN_SHARE = 0.12;

export function detectLanguage(tokens: readonly Token[]): DetectedLanguage {
  const score: Record<string, number> = { de: 0, en: 0, fr: 0, nl: 0, es: 0, it: 0, pt: 0 };
  let words = 0;
  for (const token of tokens) {
    if (!token.word) continue;
    words++;
    const lower = token.lower.replace('’', "'");
    for (const lang in LISTS) if (LISTS[lang]?.has(lower)) score[lang] = (score[lang] ?? 0) + 1;
    if (GERMAN_LETTERS.test(lower)) score.de = (score.de ?? 0) + 0.5;
  }
  if (words === 0) return 'other';
  let best = 'other';
  let bestScore = 0;
  for (const lang in score) {
    if ((score[lang] ?? 0) > bestScore) {
      best = lang;
      bestScore = score[lang] ?? 0;
    }
  }
  if (bestScore < Math.max(1, words * MIN_SHARE)) return 'other';
  return best === 'de' || best === 'en' ? best : 'other';
}
