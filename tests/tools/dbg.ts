import { compilePattern, fold, matchAt } from '../../lib/analysis/pattern';
import { tokenize } from '../../lib/analysis/tokenize';

const p = compilePattern('jedes mal|immer dasselbe|das gleiche|derselbe|dieselbe');
const tokens = tokenize('Es ist jedes Mal dasselbe mit diesen Lieferungen.');
const folded = tokens.map((t) => fold(t.text));
console.log(JSON.stringify(p.elements), p.firstKeys);
for (let i = 0; i < tokens.length; i++) console.log(i, tokens[i]?.text, JSON.stringify(matchAt(p, tokens, folded, i)));
