// Sentiment words read as VADER reads them, in German and English: which
// sentences read negative, positive or neutral, how negation, boosters, capitals
// and contrast move a valence, and that the German lexicon is keyed as the
// lemmatizer answers.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../lib/analysis/document';
import { examine } from '../../../lib/analysis/engine';
import { lemmaOf } from '../../../lib/analysis/lemma';
import { SENTIMENT_ADJECTIVES_DE, SENTIMENT_DE, SENTIMENT_VERBS_DE } from '../../../lib/analysis/lexicon/sentiment.de';
import { SENTIMENT_EN } from '../../../lib/analysis/lexicon/sentiment.en';
import { SENTIMENT_MODIFIERS_DE } from '../../../lib/analysis/lexicon/sentiment-modifiers.de';
import {
  SENTIMENT_ADDITIONS_EN,
  SENTIMENT_MODIFIERS_EN,
  SENTIMENT_RESCALED_EN,
} from '../../../lib/analysis/lexicon/sentiment-modifiers.en';
import { sentimentOf, valenceOf } from '../../../lib/analysis/sentiment';
import { fold } from '../../../lib/analysis/tokenize';
import type { Language } from '../../../lib/analysis/types';
import { intern } from '../../../lib/analysis/vocabulary';

/** The draft as the engine reads it. */
function docOf(text: string, language: Language): Doc {
  return examine(text, { language }).doc;
}

/** Positive minus negative: above zero reads positive. */
const net = (text: string, language: Language): number => {
  const s = sentimentOf(docOf(text, language));
  return s.positive - s.negative;
};

/** The words that carry a valence, with it. */
const hits = (text: string, language: Language): Array<[string, number]> =>
  sentimentOf(docOf(text, language)).hits.map((h) => [text.slice(h.start, h.end), h.valence]);

const valence = (text: string, language: Language, word: string): number => {
  const found = hits(text, language).find(([w]) => w === word);
  if (!found) throw new Error(`no sentiment hit on "${word}" in "${text}"`);
  return found[1];
};

/** Neutral business sentences may brush a mild word, no more. */
const NEAR_ZERO = 0.8;
/** A sentence that reads negative or positive does so clearly. */
const CLEAR = 0.5;

