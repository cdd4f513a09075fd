// The words around an English sentiment word that change its valence. The
// boosters, dampeners and negators are VADER's lists (Hutto & Gilbert 2014, MIT;
// re-typed from the vader-sentiment package, see ATTRIBUTION.md), with the few
// additions marked below; the rest was written for this project.
import { BOOST, DAMPEN, type SentimentModifiers, stepsOf } from './types';

export const SENTIMENT_MODIFIERS_EN: SentimentModifiers = {
  boosters: {
    ...stepsOf(
      'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very',
      BOOST,
    ),
    ...stepsOf(
      'almost barely hardly kinda kindof kind-of less little marginally occasionally partly scarcely slightly somewhat sorta sortof sort-of',
      DAMPEN,
    ),
    'just enough': DAMPEN,
    'kind of': DAMPEN,
    'sort of': DAMPEN,
    // Added: in mail "pretty" is nearly always the adverb ("pretty tight"), which
    // VADER's lexicon would score as the adjective (+2.2).
    pretty: BOOST,
    'a bit': DAMPEN,
    'a little': DAMPEN,
  },
  negators: [
    ...'aint arent cannot cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neednt oughtnt shant shouldnt wasnt werent wont wouldnt'.split(
      ' ',
    ),
    // Any word ending in n't negates too (sentiment.ts).
    ...'neither never none nope nor not nothing nowhere uhuh uh-uh without rarely seldom despite'.split(' '),
    // Added: "no" as a determiner ("no problem", "no doubt"); VADER scores it as a word instead (below).
    'no',
  ],
  notNegating: ['only', 'just', 'but'],
  trailingNegators: [],
  clauseBreaks: [],
  contrasts: ['but', 'however', 'though', 'although', 'nevertheless', 'nonetheless'],
  clauseContrasts: [],
  concessives: ['although', 'though', 'while', 'whilst'],
  notContrasting: ['also', 'then'],
  // VADER scores these, but in client mail they carry no feeling of their own:
  // answers and acknowledgements ("yes", "ok") and "no" (a negator here, and at
  // the start of a sentence usually just an answer); "please" (asks have their
  // own cue, and German "bitte" is not scored either); "sure" and "well" mostly
  // in "make sure", "as well"; "interest" and "credit" on invoices; "share" a
  // file or a "shared" folder. "like" is mostly a preposition or "I'd like
  // to" in mail, no liking; German has no one word for both, so scoring it
  // would tilt English drafts warmer than the same German ones.
  // Mail and contract words VADER reads in another sense: an "attachment" (a
  // bond to VADER), "hand" over, the "parties" to a contract, "fit" a part.
  // "later" and "latest" would otherwise reach "late" (below) through their lemma.
  // Invoices and schedules: an "outstanding" amount is unpaid, "certain"
  // documents are some documents, a photo "shoot", to "await" a reply;
  // "clearly" says how much ("differs clearly"), as German "deutlich" does.
  // Contract steps: the "agreed" date, an "agreement", the client's "approval";
  // German "vereinbart", "Vereinbarung", "Freigabe" carry no valence either.
  ignored: [
    'yes',
    'yeah',
    'yep',
    'ok',
    'okay',
    'no',
    'please',
    'sure',
    'well',
    'interest',
    'credit',
    'share',
    'shared',
    'attachment',
    'hand',
    'party',
    'fit',
    'later',
    'latest',
    'like',
    'outstanding',
    'certain',
    'shoot',
    'await',
    'clearly',
    'agreed',
    'agreement',
    'agreements',
    'approval',
    'approved',
  ],
};

/**
 * Words of client-work trouble the VADER lexicon lacks, written for this
 * project on VADER's scale; looked up before it.
 */
export const SENTIMENT_ADDITIONS_EN: Readonly<Record<string, number>> = {
  late: -0.8,
  overdue: -1.0,
  sloppy: -1.9,
  shoddy: -2.2,
  unreliable: -1.7,
  subpar: -1.4,
  botched: -2.0,
  unresponsive: -1.4,
  overcharged: -1.6,
  underwhelming: -1.3,
};

/**
 * VADER entries read on the German lexicon's scale for the trouble of client
 * work (Fehler -1.2, Verzögerung -1.0, Sorge -1.1, leider -0.6): VADER reads
 * these about half a point harsher, and the same mail should read alike in
 * both languages. Looked up before VADER.
 */
export const SENTIMENT_RESCALED_EN: Readonly<Record<string, number>> = {
  problem: -1.0,
  worry: -1.1,
  delay: -1.0,
  error: -1.2,
  mistake: -1.2,
  fault: -1.3,
  damage: -1.5,
  defect: -1.3,
  failure: -1.5,
  trouble: -1.2,
  difficult: -0.8,
  difficulty: -0.9,
  wrong: -1.3,
  unfortunately: -0.6,
  regret: -0.8,
  // Illness is news in client mail ("out sick today"), as German "krank" -1.4.
  sick: -1.4,
  ill: -1.4,
  illness: -1.3,
};
