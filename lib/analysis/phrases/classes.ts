// Word classes the pattern language can name with <class>, so one entry covers
// the forms writers actually use: "<reader> @vergessen" finds "Sie haben …
// vergessen", "du hast … vergessen", "Ihre Buchhaltung hat … vergessen".
// Words are written as they are folded (lower case, ß as ss, ’ as ');
// "=Sie" means that exact case (the polite "Sie", not "sie" = she/they).
// Each class has a sentence a pattern of only that class must match (hit) and
// one it must not (miss); tests/lib/analysis/classes.test.ts runs them.
//
// <reader>    the person written to: a pronoun, or a possessive with the one or
//             two words after it ("your accountant", "Ihr Büro", "eure IT-Abteilung")
// <yours>     the possessives alone
// <self>      the writer as subject: ich, wir, I, we
// <neg>       negation: nicht, kein…, nie, not, n't, never …
// <freq>      how often: immer, ständig, jedes Mal, always, routinely …
// <particle>  light words that may sit inside any phrase ("das ist doch wirklich
//             kein …", "you really should have"); up to two are skipped between
//             the steps of every pattern
// <intens>    intensifiers: sehr, völlig, really, totally …
import type { Language } from '../types';

export const WORD_CLASSES = ['reader', 'yours', 'self', 'neg', 'freq', 'particle', 'intens'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export interface ClassData {
  words: readonly string[];
  hit: string;
  miss: string;
}

export const CLASSES: Record<Language, Record<WordClass, ClassData>> = {
  de: {
    reader: {
      words: ['=Sie', '=Ihnen', 'du', 'dich', 'dir', 'ihr', 'euch'],
      hit: 'Hast du die Datei bekommen?',
      miss: 'Wir haben die Datei bekommen.',
    },
    yours: {
      words: [
        '=Ihr',
        '=Ihre',
        '=Ihren',
        '=Ihrem',
        '=Ihrer',
        '=Ihres',
        'dein',
        'deine',
        'deinen',
        'deinem',
        'deiner',
        'deines',
        'euer',
        'eure',
        'euren',
        'eurem',
        'eurer',
        'eures',
      ],
      hit: 'Eure Abteilung meldet sich morgen.',
      miss: 'Unsere Abteilung meldet sich morgen.',
    },
    self: {
      words: ['ich', 'wir'],
      hit: 'Danach melde ich mich.',
      miss: 'Danach meldet sich Frau Berg.',
    },
    neg: {
      words: [
        'nicht',
        'kein',
        'keine',
        'keinen',
        'keinem',
        'keiner',
        'keines',
        'nie',
        'niemals',
        'nichts',
        'weder',
        'nirgends',
      ],
      hit: 'Das Paket kam nie an.',
      miss: 'Das Paket kam gestern an.',
    },
    freq: {
      words: [
        'immer',
        'ständig',
        'staendig',
        'dauernd',
        'andauernd',
        'permanent',
        'stets',
        'jedesmal',
        'jedes+mal',
        'schon+wieder',
        'wieder+einmal',
        'wiederholt',
        'regelmässig',
        'grundsätzlich',
        'fortwährend',
        'laufend',
        'nie',
        'niemals',
        'kein+einziges+mal',
      ],
      hit: 'Die Lieferung kommt jedes Mal zu spät.',
      miss: 'Die Lieferung kommt diesmal zu spät.',
    },
    particle: {
      words: [
        'doch',
        'ja',
        'nun',
        'eben',
        'halt',
        'wirklich',
        'mal',
        'denn',
        'wohl',
        'schon',
        'auch',
        'endlich',
        'etwa',
        'überhaupt',
        'bitte',
        'eigentlich',
        'leider',
        'also',
        'nun+mal',
        'nun+einmal',
      ],
      hit: 'Das ist doch kein Problem.',
      miss: 'Das ist kein Problem.',
    },
    intens: {
      words: ['sehr', 'völlig', 'total', 'absolut', 'komplett', 'äusserst', 'extrem', 'ziemlich', 'echt', 'höchst'],
      hit: 'Das war völlig ausreichend.',
      miss: 'Das war ausreichend.',
    },
  },
  en: {
    reader: {
      words: ['you', "you've", "you'd", "you're", "you'll", 'yourself', 'yourselves'],
      hit: 'Did you get the file?',
      miss: 'Did they get the file?',
    },
    yours: {
      words: ['your'],
      hit: 'Your office called this morning.',
      miss: 'Our office called this morning.',
    },
    self: {
      words: ['i', 'we', "i've", "we've", "i'd", "we'd", "i'm", "we're"],
      hit: 'Then I will call.',
      miss: 'Then Maria will call.',
    },
    neg: {
      words: [
        'not',
        'no',
        'never',
        'nothing',
        'neither',
        'nor',
        'cannot',
        "don't",
        "didn't",
        "doesn't",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "shouldn't",
        "haven't",
        "hasn't",
        "hadn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "mustn't",
        "needn't",
      ],
      hit: 'The parcel never arrived.',
      miss: 'The parcel arrived yesterday.',
    },
    freq: {
      words: [
        'always',
        'constantly',
        'routinely',
        'repeatedly',
        'continually',
        'continuously',
        'invariably',
        'consistently',
        'forever',
        'never',
        'every+time',
        'each+time',
        'all+the+time',
        'yet+again',
        'once+again',
        'time+and+again',
        'again+and+again',
        'without+fail',
      ],
      hit: 'The delivery is late every time.',
      miss: 'The delivery is late this time.',
    },
    particle: {
      words: [
        'really',
        'just',
        'actually',
        'even',
        'still',
        'simply',
        'honestly',
        'truly',
        'frankly',
        'definitely',
        'clearly',
      ],
      hit: 'That is really no problem.',
      miss: 'That is no problem.',
    },
    intens: {
      words: [
        'very',
        'totally',
        'completely',
        'utterly',
        'absolutely',
        'extremely',
        'entirely',
        'highly',
        'so',
        'quite',
      ],
      hit: 'That was totally fine.',
      miss: 'That was fine.',
    },
  },
};