const CASES: Record<Language, { negative: string[]; positive: string[]; neutral: string[] }> = {
  de: {
    negative: [
      'Mit der Ausführung der Fliesenarbeiten sind wir äußerst unzufrieden.',
      'Die dritte Mahnung in diesem Monat empfinde ich als Frechheit.',
      'Das Gutachten ist mangelhaft und voller Fehler.',
      'Ihr Monteur war am Telefon respektlos und unverschämt.',
      'Ich bin maßlos enttäuscht von Ihrem Kundendienst.',
      'Die erneute Verzögerung ärgert uns sehr.',
      'Das ist doch völliger Schwachsinn.',
      'Die Abrechnung ist lächerlich und nicht nachvollziehbar.',
      'Die Buchungssoftware stürzt ständig ab, das ist katastrophal.',
      'Auf dieses Chaos haben wir keine Lust mehr.',
      'Ihre Stellungnahme hat mich nicht überzeugt.',
      'So einen Pfusch haben wir auf der Baustelle noch nie gesehen.',
      'Der Lieferverzug kostet uns jeden Tag Geld.',
      'Das gefällt mir überhaupt nicht.',
      'Ich mag diesen Ton nicht.',
      'Ihr Subunternehmer hat uns wie Idioten behandelt.',
      'Leider ist der Wasserschaden größer als befürchtet.',
    ],
    positive: [
      'Mit der Abnahme des Dachgeschosses sind wir sehr zufrieden.',
      'Ihr Team hat hervorragende Arbeit geleistet.',
      'Herzlichen Dank für die schnelle und unkomplizierte Hilfe!',
      'Wir freuen uns schon auf das Gespräch am Donnerstag.',
      'Die neuen Logoentwürfe gefallen uns ausgesprochen gut.',
      'Glückwunsch zur gelungenen Eröffnung Ihrer Praxis!',
      'Das Angebot ist fair und übersichtlich aufgebaut.',
      'Ich bin Ihnen wirklich dankbar für Ihre Geduld.',
      'Die Zusammenarbeit mit Ihrer Kanzlei ist immer angenehm.',
      'Ihre Präsentation hat den Beirat überzeugt.',
      'Der Wechsel zum anderen Kassensystem hat wunderbar geklappt.',
      'Kein Problem, wir kommen Ihnen da gerne entgegen.',
      'Wir sind begeistert vom Ergebnis der Umfrage.',
      'Schön, dass die Lieferung doch noch rechtzeitig ankam.',
      'Das war nicht schlecht für den ersten Entwurf.',
      'Ihre Rückmeldung war für uns sehr hilfreich.',
    ],
    neutral: [
      'Anbei sende ich Ihnen den überarbeiteten Bauzeitenplan.',
      'Der Termin ist auf Dienstag um zehn Uhr verlegt.',
      'Können Sie mir den unterschriebenen Vertrag bis Freitag schicken?',
      'Die Rechnung geht Ihnen nächste Woche per Post zu.',
      'Bitte geben Sie mir Bescheid, welche Variante Sie bevorzugen.',
      'Herr Albers übernimmt ab Montag die Vertretung.',
      'Die Unterlagen liegen im gemeinsamen Ordner.',
      'Wir benötigen noch die Maße des Kellerraums.',
      'Das Protokoll der Sitzung folgt morgen.',
      'Ich rufe Sie am Nachmittag wegen der Statik an.',
      'Wir verschieben die Besprechung auf den vierten März.',
    ],
  },
  en: {
    negative: [
      'I am not happy with the second invoice.',
      'Frankly, the report is useless and full of errors.',
      'We are deeply disappointed by the repeated delays.',
      'This is completely unacceptable.',
      'Your technician was rude to our receptionist.',
      'The whole rollout has been a disaster.',
      'Stop wasting our time with excuses.',
      'This is the third mistake in the same contract.',
      "I'm frustrated that nobody called us back.",
      'The tiling in the guest bathroom is sloppy.',
      'We feel ignored and let down by your office.',
      'The new portal is slow, confusing and broken.',
      'Your last reply was frankly insulting.',
      'The payment is overdue again and nobody has explained why.',
      "The revised floor plan doesn't help us at all.",
      'That was a stupid decision on the supplier side.',
    ],
    positive: [
      'Thank you so much for the quick turnaround on the floor plans.',
      'The new layout looks great and the team loves it.',
      'We are very happy with how the handover went.',
      'Your advice on the lease was extremely helpful.',
      'Congratulations on opening the second office!',
      'The workshop was a pleasure, thanks for organising it.',
      'No problem at all, Friday works fine for us.',
      'Your patience with our many questions is much appreciated.',
      'The photos of the finished kitchen are beautiful.',
      'We were impressed by how calmly your crew handled the flood.',
      'It is a relief to have the permit approved.',
      'What a wonderful surprise to get the keys a week early.',
      'Our board was delighted with your summary.',
      "For a first sketch, that's really not bad.",
      'I am glad we could sort this out together.',
    ],
    neutral: [
      'Please find attached the revised schedule for March.',
      'The meeting has moved to Tuesday at 10am.',
      'Could you send the signed contract by Friday?',
      'Tell me whether you need further documents.',
      'We will make sure the invoice includes the interest.',
      'The interest rate on the credit line is 4 percent.',
      'The file is not attached yet.',
      'Our accountant will call you on Monday afternoon.',
      'The basement measurements sit in our shared folder.',
      'The minutes of the site visit follow tomorrow.',
      'Mr Patel covers the account from next week.',
      // Contract steps, neutral as German "vereinbart", "Freigabe".
      'The plans reached us one day after the agreed date.',
      'We still need your approval of the floor plan.',
      'The lease agreement is attached for the tenant.',
    ],
  },
};

describe('sentimentOf reads sentences', () => {
  for (const language of ['de', 'en'] as const) {
    const cases = CASES[language];
    it(`${language}: negative sentences read negative`, () => {
      expect(cases.negative.length).toBeGreaterThanOrEqual(15);
      for (const text of cases.negative)
        expect({ text, net: net(text, language) < -CLEAR }).toEqual({ text, net: true });
    });
    it(`${language}: positive sentences read positive`, () => {
      expect(cases.positive.length).toBeGreaterThanOrEqual(15);
      for (const text of cases.positive)
        expect({ text, net: net(text, language) > CLEAR }).toEqual({ text, net: true });
    });
    it(`${language}: neutral business sentences read near zero`, () => {
      expect(cases.neutral.length).toBeGreaterThanOrEqual(10);
      for (const text of cases.neutral) {
        const s = sentimentOf(docOf(text, language));
        expect({ text, near: s.positive + s.negative <= NEAR_ZERO }).toEqual({ text, near: true });
      }
    });
  }
});

