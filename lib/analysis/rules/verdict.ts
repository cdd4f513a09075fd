// Verdicts on the reader or their work: a negative evaluative word from the
// lexicon (../lexicon/verdicts.*.ts) predicated of the reader, their work, or
// "das/this/it" pointing back at it: "Ihr Konzept ist unausgegoren", "Das ist
// weder machbar noch sinnvoll", "What you sent is a mess".
//
// How hard the word judges (its degree, raised by "völlig"/"utterly" or a list
// of verdicts, lowered by "etwas"/"a bit") and whom it is about decide:
// degree 3 is a finding about anyone's work but the writer's own; degree 2 only
// about the reader, their work or a pointer back at it; degree 1 never alone.
// Denied ("keineswegs unprofessionell", "not bad"), asked, supposed ("falls …
// unbrauchbar", "that would be a mess"), reported ("laut Gutachten …"), kind
// ("das ist ja furchtbar, gute Besserung") or about the weather, the traffic or
// the week, a verdict is no finding.
//
// No parser: the clause (between , ; : – and brackets) is read left to right
// for the first word that names whom it is about.
import { type Doc, inQuotes, type SentenceView } from '../document';
import { LEXICONS } from '../lexicon';
import { fold } from '../pattern';
import type { Token } from '../tokenize';
import type { RawFinding, Rule } from './types';
import { clauseOf, nextWord } from './verdict-clause';
import { extentOf } from './verdict-extent';
import { groupsOf, type Hit, hitsOf } from './verdict-hits';
import { type Compiled, compile } from './verdict-lookup';
import { aboutExternal, aboutWork, focusOf, headingOf, type Target, targetOf } from './verdict-target';

export type { VerdictWord } from './verdict-lookup';
export type { Target };
export { LEXICONS };

