// Prints one line, "N passed, N failed", summed over the vitest JSON reports
// that the test command left in .reports/ (unit and e2e).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const file = `.reports/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
