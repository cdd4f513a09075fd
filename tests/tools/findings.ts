// npm run findings -- FILE [FILE…]: one line per finding (category, rule, the words it covers); mails in a file are separated by two blank lines.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis';

for (const file of process.argv.slice(2)) {
  for (const mail of readFileSync(file, 'utf8').split(/\n{3,}/)) {
    if (!mail.trim()) continue;
    const analysis = analyze(mail);
    process.stdout.write(`— ${mail.trim().split('\n')[0]} (tension ${analysis.scores.tension})\n`);
    for (const f of analysis.findings)
      process.stdout.write(
        `  ${f.category.padEnd(21)} ${f.ruleId.padEnd(24)} ${JSON.stringify(mail.slice(f.start, f.end))}\n`,
      );
  }
}
