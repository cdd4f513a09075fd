// Run in a fresh process by analyze.bench.ts: the first analyze() after the
// engine's modules load, as after the service worker starts (phrase indexes
// built, lemma tables decoded on first use), then a second call on another
// draft of the same size for contrast (the same text would be read from the
// engine's one-draft cache).
import { analyze } from '../../lib/analysis';
import { draft as text } from './texts';

const draft = `${text('de', 300, 1)}\n\n${text('en', 300, 1)}`;
const other = `${text('de', 300, 2)}\n\n${text('en', 300, 2)}`;
const t0 = performance.now();
analyze(draft);
const first = performance.now() - t0;
const t1 = performance.now();
analyze(other);
const second = performance.now() - t1;
process.stdout.write(JSON.stringify({ first, second }));
