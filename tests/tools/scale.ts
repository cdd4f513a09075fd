import { analyze } from '../../lib/analysis';
import { segment } from '../../lib/analysis/segment';
import { draft } from '../bench/texts';

for (const size of [3000, 30000]) {
  const texts = [0, 1, 2, 3].map((i) => draft('en', size, 17 + i * 31));
  const reps = size === 3000 ? 400 : 40;
  const run = (name: string, f: (t: string) => unknown) => {
    for (let i = 0; i < reps / 4; i++) f(texts[i % 4] as string);
    const a = performance.now();
    for (let i = 0; i < reps; i++) f(texts[i % 4] as string);
    console.log(size, name, ((performance.now() - a) / reps).toFixed(3));
  };
  run('segment', segment);
  run('analyze', analyze);
}
