// analyze() and then the rewrites of every finding, as the sidebar would ask
// for them: for tools and tests that look at both at once.
import { type Analysis, type AnalyzeOptions, analyze, rewriteFindings } from '../../../lib/analysis';

export function analyzeWithRewrites(text: string, options: AnalyzeOptions = {}): Analysis {
  const analysis = analyze(text, options);
  const rewrites = rewriteFindings(
    text,
    options,
    analysis.findings.map((_, i) => i),
  );
  analysis.findings.forEach((f, i) => {
    const found = rewrites[i];
    if (found && found.length > 0) f.rewrites = found;
  });
  return analysis;
}
