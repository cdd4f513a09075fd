// npm run build:stance-words: fits lib/analysis/lexicon/stance-words.json,
// the lemma weights of the gauges' stance-words model, on the probe sentences
// and every written mail (tests/tools/stance-words-fit.ts). Deterministic.
import { writeFileSync } from 'node:fs';
import { fitStanceWords, packStanceWeights } from './stance-words-fit';

const OUT = 'lib/analysis/lexicon/stance-words.json';
const model = fitStanceWords(
  () => true,
  (line) => process.stderr.write(`${line}\n`),
);
writeFileSync(OUT, `${JSON.stringify(packStanceWeights(model), null, 2)}\n`);
process.stderr.write(`wrote ${OUT}\n`);
