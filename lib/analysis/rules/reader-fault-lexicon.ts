// The reader-fault lexicon compiled once per language: the word lists of
// ../constructions/reader-fault.{de,en}.ts as Words, its frames as FrameMatchers.
import { READER_FAULT_DE } from '../constructions/reader-fault.de';
import { READER_FAULT_EN } from '../constructions/reader-fault.en';
import type { ReaderFaultLexicon } from '../constructions/reader-fault.types';
import { lemmaInfo } from '../lemmas';
import { CLASSES } from '../phrases/classes';
import { valenceOf } from '../sentiment';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { FrameMatcher } from './frames';

/** A word list with exact-case words ("=Sie"), prefixes ("kolleg*") and suffixes ("*abteilung"). */
export class Words {
  private readonly exact = new Set<string>();
  private readonly plain = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly suffixes: string[] = [];
  private readonly seen = new Map<string, boolean>();

  constructor(list: readonly string[]) {
    for (const w of list) {
      if (w.startsWith('=')) this.exact.add(w.slice(1));
      else if (w.endsWith('*')) this.prefixes.push(w.slice(0, -1));
      else if (w.startsWith('*')) this.suffixes.push(w.slice(1));
      else this.plain.add(w);
    }
  }

  has(token: Token | undefined): boolean {
    if (!token?.word) return false;
    if (this.exact.size > 0 && this.exact.has(token.text)) return true;
    return this.hasFolded(token.folded);
  }

  hasFolded(folded: string): boolean {
    if (this.plain.has(folded)) return true;
    if (this.prefixes.length + this.suffixes.length === 0) return false;
    // The prefix and suffix lists are long (agent nouns, compounds): remember each word's answer.
    let known = this.seen.get(folded);
    if (known === undefined) {
      known =
        this.prefixes.some((p) => folded.startsWith(p)) ||
        this.suffixes.some((s) => folded.length > s.length && folded.endsWith(s));
      if (this.seen.size > 20_000) this.seen.clear();
      this.seen.set(folded, known);
    }
    return known;
  }
}

export interface Lexicon {
  markers: Words;
  subjects: Words;
  possessives: Words;
  agentNouns: Words;
  someone: Words;
  negatedSomeone: Words;
  someoneJoins: Words;
  singularFinite: Words;
  finite: Words;
  subordinators: Words;
  relatives: Words;
  conditions: Words;
  others: Words;
  self: Words;
  personNouns: Words;
  personVerbs: Words;
  negations: Words;
  completions: Words;
  faults: Words;
  wrong: Words;
  instead: { words: Words; deeds: Words };
  modals: Words;
  receiving: Words;
  problems: Words;
  faulty: Words;
  credits: Words;
  despite: Words;
  reassured: Words;
  warnings: Words;
  particles: Words;
  subjectNext: Words;
  objectBefore: Words;
  functionWords: Words;
  mainVerbs: Words;
  sameFormParticiples: Words;
  otherAgents: Words;
  sides: FrameMatcher;
  lateness: FrameMatcher;
  faultPhrases: FrameMatcher;
  counterfactual: FrameMatcher;
  causes: FrameMatcher;
  clearing: FrameMatcher;
  thanks: FrameMatcher;
  consequences: FrameMatcher;
  habits: FrameMatcher;
  outcomes: FrameMatcher;
  outcomeDamage: Words;
  habitual: Words;
  faultAt: FrameMatcher;
  lateFrom: FrameMatcher;
  notSent: FrameMatcher;
  avoidable: FrameMatcher;
  requested: Words;
  undone: Words;
  harms: FrameMatcher;
  before: Words;
  unready: Words;
  wishes: Words;
  thanksOpen: Words;
  thankedThat: Words;
  repairs: Words;
}

