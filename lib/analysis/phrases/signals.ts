// Words and phrases that are not findings but feed the structural rules and
// the scores: thanks and acknowledgement, requests and next steps, deadlines
// and dates; the politeness strategies (politeness.ts) and the tone words
// (tone.ts). Pattern syntax:
// ../pattern.ts.
import { PRAISE_WORDS } from '../rules/praise-words';
import type { Language } from '../types';
import { POLITENESS, POLITENESS_KINDS, type PolitenessEntry, type PolitenessKind } from './politeness';
import { TONE, TONE_KINDS, type ToneKind } from './tone';

/** A pattern, or one with words that cancel it when they follow the match. */
export type SignalPattern = string | { pattern: string; unlessAfter: readonly string[] };

/** The politeness strategies, one signal each. */
export type PolitenessSignals = Record<PolitenessKind, readonly SignalPattern[]>;
/** Repetition, urgency and intensifiers (tone.ts), one signal each. */
export type ToneSignals = Record<ToneKind, readonly SignalPattern[]>;

interface BaseSignals {
  /** Thanks and acknowledgement: warmth that counts for appreciation. */
  appreciation: readonly string[];
  /** A request, question or stated next step: the reader knows what to do. */
  ask: readonly string[];
  /** Talk of deadlines: a request should then carry a date. */
  deadline: readonly string[];
  /** Concrete dates and times. */
  date: readonly string[];
  /** Praise or thanks that "but" can take back. */
  praise: readonly string[];
  /** The formal and the familiar address (German). */
  formal: readonly string[];
  familiar: readonly string[];
  /**
   * Edge: directness that is not a finding on its own but raises tension a
   * little (accusatory why-questions, "what is your …", "in fact").
   */
  edge: readonly string[];
  /** Softeners: please, indirect requests, apologies; they lower tension a little. */
  softener: readonly string[];
}

export type Signals = BaseSignals & PolitenessSignals & ToneSignals;

