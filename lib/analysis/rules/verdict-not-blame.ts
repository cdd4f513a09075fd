// A verdict on the reader's work ("the plan your office drew is sloppy") is
// harsh: a coach underlines the verdict. The same words told again as blame
// would be one problem twice. The blame stays where the verdict is not the
// predicate the sentence ends on ("your messy file cost us two days") or a
// cause is named before it ("the result of your negligence").
import type { RawFinding } from './types';

/** Words that name a cause: a blame sentence holding one says more than its verdict. */
const CAUSE =
  /\b(because|due to|result of|caused|thanks to|weil|wegen|dadurch|daran|durch|verursacht|zurückzuführen|geht auf)\b/iu;

/** A verdict predicated of something: "… ist lückenhaft", "… was vague", "… wirkt billig". */
const COPULA = /\b(ist|sind|war|waren|wirkt|wirken|wirkte|is|are|was|were|looks|seems|reads)\b/iu;

/** Whether blame finding f says nothing the verdict v does not. */
function onlyVerdict(text: string, f: RawFinding, v: RawFinding): boolean {
  if (v.start >= f.end || f.start >= v.end || Math.abs(v.end - f.end) > 1) return false;
  const before = text.slice(f.start, Math.max(f.start, v.cue?.start ?? v.start));
  return COPULA.test(before) && !CAUSE.test(before);
}

/** The findings without blame that only repeats a harsh verdict on the same words. */
export function withoutRetoldBlame(text: string, findings: RawFinding[]): RawFinding[] {
  const verdicts = findings.filter((f) => f.category === 'harsh');
  if (verdicts.length === 0) return findings;
  return findings.filter((f) => f.category !== 'blame' || !verdicts.some((v) => onlyVerdict(text, f, v)));
}
