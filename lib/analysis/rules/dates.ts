// Dates and deadlines as people write them, for the unclear-ask rule: a
// request in a mail that talks of a deadline should name a day. Weekdays,
// month names, "heute", "next week" … are signals (../phrases/signals.ts);
// these add relative dates ("Ende nächster Woche", "in zwei Wochen", "within
// 14 days", "bis Monatsende"), ordinals ("bis zum 5. des Monats", "by the
// 5th") and numeric dates in German and English formats. "ASAP" names no day.
// Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));
const DAY = [...DAYS, ...DAYS.slice(0, 9).map((d) => `0${d}`)].join('|');
const COUNT = Array.from({ length: 120 }, (_, i) => String(i + 1)).join('|');
const MONTHS_DE = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const MONTHS_EN = 'january|february|march|april|june|july|august|september|october|november|december';

export const DATE_FRAMES: FrameBook = {
  de: [
    {
      id: 'monatsende',
      pattern:
        'monatsende|monatsanfang|monatsbeginn|monatsmitte|monatsersten|monatsletzten|monatswechsel|wochenende|wochenmitte|wochenanfang|wochenbeginn|jahresende|jahresanfang|jahreswechsel|quartalsende|quartalsanfang|jahresmitte',
      hit: 'Bitte reichen Sie die Quittungen bis Monatsende ein.',
      miss: 'Die Monatsmiete bleibt gleich.',
    },
    {
      id: 'ende-der-woche',
      pattern: `anfang|ende|mitte|beginn|laufe (der|des|dieser|dieses|nächster|nächsten|kommender|kommenden) woche|monats|jahres|quartals|${MONTHS_DE}`,
      hit: 'Die Pläne kommen bis Ende nächster Woche.',
      miss: 'Am Ende zählt nur, dass Sie zufrieden sind.',
    },
    {
      id: 'diese-woche',
      pattern: 'diese|diesen|dieser|nächste|nächsten|nächstes|kommende|kommenden|kommendes woche|monat|jahr|quartal',
      hit: 'Die Fliesen kommen diese Woche.',
      miss: 'Diese Fliesen kommen aus Italien.',
    },
    {
      id: 'jahreszeit',
      pattern: 'im|ab|bis+zum|zum|diesen|nächsten|kommenden|diesem|nächstem frühjahr|frühling|sommer|herbst|winter',
      hit: 'Die nächste Kontrolle steht im Herbst an.',
      miss: 'Der Herbst war dieses Jahr mild.',
    },
    {
      id: 'tageszeit',
      pattern:
        'bis|zum|vor|gegen|ab|heute|morgen (zum) mittag|abend|vormittag|nachmittag|feierabend|dienstschluss|geschäftsschluss|büroschluss',
      hit: 'Die Zahlen brauche ich bis Mittag.',
      miss: 'Der Abend mit Ihrem Team war sehr schön.',
    },
    {
      id: 'ordinal-tag',
      pattern: `zum|am|bis|vom|ab|spätestens|bis+zum|bis+spätestens ${DAY} .`,
      hit: 'Die Miete kommt wie immer zum 5. des Monats.',
      miss: 'Bitte überweisen Sie die 5 Euro Porto.',
    },
    {
      id: 'ordinal-wort',
      pattern:
        'zum|am|bis+zum ersten|zweiten|dritten|vierten|fünften|zehnten|fünfzehnten|zwanzigsten|letzten (des|dieses|nächsten|kommenden) monats',
      hit: 'Die Miete ist zum Ersten des Monats fällig.',
      miss: 'Zum ersten Mal sehen wir die Räume leer.',
    },
    {
      id: 'in-zwei-wochen',
      pattern: `in|innerhalb|binnen (von) (der|den) (nächsten|kommenden) ein|eine|einer|einem|eines|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|fünfzehn|zwanzig|dreißig|vierzig|sechzig|neunzig|${COUNT} tag|tage|tagen|werktag|werktage|werktagen|arbeitstag|arbeitstage|arbeitstagen|woche|wochen|monat|monate|monaten|stunde|stunden`,
      hit: 'Bitte reichen Sie die Belege innerhalb von zehn Werktagen ein.',
      miss: 'Bitte reichen Sie die Belege in den nächsten Tagen ein.',
    },
    {
      // A time counted from an event the reader knows: "zwei Wochen vor Abflug", "drei Tage nach Erhalt".
      id: 'wochen-vor',
      pattern: `ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|vierzehn|${COUNT} tag|tage|tagen|werktag|werktage|werktagen|woche|wochen|monat|monate|monaten|stunde|stunden vor|nach`,
      hit: 'Beantragen Sie das Visum bitte spätestens zwei Wochen vor Abflug.',
      miss: 'Vor zwei Wochen kam das Visum an.',
    },
    {
      id: 'bis-naechstes-mal',
      // A time set by the next meeting: "bis nächstes Mal", "vor unserem nächsten Termin".
      pattern:
        'bis|vor (zum) (dem|unserem|unserer) nächstes|nächsten|nächster|kommenden mal|termin|treffen|gespräch|sitzung|stunde',
      hit: 'Überlegen Sie sich das bis zum nächsten Termin.',
      miss: 'Beim nächsten Termin sprechen wir darüber.',
    },
    {
      id: 'beim-naechsten-mal',
      pattern:
        'beim|im|zum|in+der|in+unserer|in+unserem nächsten|nächste|kommenden mal|termin|treffen|gespräch|sitzung|besuch',
      hit: 'Beim nächsten Termin schauen wir uns das gemeinsam an.',
      miss: 'Der letzte Termin war sehr hilfreich.',
    },
    {
      id: 'kalenderwoche',
      pattern: `kw|kalenderwoche ${COUNT}`,
      hit: 'Der Estrich kommt in KW 12.',
      miss: 'Die KW-Zahl steht im Plan.',
    },
  ],
  en: [
    {
      id: 'end-of-the-quarter',
      pattern:
        'end|beginning|start|middle|close of (the|this|next) week|month|year|quarter|day|business|january|february|march|april|may|june|july|august|september|october|november|december',
      hit: 'We need the survey by the end of the quarter.',
      miss: 'At the end of the hallway is the kitchen.',
    },
    {
      id: 'this-week',
      pattern: 'this|next|coming week|month|year|quarter|weekend|morning|afternoon|evening',
      hit: 'The tiles arrive this week.',
      miss: 'This weekly report is too long.',
    },
    {
      id: 'season',
      pattern: 'in|by|this|next|over|until (the) spring|summer|autumn|fall|winter',
      hit: 'Your next check-up is due in the autumn.',
      miss: 'The autumn colours in the garden are lovely.',
    },
    {
      id: 'time-of-day',
      pattern: 'noon|midday|midnight|tonight|end+of+day|close+of+business',
      hit: 'Could you send the figures by noon?',
      miss: 'The figures look good to me.',
    },
    {
      id: 'ordinal-word',
      pattern: 'the first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last of (the|this|next|each|every) month',
      hit: 'Rent is due on the first of the month.',
      miss: 'The first of the tiles arrived broken.',
    },
    {
      id: 'in-two-weeks',
      pattern: `in|within (the) (next) a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|${COUNT} (business|working|calendar) day|days|week|weeks|month|months|hour|hours`,
      hit: 'Please return the signed forms within 14 days.',
      miss: 'Please return the signed forms in the next few days.',
    },
    {
      // A time counted from an event the reader knows: "two weeks before departure", "48 hours after delivery".
      id: 'weeks-before',
      pattern: `a|one|two|three|four|five|six|seven|ten|fourteen|${COUNT} day|days|week|weeks|month|months|hour|hours before|after|prior+to|ahead+of`,
      hit: 'Please apply for the permit at least two weeks before departure.',
      miss: 'Two weeks ago the permit arrived.',
    },
    {
      id: 'month-day',
      pattern: `${MONTHS_EN} ${DAY}`,
      hit: 'The crane comes on March 3.',
      miss: 'The crane comes in March.',
    },
    {
      id: 'by-next-session',
      pattern: 'by|before (the|our|your) next session|meeting|appointment|call|lesson|visit|time',
      hit: 'Have a think about it before our next session.',
      miss: 'At our next session we can talk about it.',
    },
    {
      id: 'at-next-session',
      pattern: 'at|in|during (our|the|your) next session|meeting|appointment|call|visit|lesson',
      hit: 'At our next session we will look at it together.',
      miss: 'Our last session was really useful.',
    },
    {
      id: 'calendar-week',
      pattern: `cw|week|wk ${COUNT}`,
      hit: 'The screed goes in during week 12.',
      miss: 'The screed goes in next to the stairs.',
    },
  ],
};

