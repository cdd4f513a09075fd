import { analyze } from '../../lib/analysis';
import { draft } from '../bench/texts';

const texts = [0, 1, 2, 3].map((i) => draft('en', 30000, 17 + i * 31));
for (let i = 0; i < 20; i++) analyze(texts[i % 4] as string);
const t0 = performance.now();
for (let i = 0; i < 40; i++) analyze(texts[i % 4] as string);
console.log('avg ms', (performance.now() - t0) / 40);
