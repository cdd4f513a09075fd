// Abuse, contempt and profanity in German: hand-written sentences of abuse read
// strongly negative, ordinary client-mail and news sentences with near words
// (Saum, Sauna, Abschiebung, kritisch …) do not, and the abusive first parts
// ("Scheißregierung", "Drecksarbeit") give a word their valence only where it
// has none of its own and does not merely look like one ("Sauna", "Mistel").
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../lib/analysis/document';
import { examine } from '../../../lib/analysis/engine';
import { ABUSIVE_PREFIXES_DE, SENTIMENT_DE } from '../../../lib/analysis/lexicon/sentiment.de';
import { sentimentOf, valenceOf } from '../../../lib/analysis/sentiment';
import { intern } from '../../../lib/analysis/vocabulary';

/** The draft as the engine reads it. */
function docOf(text: string): Doc {
  return examine(text, { language: 'de' }).doc;
}

/** The sum of the negative valences, as a positive number. */
const negative = (text: string): number => sentimentOf(docOf(text)).negative;

/** Abuse reads strongly negative: its negative valences sum to -2 or below. */
const STRONG = 2;
/** Ordinary sentences may brush a mild word of client work ("kritisieren" -1.1), none at the level of abuse. */
const ABUSIVE = -1.5;

const ABUSE = [
  'Halt endlich deine Fresse, du Vollpfosten!',
  'Diese Scheißregierung lügt uns jeden Tag an.',
  'Verpiss dich, du elender Schmarotzer.',
  'Die ganze Bagage gehört weggesperrt, dieses Gesocks.',
  'Was für eine hirnverbrannte Kackidee von diesem Schwachmaten.',
  'Die Lügenpresse verbreitet wieder nur Hetze.',
  'Ihr seid doch alle Volksverräter und Systemlinge.',
  'So ein dämlicher Drecksladen, nie wieder!',
  'Der Typ ist ein widerlicher Schleimscheißer.',
  'Dieses Pack sollte man aufknüpfen.',
  'Die Altparteien reden von Flüchtlingsflut und Umvolkung.',
  'Du bist echt die erbärmliche Witzfigur im ganzen Verein.',
  'Was labert dieser Dummschwätzer schon wieder für einen Stuss?',
  'Halt die Schnauze, du Hohlbirne.',
  'Diese Hurensöhne haben mein Fahrrad zerkratzt.',
  'Das ist der größte Bockmist, den ich je gelesen habe.',
  'Ihr korrupten Bonzen lacht uns doch nur aus.',
  'Der Schiri ist ein blinder Volltrottel und gehört verprügelt.',
  'Solche Verbrecher sollte man abknallen.',
  'Was für ein armseliger, verlogener Heuchler.',
  'Dieser Laden ist ein einziger Sauhaufen voller Nichtsnutze.',
  'Der Staatsfunk ist ein einziges Affentheater.',
  'Die Asylindustrie zockt den Steuerzahler ab.',
  'Mit dieser Schrottfirma will ich nie wieder etwas zu tun haben.',
  'Scheißegal, was diese Knalltüten in der Zentrale sagen.',
  'Geh doch heulen, du jämmerliches Weichei.',
  'Das Gesindel aus dem Rathaus soll endlich verschwinden, diese Schmarotzer.',
];

const NEAR_WORDS = [
  'Der Saum ist umgenäht und die Hose kann abgeholt werden.',
  'Die Sauna ist ab Montag wieder geöffnet.',
  'Zum Braten empfehlen wir zwei Saucen aus unserer Küche.',
  'Die Räume wurden gestern gründlich sauber gemacht.',
  'Die Mistel am Apfelbaum schneiden wir im Winter zurück.',
  'Die Kacheln im Bad werden nächste Woche verlegt.',
  'Wir kritisieren den Entwurf sachlich und schlagen zwei Änderungen vor.',
  'Das Verfahren zur Abschiebung ist rechtlich geregelt.',
  'Der Saugroboter ist heute mit der Post gekommen.',
  'Für den Sauerteig brauchen wir noch Roggenmehl.',
  'Unser Tagungshotel liegt mitten im Sauerland.',
  'Der Schrotthändler holt die alten Heizkörper am Freitag ab.',
  'Die Gruppe besichtigt am Dienstag die Saurierausstellung.',
  'Für das Sommerfest bestellen wir zwölf Flaschen Sauvignon.',
  'Die Delegation aus Saudi-Arabien reist am Donnerstag an.',
  'Das Gemüse wird kurz in Butter sautiert.',
  'Der Mistral weht in der Provence oft tagelang.',
  'Bitte hängen Sie die Pläne im Besprechungsraum auf.',
  'Wir schlagen vor, die Kosten auf alle Mieter umzulegen.',
  'Die Saunalandschaft im Hotel wurde im Herbst renoviert.',
  'Die Akten werden nach Ablauf der Frist datenschutzgerecht vernichtet.',
  'Der Setzer hat im Umbruch noch ein Hurenkind entdeckt.',
  'Wir vertreiben die Geräte auch über unseren Onlineshop.',
  'Die Gesellschaft mit beschränkter Haftung wurde 2019 gegründet.',
  'Die Mistgabel steht hinten im Schuppen.',
  'Bitte prüfen Sie die Unterlagen kritisch, bevor wir unterschreiben.',
];