const BASE: Record<Language, BaseSignals> = {
  de: {
    appreciation: [
      'danke*',
      'dank',
      'bedanke*',
      // "Ich schätze, es dauert zwei Wochen" estimates; "Ich schätze Ihre Arbeit" appreciates.
      'schätze|schätzen =Sie|=Ihre|=Ihren|=Ihr|=Ihnen|dich|deine|deinen|dein|euch|eure|euren|es|das|sehr',
      'wertschätz*',
      'freue* (mich|uns)',
      'gefreut',
      'toll',
      'großartig',
      'super',
      'hervorragend',
      'gelungen*',
      'dankbar',
      'anerkennung',
      'respekt',
      // "Meine Geduld ist am Ende" is no thanks.
      'für|=Ihre|deine|eure geduld|verständnis',
      'hilfreich*',
      'prima',
      'wunderbar*',
      'klasse',
      'gute arbeit',
      'sie haben recht',
      'verstehe*',
      'nachvollziehbar',
      'schön',
      'gerne|gern',
    ],
    ask: [
      'bitte',
      'könnten|können|würden|wären|hätten =Sie',
      'könntest|kannst|würdest|hättest du',
      'lassen =Sie mich|uns ~2 wissen',
      'geben =Sie ~3 bescheid',
      'gib ~3 bescheid',
      'ich bitte',
      'wir bitten',
      'ich schlage vor',
      'wir schlagen vor',
      'nächste* schritt*',
      'ich melde mich',
      'wir melden uns',
      'ich schicke|sende|rufe|kümmere|prüfe|kläre',
      'wir schicken|senden|rufen|kümmern|prüfen|klären',
      'ich werde',
      'wir werden',
      'freue* mich auf',
      'termin',
      'rückmeldung',
      'passt|passen ~3 ?',
      'einverstanden',
      'wäre es möglich',
      'ist es möglich',
      'ich brauche',
      'wir brauchen',
    ],
    deadline: ['frist*', 'deadline*', 'spätestens', 'fällig*', 'abgabetermin*', 'stichtag*', 'dringend', 'eilig'],
    date: [
      'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
      'heute',
      'morgen',
      'übermorgen',
      'nächste*|kommende* woche|monat',
      'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember',
      'uhr',
      'ende (der|des) woche|monats',
      'kw',
    ],
    praise: [
      'danke*',
      'dank',
      'vielen dank',
      'toll',
      'super',
      'gut',
      'schön',
      'prima',
      'großartig',
      'gelungen',
      'lob',
      'klasse',
      'perfekt',
      'durchdacht',
      'hilfreich',
      'hervorragend',
      'überzeugend',
      'beeindruckend',
      'ausgezeichnet',
      'vorbildlich',
      'gefällt|gefallen mir|uns',
      // Praise of work and manner as clients write it, beyond the stock words.
      'gründlich|sauber|pünktlich|freundlich|kompetent|professionell|wertvoll|inspirierend|hübsch|wunderschön|einwandfrei|zufrieden|kreativ|ansprechend|solide|zuverlässig|engagiert',
      'gute|guter|gutes|schöne|schöner|schönes|tolle|toller|tolles|super',
      'schätze|schätzen =Ihre|=Ihren|=Ihr|deine|deinen|dein|eure|euren',
      'mühe gegeben',
      ...PRAISE_WORDS.de.map((e) => e.pattern),
    ],
    formal: ['=Sie', '=Ihnen', '=Ihr', '=Ihre', '=Ihren', '=Ihrem', '=Ihrer', '=Ihres'],
    edge: [
      'warum|wieso|weshalb',
      'wirklich ~3 ?',
      'sogar',
      '^was ~2 =Sie|du ~3 ?',
      'überhaupt',
      'tatsächlich',
      'ernsthaft',
      '^wozu',
      'doch ~2 klar|logisch',
      '?+!|!+?',
      'selber|selbst schuld',
      // Contempt that is not aimed at the reader can still raise the temperature.
      'pack|gesindel|abschaum|pöbel|dreck*|drecks*|ekelhaft*|widerlich*|pervers*|verlogen*|verkommen*|korrupt*|heuchl*',
      'schmarotzer*|hetze|hetzer*|kotz*|schnauze|fresse|verbrecher*|ganove*|lächerlich*|erbärmlich*|armselig*|primitiv*',
      'ohne+hirn|keine+ahnung|hirnlos*|hohl|jämmerlich*',
    ],
    softener: [
      'bitte',
      'könnten|würden|wären =Sie',
      'könntest|würdest du',
      'entschuldig*',
      'tut mir leid',
      'verzeih*',
      'gern|gerne',
      'freundlich*',
    ],
    familiar: [
      'du',
      'dich',
      'dir',
      'dein',
      'deine',
      'deinen',
      'deinem',
      'deiner',
      'deines',
      'euch',
      'euer',
      'eure',
      'euren',
    ],
  },
  en: {
    appreciation: [
      'thank*',
      'thanks',
      'appreciat*',
      // "I valued how candid you were"; "the value of the contract" says nothing about the reader.
      'i|we (really|truly|always) value|valued',
      'grateful',
      'great',
      'glad',
      'happy to',
      'pleasure',
      'wonderful',
      'excellent',
      'helpful',
      'kind of you',
      'well done',
      'good work',
      'nice work',
      'you are right',
      "you're right",
      'i|we (fully|completely|totally|really|do|can) understand',
      'understandable',
      'patience',
      'love',
      'impressed',
      'valuable',
      'fantastic',
      'brilliant',
    ],
    ask: [
      'please',
      'could|can|would|will you',
      'let me|us know',
      'i suggest',
      'we suggest',
      'i propose',
      'next step*',
      "i'll",
      'i will',
      "we'll",
      'we will',
      'looking forward',
      'are you available',
      // "Does Tuesday work for you?"; not "the lock does not work".
      '^does ~3 work',
      'do you',
      'is it possible',
      'i need',
      'we need',
      'i would like',
      "i'd like",
      'how about',
      'shall we',
    ],
    deadline: ['deadline*', 'due', 'latest', 'urgent*', 'asap', 'cut-off', 'by the end'],
    date: [
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      'today',
      'tomorrow',
      'tonight',
      'next week|month',
      // The month with its capital: "may" is a modal verb.
      'january|february|march|april|=May|june|july|august|september|october|november|december',
      'am|pm',
      "o'clock",
      'eod|cob',
      'end of (the) week|month|day',
    ],
    praise: [
      'thank*',
      'thanks',
      'great',
      'good',
      'nice',
      'excellent',
      'appreciate*',
      'love',
      'well done',
      'perfect',
      'brilliant',
      'helpful',
      'impressive',
      'wonderful',
      'fantastic',
      'outstanding',
      'superb',
      // Praise of work and manner as clients write it, beyond the stock words.
      'thorough|polished|beautiful|lovely|inspiring|valuable|friendly|punctual|nicely|perfectly|solid|creative|elegant|stunning|useful|clever|insightful',
      'well+written|well-written|well+done|well+designed|well+organised|well+organized|went+well',
      'i|we value|enjoyed|liked',
      'happy|pleased with',
      'worked hard',
      ...PRAISE_WORDS.en.map((e) => e.pattern),
    ],
    formal: [],
    familiar: [],
    edge: [
      'why|how+come',
      'really',
      '^what ~3 you|your',
      '^you',
      'in+fact',
      'actually',
      'seriously',
      '^so',
      'even',
      'anyway',
      '?+!|!+?',
      'hate|disgusting|pathetic|stupid|idiot*|moron*|liar*|dumb|crap|damn|ridiculous|lame|garbage|rubbish|clueless',
    ],
    softener: [
      'please',
      'could|would you',
      'sorry',
      'apologi*',
      'kindly',
      'hi|hello|dear|hey',
      'appreciate',
      'wondering',
      'perhaps',
      'maybe',
    ],
  },
};

function signalPattern(entry: PolitenessEntry): SignalPattern {
  return entry.unlessAfter ? { pattern: entry.pattern, unlessAfter: entry.unlessAfter } : entry.pattern;
}

function politenessSignals(language: Language): PolitenessSignals {
  const signals = {} as Record<PolitenessKind, readonly SignalPattern[]>;
  for (const kind of POLITENESS_KINDS) signals[kind] = POLITENESS[language][kind].map(signalPattern);
  return signals;
}

function toneSignals(language: Language): ToneSignals {
  const signals = {} as Record<ToneKind, readonly SignalPattern[]>;
  for (const kind of TONE_KINDS) signals[kind] = TONE[language][kind].map(signalPattern);
  return signals;
}

export const SIGNALS: Record<Language, Signals> = {
  de: { ...BASE.de, ...politenessSignals('de'), ...toneSignals('de') },
  en: { ...BASE.en, ...politenessSignals('en'), ...toneSignals('en') },
};