describe('negation, boosters, capitals and contrast', () => {
  it('a booster makes a word stronger, a dampener weaker', () => {
    expect(net('Ich bin sehr enttäuscht.', 'de')).toBeLessThan(net('Ich bin enttäuscht.', 'de'));
    expect(net('Wir sind etwas enttäuscht.', 'de')).toBeGreaterThan(net('Wir sind enttäuscht.', 'de'));
    expect(net('Das war eine echte Frechheit.', 'de')).toBeLessThan(net('Das war eine Frechheit.', 'de'));
    expect(net('We are extremely pleased.', 'en')).toBeGreaterThan(net('We are pleased.', 'en'));
    expect(net('The report is kind of useful.', 'en')).toBeLessThan(net('The report is useful.', 'en'));
    expect(net('The report is kind of useful.', 'en')).toBeGreaterThan(0);
  });

  it('a negation before the word turns it around', () => {
    expect(net('Das ist nicht gut.', 'de')).toBeLessThan(0);
    expect(net('Wir sind mit dem Angebot nicht zufrieden.', 'de')).toBeLessThan(0);
    expect(net('Das ist nicht schlecht.', 'de')).toBeGreaterThanOrEqual(0);
    expect(net('Kein Problem.', 'de')).toBeGreaterThanOrEqual(0);
    expect(net('Keine Sorge, das klären wir.', 'de')).toBeGreaterThanOrEqual(0);
    expect(net('The draft is not good.', 'en')).toBeLessThan(0);
    expect(net("We aren't happy with it.", 'en')).toBeLessThan(0);
    expect(net('No problem.', 'en')).toBeGreaterThanOrEqual(0);
  });

  it('"nicht nur", "not only" negate nothing', () => {
    expect(net('Das ist nicht nur schnell, sondern auch gründlich.', 'de')).toBeGreaterThan(0);
    expect(net('The team was not only friendly but also efficient.', 'en')).toBeGreaterThan(0);
  });

  it('a German negation at the end of the clause negates the verb', () => {
    expect(net('Das gefällt mir nicht.', 'de')).toBeLessThan(0);
    expect(net('Ich mag das nicht.', 'de')).toBeLessThan(0);
    expect(net('Das hat uns nicht überzeugt.', 'de')).toBeLessThan(0);
    expect(net('Die neue Lösung hilft uns leider nicht.', 'de')).toBeLessThan(0);
    expect(net('Die Mieter freuen sich gar nicht.', 'de')).toBeLessThan(0);
    expect(net('Ein zweiter Blick schadet nicht.', 'de')).toBeGreaterThan(0);
    // Not past a comma or a conjunction, and not a noun before it.
    expect(net('Das gefällt mir, nicht nur wegen des Preises.', 'de')).toBeGreaterThan(0);
    expect(valence('Das freut uns, weil es nicht teuer ist.', 'de', 'freut')).toBeGreaterThan(0);
    expect(valence('Der Schaden ist noch nicht behoben.', 'de', 'Schaden')).toBeLessThan(0);
    // "jedoch", "aber", "doch" without a comma are particles inside the clause, not its end.
    expect(valence('Die Vorhänge passen jedoch nicht zum Sofa.', 'de', 'passen')).toBeLessThan(0);
    expect(valence('Der neue Grundriss gefällt mir aber nicht.', 'de', 'gefällt')).toBeLessThan(0);
    expect(valence('Die Vorhänge passen, jedoch nicht ganz so gut wie erhofft.', 'de', 'passen')).toBeGreaterThan(0);
  });

  it('a word in capitals in a sentence that is not weighs more', () => {
    expect(net('This is GREAT news for the project.', 'en')).toBeGreaterThan(
      net('This is great news for the project.', 'en'),
    );
    expect(net('Das ist TOLL geworden.', 'de')).toBeGreaterThan(net('Das ist toll geworden.', 'de'));
    // All capitals stress nothing.
    expect(net('THIS IS GREAT NEWS.', 'en')).toBeCloseTo(net('This is great news.', 'en'), 5);
  });

  it('a contrast halves what comes before it and weighs what follows 1.5 times', () => {
    const text = 'The draft is good, but the delivery was late.';
    expect(valence(text, 'en', 'good')).toBeCloseTo(valence('The draft is good.', 'en', 'good') * 0.5, 5);
    expect(valence(text, 'en', 'late')).toBeCloseTo(valence('The delivery was late.', 'en', 'late') * 1.5, 5);
    expect(net(text, 'en')).toBeLessThan(0);
    const de = 'Der Entwurf ist gut, aber die Lieferung kam verspätet.';
    expect(valence(de, 'de', 'gut')).toBeCloseTo(0.5 * valence('Der Entwurf ist gut.', 'de', 'gut'), 5);
    expect(net(de, 'de')).toBeLessThan(0);
    // "doch" contrasts only where a clause starts; elsewhere it is a particle.
    expect(valence('Das ist doch gut.', 'de', 'gut')).toBeCloseTo(valence('Das ist gut.', 'de', 'gut'), 5);
    expect(valence('Der Plan ist gut, doch die Kosten sind ärgerlich.', 'de', 'gut')).toBeLessThan(
      valence('Das ist gut.', 'de', 'gut'),
    );
    // A trailing "though" weighs its own clause.
    expect(valence('The draft was fine, the delivery was awful though.', 'en', 'awful')).toBeLessThan(
      valence('The delivery was awful.', 'en', 'awful'),
    );
  });

  it('a concession at the start moves the contrast to the end of its clause', () => {
    const text = 'Although the draft is good, the delivery was late.';
    expect(valence(text, 'en', 'good')).toBeCloseTo(0.5 * valence('The draft is good.', 'en', 'good'), 5);
    expect(valence(text, 'en', 'late')).toBeCloseTo(1.5 * valence('The delivery was late.', 'en', 'late'), 5);
  });
});

