import { readFileSync } from 'node:fs';

/** One sentence per line from tests/fixtures/analysis/<name>.txt. */
export function corpus(name: string): string[] {
  return readFileSync(`tests/fixtures/analysis/${name}.txt`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