/** Words that look like talk of a deadline but are none ("due to the rain", "all due respect"). */
export const NO_DEADLINE: FrameBook = {
  de: [
    {
      id: 'dringend-empfehlen',
      pattern: 'empfehle|empfehlen|rate|raten|abraten|empfohlen|geraten ~1 dringend',
      hit: 'Wir raten dringend zu einer zweiten Dämmschicht.',
      miss: 'Wir brauchen die Dämmung dringend.',
    },
    // Urgency denied is none: "Eilig ist es nicht", "nicht so dringend".
    {
      id: 'eilig-ist-es-nicht',
      pattern: 'eilig|dringend ist|hat es|das (ja|auch|wirklich|gar) nicht',
      hit: 'Eilig ist es wirklich nicht.',
      miss: 'Eilig ist es leider schon.',
    },
    {
      id: 'nicht-eilig',
      pattern: 'nicht|kein (so|sonderlich|besonders) eilig|dringend',
      hit: 'Das ist nicht so eilig, melden Sie sich einfach.',
      miss: 'Das ist sehr eilig, melden Sie sich heute.',
    },
    // A deadline denied is none: "Es gibt dafür keine Frist", "ohne Frist".
    {
      id: 'keine-frist',
      pattern: 'keine|ohne (feste|bestimmte) frist|deadline|eile',
      hit: 'Es gibt dafür keine Frist, lassen Sie sich Zeit.',
      miss: 'Es gibt dafür eine Frist bis Ende Mai.',
    },
  ],
  en: [
    {
      id: 'due-to',
      pattern: 'due to|respect|diligence|care|course|process',
      hit: 'Due to the rain, the roofers come later.',
      miss: 'The payment is due on Friday.',
    },
    {
      id: 'no-deadline',
      pattern: 'no|without (fixed|set|particular) deadline|time+limit|rush',
      hit: 'There is no deadline for this, so take all the time you need.',
      miss: 'There is a deadline for this at the end of May.',
    },
    {
      id: 'not-urgent',
      pattern: "not|isn't|nothing|no (that|so|terribly|particularly) urgent",
      hit: "It isn't urgent, so send it whenever you have it.",
      miss: 'It is urgent, so send it today.',
    },
  ],
};

