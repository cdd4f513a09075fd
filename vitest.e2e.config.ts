import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium. One browser per test
// file; files run one at a time on a 2-core machine.
export default defineConfig({
  test: {
    // The JSON report feeds the closing summary line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/e2e.json' },
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
