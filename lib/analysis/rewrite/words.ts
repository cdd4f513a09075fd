// The words rewrites use, per language: what a calmer sentence drops, what it
// says instead, and the next steps it may offer. Folded forms (lower case, ß as ss).
import type { Language } from '../types';

export interface RewriteWords {
  /** Condescending adverbs and particles a rewrite drops: "offensichtlich", "obviously". */
  dismissive: readonly string[];
  /** Urgency a calmer ask replaces with a date to fill in: "sofort", "immediately". */
  urgency: readonly string[];
  /** Words that only sharpen a sentence and go with the stance: "endlich", "wirklich". */
  sharpeners: readonly string[];
  /** Irony particles dropped with sarcastic praise: "also", "ja", "auch mal". */
  irony: readonly string[];
  /** Tails that close off discussion and go: "no exceptions", "period", "Punkt". */
  tails: readonly string[];
  /** Absolutes and what a calmer sentence says instead (folded phrase → replacement). */
  absolutes: ReadonlyArray<readonly [string, string]>;
  /** Lemmas of saying and writing: a clause with one of them may be the "as I said" a rewrite drops. */
  saying: readonly string[];
  /** Verbs of sending (lemmas): "you sent X late" becomes "X reached me late". */
  sending: readonly string[];
}

/** Words an English statement may open with as (part of) its subject: "the", "we", "none" … */
export const EN_SUBJECT_WORDS: ReadonlySet<string> = new Set(
  "i we you he she it they this that's these those there the a an your our my his her their its some most all one two three four five none nobody no nothing everything something every each".split(
    ' ',
  ),
);

/** English prepositions: a phrase they open is no clause ("With all due respect to …", "to every session"). */
export const EN_PREPOSITIONS: ReadonlySet<string> = new Set(
  'with without despite given for to in on at about regarding apart from after before during by of'.split(' '),
);

/** English verbs that open a request in the imperative ("Send me …", "Pay … or …"): a bare imperative is only read from these. */
export const EN_IMPERATIVES: ReadonlySet<string> = new Set(
  'pay send sign transfer renew return submit confirm reply respond decide approve settle provide call book upload tell get make give let check read fill bring stop keep update fix remove add change review forward deliver finish complete arrange schedule contact email phone ring'.split(
    ' ',
  ),
);

/**
 * Words that put a date or a time in a sentence ("bis Freitag", "by noon", "this week", a number; a month alone
 * names a thing as often as a date: "the April balance"): urgency beside
 * one is dropped rather than replaced (demand.ts), and an ask with one gets a timing offer (ultimatum-ask.ts).
 */
export const DATE_WORDS: Record<Language, RegExp> = {
  de: /^(?:\d.*|bis|innerhalb|bevor|heute|morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mittag|abend|woche|monat|monatsende|wochenende|uhr|rechtzeitig|pünktlich)$/,
  en: /^(?:\d.*|by|within|before|until|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|evening|morning|week|month|end|time)$/,
};