function build(raw: ReaderFaultLexicon, language: Language): Lexicon {
  const frames = (name: string, entries: ReaderFaultLexicon['sides']) =>
    new FrameMatcher(`reader-fault ${name}`, { de: [], en: [], [language]: entries });
  return {
    markers: new Words(raw.markers),
    subjects: new Words(raw.subjects),
    possessives: new Words(raw.possessives),
    agentNouns: new Words(raw.agentNouns),
    someone: new Words(raw.someone),
    negatedSomeone: new Words(raw.negatedSomeone),
    someoneJoins: new Words(raw.someoneJoins),
    singularFinite: new Words(raw.singularFinite),
    finite: new Words(raw.finite),
    subordinators: new Words(raw.subordinators),
    relatives: new Words(raw.relatives),
    conditions: new Words(raw.conditions),
    others: new Words(raw.others),
    self: new Words(CLASSES[language].self.words),
    personNouns: new Words(raw.personNouns),
    personVerbs: new Words(raw.personVerbs),
    negations: new Words(raw.negations),
    completions: new Words(raw.completions),
    faults: new Words(raw.faults),
    wrong: new Words(raw.wrong),
    instead: { words: new Words(raw.instead.words), deeds: new Words(raw.instead.deeds) },
    modals: new Words(raw.modals),
    receiving: new Words(raw.receiving),
    problems: new Words(raw.problems),
    faulty: new Words(raw.faulty),
    credits: new Words(raw.credits),
    despite: new Words(raw.despite),
    reassured: new Words(raw.reassured),
    warnings: new Words(raw.warnings),
    particles: new Words(raw.between),
    subjectNext: new Words(raw.subjectNext),
    objectBefore: new Words(raw.objectBefore),
    functionWords: new Words(raw.functionWords),
    mainVerbs: new Words(raw.mainVerbs),
    sameFormParticiples: new Words(raw.sameFormParticiples),
    otherAgents: new Words(raw.otherAgents),
    sides: frames('sides', raw.sides),
    lateness: frames('lateness', raw.lateness),
    faultPhrases: frames('fault phrases', raw.faultPhrases),
    counterfactual: frames('counterfactual', raw.counterfactual),
    causes: frames('causes', raw.causes),
    clearing: frames('clearing', raw.clearing),
    thanks: frames('thanks', raw.thanks),
    consequences: frames('consequences', raw.consequences),
    habits: frames('habits', raw.habits),
    outcomes: frames('outcomes', raw.outcomes),
    outcomeDamage: new Words(raw.outcomeDamage),
    habitual: new Words(raw.habitual),
    faultAt: frames('fault at', raw.faultAt),
    lateFrom: frames('late from', raw.lateFrom),
    notSent: frames('not sent', raw.notSent),
    avoidable: frames('avoidable', raw.avoidable),
    requested: new Words(raw.requested),
    undone: new Words(raw.undone),
    harms: frames('harms', raw.harms),
    before: new Words(raw.before),
    unready: new Words(raw.unready),
    wishes: new Words(raw.wishes),
    thanksOpen: new Words(raw.thanksOpen),
    thankedThat: new Words(raw.thankedThat),
    repairs: new Words(raw.repairs),
  };
}

const LEXICA: Partial<Record<Language, Lexicon>> = {};
export function lexicon(language: Language): Lexicon {
  LEXICA[language] ??= build(language === 'de' ? READER_FAULT_DE : READER_FAULT_EN, language);
  return LEXICA[language] as Lexicon;
}

export function lemmaOfToken(token: Token, language: Language): string {
  return (token.lemma ?? lemmaInfo(token.info as NonNullable<Token['info']>, language)).folded;
}

export function hasWord(tokens: readonly Token[], from: number, to: number, words: Words): boolean {
  for (let k = from; k <= to; k++) if (words.has(tokens[k])) return true;
  return false;
}

/**
 * Whether the token at k is a wrong-word of the lexicon, read in its place: "doppelt" is a duplicate, unless
 * more of something good follows ("wird sich doppelt freuen", "doppelt so schön").
 */
export function wrongAt(lex: Lexicon, tokens: readonly Token[], k: number, language: Language): boolean {
  const t = tokens[k] as Token;
  if (!lex.wrong.has(t)) return false;
  if (t.folded !== 'doppelt') return true;
  const next = tokens[k + 1];
  return !(next?.folded === 'so' || (next?.info ? valenceOf(next.info, language) > 0 : false));
}
