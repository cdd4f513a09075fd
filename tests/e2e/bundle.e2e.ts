// Checks on the built extension (runs after `npm run build`, with the e2e tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../lib/analysis/phrases';
import { EXTENSION_DIR } from './harness';

const built = (file: string) => readFileSync(join(EXTENSION_DIR, file));

describe('built extension', () => {
  it('keeps the mail content script within 60 KB gzip (Preact, UI and messaging; the engine runs in the background)', () => {
    const size = gzipSync(built('content-scripts/mail.js'), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(60 * 1024);
  });

  it('ships the phrase data without the examples the data tests use', () => {
    const background = built('background.js').toString('utf8');
    const entry = PHRASES.de['being-right'][0];
    expect(entry).toBeDefined();
    // The pattern is there, its example and near miss are not.
    expect(background).toContain(entry?.pattern.split(' ')[0] ?? '');
    for (const book of [PHRASES.de, PHRASES.en]) {
      for (const entries of Object.values(book)) {
        for (const e of entries.slice(0, 3)) {
          expect(background).not.toContain(e.hit);
          expect(background).not.toContain(e.miss);
        }
      }
    }
  });
});
