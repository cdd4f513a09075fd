// Words that raise the temperature of a draft wherever they stand, finding or
// not: a reproach of repetition ("schon wieder", "yet again"), urgency
// ("umgehend", "immediately"), absolute intensifiers ("völlig", "utterly") and
// the stance of impatience or candour ("mittlerweile", "ehrlich gesagt",
// "by now", "frankly").
// They are signals (signals.ts) and feed the gauges' cues of the same name
// (../gauges/cues.ts); the rules find the constructions, these count the words.
// Entry shape and tests as in politeness.ts (tests/lib/analysis/tone.test.ts).
import type { Cue } from '../gauges/cues';
import type { Language } from '../types';
import type { PolitenessEntry } from './politeness';

export const TONE_KINDS = ['repetition', 'urgency', 'intensifier', 'stance'] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

export const TONE_CUES = {
  repetition: 'repetition',
  urgency: 'urgency',
  intensifier: 'intensifier',
  stance: 'stance',
} as const satisfies Record<ToneKind, Cue>;

export type ToneBook = Record<ToneKind, readonly PolitenessEntry[]>;

const DE: ToneBook = {
  repetition: [
    {
      pattern:
        'schon+wieder|mal+wieder|wieder+mal|wieder+einmal|erneut|abermals|wiederholt|mehrfach|ständig|andauernd|dauernd',
      must: [
        'Die Rechnung ist schon wieder fehlerhaft.',
        'Erneut fehlt die Unterschrift auf Seite zwei.',
        'Wir haben Sie mehrfach um die Belege gebeten.',
        'Ständig ändern sich die Maße.',
      ],
      mustNot: [
        'Wir melden uns wieder, sobald die Pläne da sind.',
        'Schön, dass Sie wieder im Büro sind.',
        'Die Heizung läuft wieder.',
        'Ab Montag ist Frau Kern wieder erreichbar.',
      ],
    },
    {
      pattern: 'zum zweiten|dritten|vierten|fünften|wiederholten|x-ten|zigsten|hundertsten mal',
      must: ['Ich schreibe Ihnen zum dritten Mal wegen der Kaution.'],
      mustNot: ['Zum ersten Mal findet die Messe in Köln statt.'],
    },
    {
      pattern: 'immer+wieder|jedes+mal|jedesmal',
      must: ['Jedes Mal fehlt ein anderer Beleg.'],
      mustNot: ['Ich freue mich jedes Jahr auf das Sommerfest.'],
    },
  ],
  urgency: [
    {
      pattern:
        'sofort|umgehend|unverzüglich|schnellstmöglich|schnellstens|dringend|dringendst|spätestens|endlich|unmittelbar|postwendend|ab+sofort',
      must: [
        'Bitte senden Sie die Unterlagen umgehend.',
        'Ich brauche die Zahlen spätestens morgen.',
        'Schicken Sie endlich die Belege.',
        'Das ist dringend.',
      ],
      mustNot: [
        'Die Unterlagen sind vollständig.',
        'Wir melden uns in den nächsten Tagen.',
        'Die Pläne kommen mit der Post.',
        'Vielen Dank für die schnelle Antwort.',
      ],
    },
  ],
  intensifier: [
    {
      pattern:
        'völlig|vollkommen|komplett|total|absolut|äußerst|extrem|überhaupt|gänzlich|keinesfalls|keineswegs|definitiv|eindeutig|schlicht|schlichtweg',
      must: [
        'Das Angebot ist völlig überzogen.',
        'Das ist absolut inakzeptabel.',
        'Ich verstehe überhaupt nicht, warum.',
        'Das ist schlichtweg falsch.',
      ],
      mustNot: [
        'Das Angebot ist etwas hoch.',
        'Die Unterlagen sind fast vollständig.',
        'Ich verstehe, warum das länger dauert.',
        'Die Pläne sind gut.',
      ],
    },
  ],
  stance: [
    {
      pattern:
        'mittlerweile|inzwischen|eigentlich|immer+noch|noch+immer|nach+wie+vor|bis+heute+nicht|bis+heute+kein|bis+jetzt+nicht|ehrlich+gesagt|offen+gesagt|offen+gestanden|mit+verlaub|gelinde+gesagt|nun+mal|wohl+kaum',
      must: [
        'Mittlerweile warten wir seit sechs Wochen.',
        'Eigentlich war der Entwurf für Montag vereinbart.',
        'Ehrlich gesagt verstehe ich die Verzögerung nicht.',
        'Die Heizung ist immer noch kalt.',
      ],
      mustNot: [
        'Die Pläne liegen seit Montag vor.',
        'Wir freuen uns auf den Termin.',
        'Die Heizung ist seit gestern warm.',
        'Der Entwurf kommt am Montag.',
      ],
    },
  ],
};

const EN: ToneBook = {
  repetition: [
    {
      // Not a bare "again" or "once again": "Thanks again", "thank you once again" are warm.
      pattern: 'yet+again|again+and+again|repeatedly|constantly|continually|time+and+again|over+and+over',
      must: [
        'The invoice is wrong yet again.',
        'Yet again the signature is missing on page two.',
        'We have repeatedly asked for the receipts.',
        'The measurements constantly change.',
      ],
      mustNot: [
        'We will be in touch once the plans arrive.',
        'Good to have you back in the office.',
        'The heating works now.',
        'Thank you once again for the quick help.',
      ],
    },
    {
      pattern: 'for the second|third|fourth|fifth|umpteenth|nth|hundredth time',
      must: ['I am writing to you for the third time about the deposit.'],
      mustNot: ['For the first time the fair takes place in Cologne.'],
    },
    {
      pattern: 'every+single+time|each+and+every+time|every+time',
      must: ['Every time a different receipt is missing.'],
      mustNot: ['I look forward to the summer party every year.'],
    },
  ],
  urgency: [
    {
      pattern:
        'immediately|asap|urgent|urgently|forthwith|promptly|at+once|right+away|without+delay|no+later+than|at+the+latest|finally|straight+away',
      must: [
        'Please send the documents immediately.',
        'I need the figures tomorrow at the latest.',
        'Send the receipts without delay.',
        'This is urgent.',
      ],
      mustNot: [
        'The documents are complete.',
        'We will be in touch in the next few days.',
        'The plans come by post.',
        'Thank you for the quick reply.',
      ],
    },
  ],
  intensifier: [
    {
      pattern:
        'completely|totally|utterly|absolutely|entirely|extremely|whatsoever|at+all|simply|clearly|definitely|downright|thoroughly',
      must: [
        'The quote is completely overblown.',
        'This is absolutely unacceptable.',
        'I do not understand at all why.',
        'That is simply wrong.',
      ],
      mustNot: [
        'The quote is a little high.',
        'The documents are nearly complete.',
        'I understand why this takes longer.',
        'The plans are good.',
      ],
    },
  ],
  stance: [
    {
      pattern:
        'honestly|by+now|still+not|still+no|still+waiting|frankly|quite+frankly|to+be+honest|to+be+frank|with+respect|with+all+due+respect|i+must+say|at+this+point|supposed+to',
      must: [
        'By now we have waited six weeks.',
        'The draft was supposed to arrive on Monday.',
        'Frankly, I do not understand the delay.',
        'The heating is still not working.',
      ],
      mustNot: [
        'The plans have been with us since Monday.',
        'We look forward to the appointment.',
        'The heating has worked since yesterday.',
        'The draft arrives on Monday.',
      ],
    },
  ],
};

export const TONE: Record<Language, ToneBook> = { de: DE, en: EN };