describe('what is not the writer’s feeling', () => {
  it('skips words inside quotation marks', () => {
    expect(hits('Er nannte das Ergebnis „katastrophal“, wir sehen das anders.', 'de')).toEqual([]);
    expect(hits('Your email called it "a disaster".', 'en')).toEqual([]);
  });

  it('skips the greeting and the closing formula', () => {
    const text = 'Liebe Frau Brandt,\n\nanbei die Pläne.\n\nHerzliche Grüße\nJonas Weber';
    expect(hits(text, 'de')).toEqual([]);
    expect(hits('Dear Sam,\n\nthe plans are attached.\n\nBest regards,\nJonas', 'en')).toEqual([]);
  });

  it('leaves out answers and "make sure"', () => {
    expect(hits('Yes, okay, we will make sure it ships.', 'en')).toEqual([]);
    expect(hits('Ja, okay, ich möchte das gern bestätigen.', 'de').map(([w]) => w)).toEqual(['gern']);
  });
});

describe('sentimentOf results', () => {
  it('gives offsets of the sentiment word and sums by sign', () => {
    const text = 'Die Pläne sind gelungen. Der Verzug ist ärgerlich.';
    const s = sentimentOf(docOf(text, 'de'));
    expect(s.hits.map((h) => text.slice(h.start, h.end))).toEqual(['gelungen', 'Verzug', 'ärgerlich']);
    expect(s.positive).toBeCloseTo(SENTIMENT_DE.gelungen as number, 5);
    expect(s.negative).toBeCloseTo(-((SENTIMENT_DE.verzug as number) + (SENTIMENT_DE.ärgerlich as number)), 5);
  });

  it('is cached per Doc', () => {
    const doc = docOf('Das ist toll.', 'de');
    expect(sentimentOf(doc)).toBe(sentimentOf(doc));
  });

  it('keeps the valence on the shared word record, per language', () => {
    const info = intern('hervorragende');
    expect(valenceOf(info, 'de')).toBe(SENTIMENT_DE.hervorragend);
    expect(info.deValence).toBe(SENTIMENT_DE.hervorragend);
    const great = intern('greatest');
    expect(valenceOf(great, 'en')).toBeGreaterThan(0);
    expect(great.enValence).toBe(valenceOf(great, 'en'));
  });

  it('finds German compounds by a listed last noun, and inflected adjectives', () => {
    expect(valenceOf(intern('zahlungsverzug'), 'de')).toBe(SENTIMENT_DE.verzug);
    expect(valenceOf(intern('qualitätsmängel'), 'de')).toBe(SENTIMENT_DE.mangel);
    expect(valenceOf(intern('langweiligen'), 'de')).toBe(SENTIMENT_DE.langweilig);
    expect(valenceOf(intern('misserfolge'), 'de')).toBeLessThan(0);
    // Surnames and words that merely end in a listed word.
    expect(valenceOf(intern('müller'), 'de')).toBe(0);
    expect(valenceOf(intern('wiederholung'), 'de')).toBe(0);
  });
});

