// Being right (principle 4): the writer points back at their own earlier
// warning, advice or prediction, so the reader hears "I told you so". The
// words per language are in ./being-right.{de,en}.ts; rules/being-right.ts
// reads one sentence at a time with them.
import type { FrameBook, FrameEntry } from '../rules/frames';
import type { Language } from '../types';
import { BEING_RIGHT_DE } from './being-right.de';
import { BEING_RIGHT_EN } from './being-right.en';

/** A verb of two words: "point out", "aufmerksam machen". */
export interface PhrasalAct {
  lemma: string;
  /** One of these words stands within two words after the verb (English) or before it (German). */
  with: readonly string[];
}

export interface BeingRightData {
  /** Lemmas of warning, advising, predicting and flagging. */
  warn: readonly string[];
  /** Of those, the ones that need no reader: a warning or prediction with a "when" is already a reproach. */
  foretold: readonly string[];
  /** Lemmas of saying, writing and explaining. */
  say: readonly string[];
  /** Verbs that only refer back inside an as-frame ("as noted in our proposal"): alone they are bookkeeping ("I've noted the date"). */
  framed: readonly string[];
  /** Neutral verbs (ask, agree, discuss) that reproach only with a stress word: an emphatic "did", "ja", a recall. */
  plain: readonly string[];
  phrasal: readonly PhrasalAct[];
  /** Nouns of danger as the verb's object ("raised the risk", "das Risiko angesprochen"): the act was a warning. */
  danger: readonly string[];
  /** Past forms the lemma table reads as something else, or strong preterites ("schrieb", "put"). */
  pastForms: readonly string[];
  /** The writer as the one who said it. */
  self: readonly string[];
  /** Auxiliaries that make a participle past ("habe … gesagt", "had mentioned"). */
  aux: readonly string[];
  /** The reader as the one told. */
  reader: readonly string[];
  /** Someone else told ("the team", "ihm"): news passed on, not a reminder to the reader. */
  others: readonly string[];
  /** Words that make a point of when or how clearly it was said: each alone is enough. */
  strong: readonly FrameEntry[];
  /** Words that only say it was earlier ("schon", "already", "im März"): enough with the reader or an as-frame. */
  weak: readonly FrameEntry[];
  /** "wie ich …", "as I …", "like we …": the clause refers back to what the writer said. */
  asFrame: readonly FrameEntry[];
  /** The writer owning a miss ("I should have flagged", "Ich hätte … müssen", "sorry"). */
  owning: readonly FrameEntry[];
  /** Handing information over ("anbei", "here is"): a back-reference that only locates it ("ich hatte geschrieben …; hier die Adresse"). */
  handover: readonly FrameEntry[];
  /** Reassurance or good news in the sentence: the back-reference is kind ("as I said, no rush"). */
  kind: readonly FrameEntry[];
  /** Sayings that the outcome was foreseeable ("war absehbar", "doesn't surprise me"): being right unless kind. */
  foreseen: readonly FrameEntry[];
  /** "Zur Klarstellung:", "for the record": the whole sentence after it insists, unless it only hands over information. */
  record: readonly FrameEntry[];
  /** A counterfactual crediting the writer's offer or advice ("Had you gone with our quote, …"): being right unless kind. */
  credit: readonly FrameEntry[];
}

export const BEING_RIGHT: Record<Language, BeingRightData> = { de: BEING_RIGHT_DE, en: BEING_RIGHT_EN };

type FrameKey = 'strong' | 'weak' | 'asFrame' | 'owning' | 'handover' | 'kind' | 'foreseen' | 'record' | 'credit';

export function beingRightBook(key: FrameKey): FrameBook {
  return { de: BEING_RIGHT.de[key], en: BEING_RIGHT.en[key] };
}
