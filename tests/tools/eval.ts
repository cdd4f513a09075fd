// npm run eval: the engine measured honestly. First the client-mail dev set on
// its frozen tuning and held-out halves (misses listed for the tuning half
// only), then corpora judged by people outside this project. `-- --summary`
// leaves out the list of misses; `-- --rewrites` lists the rewrites of the
// acceptance corpus's tuning rows. Tune only on the tuning half: the project is
// also measured on mail it never sees.
import { existsSync } from 'node:fs';
import { reportClientMail } from './eval/client-mail';
import { reportPublicCorpora } from './eval/public-corpora';
import { reportRewrites } from './eval/rewrites';

const DIR = process.env.RAPPORT_EVAL_DIR ?? '../shared/eval';
if (!existsSync(`${DIR}/client-mail-dev.jsonl`)) {
  process.stderr.write(`eval data not found in ${DIR} (set RAPPORT_EVAL_DIR)\n`);
  process.exit(1);
}
const out = (line: string) => process.stdout.write(`${line}\n`);
reportClientMail(DIR, out, !process.argv.includes('--summary'));
out('\nPublic corpora (tension AUC; benign texts with any finding)');
reportPublicCorpora(DIR, out);
reportRewrites(out, process.argv.includes('--rewrites'));