const OPEN_QUOTE = /[„“"‚‘«»]$/;
const CLOSE_QUOTE = /^[“”"‘’«»]/;

/** Whether a sentence (in its own language) is kind: "gute Besserung", "sorry to hear". */
function hasSympathy(sentence: SentenceView | undefined): boolean {
  if (!sentence) return false;
  let found = false;
  compile(sentence.language).sympathy.forEachMatch(sentence.tokens, () => {
    found = true;
  });
  return found;
}

/** "Die Renovierung war chaotisch, aber das Ergebnis ist wunderschön": praise after it turns a hardship into a story. */
function praisedAfter(sentence: SentenceView, last: number): boolean {
  return sentence.signals.praise.some((i) => i > last);
}

/**
 * Whether the verdict is posed, not passed: a question, a condition, a
 * supposition, someone else's report. `degree` is the words' own, before
 * "so"/"völlig": an intensified question is still a question.
 */
function posed(c: Compiled, sentence: SentenceView, group: Hit[], degree: number, target: Target): boolean {
  const { tokens } = sentence;
  const first = (group[0] as Hit).first;
  const [start] = clauseOf(tokens, first);
  const question = tokens.some((t, i) => i > first && !t.word && t.text.includes('?'));
  if (question && degree <= 2) return true;
  if (degree <= 2) {
    for (let k = start; k < first; k++) {
      if (c.conditions.startingAt(tokens, k) > 0 || c.hypothetical.has(tokens[k])) return true;
    }
  }
  // "laut Gutachten", "the report calls it …"; but "the report is sloppy" judges the report itself.
  if (target !== 'reader' && tokens.some((t, k) => c.reported.has(t) && !c.copulas.has(tokens[nextWord(tokens, k)])))
    return true;
  // Quoted: „unbrauchbar“, "useless" — someone's word, or irony, not the writer's verdict.
  const open = tokens[(group[0] as Hit).first - 1];
  const close = tokens[(group[group.length - 1] as Hit).last + 1];
  if (open && !open.word && OPEN_QUOTE.test(open.text) && close && !close.word && CLOSE_QUOTE.test(close.text))
    return true;
  return false;
}

/**
 * Whether the verdict, of this degree about this target, is a finding. `focus`:
 * whose work the sentences before were about; "readerWork" when they named it.
 * `work`: the verdict's clause names work ("the conclusions").
 */
export function judges(
  degree: number,
  target: Target,
  focus: 'reader' | 'self' | 'readerWork' | null,
  work = false,
): boolean {
  if (target === 'reader') return degree >= 2;
  if (target === 'pointer') return degree >= 2 && focus !== 'self';
  if (target === 'other')
    // "Die Übersetzung ist unbrauchbar": work named in the clause is someone's, and in a
    // client mail not the writer's unless the sentences before claim it.
    return degree >= 3 || (degree >= 2 && (focus === 'readerWork' || (work && focus !== 'self')));
  return false;
}

export interface VerdictFound {
  /** Token indexes of the verdict words in their sentence. */
  first: number;
  last: number;
  lemmas: string[];
  degree: number;
  target: Target;
  /** Whether it is a finding: degree and target judge, and nothing poses, softens or quotes it. */
  finding: boolean;
  /** Text offsets the finding would cover. */
  start: number;
  end: number;
}

/** The verdicts of one sentence, findings or not: the rule's reading, for it and for tests. */
export function verdictsIn(doc: Doc, index: number): VerdictFound[] {
  const sentence = doc.sentences[index] as SentenceView;
  const c = compile(sentence.language);
  const { tokens } = sentence;
  const hits = hitsOf(c, sentence);
  if (hits.length === 0) return [];
  const out: VerdictFound[] = [];
  // What the sentences before are about, and kindness around: worked out once, when first needed.
  let focus: 'reader' | 'self' | 'readerWork' | null | undefined;
  const focusNow = () => {
    focus ??=
      headingOf(c, sentence) ??
      [doc.sentences[index - 1], doc.sentences[index - 2]].map((s) => (s ? focusOf(c, s) : null)).find((f) => f) ??
      null;
    return focus;
  };
  let kind: { here: boolean; nearby: boolean } | undefined;
  const kindNow = () => {
    kind ??= {
      here: hasSympathy(sentence),
      nearby: hasSympathy(doc.sentences[index - 1]) || hasSympathy(doc.sentences[index + 1]),
    };
    return kind;
  };
  for (const group of groupsOf(c, tokens, hits)) {
    const strongest = Math.max(...group.map((h) => h.degree));
    const degree = Math.min(3, group.length > 1 ? Math.max(strongest, 2) : strongest);
    let target = targetOf(c, sentence, group);
    // "Was für eine Woche! … Das war chaotisch.": the pointer points at the week.
    if (target === 'pointer' && aboutExternal(c, [doc.sentences[index - 1], doc.sentences[index - 2]]))
      target = 'external';
    const [from, to] = extentOf(c, tokens, group);
    const start = (tokens[from] as Token).start;
    const finding =
      judges(
        degree,
        target,
        target === 'reader' ? null : focusNow(),
        target === 'other' && aboutWork(c, sentence, (group[0] as Hit).first),
      ) &&
      !posed(c, sentence, group, Math.max(...group.map((h) => h.word.degree)), target) &&
      !kindNow().here &&
      !(target !== 'reader' && praisedAfter(sentence, (group[group.length - 1] as Hit).last)) &&
      !(kindNow().nearby && target !== 'reader') &&
      !inQuotes(doc, start) &&
      // „Sie schrieben, Sie seien ‚völlig überfordert‘“: the verdict word quoted is someone else's.
      !group.some((h) => inQuotes(doc, (tokens[h.first] as Token).start));
    out.push({
      first: (group[0] as Hit).first,
      last: (group[group.length - 1] as Hit).last,
      lemmas: group.map((h) => h.word.lemma),
      degree,
      target,
      finding,
      start,
      end: (tokens[to] as Token).end,
    });
  }
  return out;
}

/** A lexicon entry as a rule id: "@wirken (sehr) billig" → "wirken-billig", "not fit for|to" → "not-fit-for". */
export function slug(lemma: string): string {
  return fold(lemma)
    .split(/\s+/)
    .filter((part) => !part.startsWith('(') && !part.startsWith('~'))
    .map((part) => (part.split('|')[0] as string).replace(/^[@=]/, '').replace(/\+/g, '-'))
    .join('-')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export const verdict: Rule = {
  id: 'verdict',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    doc.sentences.forEach((sentence, index) => {
      for (const v of verdictsIn(doc, index)) {
        if (!v.finding) continue;
        const cue = {
          start: (sentence.tokens[v.first] as Token).start,
          end: (sentence.tokens[v.last] as Token).end,
        };
        findings.push({
          ruleId: `${sentence.language}/harsh/verdict-${slug(v.lemmas[0] ?? '')}`,
          category: 'harsh',
          start: v.start,
          end: v.end,
          suggestions: [],
          cue,
          ownExtent: true,
          weight: v.degree >= 3 ? 1.5 : 1,
        });
      }
    });
    return findings;
  },
};