/** Dates written with digits, in German and English formats; matched on a sentence's text. */
export const NUMERIC_DATES: ReadonlyArray<{ id: string; pattern: RegExp; hit: string; miss: string }> = [
  {
    id: 'day-month-year',
    pattern: /(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.(?:\s?\d{4}|\d{2})?(?![\d,])/,
    hit: 'Die Abnahme ist am 03.04.2026 um zehn.',
    miss: 'Die Rechnung beträgt 3.500 Euro.',
  },
  {
    id: 'iso',
    pattern: /\b\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/,
    hit: 'The handover is on 2026-04-03.',
    miss: 'Call 0800-12-34 for the hotline.',
  },
  {
    id: 'slashes',
    pattern: /(?<![\d/])(?!24\/7\b)(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{4}|\d{2}))?(?![\d/])/,
    hit: 'Please return the signed forms by 4/3.',
    miss: 'Our hotline is open 24/7.',
  },
  {
    id: 'clock',
    // "10 am" is left to the signals: German "am" (on) follows numbers too.
    pattern: /\b(?:[01]?\d|2[0-3])(?::[0-5]\d\b|(?:[.:][0-5]\d)?(?:\s?uhr\b|\s?h\b|am\b|pm\b|\s?[ap]\.m\.))/i,
    hit: 'Die Zahlen brauche ich bis 14:30.',
    miss: 'Das Verhältnis ist 3:1 für die hellen Fliesen.',
  },
  {
    id: 'ordinal-en',
    pattern: /\b(?:[12]?\d|3[01])(?:st|nd|rd|th)\b/,
    hit: 'Please return the signed forms by the 5th.',
    miss: 'Please return the 5 signed forms.',
  },
  {
    id: 'day-month-name',
    pattern:
      /\b(?:0?[1-9]|[12]\d|3[01])\.?\s?(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|mär(?:z)?|mrz|mar(?:ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?(?!\p{L})/iu,
    hit: 'The crane comes on 3 March.',
    miss: 'Wir brauchen 10 Decken für die Gäste.',
  },
];

const WEEKDAYS_DE = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
const WEEKDAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * A date said as a deadline or a time something is due: "bis Freitag",
 * "spätestens am 5.", "by Friday", "due on the 5th".
 */
export const UNTIL_DATES: FrameBook = {
  de: [
    {
      id: 'bis',
      pattern: 'bis|spätestens|bis+spätestens|fällig|frist',
      hit: 'Die Unterlagen fehlen noch, spätestens Freitag brauchen wir sie.',
      miss: 'Die Unterlagen aus dem Oktober fehlen noch.',
    },
  ],
  en: [
    {
      id: 'by',
      pattern: 'by|until|till|before|due|deadline|no+later+than',
      hit: 'The signed lease is still missing; we need it by Friday.',
      miss: 'Your October receipts are still missing.',
    },
  ],
};

/**
 * A date that labels what a matter is about or since when it lasts, not when
 * anything happens next: "die Belege aus dem Oktober", "seit Dienstag", "your
 * October receipts", "since this morning". The unclear-ask rule reads a date in
 * the sentence that raises a matter as no answer then.
 */
export const LABEL_DATES: FrameBook = {
  de: [
    {
      id: 'aus-dem-oktober',
      pattern: `aus|seit|vom|von|letzten|letzte|letzter|vergangenen|vorigen (dem|der|des) ${MONTHS_DE}|${WEEKDAYS_DE}|heute|gestern|woche|monat|jahr`,
      hit: 'Für die Voranmeldung fehlen noch die Belege aus dem Oktober.',
      miss: 'Für die Voranmeldung brauchen wir die Belege im Oktober.',
    },
  ],
  en: [
    {
      id: 'your-october-receipts',
      pattern: `since|last|the|your|our|this+past (this|last) ${MONTHS_EN}|=May|${WEEKDAYS_EN}|morning|week|month|year`,
      hit: 'We still do not have your October receipts.',
      miss: 'We need the receipts in October.',
    },
  ],
};
