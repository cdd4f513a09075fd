import type { Finding } from '../../../lib/analysis';

/** The text with one suggestion applied at the finding's range. */
export function apply(text: string, finding: Finding, suggestion: string): string {
  return text.slice(0, finding.start) + suggestion + text.slice(finding.end);
}