describe('German abuse reads strongly negative', () => {
  it('sentences of abuse, contempt and profanity', () => {
    expect(ABUSE.length).toBeGreaterThanOrEqual(20);
    for (const text of ABUSE) expect({ text, strong: negative(text) >= STRONG }).toEqual({ text, strong: true });
  });

  it('ordinary sentences with near words do not', () => {
    expect(NEAR_WORDS.length).toBeGreaterThanOrEqual(20);
    for (const text of NEAR_WORDS) {
      const s = sentimentOf(docOf(text));
      const abusive = s.hits.filter((h) => h.valence <= ABUSIVE).map((h) => text.slice(h.start, h.end));
      expect({ text, strong: s.negative >= STRONG, abusive }).toEqual({ text, strong: false, abusive: [] });
    }
  });
});

describe('abusive first parts', () => {
  const de = (word: string) => valenceOf(intern(word), 'de');

  it('give a compound without an entry the valence of its first part', () => {
    expect(de('scheissregierung')).toBe(ABUSIVE_PREFIXES_DE.scheiss);
    expect(de('drecksarbeit')).toBe(ABUSIVE_PREFIXES_DE.drecks);
    expect(de('mistladen')).toBe(ABUSIVE_PREFIXES_DE.mist);
    expect(de('kackidee')).toBe(ABUSIVE_PREFIXES_DE.kack);
    expect(de('sauwetter')).toBe(ABUSIVE_PREFIXES_DE.sau);
    expect(de('schrottfirma')).toBe(ABUSIVE_PREFIXES_DE.schrott);
    expect(de('hurenbande')).toBe(ABUSIVE_PREFIXES_DE.huren);
    expect(de('schwachsinnsidee')).toBe(ABUSIVE_PREFIXES_DE.schwachsinns);
    expect(de('arschkalt')).toBe(ABUSIVE_PREFIXES_DE.arsch);
  });

  it('leave a word with an entry of its own alone', () => {
    expect(de('sauhaufen')).toBe(SENTIMENT_DE.sauhaufen);
    expect(de('hurensohn')).toBe(SENTIMENT_DE.hurensohn);
    expect(de('saugut')).toBeGreaterThan(0);
    expect(de('saustark')).toBeGreaterThan(0);
  });

  it('need three letters or more after the first part', () => {
    expect(de('sauna')).toBe(0);
    expect(de('misten')).toBe(0);
  });

  it('do not match false friends', () => {
    expect(de('saum')).toBe(0);
    expect(de('sauna')).toBe(0);
    expect(de('saunen')).toBe(0);
    expect(de('saucen')).toBe(0);
    expect(de('sauber')).toBe(SENTIMENT_DE.sauber ?? 0);
    expect(de('saubere')).toBeGreaterThanOrEqual(0);
    expect(de('sauerland')).toBe(0);
    expect(de('saugroboter')).toBe(0);
    expect(de('mistel')).toBe(0);
    expect(de('misteln')).toBe(0);
    expect(de('kacheln')).toBe(0);
    expect(de('schrotthändler')).toBe(0);
    expect(de('schrottwichteln')).toBe(0);
    expect(de('mistral')).toBe(0);
    expect(de('mistakes')).toBe(0);
    expect(de('hurenkind')).toBe(0);
  });

  it('are looked up once per distinct word and kept on its record', () => {
    const info = intern('scheisswetter');
    expect(valenceOf(info, 'de')).toBe(ABUSIVE_PREFIXES_DE.scheiss);
    expect(info.deValence).toBe(ABUSIVE_PREFIXES_DE.scheiss);
    expect(valenceOf(info, 'de')).toBe(info.deValence);
  });
});