export const REWRITE_WORDS: Record<Language, RewriteWords> = {
  de: {
    dismissive: [
      'offensichtlich',
      'offenbar',
      'einfach',
      'natürlich',
      'selbstverständlich',
      'bekanntlich',
      'eigentlich',
      'schlicht',
      'schlichtweg',
      'nun mal',
      'halt',
      'eben',
      'einfach nur',
      'ganz einfach',
      'doch',
      'zum mitschreiben',
      'wie jeder weiss',
      'sogenannt',
      'sogenannte',
      'sogenannter',
      'sogenannten',
      'sogenanntes',
      'sogenanntem',
    ],
    urgency: ['sofort', 'umgehend', 'unverzüglich', 'schnellstmöglich', 'schnellstens', 'asap', 'gefälligst'],
    sharpeners: ['endlich', 'wirklich', 'echt', 'total', 'absolut', 'völlig', 'komplett', 'ehrlich gesagt', 'nun'],
    irony: [
      'also',
      'ja',
      'auch mal',
      'ja auch',
      'natürlich',
      'endlich mal',
      'doch noch',
      'mal eben',
      'überhaupt',
      'bloß',
      'lediglich',
    ],
    tails: [
      'punkt',
      'basta',
      'ohne ausnahme',
      'keine ausnahmen',
      'so einfach ist das',
      'ohne weitere ankündigung',
      'ohne weitere vorwarnung',
    ],
    absolutes: [
      ['immer wieder', 'in letzter Zeit öfter'],
      ['jedes mal', 'in letzter Zeit öfter'],
      ['jedesmal', 'in letzter Zeit öfter'],
      ['ständig', 'in letzter Zeit öfter'],
      ['dauernd', 'in letzter Zeit öfter'],
      ['andauernd', 'in letzter Zeit öfter'],
      ['permanent', 'in letzter Zeit öfter'],
      ['laufend', 'in letzter Zeit öfter'],
      ['immer', 'in letzter Zeit öfter'],
      ['grundsätzlich', 'oft'],
      ['jede woche', 'in letzter Zeit öfter'],
      ['jedes jahr', 'in letzter Zeit öfter'],
      ['jahr für jahr', 'in letzter Zeit öfter'],
      ['jedes quartal', 'in letzter Zeit öfter'],
      ['regelmäßig', 'öfter'],
      ['stets', 'oft'],
      ['prinzipiell', 'oft'],
      ['generell', 'oft'],
      ['notorisch', 'oft'],
      ['ausnahmslos', 'oft'],
      ['wie üblich', ''],
      ['jeden tag', 'in letzter Zeit öfter'],
      ['jeden monat', 'in letzter Zeit öfter'],
      ['schon wieder', ''],
      ['mal wieder', ''],
      ['wieder einmal', ''],
      ['wieder mal', ''],
      ['nie im leben', 'nicht'],
      ['niemals', 'nicht immer'],
      ['nie', 'nicht immer'],
    ],
    saying: [
      'sagen',
      'erwähnen',
      'schreiben',
      'erklären',
      'erläutern',
      'besprechen',
      'ausführen',
      'mitteilen',
      'hinweisen',
      'betonen',
      'formulieren',
      'festhalten',
      'vereinbaren',
      'ankündigen',
      'darlegen',
      'anmerken',
      'vorhersagen',
      'warnen',
      'prophezeien',
      'voraussagen',
    ],
    sending: [
      'schicken',
      'senden',
      'zusenden',
      'zuschicken',
      'übersenden',
      'übermitteln',
      'liefern',
      'zurückschicken',
      'zurücksenden',
      'weiterleiten',
      'einreichen',
      'abgeben',
      'vorlegen',
      'nachreichen',
      'mitbringen',
      'vorbeibringen',
      'mailen',
      'schreiben',
    ],
  },
  en: {
    dismissive: [
      'obviously',
      'clearly',
      'simply',
      'just',
      'of course',
      'as you know',
      'as you should know',
      'as you must know',
      'as you may know',
      'as everyone knows',
      'as anyone can see',
      'basically',
      'frankly',
      'honestly',
      'so-called',
    ],
    urgency: ['immediately', 'asap', 'right away', 'right now', 'at once', 'straight away', 'without delay'],
    sharpeners: ['finally', 'really', 'seriously', 'totally', 'completely', 'absolutely', 'frankly'],
    irony: ['of course', 'as always', 'as usual', 'at all', 'merely', 'even', 'only'],
    tails: [
      'no exceptions',
      'period',
      'full stop',
      "it's that simple",
      'end of discussion',
      'end of story',
      'without further notice',
      'without further warning',
    ],
    absolutes: [
      ['every single time', 'quite often'],
      ['more often than not', 'sometimes'],
      ['time and again', ''],
      ['month after month', ''],
      ['day after day', ''],
      ['as a rule', 'often'],
      ['whenever', 'sometimes when'],
      ['every single year', 'quite often'],
      ['every single session', 'quite often'],
      ['every year', 'quite often'],
      ['every session', 'quite often'],
      ['each time', 'quite often'],
      ['time after time', ''],
      ['week after week', ''],
      ['without fail', ''],
      ['without exception', ''],
      ['like clockwork', ''],
      ['as a matter of principle', ''],
      ['invariably', 'often'],
      ['routinely', 'often'],
      ['forever', 'often'],
      ['only ever', 'mostly'],
      ['every time', 'quite often'],
      ['every single week', 'quite often'],
      ['every week', 'quite often'],
      ['every month', 'quite often'],
      ['every quarter', 'quite often'],
      ['every day', 'quite often'],
      ['all the time', 'quite often'],
      ['again and again', ''],
      ['yet again', ''],
      ['once again', ''],
      ['as usual', ''],
      ['as always', ''],
      ['constantly', 'often'],
      ['continually', 'often'],
      ['continuously', 'often'],
      ['repeatedly', 'more than once'],
      ['always', 'often'],
      ['never', 'not always'],
    ],
    saying: [
      'say',
      'mention',
      'write',
      'explain',
      'discuss',
      'tell',
      'flag',
      'state',
      'note',
      'point',
      'outline',
      'agree',
      'stress',
      'advise',
      'email',
      'remind',
      'predict',
      'warn',
      'raise',
      'foresee',
      'flag',
      'highlight',
      'set',
      'confirm',
    ],
    sending: [
      'send',
      'return',
      'submit',
      'forward',
      'deliver',
      'provide',
      'upload',
      'email',
      'share',
      'hand',
      'file',
      'supply',
      'get',
      'bring',
    ],
  },
};