/**
 * Keys the lemmatizer reads as another word: a participle as its verb of
 * another sense ("gespannt" → spannen), a rare homograph ("ruhe" → ruhen).
 * They are found by their own form, as every key is first looked up unchanged.
 */
const READ_AS_ANOTHER_WORD = new Set(
  'spannungen sorge quatsch wucher gier drecksladen saftladen ruhe spitze ausdauer versiert gespannt gelassen munter spannend gepflegt lösungsorientiert kundenorientiert serviceorientiert rührend bewegend geil ansprechend gekonnt geschickt routiniert strukturiert organisiert geklärt erledigt fertig begabt gebildet kultiviert mässig abstossend verrückt desinteressiert kompliziert anstrengend gereizt besorgt öde schlaff schleppend stockend niedergeschlagen aufgebracht billig heruntergekommen alarmierend gefallen anmassen abmahnen fresse schnauze vernagelt eingebildet ätzend runtergekommen gottverlassen hirnamputiert verhetzen herabwürdigen schwadronieren rumheulen verrecken wichst pfeife'.split(
    ' ',
  ),
);

describe('German lexicon', () => {
  const keys = Object.keys(SENTIMENT_DE);

  it('holds at least 2,500 lemmas on VADER’s scale', () => {
    expect(keys.length).toBeGreaterThanOrEqual(2500);
    for (const [key, value] of Object.entries(SENTIMENT_DE)) {
      expect({ key, ok: value !== 0 && value >= -4 && value <= 4 }).toEqual({ key, ok: true });
    }
  });

  it('is keyed by folded lemmas that lead back to an entry', () => {
    const strays: string[] = [];
    for (const key of keys) {
      expect(fold(key)).toBe(key);
      expect(valenceOf(intern(key), 'de')).toBe(SENTIMENT_DE[key]);
      const lemma = lemmaOf(key, 'de');
      if (lemma !== key && !Object.hasOwn(SENTIMENT_DE, lemma) && !READ_AS_ANOTHER_WORD.has(key)) strays.push(key);
    }
    expect(strays).toEqual([]);
  });

  it('gives adjectives and verbs sections of their own and keeps modifiers out of the lexicon', () => {
    for (const section of [SENTIMENT_ADJECTIVES_DE, SENTIMENT_VERBS_DE]) {
      for (const key of Object.keys(section))
        expect({ key, value: SENTIMENT_DE[key] }).toEqual({ key, value: section[key] });
    }
    const modifiers = [
      ...Object.keys(SENTIMENT_MODIFIERS_DE.boosters),
      ...SENTIMENT_MODIFIERS_DE.negators,
      ...SENTIMENT_MODIFIERS_DE.ignored,
    ];
    expect(modifiers.filter((w) => Object.hasOwn(SENTIMENT_DE, w))).toEqual([]);
  });
});

describe('English lexicon (generated from VADER)', () => {
  it('holds single words with a letter, valences rounded to one decimal', () => {
    const keys = Object.keys(SENTIMENT_EN);
    expect(keys.length).toBeGreaterThan(7000);
    for (const [key, value] of Object.entries(SENTIMENT_EN)) {
      const ok = /\p{L}/u.test(key) && !/\s/.test(key) && fold(key) === key && Math.round(value * 10) / 10 === value;
      expect({ key, ok }).toEqual({ key, ok: true });
    }
    expect(SENTIMENT_EN.good).toBe(1.9);
    expect(SENTIMENT_EN.horrible).toBe(-2.5);
  });

  it('lets the hand-written additions fill gaps only', () => {
    expect(Object.keys(SENTIMENT_ADDITIONS_EN).filter((w) => Object.hasOwn(SENTIMENT_EN, w))).toEqual([]);
    // Rescaled entries replace VADER's, milder and never of the other sign.
    for (const [word, value] of Object.entries(SENTIMENT_RESCALED_EN)) {
      const vader = SENTIMENT_EN[word] as number;
      expect({ word, ok: Math.sign(value) === Math.sign(vader) && Math.abs(value) <= Math.abs(vader) }).toEqual({
        word,
        ok: true,
      });
    }
    expect(SENTIMENT_MODIFIERS_EN.negators).toContain('not');
    expect(SENTIMENT_MODIFIERS_EN.boosters.very).toBeGreaterThan(0);
    expect(SENTIMENT_MODIFIERS_EN.boosters.slightly).toBeLessThan(0);
  });
});
